"""Every figure of the speed goals in one run, side by side, each with its same-run baseline and the load average.

    .venv/bin/python scripts/bench_all.py [--texts 100] [--rounds 3] [--baseline 98eabc7] [--quick] [--skip clips audio]

1. Images and PDFs: the whole command, `media-pipeline build --stage infographics` (PNG + alt text per text) and
   `--stage leaflets` (a flyer per text and the tri-fold, each preflighted), `--force`, at -j 1 and -j 2, on a
   generated campaign of `--texts` approved texts, with this tree's code and with `--baseline`'s (taken by
   `git archive` into a temporary folder, run with the same Python). Rounds interleave the four runs of a
   stage (tree x -j), their order reversed every other round; medians of wall and CPU (user + system of the
   build and every worker, as the kernel accounts them once reaped), and of the build process alone (its parent
   CPU: planning, recording, progress); the serial time before the first job started and after the last one
   ended (from each output's mtime and the render time the manifest records, against the command's start and
   exit). Outputs/s are whole-command rates, start-up (imports, workers) included. Each run starts from an output
   folder emptied of everything but its `.cache/` (pipeline.cache: the CMYK logo, the print colours), as a team
   rebuilding into its output folder finds it; the warm-up run of each tree fills it. Python keeps the modules'
   bytecode, as an installed package does (PYTHONDONTWRITEBYTECODE is dropped for the builds).
   For this tree, Amdahl's law from the medians: the serial seconds at -j 1 and -j 2, the wall an output takes
   between them, and from how many outputs -j 2 / -j 1 reaches 1.8x with that start-up.
2. Clips and speech: scripts/bench_clips.py (still cards vs ffmpeg xfade, slow zoom vs zoompan) and
   scripts/bench_audio.py (espeak bulletins, seconds of audio per second of work), run as they are, their
   ratio lines collected.
Ends with the goals table: each figure, its goal, and whether this run met it. The machine's noise is in the load
averages printed beside each part; the ratios to the baseline in the same run are what to compare across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "98eabc7"  # main before this round of speed work (the template-driven infographics)
STAGES = {"infographics": ("images", "infographics", "*.png"), "leaflets": ("PDFs", "leaflets", "*.pdf")}


def timed_build(code: Path, campaign: Path, out: Path, stage: str, jobs: int) -> dict[str, float]:
    """One `build --stage S -j N --force`: wall s, CPU s of the whole process tree and of the build process alone,
    serial s before the first job started and after the last one ended, outputs built."""
    for entry in (out.iterdir() if out.is_dir() else ()):   # all but the derived-data cache, as a team's folder
        if entry.name != ".cache":
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
    env["PYTHONPATH"] = str(code)
    command = [sys.executable, "-m", "pipeline", "build", str(campaign), "--out", str(out), "--stage", stage,
               "-j", str(jobs), "--force", "--json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as errors:
        started_at, started = time.time(), time.perf_counter()
        process = subprocess.Popen(command, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        parent_cpu = exited_cpu(process)
        wall, ended_at = time.perf_counter() - started, time.time()
        errors.seek(0)
        if process.wait() != 0:
            raise SystemExit(f"build --stage {stage} from {code} failed ({process.returncode}): "
                             f"{errors.read()[-2000:].decode(errors='replace')}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    _, folder, pattern = STAGES[stage]
    first_start, last_end = job_span(out / stage / "manifest.json")
    return {"wall": wall, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "parent": parent_cpu, "before": first_start - started_at, "after": ended_at - last_end,
            "built": len(list((out / folder).rglob(pattern)))}


def exited_cpu(process: subprocess.Popen) -> float:
    """Wait until `process` exits, and read its own CPU (user + system, without its children's) before it is
    reaped (Linux: /proc of the zombie); NaN where that cannot be read."""
    try:
        os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (AttributeError, OSError, IndexError, ValueError):
        process.wait()
        return float("nan")


def job_span(manifest: Path) -> tuple[float, float]:
    """(when the first job started, when the last one ended), epoch seconds, from the manifest's items: a job
    ended when its last output was written and started its recorded render time before."""
    items = json.loads(manifest.read_text("utf-8"))["items"]
    ends = [max(out["mtime_ns"] for out in item["outputs"]) / 1e9 for item in items]
    return min(end - item["render_s"] for end, item in zip(ends, items)), max(ends)


def whole_commands(args, work: Path) -> tuple[list[str], dict[str, float]]:
    """Part 1: lines to print and the figures for the goals table."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from torture import generate_campaign

    baseline = work / "baseline"
    baseline.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(baseline)], input=archive.stdout, check=True)
    campaign = generate_campaign(work / "campaign", args.texts)
    trees = {"baseline": baseline, "this tree": ROOT}
    lines, figures = [], {}
    for stage, (unit, _, _) in STAGES.items():
        if stage in args.skip:
            continue
        ways = [(tree, jobs) for tree in trees for jobs in (1, 2)]
        for tree, code in trees.items():   # page cache, .pyc (the baseline's too), font cache, output .cache
            timed_build(code, campaign, work / f"out-{stage}-{tree}", stage, 2)
        runs: dict[tuple[str, int], list[dict[str, float]]] = {way: [] for way in ways}
        loads = [os.getloadavg()[0]]
        for round_ in range(args.rounds):
            for tree, jobs in (ways if round_ % 2 == 0 else list(reversed(ways))):
                runs[(tree, jobs)].append(timed_build(trees[tree], campaign, work / f"out-{stage}-{tree}", stage, jobs))
            loads.append(os.getloadavg()[0])
        count = int(runs[("this tree", 2)][0]["built"])
        lines.append(f"{stage}: {count} {unit} ({args.texts} texts), whole command, {args.rounds} interleaved rounds, "
                     f"medians; load average {min(loads):.1f} to {max(loads):.1f} on {os.cpu_count()} cores")
        lines.append(f"  {'':22s}{'wall s':>8s}{'CPU s':>8s}{unit + '/s':>10s}{'CPU ms each':>13s}"
                     f"{'parent CPU s':>14s}{'serial s before':>17s}{'after':>7s}")
        rate, meds = {}, {}
        for tree, jobs in ways:
            med = meds[(tree, jobs)] = {key: median(r[key] for r in runs[(tree, jobs)])
                                        for key in runs[(tree, jobs)][0]}
            rate[(tree, jobs)] = count / med["wall"]
            lines.append(f"  {tree + f' -j {jobs}':22s}{med['wall']:8.2f}{med['cpu']:8.2f}{count / med['wall']:10.1f}"
                         f"{med['cpu'] / count * 1000:13.1f}{med['parent']:14.2f}{med['before']:17.2f}"
                         f"{med['after']:7.2f}")
        for jobs in (1, 2):
            walls = [b["wall"] / t["wall"] for b, t in zip(runs[("baseline", jobs)], runs[("this tree", jobs)])]
            cpus = [b["cpu"] / t["cpu"] for b, t in zip(runs[("baseline", jobs)], runs[("this tree", jobs)])]
            lines.append(f"  -j {jobs}, this tree over the baseline: {median(walls):.2f}x faster wall "
                         f"({min(walls):.2f}-{max(walls):.2f}), {median(cpus):.2f}x less CPU ({min(cpus):.2f}-{max(cpus):.2f})")
        for tree in trees:
            scaling = [one["wall"] / two["wall"] for one, two in zip(runs[(tree, 1)], runs[(tree, 2)])]
            lines.append(f"  {tree}: -j 2 over -j 1 {median(scaling):.2f}x ({min(scaling):.2f}-{max(scaling):.2f})")
            if tree == "this tree":
                figures[f"{stage} -j2/-j1"] = median(scaling)
                lines.append("  " + scaling_bound(meds[(tree, 1)], meds[(tree, 2)], count, unit))
        figures[f"{unit}/s"] = rate[("this tree", 2)]
        figures[f"{unit}/s baseline"] = rate[("baseline", 2)]
        figures[f"{unit} load"] = median(loads)
    return lines, figures


