-- wrk script of bench/scripts/load-footer.sh: counts every response's status and checks the body of 2xx responses.
--   LOAD_MODE=footer  the body must contain, byte for byte, one of the footers in LOAD_FOOTERS (paths joined by ':');
--                     matched_1, matched_2… count which one it carried
--   LOAD_MODE=plain   the body must not contain a footer (the same page without it, the P7 baseline); the same one
--                     search through the body, so wrk does the same work for both pages
--   LOAD_SAMPLE_EVERY=N  check one 2xx body in N per thread (1, the default: every one)
--   LOAD_RESULT=path  where done() writes the figures, one "key=value" a line
--   LOAD_MISMATCH=path  where a thread writes the first body that failed its check (".<thread>" appended)
-- wrk gives each thread its own Lua state: the counters are globals of that state, read in done() with thread:get.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

local function read_file(path)
  local file = assert(io.open(path, "rb"))
  local bytes = file:read("*a")
  file:close()
  return bytes
end

local FOOTER_START = '<footer class="icp-badge"'
local mode, footers, sample_every

function init(args)
  mode = os.getenv("LOAD_MODE") or "footer"
  sample_every = tonumber(os.getenv("LOAD_SAMPLE_EVERY") or "1")
  footers = {}
  if mode == "footer" then
    for path in string.gmatch(os.getenv("LOAD_FOOTERS") or "", "[^:]+") do
      table.insert(footers, read_file(path))
    end
    assert(#footers > 0, "LOAD_FOOTERS names no footer file")
  end
  responses, non2xx, checked, mismatched, seen = 0, 0, 0, 0, 0
  for i = 1, #footers do _G["matched_" .. i] = 0 end
end

local function save_mismatch(status, body)
  local path = os.getenv("LOAD_MISMATCH")
  if path == nil or mismatched > 1 then return end
  local file = io.open(path .. "." .. tostring(thread_id), "wb")
  if file then
    file:write("status ", tostring(status), "\n", body)
    file:close()
  end
end

function response(status, headers, body)
  responses = responses + 1
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    return
  end
  seen = seen + 1
  if seen % sample_every ~= 0 then return end
  checked = checked + 1
  if mode == "plain" then
    if string.find(body, FOOTER_START, 1, true) or not string.find(body, "</html>", 1, true) then
      mismatched = mismatched + 1
      save_mismatch(status, body)
    end
    return
  end
  for i = 1, #footers do
    if string.find(body, footers[i], 1, true) then
      _G["matched_" .. i] = _G["matched_" .. i] + 1
      return
    end
  end
  mismatched = mismatched + 1
  save_mismatch(status, body)
end

function done(summary, latency, requests)
  local totals = { responses = 0, non2xx = 0, checked = 0, mismatched = 0 }
  local footer_count = 0
  for path in string.gmatch(os.getenv("LOAD_FOOTERS") or "", "[^:]+") do footer_count = footer_count + 1 end
  if (os.getenv("LOAD_MODE") or "footer") ~= "footer" then footer_count = 0 end
  for i = 1, footer_count do totals["matched_" .. i] = 0 end
  for _, thread in ipairs(threads) do
    for key, _ in pairs(totals) do
      totals[key] = totals[key] + (thread:get(key) or 0)
    end
  end
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  local lines = {
    "requests=" .. summary.requests,
    "seconds=" .. string.format("%.3f", seconds),
    "rps=" .. string.format("%.1f", summary.requests / seconds),
    "socket_errors=" .. (errors.connect + errors.read + errors.write + errors.timeout),
    "socket_errors_detail=connect " .. errors.connect .. ", read " .. errors.read ..
      ", write " .. errors.write .. ", timeout " .. errors.timeout,
    "latency_p50_ms=" .. string.format("%.2f", latency:percentile(50) / 1000),
    "latency_p99_ms=" .. string.format("%.2f", latency:percentile(99) / 1000),
  }
  for key, value in pairs(totals) do
    table.insert(lines, key .. "=" .. value)
  end
  local file = assert(io.open(assert(os.getenv("LOAD_RESULT"), "LOAD_RESULT is not set"), "w"))
  file:write(table.concat(lines, "\n"), "\n")
  file:close()
end
