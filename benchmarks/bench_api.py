"""Load test of the JSON API on loopback: bounded requests from concurrent clients.

usage: python benchmarks/bench_api.py STORE.db [--requests 2000] [--clients 20]
Starts the server on 127.0.0.1 (a free port), sends the requests to /events.json with
varied filters and pages, and prints errors and p50/p99 latency. Stops by itself.
"""
from __future__ import annotations

import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import uvicorn

from parley.web.app import create_app

QUERIES = [{}, {"type": "CONSULT"}, {"country": "USA"}, {"language": "ur"}, {"dyad": "TUR-DEU"},
           {"from": "2017", "to": "2018-12"}, {"q": "Trump"}, {"sort": "-date"}]


def main(argv: list[str]) -> int:
    db = argv[1]
    n = int(argv[argv.index("--requests") + 1]) if "--requests" in argv else 2000
    clients = int(argv[argv.index("--clients") + 1]) if "--clients" in argv else 20
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    latencies: list[float] = []
    errors = 0

    def worker(k: int) -> None:
        nonlocal errors
        with httpx.Client(base_url=base, timeout=60) as c:
            for i in range(k):
                q = dict(QUERIES[i % len(QUERIES)], per_page=50, page=1 + i % 3)
                t = time.perf_counter()
                r = c.get("/events.json", params=q)
                latencies.append(time.perf_counter() - t)
                errors += r.status_code != 200

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as ex:
        list(ex.map(worker, [n // clients] * clients))
    wall = time.perf_counter() - t0
    server.should_exit = True
    latencies.sort()
    p50, p99 = latencies[len(latencies) // 2] * 1000, latencies[int(len(latencies) * 0.99)] * 1000
    print(f"{len(latencies)} requests, {clients} clients, {errors} errors, {len(latencies) / wall:.0f} req/s; "
          f"p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
