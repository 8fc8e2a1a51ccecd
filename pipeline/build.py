"""The build driver: plan every job of every stage, decide what is up to date, render the rest.

Stages run in dependency order; jobs inside a stage run in parallel processes (`-j N`). A stage's
manifest is rewritten atomically after every successful render, so a killed build resumes where it
stopped and a failed render never erases what was built before.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import datetime as dt
import fcntl
import hashlib
import logging
import os
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from pipeline.content import Campaign
from pipeline.errors import PipelineError
from pipeline.manifest import Manifest, output_record, output_state
from pipeline.stages import STAGES, stage_by_name
from pipeline.stages.base import Job, RenderContext, Rendered, Stage, code_hash, params_hash

log = logging.getLogger(__name__)


@dataclass
class PlannedJob:
    """A job and why it must be rendered (`reason`), or None when it is up to date."""

    job: Job
    reason: str | None


@dataclass
class StagePlan:
    """Every job of one stage with its decision, and the hashes that decided it."""

    stage: Stage
    settings: Any
    params_sha256: str
    code_sha256: str
    jobs: list[PlannedJob]
    failures: dict[str, dict] = field(default_factory=dict)  # job key -> last failure, from the manifest

    @property
    def to_build(self) -> list[PlannedJob]:
        """The jobs that need rendering."""
        return [planned for planned in self.jobs if planned.reason is not None]


@dataclass
class StageResult:
    """What one stage did in a build."""

    stage: str
    rendered: list[str] = field(default_factory=list)
    up_to_date: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)   # (job key, message)
    refused: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """The one-line summary of the stage."""
        parts = [f"{len(self.rendered)} rendered", f"{self.up_to_date} up to date"]
        if self.refused:
            parts.append(f"{self.refused} refused")
        if self.failed:
            parts.append(f"{len(self.failed)} FAILED")
        return f"{self.stage}: {', '.join(parts)} in {self.seconds:.1f} s"


@dataclass
class BuildReport:
    """Everything a build did; `exit_code` follows the contract (1 on refusal or failure)."""

    stages: list[StageResult]
    refused: list[tuple[str, str]]
    log_path: Path | None = None

    @property
    def exit_code(self) -> int:
        """0 when every approved text built and none was refused, else 1."""
        return 1 if self.refused or any(result.failed for result in self.stages) else 0


def select_stages(names: list[str] | tuple[str, ...] | None, registry=None) -> list[Stage]:
    """The named stages plus the stages they need, in registry (dependency) order."""
    registry = tuple(registry or STAGES)
    if not names:
        return list(registry)
    wanted: set[str] = set()
    by_name = {stage.name: stage for stage in registry}

    def add(name: str) -> None:
        stage = by_name.get(name) or stage_by_name(name)
        if stage.name not in wanted:
            wanted.add(stage.name)
            for need in stage.needs:
                add(need)

    for name in names:
        add(name)
    return [stage for stage in registry if stage.name in wanted]


def job_approval(campaign: Campaign, job: Job) -> str:
    """The approval a job's outputs stand for: the text's, or a hash of all its texts' approvals."""
    approvals = [f"{text_id}={campaign.text(text_id).approval}" for text_id in job.text_ids]
    if len(approvals) == 1:
        return campaign.text(job.text_ids[0]).approval or ""
    return "sha256:" + hashlib.sha256("\n".join(approvals).encode()).hexdigest()


def decide(campaign: Campaign, out_dir: Path, job: Job, old: dict | None, params_sha: str, code_sha: str,
           upstream: dict[str, str], pending: set[str], force: bool) -> str | None:
    """Why `job` must be rendered (a named reason), or None when its outputs are up to date."""
    if old is None:
        return "new"
    if force:
        return "forced"
    if old.get("approval") != job_approval(campaign, job):
        return "text changed"
    if old.get("params_sha256") != params_sha:
        return "params changed"
    if old.get("code_sha256") != code_sha:
        return "code changed"
    recorded_inputs = {entry["path"]: entry["sha256"] for entry in old.get("inputs", [])}
    for path in job.inputs:
        if path in pending or upstream.get(path) != recorded_inputs.get(path):
            return "input changed"
    records = {record["path"]: record for record in old.get("outputs", [])}
    for path in job.outputs:
        if path not in records:
            return "output missing"
    for path in job.outputs:
        state = output_state(out_dir, records[path])
        if state:
            return state
    return None


