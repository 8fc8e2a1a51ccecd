"""A small, safe static file server for the stations folder (stdlib http.server, HTTP/1.1).

What it does: GET and HEAD of regular files inside one root folder; a folder answers with its
`index.html` (never a listing; `/dir` redirects to `/dir/` so relative links work); single byte ranges
(`bytes=a-b`, `a-`, `-n` -> 206 with Content-Range, unsatisfiable -> 416, If-Range honoured) so that
stations on 3G can resume downloads; a strong ETag (the file's SHA-256, cached per inode, size and
mtime) with If-None-Match -> 304, and Last-Modified with If-Modified-Since.

What it refuses: `..` and `.` segments, also percent-encoded (%2e%2e) -> 403; encoded slashes or
backslashes and NUL -> 403; hidden files (dot names, which include the staging folders of `publish`)
and symlinks that lead outside the root -> 404; other methods -> 405. It binds to 127.0.0.1 by default.

For a province (`scripts/bench_serve.py`): a listen backlog of 1,024; one thread reads every request line
and header without blocking and hands a request to a worker thread only once it is whole, so a slow or
idle client (slowloris) holds a socket for at most the header timeout and never a worker; the number of
open connections is capped below the open-files limit (raised to its hard limit by `serve`), a connection
idle for a second makes room when full, and otherwise, or when a file cannot be opened for want of file
descriptors, the client gets 503 with Retry-After, never a reset or a 404. Every request goes to an access
log (Common Log Format plus the station's name), reopened on SIGHUP. With per-station tokens (`name:token`
lines, read again as soon as the file changes or on SIGHUP), a request needs one: `Authorization: Bearer
TOKEN`, `?token=TOKEN` (which also sets a cookie, so the page's players and links work in a browser), or
that cookie; a missing, wrong or revoked token gets 401. Tokens never reach a log.
"""

from __future__ import annotations

import contextlib
import email.utils
import errno
import hashlib
import hmac
import io
import logging
import os
import posixpath
import queue
import re
import selectors
import socket
import socketserver
import stat
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Callable, TextIO
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import pipeline
from pipeline.errors import PipelineError, UsageError

logger = logging.getLogger(__name__)

CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".rss": "application/rss+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".json": "application/json",
    ".pdf": "application/pdf",
    ".zip": "application/zip",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".mp4": "video/mp4",
    ".srt": "application/x-subrip; charset=utf-8",
    ".vtt": "text/vtt; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
PLAIN_TEXT_NAMES = {"SHA256SUMS", "README", "LICENSE"}
DEFAULT_MAX_CONNECTIONS = 4096  # open connections at once, lowered to what the open-files limit allows
DEFAULT_HEADER_TIMEOUT_S = 20.0  # to send a whole request line and headers (slowloris clients are cut)
FDS_PER_CONNECTION = 2  # its socket, and the file it downloads
FD_RESERVE = 64  # the listening socket, the access log, the selector, Python's own files...
MAX_HEADER_BYTES = 64 * 1024
RETRY_AFTER_S = 5
EVICTABLE_AFTER_S = 1.0  # when full, a connection that has sent no whole request for this long makes room
LINGER_S = 2.0  # how long a refused connection is read and discarded so that its 503 is not reset away
HTML_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'"


def content_type_for(name: str) -> str:
    """The Content-Type of a file name (feed.xml is RSS; SHA256SUMS plain text; unknown is octet-stream)."""
    lower = name.lower()
    if lower == "feed.xml":
        return "application/rss+xml"
    if name in PLAIN_TEXT_NAMES:
        return "text/plain; charset=utf-8"
    return CONTENT_TYPES.get(posixpath.splitext(lower)[1], "application/octet-stream")


class Unsatisfiable(Exception):
    """A Range header that is valid but selects no byte of the file (answer 416)."""


_RANGE_SPEC = re.compile(r"^(\d*)-(\d*)$")


