"""Benchmark: `media-pipeline serve` with a province's stations downloading at the same moment, on loopback,
and with slow clients holding connections open.

    python scripts/bench_serve.py [--clients 1000] [--size-kb 400] [--slow 1100] [--downloads 200] [--fd-limit 1024]
                                  [--hard-too]

1. Storm: N clients (asyncio, in this process) connect at once and each downloads a bulletin-sized file,
   checking every byte against its SHA-256.
2. Slow clients: --slow connections are opened first and send half a request (slowloris), then
   --downloads stations download the file at once; each server runs in its own process started with a soft
   limit of --fd-limit open files (the usual 1,024; --hard-too: the hard limit too, so that `serve` cannot
   raise it). Every client gives up after 30 s.

Each against the baseline, the design `serve` had before (the standard library's threading server: a
thread per connection, a 60 s socket timeout, a backlog of 1,024; the storm also with the default backlog
of 5), in the same run. Prints, for each: downloads whole and verified, failures by kind, wall time, and
the ratios. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLIENT_TIMEOUT_S = 30
# The design before: http.server's threading server over the same folder, one thread per connection.
BASELINE_SERVER = """
import functools, http.server, sys
class Server(http.server.ThreadingHTTPServer):
    request_queue_size = int(sys.argv[2])
class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 60
    def log_message(self, *args):
        pass
server = Server(("127.0.0.1", 0), functools.partial(Handler, directory=sys.argv[1]))
print(f"Serving at http://127.0.0.1:{server.server_address[1]}/", flush=True)
server.serve_forever()
"""


def start(kind: str, out_dir: Path, fd_limit: int | None, backlog: int = 1024,
          hard_too: bool = False) -> tuple[subprocess.Popen, int]:
    """A server process (`serve`, or the baseline with `backlog`) with a soft open-files limit (and the hard
    one too: `serve` cannot raise it then); (process, port)."""
    def limit():
        if fd_limit:
            hard = fd_limit if hard_too else resource.getrlimit(resource.RLIMIT_NOFILE)[1]
            resource.setrlimit(resource.RLIMIT_NOFILE, (fd_limit, hard))

    root = out_dir / "publish" / "stations"
    command = ([sys.executable, "-m", "pipeline", "serve", "--out", str(out_dir), "--port", "0",
                "--access-log", os.devnull] if kind == "serve"
               else [sys.executable, "-c", BASELINE_SERVER, str(root), str(backlog)])
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               preexec_fn=limit)
    first = process.stdout.readline()
    return process, int(first.split("http://127.0.0.1:", 1)[1].split("/", 1)[0])


async def _download(port: int, expected: str, start: asyncio.Event) -> str:
    await start.wait()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), CLIENT_TIMEOUT_S)
        writer.write(b"GET /bulletin.mp3 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), CLIENT_TIMEOUT_S)
        writer.close()
    except (OSError, asyncio.TimeoutError) as exc:
        return type(exc).__name__
    head, _, body = data.partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200"):
        return head.split(b"\r\n", 1)[0].decode("latin-1") or "empty answer"
    return "ok" if hashlib.sha256(body).hexdigest() == expected else "wrong bytes"


async def _storm(port: int, clients: int, expected: str) -> tuple[Counter, float]:
    start = asyncio.Event()
    tasks = [asyncio.create_task(_download(port, expected, start)) for _ in range(clients)]
    await asyncio.sleep(0.1)
    began = time.perf_counter()
    start.set()
    outcome = Counter(await asyncio.gather(*tasks))
    return outcome, time.perf_counter() - began


async def _slow_then_storm(port: int, slow: int, downloads: int, expected: str) -> tuple[int, Counter, float]:
    held = []
    for _ in range(slow):
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 5)
        except (OSError, asyncio.TimeoutError):
            continue
        writer.write(b"GET /bulletin.mp3 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")  # and never the rest
        held.append(writer)
    await asyncio.sleep(1.5)
    outcome, seconds = await _storm(port, downloads, expected)
    for writer in held:
        writer.close()
    return len(held), outcome, seconds


def _line(name: str, outcome: Counter, total: int, seconds: float, size: int) -> str:
    failures = {k: v for k, v in outcome.items() if k != "ok"}
    return (f"  {name:34s} {outcome['ok']:5d}/{total} whole and verified, failures {failures or 0}, "
            f"{seconds:.2f} s, {outcome['ok'] * size / 1e6 / seconds:.0f} MB/s")


def main() -> None:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--size-kb", type=int, default=400)
    parser.add_argument("--slow", type=int, default=1100)
    parser.add_argument("--downloads", type=int, default=200)
    parser.add_argument("--fd-limit", type=int, default=1024)
    parser.add_argument("--hard-too", action="store_true", help="Set the hard open-files limit to --fd-limit too.")
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 2 * (args.clients + args.slow) + 256)), hard))
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(tmp)
        root = out_dir / "publish" / "stations"
        root.mkdir(parents=True)
        payload = os.urandom(args.size_kb * 1000)
        (root / "bulletin.mp3").write_bytes(payload)
        (root / "feed.xml").write_text("<rss version='2.0'/>", encoding="utf-8")
        expected = hashlib.sha256(payload).hexdigest()
        print(f"load average {os.getloadavg()[0]:.2f}; open files here {soft}, hard limit {hard}")

        print(f"1. {args.clients} clients at once, {args.size_kb} KB each, loopback")
        storm = {}
        for name, kind, backlog in (("baseline (threads, backlog 5)", "baseline", 5),
                                    ("baseline (threads, backlog 1024)", "baseline", 1024), ("serve", "serve", 0)):
            process, port = start(kind, out_dir, None, backlog)
            try:
                outcome, seconds = asyncio.run(_storm(port, args.clients, expected))
            finally:
                process.terminate()
                process.wait()
            storm[name] = outcome["ok"]
            print(_line(name, outcome, args.clients, seconds, len(payload)))
        print(f"  verified downloads: serve / baseline (backlog 5) = "
              f"{storm['serve'] / max(1, storm['baseline (threads, backlog 5)']):.2f}x")

        print(f"2. {args.slow} slow clients (half a request each) held open, then {args.downloads} downloads at "
              f"once; servers started with a {'soft and hard' if args.hard_too else 'soft'} limit of {args.fd_limit} open files")
        slow = {}
        for name, kind in (("baseline (threads, backlog 1024)", "baseline"), ("serve", "serve")):
            process, port = start(kind, out_dir, args.fd_limit, hard_too=args.hard_too)
            try:
                held, outcome, seconds = asyncio.run(_slow_then_storm(port, args.slow, args.downloads, expected))
            finally:
                process.terminate()
                process.wait()
            slow[name] = outcome["ok"]
            print(_line(name, outcome, args.downloads, seconds, len(payload)) + f"; {held} slow connections opened")
        print(f"  verified downloads under slow clients: serve {slow['serve']}/{args.downloads}, "
              f"baseline {slow['baseline (threads, backlog 1024)']}/{args.downloads}")


if __name__ == "__main__":
    main()
