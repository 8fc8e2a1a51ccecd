"""The long version of the fault suite: many kills, a large generated campaign, hostile inputs.

    .venv/bin/python scripts/torture.py                       # 200 kills, a 5,000-text campaign
    .venv/bin/python scripts/torture.py --kills 30 --texts 100  # a shorter run

1. Kills: real builds of a tiny campaign killed at random moments (SIGTERM/SIGKILL of the main process,
   SIGKILL of the whole tree), each resumed and checked (tests/killing.py): no process left, lock free,
   verify clean, no temp file.
2. Recording cost at the large size: per finished job, the old way (rewrite the whole manifest) against the
   journal (append one line), with items copied from the real build, as a ratio in the same process.
3. A generated campaign of --texts texts built for leaflets, infographics and audio: wall time and the peak
   memory of the largest process of the build; then a no-op build (must render and write nothing).
4. Hostile inputs, when tests/hostile_inputs.py provides run_cases(n, deadline_s); else skipped, saying so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from click.testing import CliRunner  # noqa: E402

from pipeline.atomic import write_json  # noqa: E402
from pipeline.cli import cli  # noqa: E402
from pipeline.manifest import Manifest, append_journal  # noqa: E402
from tests.killing import kill_and_resume, tiny_campaign  # noqa: E402

TEXT = """---
id: {text_id}
title: "Thông tin số {n}: chỉ cần 15 năm đóng BHXH để hưởng lương hưu"
summary: "Từ ngày 1/7/2025, đóng bảo hiểm xã hội đủ 15 năm là được hưởng lương hưu (bản tin {n})."
key_figures:
  - {{value: "15 năm", label: "đóng BHXH tối thiểu"}}
points:
  - "Trước đây cần 20 năm"
---
Thời gian đóng **tối thiểu** để hưởng lương hưu giảm xuống 15 năm (thông tin số {n}).

- Gọi 1900 9068 để được tư vấn.
"""


# Runs a command and prints the peak resident memory of its largest process (the build or one of its workers).
MEASURE = ("import resource, subprocess, sys\n"
           "code = subprocess.run(sys.argv[1:]).returncode\n"
           "print('PEAK_KB', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
           "sys.exit(code)\n")


def run_kills(kills: int, work: Path, seed: int) -> None:
    """Part 1: `kills` random kills, each followed by a checked resume."""
    campaign_dir = tiny_campaign(work / "kill-campaign")
    out_dir = work / "kill-out"
    first = CliRunner().invoke(cli, ["build", str(campaign_dir), "--out", str(out_dir), "-j", "2"])
    if first.exit_code != 0:
        sys.exit(f"the first build failed:\n{first.output}")
    (work / "kill-logs").mkdir()
    started = time.monotonic()
    report = kill_and_resume(campaign_dir, out_dir, kills, random.Random(seed), work / "kill-logs",
                             echo=lambda line: print("  " + line, flush=True))
    print(f"kills: {report.summary()} in {time.monotonic() - started:.0f} s", flush=True)


def generate_campaign(dest: Path, texts: int) -> Path:
    """The fixture campaign's settings with `texts` generated texts, approved."""
    from pipeline.approve import approve_texts

    campaign_dir = tiny_campaign(dest, texts=1)
    for path in (campaign_dir / "texts").glob("*.md"):
        path.unlink()
    paths = []
    for n in range(texts):
        path = campaign_dir / "texts" / f"t{n:05d}.md"
        path.write_text(TEXT.format(text_id=f"t{n:05d}", n=n), "utf-8")
        paths.append(path)
    approve_texts(paths, by="Kiểm thử", today=dt.date(2026, 11, 24))
    with open(campaign_dir / "campaign.yaml", "a", encoding="utf-8") as f:   # the tri-fold's four texts, chosen
        f.write(f"leaflets: {{trifold_texts: [{', '.join(f't{n:05d}' for n in range(min(texts, 4)))}]}}\n")
    return campaign_dir