def parse_byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The (first, last) byte (inclusive) that a Range header asks for, or None to send the whole file.

    Only one range is served: a header that is malformed, not in bytes, or asks for several ranges is
    ignored (RFC 9110 lets a server do that; the client gets the whole file with 200). Raises
    Unsatisfiable when the single range starts past the end (or the file is empty).
    """
    if not header:
        return None
    unit, sep, ranges = header.partition("=")
    if not sep or unit.strip().lower() != "bytes":
        return None
    specs = [spec.strip() for spec in ranges.split(",") if spec.strip()]
    if len(specs) != 1:
        return None
    match = _RANGE_SPEC.match(specs[0])
    if not match or (not match.group(1) and not match.group(2)):
        return None
    try:
        first = int(match.group(1)) if match.group(1) else None
        last = int(match.group(2)) if match.group(2) else None
    except ValueError:  # absurdly long digit strings
        return None
    if first is None:  # suffix range: the last n bytes
        if last == 0 or size == 0:
            raise Unsatisfiable
        return max(0, size - last), size - 1
    if last is not None and last < first:
        return None
    if first >= size:
        raise Unsatisfiable
    return first, size - 1 if last is None else min(last, size - 1)


@dataclass(frozen=True)
class Resolved:
    """Where a request path leads: a file to serve, a redirect, or an error status."""

    status: int
    path: Path | None = None
    location: str | None = None


_ENCODED_SEPARATOR = re.compile(r"%(2f|5c|00)", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def resolve_request_path(root: Path, target: str) -> Resolved:
    """Map a raw request target to a file inside `root`, refusing anything that could leave it."""
    if _SCHEME.match(target):  # absolute-form ("GET http://host/path"): keep the path only
        rest = _SCHEME.sub("", target, count=1)
        target = "/" + rest.partition("/")[2] if "/" in rest else "/"
    if not target.startswith("/"):
        return Resolved(HTTPStatus.BAD_REQUEST)
    raw_path = target.split("?", 1)[0].split("#", 1)[0]
    if _ENCODED_SEPARATOR.search(raw_path) or "\\" in raw_path:
        return Resolved(HTTPStatus.FORBIDDEN)
    try:
        decoded = unquote(raw_path, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        return Resolved(HTTPStatus.BAD_REQUEST)
    segments = [segment for segment in decoded.split("/") if segment]
    for segment in segments:
        if segment in (".", "..") or "\x00" in segment or "\\" in segment:
            return Resolved(HTTPStatus.FORBIDDEN)
        if segment.startswith("."):
            return Resolved(HTTPStatus.NOT_FOUND)
    root_real = os.path.realpath(root)
    candidate = os.path.realpath(os.path.join(root_real, *segments))
    if not _inside(candidate, root_real):  # a symlink that leads out of the root
        return Resolved(HTTPStatus.NOT_FOUND)
    try:
        info = os.stat(candidate)
    except (FileNotFoundError, NotADirectoryError):
        return Resolved(HTTPStatus.NOT_FOUND)
    except PermissionError:
        return Resolved(HTTPStatus.FORBIDDEN)
    except OSError:  # name too long, symlink loop...
        return Resolved(HTTPStatus.NOT_FOUND)
    if stat.S_ISDIR(info.st_mode):
        if not raw_path.endswith("/"):
            # Rebuilt from the checked segments: a raw "//host" path must not become an open redirect.
            location = "/" + "".join(quote(segment) + "/" for segment in segments)
            return Resolved(HTTPStatus.MOVED_PERMANENTLY, location=location)
        index_path = os.path.realpath(os.path.join(candidate, "index.html"))
        if not _inside(index_path, root_real) or not os.path.isfile(index_path):
            return Resolved(HTTPStatus.NOT_FOUND)  # no directory listings
        return Resolved(HTTPStatus.OK, path=Path(index_path))
    if not stat.S_ISREG(info.st_mode):
        return Resolved(HTTPStatus.NOT_FOUND)
    return Resolved(HTTPStatus.OK, path=Path(candidate))


def _etag_matches(header: str, etag: str, weak: bool) -> bool:
    """Whether an If-None-Match (weak comparison) or If-Range (strong) header names `etag`."""
    if header.strip() == "*":
        return weak
    for candidate in header.split(","):
        candidate = candidate.strip()
        if candidate.startswith("W/"):
            if not weak:
                continue
            candidate = candidate[2:]
        if candidate == etag:
            return True
    return False


TOKEN_COOKIE = "station_token"
MIN_TOKEN_LENGTH = 16
_TOKEN_IN_TEXT = re.compile(r"((?:^|[?&;\s])token=)[^&\s\"]*", re.IGNORECASE)
_TOKEN_LINE = re.compile(r"^([^:\s][^:]*):(\S+)$")
_TOKEN_CHARACTERS = re.compile(r"^[A-Za-z0-9._~-]+$")  # safe in a URL, a header and a cookie as they are


def load_tokens(path: Path) -> dict[str, str]:
    """Per-station tokens from a file of `name:token` lines (# comments and blank lines allowed): token -> name.

    Raises UsageError naming the file, the line and the problem (a token shorter than 16 characters or
    with other characters than letters, digits and - _ . ~, a token used twice, a line not name:token).
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"--tokens {path}: cannot read it ({exc})") from None
    tokens: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = _TOKEN_LINE.match(line)
        if not match:
            raise UsageError(f"{path}: line {number}: expected 'station-name:token'")
        name, token = match.group(1).strip(), match.group(2)
        if not _TOKEN_CHARACTERS.match(token):
            raise UsageError(f"{path}: line {number} ({name}): a token may hold only letters, digits and - _ . ~")
        if len(token) < MIN_TOKEN_LENGTH:
            raise UsageError(f"{path}: line {number} ({name}): the token is shorter than {MIN_TOKEN_LENGTH} "
                             "characters; make a long random one, e.g. `openssl rand -hex 16`")
        if token in tokens:
            raise UsageError(f"{path}: line {number} ({name}): the same token as {tokens[token]}")
        tokens[token] = name
    if not tokens:
        raise UsageError(f"{path}: no 'station-name:token' line")
    return tokens


def redact_tokens(text: str) -> str:
    """`text` (a request line, a log message) with every `token=...` value replaced by `***` (percent-encoded
    forms decoded first, so `tok%65n=` is caught too)."""
    return _TOKEN_IN_TEXT.sub(r"\1***", unquote(text, errors="replace"))


