"""A load on `unplugged serve`: CLIENTS threads, each with its own kept-alive
connection, POST the same documents to one figure's address for SECONDS seconds.

MODE `same` (the default) asks for the one figure again and again, which the server
answers from its answer cache after the first time; `distinct` gives every request a
seed of its own (`seed=N`), so that none is the same request as another and every one
is drawn.

Prints one line: requests/s, p50 and p95 latency in ms, the number of answers that
were not 200, the requests made, and how many were answered from the cache
(`X-Answer-Cache: hit`). A Python client, so that the benchmark needs
nothing beyond the system's Python; it shares the machine's cores with the server,
so its numbers are a floor.
Usage: serve_load.py HOST PORT PATH BODY-FILE CLIENTS SECONDS [same|distinct]
"""
import http.client
import itertools
import random
import sys
import threading
import time


def main(host, port, path, body_file, clients, seconds, mode="same"):
    body = open(body_file, "rb").read()
    latencies, failures, hits = [], [], []
    # next() of a count is atomic under the interpreter lock: no two requests share a
    # seed; a random start keeps one run's seeds apart from an earlier run's, which the
    # server may still have cached.
    seeds = itertools.count(random.getrandbits(48))
    joiner = "&" if "?" in path else "?"
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client():
        connection = http.client.HTTPConnection(host, port, timeout=30)
        mine, failed, hit = [], 0, 0
        while time.monotonic() < stop_at:
            address = path if mode == "same" else f"{path}{joiner}seed={next(seeds)}"
            started = time.perf_counter()
            connection.request("POST", address, body=body, headers={"Content-Type": "text/plain"})
            response = connection.getresponse()
            response.read()
            mine.append(time.perf_counter() - started)
            if response.status != 200:
                failed += 1
            if response.getheader("X-Answer-Cache") == "hit":
                hit += 1
        connection.close()
        with lock:
            latencies.extend(mine)
            failures.append(failed)
            hits.append(hit)

    began = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    percentile = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
    print(f"{len(latencies) / elapsed:.1f} {percentile(0.5):.1f} {percentile(0.95):.1f} {sum(failures)} {len(latencies)} {sum(hits)}")


if __name__ == "__main__":
    host, port, path, body_file, clients, seconds = sys.argv[1:7]
    mode = sys.argv[7] if len(sys.argv) > 7 else "same"
    if mode not in ("same", "distinct"):
        sys.exit(f"serve_load.py: MODE is same or distinct, not {mode!r}")
    main(host, int(port), path, body_file, int(clients), float(seconds), mode)
