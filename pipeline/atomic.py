"""Atomic file writes: a temp file in the destination folder, then os.replace.

A killed build never leaves a half-written PDF, MP3 or manifest behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterator

# Called with (dest_path, tmp_path) just before a temp file replaces its destination; the build sets it while
# a job renders, to journal the new file's hash first (see pipeline.manifest).
before_replace: Callable[[Path, Path], None] | None = None


@contextlib.contextmanager
def atomic_path(dest_path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `dest_path` (same suffix); on success it replaces `dest_path`.

    The suffix is kept so that tools choosing a format by extension (ffmpeg, Pillow) still work.
    """
    dest_path = Path(dest_path)
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest_path.stem}.", suffix=f".tmp{dest_path.suffix}",
                                    dir=dest_path.parent)
    # mkstemp makes the file private (0600); outputs are meant to be shared, so follow the umask like open()
    os.fchmod(fd, 0o666 & ~_umask())
    os.close(fd)
    tmp_path = Path(tmp_name)
    try:
        yield tmp_path
        if before_replace is not None:
            before_replace(dest_path, tmp_path)
        os.replace(tmp_path, dest_path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()


def _umask() -> int:
    """The process umask (reading it means setting it, so set it straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(dest_path: Path | str, data: bytes, durable: bool = False) -> None:
    """Write `data` to `dest_path` atomically; `durable` also fsyncs it before the rename (survives a power cut)."""
    with atomic_path(dest_path) as tmp_path:
        with open(tmp_path, "wb") as f:
            f.write(data)
            if durable:
                f.flush()
                os.fsync(f.fileno())


def write_text(dest_path: Path | str, text: str, durable: bool = False) -> None:
    """Write UTF-8 `text` to `dest_path` atomically."""
    write_bytes(dest_path, text.encode("utf-8"), durable)


def write_json(dest_path: Path | str, data, durable: bool = False) -> None:
    """Write `data` as sorted, indented JSON atomically."""
    write_text(dest_path, json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n", durable)


def sha256_file(path: Path | str) -> str:
    """Hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