class AccessLog:
    """Access log lines (Common Log Format, station name as the user) appended to a file, one writer at a time."""

    def __init__(self, path: Path | None):
        self.path = Path(path) if path else None
        self._lock = threading.Lock()
        self._file: TextIO | None = None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = open(self.path, "a", encoding="utf-8", buffering=1)

    def write(self, client: str, user: str, request_line: str, status: int, size: int | str,
              user_agent: str) -> None:
        """One line: client, station, time, request (tokens redacted), status, bytes sent, user agent."""
        stamp = time.strftime("%d/%b/%Y:%H:%M:%S %z")
        line = (f'{client} - {user or "-"} [{stamp}] "{redact_tokens(request_line)}" {status} {size} '
                f'"{redact_tokens(user_agent)}"').translate(_CONTROL_ESCAPES)
        if self._file is None:
            logger.info("%s", line)
            return
        with self._lock:
            if not self._file.closed:  # a request still finishing while the server closes
                self._file.write(line + "\n")

    def close(self) -> None:
        """Close the file."""
        if self._file is not None:
            with self._lock:
                self._file.close()

    def reopen(self) -> None:
        """Close and open the file again (after logrotate moved it, on SIGHUP)."""
        if self._file is not None and self.path is not None:
            with self._lock:
                self._file.close()
                self._file = open(self.path, "a", encoding="utf-8", buffering=1)


class TokenFile:
    """The tokens of a `name:token` file (see load_tokens), read again as soon as the file changes.

    Every request looks at the file's identity (device, inode, size, modification and change times: one
    stat), so a token removed from the file is refused from the next request on; `reload()` (SIGHUP) reads
    it whatever its identity. A file that no longer reads or validates refuses every token (fail closed)
    and says why on the log until it is fixed.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._identity = self._stat()
        self.tokens = load_tokens(self.path)  # a bad file at start is a usage error, not a silent lock-out

    def _stat(self) -> tuple | None:
        try:
            info = os.stat(self.path)
        except OSError:
            return None
        return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns

    def current(self) -> dict[str, str]:
        """token -> station name as the file says now."""
        identity = self._stat()
        if identity != self._identity:
            self._load(identity)
        return self.tokens

    def reload(self) -> dict[str, str]:
        """Read the file again, changed or not."""
        return self._load(self._stat())

    def _load(self, identity: tuple | None) -> dict[str, str]:
        with self._lock:
            try:
                tokens = load_tokens(self.path)
            except UsageError as exc:
                logger.error("%s; every request is refused until it is fixed", exc.message)
                tokens = {}
            self.tokens, self._identity = tokens, identity
        return tokens


def raise_open_files_limit() -> tuple[int, int]:
    """Raise this process's soft limit of open files to its hard limit; the limit (before, after).

    Each connection holds a socket and, while it downloads, the file: with the usual soft limit of 1,024
    a thousand stations exhaust it. (0, 0) where there is no such limit (Windows).
    """
    try:
        import resource
    except ImportError:
        return 0, 0
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else max(soft, 1 << 20)
    if target > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):  # macOS caps an unlimited hard limit at OPEN_MAX
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_NOFILE, (min(target, 10_240), hard))
    return soft, resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def open_files_limit() -> int:
    """The soft limit of open files of this process (a large number where there is none)."""
    try:
        import resource
    except ImportError:
        return 1 << 16
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return soft if soft != resource.RLIM_INFINITY else 1 << 20


def lingering_cap(fd_limit: int) -> int:
    """How many refused connections may linger at once: an eighth of the file descriptors, at most 1,024."""
    return max(8, min(1024, fd_limit // 8))


def connection_cap(wanted: int, fd_limit: int) -> int:
    """At most `wanted` connections, and few enough that each can hold its socket and one file open while
    refused ones linger (so that opening a file never fails for want of descriptors)."""
    return max(1, min(wanted, (fd_limit - FD_RESERVE - lingering_cap(fd_limit)) // FDS_PER_CONNECTION))


def busy_response(status: int = HTTPStatus.SERVICE_UNAVAILABLE) -> bytes:
    """A complete answer that closes the connection: 503 with Retry-After (or 408, 431)."""
    phrase = HTTPStatus(status).phrase
    body = f"{status} {phrase}: try again in {RETRY_AFTER_S} seconds\n".encode()
    retry = f"Retry-After: {RETRY_AFTER_S}\r\n" if status == HTTPStatus.SERVICE_UNAVAILABLE else ""
    return (f"HTTP/1.1 {status} {phrase}\r\n{retry}Content-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


def _header_end(buffer: bytearray) -> int:
    """Where the request line and headers in `buffer` end (after the blank line), or -1 before that."""
    ends = [found + length for mark, length in ((b"\n\r\n", 3), (b"\n\n", 2))
            if (found := buffer.find(mark)) >= 0]
    return min(ends) if ends else -1


def _recv(sock: socket.socket) -> bytes | None:
    """What a non-blocking socket has received: None if nothing yet, b"" once the client closed (or reset)."""
    try:
        return sock.recv(65536)
    except (BlockingIOError, InterruptedError):
        return None
    except OSError:
        return b""


class _Connection:
    """A client connection waiting for a complete request (request line and headers)."""

    __slots__ = ("sock", "address", "buffer", "deadline")

    def __init__(self, sock: socket.socket, address, deadline: float, buffer: bytes = b""):
        self.sock, self.address, self.deadline, self.buffer = sock, address, deadline, bytearray(buffer)


class _Lingering:
    """A refused connection: its answer sent, read and discarded until the client closes (so that closing
    it does not reset the answer away), for at most LINGER_S."""

    __slots__ = ("sock", "deadline")

    def __init__(self, sock: socket.socket, deadline: float):
        self.sock, self.deadline = sock, deadline


class _Workers:
    """Daemon threads that run ready requests: one per request in progress, kept for the next ones."""

    def __init__(self):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = 0

    def submit(self, job: Callable[[], None]) -> None:
        """Run `job` on an idle thread, or a new one: a ready request never waits for another to finish."""
        with self._lock:
            spawn = self._idle == 0
            if not spawn:
                self._idle -= 1  # this idle thread is taken by this job
        if spawn:
            threading.Thread(target=self._run, daemon=True, name="serve-worker").start()
        self._jobs.put(job)

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                job()
            except Exception:  # noqa: BLE001 (a request's failure must not take the thread with it)
                logger.exception("request failed")
            with self._lock:
                self._idle += 1


class _SocketWriter(io.BufferedIOBase):
    """The handler's wfile: every write sent whole (sendall), nothing buffered."""

    def __init__(self, sock: socket.socket):
        self._sock = sock

    def writable(self) -> bool:
        """Always."""
        return True

    def write(self, data) -> int:
        """Send all of `data`."""
        self._sock.sendall(data)
        return len(data)


