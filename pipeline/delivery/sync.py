"""The station's own program: `media-pipeline sync FEED_URL DIR` keeps DIR equal to the published bulletins.

One run:
1. fetches `feed.xml` and `index.json` (beside it) once each, asking only for what changed (If-None-Match /
   If-Modified-Since; a 304 reuses the copy kept in `DIR/.sync-cache/`), and checks the release before
   touching DIR: with a publisher key (`--publisher-key`, pinned in the state at first use) the index's
   statement must be signed by it, no older than the last release accepted, and list exactly the files
   the index lists; an empty release is accepted only as a signed `withdraw_all`. Without a key every run
   warns, and an empty listing is refused;
2. downloads every current version it does not have yet, emergency first, into `DIR/.partial/`,
   resuming a cut download with `Range` + `If-Range` (the file's ETag), and moves a file into DIR only
   once its SHA-256 is the signed one; bytes that do not match are not fetched again until the index
   changes (the bad (address, hash) is kept in the state);
3. removes the bulletins it fetched earlier that are no longer published (withdrawn or replaced);
4. writes `DIR/playlist.m3u` in every run, server reachable or not, from the verified files on disk and
   what their accepted release says: what is to be broadcast today, emergency first (at once, and again at
   its times), then priority, then normal; a bulletin whose days do not include today is left out;
5. keeps `DIR/.sync-state.json` (what it has, verified; the accepted release) and appends to `DIR/sync.log`.

Every run is bounded (`SyncLimits`): the feed's and index's size, the number of bulletins, a file's size,
the bytes and seconds of the whole run, connect/read timeouts, http(s) only with few redirects. A run out
of time stops where it is (the lock goes with it); one file failing does not stop the others.

Exit status: 0 DIR holds exactly the current bulletins, all verified; 1 something could not be fetched,
verified or trusted (what was there is kept, the next run goes on from where this one stopped); 2 bad
usage (a bad address, folder or key, a missing or wrong token). The token goes in an `Authorization:
Bearer` header, never in a URL or a log.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import re
import signal
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from http.client import HTTPException, IncompleteRead
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

import pipeline
from pipeline.approval import canonical_json, parse_public_key, signature_valid
from pipeline.atomic import sha256_file, write_bytes, write_json, write_text
from pipeline.broadcast import parse_broadcast
from pipeline.delivery.run_lock import only_one_run
from pipeline.delivery.server import redact_tokens
from pipeline.delivery.station_files import PRIORITY_ORDER, STATION_NS, release_message, vietnam_today
from pipeline.errors import PipelineError, TransferError, UsageError

logger = logging.getLogger(__name__)

PRIORITY_LABEL_VI = {"emergency": "KHẨN CẤP", "priority": "Ưu tiên", "normal": "Thông thường"}
PLAYLIST_NAME, STATE_NAME, LOG_NAME, PARTIAL_DIR = "playlist.m3u", ".sync-state.json", "sync.log", ".partial"
CACHE_DIR = ".sync-cache"  # the last feed and index received, for answers 304 Not Modified
LOCK_NAME = ".sync.lock"
USER_AGENT = f"media-pipeline-sync/{pipeline.__version__}"
ATTEMPTS = 12  # per file and run: a cut connection resumes
LISTING_ATTEMPTS = 4
MAX_RETRY_AFTER_S = 10  # a busy server's Retry-After is honoured up to this, per attempt
CHUNK = 1 << 16
MB = 1_000_000
_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*-[0-9a-f]{12}\.mp3$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class SyncLimits:
    """What one run may cost at most; every limit has a `sync` option (see the README)."""

    listing_bytes: int = 4 * MB  # feed.xml, and index.json, each
    items: int = 1000  # bulletins in one release
    file_bytes: int = 100 * MB  # one bulletin
    run_bytes: int = 1000 * MB  # everything received in one run
    run_seconds: float = 600  # one run, lock included (cron every 15 minutes: done well before the next)
    timeout_s: float = 30  # to connect, and between two pieces of an answer
    redirects: int = 5


class ReleaseRefused(TransferError):
    """A release the station does not trust (unsigned, forged, older, inconsistent, an unexplained empty
    listing): nothing in DIR changes; exit 1."""


class _GiveUp(TransferError):
    """A transfer not worth trying again in this run: a refused redirect, over a limit, out of time."""


class _DifferentReleases(Exception):
    """The feed and index.json are of different releases (a publish fell between the two requests): fetch again."""


class _BadBytes(_GiveUp):
    """The server's whole answer does not match the signed size or SHA-256: remembered, not fetched again."""


