-- wrk script for POST /api/recommendations (see docs/BENCHMARKS.md, "Recommendations API").
-- Each connection sends one request, then waits DELAY_MS before the next: with C connections the
-- offered rate is about C * 1000 / (DELAY_MS + latency) requests/s (wrk itself has no fixed rate).
-- Vehicles are spread over the simulator's hubs (52.5-53.5 N, 13.4 E), SoC 10-80 % (some critical).

local DELAY_MS = tonumber(os.getenv("DELAY_MS") or "100")
local AUTH = os.getenv("AUTH") or "ZHJpdmVyOmRyaXZlcg=="   -- base64("driver:driver")
local counter = 0

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
end

function init(args)
   math.randomseed(1000 + id)
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Authorization"] = "Basic " .. AUTH
end

function request()
   local body = string.format(
      '{"latitude":%.5f,"longitude":%.5f,"socPercent":%.1f,"batteryCapacityKwh":60,"maxKw":11,"targetSocPercent":80}',
      52.5 + math.random() * 1.0, 13.35 + math.random() * 0.1, 10 + math.random() * 70)
   return wrk.format(nil, "/api/recommendations", nil, body)
end

-- The first Basic login opens a session: send its cookie back, as a real client does, so bcrypt is
-- paid once per thread rather than on every request (docs/security.md).
function response(status, headers, body)
   local cookie = headers["Set-Cookie"]
   if cookie then
      wrk.headers["Cookie"] = cookie:match("^[^;]+")
   end
end

function delay()
   return DELAY_MS
end

function done(summary, latency, requests)
   io.write(string.format("requests %d, errors: connect %d read %d write %d status %d timeout %d\n",
      summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
      summary.errors.status, summary.errors.timeout))
   io.write(string.format("rate %.1f req/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000))
end