def recording_cost(out_dir: Path, texts: int, work: Path) -> None:
    """Part 2: seconds to record one finished job in a manifest of `texts` items, before and after the journal."""
    sample = [item for stage in ("leaflets", "infographics", "audio")
              for item in Manifest.load(out_dir, stage).items.values()]
    if not sample:
        print("recording cost: skipped (nothing built to copy items from: run with --kills or --texts)")
        return
    manifest = Manifest("audio")
    for n in range(texts):
        item = json.loads(json.dumps(sample[n % len(sample)]))
        item["key"] = f"t{n:05d}"
        manifest.items[item["key"]] = item
    size = len(json.dumps(manifest.as_dict()))
    rounds = 20
    started = time.perf_counter()
    for _ in range(rounds):   # before: the whole manifest rewritten after every job (as the build did, no fsync)
        write_json(Manifest.path_for(work, "audio"), manifest.as_dict())
    rewrite_s = (time.perf_counter() - started) / rounds
    journal = work / "journal-bench" / ".journal.jsonl"
    started = time.perf_counter()
    for n in range(200):
        append_journal(journal, {"kind": "item", "item": manifest.items[f"t{n % texts:05d}"]})  # after
    append_s = (time.perf_counter() - started) / 200
    started = time.perf_counter()
    manifest.save(work)
    fold_s = time.perf_counter() - started
    print(f"recording at {texts} items ({size / 1e6:.1f} MB manifest): rewrite per job {rewrite_s * 1e3:.1f} ms, "
          f"journal line per job (fsync'd) {append_s * 1e3:.2f} ms (x{rewrite_s / append_s:.0f} less), "
          f"one manifest write (fsync'd) per stage {fold_s * 1e3:.0f} ms", flush=True)


def build_large(texts: int, work: Path) -> Path:
    """Part 3: build a generated campaign for leaflets, infographics and audio; wall time and peak memory."""
    started = time.monotonic()
    campaign_dir = generate_campaign(work / "large-campaign", texts)
    print(f"generated and approved {texts} texts in {time.monotonic() - started:.0f} s")
    out_dir = work / "large-out"
    command = [sys.executable, "-m", "pipeline", "build", str(campaign_dir), "--out", str(out_dir), "-j", "2",
               "--stage", "leaflets", "--stage", "infographics", "--stage", "audio"]
    for label in ("build", "no-op build"):
        measured(f"{label} of {texts} texts", command)
    return out_dir


def measured(label: str, command: list[str]) -> None:
    """Run a command; print its exit status, wall time, the peak memory of its largest process, its summary."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", MEASURE, *command], cwd=ROOT, capture_output=True, text=True)
    wall = time.monotonic() - started
    lines = (done.stderr + done.stdout).splitlines()
    peak = [line for line in lines if line.startswith("PEAK_KB")]
    peak_mb = int(peak[-1].split()[-1]) / 1024 if peak else float("nan")
    summary = [line for line in lines if not line.startswith(("  [", "PEAK_KB", "WARNING"))][-5:]
    print(f"{label}: exit {done.returncode}, {wall:.0f} s wall, peak memory of the largest process "
          f"{peak_mb:.0f} MB; " + " | ".join(summary), flush=True)


def plan_large(texts: int, work: Path) -> None:
    """Part 3b: `status` (loading, validating and planning every stage) of a generated campaign of `texts`."""
    started = time.monotonic()
    campaign_dir = generate_campaign(work / "plan-campaign", texts)
    print(f"generated and approved {texts} texts in {time.monotonic() - started:.0f} s")
    measured(f"status of {texts} texts", [sys.executable, "-m", "pipeline", "status", str(campaign_dir),
                                          "--out", str(work / "plan-out")])


def hostile_inputs(cases: int, deadline_s: float) -> None:
    """Part 4: the hostile-input cases of tests/hostile_inputs.py, if that module exists."""
    try:
        from tests.hostile_inputs import run_cases
    except ImportError as exc:
        print(f"hostile inputs: skipped (tests/hostile_inputs.py with run_cases(n, deadline_s) not found: {exc})")
        return
    print(f"hostile inputs: {run_cases(cases, deadline_s)}")


def main() -> None:
    """Parse the sizes and run every part."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--texts", type=int, default=5000, help="texts of the generated campaign")
    parser.add_argument("--record-texts", type=int, default=5000, help="manifest size for the recording cost")
    parser.add_argument("--status-texts", type=int, default=0, help="also plan (status) a campaign this large")
    parser.add_argument("--cases", type=int, default=10000, help="hostile-input cases")
    parser.add_argument("--deadline", type=float, default=10.0, help="seconds per hostile-input case")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="torture-") as tmp:
        work = Path(tmp)
        if args.kills:
            run_kills(args.kills, work, args.seed)
        out_dir = build_large(args.texts, work) if args.texts else work / "kill-out"
        recording_cost(out_dir, args.record_texts, work)
        if args.status_texts:
            plan_large(args.status_texts, work)
        hostile_inputs(args.cases, args.deadline)


if __name__ == "__main__":
    main()