class SafeFileServer(socketserver.TCPServer):
    """An HTTP server for the files of one folder (`root`), with an ETag cache, optional tokens (token ->
    station name, or a TokenFile) and an access log.

    One thread (the caller of serve_forever) accepts connections and reads every request line and header
    without blocking; a request is handed to a worker thread only once its headers are complete, and the
    connection comes back after the answer (keep-alive). So a client that connects and sends nothing, or
    a byte at a time, holds a socket for at most `header_timeout` seconds and never a thread. Beyond
    `max_connections` open connections (lowered to what the open-files limit allows), the longest-waiting
    connection that has sent no whole request for EVICTABLE_AFTER_S makes room; failing that, or when the
    process is out of file descriptors, a client gets 503 with Retry-After instead of a reset or a 404.
    """

    allow_reuse_address = True
    request_queue_size = 1024  # the listen backlog: a province's stations connecting at once

    def __init__(self, server_address: tuple[str, int], root: Path, tokens: dict[str, str] | TokenFile | None = None,
                 access_log: Path | None = None, max_connections: int = DEFAULT_MAX_CONNECTIONS,
                 header_timeout: float = DEFAULT_HEADER_TIMEOUT_S):
        self.root = Path(root)
        self._tokens = tokens if isinstance(tokens, TokenFile) else dict(tokens or {})
        self.access_log = AccessLog(access_log)
        self.max_connections = connection_cap(max_connections, open_files_limit())
        self.max_lingering = lingering_cap(open_files_limit())
        self.header_timeout = header_timeout
        self._etags: dict[tuple[int, int, int, int], str] = {}
        self._etags_lock = threading.Lock()
        self._open = 0  # accepted connections not yet closed (waiting or in a worker)
        self._open_lock = threading.Lock()
        self._returned: queue.SimpleQueue = queue.SimpleQueue()  # keep-alive connections back from workers
        self._workers = _Workers()
        self._reload_requested = False
        self._shutdown_requested = False
        self._stopped = threading.Event()
        self._stopped.set()
        self._wake_read, self._wake_write = socket.socketpair()
        self._wake_read.setblocking(False)
        self._wake_write.setblocking(False)
        self._spare_fd: int | None = os.open(os.devnull, os.O_RDONLY)  # given up to answer 503 when out of fds
        if ":" in server_address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(server_address, StaticFileHandler)

    @property
    def tokens(self) -> dict[str, str]:
        """token -> station name as they are now (the tokens file read again if it changed); {}: no tokens."""
        return self._tokens.current() if isinstance(self._tokens, TokenFile) else self._tokens

    @property
    def tokens_required(self) -> bool:
        """Whether a request needs a station's token (always, with a tokens file, even an emptied one)."""
        return isinstance(self._tokens, TokenFile) or bool(self._tokens)

    def request_reload(self) -> None:
        """Read the tokens file again and reopen the access log, in the serving thread (safe from a signal handler)."""
        self._reload_requested = True
        self._wake()

    def _reload(self) -> None:
        self._reload_requested = False
        if isinstance(self._tokens, TokenFile):
            tokens = self._tokens.reload()
            logger.warning("reloaded %s: %d station token(s)", self._tokens.path, len(tokens))
        self.access_log.reopen()

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_write.send(b"\0")

    @property
    def open_connections(self) -> int:
        """Connections accepted and not yet closed."""
        return self._open

    def serve_forever(self, poll_interval: float = 0.25) -> None:
        """Accept, read requests and dispatch them to workers until shutdown()."""
        self._stopped.clear()
        selector = selectors.DefaultSelector()
        waiting: dict[int, _Connection] = {}
        lingering: dict[int, _Lingering] = {}
        self.socket.setblocking(False)
        selector.register(self.socket, selectors.EVENT_READ, "accept")
        selector.register(self._wake_read, selectors.EVENT_READ, "wake")
        accept_paused_until = next_sweep = 0.0
        try:
            while not self._shutdown_requested:
                for key, _ in selector.select(poll_interval):
                    if key.data == "accept":
                        if not self._accept(selector, waiting, lingering):
                            selector.unregister(self.socket)  # out of fds and no spare: let the backlog wait
                            accept_paused_until = time.monotonic() + 0.1
                    elif key.data == "wake":
                        with contextlib.suppress(OSError):
                            while self._wake_read.recv(4096):
                                pass
                    elif isinstance(key.data, _Connection):
                        self._receive(selector, waiting, lingering, key.data)
                    else:
                        self._drain(selector, lingering, key.data)
                while True:
                    try:
                        connection = self._returned.get_nowait()
                    except queue.Empty:
                        break
                    connection.sock.setblocking(False)
                    self._watch(selector, waiting, lingering, connection)
                now = time.monotonic()
                if accept_paused_until and now >= accept_paused_until:
                    accept_paused_until = 0.0
                    selector.register(self.socket, selectors.EVENT_READ, "accept")
                if now >= next_sweep:  # a look at every waiting connection, not at every event
                    self._expire(selector, waiting, lingering, now)
                    next_sweep = now + 0.1
                if self._reload_requested:
                    self._reload()
        finally:
            for connection in [*waiting.values(), *lingering.values()]:
                with contextlib.suppress(KeyError, ValueError):
                    selector.unregister(connection.sock)
                self._close(connection.sock, counted=isinstance(connection, _Connection))
            selector.close()
            self._shutdown_requested = False
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop serve_forever (from another thread) and wait until it has; requests in progress finish on their own."""
        self._shutdown_requested = True
        self._wake()
        self._stopped.wait()

    def server_close(self) -> None:
        """Close the socket, the connections handed back after shutdown, and the access log."""
        super().server_close()
        while True:
            try:
                self._returned.get_nowait().sock.close()
            except queue.Empty:
                break
        for sock in (self._wake_read, self._wake_write):
            sock.close()
        if self._spare_fd is not None:
            os.close(self._spare_fd)
            self._spare_fd = None
        self.access_log.close()

    def _accept(self, selector, waiting: dict, lingering: dict) -> bool:
        """Accept every pending connection; False when out of file descriptors with no spare to refuse one."""
        while True:
            try:
                sock, address = self.socket.accept()
            except (BlockingIOError, InterruptedError):
                return True
            except OSError as exc:
                if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    if not self._refuse_with_spare_fd():
                        return False
                    continue
                return True  # ECONNABORTED...: that client is gone
            admitted = self._admit()
            if not admitted and waiting:  # full: a connection that has kept us waiting for its request makes room
                oldest = next(iter(waiting.values()))
                if time.monotonic() - (oldest.deadline - self.header_timeout) >= EVICTABLE_AFTER_S:
                    self._cut(selector, waiting, lingering, oldest, "made room for another")
                    admitted = self._admit()
            if not admitted:
                self._refuse(selector, lingering, sock, address, "over the connection cap")
                continue
            sock.setblocking(False)
            connection = _Connection(sock, address, time.monotonic() + self.header_timeout)
            waiting[sock.fileno()] = connection
            selector.register(sock, selectors.EVENT_READ, connection)

    def _admit(self) -> bool:
        """Count one more open connection, if under the cap."""
        with self._open_lock:
            if self._open >= self.max_connections:
                return False
            self._open += 1
            return True

    def _refuse_with_spare_fd(self) -> bool:
        """Out of file descriptors: free the spare one to accept a client, answer it 503, take the spare back."""
        if self._spare_fd is None:
            with contextlib.suppress(OSError):
                self._spare_fd = os.open(os.devnull, os.O_RDONLY)
            return False
        os.close(self._spare_fd)
        self._spare_fd = None
        try:
            sock, address = self.socket.accept()
        except OSError:
            return False
        with contextlib.suppress(OSError):
            sock.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                sock.recv(65536)  # its request, so that closing does not reset the answer away
            sock.send(busy_response())
        sock.close()
        self.access_log.write(address[0], "", "-", HTTPStatus.SERVICE_UNAVAILABLE, "-", "-")
        logger.warning("out of file descriptors: answered %s with 503", address[0])
        with contextlib.suppress(OSError):
            self._spare_fd = os.open(os.devnull, os.O_RDONLY)
        return True

    def _refuse(self, selector, lingering: dict, sock: socket.socket, address, reason: str,
                status: int = HTTPStatus.SERVICE_UNAVAILABLE) -> None:
        """Answer `status` and close; the connection lingers a moment so the client reads the answer."""
        answer = busy_response(status)
        try:
            sock.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                sock.recv(65536)
            sock.send(answer)
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            sock.close()
            return
        finally:
            self.access_log.write(address[0], "", "-", status, len(answer), "-")
        logger.info("%s: %s, answered %d", address[0], reason, status)
        if len(lingering) >= self.max_lingering:
            sock.close()
            return
        entry = _Lingering(sock, time.monotonic() + LINGER_S)
        lingering[sock.fileno()] = entry
        selector.register(sock, selectors.EVENT_READ, entry)

    def _receive(self, selector, waiting: dict, lingering: dict, connection: _Connection) -> None:
        data = _recv(connection.sock)
        if data is None:
            return
        if not data:  # the client closed (or reset) before sending a whole request
            self._forget(selector, waiting, connection)
            self._close(connection.sock)
            return
        connection.buffer += data
        self._dispatch_if_ready(selector, waiting, lingering, connection)

    def _watch(self, selector, waiting: dict, lingering: dict, connection: _Connection) -> None:
        """A keep-alive connection back from its worker: dispatch what it already sent, or wait for it."""
        if not self._dispatch_if_ready(selector, waiting, lingering, connection):
            waiting[connection.sock.fileno()] = connection
            selector.register(connection.sock, selectors.EVENT_READ, connection)

    def _dispatch_if_ready(self, selector, waiting: dict, lingering: dict, connection: _Connection) -> bool:
        """Hand the connection to a worker once its request line and headers are all in; True if done."""
        while connection.buffer[:1] in (b"\r", b"\n"):  # empty lines before a request line are ignored
            del connection.buffer[:1]
        end = _header_end(connection.buffer)
        if end < 0:
            if len(connection.buffer) > MAX_HEADER_BYTES:
                self._forget(selector, waiting, connection)
                self._uncount()
                self._refuse(selector, lingering, connection.sock, connection.address, "headers too large",
                             HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
                return True
            return False
        self._forget(selector, waiting, connection)
        head, rest = bytes(connection.buffer[:end]), bytes(connection.buffer[end:])
        self._workers.submit(lambda: self._handle(connection, head, rest))
        return True

    def _forget(self, selector, waiting: dict, connection: _Connection) -> None:
        if waiting.pop(connection.sock.fileno(), None) is not None:
            selector.unregister(connection.sock)

    def _handle(self, connection: _Connection, head: bytes, rest: bytes) -> None:
        """In a worker: answer one request, then give the connection back (keep-alive) or close it."""
        keep = False
        try:
            connection.sock.setblocking(True)
            handler = self.RequestHandlerClass(connection.sock, connection.address, self, head)
            keep = not handler.close_connection and not self._shutdown_requested
        except OSError:  # the client went away mid-answer
            pass
        if keep:
            connection.buffer = bytearray(rest)
            connection.deadline = time.monotonic() + self.header_timeout
            self._returned.put(connection)
            self._wake()
        else:
            self._close(connection.sock)

    def _drain(self, selector, lingering: dict, entry: _Lingering) -> None:
        if _recv(entry.sock) == b"":
            lingering.pop(entry.sock.fileno(), None)
            selector.unregister(entry.sock)
            entry.sock.close()

    def _expire(self, selector, waiting: dict, lingering: dict, now: float) -> None:
        """Close the connections that took longer than header_timeout to send a request (408 if they began one)."""
        for connection in [c for c in waiting.values() if c.deadline <= now]:
            self._cut(selector, waiting, lingering, connection, "request too slow")
        for entry in [e for e in lingering.values() if e.deadline <= now]:
            lingering.pop(entry.sock.fileno(), None)
            selector.unregister(entry.sock)
            entry.sock.close()

    def _cut(self, selector, waiting: dict, lingering: dict, connection: _Connection, reason: str) -> None:
        """Close a connection still waiting for its request: 408 if it began one, quietly if it is idle (as
        after a keep-alive pause, which clients expect)."""
        self._forget(selector, waiting, connection)
        if connection.buffer:
            self._uncount()
            self._refuse(selector, lingering, connection.sock, connection.address, reason, HTTPStatus.REQUEST_TIMEOUT)
        else:
            self._close(connection.sock)

    def _uncount(self) -> None:
        with self._open_lock:
            self._open -= 1

    def _close(self, sock: socket.socket, counted: bool = True) -> None:
        with contextlib.suppress(OSError):
            sock.close()
        if counted:
            self._uncount()

    def station_for(self, token: str | None) -> str | None:
        """The station a token belongs to, or None (compared in constant time)."""
        if not token:
            return None
        found = None
        for known, name in self.tokens.items():
            if hmac.compare_digest(known.encode(), token.encode()):
                found = name
        return found

    @property
    def url(self) -> str:
        """The base URL the server answers on (with the real port when bound to port 0)."""
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/"

    def etag_for(self, file, info: os.stat_result) -> str:
        """A strong ETag: the SHA-256 of the open file, cached while inode, size and mtime stay the same."""
        key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
        with self._etags_lock:
            cached = self._etags.get(key)
        if cached:
            return cached
        digest = hashlib.sha256()
        offset = 0
        while chunk := os.pread(file.fileno(), 1 << 20, offset):
            digest.update(chunk)
            offset += len(chunk)
        etag = f'"{digest.hexdigest()}"'
        with self._etags_lock:
            if len(self._etags) > 4096:
                self._etags.clear()
            self._etags[key] = etag
        return etag


_CONTROL_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}


class StaticFileHandler(BaseHTTPRequestHandler):
    """GET/HEAD of files under the server's root with ranges and conditional requests."""

    server: SafeFileServer
    protocol_version = "HTTP/1.1"
    server_version = f"media-pipeline/{pipeline.__version__}"
    sys_version = ""
    timeout = 60  # a client that stops reading its download frees the worker after this many seconds

    def __init__(self, sock: socket.socket, client_address, server: SafeFileServer, head: bytes):
        self._head = head  # the request line and headers, already read by the server's event loop
        super().__init__(sock, client_address, server)

    def setup(self) -> None:
        """Read the request from the bytes received; write straight to the socket."""
        self.connection = self.request
        self.connection.settimeout(self.timeout)
        self.rfile = io.BytesIO(self._head)
        self.wfile = _SocketWriter(self.connection)

    def handle(self) -> None:
        """One request: the connection goes back to the server's event loop for the next one."""
        self.close_connection = True
        self.handle_one_request()
        headers = getattr(self, "headers", None)
        if headers is not None and (headers.get("Transfer-Encoding") or headers.get("Content-Length", "0").strip() != "0"):
            self.close_connection = True  # a body was sent and not read: the next request cannot be found

    def version_string(self) -> str:
        """The Server header: the program, without the Python version."""
        return self.server_version

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        """Serve a file, a range of it, or a 304."""
        self._serve(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        """The headers of GET without the body."""
        self._serve(send_body=False)

    def _method_not_allowed(self) -> None:
        self.send_response(HTTPStatus.METHOD_NOT_ALLOWED)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")  # its body, if any, is never read
        self.end_headers()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _method_not_allowed  # noqa: N815

    station = ""
    _status = 0
    _sent: int | str = "-"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (stdlib signature)
        """Server messages (bad requests...) go to the logging system, tokens redacted, control characters escaped."""
        message = redact_tokens(format % args).translate(_CONTROL_ESCAPES)
        logger.info("%s %s", self.address_string(), message)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Remember the status; the access log line is written once the answer is sent (with its byte count)."""
        self._status = int(code) if str(code).isdigit() else 0

    def handle_one_request(self) -> None:
        """One request, then its access log line."""
        self._status, self._sent, self.station = 0, "-", ""
        super().handle_one_request()
        if self._status:
            headers = getattr(self, "headers", None)
            user_agent = headers.get("User-Agent", "-") if headers is not None else "-"
            self.server.access_log.write(self.client_address[0], self.station, self.requestline, self._status,
                                         self._sent, user_agent)

    def _token_from_request(self) -> tuple[str | None, bool]:
        """The token a request carries (Bearer header, ?token=, or the cookie) and whether it came in the URL."""
        authorization = self.headers.get("Authorization", "")
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip(), False
        query = urlsplit(self.path).query
        for key, value in parse_qsl(query, keep_blank_values=True):
            if key == "token":
                return value, True
        for part in self.headers.get("Cookie", "").split(";"):
            key, _, value = part.strip().partition("=")
            if key == TOKEN_COOKIE:
                return value, False
        return None, False

    def _authorised(self) -> bool:
        """With tokens configured: the request's station, or a 401 sent and False."""
        if not self.server.tokens_required:
            return True
        token, _ = self._token_from_request()
        station = self.server.station_for(token)
        if station is None:
            body = b"401: a station token is needed (Authorization: Bearer TOKEN, or ?token=TOKEN)\n"
            self.send_response(HTTPStatus.UNAUTHORIZED)
            self.send_header("WWW-Authenticate", 'Bearer realm="stations"')
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
                self._sent = len(body)
            return False
        self.station = station
        return True

    def end_headers(self) -> None:
        """A token given in the URL becomes a cookie, so the page's players and links work in a browser."""
        token, in_url = self._token_from_request() if self.station else (None, False)
        if token and in_url:
            self.send_header("Set-Cookie", f"{TOKEN_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict")
        super().end_headers()

    def _serve(self, send_body: bool) -> None:
        if not self._authorised():
            return
        resolved = resolve_request_path(self.server.root, self.path)
        if resolved.status == HTTPStatus.MOVED_PERMANENTLY:
            self.send_response(resolved.status)
            self.send_header("Location", resolved.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if resolved.path is None:
            self.send_error(resolved.status)
            return
        try:
            file = open(resolved.path, "rb")
        except OSError as exc:
            if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOMEM):  # out of resources, not a missing file
                self._busy()
            else:
                self.send_error(HTTPStatus.NOT_FOUND)
            return
        with file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                self.send_error(HTTPStatus.NOT_FOUND)
                return
            self._send_file(file, info, resolved.path.name, send_body)

    def _busy(self) -> None:
        """503 with Retry-After: the file is there but cannot be opened now; the client tries again."""
        answer = busy_response()
        self.log_request(HTTPStatus.SERVICE_UNAVAILABLE)
        self.close_connection = True
        self.wfile.write(answer)
        self._sent = len(answer)

    def _send_file(self, file, info: os.stat_result, name: str, send_body: bool) -> None:
        size = info.st_size
        etag = self.server.etag_for(file, info)
        last_modified = email.utils.formatdate(int(info.st_mtime), usegmt=True)

        if self._not_modified(etag, info):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self._common_headers(etag, last_modified, name)
            self.end_headers()
            return

        byte_range = None
        if self._range_applies(etag, info):
            try:
                byte_range = parse_byte_range(self.headers.get("Range"), size)
            except Unsatisfiable:
                self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self._common_headers(etag, last_modified, name)
                self.end_headers()
                return
        if byte_range is None:
            first, last = 0, size - 1
            self.send_response(HTTPStatus.OK)
        else:
            first, last = byte_range
            self.send_response(HTTPStatus.PARTIAL_CONTENT)
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        length = max(0, last - first + 1)
        self.send_header("Content-Type", content_type_for(name))
        self.send_header("Content-Length", str(length))
        self._common_headers(etag, last_modified, name)
        self.end_headers()
        self._sent = 0
        if send_body and length:
            try:
                self._sent = self.connection.sendfile(file, offset=first, count=length)
            except (BrokenPipeError, ConnectionResetError):  # the client stopped a download: normal
                self.close_connection = True

    def _common_headers(self, etag: str, last_modified: str, name: str) -> None:
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", last_modified)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Cache-Control", "no-cache")  # always revalidate: the ETag makes that cheap
        self.send_header("X-Content-Type-Options", "nosniff")
        if content_type_for(name).startswith("text/html"):
            self.send_header("Content-Security-Policy", HTML_CSP)

    def _not_modified(self, etag: str, info: os.stat_result) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return _etag_matches(if_none_match, etag, weak=True)
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                since = email.utils.parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                return False
            return since is not None and since.tzinfo is not None and int(info.st_mtime) <= since.timestamp()
        return False

    def _range_applies(self, etag: str, info: os.stat_result) -> bool:
        """If-Range: resume only when the file is still the one the client has part of."""
        if_range = self.headers.get("If-Range")
        if if_range is None:
            return True
        if_range = if_range.strip()
        if if_range.startswith('"') or if_range.startswith("W/"):
            return _etag_matches(if_range, etag, weak=False)
        try:
            since = email.utils.parsedate_to_datetime(if_range)
        except (TypeError, ValueError):
            return False
        return since is not None and since.tzinfo is not None and int(info.st_mtime) == int(since.timestamp())


