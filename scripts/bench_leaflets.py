"""Benchmark: leaflet PDFs per second, render + preflight, against a baseline of the code in the same run.

    python scripts/bench_leaflets.py [--texts 50] [--rounds 3] [--baseline 7da4bbd] [--jobs 2]

1. The whole command: `media-pipeline build --stage leaflets -j 2 --force` on a generated campaign of
   `--texts` approved texts (a flyer each and the tri-fold), with this tree's code and with the baseline's,
   taken by `git archive` of `--baseline` (default: main before the leaflets were profiled) into a temporary
   folder and run with the same Python. A baseline whose setup.cfg does not install ReportLab's C
   accelerator (rl-accel), as the default's did not, runs without it. Runs alternate, baseline first; each
   side's best of `--rounds` wall times, and the median CPU time (user + sys of the command's whole process
   tree) per PDF.
2. Per PDF, in one process (both trees again): CPU ms of render and of preflight of each flyer and the
   tri-fold of an in-memory campaign of `--texts` texts, median of `--rounds` (the text measurer's caches
   emptied before each round: a build renders each text once).
Prints PDFs/s and ms per PDF of each side and the ratios, and the load average (the machine's noise).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(os.environ.get("BENCH_LEAFLETS_CODE", ROOT))  # the tree measured by --per-pdf (this one, or the baseline)
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(CODE / "tests"))

from conftest import make_campaign, make_text  # noqa: E402  (the fixture text, varied below)

from pipeline.content import Brand, KeyFigure  # noqa: E402

BASELINE = "7da4bbd"  # main before the leaflets' top costs were removed
NO_ACCEL = "raise ImportError('the baseline runs without rl-accel')\n"  # an _rl_accel that ReportLab cannot import

VARIANTS = [
    dict(),
    dict(title="BHXH tự nguyện có thêm chế độ thai sản",
         summary="Người tham gia bảo hiểm xã hội tự nguyện được nhận trợ cấp thai sản 2.000.000 đồng cho mỗi "
                 "con được sinh ra.",
         key_figures=(KeyFigure("2.000.000 đồng", "trợ cấp cho mỗi con được sinh ra"),)),
    dict(title="Trợ cấp hưu trí xã hội từ 75 tuổi",
         key_figures=(KeyFigure("75 tuổi", "trước đây là 80 tuổi"), KeyFigure("70 tuổi", "hộ nghèo, cận nghèo"))),
    dict(title="Chậm đóng, trốn đóng BHXH bị xử lý nghiêm",
         key_figures=(KeyFigure("0,03%/ngày", "trên số tiền chậm đóng, trốn đóng"),)),
]


def campaign_of(count: int):
    """A campaign of `count` texts: the fixture text with varied ids, titles, figures and body length."""
    base = make_text()
    texts = []
    for index in range(count):
        variant = VARIANTS[index % len(VARIANTS)]
        body = base.body + ("\n\nLuật Bảo hiểm xã hội số 41/2024/QH15 có hiệu lực từ ngày 1/7/2025. " * (index % 3))
        texts.append(replace(base, id=f"van-ban-{index:02d}", body=body, **variant))
    logo = CODE / "assets" / "campaign" / "brand" / "logo.png"
    brand = Brand(logo=logo if logo.is_file() else None)
    return make_campaign(tuple(texts), brand=brand)


def per_pdf(texts: int, rounds: int) -> dict:
    """Median-of-rounds CPU ms per PDF of render and of preflight (as the stage calls it), in this process."""
    from pipeline.leaflets import LeafletSettings, render_flyer, render_trifold
    from pipeline.leaflets.preflight import preflight
    from pipeline.stages.leaflets import profile_brand_colours

    campaign = campaign_of(texts)
    settings = LeafletSettings()
    brand = profile_brand_colours(campaign)
    from pipeline.templates import pdf as template_pdf

    times: dict[str, list[float]] = {"render": [], "preflight": []}
    with tempfile.TemporaryDirectory(prefix="bench-leaflets-") as tmp:
        out_dir = Path(tmp)
        render_flyer(campaign, campaign.texts[0], out_dir / "warm-up.pdf", settings)  # fonts, logo cache
        preflight(out_dir / "warm-up.pdf", product="flyer", brand=brand)
        for _ in range(rounds):
            jobs = [(out_dir / f"{text.id}.pdf", "flyer", text) for text in campaign.texts]
            jobs.append((out_dir / "trifold.pdf", "trifold", None))
            for cache in (getattr(getattr(template_pdf, "MEASURER", None), "_seen", None),
                          getattr(template_pdf, "_SET", None)):  # what a build process has not seen yet
                if cache is not None:
                    cache.clear()
            start = time.process_time()
            for path, kind, text in jobs:
                if text is None:
                    render_trifold(campaign, campaign.texts[:4], path, settings)
                else:
                    render_flyer(campaign, text, path, settings)
            render_s = time.process_time() - start
            start = time.process_time()
            failures = [path.name for path, kind, _ in jobs if not preflight(path, product=kind, brand=brand).ok]
            preflight_s = time.process_time() - start
            if failures:
                raise SystemExit(f"preflight failed: {failures}")
            times["render"].append(render_s / len(jobs) * 1000)
            times["preflight"].append(preflight_s / len(jobs) * 1000)
    return {part: statistics.median(values) for part, values in times.items()}


def build_seconds(code: Path, campaign_dir: Path, out_dir: Path, jobs: int, env: dict) -> tuple[float, float, int]:
    """Wall seconds and CPU seconds (user + sys of its process tree) of the whole `build --stage leaflets -j N
    --force` command run from `code`, and PDFs built."""
    command = [sys.executable, "-m", "pipeline", "build", str(campaign_dir), "--out", str(out_dir),
               "--stage", "leaflets", "-j", str(jobs), "--force", "--json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=code, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"build from {code} failed ({done.returncode}): {done.stderr[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, cpu, len(list((out_dir / "leaflets").glob("*.pdf")))


def side_env(code: Path, baseline: bool, shim: Path) -> dict:
    """The environment of a run: the tree's code first on the path; with `baseline`, without rl-accel."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PYTHONPATH"] = os.pathsep.join([str(shim)] * baseline + [str(code)])
    env["BENCH_LEAFLETS_CODE"] = str(code)
    return env


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--baseline", default=BASELINE, help="git revision of the baseline code")
    parser.add_argument("--per-pdf", action="store_true", help=argparse.SUPPRESS)  # one side's part 2, as JSON
    args = parser.parse_args()
    if args.per_pdf:
        print(json.dumps(per_pdf(args.texts, args.rounds)))
        return
    sys.path.insert(0, str(ROOT))
    from scripts.torture import generate_campaign

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-leaflets-") as tmp:
        work = Path(tmp)
        baseline_code, shim = work / "baseline", work / "no-accel"
        baseline_code.mkdir()
        shim.mkdir()
        (shim / "_rl_accel.py").write_text(NO_ACCEL, "utf-8")
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(baseline_code)], input=archive.stdout, check=True)
        campaign_dir = generate_campaign(work / "campaign", args.texts)
        # a baseline whose setup.cfg did not install ReportLab's C accelerator runs without it, as it shipped
        accel = "rl-accel" in (baseline_code / "setup.cfg").read_text("utf-8") if (baseline_code / "setup.cfg").is_file() \
            else False
        sides = {"baseline": (baseline_code, side_env(baseline_code, not accel, shim)),
                 "this tree": (ROOT, side_env(ROOT, False, shim))}
        walls: dict[str, list[float]] = {name: [] for name in sides}
        cpus: dict[str, list[float]] = {name: [] for name in sides}
        pdfs = 0
        for round_index in range(args.rounds):
            for name, (code, env) in sides.items():
                seconds, cpu, pdfs = build_seconds(code, campaign_dir, work / f"out-{round_index}-{name[:4]}",
                                                   args.jobs, env)
                walls[name].append(seconds)
                cpus[name].append(cpu)
        per = {}
        for name, (code, env) in sides.items():
            done = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_leaflets.py"), "--per-pdf",
                                   "--texts", str(args.texts), "--rounds", str(args.rounds)],
                                  env=env, capture_output=True, text=True, check=True)
            per[name] = json.loads(done.stdout.strip().splitlines()[-1])
    load_after = os.getloadavg()
    print(f"{pdfs} PDFs ({args.texts} A5 flyers + 1 tri-fold); baseline {args.baseline} "
          f"{'with' if accel else 'without'} rl-accel; "
          f"best of {args.rounds} rounds, alternating")
    print(f"load average (1 min) before {load_before[0]:.1f}, after {load_after[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'':30}{'baseline':>12}{'this tree':>12}{'ratio':>8}")
    rates = {name: pdfs / min(walls[name]) for name in sides}
    print(f"{f'build -j {args.jobs}, PDFs/s':30}{rates['baseline']:12.1f}{rates['this tree']:12.1f}"
          f"{rates['this tree'] / rates['baseline']:7.2f}x")
    command_ms = {name: statistics.median(cpus[name]) / pdfs * 1000 for name in sides}
    print(f"{'build, CPU ms per PDF':30}{command_ms['baseline']:12.1f}{command_ms['this tree']:12.1f}"
          f"{command_ms['baseline'] / command_ms['this tree']:7.2f}x")
    for part in ("render", "preflight"):
        before, after = per["baseline"][part], per["this tree"][part]
        print(f"{f'{part}, CPU ms per PDF':30}{before:12.1f}{after:12.1f}{before / after:7.2f}x")
    print("every build run (s): " + "; ".join(f"{name} " + ", ".join(f"{s:.1f}" for s in walls[name])
                                             for name in sides))


if __name__ == "__main__":
    main()
