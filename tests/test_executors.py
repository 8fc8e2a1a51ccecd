"""Executors: the same jobs in a local pool, a Dask LocalCluster and a Dask cluster of separate processes give
the same manifests; a worker killed mid-render loses only its job, retried once; a no-op build writes nothing
and starts no cluster; `--json` documents on stdout; the progress display.

Real engines (leaflets and infographics of the fixture campaign), a real LocalCluster, and a `dask scheduler`
with two `dask worker` processes on 127.0.0.1, all stopped at the end.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import executors
from pipeline.approve import approve_texts
from pipeline.atomic import write_text
from pipeline.build import build
from pipeline.campaign import load_campaign
from pipeline.progress import BatchProgress, summary_table
from pipeline.stages.base import Job, Rendered, Stage
from tests.conftest import FIXTURES, make_campaign, make_text

REPO = Path(__file__).resolve().parent.parent
STAGES = ["leaflets", "infographics"]
VOLATILE = ("built_at", "render_s")                    # timings
FILE_STATE = ("mtime_ns", "ctime_ns", "inode")          # where and when the file was written


# --- helpers ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def campaign_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("executors") / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    approve_texts(sorted((root / "texts").glob("*.md")), by="Kiểm thử", today=dt.date(2026, 11, 24))
    return root


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """`media-pipeline ARGS` in a subprocess: stdout and stderr apart, as a machine reading --json gets them."""
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO)


def comparable_manifest(out_dir: Path, stage: str) -> dict:
    """A manifest without what depends on when and by whom a file was written."""
    data = json.loads((out_dir / stage / "manifest.json").read_text("utf-8"))
    for item in data["items"]:
        for key in VOLATILE:
            item.pop(key)
        for output in item["outputs"]:
            for key in FILE_STATE:
                output.pop(key, None)
    return data


def snapshot(out_dir: Path) -> dict[str, tuple[int, int]]:
    """(mtime_ns, size) of every file and folder in the output folder but the build lock."""
    return {str(path.relative_to(out_dir)): (path.stat().st_mtime_ns, path.stat().st_size)
            for path in [out_dir, *out_dir.rglob("*")] if path.name != ".build.lock"}


@pytest.fixture(scope="module")
def pool_build(campaign_dir, tmp_path_factory):
    """The reference: leaflets and infographics built by the local process pool, through the CLI with --json."""
    out_dir = tmp_path_factory.mktemp("pool") / "output"
    stage_args = [arg for stage in STAGES for arg in ("--stage", stage)]
    result = cli("build", str(campaign_dir), "--out", str(out_dir), *stage_args, "-j", "2", "--json")
    assert result.returncode == 0, result.stderr
    return out_dir, result


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """`dask scheduler` and two `dask worker` processes on 127.0.0.1; yields the scheduler's address."""
    folder = tmp_path_factory.mktemp("dask")
    scheduler_file = folder / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")])}  # for the test stages
    dask = [sys.executable, "-m", "dask"]
    processes = [subprocess.Popen(dask + ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                          "--scheduler-file", str(scheduler_file)],
                                  cwd=folder, env=env, start_new_session=True,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        for _ in range(2):
            processes.append(subprocess.Popen(dask + ["worker", "--scheduler-file", str(scheduler_file),
                                                      "--nworkers", "1", "--nthreads", "1", "--no-dashboard"],
                                              cwd=folder, env=env, start_new_session=True,
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(scheduler_file=str(scheduler_file), timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
            address = client.scheduler.address
        yield address
    finally:
        for process in processes:
            with_group_killed(process)


def with_group_killed(process: subprocess.Popen) -> None:
    """Stop a process we started and everything it started (a worker's nanny and its worker)."""
    for signum in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, signum)
        except ProcessLookupError:
            return
        try:
            process.wait(5)
            return
        except subprocess.TimeoutExpired:
            continue


# --- the same manifests whatever the executor ---------------------------------------------------------

def test_a_dask_localcluster_build_gives_the_pool_build_manifests(pool_build, campaign_dir, tmp_path):
    """A LocalCluster of one worker renders the same; the worker, killed once mid-render, is replaced."""
    from pipeline.stages import stage_by_name

    pool_out, _ = pool_build
    out_dir = tmp_path / "output"
    registry = (*map(stage_by_name, STAGES), KillOnceStage())
    lines: list[str] = []
    report = build(load_campaign(campaign_dir), out_dir, jobs=1, executor="dask", echo=lines.append,
                   registry=registry)
    assert report.exit_code == 0, lines
    assert (tmp_path / "killed-thai-san").exists(), "the worker was not killed"
    assert sorted(report.stages[0].rendered) == ["luong-huu", "thai-san", "trifold"]
    assert sorted(report.stages[2].rendered) == ["luong-huu", "thai-san"]
    for stage in STAGES:
        assert comparable_manifest(out_dir, stage) == comparable_manifest(pool_out, stage)
    # and the pool's up-to-date decisions hold for what Dask wrote
    assert "nothing to do" in cli("build", str(campaign_dir), "--out", str(out_dir), "--stage", "leaflets",
                                  "--stage", "infographics", "-j", "1").stderr


def test_a_separate_process_dask_cluster_gives_the_same_manifests(pool_build, campaign_dir, dask_cluster, tmp_path):
    pool_out, _ = pool_build
    stage_args = [arg for stage in STAGES for arg in ("--stage", stage)]
    result = cli("build", str(campaign_dir), "--out", str(tmp_path), *stage_args, "--executor", "dask",
                 "--scheduler", dask_cluster, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["stages"][0]["rendered"] == 3
    for stage in STAGES:
        assert comparable_manifest(tmp_path, stage) == comparable_manifest(pool_out, stage)


# --- a worker killed mid-render ---------------------------------------------------------------------

class KillOnceStage(Stage):
    """Writes a text's title; the first render of job `b` (or `thai-san`) kills its own worker (SIGKILL) mid-render.

    KILL_ALWAYS in the environment of the build makes every render of `b` die (a job lost twice).
    """

    name = "words"
    code = ("pipeline.content",)

    def jobs(self, campaign, settings):
        return [Job(self.name, t.id, (t.id,), (f"words/{t.id}.txt",)) for t in campaign.approved_texts]

    def prepare(self, campaign, settings):
        return {"always": bool(os.environ.get("KILL_ALWAYS"))}

    def render(self, job, ctx):
        (text,) = ctx.texts(job)
        marker = ctx.out_dir.parent / f"killed-{job.key}"
        if job.key in ("b", "thai-san") and (ctx.settings["always"] or not marker.exists()):
            marker.write_text(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(0.3)   # the other jobs are in flight when `b` dies
        write_text(ctx.dest(job.outputs[0]), text.title)
        return Rendered({job.outputs[0]: {}})


def four_texts():
    return make_campaign(tuple(make_text(i, title=f"Tiêu đề {i}", approval="sha256:" + i * 64)
                               for i in "abcd"))


def test_bulletins_are_the_same_bytes_from_one_worker_or_two(campaign_dir, tmp_path):
    """The same MP3s whether one process speaks both texts in turn or two workers speak one each."""
    hashes = []
    for jobs in ("1", "2"):
        out_dir = tmp_path / f"j{jobs}"
        result = cli("build", str(campaign_dir), "--out", str(out_dir), "--stage", "audio", "-j", jobs)
        assert result.returncode == 0, result.stderr
        hashes.append({path.name: hashlib.sha256(path.read_bytes()).hexdigest()
                       for path in sorted((out_dir / "audio").glob("*.mp3"))})
    assert len(hashes[0]) == 2 and hashes[0] == hashes[1]


def test_a_pool_worker_killed_mid_render_loses_only_its_job_which_is_retried_once(tmp_path):
    out_dir = tmp_path / "output"
    lines: list[str] = []
    report = build(four_texts(), out_dir, jobs=2, registry=(KillOnceStage(),),
                   echo=lines.append)
    assert (tmp_path / "killed-b").exists(), "the worker was not killed"
    assert report.exit_code == 0, lines
    assert sorted(report.stages[0].rendered) == ["a", "b", "c", "d"]
    assert (out_dir / "words/b.txt").read_text("utf-8") == "Tiêu đề b"
    assert not list(out_dir.rglob(".*.tmp*"))


def test_a_job_whose_worker_dies_twice_fails_alone_and_the_build_goes_on(tmp_path, monkeypatch):
    monkeypatch.setenv("KILL_ALWAYS", "1")
    out_dir = tmp_path / "output"
    report = build(four_texts(), out_dir, jobs=2, registry=(KillOnceStage(),), echo=lambda line: None)
    assert report.exit_code == 1
    assert sorted(report.stages[0].rendered) == ["a", "c", "d"]
    assert report.stages[0].failed == [("b", executors.LOST_TWICE)]
    manifest = json.loads((out_dir / "words/manifest.json").read_text("utf-8"))
    assert manifest["failed"][0]["message"] == executors.LOST_TWICE


def test_a_dask_worker_process_killed_from_outside_mid_render(tmp_path, dask_cluster):
    """SIGKILL one of the separate `dask worker` processes while it renders: the job is rendered elsewhere."""
    out_dir = tmp_path / "output"
    campaign = four_texts()
    report = build(campaign, out_dir, jobs=2, executor="dask", scheduler=dask_cluster,
                   registry=(KillOnceStage(),), echo=lambda line: None)
    assert report.exit_code == 0
    assert sorted(report.stages[0].rendered) == ["a", "b", "c", "d"]
    assert (out_dir / "words/b.txt").read_text("utf-8") == "Tiêu đề b"


def test_forked_workers_inherit_a_shared_argument_and_calls_carry_only_its_key():
    """A stage's campaign, which every call carries, is handed down to the workers when they fork: each call then
    pickles to its key alone (not the megabytes of a big campaign), and every worker still gets the whole value.
    One shared after the fork travels with its bytes, as before."""
    shared = executors.Shared("x" * 2_000_000)
    executor = executors.PoolExecutor(2, -1)
    try:
        tokens = {executor.submit(len, shared): 2_000_000 for _ in range(4)}
        assert shared.inherited and len(pickle.dumps(shared)) < 200
        later = executors.Shared("y" * 1000)
        tokens[executor.submit(len, later)] = 1000
        assert not later.inherited and len(pickle.dumps(later)) > 1000
        outcomes: dict[int, int] = {}
        deadline = time.monotonic() + 60
        while len(outcomes) < len(tokens) and time.monotonic() < deadline:
            outcomes.update(executor.finished(timeout=1))
        assert outcomes == tokens
    finally:
        executor.close()


# --- a no-op build writes nothing, and starts no worker ---------------------------------------------

def test_a_no_op_rebuild_writes_nothing_in_the_output_folder(pool_build, campaign_dir, tmp_path):
    pool_out, _ = pool_build
    out_dir = tmp_path / "output"
    shutil.copytree(pool_out, out_dir)
    stage_args = [arg for stage in STAGES for arg in ("--stage", stage)]
    # a copy has new inodes and times: the first build re-hashes and records them (rendering nothing)
    first = cli("build", str(campaign_dir), "--out", str(out_dir), *stage_args, "--json")
    assert first.returncode == 0, first.stderr
    before = snapshot(out_dir)
    # nothing to do: no manifest rewrite, no new mtime anywhere; --executor dask would not even connect
    again = cli("build", str(campaign_dir), "--out", str(out_dir), *stage_args, "--json",
                "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert again.returncode == 0, again.stderr
    assert snapshot(out_dir) == before
    document = json.loads(again.stdout)
    assert [(s["stage"], s["rendered"], s["up_to_date"]) for s in document["stages"]] == \
        [("leaflets", 0, 3), ("infographics", 0, 2)]


# --- --json for machines ----------------------------------------------------------------------------

def test_build_json_is_one_document_on_stdout_with_progress_on_stderr(pool_build):
    _, result = pool_build
    document = json.loads(result.stdout)
    assert document["exit_code"] == 0 and document["refused"] == []
    assert {s["stage"]: s["rendered_jobs"] for s in document["stages"]} == {
        "leaflets": ["luong-huu", "thai-san", "trifold"],
        "infographics": ["luong-huu/portrait", "thai-san/portrait"]}
    assert all(s["variant"] is None and s["failed"] == 0 for s in document["stages"])
    assert "[5/5" in result.stderr and "jobs/min" in result.stderr        # the progress, on stderr
    assert "total" in result.stderr and "—" in result.stderr               # the summary table


def test_every_fit_warning_is_reported_once_by_the_build(pool_build):
    """A text set smaller than its template's preferred size is one warning line, named by stage and job, not also a
    renderer's log line in the workers' stderr (each was printed twice, in two formats)."""
    _, result = pool_build
    reported = [line.split(": warning: ", 1)[1] for line in result.stderr.splitlines() if ": warning: " in line]
    assert len(reported) >= 2, result.stderr   # the fixture's thai-san: its flyer's and its image's key figure
    for message in reported:
        assert result.stderr.count(message) == 1, (message, result.stderr)
    assert "WARNING pipeline" not in result.stderr, result.stderr


def test_status_and_verify_json(pool_build, campaign_dir, tmp_path):
    pool_out, _ = pool_build
    out_dir = tmp_path / "output"
    shutil.copytree(pool_out, out_dir)
    status = cli("status", str(campaign_dir), "--out", str(out_dir), "--stage", "leaflets", "--json")
    assert status.returncode == 0, status.stderr
    document = json.loads(status.stdout)
    assert document["to_build"] == 0 and document["up_to_date"] == 3 and document["exit_code"] == 0
    assert {job["job"] for job in document["jobs"]} == {"luong-huu", "thai-san", "trifold"}

    (out_dir / "infographics/thai-san/portrait.png").write_bytes(b"not a png")
    verify = cli("verify", "--out", str(out_dir), "--json")
    assert verify.returncode == 1
    document = json.loads(verify.stdout)
    assert document["exit_code"] == 1 and document["checked"] >= 5
    assert [(p["stage"], p["path"]) for p in document["problems"]] == [
        ("infographics", "infographics/thai-san/portrait.png")]

    (campaign_dir / "texts" / "b-thai-san.md").write_text(
        (campaign_dir / "texts" / "b-thai-san.md").read_text("utf-8") + "\nThêm một câu.\n", "utf-8")
    try:
        status = cli("status", str(campaign_dir), "--out", str(out_dir), "--stage", "leaflets", "--json")
        assert status.returncode == 1
        document = json.loads(status.stdout)
        assert document["refused"] == 1
        assert any(job["text_id"] == "thai-san" and "refused" in job["state"] for job in document["jobs"])
    finally:
        approve_texts([campaign_dir / "texts" / "b-thai-san.md"], by="Kiểm thử", today=dt.date(2026, 11, 24))


# --- the progress display ---------------------------------------------------------------------------

def test_a_clip_render_reports_its_frames_to_the_progress_display(tmp_path, monkeypatch):
    """A real MoviePy encode through frame_logger(): frames done reach the display as it goes."""
    import numpy as np

    monkeypatch.setattr(executors, "_FRAME_REPORT_INTERVAL_S", 0.0)   # every frame, not every 0.25 s
    from moviepy import VideoClip

    def encode():
        clip = VideoClip(frame_function=lambda t: np.full((64, 64, 3), int(t * 200) % 255, np.uint8), duration=2)
        clip.write_videofile(str(tmp_path / "c.mp4"), fps=24, codec="libx264", audio=False,
                             logger=executors.frame_logger(), preset="ultrafast")
        return "done"

    events: list[dict] = []
    assert executors.frame_logger() is None     # outside a job: MoviePy stays silent
    assert executors.run_reported(7, encode, (), events.append) == "done"
    frames = [event for event in events if event["kind"] == "frames"]
    assert events[0]["kind"] == "start" and events[0]["token"] == 7
    assert [event["done"] for event in frames] == list(range(1, 49))
    assert {event["total"] for event in frames} == {48}

    lines: list[str] = []
    progress = BatchProgress(3, lines.append, tty=False)
    for event in events:
        progress.event(event, "clips a/vertical")
        if event["kind"] == "frames" and 0 < event["done"] < event["total"]:
            assert progress.now_rendering().startswith("clips a/vertical ")
    progress.event({"token": 8, "kind": "start"}, "audio b")
    progress.finished(7, "clips a/vertical: rendered (new) in 1.0 s")
    assert any("clips a/vertical: 50% of 48 frames" in line for line in lines), lines
    assert lines[-1].startswith("  [1/3, ") and "left] clips a/vertical: rendered" in lines[-1]
    assert lines[-1].endswith("(now: audio b)")
    assert progress.now_rendering() == "audio b"


def test_the_live_line_on_a_terminal_shows_what_renders_now(capsys):
    progress = BatchProgress(4, print, tty=True)
    progress.event({"token": 1, "kind": "start"}, "leaflets a")
    progress.event({"token": 2, "kind": "frames", "done": 30, "total": 120}, "clips b/vertical")
    progress.finished(1, "leaflets a: rendered (new) in 1.0 s")
    progress.close()
    shown = capsys.readouterr().err
    assert "clips b/vertical 25%" in shown and "1/4" in shown and "leaflets a: rendered" in shown


def test_the_summary_table_has_a_variant_column_and_totals():
    table = summary_table([
        {"stage": "leaflets", "variant": None, "rendered": 3, "up_to_date": 1, "refused": 0, "failed": 1,
         "seconds": 2.5},
        {"stage": "audio", "variant": "ha-noi", "rendered": 2, "up_to_date": 0, "refused": 1, "failed": 0,
         "seconds": 1.0}])
    lines = table.splitlines()
    assert lines[0].split() == ["stage", "variant", "rendered", "up", "to", "date", "refused", "failed", "seconds"]
    assert lines[2].split() == ["leaflets", "—", "3", "1", "0", "1", "2.5"]
    assert lines[3].split() == ["audio", "ha-noi", "2", "0", "1", "0", "1.0"]
    assert lines[-1].split() == ["total", "5", "1", "1", "1", "3.5"]


# --- the cluster's network exposure and --scheduler ---------------------------------------------------

class JsonPerTextStage(Stage):
    """A test stage writing one JSON document per approved text (`words/<id>.json`): what its render saw."""

    name = "words"
    code = ("pipeline.content",)

    def jobs(self, campaign, settings):
        return [Job(self.name, t.id, (t.id,), (f"words/{t.id}.json",)) for t in campaign.approved_texts]


class ListeningStage(JsonPerTextStage):
    """Records, from inside a Dask worker, every listening TCP socket of the build process and its descendants."""

    def prepare(self, campaign, settings):
        """In the build process, before the cluster starts: its pid, and the processes it had before (this
        module's `dask scheduler` and `dask worker`s are children of the test process too)."""
        import psutil

        before = psutil.Process().children(recursive=True)
        return {"build_pid": os.getpid(), "before": sorted(process.pid for process in before)}

    def render(self, job, ctx):
        import psutil

        build_process = psutil.Process(ctx.settings["build_pid"])
        cluster = [process for process in build_process.children(recursive=True)
                   if process.pid not in ctx.settings["before"]]
        listening = sorted({(conn.laddr.ip, conn.laddr.port) for process in (build_process, *cluster)
                            for conn in process.net_connections(kind="inet") if conn.status == psutil.CONN_LISTEN})
        write_text(ctx.dest(job.outputs[0]), json.dumps(listening))
        return Rendered({job.outputs[0]: {}})


def test_the_local_cluster_and_its_http_server_listen_on_loopback_only(tmp_path):
    out_dir = tmp_path / "output"
    lines: list[str] = []
    report = build(four_texts(), out_dir, jobs=2, executor="dask", registry=(ListeningStage(),), echo=lines.append)
    assert report.exit_code == 0, lines
    listening = {tuple(pair) for path in (out_dir / "words").glob("[a-d].json")
                 for pair in json.loads(path.read_text("utf-8"))}
    # the scheduler, its HTTP server, two nannies and two workers (each with its own HTTP server)
    assert len(listening) >= 4, listening
    assert {ip for ip, _ in listening} == {"127.0.0.1"}, listening


class ImportsSeenStage(JsonPerTextStage):
    """Writes whether the renderers' modules (`pipeline.leaflets.preflight`) were loaded when its render began."""

    def render(self, job, ctx):
        write_text(ctx.dest(job.outputs[0]), json.dumps("pipeline.leaflets.preflight" in sys.modules))
        return Rendered({job.outputs[0]: {}})


class PreloadingStage(ImportsSeenStage):
    worker_imports = ("pipeline.leaflets.preflight",)


@pytest.mark.parametrize("stage, preloaded", [("PreloadingStage", True), ("ImportsSeenStage", False)])
def test_local_cluster_workers_get_the_stages_worker_imports_from_the_fork_server(tmp_path, stage, preloaded):
    """A LocalCluster's workers find the selected stages' `worker_imports` loaded before their first job (the fork
    server imported them once); without them, they do not. Each build in a fresh process: one fork server each."""
    out_dir = tmp_path / "output"
    script = (f"from pathlib import Path\nfrom pipeline.build import build\n"
              f"from tests.test_executors import four_texts, {stage}\n"
              f"if __name__ == '__main__':\n"
              f"    report = build(four_texts(), Path({str(out_dir)!r}), jobs=2, executor='dask', "
              f"registry=({stage}(),), echo=lambda line: None)\n"
              f"    raise SystemExit(report.exit_code)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180, cwd=REPO)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = [json.loads(path.read_text("utf-8")) for path in sorted((out_dir / "words").glob("[a-d].json"))]
    assert seen == [preloaded] * 4


@pytest.mark.parametrize("address, problem", [
    ("bogus://x", "unknown protocol 'bogus'"),
    ("tls://127.0.0.1:8786", "tls:// needs the client's TLS files"),
    ("tcp://127.0.0.1", "expected tcp://HOST:PORT"),
    ("127.0.0.1:99999", "expected tcp://HOST:PORT"),
])
def test_a_bad_scheduler_is_a_usage_error_before_anything_is_planned(campaign_dir, tmp_path, address, problem):
    out_dir = tmp_path / "output"
    env_free = {key: value for key, value in os.environ.items() if not key.startswith("DASK_")}
    result = subprocess.run([sys.executable, "-m", "pipeline", "build", str(campaign_dir), "--out", str(out_dir),
                             "--executor", "dask", "--scheduler", address], capture_output=True, text=True,
                            timeout=120, cwd=REPO, env=env_free)
    assert result.returncode == 2, result.stderr
    assert f"--scheduler {address}" in result.stderr and problem in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert not out_dir.exists()   # no lock taken, nothing planned


def test_a_tls_scheduler_passes_the_check_once_dask_has_the_client_certificates():
    import dask
    from distributed.security import Security

    temporary = Security.temporary()   # a throwaway CA and certificate, in memory
    with dask.config.set({"distributed.comm.tls.ca-file": temporary.tls_ca_file,
                          "distributed.comm.tls.client.cert": temporary.tls_client_cert,
                          "distributed.comm.tls.client.key": temporary.tls_client_key}):
        executors.check_scheduler("tls://127.0.0.1:8786")


_KEPT: list = []


def _where_and_what(value):
    _KEPT.append(value)   # kept alive, so that a copy per call could not reuse a freed one's id
    return os.getpid(), id(value), value


@pytest.mark.parametrize("kind", ["inline", "pool"])
def test_a_shared_argument_arrives_as_its_value_one_object_per_process(kind):
    """The campaign every job of a stage carries: each call gets the value itself, and the calls one worker runs
    get the one object it unpickled (as inline calls share the build's), not a copy each."""
    value = {"texts": [f"t{n:05d}" for n in range(200)]}
    shared = executors.Shared(value)
    runner = executors.InlineExecutor() if kind == "inline" else executors.PoolExecutor(2, -1)
    try:
        tokens = [runner.submit(_where_and_what, shared) for _ in range(6)]
        outcomes = {}
        deadline = time.monotonic() + 60
        while len(outcomes) < len(tokens) and time.monotonic() < deadline:
            outcomes.update(runner.finished(timeout=1))
    finally:
        runner.close()
    assert sorted(outcomes) == sorted(tokens)
    assert all(got == value for _, _, got in outcomes.values())
    objects: dict[int, set[int]] = {}
    for pid, identity, _ in outcomes.values():
        objects.setdefault(pid, set()).add(identity)
    assert all(len(identities) == 1 for identities in objects.values())
    if kind == "inline":
        assert objects == {os.getpid(): {id(value)}}
