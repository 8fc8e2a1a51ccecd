"""The build driver: plan every job of every stage, decide what is up to date, render the rest.

Stages run in dependency order; jobs inside a stage run on an executor (pipeline.executors: inline, a local
process pool of `-j N` workers, or a Dask cluster), and their outcomes come back here. Every finished
job is appended to the stage's journal at once and the manifest is written once at the end of the stage
(see pipeline.manifest), so a killed build resumes where it stopped, a failed render never erases what was
built before, and a build with nothing to do writes nothing.

Stopping: SIGINT and SIGTERM record what finished, stop the workers and end the build within a moment;
workers die with the main process (PR_SET_PDEATHSIG on Linux, a parent watch elsewhere) and never hold
the build lock, which the kernel releases when its owner dies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import signal
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from pipeline.content import Campaign
from pipeline.errors import PipelineError
from pipeline import atomic, cache, ledger
from pipeline.atomic import sha256_file
from pipeline.manifest import Journal, Manifest, append_journal, output_record, output_state
from pipeline.executors import Executor, Shared, make_executor
from pipeline.processes import BuildInterrupted, StopSignals, build_lock
from pipeline.progress import BatchProgress
from pipeline.stages import STAGES, stage_by_name
from pipeline.stages.base import Job, RenderContext, Rendered, Stage, code_hash, params_hash
from pipeline.variants import variant_targets

log = logging.getLogger(__name__)


@dataclass
class PlannedJob:
    """A job and why it must be rendered (`reason`), or None when it is up to date."""

    job: Job
    reason: str | None
    params_sha256: str = ""  # the stage's params with the job's own (templates): recorded as planned


@dataclass
class StagePlan:
    """Every job of one stage with its decision, and the hashes that decided it."""

    stage: Stage
    settings: Any
    params_sha256: str
    code_sha256: str
    jobs: list[PlannedJob]
    failures: dict[str, dict] = field(default_factory=dict)  # job key -> last failure, from the manifest
    manifest: Manifest | None = None   # the manifest the plan was decided against
    upstream: dict[str, str] | None = None  # the upstream outputs it assumed; None: some were still to build
    restat: dict[str, dict[str, dict]] = field(default_factory=dict)  # job key -> {path: new stat}, same bytes

    @property
    def to_build(self) -> list[PlannedJob]:
        """The jobs that need rendering."""
        return [planned for planned in self.jobs if planned.reason is not None]


@dataclass
class StageResult:
    """What one stage did in a build (for one variant, when the campaign has variants)."""

    stage: str
    variant: str | None = None   # per variant once campaigns have them; None: the whole campaign
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
        where = f"{self.variant}/{self.stage}" if self.variant else self.stage
        return f"{where}: {', '.join(parts)} in {self.seconds:.1f} s"

    def row(self) -> dict:
        """The stage's counts, for the summary table and `build --json`."""
        return {"stage": self.stage, "variant": self.variant, "rendered": len(self.rendered),
                "up_to_date": self.up_to_date, "refused": self.refused, "failed": len(self.failed),
                "seconds": round(self.seconds, 3)}


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

    def as_json(self) -> dict:
        """The report for machines (`build --json`)."""
        return {
            "exit_code": self.exit_code,
            "stages": [{**result.row(), "rendered_jobs": sorted(result.rendered),
                        "failed_jobs": [{"key": key, "message": message} for key, message in result.failed]}
                       for result in self.stages],
            "refused": [{"text_id": text_id, "reason": reason} for text_id, reason in self.refused],
            "log": str(self.log_path) if self.log_path else None,
        }


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
    approvals = [f"{text_id}={_approval_of(campaign, text_id)}" for text_id in job.text_ids]
    if len(approvals) == 1:
        return _approval_of(campaign, job.text_ids[0]) or ""
    return "sha256:" + hashlib.sha256("\n".join(approvals).encode()).hexdigest()


def _approval_of(campaign: Campaign, text_id: str) -> str | None:
    """A text's approval; None for a text that is named (by a tri-fold) but not in the campaign."""
    try:
        return campaign.text(text_id).approval
    except KeyError:
        return None


