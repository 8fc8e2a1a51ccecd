"""Benchmark: the journal's share of an infographics build, a sync per record (before) against group commit.

    python scripts/bench_journal.py [--texts 60] [--rounds 3] [--work DIR]

Builds the infographics stage of a generated campaign (`-j 1`, so every sync happens in this process and is
timed) into a fresh folder, then rebuilds it with --force (every output replaces a file, so every intent is
synced). Each round runs both ways back to back, the order swapped every other round:
  - before: the journal as it was, every record and every intent fdatasync'd as it is written;
  - after:  records group-committed (at most every COMMIT_INTERVAL_S), intents synced when they replace a file.
Prints per way the medians of build wall time, time spent in fsync/fdatasync and its share, and the number of
syncs; and the load average, since the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


class SyncTimer:
    """Wraps os.fsync and os.fdatasync: how many, and how long they took."""

    def __init__(self):
        self.count, self.seconds = 0, 0.0
        self.originals = {name: getattr(os, name) for name in ("fsync", "fdatasync")}
        for name, original in self.originals.items():
            setattr(os, name, self._timed(original))

    def _timed(self, original):
        def timed(fd):
            started = time.perf_counter()
            try:
                return original(fd)
            finally:
                self.count += 1
                self.seconds += time.perf_counter() - started
        return timed

    def reset(self) -> None:
        self.count, self.seconds = 0, 0.0


def sync_every_record(on: bool) -> None:
    """Switch the journal to its previous behaviour (a sync per record and per intent) or back."""
    import pipeline.build as build_module
    import pipeline.manifest as manifest

    if not hasattr(sync_every_record, "saved"):
        sync_every_record.saved = (manifest.COMMIT_INTERVAL_S, build_module.append_journal)
    interval, append = sync_every_record.saved
    manifest.COMMIT_INTERVAL_S = 0.0 if on else interval
    build_module.append_journal = (lambda path, entry, durable=True: append(path, entry, True)) if on else append


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()

    from pipeline.build import build
    from pipeline.campaign import load_campaign
    from torture import generate_campaign

    with tempfile.TemporaryDirectory(prefix="bench_journal.", dir=args.work) as tmp:
        work = Path(tmp)
        campaign = load_campaign(generate_campaign(work / "campaign", args.texts))
        build(campaign, work / "warm", ["infographics"], echo=lambda _: None)   # imports, fonts, caches
        timer = SyncTimer()
        results: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
        loads = [os.getloadavg()[0]]
        for round_ in range(args.rounds):
            for way in (("before", "after") if round_ % 2 == 0 else ("after", "before")):
                sync_every_record(way == "before")
                out = work / f"out-{way}-{round_}"
                for kind, force in (("fresh", False), ("--force", True)):
                    timer.reset()
                    started = time.perf_counter()
                    build(campaign, out, ["infographics"], echo=lambda _: None, force=force)
                    wall = time.perf_counter() - started
                    results.setdefault((kind, way), []).append((wall, timer.seconds, timer.count))
            loads.append(os.getloadavg()[0])
        sync_every_record(False)
    print(f"infographics of {args.texts} texts, -j 1, {args.rounds} rounds (medians); load average "
          f"{min(loads):.1f} to {max(loads):.1f} on {os.cpu_count()} cores")
    for kind in ("fresh", "--force"):
        for way in ("before", "after"):
            runs = results[(kind, way)]
            wall, syncing, count = (median(r[i] for r in runs) for i in range(3))
            share = median(r[1] / r[0] for r in runs)
            print(f"  {kind:8s} {way:7s} build {wall:6.2f} s, syncs {count:4.0f} taking {syncing:5.2f} s "
                  f"= {100 * share:4.1f} % of the build")
        walls = [b[0] / a[0] for a, b in zip(results[(kind, "after")], results[(kind, "before")])]
        print(f"  {kind:8s} build time before / after: {median(walls):.2f}x (median of the rounds)")


if __name__ == "__main__":
    main()
