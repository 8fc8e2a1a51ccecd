"""One run at a time in a folder, on every system a station may use.

Linux and macOS: `flock` on the lock file (the kernel releases it when its owner dies, however it dies).
Windows, which has no `fcntl`: `msvcrt.locking` on the file's first byte (also released by the system).
Anything else: the lock file created with O_EXCL holding the owner's pid, taken over when that process is
gone (a run killed on such a system leaves the file, and the next run checks its pid).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Iterator

from pipeline.errors import TransferError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # everything but Windows
    msvcrt = None  # type: ignore[assignment]


@contextlib.contextmanager
def only_one_run(path: Path, busy_message: str) -> Iterator[None]:
    """Hold the lock file `path` for the block; TransferError(busy_message) at once if another process holds it."""
    if fcntl is None and msvcrt is None:
        with _pid_file(path, busy_message):
            yield
        return
    with open(path, "a+b") as lock:
        try:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                lock.seek(0)
                msvcrt.locking(lock.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:  # BlockingIOError (flock), PermissionError (msvcrt): held by another process
            raise TransferError(busy_message) from None
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_UN)
            else:
                lock.seek(0)
                msvcrt.locking(lock.fileno(), msvcrt.LK_UNLCK, 1)


@contextlib.contextmanager
def _pid_file(path: Path, busy_message: str) -> Iterator[None]:
    for _ in range(3):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if _holder_alive(path):
                raise TransferError(busy_message) from None
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)  # left by a run that died
            continue
        with os.fdopen(fd, "w") as lock:
            lock.write(f"{os.getpid()}\n")
        try:
            yield
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        return
    raise TransferError(busy_message)


def _holder_alive(path: Path) -> bool:
    """Whether the pid in the lock file is a running process other than this one."""
    try:
        pid = int(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):  # empty: being written this moment, or left by a flock run long ago
        try:
            return time.time() - path.stat().st_mtime < 2
        except OSError:
            return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether it exists (never reached on Windows, see msvcrt above)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OSError:
        return False
    return True