@dataclass(frozen=True)
class Wanted:
    """One current bulletin version, as the (signed) index describes it."""

    id: str
    file: str
    sha256: str
    bytes: int
    priority: str
    title: str
    duration_s: float | None
    broadcast: Any  # pipeline.broadcast.Broadcast or None

    @property
    def order(self) -> tuple:
        """Emergency first, then priority, then normal; by id within one."""
        return PRIORITY_ORDER.get(self.priority, len(PRIORITY_ORDER)), self.id

    def record(self) -> dict[str, Any]:
        """What the state keeps of it, enough to put it in a playlist with the server unreachable."""
        return {"id": self.id, "sha256": self.sha256, "bytes": self.bytes, "priority": self.priority,
                "title": self.title, "duration_s": self.duration_s,
                "broadcast": self.broadcast.as_dict() if self.broadcast else None}


@dataclass
class Listing:
    """A release as read from the feed and index: its name, number, bulletins and how far it is trusted."""

    release: str | None
    number: int | None
    wanted: list[Wanted]
    signed: bool
    withdraw_all: bool
    digest: str  # of the index's bytes: the bad-download memory holds until it changes
    index: dict[str, Any] = field(default_factory=dict)  # index.json as read
    statement: str | None = None  # the digest of its signed statement (None unsigned)


@dataclass
class SyncReport:
    """What one run did, and its exit status."""

    release: str | None = None
    downloaded: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    playlist: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    bytes_received: int = 0
    resumed: int = 0
    not_modified: int = 0  # feed/index answers 304

    @property
    def exit_code(self) -> int:
        """0 when DIR holds every current bulletin verified, else 1."""
        return 1 if self.failed else 0

    def lines(self) -> list[str]:
        """A short human report."""
        lines = [f"WARNING: {warning}" for warning in self.warnings]
        lines += [f"release {self.release}: {len(self.downloaded)} downloaded, {len(self.kept)} already here, "
                  f"{len(self.removed)} removed, {len(self.playlist)} in today's playlist "
                  f"({self.bytes_received} bytes received, {self.resumed} download(s) resumed)"]
        lines += [f"FAILED {name}: {reason}" for name, reason in self.failed]
        return lines


# ---------------------------------------------------------------- time and HTTP


class Deadline:
    """The end of the run: every wait and read is cut to what is left; past it, the run gives up."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left (never negative)."""
        return max(0.0, self.end - time.monotonic())

    def check(self, what: str) -> None:
        """_GiveUp once the time is over."""
        if self.remaining() <= 0:
            raise _GiveUp(f"{what}: the run's time limit of {self.seconds:g} s is reached (--max-run-seconds)")

    def sleep(self, seconds: float) -> None:
        """Wait, but not past the end."""
        time.sleep(min(seconds, self.remaining()))

    @contextlib.contextmanager
    def backstop(self, grace_s: float = 2.0):
        """In the main thread, an alarm shortly after the end that stops whatever still waits (a name lookup,
        headers dripping in byte by byte): the run never holds DIR's lock much past its time limit."""
        if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
            yield  # no alarm (Windows): the socket timeouts and deadline checks still bound the run
            return

        def on_alarm(signum, frame):
            raise _GiveUp(f"the run's time limit of {self.seconds:g} s is reached (--max-run-seconds)")

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, self.remaining() + grace_s)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Redirects to http(s) only, and few of them; anything else is refused at once, never retried."""

    def __init__(self, limit: int):
        super().__init__()
        self.max_redirections = limit

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The next request, or _GiveUp for a redirect to another scheme (ftp://, file://...)."""
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise _GiveUp(f"{redact_tokens(req.full_url)}: redirected to {redact_tokens(newurl)!r}, which is not "
                          "an http:// or https:// address: refused")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


@dataclass
class _Session:
    """One run's connection settings, limits and counters."""

    token: str | None
    limits: SyncLimits
    deadline: Deadline
    report: SyncReport
    opener: urllib.request.OpenerDirector = field(init=False)

    def __post_init__(self) -> None:
        opener = urllib.request.OpenerDirector()  # http and https only: no ftp, file or data handlers
        for handler in (urllib.request.ProxyHandler(), urllib.request.UnknownHandler(), urllib.request.HTTPHandler(),
                        urllib.request.HTTPSHandler(), urllib.request.HTTPDefaultErrorHandler(),
                        _RedirectHandler(self.limits.redirects), urllib.request.HTTPErrorProcessor()):
            opener.add_handler(handler)
        self.opener = opener

    def timeout(self) -> float:
        """The socket timeout now: the connect/read timeout, or less when the run is nearly over."""
        return max(0.05, min(self.limits.timeout_s, self.deadline.remaining()))

    def open(self, url: str, headers: dict[str, str] | None = None):
        """An answer to GET `url` (redirects followed); the token only to the address asked."""
        self.deadline.check(redact_tokens(url))
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
        if self.token:
            request.add_unredirected_header("Authorization", f"Bearer {self.token}")
        return self.opener.open(request, timeout=self.timeout())

    def read_piece(self, response, what: str) -> bytes:
        """The next piece of an answer's body (b"" at its end), waiting no longer than the run allows."""
        self.deadline.check(what)
        sock = getattr(getattr(response.fp, "raw", None), "_sock", None)
        if sock is not None:  # a slow drip must not outlast the run: each wait is cut to the time left
            sock.settimeout(self.timeout())
        piece = response.read1(CHUNK)
        self.report.bytes_received += len(piece)
        if self.report.bytes_received > self.limits.run_bytes:
            raise _GiveUp(f"{what}: this run received {self.limits.run_bytes // MB} MB, its limit (--max-run-mb)")
        return piece


