-- One journey for wrk: replays the requests prepared in LOAD_TARGET (bench/load/prepare.py
-- writes one a line: the path, then `Name: value` headers, TAB separated) in turn, so the
-- load is spread over the signed-in sessions and, for a candidate's page, over real ids.
-- LOAD_PATH, when set, replaces every path (nginx serves the journey's bytes at its own).
-- At the end it writes LOAD_OUT: a JSON object with the counts, the errors and 200
-- quantiles of the latency (microseconds), so that journeys run side by side can be
-- merged into one distribution (bench/load/report.py).
local prepared = {}
local n = 0
local started = 0

function setup(thread)
  started = started + 1
  thread:set("offset", started * 7919)
end

function init(args)
  local override = os.getenv("LOAD_PATH")
  for line in io.lines(os.getenv("LOAD_TARGET")) do
    local fields = {}
    for f in string.gmatch(line, "[^\t]+") do
      fields[#fields + 1] = f
    end
    local path = table.remove(fields, 1)
    local headers = {}
    for _, h in ipairs(fields) do
      local k, v = h:match("^([^:]+):%s*(.*)$")
      headers[k] = v
    end
    prepared[#prepared + 1] = wrk.format("GET", override or path, headers)
  end
  -- Threads start at different places in the list, so they are not in step.
  n = (offset or 0) % #prepared
end

function request()
  n = n % #prepared + 1
  return prepared[n]
end

function done(summary, latency, requests)
  local q = {}
  for i = 1, 200 do
    q[i] = latency:percentile(i * 0.5 - 0.25)
  end
  local e = summary.errors
  local out = assert(io.open(os.getenv("LOAD_OUT"), "w"))
  out:write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "status_errors": %d, ' ..
    '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, ' ..
    '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, "quantiles_us": [%s]}\n',
    summary.requests, summary.duration, summary.bytes, e.status, e.connect, e.read,
    e.write, e.timeout, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, table.concat(q, ", ")))
  out:close()
end
