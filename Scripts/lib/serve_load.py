"""A load on `unplugged serve`: CLIENTS threads, each with its own kept-alive
connection, POST the same documents to one figure's address for SECONDS seconds.

Prints one line: requests/s, p50 and p95 latency in ms, the number of answers that
were not 200, and the requests made. A Python client, so that the benchmark needs
nothing beyond the system's Python; it shares the machine's cores with the server,
so its numbers are a floor.
Usage: serve_load.py HOST PORT PATH BODY-FILE CLIENTS SECONDS
"""
import http.client
import sys
import threading
import time


def main(host, port, path, body_file, clients, seconds):
    body = open(body_file, "rb").read()
    latencies, failures = [], []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client():
        connection = http.client.HTTPConnection(host, port, timeout=30)
        mine, failed = [], 0
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            connection.request("POST", path, body=body, headers={"Content-Type": "text/plain"})
            response = connection.getresponse()
            response.read()
            mine.append(time.perf_counter() - started)
            if response.status != 200:
                failed += 1
        connection.close()
        with lock:
            latencies.extend(mine)
            failures.append(failed)

    began = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    percentile = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
    print(f"{len(latencies) / elapsed:.1f} {percentile(0.5):.1f} {percentile(0.95):.1f} {sum(failures)} {len(latencies)}")


if __name__ == "__main__":
    host, port, path, body_file, clients, seconds = sys.argv[1:]
    main(host, int(port), path, body_file, int(clients), float(seconds))