def _http_refusal(exc: urllib.error.HTTPError, url: str) -> PipelineError:
    if exc.code in (401, 403):
        return UsageError(f"{url}: {exc.code} {exc.reason}: give this station's token with --token "
                          "(or MEDIA_PIPELINE_TOKEN)")
    return TransferError(f"{url}: {exc.code} {exc.reason}")


def _busy_wait(exc: urllib.error.HTTPError) -> float | None:
    """Seconds to wait when the server says it is busy (503 or 429, Retry-After in seconds), else None."""
    if exc.code not in (429, 503):
        return None
    try:
        return min(MAX_RETRY_AFTER_S, max(0.0, float(exc.headers.get("Retry-After", ""))))
    except ValueError:  # absent, or an HTTP date
        return float(MAX_RETRY_AFTER_S)


def _cut_reason(exc: BaseException) -> tuple[str, bool]:
    """Why a transfer broke, and whether trying again now can help (nobody listening: no)."""
    reason = getattr(exc, "reason", None) or exc
    refused = isinstance(exc, urllib.error.URLError) and isinstance(reason, ConnectionRefusedError)
    return f"{type(exc).__name__}: {reason}", not refused


def check_url(feed_url: str, token: str | None) -> tuple[str, str | None]:
    """The feed address checked (http or https with a host; UsageError otherwise) and the token to send.

    A `?token=` in the address (a link copied from the page) is taken out of it and used as the token, so
    that it goes in a header and never into the state file or the log.
    """
    parts = urlsplit(feed_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"FEED_URL: {redact_tokens(feed_url)!r} is not an http:// or https:// address of a feed.xml")
    query = parse_qsl(parts.query, keep_blank_values=True)
    in_url = [value for key, value in query if key == "token"]
    if in_url:
        token = token or in_url[0]
        rest = urlencode([(key, value) for key, value in query if key != "token"])
        feed_url = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, ""))
    return feed_url, token


def read_publisher_key(value: str) -> str:
    """The publisher's public key (`ed25519:...`) from `--publisher-key`: a .pub file from `keygen`, or the key
    itself; UsageError naming the problem."""
    text = value.strip()
    if not text.startswith("ed25519:"):
        try:
            text = Path(value).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"--publisher-key {value}: cannot be read ({getattr(exc, 'strerror', None) or exc})") \
                from None
    try:
        parse_public_key(text)
    except ValueError as exc:
        raise UsageError(f"--publisher-key {value}: {exc}") from None
    return text


# ---------------------------------------------------------------- the feed and index


def _fetch_document(session: _Session, url: str, directory: Path, name: str) -> bytes:
    """GET a feed or index, at most `listing_bytes`, asking only for a change since the copy kept in
    DIR/.sync-cache/ (a 304 reuses it); tried again when cut, not when refused or too big."""
    cache, validators_path = directory / CACHE_DIR / name, directory / CACHE_DIR / f"{name}.validators"
    headers = {"Cache-Control": "no-cache"}
    with contextlib.suppress(OSError, ValueError):
        validators = json.loads(validators_path.read_text(encoding="utf-8"))
        if validators.get("url") == url and cache.is_file():
            headers |= {key: value for key, value in (("If-None-Match", validators.get("etag")),
                                                      ("If-Modified-Since", validators.get("last_modified")))
                        if isinstance(value, str) and value}
    reason = "no attempt"
    for attempt in range(LISTING_ATTEMPTS):
        try:
            with session.open(url, headers) as response:
                body = _read_capped(session, response, url)
                validators = {"url": url, "etag": response.headers.get("ETag"),
                              "last_modified": response.headers.get("Last-Modified")}
            validators_path.unlink(missing_ok=True)  # never old validators beside new bytes
            write_bytes(cache, body)
            if validators["etag"] or validators["last_modified"]:
                write_json(validators_path, validators)
            return body
        except urllib.error.HTTPError as exc:
            if exc.code == 304 and ("If-None-Match" in headers or "If-Modified-Since" in headers):
                session.report.not_modified += 1
                if cache.stat().st_size > session.limits.listing_bytes:
                    raise _GiveUp(f"{url}: the kept copy is over the limit (--max-listing-mb)") from None
                return cache.read_bytes()
            if (wait := _busy_wait(exc)) is None:
                raise _http_refusal(exc, url) from None
            reason = f"{exc.code} {exc.reason}"
            logger.info("%s: server busy, trying again in %g s", url, wait)
            session.deadline.sleep(wait)
        except (urllib.error.URLError, HTTPException, OSError) as exc:
            reason, again = _cut_reason(exc)
            if not again:
                break
            logger.info("%s: cut (%s), trying again", url, reason)
            session.deadline.sleep(min(2.0, 0.05 * (attempt + 1)))
    raise TransferError(f"{url}: cannot fetch it ({reason})")


