-- A load on `unplugged serve` for wrk (Scripts/bench serve): every request POSTs the
-- documents in the file BODY to the address wrk is given.
--
-- MODE=distinct gives every request a seed of its own (`seed=N`), so that no request is
-- the same as another and every one is drawn; MODE=same (the default) asks for the one
-- figure again and again, which the server answers from its answer cache after the
-- first time. Each thread starts its seeds far from the others' and from an earlier
-- run's, whose figures the server may still keep.
--
-- Prints one line when done: requests/s, p50 and p95 latency in ms, the answers that
-- were not 200, the requests made, and how many the server answered from its cache
-- (`X-Answer-Cache: hit`).
--
-- Usage: BODY=FILE MODE=distinct wrk -t2 -c16 -d10s -s Scripts/lib/serve_load.lua URL

local threads = {}

function setup(thread)
  thread:set("number", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(os.getenv("BODY"), "rb"))
  body = file:read("*a")
  file:close()
  distinct = os.getenv("MODE") == "distinct"
  path = wrk.path
  joiner = string.find(path, "?", 1, true) and "&" or "?"
  seed = os.time() * 1000000 + number * 1000000000000
  made, failed, hits = 0, 0, 0
end

function request()
  local address = path
  if distinct then
    seed = seed + 1
    address = path .. joiner .. string.format("seed=%.0f", seed)
  end
  return wrk.format("POST", address, { ["Content-Type"] = "text/plain" }, body)
end

function response(status, headers, _)
  made = made + 1
  if status ~= 200 then failed = failed + 1 end
  if headers["X-Answer-Cache"] == "hit" then hits = hits + 1 end
end

function done(summary, latency, _)
  local made, failed, hits = 0, 0, 0
  for _, thread in ipairs(threads) do
    made = made + thread:get("made")
    failed = failed + thread:get("failed")
    hits = hits + thread:get("hits")
  end
  io.write(string.format("%.0f %.1f %.1f %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, failed, made, hits))
end
