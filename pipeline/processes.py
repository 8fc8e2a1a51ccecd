"""The processes of a build: the output folder's lock, workers that die with the build, stopping on signals.

- The lock is an `flock` on `<out>/.build.lock`, which the kernel releases when its owner dies however it
  dies; the file names the owner (pid, host, start time) for the message a second build prints. Workers are
  forked while the lock is held and would share it, so each worker closes its copy first thing.
- Workers ask the kernel to SIGKILL them when the build process dies (PR_SET_PDEATHSIG on Linux), and
  watch their parent as a fallback, so a killed build never leaves workers rendering on.
- SIGINT and SIGTERM become BuildInterrupted in the main process, except inside a `critical()` section
  (writing a journal line or a manifest), where the signal is held until the section ends.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import ctypes
import datetime as dt
import fcntl
import json
import logging
import os
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import Iterator

from pipeline.errors import PipelineError

log = logging.getLogger(__name__)

LOCK_NAME = ".build.lock"
PR_SET_PDEATHSIG = 1
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class BuildInterrupted(BaseException):
    """The build was stopped by a signal; exit status 128 + the signal's number, as a shell reports it.

    A BaseException like KeyboardInterrupt, so that no renderer's `except Exception` can swallow it.
    """

    def __init__(self, signum: int, message: str | None = None):
        self.signum = signum
        self.exit_code = 128 + signum
        self.message = message or f"interrupted by {signal.Signals(signum).name}"
        super().__init__(self.message)


# --- the lock ---------------------------------------------------------------------------------------

@contextlib.contextmanager
def build_lock(out_dir: Path) -> Iterator[int]:
    """Only one build at a time writes into an output folder; yields the lock's file descriptor."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PipelineError(f"another build is running in {out_dir}{describe_owner(fd)}; "
                                "wait for it to finish") from None
        owner = {"pid": os.getpid(), "host": socket.gethostname(),
                 "started": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(owner) + "\n").encode(), 0)
        yield fd
    finally:
        os.close(fd)


def describe_owner(fd: int) -> str:
    """` (pid N on HOST, started T)` from the lock file, or "" when it does not say."""
    try:
        owner = json.loads(os.pread(fd, 4096, 0) or b"{}")
        return f" (pid {int(owner['pid'])} on {owner['host']}, started {owner['started']})"
    except (ValueError, KeyError, TypeError, OSError):
        return ""


# --- workers ----------------------------------------------------------------------------------------

def new_pool(jobs: int, lock_fd: int, context, initializer=None, initargs: tuple = ()) -> cf.ProcessPoolExecutor:
    """A pool of `jobs` worker processes that run init_worker (or `initializer(lock_fd, parent_pid, *initargs)`,
    which calls it); used by pipeline.executors. Fork (Linux) is fast and inherits the imported renderers."""
    # only a forked worker has a copy of the lock to drop; in a spawned one that number may be anything
    fd = lock_fd if context.get_start_method() == "fork" else -1
    if initializer is None:
        return cf.ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=init_worker,
                                      initargs=(fd, os.getpid()))
    return cf.ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=initializer,
                                  initargs=(fd, os.getpid(), *initargs))


def init_worker(lock_fd: int, parent_pid: int) -> None:
    """In each worker: drop the inherited lock, leave signals to the build, die with the build process."""
    if lock_fd >= 0:
        with contextlib.suppress(OSError):
            os.close(lock_fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl+C reaches the whole group; the build decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)   # not the handler inherited from the build process
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent_pid:  # the build died before prctl took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True, name="parent-watch").start()


def _watch_parent(parent_pid: int, interval_s: float = 0.5) -> None:
    """Fallback where PR_SET_PDEATHSIG does not exist: exit when the parent is gone (we were re-parented)."""
    import time

    while os.getppid() == parent_pid:
        time.sleep(interval_s)
    os._exit(1)


def stop_workers(pool: cf.ProcessPoolExecutor) -> None:
    """Cancel what has not started and kill the workers now (their renders in flight are lost, nothing else)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.kill()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(2)


def stop_helper_processes() -> None:
    """Stop multiprocessing's fork server and resource tracker, if this process started them (a LocalCluster's
    workers do): left alone they outlive the build for a moment, orphans in the build's process group."""
    from multiprocessing import forkserver, resource_tracker

    for helper in (getattr(forkserver, "_forkserver", None), getattr(resource_tracker, "_resource_tracker", None)):
        with contextlib.suppress(Exception):   # private API (3.8+): if it changes, the helper just ends later
            helper._stop()


# --- signals ----------------------------------------------------------------------------------------

class StopSignals:
    """SIGINT/SIGTERM raise BuildInterrupted, held back while a `critical()` section runs."""

    def __init__(self):
        self.depth = 0
        self.held: int | None = None
        self.previous: dict[int, object] = {}

    def __enter__(self) -> "StopSignals":
        if threading.current_thread() is threading.main_thread():
            for signum in STOP_SIGNALS:
                self.previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc_info) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def _handle(self, signum: int, frame) -> None:
        if self.depth:
            self.held = signum
        else:
            raise BuildInterrupted(signum)

    @contextlib.contextmanager
    def critical(self) -> Iterator[None]:
        """A section a signal must not cut in two (a journal line, a manifest); the signal acts after it."""
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if not self.depth and self.held is not None:
                signum, self.held = self.held, None
                raise BuildInterrupted(signum)
