"""`media-pipeline serve` as a station sees it: a real server process on 127.0.0.1 under slow clients, more
connections than it may hold, too few file descriptors, revoked tokens and signals."""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pipeline.delivery.sync import sync_once
from test_delivery import _all_at_once, _publish, media_dir  # noqa: F401 (media_dir is a fixture)

ROOT = Path(__file__).resolve().parent.parent
TOKEN_A, TOKEN_B = "aaaaaaaaaaaaaaaaaaaa1", "bbbbbbbbbbbbbbbbbbbb2"


@pytest.fixture
def published(tmp_path) -> tuple[Path, bytes]:
    """An output folder with a stations folder as `publish` leaves it (feed, page, a bulletin)."""
    stations = tmp_path / "out" / "publish" / "stations"
    stations.mkdir(parents=True)
    payload = b"".join(hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(10_000))  # 320 KB
    (stations / "bulletin.mp3").write_bytes(payload)
    (stations / "feed.xml").write_text("<rss version='2.0'><channel><title>Bản tin</title></channel></rss>",
                                       encoding="utf-8")
    (stations / "index.html").write_text("<!DOCTYPE html><title>Bản tin</title>", encoding="utf-8")
    return tmp_path / "out", payload


@contextlib.contextmanager
def serving(out_dir: Path, *options: str, fd_limit: tuple[int, int] | None = None):
    """`media-pipeline serve` in its own process on a free port: (process, port, the lines it printed first)."""
    def limit_fds():
        if fd_limit:
            resource.setrlimit(resource.RLIMIT_NOFILE, fd_limit)

    process = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--out", str(out_dir), "--port", "0",
                                *options], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=limit_fds)
    try:
        lines = [process.stdout.readline() for _ in range(3)]
        assert lines[0].startswith("Serving"), (lines, process.stderr.read() if process.poll() is not None else "")
        port = int(lines[0].split("http://127.0.0.1:", 1)[1].split("/", 1)[0])
        yield process, port, lines
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()


