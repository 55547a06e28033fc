-- wrk script: each request takes a random path from the file given after "--" (one per line),
-- the same parameter sets pgbench draws from; done() prints one machine-readable line.
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + tonumber(tostring(paths):match("0x(%x+)") or "0", 16))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK_RESULT rps=%.2f errors=%d p50=%.3f p99=%.3f\n",
    summary.requests / (summary.duration / 1e6), e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