def decide(campaign: Campaign, out_dir: Path, job: Job, old: dict | None, params_sha: str, code_sha: str,
           upstream: dict[str, str], pending: set[str], force: bool, manifest: Manifest | None = None,
           rehash: bool = False, restat: dict[str, dict] | None = None) -> str | None:
    """Why `job` must be rendered (a named reason), or None when its outputs are up to date.

    `manifest` gives the outputs written by an interrupted build but not recorded; `rehash` hashes every
    output whatever its stat says (build --verify); `restat` collects the new stat of outputs whose stat
    changed but whose bytes did not (see output_state).
    """
    if old is None:
        return "manifest not trusted" if manifest is not None and manifest.problem else "new"
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
        state = output_state(out_dir, records[path], rehash, manifest.pending if manifest else None, restat)
        if state:
            return state
    return None


def job_params_sha(stage: Stage, campaign: Campaign, job: Job, params_sha: str) -> str:
    """The params hash of one job: the stage's, with the job's own params (Stage.job_params) when it has any."""
    own = stage.job_params(campaign, job)
    return params_hash({"stage": params_sha, "job": own}) if own else params_sha


def stage_params(stage: Stage, campaign: Campaign) -> tuple[Any, str, list[tuple[Job, str]]]:
    """A stage's settings, its params hash, and every job with its own params hash: what a plan decides against
    and what delivery checks a built item's `params_sha256` against (raises ValueError on invalid settings)."""
    settings = stage.settings(campaign)
    params_sha = params_hash(stage.params(campaign))
    return settings, params_sha, [(job, job_params_sha(stage, campaign, job, params_sha))
                                  for job in stage.jobs(campaign, settings)]


def plan_stage(stage: Stage, campaign: Campaign, out_dir: Path, manifest: Manifest,
               upstream: dict[str, str], pending: set[str], force: bool, rehash: bool = False) -> StagePlan:
    """Decide every job of one stage against its manifest and the current outputs of the stages it needs."""
    settings, params_sha, jobs = stage_params(stage, campaign)
    code_sha = code_hash(stage.code + (type(stage).__module__,))
    planned, restat = [], {}
    for job, job_sha in jobs:
        changed_stat: dict[str, dict] = {}
        reason = decide(campaign, out_dir, job, manifest.items.get(job.key), job_sha, code_sha, upstream, pending,
                        force, manifest, rehash, changed_stat)
        planned.append(PlannedJob(job, reason, job_sha))
        if reason is None and changed_stat:
            restat[job.key] = changed_stat
    assumed = None if pending & {path for planned_job in planned for path in planned_job.job.inputs} else dict(upstream)
    return StagePlan(stage, settings, params_sha, code_sha, planned, dict(manifest.failed), manifest, assumed, restat)


def plan_variants(campaign: Campaign, out_dir: Path, stage_names=None, variants=None, force: bool = False,
                  registry=None, rehash: bool = False) -> list[tuple[str | None, list[StagePlan]]]:
    """plan_build of every selected variant in its own folder: [(variant id, plans)]; [(None, plans)] without."""
    return [(target.variant, plan_build(target, target_dir, stage_names, force, registry, rehash))
            for target, target_dir in variant_targets(campaign, out_dir, variants)]


def plan_build(campaign: Campaign, out_dir: Path, stage_names=None, force: bool = False,
               registry=None, rehash: bool = False) -> list[StagePlan]:
    """A dry run: every stage's plan, counting outputs of upstream jobs still to build as changed."""
    plans: list[StagePlan] = []
    upstream: dict[str, str] = {}
    pending: set[str] = set()
    for stage in select_stages(stage_names, registry):
        manifest = Manifest.load(out_dir, stage.name)
        plan = plan_stage(stage, campaign, out_dir, manifest, upstream, pending, force, rehash)
        plans.append(plan)
        upstream.update(manifest.output_hashes())
        for planned in plan.to_build:
            pending.update(planned.job.outputs)
    return plans