def make_server(root: Path, host: str = "127.0.0.1", port: int = 8000,
                tokens: dict[str, str] | TokenFile | None = None, access_log: Path | None = None,
                max_connections: int = DEFAULT_MAX_CONNECTIONS,
                header_timeout: float = DEFAULT_HEADER_TIMEOUT_S) -> SafeFileServer:
    """A ready (bound, not yet running) server for the files under `root`; port 0 picks a free port.

    `tokens` (token -> station name, see load_tokens, or a TokenFile read again when it changes) makes every
    request need one; `access_log` is the file the access log is appended to (default: the logging system,
    at INFO level). Run it with `serve_forever()` (in a thread if you like) and stop it with `shutdown()`
    and `server_close()`; `server.url` is its base URL.
    """
    root = Path(root)
    if not root.is_dir():
        raise PipelineError(f"nothing to serve: {root} is not a folder (run `media-pipeline publish` first)")
    try:
        server = SafeFileServer((host, port), root, tokens=tokens, access_log=access_log,
                                max_connections=max_connections, header_timeout=header_timeout)
    except OSError as exc:
        raise PipelineError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        logger.warning("serving %s to the network on %s:%s", root, host, port)
    return server


def serve(root: Path, host: str = "127.0.0.1", port: int = 8000, tokens_file: Path | None = None,
          access_log: Path | None = None, max_connections: int = DEFAULT_MAX_CONNECTIONS,
          header_timeout: float = DEFAULT_HEADER_TIMEOUT_S) -> None:
    """Serve `root` until Ctrl+C or SIGTERM; prints the address to open first. SIGHUP reads the tokens file
    again and reopens the access log."""
    import signal

    before, after = raise_open_files_limit()
    tokens = TokenFile(tokens_file) if tokens_file else None
    server = make_server(root, host, port, tokens=tokens, access_log=access_log, max_connections=max_connections,
                         header_timeout=header_timeout)
    print(f"Serving {root} at {server.url} (feed: {server.url}feed.xml); press Ctrl+C to stop", flush=True)
    print(f"Access log: {access_log or 'standard logging'}; "
          f"{f'{len(tokens.tokens)} station token(s) required, read again when {tokens_file} changes or on SIGHUP' if tokens else 'no token required'}",
          flush=True)
    print(f"Open files: limit {before} -> {after}; at most {server.max_connections} connections at once "
          f"(more get 503), {header_timeout:g} s to send a request", flush=True)

    def stop(signum, frame):
        raise KeyboardInterrupt

    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, lambda signum, frame: server.request_reload())
    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
