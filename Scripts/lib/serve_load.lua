-- A load on `unplugged serve` for wrk (Scripts/bench serve): every request POSTs the
-- documents in the file BODY to the address wrk is given.
--
-- MODE=distinct gives every request a seed of its own (`seed=N`), so that no request is
-- the same as another and every one is drawn (the documents, the same each time, are
-- counted once and kept); MODE=documents gives every request documents of its own, the
-- file and one more line of its words, spelt out from a seed of its own, so every one
-- is counted and drawn; MODE=same (the default) asks for the one figure again and
-- again, which the server answers from its answer cache after the first time. Each
-- thread starts its seeds far from the others' and from an earlier run's, whose
-- figures the server may still keep.
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
  local mode = os.getenv("MODE")
  distinct = mode == "distinct"
  documents = mode == "documents"
  -- The added line follows the file's last line, with no blank line between, which
  -- would read the documents as paragraphs.
  separator = body:sub(-1) == "\n" and "" or "\n"
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
  if documents then
    seed = seed + 1
    return wrk.format("POST", address, { ["Content-Type"] = "text/plain" }, body .. separator .. line(seed) .. "\n")
  end
  return wrk.format("POST", address, { ["Content-Type"] = "text/plain" }, body)
end

-- A document of the class's words, one for each digit of `number`: another number,
-- another document.
local words = { "my", "sister", "went", "to", "the", "park", "dog", "sun", "beach", "happy" }

function line(number)
  local spelt = {}
  for digit in string.format("%.0f", number):gmatch("%d") do
    table.insert(spelt, words[tonumber(digit) + 1])
  end
  return table.concat(spelt, " ")
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
