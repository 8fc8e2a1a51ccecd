"""Benchmark: the readings (prepare_script) of this code against a previous revision, in one process.

    python scripts/bench_readings.py [--baseline REV] [--rounds 20]

Reads the lines of the bundled campaigns' texts (title, summary, body) and every written sentence of the
readings tests with this code's prepare_script and with pipeline/speech and assets/lexicon.yaml as they were
at REV (exported with `git archive` and imported beside this code), round by round in alternating order, and
prints the CPU milliseconds per line of each and their ratio (the lexicon's regexes are built before the clock
starts, as a build's first text does). scripts/bench_audio.py shows the readings' share of a whole bulletin
(its "script" step).
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.campaign import load_campaign  # noqa: E402
from pipeline.speech import prepare_script  # noqa: E402

BASELINE = "98eabc7"


def lines_read() -> list[str]:
    """What the benchmark reads: the bundled campaigns' texts line by line and the readings tests' sentences."""
    lines: list[str] = []
    for folder in ("campaign", "campaign-provinces"):
        for text in load_campaign(ROOT / "assets" / folder).texts:
            lines += [line for line in "\n".join((text.title, text.summary, text.body)).splitlines() if line.strip()]
    import test_readings_unseen as tables

    for name in dir(tables):
        if name.endswith("_CASES"):
            lines += [written for written, _ in getattr(tables, name)]
    return lines


def baseline_prepare(rev: str, folder: Path):
    """prepare_script as it was at `rev`: its package exported into `folder` and imported under the same names,
    then this code's modules put back (the old function keeps its own module globals)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "pipeline/__init__.py", "pipeline/speech", "assets/lexicon.yaml"],
        capture_output=True, check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    ours = {name: module for name, module in sys.modules.items() if name.split(".")[0] == "pipeline"}
    for name in ours:
        del sys.modules[name]
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module("pipeline.speech").prepare_script
    finally:
        sys.path.remove(str(folder))
        for name in [name for name in sys.modules if name.split(".")[0] == "pipeline"]:
            del sys.modules[name]
        sys.modules.update(ours)


def seconds_for(prepare, lines: list[str]) -> float:
    """CPU seconds (user + sys of this process) to read `lines`: the machine is shared, wall time is not ours."""
    started = time.process_time()
    for line in lines:
        prepare(line)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=BASELINE, help="git revision of the readings to compare with")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    lines = lines_read()
    with tempfile.TemporaryDirectory(prefix="bench_readings.") as tmp:
        old = baseline_prepare(args.baseline, Path(tmp))
        for prepare in (prepare_script, old):
            seconds_for(prepare, lines[:5])  # build each lexicon's regexes before the clock starts
        runs: dict[str, list[float]] = {"new": [], "old": []}
        for round_number in range(args.rounds):
            order = (("new", prepare_script), ("old", old))
            for which, prepare in order if round_number % 2 == 0 else reversed(order):
                runs[which].append(seconds_for(prepare, lines))
    new_ms, old_ms = (1000 * median(runs[which]) / len(lines) for which in ("new", "old"))
    print(f"{len(lines)} lines, {args.rounds} rounds in alternating order, load average {os.getloadavg()[0]:.1f}")
    print(f"  this code          {new_ms:.3f} ms of CPU per line (median round)")
    print(f"  baseline {args.baseline:9s} {old_ms:.3f} ms per line")
    print(f"  this code / baseline: {new_ms / old_ms:.2f}x the time")


if __name__ == "__main__":
    main()
