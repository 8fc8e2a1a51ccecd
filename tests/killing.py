"""Kill real builds at random moments and check that every resume ends clean (the fault suite and torture).

A build to kill is forked from the current process, where the renderers are already imported, so it reaches
its stages at once (an import of scipy and MoviePy would otherwise take most of its life); it runs the real
command line (`media-pipeline build ... -j 2`) in its own session. Each kill is one of:

- `SIGTERM main`: a service manager's stop, the build records what finished and stops its workers;
- `SIGKILL main`: the main process only, its workers must die with it;
- `SIGKILL tree`: the whole process group, as a power cut or an OOM kill of a cgroup would.

After each kill: no process of the killed build is left, the lock is free, and a resume exits 0 with
`verify` clean, no temp file anywhere in the output folder and every output as its manifest says.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import random
import shutil
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.manifest import Manifest, verify_outputs
from pipeline.stages import STAGE_NAMES

FIXTURES = Path(__file__).parent / "fixtures"
MODES = ("SIGTERM main", "SIGKILL main", "SIGKILL tree")
# Bulletins short and quick: read fast, no chimes (the fixture's audio line, replaced).
FAST_AUDIO = ("audio: {engine: espeak, repeat: 1}", "audio: {engine: espeak, repeat: 1, chime: false, espeak_rate: 450}")
# Clips as cheap as the settings allow: silent (no narration), fastest encoder that still gives H.264 High.
FAST_CLIPS = ("clips: {silent: true, preset: superfast, crf: 45, motion: none, fps: 24, tail_s: 0, lead_in_s: 0,"
              " crossfade_s: 0, tune: null, threads: 1, silent_cps: 25, poster_quality: 50}\n")


def tiny_campaign(dest: Path, texts: int = 1) -> Path:
    """The fixture campaign with its first `texts` texts, fast clip settings, approved."""
    from pipeline.approve import approve_texts

    shutil.copytree(FIXTURES / "campaign", dest)
    for path in sorted((dest / "texts").glob("*.md"))[texts:]:
        path.unlink()
    settings = dest / "campaign.yaml"
    text = settings.read_text("utf-8").replace(*FAST_AUDIO)
    settings.write_text(text + FAST_CLIPS, "utf-8")
    approve_texts(sorted((dest / "texts").glob("*.md")), by="Kiểm thử", today=dt.date(2026, 11, 24))
    return dest


def fork_build(args: list[str], log_path: Path) -> int:
    """Run `media-pipeline build ARGS` in a forked child in a new session; returns its pid (= its group)."""
    pid = os.fork()
    if pid:
        return pid
    code = 99
    try:
        os.setsid()
        fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        # pytest's capture replaces sys.stdout/sys.stderr: the build's lines must reach the log file
        sys.stdout = open(1, "w", encoding="utf-8", buffering=1, closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", buffering=1, closefd=False)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL if signum == signal.SIGTERM else signal.default_int_handler)
        sys.argv = ["media-pipeline", "build", *args]
        from pipeline.cli import main

        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    finally:
        os._exit(code)


def session_processes(session_id: int) -> list[int]:
    """Every process still running (not a zombie) in a session."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session_id and fields[0] not in ("Z", "X"):
            pids.append(int(entry.name))
    return pids


def wait_gone(session_id: int, timeout_s: float = 10) -> list[int]:
    """The processes of a session still running after `timeout_s` (none, when workers die with the build)."""
    deadline = time.monotonic() + timeout_s
    while session_processes(session_id) and time.monotonic() < deadline:
        time.sleep(0.05)
    return session_processes(session_id)


