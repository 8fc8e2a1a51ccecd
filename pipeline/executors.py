"""Where planned render jobs run: inline, in a local process pool, or on a Dask distributed cluster.

The build (pipeline.build) plans and records; an executor only runs `fn(*args)` calls and hands back each
one's outcome, tagged with the token `submit` returned. Every executor gives the same outcomes for the same
calls, so manifests and up-to-date decisions do not depend on where a job ran.

- A worker that dies (killed, out of memory) loses only the job it was rendering: that job is submitted
  again once; a second loss makes it a failed job ("the worker rendering it died twice"). A local pool
  breaks as a whole when one worker dies, so the jobs the other workers were rendering are resubmitted too,
  without counting against them.
- Outputs are written by the workers themselves, straight into the output folder (temp name, journaled
  intent, rename: pipeline.atomic). On several machines that folder must be shared and have the same path
  everywhere (see README, "Several machines").
- Workers report progress events (a job started, frames done in a clip) through a multiprocessing queue
  (local pool) or Dask's event topics (`Worker.log_event`, `Client.subscribe_topic`); `events()` hands
  them to the progress display.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import contextlib
import ctypes
import gc
import itertools
import logging
import os
import pickle
import queue
import signal
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Callable, Iterator

from pipeline.errors import PipelineError, UsageError

log = logging.getLogger(__name__)

EXECUTORS = ("local", "dask")
PROGRESS_TOPIC = "media-pipeline-progress"
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3   # mallopt parameters (malloc.h)
LOST_TWICE = "the worker rendering it died twice (killed from outside or out of memory)"
_FRAME_REPORT_INTERVAL_S = 0.25
# A LocalCluster's own bookkeeping, cut to what a build needs (workers get the config the cluster starts
# with). By default each worker samples its stack every 10 ms for the dashboard's profile, every process
# checks its event loop every 20 ms and its memory every 100 ms, and the scheduler tries to steal tasks
# every second: with the dashboard off nobody reads those, and they were most of the extra CPU a Dask build
# used over the local pool for the same jobs.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
    "distributed.worker.multiprocessing-method": "forkserver",
}
# What the fork server imports once for every worker it forks: Dask, and the build's side of a job (its
# arguments are unpickled into these), as a pool worker forked from the build finds them imported; then the
# selected stages' renderers (Stage.worker_imports, added when the cluster starts).
FORKSERVER_PRELOAD = ["distributed", "numpy", "pipeline.build", "pipeline.stages", "pipeline.executors"]

# In the process rendering a job: where progress events go, and the token of the job being rendered.
_reporter: Callable[[dict], None] | None = None
_current_token: int | None = None


# --- the worker side --------------------------------------------------------------------------------

def report(event: dict) -> None:
    """Send a progress event about the job being rendered in this process (no-op outside a job)."""
    if _reporter is None or _current_token is None:
        return
    with contextlib.suppress(Exception):  # progress must never break a render
        _reporter({**event, "token": _current_token})


_last_frames_report = 0.0


def frames_done(done: int, total: int) -> None:
    """Report a clip's frames done to the progress display: at most every 0.25 s, and the last frame."""
    global _last_frames_report
    if _reporter is None or _current_token is None:
        return
    now = time.monotonic()
    if now - _last_frames_report >= _FRAME_REPORT_INTERVAL_S or done >= total:
        _last_frames_report = now
        report({"kind": "frames", "done": done, "total": total})


def frame_logger():
    """A proglog logger for MoviePy's write_videofile that reports frames done, or None outside a job."""
    if _reporter is None or _current_token is None:
        return None
    import proglog

    class FrameProgress(proglog.ProgressBarLogger):
        """Reports `frame_index` progress at most every 0.25 s (and the last frame)."""

        last = 0.0

        def bars_callback(self, bar, attr, value, old_value=None):
            total = self.bars.get(bar, {}).get("total") or 0
            if bar != "frame_index" or attr != "index" or value >= total:   # proglog's closing call: seen
                return
            now = time.monotonic()
            if now - self.last >= _FRAME_REPORT_INTERVAL_S or value + 1 >= total:
                self.last = now
                report({"kind": "frames", "done": value + 1, "total": total})

    return FrameProgress()