def get(port: int, path: str = "/bulletin.mp3", headers: dict | None = None, timeout: float = 10):
    """(status, headers, body) of one GET on a new connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_slow_clients_hold_no_worker_and_are_cut_off(published):
    """300 connections that send nothing or half a request: a station's download still goes through at once,
    and the slow ones are cut after --header-timeout (408 for those that began a request)."""
    out_dir, payload = published
    with serving(out_dir, "--header-timeout", "3", fd_limit=(1024, resource.getrlimit(resource.RLIMIT_NOFILE)[1])) \
            as (process, port, lines):
        hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
        assert f"Open files: limit 1024 -> {hard};" in lines[2]  # raised to the hard limit at start
        idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(200)]
        slow = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(100)]
        for sock in slow:
            sock.sendall(b"GET /bulletin.mp3 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        began = time.monotonic()
        status, headers, body = get(port, timeout=2)  # 2 s: well before the slow ones are cut off
        assert status == 200 and body == payload
        assert time.monotonic() - began < 2.5  # it did not wait for the slow clients' timeout
        answers = [sock.recv(4096) for sock in slow]  # blocks until the server cuts them
        assert all(answer.startswith(b"HTTP/1.1 408 ") for answer in answers), answers[:3]
        assert all(sock.recv(4096) == b"" for sock in idle)  # closed quietly
        for sock in idle + slow:
            sock.close()
        assert get(port)[0] == 200


def test_at_the_connection_cap_idle_ones_make_room_and_busy_ones_mean_503(published):
    out_dir, payload = published
    big = os.urandom(1 << 20) * 24  # 24 MB: more than a loopback connection's buffers hold
    (out_dir / "publish" / "stations" / "big.mp3").write_bytes(big)
    with serving(out_dir, "--max-connections", "5") as (process, port, lines):
        assert "at most 5 connections at once" in lines[2]
        idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(10)]
        time.sleep(1.5)  # idle for more than a second: no request on its way
        status, _, body = get(port)  # the longest idle connection is closed to let it in
        assert status == 200 and body == payload
        assert idle[0].recv(10) == b""
        for sock in idle:
            sock.close()

        stalled = []  # five stations downloading without reading: each holds a worker and its file
        for _ in range(5):
            sock = socket.socket()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.settimeout(10)
            sock.connect(("127.0.0.1", port))
            sock.sendall(b"GET /big.mp3 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert sock.recv(12) == b"HTTP/1.1 200"
            stalled.append(sock)
        status, headers, body = get(port)
        assert status == 503 and headers["Retry-After"] == "5" and b"try again" in body
        for sock in stalled:
            sock.close()
        for _ in range(50):  # the workers notice the closed connections
            status, _, body = get(port)
            if status == 200:
                break
            time.sleep(0.1)
        assert status == 200 and body == payload


def _download(port: int) -> tuple[int, str, str]:
    """One download: (status, Retry-After, SHA-256 of the body)."""
    try:
        status, headers, body = get(port, timeout=60)
        return status, headers.get("Retry-After", ""), hashlib.sha256(body).hexdigest()
    except OSError as exc:
        return -1, "", type(exc).__name__


def test_too_few_file_descriptors_give_503_never_404(published):
    """The tester's 404s: with the file descriptors taken by connections, opening the bulletin failed (EMFILE)
    and was answered 404. Now the connection cap keeps a descriptor for every file, a connection that has
    sent nothing for a while makes room, and what cannot be served now is 503 + Retry-After."""
    out_dir, payload = published
    with serving(out_dir, fd_limit=(160, 160)) as (process, port, lines):
        assert "limit 160 -> 160;" in lines[2]
        idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(140)]
        time.sleep(1.5)
        results = _all_at_once(100, lambda number: _download(port))
        for sock in idle:
            sock.close()
    expected = hashlib.sha256(payload).hexdigest()
    ok = sum(result == (200, "", expected) for result in results)
    busy = sum(result[:2] == (503, "5") for result in results)
    print(f"\n140 idle connections then 100 downloads with 160 file descriptors: {ok} whole, {busy} told 503 "
          f"Retry-After, {100 - ok - busy} other: {sorted({r[:2] for r in results} - {(200, ''), (503, '5')})}")
    assert ok + busy == 100 and ok > 0


def test_revoked_token_is_refused_at_once_and_sighup_keeps_serving(published, tmp_path):
    out_dir, payload = published
    tokens = tmp_path / "tokens.txt"
    tokens.write_text(f"an-binh:{TOKEN_A}\nbinh-minh:{TOKEN_B}\n", encoding="utf-8")
    with serving(out_dir, "--tokens", str(tokens)) as (process, port, lines):
        bearer = {"Authorization": f"Bearer {TOKEN_A}"}
        assert get(port, headers=bearer)[0] == 200
        tokens.write_text(f"binh-minh:{TOKEN_B}\n", encoding="utf-8")  # an-binh revoked
        assert get(port, headers=bearer)[0] == 401
        assert get(port, headers={"Authorization": f"Bearer {TOKEN_B}"})[0] == 200

        log = out_dir / "publish" / "access.log"
        log.rename(tmp_path / "access.log.1")  # as logrotate does
        process.send_signal(signal.SIGHUP)
        time.sleep(0.5)
        assert process.poll() is None  # SIGHUP reloads, it does not kill
        status, _, body = get(port, headers={"Authorization": f"Bearer {TOKEN_B}"})
        assert status == 200 and body == payload
        for _ in range(100):
            if log.is_file() and "binh-minh" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.05)
        assert "binh-minh" in log.read_text(encoding="utf-8")  # the access log was reopened

        tokens.write_text("binh-minh:short\n", encoding="utf-8")  # a broken file: refuse everyone, say why
        assert get(port, headers={"Authorization": f"Bearer {TOKEN_B}"})[0] == 401
        tokens.write_text(f"an-binh:{TOKEN_A}\n", encoding="utf-8")
        assert get(port, headers=bearer)[0] == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert "the token is shorter than 16" in process.stderr.read()


def test_keep_alive_and_pipelined_requests(published):
    out_dir, payload = published
    with serving(out_dir) as (process, port, lines):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for path in ("/bulletin.mp3", "/feed.xml", "/bulletin.mp3"):
            conn.request("GET", path)
            response = conn.getresponse()
            assert response.status == 200 and response.read()
        conn.close()
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"HEAD /feed.xml HTTP/1.1\r\nHost: x\r\n\r\n"
                         b"GET /feed.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        assert data.count(b"HTTP/1.1 200 OK") == 2 and data.endswith(b"</channel></rss>")


def test_sync_waits_out_a_busy_server(tmp_path, media_dir):  # noqa: F811
    """Every connection of a full server busy: sync is told 503 + Retry-After, waits, and gets everything."""
    out_dir, dest = _publish(tmp_path, media_dir)
    (dest / "big.mp3").write_bytes(os.urandom(1 << 20) * 24)
    with serving(out_dir, "--max-connections", "1") as (process, port, lines):
        stalled = socket.socket()  # a station downloading without reading holds the only connection
        stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        stalled.connect(("127.0.0.1", port))
        stalled.sendall(b"GET /big.mp3 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert stalled.recv(12) == b"HTTP/1.1 200"
        threading.Timer(1.0, stalled.close).start()
        report = sync_once(f"http://127.0.0.1:{port}/feed.xml", tmp_path / "station")
    assert report.exit_code == 0 and len(report.downloaded) == 3, report.lines()
    assert "server busy, trying again in 5 s" in (tmp_path / "station" / "sync.log").read_text(encoding="utf-8")


def test_the_commands_defaults_are_the_servers():
    from pipeline.cli import serve as serve_command  # its options are written out: the CLI does not import the server
    from pipeline.delivery.server import DEFAULT_HEADER_TIMEOUT_S, DEFAULT_MAX_CONNECTIONS

    defaults = {param.name: param.default for param in serve_command.params}
    assert (defaults["max_connections"], defaults["header_timeout"]) == (DEFAULT_MAX_CONNECTIONS,
                                                                         DEFAULT_HEADER_TIMEOUT_S)
