"""A small, safe static file server for the stations folder (stdlib http.server, HTTP/1.1).

What it does: GET and HEAD of regular files inside one root folder; a folder answers with its
`index.html` (never a listing; `/dir` redirects to `/dir/` so relative links work); single byte ranges
(`bytes=a-b`, `a-`, `-n` -> 206 with Content-Range, unsatisfiable -> 416, If-Range honoured) so that
stations on 3G can resume downloads; a strong ETag (the file's SHA-256, cached per inode, size and
mtime) with If-None-Match -> 304, and Last-Modified with If-Modified-Since.

What it refuses: `..` and `.` segments, also percent-encoded (%2e%2e) -> 403; encoded slashes or
backslashes and NUL -> 403; hidden files (dot names, which include the staging folders of `publish`)
and symlinks that lead outside the root -> 404; other methods -> 405. It binds to 127.0.0.1 by default.

For a province: one thread per connection and a listen backlog of 1,024, so a thousand stations
connecting in the same minute are all served (`scripts/bench_serve.py`). Every request goes to an access
log (Common Log Format plus the station's name). With per-station tokens (`name:token` lines), a request
needs one: `Authorization: Bearer TOKEN`, `?token=TOKEN` (which also sets a cookie, so the page's players
and links work in a browser), or that cookie; a missing or wrong token gets 401. Tokens never reach a log.
"""

from __future__ import annotations

import email.utils
import hashlib
import hmac
import logging
import os
import posixpath
import re
import socket
import stat
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO
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


class SafeFileServer(ThreadingHTTPServer):
    """A threading HTTP server for the files of one folder (`root`), with an ETag cache, optional tokens
    (token -> station name) and an access log."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = 1024  # the listen backlog: a province's stations connecting at once

    def __init__(self, server_address: tuple[str, int], root: Path, tokens: dict[str, str] | None = None,
                 access_log: Path | None = None):
        self.root = Path(root)
        self.tokens = dict(tokens or {})
        self.access_log = AccessLog(access_log)
        self._etags: dict[tuple[int, int, int, int], str] = {}
        self._etags_lock = threading.Lock()
        if ":" in server_address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(server_address, StaticFileHandler)

    def server_close(self) -> None:
        """Close the socket and the access log."""
        super().server_close()
        self.access_log.close()

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
    timeout = 60  # idle keep-alive connections do not hold a thread forever

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
        if not self.server.tokens:
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
        token, in_url = self._token_from_request() if self.server.tokens and self.station else (None, False)
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
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        with file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                self.send_error(HTTPStatus.NOT_FOUND)
                return
            self._send_file(file, info, resolved.path.name, send_body)

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


def make_server(root: Path, host: str = "127.0.0.1", port: int = 8000, tokens: dict[str, str] | None = None,
                access_log: Path | None = None) -> ThreadingHTTPServer:
    """A ready (bound, not yet running) server for the files under `root`; port 0 picks a free port.

    `tokens` (token -> station name, see load_tokens) makes every request need one; `access_log` is the
    file the access log is appended to (default: the logging system, at INFO level). Run it with
    `serve_forever()` (in a thread if you like) and stop it with `shutdown()` and
    `server_close()`; `server.url` is its base URL.
    """
    root = Path(root)
    if not root.is_dir():
        raise PipelineError(f"nothing to serve: {root} is not a folder (run `media-pipeline publish` first)")
    try:
        server = SafeFileServer((host, port), root, tokens=tokens, access_log=access_log)
    except OSError as exc:
        raise PipelineError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        logger.warning("serving %s to the network on %s:%s", root, host, port)
    return server


def serve(root: Path, host: str = "127.0.0.1", port: int = 8000, tokens: dict[str, str] | None = None,
          access_log: Path | None = None) -> None:
    """Serve `root` until Ctrl+C; prints the address to open first."""
    server = make_server(root, host, port, tokens=tokens, access_log=access_log)
    print(f"Serving {root} at {server.url} (feed: {server.url}feed.xml); press Ctrl+C to stop", flush=True)
    print(f"Access log: {access_log or 'standard logging'}; "
          f"{f'{len(tokens)} station token(s) required' if tokens else 'no token required'}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
