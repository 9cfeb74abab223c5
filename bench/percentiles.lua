-- wrk: prints one parseable line with the latency percentiles (ms) and the rate, for bench/scale.sh.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("SCALE %.2f %.2f %.2f %.1f %d %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / seconds, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
