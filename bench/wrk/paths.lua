-- wrk script: each request takes a random path from the file given after "--" (one per line),
-- the same parameter sets pgbench draws from; done() prints one machine-readable line: rps counts
-- only the answers that succeeded (a 503 shed at once is not throughput), refused the 4xx/5xx.
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
  local seconds = summary.duration / 1e6
  io.write(string.format("WRK_RESULT rps=%.2f refused=%.2f errors=%d p50=%.3f p99=%.3f\n",
    (summary.requests - e.status) / seconds, e.status / seconds,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
