"""Derived data kept between builds by content, under the output folder's `.cache/` (the folder variants share).

What a build derives from its inputs the same way every time (the campaign logo converted to CMYK at a print
size) is worth keeping when deriving it is slow and happens in the build's serial start, before the workers
fork. An entry is named by the SHA-256 of everything it depends on (its inputs' hashes, the code that made it,
the versions of the libraries that did), so a changed input or a new version finds no entry instead of a stale
one. Entries are written atomically (pipeline.atomic) and carry the SHA-256 of their payload: a damaged or
truncated entry (a full disk, a hand edit) reads as absent, and the caller derives it again and replaces it.

The build says where the cache is (`use`) for the warm-up and for every job; outside a build (a test calling a
renderer, `preview`) there is none and nothing is read or written.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import logging
from pathlib import Path
from typing import Iterator

from pipeline import atomic

log = logging.getLogger(__name__)

_MAGIC = b"MPDC1\n"
_DIGEST = 32
_folder: Path | None = None


def use(folder: Path | None) -> None:
    """Keep derived data under `folder` (`<out>/.cache`) from now on in this process; None: keep none."""
    global _folder
    _folder = Path(folder) if folder is not None else None


@contextlib.contextmanager
def using(folder: Path | None) -> Iterator[None]:
    """`use(folder)` for the duration of the block, then the previous folder again."""
    previous = _folder
    use(folder)
    try:
        yield
    finally:
        use(previous)


def key(kind: str, **parts) -> str:
    """The entry name of `kind` for these parts (JSON-able): the SHA-256 of them all."""
    text = json.dumps({"kind": kind, **parts}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def path_of(kind: str, name: str) -> Path | None:
    """Where entry `name` of `kind` lives, or None when no cache is in use."""
    if _folder is None:
        return None
    return _folder / kind / name[:2] / name


def read(kind: str, name: str) -> bytes | None:
    """The payload of an entry; None when there is no cache, no entry, or a damaged one."""
    path = path_of(kind, name)
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    start = len(_MAGIC) + _DIGEST
    payload = data[start:]
    if not data.startswith(_MAGIC) or hashlib.sha256(payload).digest() != data[len(_MAGIC):start]:
        log.info("cache: %s is damaged; making it again", path)
        return None
    return payload


def write(kind: str, name: str, payload: bytes) -> None:
    """Keep `payload` as entry `name` of `kind` (atomically); a failure to write costs only the next build's time."""
    path = path_of(kind, name)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(path, _MAGIC + hashlib.sha256(payload).digest() + payload)
    except OSError as exc:
        log.warning("cache: cannot keep %s: %s", path, exc)


@functools.lru_cache(maxsize=32)
def source_hash(*modules: str) -> str:
    """SHA-256 of the source files of the named (already importable) modules: the code part of a key."""
    digest = hashlib.sha256()
    for name in modules:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        digest.update(name.encode() + b"\0" + (Path(origin).read_bytes() if origin else b"") + b"\0")
    return digest.hexdigest()
