#!/usr/bin/env python3
"""Slow clients against one Kiosque, and a normal reader beside them (bench/slow-clients.sh).

  slow_clients.py slow   HOST PORT CONNECTIONS SECONDS TRICKLE
      opens CONNECTIONS connections from this one client, each sending a request's
      headers one line every TRICKLE seconds and never finishing them (slowloris);
      a connection the server closes is opened again at once. Prints how many were
      open, opened and cut.
  slow_clients.py reader HOST PORT SECONDS PATH...
      fetches PATH after PATH, a new connection each time (a new reader), 10 a second,
      10 s timeout; prints p50, p95, max and failures.
Standard library only; talks to localhost only.
"""
import asyncio
import http.client
import statistics
import sys
import time


async def slow(host, port, connections, seconds, trickle):
    stats = {"open": 0, "opened": 0, "cut": 0, "refused": 0, "max_open": 0}
    end = time.monotonic() + seconds

    async def one(i):
        while time.monotonic() < end:
            try:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 10)
            except (OSError, asyncio.TimeoutError):
                stats["refused"] += 1
                await asyncio.sleep(1)
                continue
            stats["opened"] += 1
            stats["open"] += 1
            stats["max_open"] = max(stats["max_open"], stats["open"])
            try:
                writer.write(f"GET /?slow={i} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: slow\r\n".encode())
                await writer.drain()
                n = 0
                while time.monotonic() < end:
                    # Wait for the server to close, or for the next trickle.
                    try:
                        await asyncio.wait_for(reader.read(1024), trickle)
                        break  # closed, or answered (a 400 or 408): cut either way
                    except asyncio.TimeoutError:
                        pass
                    n += 1
                    writer.write(f"X-Slow-{n}: {n}\r\n".encode())
                    await writer.drain()
            except (OSError, ConnectionError):
                pass
            finally:
                stats["open"] -= 1
                if time.monotonic() < end:
                    stats["cut"] += 1
                writer.close()

    tasks = []
    for i in range(connections):
        tasks.append(asyncio.create_task(one(i)))
        if i % 200 == 199:
            await asyncio.sleep(0.05)  # ramp up over a few seconds
    await asyncio.gather(*tasks, return_exceptions=True)
    print(f"slow clients: {connections} wanted, at most {stats['max_open']} open at once, "
          f"{stats['opened']} opened, {stats['cut']} cut by the server, {stats['refused']} refused or timed out")


def reader(host, port, seconds, paths):
    times, failures, i = [], 0, 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        path = paths[i % len(paths)]
        i += 1
        start = time.monotonic()
        try:
            c = http.client.HTTPConnection(host, port, timeout=10)
            c.request("GET", path, headers={"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/142.0"})
            r = c.getresponse()
            r.read()
            c.close()
            if r.status != 200:
                failures += 1
            else:
                times.append(time.monotonic() - start)
        except OSError:
            failures += 1
            times.append(10.0)
        time.sleep(max(0.0, 0.1 - (time.monotonic() - start)))
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))] * 1000 if times else float("nan")
    print(f"reader: {i} requests, {failures} failed or timed out, "
          f"p50 {p(0.5):.1f} ms, p95 {p(0.95):.1f} ms, max {p(1.0):.1f} ms")


if __name__ == "__main__":
    mode, host, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "slow":
        asyncio.run(slow(host, port, int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])))
    else:
        reader(host, port, float(sys.argv[4]), sys.argv[5:])
