-- Reads through the JSON API with a bearer token: the company list and the candidate list,
-- alternately — each one a token lookup, which once wrote last_used_at inside the read.
local n = 0

function request()
  n = n + 1
  local path = (n % 2 == 0) and "/api/v1/companies" or "/api/v1/candidates"
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") })
end

function done(summary, latency, requests)
  io.write(string.format("p50_ms %.2f\np99_ms %.2f\nrequests %d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests))
end
