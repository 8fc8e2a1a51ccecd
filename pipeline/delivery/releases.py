"""Atomic releases of a published folder, and the publish history that dates each bulletin version.

The served path (`publish/stations`) is a symbolic link to one complete release folder
(`publish/stations.releases/<release>/`). A publish builds the next release beside it (unchanged files
hard-linked from the current release, never copied or modified in place), then swaps the link with one
`os.replace`: a reader (our server, nginx, a static host, a program on disk) that resolves the path sees
either the whole old release or the whole new one, never a mix. Older releases stay for a while so a reader
that resolved one just before the swap can finish, then they are removed.

`publish/stations.history.json` records, for every published file version, when it was first and last
published (its pubDate, and how long a withdrawn version stays downloadable), and the publish times.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import secrets
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

from pipeline.atomic import write_json

logger = logging.getLogger(__name__)

KEEP_RELEASES = 3  # the newest releases always kept, whatever their age
RELEASE_MIN_AGE = timedelta(minutes=10)  # a superseded release stays at least this long for slow readers


def releases_dir(dest: Path) -> Path:
    """Where the release folders of the published path `dest` live (beside it, outside what is served)."""
    return dest.parent / f"{dest.name}.releases"


def history_path(dest: Path) -> Path:
    """The publish history file of the published path `dest`."""
    return dest.parent / f"{dest.name}.history.json"


@contextlib.contextmanager
def publish_lock(dest: Path) -> Iterator[None]:
    """One publish of `dest` at a time: a second one waits for the first to finish (an advisory file lock)."""
    with open(dest.parent / f".{dest.name}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def new_release(dest: Path, now: datetime) -> Path:
    """A new, empty release folder named after the publish time (UTC) and a random suffix."""
    parent = releases_dir(dest)
    parent.mkdir(parents=True, exist_ok=True)
    name = f"{now.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"
    folder = parent / name
    folder.mkdir()
    return folder


def current_release(dest: Path) -> Path | None:
    """The release folder `dest` points at now (a plain folder from before releases counts too), or None."""
    if dest.is_symlink():
        target = Path(os.path.realpath(dest))
        return target if target.is_dir() else None
    return dest if dest.is_dir() else None


def link_or_copy(src: Path, dest: Path) -> None:
    """Put an immutable published file into a new release: a hard link, or a copy where links are impossible."""
    try:
        os.link(src, dest)
    except OSError:
        shutil.copy2(src, dest)


def switch_to(dest: Path, release: Path) -> None:
    """Point `dest` at `release` in one atomic step (a new symlink renamed over the old one).

    A `dest` that is still a plain folder (published before releases existed) is moved into the releases
    folder first; that one migration is the only moment a reader can find nothing at `dest`.
    """
    target = os.path.relpath(release, dest.parent)
    if dest.exists() and not dest.is_symlink():
        legacy = releases_dir(dest) / f"legacy-{secrets.token_hex(3)}"
        logger.info("moving the old folder %s to %s: %s becomes a link to its current release", dest, legacy, dest)
        os.replace(dest, legacy)
    tmp_link = dest.parent / f".{dest.name}.link-{secrets.token_hex(4)}"
    os.symlink(target, tmp_link)
    try:
        os.replace(tmp_link, dest)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp_link.unlink()


def _modified_ns(path: Path) -> int | None:
    """A folder's modification time, or None when it is gone (removed by someone else since it was listed)."""
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return None


def prune_releases(dest: Path, now: datetime) -> list[Path]:
    """Remove releases that are neither current, nor among the newest few, nor superseded only recently.

    Every modification time is read once, before anything is removed: a release is superseded when the next
    newer one was made, even if that one is removed in the same pass (or vanished meanwhile).
    """
    parent = releases_dir(dest)
    if not parent.is_dir():
        return []
    current = current_release(dest)
    listed = ((p, _modified_ns(p)) for p in parent.iterdir() if p.is_dir() and not p.name.startswith("."))
    releases = sorted(((p, mtime) for p, mtime in listed if mtime is not None), key=lambda r: r[1], reverse=True)
    removed = []
    for number, ((_, newer_ns), (release, _)) in enumerate(zip(releases, releases[1:]), start=1):
        if number < KEEP_RELEASES or (current and release.resolve() == current.resolve()):
            continue
        superseded = datetime.fromtimestamp(newer_ns / 1e9, timezone.utc)
        if now - superseded < RELEASE_MIN_AGE:
            continue
        shutil.rmtree(release, ignore_errors=True)
        removed.append(release)
    for leftover in parent.glob(".tmp-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    return removed


def load_history(dest: Path) -> dict[str, Any]:
    """The publish history (`{"publishes": [...], "versions": {file: {...}}}`); empty when there is none yet."""
    try:
        data = json.loads(history_path(dest).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"publishes": [], "versions": {}}
    if not isinstance(data, dict) or not isinstance(data.get("versions"), dict):
        return {"publishes": [], "versions": {}}
    data.setdefault("publishes", [])
    return data


def next_release_number(history: dict[str, Any], current: Path | None) -> int:
    """One more than the last release number (from the history, or the current release's index.json when the
    history was lost): stations refuse a signed release older than one they accepted."""
    numbers = [history.get("release_number")]
    if current is not None:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            numbers.append(json.loads((current / "index.json").read_text(encoding="utf-8")).get("release_number"))
    return max([n for n in numbers if isinstance(n, int) and not isinstance(n, bool)] + [0]) + 1


def record_publish(history: dict[str, Any], now: datetime, current: dict[str, str],
                   number: int | None = None) -> dict[str, Any]:
    """The history after a publish at `now` of the `current` files (name -> text id), release `number`; keeps 100
    publish times."""
    stamp = now.astimezone(timezone.utc).isoformat(timespec="seconds")
    versions = dict(history.get("versions", {}))
    for name, text_id in current.items():
        record = dict(versions.get(name) or {"id": text_id, "first_published": stamp})
        record["last_published"] = stamp
        versions[name] = record
    publishes = (list(history.get("publishes", [])) + [stamp])[-100:]
    recorded = {"publishes": publishes, "versions": versions}
    number = number if number is not None else history.get("release_number")
    return {**recorded, "release_number": number} if number is not None else recorded


def first_published(history: dict[str, Any], name: str) -> datetime | None:
    """When the file `name` was first published, from the history."""
    record = history.get("versions", {}).get(name)
    if not record:
        return None
    with contextlib.suppress(ValueError, TypeError, KeyError):
        return datetime.fromisoformat(record["first_published"])
    return None


def still_in_grace(history: dict[str, Any], name: str, now: datetime, grace: timedelta) -> bool:
    """Whether a file no longer current was last published less than `grace` ago (so it stays downloadable)."""
    record = history.get("versions", {}).get(name)
    if not record:
        return False
    try:
        last = datetime.fromisoformat(record["last_published"])
    except (ValueError, TypeError, KeyError):
        return False
    return now - last < grace


def save_history(dest: Path, history: dict[str, Any], keep: set[str]) -> None:
    """Write the history, forgetting versions no longer in any release (`keep`: names still on disk)."""
    history = {**history, "versions": {k: v for k, v in history["versions"].items() if k in keep}}
    write_json(history_path(dest), history)