def scaling_bound(one: dict[str, float], two: dict[str, float], count: int, unit: str, goal: float = 1.8) -> str:
    """Amdahl's law from two medians (-j 1, -j 2): the serial seconds of each command (before the first job and
    after the last), the wall seconds an output takes in between, and from how many outputs -j 2 / -j 1 reaches
    `goal`: (serial1 + n * each1) / (serial2 + n * each2) >= goal."""
    serial1, serial2 = one["before"] + one["after"], two["before"] + two["after"]
    each1, each2 = (one["wall"] - serial1) / count, (two["wall"] - serial2) / count
    gain = each1 - goal * each2
    where = (f"reaches {goal:g}x from about {max(0.0, (goal * serial2 - serial1) / gain):.0f} {unit}" if gain > 0
             else f"stays under {goal:g}x at any size (the jobs themselves scale {each1 / each2:.2f}x)")
    return (f"serial start-up and exit {serial1:.2f} s at -j 1, {serial2:.2f} s at -j 2; {each1 * 1000:.1f} ms of "
            f"wall an output between them at -j 1, {each2 * 1000:.1f} at -j 2: -j 2 / -j 1 {where}")


def run_script(name: str, options: list[str]) -> str:
    """Run one of the other bench scripts as it is, its output as text."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / name), *options], cwd=ROOT, capture_output=True,
                          text=True)
    if done.returncode != 0:
        return f"{name} failed ({done.returncode}): {done.stderr[-1500:]}"
    return done.stdout


def main() -> None:
    """Run every part and print the goals table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", default=BASELINE, help="git revision of the baseline code")
    parser.add_argument("--quick", action="store_true", help="clips of 10 s and 8 bulletins, for a first look")
    parser.add_argument("--skip", nargs="*", default=[], choices=["infographics", "leaflets", "clips", "audio"])
    args = parser.parse_args()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench_all.") as tmp:
        lines, figures = whole_commands(args, Path(tmp))
    print("\n".join(lines))
    if "clips" not in args.skip:
        out = run_script("bench_clips.py", ["--only", "pipeline-stills", "ffmpeg-xfade", "pipeline-zoom",
                                            "ffmpeg-zoompan", "--repeat", str(args.rounds),
                                            "--duration", "10" if args.quick else "30"])
        print("\nclips (scripts/bench_clips.py):\n" + out.rstrip())
        for key, row in (("stills", "pipeline-stills / ffmpeg-xfade"), ("zoom", "pipeline-zoom / ffmpeg-zoompan")):
            found = re.search(re.escape(row) + r"\s+([\d.]+)x wall", out)
            if found:
                figures[key] = float(found.group(1))
    if "audio" not in args.skip:
        out = run_script("bench_audio.py", ["--texts", "8" if args.quick else "16"])
        print("\nspeech + mastering (scripts/bench_audio.py):\n" + out.rstrip())
        found = re.search(r"this code\s+([\d.]+)x real time \(wall\)", out)
        if found:
            figures["audio"] = float(found.group(1))
    goals = [("still clip / plain ffmpeg xfade (wall)", "stills", "<=", 1.0, "x"),
             ("zoom clip / plain ffmpeg zoompan (wall)", "zoom", "<=", 0.7, "x"),
             ("images/s, whole command, -j 2", "images/s", ">=", 25, ""),
             ("PDFs/s with preflight, whole command, -j 2", "PDFs/s", ">=", 40, ""),
             ("speech + mastering, real time", "audio", ">=", 50, "x"),
             ("infographics -j 2 / -j 1", "infographics -j2/-j1", ">=", 1.8, "x"),
             ("leaflets -j 2 / -j 1", "leaflets -j2/-j1", ">=", 1.8, "x")]
    print(f"\ngoals (load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")
    for label, key, sense, goal, unit in goals:
        if key not in figures:
            print(f"  {label:46s} {'not run':>8s}")
            continue
        value = figures[key]
        met = value <= goal if sense == "<=" else value >= goal
        extra = ""
        if key in ("images/s", "PDFs/s"):
            unit_name = key.split("/")[0]
            extra = (f"   baseline {figures[key + ' baseline']:.1f}/s in the same run "
                     f"({value / figures[key + ' baseline']:.2f}x), load {figures[unit_name + ' load']:.1f}")
        print(f"  {label:46s} {value:8.2f}{unit:1s}  goal {sense} {goal:g}{unit}  {'met' if met else 'NOT met'}{extra}")


if __name__ == "__main__":
    main()
