"""Benchmark: `media-pipeline serve` with a province's stations downloading at the same moment, on loopback.

    python scripts/bench_serve.py [--clients 1000] [--size-kb 400] [--rounds 1]

N clients (asyncio, in this process) connect at once and each downloads a bulletin-sized file, checking
every byte against its SHA-256. The same run against the baseline, the same server with the listen backlog
of 5 that `http.server` uses by default (what `serve` had before), in the same process. Prints, for each:
downloads whole and verified, failures by kind, wall time, MB/s, and the ratios. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.delivery.server import SafeFileServer, make_server  # noqa: E402


class BaselineServer(SafeFileServer):
    """The same server with http.server's default listen backlog."""

    request_queue_size = 5


async def _download(port: int, path: str, expected: str, start: asyncio.Event) -> str:
    await start.wait()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 60)
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), 120)
        writer.close()
    except (OSError, asyncio.TimeoutError) as exc:
        return type(exc).__name__
    head, _, body = data.partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200"):
        return head.split(b"\r\n", 1)[0].decode("latin-1") or "empty answer"
    return "ok" if hashlib.sha256(body).hexdigest() == expected else "wrong bytes"


async def _storm(port: int, clients: int, expected: str) -> Counter:
    start = asyncio.Event()
    tasks = [asyncio.create_task(_download(port, "/bulletin.mp3", expected, start)) for _ in range(clients)]
    await asyncio.sleep(0.1)
    start.set()
    return Counter(await asyncio.gather(*tasks))


def run(server_class, root: Path, clients: int, expected: str, size: int) -> dict:
    """One storm against a fresh server of `server_class`: outcome counts, seconds, MB/s."""
    server = server_class(("127.0.0.1", 0), root) if server_class is BaselineServer else make_server(root, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        began = time.perf_counter()
        outcome = asyncio.run(_storm(server.server_address[1], clients, expected))
        seconds = time.perf_counter() - began
    finally:
        server.shutdown()
        server.server_close()
    return {"outcome": outcome, "seconds": seconds, "mb_s": outcome["ok"] * size / 1e6 / seconds}


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--size-kb", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 4 * args.clients + 256)), hard))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        payload = os.urandom(args.size_kb * 1000)
        (root / "bulletin.mp3").write_bytes(payload)
        expected = hashlib.sha256(payload).hexdigest()
        print(f"{args.clients} clients at once, {args.size_kb} KB each, loopback; "
              f"load average {os.getloadavg()[0]:.2f}")
        results = {}
        for name, server_class in (("baseline (backlog 5)", BaselineServer), ("serve (backlog 1024)", SafeFileServer)):
            for round_number in range(args.rounds):
                result = run(server_class, root, args.clients, expected, len(payload))
                results[name] = result
                failures = {k: v for k, v in result["outcome"].items() if k != "ok"}
                print(f"  {name:22s} round {round_number + 1}: {result['outcome']['ok']:5d}/{args.clients} whole and "
                      f"verified, failures {failures or 0}, {result['seconds']:.2f} s, {result['mb_s']:.0f} MB/s")
        base, ours = results["baseline (backlog 5)"], results["serve (backlog 1024)"]
        print(f"verified downloads: serve / baseline = {ours['outcome']['ok']}/{max(1, base['outcome']['ok'])} = "
              f"{ours['outcome']['ok'] / max(1, base['outcome']['ok']):.2f}x; "
              f"throughput {ours['mb_s'] / max(1e-9, base['mb_s']):.2f}x")


if __name__ == "__main__":
    main()
