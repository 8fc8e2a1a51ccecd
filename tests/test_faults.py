"""Killing builds: workers die with the build, signals record what finished, the lock is never left jammed.

The stage here sleeps as long as it is told (through the environment of a build run in a subprocess), so
each kill lands at a known moment; tests/test_kill_suite.py kills real builds at random moments.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.atomic import write_text
from pipeline.build import build
from pipeline.errors import PipelineError
from pipeline.manifest import Manifest, verify_outputs
from pipeline.stages.base import Job, Rendered, Stage
from tests.conftest import make_campaign, make_text

ROOT = Path(__file__).parent.parent
KEYS = [f"t{i}" for i in range(6)]


class SlowStage(Stage):
    """Notes its worker's pid in <out>/pids/, sleeps SLOW_<key> (or SLOW_S) seconds, writes slow/<key>.txt."""

    name = "slow"
    code = ("pipeline.content",)

    def jobs(self, campaign, settings):
        return [Job(self.name, t.id, (t.id,), (f"slow/{t.id}.txt",)) for t in campaign.approved_texts]

    def render(self, job, ctx):
        pids = ctx.out_dir / "pids"
        pids.mkdir(exist_ok=True)
        (pids / str(os.getpid())).touch()
        time.sleep(float(os.environ.get(f"SLOW_{job.key}", os.environ.get("SLOW_S", "0"))))
        write_text(ctx.dest(job.outputs[0]), job.key)
        return Rendered()


def slow_campaign():
    return make_campaign(tuple(make_text(key, approval=f"sha256:{i:064d}") for i, key in enumerate(KEYS)))


SCRIPT = """
import sys
from pathlib import Path
from pipeline.processes import BuildInterrupted
from tests.test_faults import SlowStage, build, slow_campaign
try:
    build(slow_campaign(), Path(sys.argv[1]), jobs=int(sys.argv[2]), registry=(SlowStage(),), echo=print)
except BuildInterrupted as exc:
    print(exc.message, file=sys.stderr)
    sys.exit(exc.exit_code)
"""


def start_build(out_dir: Path, jobs: int = 2, **slow: float) -> subprocess.Popen:
    """A build of the slow stage in its own process group; SLOW_S and SLOW_<key> set how long jobs take."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **{f"SLOW_{k}": str(v) for k, v in slow.items()}}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(out_dir), str(jobs)], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def wait_for_records(out_dir: Path, count: int, process: subprocess.Popen, timeout_s: float = 60) -> None:
    """Until `count` jobs are journaled (or the test fails)."""
    journal = Manifest.journal_path(out_dir, "slow")
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        lines = journal.read_text().splitlines() if journal.exists() else []
        if sum(json.loads(line)["kind"] == "item" for line in lines if line) >= count:
            return
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    pytest.fail(f"{count} jobs not recorded in {timeout_s} s")


def alive(pid: int) -> bool:
    """True while `pid` runs (a zombie waiting to be reaped is not running)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


def workers_of(out_dir: Path, main_pid: int) -> list[int]:
    return [int(p.name) for p in (out_dir / "pids").iterdir() if int(p.name) != main_pid]


def wait_until_dead(pids: list[int], timeout_s: float = 10) -> list[int]:
    """The pids still running after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and any(alive(pid) for pid in pids):
        time.sleep(0.05)
    return [pid for pid in pids if alive(pid)]


def finish(out_dir: Path) -> None:
    """The resume: an ordinary build in this process, then every output is as its manifest says."""
    build(slow_campaign(), out_dir, registry=(SlowStage(),), echo=lambda _: None)
    assert verify_outputs(out_dir, ["slow"]) == (len(KEYS), [])
    assert sorted(Manifest.load(out_dir, "slow").items) == KEYS
    assert not list(out_dir.rglob("*.tmp*"))


def test_killing_only_the_main_process_kills_its_workers_and_frees_the_lock(tmp_path):
    process = start_build(tmp_path, t0=0, t1=0, S=60)
    wait_for_records(tmp_path, 2, process)
    time.sleep(0.3)                                  # both workers are in 60-second jobs now
    workers = workers_of(tmp_path, process.pid)
    assert workers
    process.kill()                                   # SIGKILL to the main process only
    process.communicate()
    assert wait_until_dead(workers) == []
    finish(tmp_path)                                 # not "another build is running": the lock was taken over


@pytest.mark.parametrize("how", ["SIGTERM to the main process", "Ctrl+C (SIGINT to the process group)",
                                 "SIGTERM to a -j 1 build"])
def test_a_signal_records_what_finished_and_stops_at_once(tmp_path, how):
    process = start_build(tmp_path, 1 if "-j 1" in how else 2, t0=0, t1=0, S=60)
    wait_for_records(tmp_path, 2, process)
    time.sleep(0.3)
    workers = workers_of(tmp_path, process.pid)
    if how.startswith("SIGTERM"):
        process.send_signal(signal.SIGTERM)
        signum = signal.SIGTERM
    else:
        os.killpg(process.pid, signal.SIGINT)
        signum = signal.SIGINT
    try:
        _, stderr = process.communicate(timeout=15)  # far less than the 60 s the jobs in flight would take
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail(f"the build did not stop after {how}")
    assert process.returncode == 128 + signum, stderr
    assert f"interrupted by {signum.name}" in stderr and "recorded" in stderr and "resume" in stderr
    assert "Traceback" not in stderr
    assert wait_until_dead(workers) == []
    data = json.loads((tmp_path / "slow/manifest.json").read_text())   # folded into the manifest on the way out
    assert [item["key"] for item in data["items"]] == ["t0", "t1"]
    finish(tmp_path)


def test_a_second_build_is_refused_naming_the_running_one(tmp_path):
    process = start_build(tmp_path, S=60)
    try:
        deadline = time.monotonic() + 30
        while not (tmp_path / "pids").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        with pytest.raises(PipelineError, match=rf"another build is running in .*pid {process.pid} on "):
            build(slow_campaign(), tmp_path, registry=(SlowStage(),), echo=lambda _: None)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()


def test_a_pdf_edited_with_its_mtime_put_back_is_rebuilt_before_it_is_packaged(tmp_path):
    """`package printers` refuses the edited PDF and asks for a build; that build must not be a no-op."""
    from click.testing import CliRunner

    from pipeline.cli import cli
    from tests.killing import tiny_campaign

    campaign_dir = tiny_campaign(tmp_path / "campaign")
    out = ["--out", str(tmp_path / "out")]
    assert CliRunner().invoke(cli, ["build", str(campaign_dir), *out, "--stage", "leaflets"]).exit_code == 0
    pdf = tmp_path / "out" / "leaflets" / "trifold.pdf"
    stat = pdf.stat()
    data = bytearray(pdf.read_bytes())
    data[-200:-190] = b"0123456789"                       # same size, other bytes
    pdf.write_bytes(bytes(data))
    os.utime(pdf, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    packaged = CliRunner().invoke(cli, ["package", "printers", str(campaign_dir), *out])
    assert packaged.exit_code == 1 and "has changed since it was built" in packaged.output
    status = CliRunner().invoke(cli, ["status", str(campaign_dir), *out, "--stage", "leaflets"])
    assert "to build (output modified)" in status.output
    rebuilt = CliRunner().invoke(cli, ["build", str(campaign_dir), *out, "--stage", "leaflets"])
    assert rebuilt.exit_code == 0 and "trifold: rendered (output modified)" in rebuilt.output
    assert CliRunner().invoke(cli, ["package", "printers", str(campaign_dir), *out]).exit_code == 0