def run_reported(token: int, fn: Callable, args: tuple, reporter: Callable[[dict], None] | None = None):
    """Run one job's call with progress reporting on; the first event says it started, and where."""
    global _reporter, _current_token
    if reporter is not None:
        _reporter = reporter
    _current_token = token
    try:
        report({"kind": "start", "pid": os.getpid(), "host": _hostname()})
        return fn(*args)
    finally:
        _current_token = None


def _dask_run(token: int, fn: Callable, args: tuple):
    """run_reported on a Dask worker: events go to the client through the worker's event log."""
    from distributed import get_worker

    worker = get_worker()
    _restore_malloc_thresholds()
    return run_reported(token, fn, args, lambda event: worker.log_event(PROGRESS_TOPIC, event))


_MALLOC_RESTORED = False


def _restore_malloc_thresholds() -> None:
    """Undo, in a Dask worker, the fixed malloc trim threshold its nanny sets (MALLOC_TRIM_THRESHOLD_=65536).

    Fixing it turns off glibc's dynamic mmap threshold, so every buffer over 128 KiB (a second of audio, a
    video frame) is mapped and unmapped anew, page faults included: a bulletin took 46 % longer in a Dask
    worker than in a pool worker (24.5 s against 16.8 s for three). Larger thresholds, as glibc's dynamic
    rule would reach, put the speed back (17.2 s); glibc only, a no-op elsewhere.
    """
    global _MALLOC_RESTORED
    if _MALLOC_RESTORED or "MALLOC_TRIM_THRESHOLD_" not in os.environ or not sys.platform.startswith("linux"):
        return
    _MALLOC_RESTORED = True
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024)
        libc.mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024)
    except (OSError, AttributeError):  # not glibc (musl...): nothing to undo there
        log.debug("mallopt not available; malloc thresholds left as they are")


def _init_pool_worker(lock_fd: int, parent_pid: int, events) -> None:
    from pipeline.processes import init_worker

    global _reporter
    init_worker(lock_fd, parent_pid)
    _reporter = events.put


def _dask_log_level() -> int:
    """Dask's own logging follows the build's (-v shows it): WARNING unless debugging."""
    level = logging.WARNING if logging.getLogger().getEffectiveLevel() > logging.DEBUG else logging.INFO
    logging.getLogger("distributed").setLevel(level)
    return level


def _hostname() -> str:
    import socket

    return socket.gethostname()


