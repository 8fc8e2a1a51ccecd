"""How a build grows with the campaign, and what each executor delivers.

    .venv/bin/python scripts/bench_scale.py                        # 10, 50, 200 texts; throughput on 10
    .venv/bin/python scripts/bench_scale.py --sizes 10 50 --throughput-texts 6

1. Growth: generated campaigns of each size built for leaflets, infographics and audio (`-j 2`): wall time,
   time per text (linear: the ratio to the smallest size stays near 1) and the peak memory of the whole
   process tree (build + workers + encoders, sampled with psutil) and of its largest process; without psutil
   the largest child, from getrusage.
2. At the largest size: a no-op rebuild (the command's wall time, and the build call itself, in process),
   then one edited text: the jobs rebuilt must be that text's own (counted from `build --json`).
3. Throughput on a small campaign: outputs per minute with `-j 1`, `-j 2` and a Dask LocalCluster of two
   workers (`--executor dask -j 2`), each a `--force` build, as ratios to `-j 1`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.torture import generate_campaign  # noqa: E402

STAGES = ("leaflets", "infographics", "audio")
STAGE_ARGS = [arg for stage in STAGES for arg in ("--stage", stage)]


def tree_peak_rss(process: subprocess.Popen, interval_s: float = 0.1) -> tuple[list[int], threading.Thread]:
    """Sample the RSS of `process` and its descendants until it ends; [peak of the sum, peak of the largest].

    The sum counts pages a forked worker shares with the build twice, and catches the encoders (ffmpeg,
    espeak) of both workers at once or not, so it is noisy; the largest process shows growth best.
    """
    import psutil

    peak = [0, 0]

    def sample() -> None:
        try:
            root = psutil.Process(process.pid)
        except psutil.NoSuchProcess:
            return
        while process.poll() is None:
            sizes = []
            try:
                for proc in [root, *root.children(recursive=True)]:
                    try:
                        sizes.append(proc.memory_info().rss)
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        pass
            except psutil.NoSuchProcess:
                break
            peak[0], peak[1] = max(peak[0], sum(sizes)), max([peak[1], *sizes])
            time.sleep(interval_s)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    return peak, thread


def run_build(campaign_dir: Path, out_dir: Path, *extra: str) -> dict:
    """`media-pipeline build --json`: wall seconds, peak tree memory (MB), its JSON document."""
    command = [sys.executable, "-m", "pipeline", "build", str(campaign_dir), "--out", str(out_dir), *STAGE_ARGS,
               "--json", *extra]
    started = time.monotonic()
    try:
        import psutil  # noqa: F401
    except ImportError:
        measure = ("import resource, subprocess, sys\n"
                   "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
                   "sys.stdout.write(done.stdout)\n"
                   "print('PEAK_KB', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
                   "sys.exit(done.returncode)\n")
        done = subprocess.run([sys.executable, "-c", measure, *command], cwd=ROOT, capture_output=True, text=True)
        peak_kb = [int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK_KB")]
        peak_mb = largest_mb = peak_kb[-1] / 1024 if peak_kb else float("nan")
        how = "largest process"
        stdout, stderr, code = done.stdout, done.stderr, done.returncode
    else:
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        peak, sampler = tree_peak_rss(process)
        stdout, stderr = process.communicate()
        sampler.join()
        peak_mb, largest_mb, how, code = peak[0] / 2**20, peak[1] / 2**20, "process tree", process.returncode
    wall = time.monotonic() - started
    if code != 0:
        sys.exit(f"build failed (exit {code}):\n{stderr[-3000:]}")
    return {"wall": wall, "peak_mb": peak_mb, "largest_mb": largest_mb, "how": how, "report": json.loads(stdout)}


def outputs_rendered(out_dir: Path, report: dict) -> int:
    """Files written by the jobs a build rendered (from the manifests)."""
    count = 0
    for stage in report["stages"]:
        items = {item["key"]: item for item in
                 json.loads((out_dir / stage["stage"] / "manifest.json").read_text("utf-8"))["items"]}
        count += sum(len(items[key]["outputs"]) for key in stage["rendered_jobs"])
    return count


def growth(sizes: list[int], work: Path) -> tuple[Path, Path]:
    """Part 1: build each size; print time per text and peak memory against the smallest size."""
    baseline = previous = None
    campaign_dir = out_dir = work
    for texts in sizes:
        campaign_dir = generate_campaign(work / f"campaign-{texts}", texts)
        out_dir = work / f"out-{texts}"
        result = run_build(campaign_dir, out_dir, "-j", "2")
        per_text = result["wall"] / texts
        baseline = baseline or (per_text, result["peak_mb"], result["largest_mb"])
        # the slope between sizes leaves out the fixed start-up cost (imports, workers, fonts)
        slope = f", {(result['wall'] - previous[1]) / (texts - previous[0]):.2f} s per added text" if previous else ""
        previous = (texts, result["wall"])
        print(f"{texts:>5} texts: {result['wall']:7.1f} s, {per_text:.2f} s/text (x{per_text / baseline[0]:.2f} of "
              f"the smallest){slope}, {outputs_rendered(out_dir, result['report'])} outputs, peak memory "
              f"({result['how']}) {result['peak_mb']:.0f} MB (x{result['peak_mb'] / baseline[1]:.2f}), of its largest "
              f"process {result['largest_mb']:.0f} MB (x{result['largest_mb'] / baseline[2]:.2f})", flush=True)
    return campaign_dir, out_dir


def no_op_and_one_edit(campaign_dir: Path, out_dir: Path, texts: int) -> None:
    """Part 2: a rebuild with nothing to do, then one edited text."""
    from pipeline.approve import approve_texts
    from pipeline.build import build
    from pipeline.campaign import load_campaign

    result = run_build(campaign_dir, out_dir, "-j", "2")
    rendered = sum(stage["rendered"] for stage in result["report"]["stages"])
    campaign = load_campaign(campaign_dir)
    started = time.perf_counter()
    report = build(campaign, out_dir, list(STAGES), jobs=2, echo=lambda line: None)
    in_process = time.perf_counter() - started
    started = time.perf_counter()
    load_campaign(campaign_dir)
    loading = time.perf_counter() - started
    print(f"no-op rebuild of {texts} texts: {rendered + sum(len(r.rendered) for r in report.stages)} rendered; "
          f"command {result['wall']:.2f} s wall (Python start-up and imports included), the build call "
          f"{in_process:.3f} s + loading the campaign {loading:.3f} s", flush=True)

    edited = sorted((campaign_dir / "texts").glob("*.md"))[min(5, texts - 1)]   # not one of the tri-fold's four
    edited.write_text(edited.read_text("utf-8").replace("Gọi 1900 9068", "Gọi ngay 1900 9068"), "utf-8")
    approve_texts([edited], by="Kiểm thử", today=dt.date(2026, 11, 24))
    result = run_build(campaign_dir, out_dir, "-j", "2")
    jobs = {stage["stage"]: stage["rendered_jobs"] for stage in result["report"]["stages"]}
    print(f"one edited text ({edited.stem}) of {texts}: rebuilt {sum(map(len, jobs.values()))} job(s), "
          f"{outputs_rendered(out_dir, result['report'])} output(s): {jobs}; "
          f"only its own: {all(key.split('/')[0] == edited.stem for keys in jobs.values() for key in keys)}",
          flush=True)


def throughput(texts: int, work: Path) -> None:
    """Part 3: outputs per minute, -j 1 / -j 2 / Dask LocalCluster of two workers, each a --force build."""
    campaign_dir = generate_campaign(work / "campaign-throughput", texts)
    out_dir = work / "out-throughput"
    run_build(campaign_dir, out_dir, "-j", "2")   # warm caches (fonts, gTTS fallback decision...)
    baseline = None
    for label, extra in (("-j 1", ["-j", "1"]), ("-j 2", ["-j", "2"]),
                         ("Dask, 2 local workers", ["--executor", "dask", "-j", "2"])):
        result = run_build(campaign_dir, out_dir, "--force", *extra)
        per_minute = outputs_rendered(out_dir, result["report"]) / result["wall"] * 60
        baseline = baseline or per_minute
        print(f"{texts} texts, {label:>22}: {per_minute:6.1f} outputs/min (x{per_minute / baseline:.2f} of -j 1), "
              f"{result['wall']:.1f} s wall, peak {result['peak_mb']:.0f} MB (largest process "
              f"{result['largest_mb']:.0f} MB)", flush=True)


def main() -> None:
    """Parse the sizes and run every part."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 200])
    parser.add_argument("--throughput-texts", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        campaign_dir, out_dir = growth(sorted(args.sizes), work)
        no_op_and_one_edit(campaign_dir, out_dir, max(args.sizes))
        if args.throughput_texts:
            throughput(args.throughput_texts, work)


if __name__ == "__main__":
    main()
