-- Writes through the JSON API with a bearer token: each request registers a new company
-- (unique name per thread and request), the write the issue found failing under load.
local counter = 0
local id = 0

function setup(thread)
  id = id + 1
  thread:set("tid", id)
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"programme_id":"%s","name":"Load %d-%d","city":"Torino","territory_id":"","vat_number":"","tax_code":"","ateco":"","employees":"","address":"","region":"","contact_name":"","contact_email":"","contact_phone":"","notes":""}',
    os.getenv("PROGRAMME"), tid, counter)
  return wrk.format("POST", "/api/v1/companies", {
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
    ["Content-Type"] = "application/json",
  }, body)
end

function done(summary, latency, requests)
  io.write(string.format("p50_ms %.2f\np99_ms %.2f\nrequests %d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests))
end