# --- execution -------------------------------------------------------------------------------------

def long_jobs_first(runnable: list[PlannedJob], previous: dict[str, dict]) -> list[PlannedJob]:
    """The order to hand jobs to parallel workers: the long ones first, longest first, the others as planned.

    A long job started last keeps one worker busy while the others have nothing left (a 100-text batch of
    flyers ended with the tri-fold, 0.15 s, rendered alone). Long: a job that draws several texts (the tri-fold),
    or one whose last render (`previous`, the manifest's items) took over twice the stage's median.
    """
    last = {planned.job.key: (previous.get(planned.job.key) or {}).get("render_s") for planned in runnable}
    known = sorted(seconds for seconds in last.values() if isinstance(seconds, (int, float)))
    typical = known[len(known) // 2] if known else None

    def cost(planned: PlannedJob) -> float | None:
        seconds = last[planned.job.key]
        if isinstance(seconds, (int, float)) and typical is not None and seconds > 2 * typical:
            return float(seconds)
        if len(planned.job.text_ids) > 1:
            return float(seconds) if isinstance(seconds, (int, float)) else float("inf")
        return None

    costs = {planned.job.key: cost(planned) for planned in runnable}
    long = sorted((planned for planned in runnable if costs[planned.job.key] is not None),
                  key=lambda planned: -costs[planned.job.key])
    return long + [planned for planned in runnable if costs[planned.job.key] is None]


def _render_job(stage: Stage, job: Job, campaign: Campaign, out_dir: Path, settings: Any):
    """Render one job (in a worker process or inline).

    Returns (Rendered, seconds, {output: sha256 journaled before its rename}) or (None, error, traceback).
    """
    started = time.perf_counter()
    hashes: dict[str, str] = {}
    atomic.before_replace = _journal_intent(out_dir, stage.name, job, hashes)
    context = RenderContext(campaign, out_dir, settings)
    cache.use(context.cache_dir)
    try:
        rendered = stage.render(job, context)
        missing = [path for path in job.outputs if not (out_dir / path).is_file()]
        if missing:
            return None, f"the renderer did not write {', '.join(missing)}", None
        return rendered, time.perf_counter() - started, hashes
    except PipelineError as exc:
        return None, exc.format_message(), None
    except Exception as exc:  # noqa: BLE001 - reported per job, the build goes on
        return None, f"{type(exc).__name__}: {exc}", traceback.format_exc()
    finally:
        atomic.before_replace = None
        cache.use(None)


def _journal_intent(out_dir: Path, stage_name: str, job: Job, hashes: dict[str, str]):
    """The atomic-write hook of one job: journal an output's new hash before it replaces the old file."""
    outputs = {out_dir / path: path for path in job.outputs}
    journal = Manifest.journal_path(out_dir, stage_name)

    def before_replace(dest_path: Path, tmp_path: Path) -> None:
        rel_path = outputs.get(Path(dest_path))
        if rel_path is not None:
            hashes[rel_path] = sha256_file(tmp_path)
            # durable before the rename when a file is replaced; a new file cannot be taken for a changed one
            append_journal(journal, {"kind": "intent", "path": rel_path, "sha256": hashes[rel_path]},
                           durable=os.path.exists(dest_path))
    return before_replace


def build(campaign: Campaign, out_dir: Path, stage_names=None, jobs: int = 1, force: bool = False,
          echo: Callable[[str], None] = print, registry=None, rehash: bool = False, executor: str = "local",
          scheduler: str | None = None, tty: bool | None = None, variants=None) -> BuildReport:
    """Render every out-of-date output of the selected stages; see the module docstring.

    A campaign with variants builds each (all, or those whose ids `variants` names) into `<out>/<id>/`,
    one after the other with the same executor, so later variants find the shared work in `<out>/.cache/`.
    `rehash` (build --verify) hashes every output instead of trusting an unchanged stat. `executor` is
    "local" (`jobs` processes; inline for 1) or "dask" (the cluster at `scheduler`, or a LocalCluster of
    `jobs` workers), started only when something is to be rendered. `tty` forces the live progress line on
    or off (default: when stderr is a terminal).
    Raises BuildInterrupted on SIGINT/SIGTERM after recording what finished.
    """
    out_dir = Path(out_dir)
    campaign = ledger.check(campaign, out_dir)   # an older signed approval than one already built: refused
    targets = variant_targets(campaign, out_dir, variants)
    refused = [(text.id, text.refusal or "") for text in campaign.refused_texts]
    results: list[StageResult] = []
    tracebacks: list[str] = []
    for text_id, reason in refused:
        echo(f"refused: {text_id}: {reason}")
    log_path = None
    try:
        imports = worker_imports(stage_names, registry)
        with build_lock(out_dir) as lock_fd, StopSignals() as signals, \
                make_executor(executor, jobs, lock_fd, out_dir, scheduler, imports) as runner:
            _remove_stale_temp_files(out_dir)
            ledger.record(campaign, out_dir)
            dry_runs = [_dry_run(target, target_dir, stage_names, force, registry, rehash)
                        for target, target_dir in targets]
            progress = BatchProgress(sum(len(plan.to_build) for plans in dry_runs for plan in plans.values()), echo,
                                     runner.describe(), tty)
            try:
                for (target, target_dir), plans in zip(targets, dry_runs):
                    upstream: dict[str, str] = {}
                    failed_outputs: set[str] = set()
                    for stage in select_stages(stage_names, registry):
                        run = _StageRun(stage, target, target_dir, runner, signals, progress, echo, tracebacks)
                        results.append(run.result)
                        stage_failed, stage_outputs = run.execute(upstream, failed_outputs, force, refused, rehash,
                                                                  plans.pop(stage.name, None))
                        failed_outputs |= stage_failed
                        upstream.update(stage_outputs)
                        progress.note(run.result.summary())
            finally:
                progress.close()
    except BuildInterrupted as exc:
        done = sum(len(result.rendered) for result in results)
        raise BuildInterrupted(exc.signum, f"interrupted by {signal.Signals(exc.signum).name}: the {done} job(s) "
                                           f"finished in this build are recorded, the ones in flight were stopped; "
                                           "run the same command again to resume") from None
    finally:
        log_path = _save_tracebacks(out_dir, tracebacks)
    for rel_path in campaign.snapshot.changed() if campaign.snapshot is not None else ():
        echo(f"warning: {rel_path} changed during the build: every output carries the version read when the build "
             "started (recorded in the manifests); the next build renders the new one")
    return BuildReport(results, refused, log_path)


def worker_import_groups(stage_names, registry=None) -> list[tuple[str, ...]]:
    """The modules the selected stages' renders import (Stage.worker_imports), a tuple per stage, in stage order."""
    return [stage.worker_imports for stage in select_stages(stage_names, registry)]


def worker_imports(stage_names, registry=None) -> tuple[str, ...]:
    """The same modules in one tuple, each once."""
    return tuple(dict.fromkeys(module for group in worker_import_groups(stage_names, registry) for module in group))


def _dry_run(campaign: Campaign, out_dir: Path, stage_names, force: bool, registry, rehash: bool) -> dict[str, StagePlan]:
    """Every stage's plan before the build starts: the progress total, and the plan itself for a stage whose
    upstream outputs are still what it assumed when it runs (a no-op build plans, stats or hashes once).
    Each plan is dropped once its stage has run, so memory falls as the build goes on."""
    try:
        return {plan.stage.name: plan for plan in plan_build(campaign, out_dir, stage_names, force, registry, rehash)}
    except Exception:  # noqa: BLE001 - only a head start: each stage plans again, and reports, when it runs
        log.debug("no dry run", exc_info=True)
        return {}


class _StageRun:
    """One stage of one build: plan, render what is out of date, journal each result, save the manifest once."""

    def __init__(self, stage: Stage, campaign: Campaign, out_dir: Path, executor: Executor, signals: StopSignals,
                 progress: BatchProgress, echo, tracebacks: list[str]):
        self.stage, self.campaign, self.out_dir, self.executor = stage, campaign, out_dir, executor
        self.signals, self.progress, self.echo, self.tracebacks = signals, progress, echo, tracebacks
        self.result = StageResult(stage.name, campaign.variant)
        self.journal = Journal(Manifest.journal_path(out_dir, stage.name))   # job records, group-committed
        self.failed_outputs: set[str] = set()

    def execute(self, upstream: dict[str, str], failed_upstream: set[str], force: bool, refused,
                rehash: bool, dry_run: StagePlan | None = None) -> tuple[set[str], dict[str, str]]:
        """Run the stage; returns (outputs that failed, hashes of the stage's outputs).

        `dry_run` is the plan made before the build; it stands when the upstream outputs are what it assumed.
        """
        started = time.perf_counter()
        estimate = len(dry_run.to_build) if dry_run else 0
        if dry_run is not None and dry_run.upstream == upstream:
            self.plan = plan = dry_run
            self.manifest = manifest = dry_run.manifest
        else:
            self.manifest = manifest = Manifest.load(self.out_dir, self.stage.name)
            self.plan = plan = plan_stage(self.stage, self.campaign, self.out_dir, manifest, upstream, set(), force,
                                          rehash)
        loaded = manifest.as_dict()
        for key, stats in plan.restat.items():  # same bytes, new stat: record it, so the next build trusts it
            item = manifest.items[key]
            manifest.items[key] = {**item, "outputs": [{**record, **stats.get(record["path"], {})}
                                                       for record in item["outputs"]]}
        self.upstream = upstream
        self.result.refused = len(refused)
        self.result.up_to_date = len(plan.jobs) - len(plan.to_build)
        # Keep what refused texts built before (it is still their last approved version); forget removed jobs.
        refused_ids = {text_id for text_id, _ in refused}
        current_keys = {planned.job.key for planned in plan.jobs}
        manifest.items = {key: item for key, item in manifest.items.items()
                          if key in current_keys or set(item.get("text_ids") or [item.get("text_id")]) & refused_ids}
        manifest.refused = [{"text_id": text_id, "reason": reason} for text_id, reason in refused]
        manifest.params_sha256 = plan.params_sha256
        manifest.failed = {key: entry for key, entry in manifest.failed.items() if key in current_keys}
        try:
            self.progress.adjust_total(len(plan.to_build) - estimate)
            runnable = [planned for planned in plan.to_build if not self._blocked(planned, failed_upstream)]
            if runnable:
                self._render_all(runnable)
        finally:
            with self.signals.critical():
                self.journal.close()
                if manifest.problem or manifest.journaled or manifest.as_dict() != loaded:
                    manifest.save(self.out_dir)   # once per stage; never when nothing changed
            self.result.seconds = time.perf_counter() - started
        return self.failed_outputs, manifest.output_hashes()

    def _blocked(self, planned: PlannedJob, failed_upstream: set[str]) -> bool:
        blocked = [path for path in planned.job.inputs if path in failed_upstream or path not in self.upstream]
        if blocked:
            self._record_failure(planned.job, f"input not available: {', '.join(blocked)}")
            self.progress.finished(None, f"{self.stage.name} {planned.job.key}: FAILED: {self.result.failed[-1][1]}")
        return bool(blocked)

    def _render_all(self, runnable: list[PlannedJob]) -> None:
        """Submit every runnable job to the executor; record each outcome as it comes back."""
        settings = self.stage.prepare(self.campaign, self.plan.settings)
        if self.executor.forks_workers():
            with cache.using(RenderContext(self.campaign, self.out_dir, settings).cache_dir):
                self.stage.warm(self.campaign, settings)
        args = (Shared(self.campaign), self.out_dir, settings)   # the campaign pickled once, not once a job
        if self.executor.parallel:
            runnable = long_jobs_first(runnable, self.manifest.items)
        pending = {self.executor.submit(_render_job, self.stage, planned.job, *args): planned for planned in runnable}
        labels = {token: f"{self.stage.name} {planned.job.key}" for token, planned in pending.items()}
        try:
            while pending:
                outcomes = self.executor.finished(timeout=0.5)
                self._show_events(labels)
                for token, outcome in outcomes:
                    self._finished(pending.pop(token), outcome, token)
                with self.signals.critical():
                    self.journal.commit_due()
        except BuildInterrupted:
            with self.signals.critical():  # record what finished while the signal arrived
                for token, outcome in self.executor.completed():
                    if token in pending:
                        self._finished(pending.pop(token), outcome, token)
                self.executor.stop()
            raise

    def _show_events(self, labels: dict[int, str]) -> None:
        for event in self.executor.events():
            self.progress.event(event, labels.get(event.get("token")))

    def _finished(self, planned: PlannedJob, outcome, token: int | None = None) -> None:
        job = planned.job
        if outcome[0] is None:
            _, message, trace = outcome
            if trace:
                self.tracebacks.append(f"{self.stage.name} {job.key}\n{trace}")
            self._record_failure(job, message)
            self.progress.finished(token, f"{self.stage.name} {job.key}: FAILED: {message}")
            return
        rendered, seconds, hashes = outcome
        item = _item(self.campaign, self.out_dir, planned, rendered, self.plan, self.upstream, seconds, hashes)
        with self.signals.critical():
            self.journal.append({"kind": "item", "item": item})
            self.manifest.apply({"kind": "item", "item": item}, "build")
        self.result.rendered.append(job.key)
        self.progress.finished(token, f"{self.stage.name} {job.key}: rendered ({planned.reason}) in {seconds:.1f} s")
        for media in rendered.media.values():  # what a render had to give up (a text left out...): say it
            for warning in (media or {}).get("warnings", ()):
                self.progress.note(f"{self.stage.name} {job.key}: warning: {warning}")

    def _record_failure(self, job: Job, message: str) -> None:
        self.result.failed.append((job.key, message))
        self.failed_outputs.update(job.outputs)
        entry = {"kind": "failed", "entry": _failure(job, message)}
        with self.signals.critical():
            self.journal.append(entry)
            self.manifest.apply(entry, "build")


def _failure(job: Job, message: str) -> dict:
    """The manifest record of a job whose last render failed (shown by `status`)."""
    return {"key": job.key, "text_ids": list(job.text_ids), "message": message,
            "at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}


def _item(campaign: Campaign, out_dir: Path, planned: PlannedJob, rendered: Rendered, plan: StagePlan,
          upstream: dict[str, str], seconds: float, hashes: dict[str, str]) -> dict:
    """The manifest record of a rendered job (with its variant and shared work when there are any)."""
    job = planned.job
    item = {
        "key": job.key,
        "text_id": job.text_id,
        "text_ids": list(job.text_ids),
        "approval": job_approval(campaign, job),
        "params_sha256": planned.params_sha256,
        "code_sha256": plan.code_sha256,
        "inputs": [{"path": path, "sha256": upstream[path]} for path in job.inputs],
        "outputs": [output_record(out_dir, path, rendered.media.get(path), hashes.get(path))
                    for path in job.outputs],
        "engine": rendered.engine,
        "built_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "render_s": round(seconds, 3),
    }
    if campaign.variant:
        item["variant"] = campaign.variant
    if rendered.shared:
        item["shared"] = rendered.shared
    return item


def _remove_stale_temp_files(out_dir: Path) -> None:
    """Temp files and folders of a build killed mid-write (named `.<name>.*.tmp*`, as atomic_path's); we hold the lock."""
    for path in sorted(out_dir.rglob(".*.tmp*")):
        if not path.exists():  # inside a folder removed a moment ago
            continue
        log.info("removing %s, left by an interrupted build", path)
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _save_tracebacks(out_dir: Path, tracebacks: list[str]) -> Path | None:
    if not tracebacks:
        return None
    logs = out_dir / ".logs"
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / f"build-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    path.write_text("\n\n".join(tracebacks), "utf-8")
    return path