def die_with_build(build_pid: int, interval_s: float = 0.5) -> None:
    """In a LocalCluster's worker or nanny: exit when the build process is gone, however it died."""
    import threading

    def watch() -> None:
        while True:
            try:
                os.kill(build_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except OSError:
                pass
            time.sleep(interval_s)

    threading.Thread(target=watch, daemon=True, name="build-watch").start()


def worker_identity(out_dir: str) -> dict:
    """What a (Dask) worker sees: its code version and whether the output folder is there and writable."""
    from pipeline import __version__

    return {"version": __version__, "out_dir": os.path.isdir(out_dir) and os.access(out_dir, os.W_OK)}


class Shared:
    """An argument that many calls carry (a stage's campaign, ~75 KB pickled for 100 texts): pickled once for
    all of them, and unpickled once in each worker process, which then hands every call the same object, as
    the inline executor does. A call receives the value itself, never this wrapper.

    Workers forked after `hand_down()` find the value under its key and are sent only the key: the pickled value
    travelled with every call, 1.5 MB a job for 2,000 texts (~2 ms of pipe and copies, most of the growth of a
    big build's cost per job)."""

    __slots__ = ("value", "key", "_pickled", "inherited")
    _keys = itertools.count(1)

    def __init__(self, value: Any):
        self.value = value
        self.key = f"{os.getpid()}-{time.time_ns()}-{next(self._keys)}"
        self._pickled: bytes | None = None
        self.inherited = False

    def hand_down(self) -> None:
        """In the build process, just before it forks workers: they inherit the value under its key."""
        _keep(self.key, self.value)
        self.inherited = True

    def __reduce__(self):
        if self.inherited:
            return _shared_value, (self.key, None)
        if self._pickled is None:
            self._pickled = pickle.dumps(self.value, protocol=pickle.HIGHEST_PROTOCOL)
        return _shared_value, (self.key, self._pickled)


_SHARED_KEPT = 4
_shared_values: collections.OrderedDict[str, Any] = collections.OrderedDict()


def _keep(key: str, value: Any) -> None:
    _shared_values[key] = value
    while len(_shared_values) > _SHARED_KEPT:
        _shared_values.popitem(last=False)


def _shared_value(key: str, pickled: bytes | None) -> Any:
    """In a worker: a Shared argument's value, unpickled the first time its key arrives (a few are kept); one
    handed down by fork (sent without its bytes) is there already."""
    if key not in _shared_values:
        if pickled is None:
            raise RuntimeError(f"shared value {key} was sent without its bytes to a worker that did not inherit it")
        _keep(key, pickle.loads(pickled))
    return _shared_values[key]


def _unshared(args: tuple) -> tuple:
    """The arguments of a call run in this process: Shared ones as their values."""
    return tuple(arg.value if isinstance(arg, Shared) else arg for arg in args)


# --- the build side ---------------------------------------------------------------------------------

class Executor:
    """Runs submitted calls; `finished()` returns (token, outcome) pairs, `events()` progress events.

    An outcome is whatever the call returned, or `(None, message, None)` for a job whose worker died twice.
    """

    name = "inline"
    parallel = True   # several calls run at once (the order of submission decides how well they fill the workers)

    def __init__(self):
        self._tokens = itertools.count(1)
        self._events: collections.deque[dict] = collections.deque()

    def start(self) -> None:
        """Start the workers (called only when a stage has something to render)."""

    def submit(self, fn: Callable, *args) -> int:
        """Queue `fn(*args)`; returns the token its outcome will carry."""
        raise NotImplementedError

    def finished(self, timeout: float) -> list[tuple[int, Any]]:
        """The outcomes that arrived within `timeout` seconds (at least one, unless the time ran out)."""
        raise NotImplementedError

    def completed(self) -> list[tuple[int, Any]]:
        """The outcomes already there, without waiting or starting anything (used when interrupted)."""
        return []

    def events(self) -> list[dict]:
        """The progress events received since the last call."""
        events = list(self._events)
        self._events.clear()
        return events

    def stop(self) -> None:
        """Drop what has not started and stop the renders in flight now (the build was interrupted)."""

    def close(self) -> None:
        """Release the workers."""

    def describe(self) -> str:
        """A few words for the progress display."""
        return "inline"

    def forks_workers(self) -> bool:
        """The next submit forks this process's workers (which then inherit what it has loaded)."""
        return False


class InlineExecutor(Executor):
    """One job at a time in the build process itself (-j 1): no worker to lose."""

    parallel = False

    def __init__(self):
        super().__init__()
        self._queue: collections.deque = collections.deque()

    def submit(self, fn: Callable, *args) -> int:
        token = next(self._tokens)
        self._queue.append((token, fn, args))
        return token

    def finished(self, timeout: float) -> list[tuple[int, Any]]:
        if not self._queue:
            time.sleep(min(timeout, 0.05))
            return []
        token, fn, args = self._queue.popleft()
        return [(token, run_reported(token, fn, _unshared(args), self._events.append))]

    def stop(self) -> None:
        self._queue.clear()


class _Submitted:
    """One call and how many times a dying worker has lost it."""

    __slots__ = ("fn", "args", "losses", "where")

    def __init__(self, fn, args):
        self.fn, self.args, self.losses, self.where = fn, args, 0, None


class _WorkerExecutor(Executor):
    """An executor whose calls run in worker processes; each outcome arrives as a done future on a queue."""

    def __init__(self):
        super().__init__()
        self._calls: dict[int, _Submitted] = {}
        self._futures: dict[Any, int] = {}
        self._done: queue.Queue = queue.Queue()

    def submit(self, fn: Callable, *args) -> int:
        token = next(self._tokens)
        self._calls[token] = _Submitted(fn, args)
        self._send(token)
        return token

    def _send(self, token: int) -> None:
        """Hand call `token` to a worker; its future goes to `_done` when it ends."""
        raise NotImplementedError

    def _outcome(self, future) -> list[tuple[int, Any]]:
        """The outcome(s) a done future gives (none when its job was resubmitted)."""
        raise NotImplementedError

    def _drain_events(self) -> None:
        """Move the workers' progress events to `_events`."""

    @staticmethod
    def _succeeded(future) -> bool:
        """The future's call returned (it was neither cancelled nor lost)."""
        raise NotImplementedError

    def completed(self) -> list[tuple[int, Any]]:
        outcomes: list[tuple[int, Any]] = []
        with contextlib.suppress(queue.Empty):
            while True:
                future = self._done.get_nowait()
                if self._succeeded(future):
                    outcomes.extend(self._outcome(future))
        return outcomes

    def finished(self, timeout: float) -> list[tuple[int, Any]]:
        outcomes: list[tuple[int, Any]] = []
        deadline = time.monotonic() + timeout
        while not outcomes:
            try:
                future = self._done.get(timeout=max(0.0, min(0.1, deadline - time.monotonic())))
            except queue.Empty:
                self._drain_events()
                if time.monotonic() >= deadline:
                    break
                continue
            outcomes.extend(self._outcome(future))
        self._drain_events()
        return outcomes


class PoolExecutor(_WorkerExecutor):
    """A local pool of `jobs` worker processes (forked on Linux) that die with the build."""

    name = "local"

    def __init__(self, jobs: int, lock_fd: int):
        super().__init__()
        self.jobs, self.lock_fd = jobs, lock_fd
        self.pool: cf.ProcessPoolExecutor | None = None
        self._event_queue = None

    def start(self) -> None:
        if self.pool is not None:
            return
        import multiprocessing

        from pipeline.processes import new_pool

        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self._event_queue = context.Queue()   # one per pool: a worker killed mid-put cannot jam the next
        if context.get_start_method() == "fork":
            # The workers, forked at the first submit, inherit the shared arguments of the calls to come
            # (a stage's campaign): each call then carries only their keys.
            for call in self._calls.values():
                for arg in call.args:
                    if isinstance(arg, Shared):
                        arg.hand_down()
            # The build's objects as forked stay out of the workers' garbage collections (which would write
            # to every page holding one, copying it) and out of the build's own from now on; see close().
            gc.freeze()
        self.pool = new_pool(self.jobs, self.lock_fd, context, _init_pool_worker, (self._event_queue,))

    def forks_workers(self) -> bool:
        return self.pool is None and sys.platform.startswith("linux")

    def _send(self, token: int) -> None:
        self.start()
        call = self._calls[token]
        call.where = None
        future = self.pool.submit(run_reported, token, call.fn, call.args)
        self._futures[future] = token
        future.add_done_callback(self._done.put)

    @staticmethod
    def _succeeded(future) -> bool:
        return not future.cancelled() and future.exception() is None

    def _outcome(self, future: cf.Future) -> list[tuple[int, Any]]:
        token = self._futures.pop(future, None)
        if token is None or future.cancelled():
            return []
        error = future.exception()
        if error is None:
            self._calls.pop(token, None)
            return [(token, future.result())]
        if not isinstance(error, BrokenProcessPool):
            raise error
        return self._recover(token)

    def _recover(self, first_token: int) -> list[tuple[int, Any]]:
        """A worker died and took the pool down: charge the job(s) it was rendering, resubmit the rest."""
        self._drain_events()
        outcomes, lost = [], [first_token]
        for future, token in self._futures.items():   # what the dead pool had: finished before it broke, or lost
            if future.done() and self._succeeded(future):
                self._calls.pop(token, None)
                outcomes.append((token, future.result()))
            else:
                lost.append(token)
        culprits = self._dead_pids()
        old_pool, self.pool = self.pool, None
        self._futures.clear()
        with contextlib.suppress(Exception):
            old_pool.shutdown(wait=False, cancel_futures=True)
        while True:   # the dead pool's futures still queued: all handled above
            try:
                self._done.get_nowait()
            except queue.Empty:
                break
        for token in lost:
            call = self._calls[token]
            started = call.where is not None
            if started and (not culprits or call.where in culprits):
                call.losses += 1
                log.warning("a worker died while rendering job %s (loss %d)", token, call.losses)
            if call.losses >= 2:
                self._calls.pop(token)
                outcomes.append((token, (None, LOST_TWICE, None)))
            else:
                self._send(token)
        return outcomes

    def _dead_pids(self) -> set[int]:
        """Workers that died of something else than the pool's own SIGTERM (empty when it cannot tell)."""
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        deadline = time.monotonic() + 2
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
        return {process.pid for process in processes
                if process.exitcode is not None and process.exitcode != -signal.SIGTERM}

    def _drain_events(self) -> None:
        if self._event_queue is None:
            return
        with contextlib.suppress(queue.Empty, OSError, EOFError, ValueError):
            while True:
                event = self._event_queue.get_nowait()
                call = self._calls.get(event.get("token"))
                if event.get("kind") == "start" and call is not None:
                    call.where = event.get("pid")
                self._events.append(event)

    def stop(self) -> None:
        if self.pool is not None:
            from pipeline.processes import stop_workers

            stop_workers(self.pool)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
            gc.unfreeze()   # collectable again, in a process that goes on (tests, a server)

    def describe(self) -> str:
        return f"{self.jobs} local worker processes"


class DaskExecutor(_WorkerExecutor):
    """A Dask distributed cluster: the one at `scheduler`, or a LocalCluster of `jobs` single-thread workers."""

    name = "dask"

    def __init__(self, scheduler: str | None, jobs: int, out_dir: Path, worker_imports: tuple[str, ...] = ()):
        super().__init__()
        self.scheduler, self.jobs, self.out_dir = scheduler, jobs, Path(out_dir)
        self.worker_imports = tuple(worker_imports)   # for a LocalCluster's fork server (Stage.worker_imports)
        self.client = None
        self.cluster = None
        self._incoming: queue.Queue = queue.Queue()

    def start(self) -> None:
        if self.client is not None:
            return
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError("--executor dask needs Dask distributed: pip install 'media-pipeline[dask]' "
                             "(or pip install 'distributed>=2024.1')") from None
        try:
            if self.scheduler:
                _dask_log_level()
                self.client = Client(self.scheduler, timeout="20s")
            else:
                # a worker that dies fails its task at once: the build retries it once itself
                # Everything on loopback: the scheduler, the workers and the scheduler's HTTP server (which
                # serves /health and /metrics even with the dashboard off; ":0" would mean every interface).
                with dask.config.set({"distributed.scheduler.allowed-failures": 0, **LOCAL_CLUSTER_CONFIG}):
                    from distributed.utils import get_mp_context

                    # after Dask's own list; no effect once this process's fork server runs (a second cluster)
                    get_mp_context().set_forkserver_preload([*FORKSERVER_PRELOAD, *self.worker_imports])
                    self.cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                                host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                                scheduler_kwargs={"dashboard": False},
                                                silence_logs=_dask_log_level())
                self.client = Client(self.cluster)
                for nanny in (False, True):   # a killed build leaves no LocalCluster process behind
                    self.client.run(die_with_build, os.getpid(), nanny=nanny)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise PipelineError(f"cannot reach the Dask scheduler {self.scheduler or '(local)'}: {exc}") from None
        self.client.subscribe_topic(PROGRESS_TOPIC, lambda event: self._incoming.put(event[1]))
        self._check_workers()

    def _check_workers(self) -> None:
        """Every worker runs this code version and sees the output folder (on several machines: shared)."""
        from pipeline import __version__

        seen = self.client.run(worker_identity, str(self.out_dir.resolve()))
        if not seen:
            log.warning("the Dask cluster has no worker yet; jobs wait until one joins")
        for address, identity in seen.items():
            if identity["version"] != __version__:
                raise PipelineError(f"Dask worker {address} runs media-pipeline {identity['version']}, this "
                                    f"build {__version__}: install the same version on every machine")
            if not identity["out_dir"]:
                raise PipelineError(f"Dask worker {address} cannot write {self.out_dir.resolve()}: the output "
                                    "folder must be shared, with the same path, on every machine")

    def _send(self, token: int) -> None:
        self.start()
        call = self._calls[token]
        future = self.client.submit(_dask_run, token, call.fn, call.args, pure=False,
                                    key=f"render-{token}-{call.losses}-{os.getpid()}-{time.time_ns()}")
        self._futures[future] = token
        future.add_done_callback(self._done.put)

    @staticmethod
    def _succeeded(future) -> bool:
        return future.status == "finished"

    def _outcome(self, future) -> list[tuple[int, Any]]:
        from distributed import KilledWorker

        token = self._futures.pop(future, None)
        if token is None:
            return []
        if future.status == "finished":
            self._calls.pop(token, None)
            return [(token, future.result())]
        if future.status != "error":   # cancelled or lost by the cluster (a scheduler restarted...), not by us
            self._calls.pop(token, None)
            return [(token, (None, f"Dask: the cluster dropped the job ({future.status})", None))]
        error = future.exception()
        if not isinstance(error, KilledWorker):
            self._calls.pop(token, None)
            return [(token, (None, f"Dask: {type(error).__name__}: {error}", None))]
        call = self._calls[token]
        call.losses += 1
        log.warning("a Dask worker died while rendering job %s (loss %d)", token, call.losses)
        if call.losses >= 2:
            self._calls.pop(token)
            return [(token, (None, LOST_TWICE, None))]
        self._send(token)
        return []

    def _drain_events(self) -> None:
        with contextlib.suppress(queue.Empty):
            while True:
                self._events.append(self._incoming.get_nowait())

    def stop(self) -> None:
        if self.client is not None:
            with contextlib.suppress(Exception):
                self.client.cancel(list(self._futures), force=True)
        self.close()

    def close(self) -> None:
        client, cluster, self.client, self.cluster = self.client, self.cluster, None, None
        with contextlib.suppress(Exception):
            if client is not None:
                client.close(timeout=10)
        with contextlib.suppress(Exception):
            if cluster is not None:
                cluster.close(timeout=10)
        if cluster is not None:
            from pipeline.processes import stop_helper_processes

            stop_helper_processes()

    def describe(self) -> str:
        return f"Dask at {self.scheduler}" if self.scheduler else f"Dask LocalCluster of {self.jobs} workers"