def plan_stage(stage: Stage, campaign: Campaign, out_dir: Path, manifest: Manifest,
               upstream: dict[str, str], pending: set[str], force: bool) -> StagePlan:
    """Decide every job of one stage against its manifest and the current outputs of the stages it needs."""
    settings = stage.settings(campaign)
    params_sha = params_hash(stage.params(campaign))
    code_sha = code_hash(stage.code + (type(stage).__module__,))
    planned = [PlannedJob(job, decide(campaign, out_dir, job, manifest.items.get(job.key), params_sha, code_sha,
                                      upstream, pending, force))
               for job in stage.jobs(campaign, settings)]
    return StagePlan(stage, settings, params_sha, code_sha, planned, dict(manifest.failed))


def plan_build(campaign: Campaign, out_dir: Path, stage_names=None, force: bool = False,
               registry=None) -> list[StagePlan]:
    """A dry run: every stage's plan, counting outputs of upstream jobs still to build as changed."""
    plans: list[StagePlan] = []
    upstream: dict[str, str] = {}
    pending: set[str] = set()
    for stage in select_stages(stage_names, registry):
        manifest = Manifest.load(out_dir, stage.name)
        plan = plan_stage(stage, campaign, out_dir, manifest, upstream, pending, force)
        plans.append(plan)
        upstream.update(manifest.output_hashes())
        for planned in plan.to_build:
            pending.update(planned.job.outputs)
    return plans


# --- execution -------------------------------------------------------------------------------------

def _render_job(stage: Stage, job: Job, campaign: Campaign, out_dir: Path, settings: Any):
    """Render one job (in a worker process or inline); returns (Rendered, seconds) or (None, error, traceback)."""
    started = time.perf_counter()
    try:
        rendered = stage.render(job, RenderContext(campaign, out_dir, settings))
        missing = [path for path in job.outputs if not (out_dir / path).is_file()]
        if missing:
            return None, f"the renderer did not write {', '.join(missing)}", None
        return rendered, time.perf_counter() - started
    except PipelineError as exc:
        return None, exc.format_message(), None
    except Exception as exc:  # noqa: BLE001 - reported per job, the build goes on
        return None, f"{type(exc).__name__}: {exc}", traceback.format_exc()


@contextlib.contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Only one build at a time writes into an output folder."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / ".build.lock", "w") as lock_file:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PipelineError(f"another build is running in {out_dir}; wait for it to finish") from None
        yield


class Progress:
    """Progress of a stage: a bar on a terminal, one line per finished job elsewhere."""

    def __init__(self, stage: str, total: int, echo: Callable[[str], None]):
        self.stage, self.total, self.done, self.echo = stage, total, 0, echo
        self.bar = None
        if total and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=stage, unit="job", leave=False)

    def step(self, message: str) -> None:
        """One job finished."""
        self.done += 1
        line = f"  [{self.stage} {self.done}/{self.total}] {message}"
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
            self.bar.update()
        else:
            self.echo(line)

    def close(self) -> None:
        """Remove the bar."""
        if self.bar is not None:
            self.bar.close()


def build(campaign: Campaign, out_dir: Path, stage_names=None, jobs: int = 1, force: bool = False,
          echo: Callable[[str], None] = print, registry=None) -> BuildReport:
    """Render every out-of-date output of the selected stages; see the module docstring."""
    out_dir = Path(out_dir)
    refused = [(text.id, text.refusal or "") for text in campaign.refused_texts]
    results: list[StageResult] = []
    tracebacks: list[str] = []
    for text_id, reason in refused:
        echo(f"refused: {text_id}: {reason}")
    with build_lock(out_dir), _pool(jobs) as pool:
        _remove_stale_temp_files(out_dir)
        upstream: dict[str, str] = {}
        failed_outputs: set[str] = set()
        for stage in select_stages(stage_names, registry):
            result, stage_failed, stage_outputs = _build_stage(stage, campaign, out_dir, upstream, failed_outputs,
                                                               force, pool, refused, echo, tracebacks)
            results.append(result)
            failed_outputs |= stage_failed
            upstream.update(stage_outputs)
            echo(result.summary())
    log_path = _save_tracebacks(out_dir, tracebacks)
    return BuildReport(results, refused, log_path)


@contextlib.contextmanager
def _pool(jobs: int):
    if jobs <= 1:
        yield None
        return
    import multiprocessing

    # fork is fast and inherits the imported renderers; spawn would re-import everything per worker
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield pool


