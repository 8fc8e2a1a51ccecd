"""The station's own program: `media-pipeline sync FEED_URL DIR` keeps DIR equal to the published bulletins.

One run:
1. fetches `feed.xml` and `index.json` from the same release (both name it; fetched again if a publish
   happened in between);
2. downloads every current version it does not have yet, emergency first, into `DIR/.partial/`,
   resuming a cut download with `Range` + `If-Range` (the file's ETag), and moves a file into DIR only
   once its SHA-256 is the one the index gives (a wrong hash is thrown away and fetched again);
3. removes the bulletins it fetched earlier that are no longer published (withdrawn or replaced);
4. writes `DIR/playlist.m3u`: what is to be broadcast today, emergency first (at once, whatever its times),
   then priority, then normal (a bulletin whose `broadcast` days do not include today is left out), with
   the times;
5. keeps `DIR/.sync-state.json` (what it has, verified) and appends to `DIR/sync.log`.

Exit status: 0 DIR holds exactly the current bulletins, all verified; 1 something could not be fetched
or verified (what was there is kept, the next run goes on from where this one stopped); 2 bad usage (a
bad address or folder, a missing or wrong token). The token goes in an `Authorization: Bearer` header,
never in a URL or a log.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from http.client import HTTPException
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

import pipeline
from pipeline.atomic import sha256_file, write_json, write_text
from pipeline.broadcast import parse_broadcast
from pipeline.delivery.run_lock import only_one_run
from pipeline.delivery.server import redact_tokens
from pipeline.delivery.station_files import PRIORITY_ORDER, STATION_NS, vietnam_today
from pipeline.errors import PipelineError, TransferError, UsageError

logger = logging.getLogger(__name__)

PRIORITY_LABEL_VI = {"emergency": "KHẨN CẤP", "priority": "Ưu tiên", "normal": "Thông thường"}
PLAYLIST_NAME, STATE_NAME, LOG_NAME, PARTIAL_DIR = "playlist.m3u", ".sync-state.json", "sync.log", ".partial"
LOCK_NAME = ".sync.lock"
USER_AGENT = f"media-pipeline-sync/{pipeline.__version__}"
TIMEOUT_S = 30
ATTEMPTS = 12  # per file and run: a cut connection resumes, a wrong hash starts again
LISTING_ATTEMPTS = 4
MAX_RETRY_AFTER_S = 10  # a busy server's Retry-After is honoured up to this, per attempt
CHUNK = 1 << 16
_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*-[0-9a-f]{12}\.mp3$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Wanted:
    """One current bulletin version, as the feed and index describe it."""

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


@dataclass
class SyncReport:
    """What one run did, and its exit status."""

    release: str | None = None
    downloaded: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    playlist: list[str] = field(default_factory=list)
    bytes_received: int = 0
    resumed: int = 0

    @property
    def exit_code(self) -> int:
        """0 when DIR holds every current bulletin verified, else 1."""
        return 1 if self.failed else 0

    def lines(self) -> list[str]:
        """A short human report."""
        lines = [f"release {self.release}: {len(self.downloaded)} downloaded, {len(self.kept)} already here, "
                 f"{len(self.removed)} removed, {len(self.playlist)} in today's playlist "
                 f"({self.bytes_received} bytes received, {self.resumed} download(s) resumed)"]
        lines += [f"FAILED {name}: {reason}" for name, reason in self.failed]
        return lines


# ---------------------------------------------------------------- HTTP


def _open(url: str, token: str | None, headers: dict[str, str] | None = None):
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    if token:
        request.add_unredirected_header("Authorization", f"Bearer {token}")
    return urllib.request.urlopen(request, timeout=TIMEOUT_S)  # noqa: S310 (http/https checked by check_url)


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


def _get_bytes(url: str, token: str | None) -> bytes:
    """A whole small document (feed, index), tried again when cut; or TransferError / UsageError."""
    for attempt in range(ATTEMPTS):
        try:
            with _open(url, token, {"Cache-Control": "no-cache"}) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            if (wait := _busy_wait(exc)) is None:
                raise _http_refusal(exc, url) from None
            reason = f"{exc.code} {exc.reason}"
            logger.info("%s: server busy, trying again in %g s", url, wait)
            time.sleep(wait)
        except (urllib.error.URLError, HTTPException, OSError) as exc:
            reason = getattr(exc, "reason", None) or exc
            if isinstance(exc, urllib.error.URLError) and isinstance(reason, ConnectionRefusedError):
                break  # nobody listens: no use trying again now
            logger.info("%s: cut (%s), trying again", url, reason)
            time.sleep(min(2.0, 0.05 * (attempt + 1)))
    raise TransferError(f"{url}: cannot fetch it ({reason})")


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


# ---------------------------------------------------------------- the listing


def parse_listing(feed_bytes: bytes, index_bytes: bytes, where: str) -> tuple[str | None, list[Wanted]]:
    """The release name and the current versions, from a feed and an index of the same release.

    Raises TransferError when either cannot be read, and ValueError when they are of different releases
    (a publish happened between the two requests: fetch again).
    """
    try:
        channel = ET.fromstring(feed_bytes).find("channel")
        index = json.loads(index_bytes.decode("utf-8"))
    except (ET.ParseError, ValueError, UnicodeDecodeError) as exc:
        raise TransferError(f"{where}: the feed or index.json cannot be read ({exc})") from None
    if channel is None or not isinstance(index, dict) or not isinstance(index.get("bulletins"), list):
        raise TransferError(f"{where}: not a media-pipeline stations feed and index")
    release = channel.findtext(f"{{{STATION_NS}}}release")
    feed_hashes = {item.findtext(f"{{{STATION_NS}}}sha256") for item in channel.iter("item")}
    if release != index.get("release") or feed_hashes != {b.get("sha256") for b in index["bulletins"]}:
        raise ValueError("the feed and index.json are of different releases")
    wanted = []
    for number, entry in enumerate(index["bulletins"]):
        try:
            wanted.append(_wanted(entry))
        except (KeyError, TypeError, ValueError) as exc:
            raise TransferError(f"{where}: index.json bulletins[{number}]: {exc}") from None
    return release, sorted(wanted, key=lambda w: w.order)


def _wanted(entry: dict[str, Any]) -> Wanted:
    name, sha256 = str(entry["file"]), str(entry["sha256"])
    if not _SAFE_NAME.match(name) or not _SHA256.match(sha256) or not name.endswith(f"-{sha256[:12]}.mp3"):
        raise ValueError(f"unexpected file name or hash: {name!r}, {sha256!r}")
    size = int(entry["bytes"])
    if size < 0:
        raise ValueError(f"negative size for {name}")
    broadcast = parse_broadcast(entry["broadcast"]) if entry.get("broadcast") else None
    duration = entry.get("duration_s")
    return Wanted(id=str(entry["id"]), file=name, sha256=sha256, bytes=size,
                  priority=str(entry.get("priority") or "normal"), title=str(entry.get("title") or name),
                  duration_s=float(duration) if isinstance(duration, (int, float)) else None, broadcast=broadcast)


def fetch_listing(feed_url: str, token: str | None) -> tuple[str | None, list[Wanted]]:
    """Fetch the feed and index.json (beside it) until both are of one release."""
    index_url = urljoin(feed_url, "index.json")
    for _ in range(LISTING_ATTEMPTS):
        feed_bytes = _get_bytes(feed_url, token)
        index_bytes = _get_bytes(index_url, token)
        try:
            return parse_listing(feed_bytes, index_bytes, feed_url)
        except ValueError:
            logger.info("a publish happened while reading the feed and index: reading them again")
            time.sleep(0.2)
    raise TransferError(f"{feed_url}: the feed and index.json kept changing; try again later")


# ---------------------------------------------------------------- downloading one file


def download(url: str, wanted: Wanted, directory: Path, token: str | None, report: SyncReport) -> None:
    """Fetch one version into `directory`, resuming cut transfers, and rename it in once its SHA-256 matches.

    Raises TransferError after ATTEMPTS tries (the partial file stays, the next run resumes it).
    """
    partial_dir = directory / PARTIAL_DIR
    partial_dir.mkdir(exist_ok=True)
    part = partial_dir / f"{wanted.file}.part"
    meta_path = partial_dir / f"{wanted.file}.etag"  # the validator of the bytes in `part`
    last_error = "no attempt"
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
            last_error = "the downloaded bytes do not match the published SHA-256"
            logger.warning("%s: %s; fetching it again from the start", wanted.file, last_error)
            part.unlink(missing_ok=True)
            meta_path.unlink(missing_ok=True)
            continue
        headers = {}
        if have and etag:
            headers = {"Range": f"bytes={have}-", "If-Range": etag}
        try:
            _receive(url, token, headers, part, meta_path, have, wanted.bytes, report)
        except urllib.error.HTTPError as exc:
            if (wait := _busy_wait(exc)) is None:
                raise _http_refusal(exc, url) from None
            last_error = f"{exc.code} {exc.reason}"
            logger.info("%s: server busy, trying again in %g s", wanted.file, wait)
            time.sleep(wait)
        except (urllib.error.URLError, HTTPException, OSError, ValueError) as exc:
            last_error = f"{type(exc).__name__}: {getattr(exc, 'reason', None) or exc}"
            logger.info("%s: transfer cut (%s), resuming", wanted.file, last_error)
            time.sleep(min(2.0, 0.05 * (attempt + 1)))
    raise TransferError(f"{wanted.file}: not fetched whole after {ATTEMPTS} attempts ({last_error})")


def _receive(url: str, token: str | None, headers: dict[str, str], part: Path, meta_path: Path, have: int,
             size: int, report: SyncReport) -> None:
    """One request: append a 206 answer to the partial file, or start it again on a 200; never more than
    one byte past the published `size` (the hash check then throws the file away)."""
    with _open(url, token, headers) as response:
        if response.status == 206:
            match = re.match(r"bytes (\d+)-", response.headers.get("Content-Range", ""))
            if not match or int(match.group(1)) != have:
                raise ValueError(f"the server did not resume at byte {have}")
            mode = "ab"
            report.resumed += 1
        else:
            mode = "wb"
            # what If-Range compares on resuming: the ETag, else the Last-Modified date (static hosts)
            write_text(meta_path, response.headers.get("ETag") or response.headers.get("Last-Modified") or "")
        with open(part, mode) as out:
            while out.tell() <= size and (chunk := response.read(CHUNK)):
                out.write(chunk)
                report.bytes_received += len(chunk)


# ---------------------------------------------------------------- one run


def _load_state(directory: Path) -> dict[str, Any]:
    with contextlib.suppress(OSError, ValueError):
        state = json.loads((directory / STATE_NAME).read_text(encoding="utf-8"))
        if isinstance(state, dict) and isinstance(state.get("files"), dict):
            return state
    return {"files": {}}


def _already_here(directory: Path, wanted: Wanted, state: dict[str, Any]) -> bool:
    """Whether DIR has this version whole: trusted from the state when size and mtime match, else re-hashed."""
    path = directory / wanted.file
    if not path.is_file():
        return False
    info = path.stat()
    record = state["files"].get(wanted.file) or {}
    if (record.get("sha256") == wanted.sha256 and record.get("bytes") == info.st_size
            and record.get("mtime_ns") == info.st_mtime_ns):
        return True
    return info.st_size == wanted.bytes and sha256_file(path) == wanted.sha256


def playlist_for(wanted: list[Wanted], today: date) -> list[Wanted]:
    """What to broadcast today: the bulletins whose days include today (all days without a schedule), emergency
    first (played at once, whatever their times), then priority, then normal. An expired emergency is not played."""
    chosen = [w for w in wanted if w.broadcast is None or w.broadcast.valid_on(today)]
    return sorted(chosen, key=lambda w: w.order)


def write_playlist(directory: Path, items: list[Wanted], today: date) -> None:
    """DIR/playlist.m3u (extended M3U, UTF-8, names relative to DIR) for `today`."""
    lines = ["#EXTM3U", f"#PLAYLIST:Bản tin phát ngày {today:%d/%m/%Y}"]
    for item in items:
        seconds = round(item.duration_s) if item.duration_s is not None else -1
        times = ", ".join(item.broadcast.times) if item.broadcast and item.broadcast.times else ""
        when = "phát ngay" if item.priority == "emergency" else (f"phát lúc {times}" if times else "giờ phát tự chọn")
        lines.append(f"# {PRIORITY_LABEL_VI.get(item.priority, item.priority)}: {when}")
        lines.append(f"#EXTINF:{seconds},{item.title}")
        lines.append(item.file)
    write_text(directory / PLAYLIST_NAME, "\n".join(lines) + "\n")


def _prepare_directory(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UsageError(f"DIR: cannot write in {directory} ({exc.strerror or exc})") from None


@contextlib.contextmanager
def _only_run(directory: Path):
    """One sync per DIR at a time (a slow run and the next one from cron must not write the same files)."""
    with only_one_run(directory / LOCK_NAME, f"another sync is still running in {directory}; this one stops"):
        yield


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
              passes: int = 3) -> SyncReport:
    """One run (see the module docstring); returns the report. Raises UsageError (exit 2) for bad usage and
    TransferError (exit 1) when the feed cannot be read; a file that cannot be fetched is in `report.failed`."""
    feed_url, token = check_url(feed_url, token)
    directory = Path(directory)
    _prepare_directory(directory)
    with _only_run(directory), _run_log(directory):
        logger.info("sync from %s", feed_url)
        try:
            report = _sync(feed_url, directory, token, today, passes)
        except PipelineError as exc:
            logger.error("%s", exc.message)
            raise
        for line in report.lines():
            (logger.error if line.startswith("FAILED") else logger.info)("%s", line)
    return report


def _sync(feed_url: str, directory: Path, token: str | None, today: date | None, passes: int) -> SyncReport:
    state = _load_state(directory)
    report = SyncReport()
    for _ in range(passes):  # a publish during the run: the next pass fetches what it changed
        release, wanted = fetch_listing(feed_url, token)
        report.release = release
        report.failed = []
        for item in wanted:  # emergency first
            if _already_here(directory, item, state):
                if item.file not in report.downloaded and item.file not in report.kept:
                    report.kept.append(item.file)
            else:
                try:
                    download(urljoin(feed_url, quote(item.file)), item, directory, token, report)
                    report.downloaded.append(item.file)
                    logger.info("downloaded %s (%s), SHA-256 verified", item.file, item.priority)
                except TransferError as exc:
                    report.failed.append((item.file, exc.message))
                    continue
            info = (directory / item.file).stat()
            state["files"][item.file] = {"id": item.id, "sha256": item.sha256, "bytes": info.st_size,
                                         "mtime_ns": info.st_mtime_ns, "priority": item.priority}
        if fetch_listing(feed_url, token)[0] == release:
            break
    # a text whose new version could not be fetched keeps its old one on disk until the next run
    failed_ids = {item.id for item in wanted if item.file in {name for name, _ in report.failed}}
    current = {item.file for item in wanted}
    current |= {name for name, record in state["files"].items() if record.get("id") in failed_ids}
    _remove_withdrawn(directory, state, current, report)
    today = today or vietnam_today()
    present = [item for item in wanted if (directory / item.file).is_file()]
    playing = playlist_for(present, today)
    write_playlist(directory, playing, today)
    report.playlist = [item.file for item in playing]
    state.update({"feed_url": feed_url, "release": release, "synced_at": datetime.now(timezone.utc).isoformat(
        timespec="seconds"), "ok": not report.failed, "playlist": report.playlist})
    write_json(directory / STATE_NAME, state)
    return report


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
          echo: Callable[[str], None] = print, rounds: int | None = None) -> None:
    """Run `sync_once` every `interval_s` seconds (forever, or `rounds` times); a failed round is reported and
    the next one tries again. Emergency bulletins are fetched first in every round."""
    done = 0
    while rounds is None or done < rounds:
        try:
            report = sync_once(feed_url, directory, token=token)
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