def _read_capped(session: _Session, response, url: str) -> bytes:
    """A whole small answer, refused as soon as it is over `listing_bytes` (announced or received)."""
    cap = session.limits.listing_bytes
    length = response.headers.get("Content-Length") or ""
    if length.isdigit() and int(length) > cap:
        raise _GiveUp(f"{url}: {int(length)} bytes, over the limit of {cap} (--max-listing-mb)")
    body = bytearray()
    while piece := session.read_piece(response, url):
        body += piece
        if len(body) > cap:
            raise _GiveUp(f"{url}: more than {cap} bytes, over the limit (--max-listing-mb)")
    if response.length:  # read1 ends quietly at a cut connection: the answer is short of its Content-Length
        raise IncompleteRead(bytes(body), response.length)
    return bytes(body)


def parse_listing(feed_bytes: bytes, index_bytes: bytes, where: str, limits: SyncLimits | None = None) -> Listing:
    """The release from a feed and an index of the same release (not yet checked against a key).

    Raises TransferError when either cannot be read or is over the limits, ReleaseRefused when the index's
    bulletins are not those of its statement, and _DifferentReleases when feed and index are of different
    releases (a publish happened between the two requests: fetch again).
    """
    limits = limits or SyncLimits()
    try:  # defusedxml refuses a DTD in any encoding (a byte search for "<!DOCTYPE" misses a UTF-16 feed)
        channel = defused_fromstring(feed_bytes, forbid_dtd=True).find("channel")
        index = json.loads(index_bytes.decode("utf-8"))
    except DefusedXmlException:
        raise TransferError(f"{where}: the feed declares a DOCTYPE or entities; a media-pipeline feed never does") \
            from None
    except (ET.ParseError, ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise TransferError(f"{where}: the feed or index.json cannot be read ({exc})") from None
    if channel is None or not isinstance(index, dict) or not isinstance(index.get("bulletins"), list):
        raise TransferError(f"{where}: not a media-pipeline stations feed and index")
    statement = index.get("signed")
    entries = statement.get("bulletins") if isinstance(statement, dict) else index["bulletins"]
    items = channel.findall("item")
    if not isinstance(entries, list) or max(len(entries), len(index["bulletins"]), len(items)) > limits.items:
        raise TransferError(f"{where}: more than {limits.items} bulletins in one release (--max-items)")
    release = channel.findtext(f"{{{STATION_NS}}}release")
    feed_hashes = {item.findtext(f"{{{STATION_NS}}}sha256") for item in items}
    index_hashes = {b["sha256"] for b in index["bulletins"] if isinstance(b, dict) and isinstance(b.get("sha256"), str)}
    if release != index.get("release") or feed_hashes != index_hashes:
        raise _DifferentReleases("the feed and index.json are of different releases")
    wanted = []
    for number, entry in enumerate(entries):
        try:
            wanted.append(_wanted(entry))
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise TransferError(f"{where}: index.json bulletins[{number}]: {exc}") from None
    if len({w.file for w in wanted}) != len(wanted):
        raise TransferError(f"{where}: index.json lists a file twice")
    if isinstance(statement, dict) and _essentials(index["bulletins"]) != _essentials(entries):
        raise ReleaseRefused(f"{where}: index.json lists files (name, size, SHA-256, priority or schedule) that its "
                             "signed statement does not: refused")
    number = statement.get("release_number") if isinstance(statement, dict) else index.get("release_number")
    if not isinstance(number, int) or isinstance(number, bool):  # true is an int to Python, not a number here
        number = None
    return Listing(release=release, number=number,
                   wanted=sorted(wanted, key=lambda w: w.order), signed=isinstance(statement, dict),
                   withdraw_all=isinstance(statement, dict) and statement.get("withdraw_all") is True,
                   digest=hashlib.sha256(index_bytes).hexdigest(), index=index,
                   statement=_statement_digest(index))


def _essentials(entries: list[Any]) -> list[str]:
    """What must agree between the index's list and its signed statement, one canonical line per file."""
    keys = ("file", "bytes", "sha256", "priority", "broadcast")
    return sorted(canonical_json([entry.get(key) for key in keys]) if isinstance(entry, dict) else "?"
                  for entry in entries)


def _wanted(entry: dict[str, Any]) -> Wanted:
    name, sha256 = str(entry["file"]), str(entry["sha256"])
    if not _SAFE_NAME.match(name) or not _SHA256.match(sha256) or not name.endswith(f"-{sha256[:12]}.mp3"):
        raise ValueError(f"unexpected file name or hash: {name!r}, {sha256!r}")
    size = int(entry["bytes"])
    if size < 0:
        raise ValueError(f"negative size for {name}")
    broadcast = parse_broadcast(entry["broadcast"]) if entry.get("broadcast") else None
    duration = entry.get("duration_s")
    if isinstance(duration, (int, float)) and not math.isfinite(duration):
        raise ValueError(f"duration_s of {name} is not a finite number: {duration!r}")
    return Wanted(id=str(entry["id"]), file=name, sha256=sha256, bytes=size,
                  priority=str(entry.get("priority") or "normal"), title=str(entry.get("title") or name),
                  duration_s=float(duration) if isinstance(duration, (int, float)) else None, broadcast=broadcast)


def fetch_listing(session: _Session, feed_url: str, directory: Path) -> Listing:
    """The release from the feed and index.json (beside it), each fetched once (again only when a publish fell
    between them)."""
    index_url = urljoin(feed_url, "index.json")
    feed_bytes = _fetch_document(session, feed_url, directory, "feed.xml")
    for _ in range(2):
        index_bytes = _fetch_document(session, index_url, directory, "index.json")
        try:
            return parse_listing(feed_bytes, index_bytes, feed_url, session.limits)
        except _DifferentReleases:
            logger.info("a publish happened while reading the feed and index: reading them again")
            session.deadline.sleep(0.2)
            feed_bytes = _fetch_document(session, feed_url, directory, "feed.xml")
    raise TransferError(f"{feed_url}: the feed and index.json kept changing; try again later")


def check_release(listing: Listing, key: str | None, accepted: dict[str, Any], where: str) -> None:
    """ReleaseRefused unless the station may act on this release (see the module docstring)."""
    index = listing.index
    if key is None:
        if not listing.wanted:
            raise ReleaseRefused(f"{where}: the release lists no bulletin; without a publisher key this station "
                                 "cannot tell a withdrawal from a fake, so it keeps every bulletin it has "
                                 "(set --publisher-key FILE.pub)")
        return
    signature = index.get("signature")
    if not listing.signed or not isinstance(signature, dict):
        raise ReleaseRefused(f"{where}: release {listing.release} is not signed; this station accepts only "
                             "releases signed by its publisher key")
    if not signature_valid(parse_public_key(key), signature.get("value"), release_message(index["signed"])):
        other = signature.get("key") != key
        raise ReleaseRefused(f"{where}: release {listing.release}: bad signature ("
                             + ("signed by another key" if other else "index.json was changed after signing")
                             + "): refused")
    last = accepted.get("number") if accepted.get("key") == key else None  # numbers nobody signed count for nothing
    if listing.number is None:
        raise ReleaseRefused(f"{where}: release {listing.release} has no release number: refused")
    if isinstance(last, int) and listing.number < last:
        raise ReleaseRefused(f"{where}: release number {listing.number} is older than release {last} accepted "
                             f"on {accepted.get('accepted_at')}: a rollback, refused")
    if isinstance(last, int) and listing.number == last and accepted.get("statement") != listing.statement:
        raise ReleaseRefused(f"{where}: release number {listing.number} was accepted before with other "
                             "content: refused")
    if not listing.wanted and not listing.withdraw_all:
        raise ReleaseRefused(f"{where}: the signed release lists no bulletin but is not a withdrawal: refused")
    if listing.wanted and listing.withdraw_all:
        raise ReleaseRefused(f"{where}: the signed release withdraws everything yet lists bulletins: refused")


def _statement_digest(index: dict[str, Any]) -> str | None:
    statement = index.get("signed")
    return hashlib.sha256(canonical_json(statement).encode("utf-8")).hexdigest() if statement else None


# ---------------------------------------------------------------- downloading one file


def download(session: _Session, url: str, wanted: Wanted, directory: Path) -> None:
    """Fetch one version into `directory`, resuming cut transfers, and rename it in once its SHA-256 matches.

    Raises _BadBytes when the server's own whole answer is not the signed file (not tried again), _GiveUp
    past a limit, TransferError after ATTEMPTS tries (the partial file stays, the next run resumes it).
    """
    partial_dir = directory / PARTIAL_DIR
    partial_dir.mkdir(exist_ok=True)
    part = partial_dir / f"{wanted.file}.part"
    meta_path = partial_dir / f"{wanted.file}.etag"  # the validator of the bytes in `part`
    last_error = "no attempt"
    from_this_run = False  # whether `part` holds only bytes this run received from byte 0
    for attempt in range(ATTEMPTS):
        have = part.stat().st_size if part.exists() else 0
        etag = meta_path.read_text(encoding="utf-8").strip() if meta_path.exists() else ""
        if have >= wanted.bytes:
            if have == wanted.bytes and sha256_file(part) == wanted.sha256:
                with open(part, "rb") as done:
                    os.fsync(done.fileno())  # on disk before it shows in DIR: stations lose power
                os.replace(part, directory / wanted.file)
                meta_path.unlink(missing_ok=True)
                return
            part.unlink(missing_ok=True)
            meta_path.unlink(missing_ok=True)
            if from_this_run:
                raise _BadBytes(f"{wanted.file}: the server's bytes do not match the signed SHA-256; not fetched "
                                "again until the index changes")
            last_error = "the downloaded bytes do not match the published SHA-256"
            logger.warning("%s: %s; fetching it again from the start", wanted.file, last_error)
            continue
        headers = {"Range": f"bytes={have}-", "If-Range": etag} if have and etag else {}
        try:
            from_this_run = _receive(session, url, headers, part, meta_path, have, wanted) or from_this_run
        except urllib.error.HTTPError as exc:
            if (wait := _busy_wait(exc)) is None:
                raise _http_refusal(exc, url) from None
            last_error = f"{exc.code} {exc.reason}"
            logger.info("%s: server busy, trying again in %g s", wanted.file, wait)
            session.deadline.sleep(wait)
        except (urllib.error.URLError, HTTPException, OSError, ValueError) as exc:
            last_error, again = _cut_reason(exc)
            if not again:
                break
            logger.info("%s: transfer cut (%s), resuming", wanted.file, last_error)
            session.deadline.sleep(min(2.0, 0.05 * (attempt + 1)))
    raise TransferError(f"{wanted.file}: not fetched whole after {attempt + 1} attempt(s) ({last_error})")


def _receive(session: _Session, url: str, headers: dict[str, str], part: Path, meta_path: Path, have: int,
             wanted: Wanted) -> bool:
    """One request: append a 206 answer to the partial file, or start it again on a 200 (then True); never
    more than one byte past the signed size (the hash check then throws the file away)."""
    with session.open(url, headers) as response:
        if response.status == 206:
            match = re.match(r"bytes (\d+)-", response.headers.get("Content-Range", ""))
            if not match or int(match.group(1)) != have:
                raise ValueError(f"the server did not resume at byte {have}")
            mode, fresh = "ab", False
            session.report.resumed += 1
        else:
            length = response.headers.get("Content-Length") or ""
            if length.isdigit() and int(length) != wanted.bytes:
                raise _BadBytes(f"{wanted.file}: the server sends {int(length)} bytes, the signed index says "
                                f"{wanted.bytes}; not fetched again until the index changes")
            mode, fresh = "wb", True
            # what If-Range compares on resuming: the ETag, else the Last-Modified date (static hosts)
            write_text(meta_path, response.headers.get("ETag") or response.headers.get("Last-Modified") or "")
        with open(part, mode) as out:
            while out.tell() <= wanted.bytes and (chunk := session.read_piece(response, wanted.file)):
                out.write(chunk)
    return fresh


# ---------------------------------------------------------------- state and playlist


def _load_state(directory: Path) -> dict[str, Any]:
    with contextlib.suppress(OSError, ValueError):
        state = json.loads((directory / STATE_NAME).read_text(encoding="utf-8"))
        if isinstance(state, dict) and isinstance(state.get("files"), dict):
            return state
    return {"files": {}}


def _verified(directory: Path, name: str, sha256: str, size: int, record: dict[str, Any]) -> bool:
    """Whether DIR has this version whole: trusted from the state when size and mtime match, else re-hashed."""
    path = directory / name
    if not path.is_file():
        return False
    info = path.stat()
    if (record.get("sha256") == sha256 and record.get("bytes") == info.st_size
            and record.get("mtime_ns") == info.st_mtime_ns):
        return True
    return info.st_size == size and sha256_file(path) == sha256


def playlist_for(wanted: list[Wanted], today: date) -> list[Wanted]:
    """What to broadcast today: the bulletins whose days include today (all days without a schedule), emergency
    first (played at once, whatever their times), then priority, then normal. An expired emergency is not played."""
    chosen = [w for w in wanted if w.broadcast is None or w.broadcast.valid_on(today)]
    return sorted(chosen, key=lambda w: w.order)


def _on_disk(directory: Path, state: dict[str, Any]) -> list[Wanted]:
    """The bulletins of the state whose files are in DIR, verified: one version per text (the accepted one)."""
    accepted = set(state.get("accepted", {}).get("files") or [])
    found: dict[str, Wanted] = {}
    for name, record in sorted(state["files"].items(), key=lambda item: item[0] in accepted):
        try:
            item = _wanted({**record, "file": name})
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
            continue
        if _verified(directory, name, item.sha256, item.bytes, record):
            found[item.id] = item  # sorted so that an accepted version wins over one kept from before
    return list(found.values())


def _when_vi(item: Wanted) -> str:
    """When to play a bulletin, for the playlist: an emergency at once and again at its times; its last day."""
    broadcast = item.broadcast
    times = ", ".join(broadcast.times) if broadcast and broadcast.times else ""
    if item.priority == "emergency":
        when = "phát ngay" + (f", nhắc lại lúc {times}" if times else "")
    else:
        when = f"phát lúc {times}" if times else "giờ phát tự chọn"
    if broadcast is not None and broadcast.until:
        when += f" (đến hết ngày {broadcast.until:%d/%m/%Y})"
    return when


def write_playlist(directory: Path, items: list[Wanted], today: date) -> None:
    """DIR/playlist.m3u (extended M3U, UTF-8, names relative to DIR) for `today`."""
    lines = ["#EXTM3U", f"#PLAYLIST:Bản tin phát ngày {today:%d/%m/%Y}"]
    for item in items:
        seconds = round(item.duration_s) if item.duration_s is not None else -1
        title = _CONTROLS.sub(" ", item.title)  # a line break in a title must not add a line to the playlist
        lines.append(f"# {PRIORITY_LABEL_VI.get(item.priority, item.priority)}: {_when_vi(item)}")
        lines.append(f"#EXTINF:{seconds},{title}")
        lines.append(item.file)
    write_text(directory / PLAYLIST_NAME, "\n".join(lines) + "\n")


# ---------------------------------------------------------------- one run


def _prepare_directory(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
        (directory / CACHE_DIR).mkdir(exist_ok=True)
    except OSError as exc:
        raise UsageError(f"DIR: cannot write in {directory} ({exc.strerror or exc})") from None


@contextlib.contextmanager
def _run_log(directory: Path):
    """Log this module's messages of the run (INFO and up) to DIR/sync.log only (the command prints its report)."""
    handler = logging.FileHandler(directory / LOG_NAME, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    handler.setLevel(logging.INFO)
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate
        handler.close()


def sync_once(feed_url: str, directory: Path, token: str | None = None, today: date | None = None,
              publisher_key: str | None = None, limits: SyncLimits | None = None) -> SyncReport:
    """One run (see the module docstring); returns the report. Raises UsageError (exit 2) for bad usage,
    ReleaseRefused or TransferError (exit 1) when the release cannot be read or trusted; a file that cannot be
    fetched is in `report.failed`. Today's playlist is written whatever happens after the lock is taken.

    `publisher_key`: a .pub file or `ed25519:...`; pinned in the state, later runs need not repeat it."""
    limits = limits or SyncLimits()
    deadline = Deadline(limits.run_seconds)
    feed_url, token = check_url(feed_url, token)
    key = read_publisher_key(publisher_key) if publisher_key else None
    directory = Path(directory)
    _prepare_directory(directory)
    session = _Session(token, limits, deadline, SyncReport())
    # one sync per DIR at a time (a slow run and the next one from cron must not write the same files); a kernel
    # lock where there is one (flock, msvcrt): it goes with its process, so a run that died never blocks the next
    # one, and a live run gives up at its time limit
    with only_one_run(directory / LOCK_NAME, f"another sync is still running in {directory}; this one stops"), \
            _run_log(directory):
        logger.info("sync from %s", feed_url)
        try:
            report = _sync(session, feed_url, directory, key, today or vietnam_today())
        except PipelineError as exc:
            for warning in session.report.warnings:
                logger.warning("%s", warning)
            logger.error("%s", exc.message)
            raise
        for line in report.lines():
            (logger.error if line.startswith("FAILED") else logger.info)("%s", line)
    return report


def _pinned_key(state: dict[str, Any], key: str | None, report: SyncReport) -> str | None:
    """The publisher key of this run: the one given (pinned for later runs), else the pinned one."""
    pinned = state.get("publisher_key")
    if key is not None:
        if pinned and pinned != key:
            logger.warning("publisher key changed from %s to %s (given with --publisher-key)", pinned, key)
        state["publisher_key"] = key
        return key
    if isinstance(pinned, str):
        return pinned
    report.warnings.append("no publisher key: this station cannot tell a genuine release from a fake one (anyone "
                           "who controls the server, its name or the network can change its bulletins); set "
                           "--publisher-key FILE.pub once. Empty listings are refused meanwhile.")
    return None


def _sync(session: _Session, feed_url: str, directory: Path, key: str | None, today: date) -> SyncReport:
    state = _load_state(directory)
    report = session.report
    key = _pinned_key(state, key, report)
    error: BaseException | None = None
    try:
        with session.deadline.backstop():
            _update(session, feed_url, directory, key, state)
    except BaseException as exc:  # anything, even a bug: the playlist below is written, then it is raised again
        error = exc
    # whatever happened above: today's playlist from the verified files on disk (expired ones dropped)
    playing = playlist_for(_on_disk(directory, state), today)
    write_playlist(directory, playing, today)
    report.playlist = [item.file for item in playing]
    state.update({"feed_url": feed_url, "synced_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                  "ok": error is None and not report.failed, "playlist": report.playlist})
    write_json(directory / STATE_NAME, state)
    if error is not None:
        raise error
    return report


def _update(session: _Session, feed_url: str, directory: Path, key: str | None, state: dict[str, Any]) -> None:
    """Fetch, check and accept the release, then bring DIR's bulletins to it (the network part of a run)."""
    report = session.report
    listing = fetch_listing(session, feed_url, directory)
    report.release = listing.release
    check_release(listing, key, state.get("accepted") or {}, feed_url)
    state["accepted"] = {"release": listing.release, "number": listing.number, "key": key,
                         "digest": listing.digest, "statement": listing.statement,
                         "files": [item.file for item in listing.wanted],
                         "accepted_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    bad = state.get("bad_downloads")
    if not isinstance(bad, dict) or bad.get("index") != listing.digest:
        bad = state["bad_downloads"] = {"index": listing.digest, "files": {}}
    for item in listing.wanted:  # emergency first
        if _verified(directory, item.file, item.sha256, item.bytes, state["files"].get(item.file) or {}):
            report.kept.append(item.file)
        else:
            try:
                _fetch_one(session, feed_url, item, directory, bad["files"])
            except TransferError as exc:
                report.failed.append((item.file, exc.message))
                logger.error("FAILED %s: %s", item.file, exc.message)
                continue
        info = (directory / item.file).stat()
        state["files"][item.file] = {**item.record(), "bytes": info.st_size, "mtime_ns": info.st_mtime_ns}
    # a text whose new version could not be fetched keeps its old one on disk (and in the playlist) until later
    failed_ids = {item.id for item in listing.wanted if item.file in {name for name, _ in report.failed}}
    current = {item.file for item in listing.wanted}
    current |= {name for name, record in state["files"].items() if record.get("id") in failed_ids}
    _remove_withdrawn(directory, state, current, report)


def _fetch_one(session: _Session, feed_url: str, item: Wanted, directory: Path, bad: dict[str, str]) -> None:
    """Download one bulletin within the limits, remembering a server whose bytes are not the signed ones."""
    url = urljoin(feed_url, quote(item.file))
    if bad.get(url) == item.sha256:
        raise TransferError(f"{item.file}: the server's bytes did not match the signed SHA-256 in an earlier run; "
                            "not fetched again until the index changes")
    if session.report.bytes_received >= session.limits.run_bytes:
        raise TransferError(f"{item.file}: not fetched, this run received its limit of "
                            f"{session.limits.run_bytes // MB} MB (--max-run-mb); the next run goes on")
    if item.bytes > session.limits.file_bytes:
        raise TransferError(f"{item.file}: {item.bytes} bytes, over the limit of {session.limits.file_bytes} "
                            "(--max-file-mb)")
    try:
        download(session, url, item, directory)
    except _BadBytes:
        bad[url] = item.sha256
        raise
    session.report.downloaded.append(item.file)
    logger.info("downloaded %s (%s), SHA-256 verified", item.file, item.priority)


def _remove_withdrawn(directory: Path, state: dict[str, Any], current: set[str], report: SyncReport) -> None:
    """Delete the bulletins this program fetched that are no longer published (never any other file)."""
    for name in sorted(set(state["files"]) - current):
        if _SAFE_NAME.match(name):
            (directory / name).unlink(missing_ok=True)
            report.removed.append(name)
            logger.info("removed %s (no longer published)", name)
        del state["files"][name]
    partial_dir = directory / PARTIAL_DIR
    if partial_dir.is_dir():
        for path in partial_dir.iterdir():
            if path.name.split(".part")[0].split(".etag")[0] not in current:
                path.unlink(missing_ok=True)


def watch(feed_url: str, directory: Path, token: str | None = None, interval_s: float = 300,
          echo: Callable[[str], None] = print, rounds: int | None = None, publisher_key: str | None = None,
          limits: SyncLimits | None = None) -> None:
    """Run `sync_once` every `interval_s` seconds (forever, or `rounds` times); a failed round is reported and
    the next one tries again. Emergency bulletins are fetched first in every round."""
    done = 0
    while rounds is None or done < rounds:
        try:
            report = sync_once(feed_url, directory, token=token, publisher_key=publisher_key, limits=limits)
            for line in report.lines():
                echo(line)
        except UsageError:
            raise
        except PipelineError as exc:
            echo(f"sync failed: {exc.message}; trying again in {interval_s:g} s")
        done += 1
        if rounds is None or done < rounds:
            time.sleep(interval_s)


def verify_directory(directory: Path) -> list[str]:
    """Files of the state whose bytes no longer match their SHA-256 (for tests and operators)."""
    state = _load_state(Path(directory))
    return [name for name, record in state["files"].items()
            if hashlib.sha256((Path(directory) / name).read_bytes()).hexdigest() != record["sha256"]]