def _build_stage(stage: Stage, campaign: Campaign, out_dir: Path, upstream: dict[str, str],
                 failed_upstream: set[str], force: bool, pool, refused, echo,
                 tracebacks) -> tuple[StageResult, set[str], dict[str, str]]:
    started = time.perf_counter()
    manifest = Manifest.load(out_dir, stage.name)
    plan = plan_stage(stage, campaign, out_dir, manifest, upstream, set(), force)
    result = StageResult(stage.name, refused=len(refused))
    result.up_to_date = len(plan.jobs) - len(plan.to_build)

    # Keep what refused texts built before (it is still their last approved version); forget removed jobs.
    refused_ids = {text_id for text_id, _ in refused}
    current_keys = {planned.job.key for planned in plan.jobs}
    manifest.items = {key: item for key, item in manifest.items.items()
                      if key in current_keys or set(item.get("text_ids") or [item.get("text_id")]) & refused_ids}
    manifest.refused = [{"text_id": text_id, "reason": reason} for text_id, reason in refused]
    manifest.params_sha256 = plan.params_sha256
    manifest.failed = {key: entry for key, entry in manifest.failed.items() if key in current_keys}
    manifest.save(out_dir)

    failed_outputs: set[str] = set()

    def record_failure(job: Job, message: str) -> None:
        result.failed.append((job.key, message))
        failed_outputs.update(job.outputs)
        manifest.failed[job.key] = _failure(job, message)
        manifest.save(out_dir)

    runnable = []
    for planned in plan.to_build:
        blocked = [path for path in planned.job.inputs if path in failed_upstream or path not in upstream]
        if blocked:
            record_failure(planned.job, f"input not available: {', '.join(blocked)}")
            echo(f"  {stage.name} {planned.job.key}: FAILED: {result.failed[-1][1]}")
        else:
            runnable.append(planned)
    progress = Progress(stage.name, len(runnable), echo)
    render_settings = stage.prepare(campaign, plan.settings) if runnable else plan.settings

    def finished(planned: PlannedJob, outcome) -> None:
        job = planned.job
        if outcome[0] is None:
            _, message, trace = outcome
            if trace:
                tracebacks.append(f"{stage.name} {job.key}\n{trace}")
            record_failure(job, message)
            progress.step(f"{job.key}: FAILED: {message}")
            return
        rendered, seconds = outcome
        manifest.items[job.key] = _item(campaign, out_dir, job, rendered, plan, upstream, seconds)
        manifest.failed.pop(job.key, None)
        manifest.save(out_dir)
        result.rendered.append(job.key)
        progress.step(f"{job.key}: rendered ({planned.reason}) in {seconds:.1f} s")

    try:
        if pool is None:
            for planned in runnable:
                finished(planned, _render_job(stage, planned.job, campaign, out_dir, render_settings))
        else:
            futures = {pool.submit(_render_job, stage, planned.job, campaign, out_dir, render_settings): planned
                       for planned in runnable}
            for future in cf.as_completed(futures):
                finished(futures[future], future.result())
    finally:
        progress.close()
    result.seconds = time.perf_counter() - started
    return result, failed_outputs, manifest.output_hashes()


def _failure(job: Job, message: str) -> dict:
    """The manifest record of a job whose last render failed (shown by `status`)."""
    return {"key": job.key, "text_ids": list(job.text_ids), "message": message,
            "at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}


def _item(campaign: Campaign, out_dir: Path, job: Job, rendered: Rendered, plan: StagePlan,
          upstream: dict[str, str], seconds: float) -> dict:
    return {
        "key": job.key,
        "text_id": job.text_id,
        "text_ids": list(job.text_ids),
        "approval": job_approval(campaign, job),
        "params_sha256": plan.params_sha256,
        "code_sha256": plan.code_sha256,
        "inputs": [{"path": path, "sha256": upstream[path]} for path in job.inputs],
        "outputs": [output_record(out_dir, path, rendered.media.get(path)) for path in job.outputs],
        "engine": rendered.engine,
        "built_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "render_s": round(seconds, 3),
    }


def _remove_stale_temp_files(out_dir: Path) -> None:
    """Temp files of a build that was killed mid-write (atomic_path's `.<name>.*.tmp.<ext>`); we hold the lock."""
    for path in out_dir.rglob(".*.tmp*"):
        if path.is_file() and ".tmp" in path.name:
            log.info("removing %s, left by an interrupted build", path)
            path.unlink()


def _save_tracebacks(out_dir: Path, tracebacks: list[str]) -> Path | None:
    if not tracebacks:
        return None
    logs = out_dir / ".logs"
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / f"build-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    path.write_text("\n\n".join(tracebacks), "utf-8")
    return path
