"""Benchmark: the same build on the local pool and on a Dask LocalCluster, wall and CPU of the whole process tree.

    python scripts/bench_executors.py [--texts 12] [--jobs 2] [--rounds 3] [--stage S ...]

Each round builds a generated campaign from scratch with `-j N` (the pool) and with `--executor dask -j N`,
back to back, the order swapped every other round, each as a real `media-pipeline build` subprocess. CPU is
user + system time of the build and every process under it (workers, nannies, ffmpeg, espeak helpers), as
the kernel accounts it to the build once they are reaped: nothing may be left running (see
tests/test_process_lifecycle.py). Prints the medians and the Dask / pool ratios, with the load average.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def timed_build(campaign: Path, out: Path, args: list[str]) -> tuple[float, float]:
    """(wall, CPU of the whole tree) of one build from scratch."""
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "build", str(campaign), "--out", str(out), *args],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=12)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--stage", action="append", default=None, help="stages to build (default: infographics, audio)")
    args = parser.parse_args()
    from torture import generate_campaign

    stages = [arg for stage in (args.stage or ["infographics", "audio"]) for arg in ("--stage", stage)]
    ways = {"pool": ["-j", str(args.jobs)], "dask": ["--executor", "dask", "-j", str(args.jobs)]}
    with tempfile.TemporaryDirectory(prefix="bench_executors.") as tmp:
        campaign = generate_campaign(Path(tmp) / "campaign", args.texts)
        timed_build(campaign, Path(tmp) / "warm", stages + ways["pool"])   # page cache, font cache, .pyc
        runs: dict[str, list[tuple[float, float]]] = {way: [] for way in ways}
        loads = [os.getloadavg()[0]]
        for round_ in range(args.rounds):
            for way in (list(ways) if round_ % 2 == 0 else list(reversed(ways))):
                runs[way].append(timed_build(campaign, Path(tmp) / f"out-{way}", stages + ways[way]))
            loads.append(os.getloadavg()[0])
    print(f"{args.texts} texts, {' '.join(stages)}, -j {args.jobs}, {args.rounds} rounds (medians); load average "
          f"{min(loads):.1f} to {max(loads):.1f} on {os.cpu_count()} cores")
    for way, label in (("pool", f"pool -j {args.jobs}"), ("dask", f"Dask LocalCluster of {args.jobs}")):
        wall, cpu = median(r[0] for r in runs[way]), median(r[1] for r in runs[way])
        print(f"  {label:24s} wall {wall:6.1f} s, CPU {cpu:6.1f} s")
    walls = [d[0] / p[0] for p, d in zip(runs["pool"], runs["dask"])]
    cpus = [d[1] / p[1] for p, d in zip(runs["pool"], runs["dask"])]
    print(f"  Dask / pool: {median(walls):.2f}x wall ({min(walls):.2f}-{max(walls):.2f}), "
          f"{median(cpus):.2f}x CPU ({min(cpus):.2f}-{max(cpus):.2f})")


if __name__ == "__main__":
    main()