def lock_is_free(out_dir: Path) -> bool:
    """True when nobody holds the output folder's build lock."""
    with open(out_dir / ".build.lock", "a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(f, fcntl.LOCK_UN)
        return True


def leftovers(out_dir: Path) -> list[str]:
    """Temp files and journals a finished build must not leave behind."""
    return sorted(str(p.relative_to(out_dir)) for p in out_dir.rglob("*")
                  if ".tmp" in p.name or p.name == ".journal.jsonl")


@dataclass
class KillReport:
    """What the kills did: counts per mode and per stage hit, and every problem seen after a resume."""

    kills: int = 0
    finished_first: int = 0
    modes: Counter = field(default_factory=Counter)
    stages: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    reported: int = 0

    def problems_new(self) -> int:
        """How many problems were added since the last call."""
        new, self.reported = len(self.problems) - self.reported, len(self.problems)
        return new

    def summary(self) -> str:
        """One line for a test failure or the torture script."""
        return (f"{self.kills} kills ({dict(self.modes)}), stages hit {dict(self.stages)}, "
                f"{self.finished_first} builds finished before their kill, {len(self.problems)} problem(s)")


def stage_in_progress(log_path: Path) -> str:
    """The stage a killed build was in: the first without its summary line in the build's output."""
    text = log_path.read_text("utf-8", "replace")
    for name in STAGE_NAMES:
        if f"\n{name}: " not in "\n" + text:
            return name
    return "finishing"


def wait_for_stage(pid: int, log_path: Path, target: str, timeout_s: float = 120) -> bool:
    """Wait until the build `pid` has finished the stages before `target` (their summary lines are in its
    log) or has ended (then True: it is reaped): the kill is aimed inside `target` however slow a loaded
    machine makes start-up."""
    before = STAGE_NAMES[:STAGE_NAMES.index(target)]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        text = "\n" + (log_path.read_text("utf-8", "replace") if log_path.exists() else "")
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            return True
        if all(f"\n{name}: " in text for name in before):
            return False
        time.sleep(0.02)
    return False


def kill_windows(out_dir: Path) -> dict[str, float]:
    """How long after its start a build with one job to do in a stage may be killed: the longest render time
    recorded in the stage's manifest, plus its start-up."""
    windows = {}
    for stage in STAGE_NAMES:
        seconds = [item.get("render_s", 1.0) for item in Manifest.load(out_dir, stage).items.values()]
        windows[stage] = max(seconds or [1.0])
    return {stage: seconds * 0.8 + 0.3 for stage, seconds in windows.items()}


def stale_one_output(out_dir: Path, stage: str, rng: random.Random) -> None:
    """Give the next build work in `stage`: remove one of its outputs at random."""
    outputs = sorted(Manifest.load(out_dir, stage).output_hashes())
    (out_dir / rng.choice(outputs)).unlink(missing_ok=True)


def kill_and_resume(campaign_dir: Path, out_dir: Path, kills: int, rng: random.Random, log_dir: Path,
                    echo=lambda line: None) -> KillReport:
    """`kills` builds, each with some work to do, killed at a random moment of their run, each then resumed."""
    report = KillReport()
    windows = kill_windows(out_dir)
    args = [str(campaign_dir), "--out", str(out_dir), "-j", "2"]
    attempt = 0
    while report.kills < kills:
        attempt += 1
        target = STAGE_NAMES[attempt % len(STAGE_NAMES)]
        stale_one_output(out_dir, target, rng)
        mode = MODES[report.kills % len(MODES)]
        log_path = log_dir / f"kill-{attempt}.log"
        started = time.monotonic()
        pid = fork_build(args, log_path)
        ended = wait_for_stage(pid, log_path, target)
        if not ended:
            time.sleep(rng.uniform(0, windows[target]))
            ended = os.waitpid(pid, os.WNOHANG) != (0, 0)
        if ended:
            report.finished_first += 1   # aim the next kills of this stage within the time it really took
            windows[target] = min(windows[target], time.monotonic() - started)
            echo(f"a build with work in {target} finished before its kill")
        else:
            os.killpg(pid, signal.SIGKILL) if mode == "SIGKILL tree" else \
                os.kill(pid, signal.SIGTERM if mode == "SIGTERM main" else signal.SIGKILL)
            os.waitpid(pid, 0)
            report.kills += 1
            report.modes[mode] += 1
            report.stages[stage_in_progress(log_path)] += 1
            echo(f"kill {report.kills}/{kills}: {mode} in {stage_in_progress(log_path)}")
        _check_after_kill(pid, campaign_dir, out_dir, args, log_dir, attempt, report)
        for problem in report.problems[len(report.problems) - report.problems_new():]:
            echo(f"PROBLEM: {problem}")
    return report


def _check_after_kill(pid: int, campaign_dir: Path, out_dir: Path, args: list[str], log_dir: Path, attempt: int,
                      report: KillReport) -> None:
    still = wait_gone(pid)
    if still:
        report.problems.append(f"attempt {attempt}: processes left running: {still}")
        for orphan in still:
            os.kill(orphan, signal.SIGKILL)
    if not lock_is_free(out_dir):
        report.problems.append(f"attempt {attempt}: the lock is held after the build died")
    resume_log = log_dir / f"resume-{attempt}.log"
    resume = fork_build(args, resume_log)
    _, status = os.waitpid(resume, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        report.problems.append(f"attempt {attempt}: the resume exited {os.waitstatus_to_exitcode(status)}: "
                               f"{resume_log.read_text()[-2000:]}")
    wait_gone(resume)
    checked, problems = verify_outputs(out_dir, list(STAGE_NAMES))
    report.problems += [f"attempt {attempt}: verify: {stage} {path}: {problem}" for stage, path, problem in problems]
    left = leftovers(out_dir)
    if left:
        report.problems.append(f"attempt {attempt}: left behind: {left}")
    if not lock_is_free(out_dir):
        report.problems.append(f"attempt {attempt}: the lock is held after the resume")