SCHEDULER_PROTOCOLS = ("tcp", "tls", "ws", "wss")
_TLS_PROTOCOLS = ("tls", "wss")


def check_scheduler(address: str) -> None:
    """`--scheduler` as Dask will read it, checked before anything is planned: a UsageError naming the option
    for an unknown protocol, a missing host or port, or TLS without the client's certificates in Dask's
    configuration (`distributed.comm.tls.*`, e.g. DASK_DISTRIBUTED__COMM__TLS__CA_FILE)."""
    protocol, _, location = address.partition("://") if "://" in address else ("tcp", "", address)
    if protocol not in SCHEDULER_PROTOCOLS:
        raise UsageError(f"--scheduler {address}: unknown protocol {protocol!r} (one of "
                         f"{', '.join(p + '://' for p in SCHEDULER_PROTOCOLS)})")
    host, colon, port = location.rpartition(":")
    if not colon or not host.strip("[]") or not port.isdigit() or not 0 < int(port) < 65536 or "/" in location:
        raise UsageError(f"--scheduler {address}: expected {protocol}://HOST:PORT, e.g. tcp://10.0.0.5:8786")
    if protocol in _TLS_PROTOCOLS:
        try:
            from distributed.security import Security
        except ImportError:
            raise UsageError("--executor dask needs Dask distributed: pip install 'media-pipeline[dask]' "
                             "(or pip install 'distributed>=2024.1')") from None
        try:
            context = Security().get_connection_args("client").get("ssl_context")
        except (OSError, ValueError) as exc:
            raise UsageError(f"--scheduler {address}: Dask's TLS configuration is unusable ({exc})") from None
        if context is None:
            raise UsageError(f"--scheduler {address}: {protocol}:// needs the client's TLS files in Dask's "
                             "configuration: distributed.comm.tls.ca-file, .client.cert and .client.key (or "
                             "DASK_DISTRIBUTED__COMM__TLS__CA_FILE, __CLIENT__CERT, __CLIENT__KEY)")


@contextlib.contextmanager
def make_executor(kind: str, jobs: int, lock_fd: int, out_dir: Path, scheduler: str | None = None,
                  worker_imports: tuple[str, ...] = ()) -> Iterator[Executor]:
    """The executor for `build --executor KIND`; its workers start at the first submit and stop on the way out.
    `worker_imports`: the modules the renders will import (a LocalCluster's workers get them from its fork server)."""
    if kind not in EXECUTORS:
        raise UsageError(f"--executor {kind}: one of {', '.join(EXECUTORS)}")
    if scheduler and kind != "dask":
        raise UsageError("--scheduler needs --executor dask")
    if scheduler:
        check_scheduler(scheduler)
    if kind == "dask":
        executor: Executor = DaskExecutor(scheduler, jobs, out_dir, worker_imports)
    elif jobs <= 1:
        executor = InlineExecutor()
    else:
        executor = PoolExecutor(jobs, lock_fd)
    try:
        yield executor
    except BaseException:
        executor.stop()
        raise
    finally:
        executor.close()
