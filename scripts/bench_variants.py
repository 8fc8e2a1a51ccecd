"""Benchmark: a campaign built for several localities (variants), and what the shared work saves.

    python scripts/bench_variants.py [--texts 10] [--variants 4] [--clips] [--noop-texts 200]
                                     [--skip-j1] [--skip-dask] [--skip-noop]

Generates a campaign in a temporary folder from the bundled sample texts (ids numbered, texts
approved), with `--variants` provinces, and builds leaflets, infographics and audio (clips with
`--clips`) with the real engines (offline espeak voice):

1. the whole batch with -j 1, with -j 2 and on a Dask LocalCluster of two workers: assets (output files)
   per minute;
2. the same batch "from scratch": each variant built alone in its own output folder, so nothing is
   shared (no sentence cache), at -j 2; the ratio to (1) at -j 2 is what sharing saves;
3. a no-op rebuild of `--noop-texts` texts x the variants (leaflets, infographics, audio): the manifests
   and files of the 200 x 4 build are cloned from the real build of (1) (each cloned item stands for a
   text of its own, with that text's approval), then `build` is timed deciding every job up to date, in
   this process and as the whole `python -m pipeline build` command (start-up and imports included),
   and the files it wrote are counted (none expected). A full real build of that size takes too long on
   a shared 2-core machine; the decision it times (load, plan, stat every output) is the same.
4. one text of that campaign edited and approved again: what the next build renders (that text's
   outputs in every variant, nothing else).

All times are wall-clock in this process; ratios are against the baselines run here.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.approve import approve_texts  # noqa: E402
from pipeline.build import build  # noqa: E402
from pipeline.campaign import load_campaign  # noqa: E402

SAMPLE = ROOT / "assets" / "campaign"
PROVINCES = [
    ("ha-noi", "Bảo hiểm xã hội thành phố Hà Nội", "024 3942 0356", "Số 86 Trần Thái Tông, Cầu Giấy, Hà Nội"),
    ("ho-chi-minh", "Bảo hiểm xã hội Thành phố Hồ Chí Minh", "028 3997 9988",
     "Số 117C Nguyễn Đình Chính, Phú Nhuận, Thành phố Hồ Chí Minh"),
    ("da-nang", "Bảo hiểm xã hội thành phố Đà Nẵng", "0236 3822 471", "Số 2 Trần Phú, Hải Châu, Đà Nẵng"),
    ("can-tho", "Bảo hiểm xã hội thành phố Cần Thơ", "0292 3821 352", "Số 1A Cách Mạng Tháng Tám, Ninh Kiều, Cần Thơ"),
    ("hue", "Bảo hiểm xã hội thành phố Huế", "0234 3822 000", "Số 1 Trần Hưng Đạo, Phú Hội, Huế"),
]
STAGES = ["leaflets", "infographics", "audio"]


def make_campaign(root: Path, texts: int, variants: int) -> Path:
    """A campaign folder of `texts` texts (the samples, cycled, ids numbered) and `variants` provinces."""
    root.mkdir(parents=True)
    shutil.copytree(SAMPLE / "brand", root / "brand")
    (root / "texts").mkdir()
    samples = sorted((SAMPLE / "texts").glob("*.md"))
    ids = []
    for index in range(texts):
        source = samples[index % len(samples)].read_text("utf-8")
        base = re.search(r"^id: *(\S+)", source, re.M).group(1)
        text_id = f"{base[:50]}-{index:03d}"
        ids.append(text_id)
        (root / "texts" / f"{index:03d}-{text_id}.md").write_text(
            re.sub(r"^id: *\S+", f"id: {text_id}", source, count=1, flags=re.M), "utf-8")
    rows = "\n".join(f'  - {{id: {vid}, organisation: "{org}", hotline: "{tel}", address: "{addr}"}}'
                     for vid, org, tel, addr in (PROVINCES * 10)[:variants])
    (root / "campaign.yaml").write_text(
        'name: "Luật Bảo hiểm xã hội năm 2024"\norganisation: "Bảo hiểm xã hội Việt Nam"\nhotline: "1900 9068"\n'
        'website: "https://baohiemxahoi.gov.vn"\nbrand: {logo: brand/logo.png}\naudio: {engine: espeak}\n'
        f"leaflets: {{trifold_texts: [{', '.join(ids[:4])}]}}\ninfographics: {{formats: [portrait]}}\n"
        f"clips: {{shapes: [vertical]}}\nvariants:\n{rows}\n", "utf-8")
    approve_texts(sorted((root / "texts").glob("*.md")), by="Bench")
    return root


def render_seconds(out_dir: Path) -> float:
    """Seconds spent inside the renders (the manifests' render_s), to tell slow jobs from idle workers."""
    return sum(item.get("render_s", 0.0) for path in out_dir.rglob("manifest.json")
               for item in json.loads(path.read_text("utf-8"))["items"])


def assets_in(out_dir: Path) -> int:
    """Output files recorded in every manifest under `out_dir`."""
    return sum(len(item["outputs"]) for path in out_dir.rglob("manifest.json")
               for item in json.loads(path.read_text("utf-8"))["items"])


def timed_build(campaign, out_dir: Path, stages: list[str], jobs: int, executor: str = "local") -> float:
    """Seconds for one build; fails loudly when a job failed."""
    start = time.perf_counter()
    report = build(campaign, out_dir, stages, jobs=jobs, echo=lambda line: None, executor=executor)
    seconds = time.perf_counter() - start
    failed = [f"{result.variant}/{result.stage} {key}: {message}" for result in report.stages
              for key, message in result.failed]
    if failed:
        raise SystemExit("bench: jobs failed:\n  " + "\n  ".join(failed))
    return seconds


def from_scratch(campaign, work: Path, stages: list[str], jobs: int) -> float:
    """Seconds to build every variant alone, each in an output folder of its own (nothing shared)."""
    total = 0.0
    for variant in campaign.variants:
        single = campaign.for_variant(variant)
        total += timed_build(single, work / f"scratch-{variant.id}" / variant.id, stages, jobs)
    return total


def speech_counts(out_dir: Path) -> tuple[int, int]:
    """(sentences from the cache, sentences synthesised) over every bulletin of the build."""
    hits = made = 0
    for path in out_dir.glob("*/audio/manifest.json"):
        for item in json.loads(path.read_text("utf-8"))["items"]:
            counts = (item.get("shared") or {}).get("speech", {})
            hits += counts.get("sentences_from_cache", 0)
            made += counts.get("sentences_synthesised", 0)
    return hits, made


def clone_build(source_out: Path, big, out_dir: Path, small_ids: list[str], stages: list[str]) -> None:
    """Manifests and files of `big` (many texts) made from the real build of the first `small_ids` texts.

    Each text of `big` gets the items of a built text (its files hard-linked, its keys, paths and approval
    its own); the tri-fold is kept as built.
    """
    for variant in big.variants:
        for stage in stages:
            data = json.loads((source_out / variant.id / stage / "manifest.json").read_text("utf-8"))
            pairs = [(item, item) for item in data["items"] if len(item["text_ids"]) > 1]
            by_text: dict[str, list[dict]] = {}
            for item in data["items"]:
                if len(item["text_ids"]) == 1:
                    by_text.setdefault(item["text_ids"][0], []).append(item)
            for index, text in enumerate(big.approved_texts):
                source_id = small_ids[index % len(small_ids)]
                for model in by_text[source_id]:
                    item = json.loads(json.dumps(model, ensure_ascii=False).replace(source_id, text.id))
                    item["approval"] = text.approval
                    pairs.append((model, item))
            for model, item in pairs:
                for source, out in zip(model["outputs"], item["outputs"]):
                    dest = out_dir / variant.id / out["path"]
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    os.link(source_out / variant.id / source["path"], dest)
            data["items"] = [item for _, item in pairs]
            path = out_dir / variant.id / stage / "manifest.json"
            path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=10)
    parser.add_argument("--variants", type=int, default=4)
    parser.add_argument("--clips", action="store_true", help="also build clips (slow)")
    parser.add_argument("--noop-texts", type=int, default=200)
    parser.add_argument("--skip-j1", action="store_true", help="only -j 2 (and the from-scratch run)")
    parser.add_argument("--skip-dask", action="store_true", help="no Dask LocalCluster run")
    parser.add_argument("--skip-noop", action="store_true", help="no no-op rebuild of --noop-texts texts")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    stages = STAGES + (["clips"] if args.clips else [])
    with tempfile.TemporaryDirectory(prefix="bench-variants-") as tmp:
        work = Path(tmp)
        campaign = load_campaign(make_campaign(work / "campaign", args.texts, args.variants))
        print(f"{args.texts} texts x {args.variants} variants, stages {', '.join(stages)}, espeak voice")
        warm = load_campaign(make_campaign(work / "warm-up", 1, 1))  # file caches and imports, not timed
        timed_build(warm, work / "out-warm-up", stages, 2)
        runs = {}
        for jobs in ([2] if args.skip_j1 else [1, 2]):
            out_dir = work / f"out-j{jobs}"
            runs[jobs] = timed_build(campaign, out_dir, stages, jobs)
            assets = assets_in(out_dir)
            hits, made = speech_counts(out_dir)
            print(f"  shared, -j {jobs}: {assets} assets in {runs[jobs]:.1f} s = {assets / runs[jobs] * 60:.1f} "
                  f"assets/min; {render_seconds(out_dir):.0f} s inside renders; sentences synthesised {made}, "
                  f"from the cache {hits}")
        if not args.skip_dask:
            dask_out = work / "out-dask"
            dask_s = timed_build(campaign, dask_out, stages, 2, executor="dask")  # LocalCluster start-up included
            print(f"  shared, Dask LocalCluster of 2 workers: {assets_in(dask_out)} assets in {dask_s:.1f} s = "
                  f"{assets_in(dask_out) / dask_s * 60:.1f} assets/min ({runs[2] / dask_s:.2f}x -j 2); "
                  f"{render_seconds(dask_out):.0f} s inside renders")
        scratch = from_scratch(campaign, work, stages, 2)
        print(f"  each variant from scratch, -j 2: {scratch:.1f} s = {assets / scratch * 60:.1f} assets/min")
        print(f"  sharing saves {(1 - runs[2] / scratch) * 100:.0f}% of the time (scratch / shared = "
              f"{scratch / runs[2]:.2f}x)")
        if 1 in runs:
            print(f"  -j 2 / -j 1 speed-up: {runs[1] / runs[2]:.2f}x")

        if not args.skip_noop:
            noop(work, campaign, args.noop_texts, args.variants)


def noop(work: Path, campaign, texts: int, variants: int) -> None:
    """Part 3: the no-op rebuild of `texts` x `variants` (leaflets, infographics, audio), then one edited text."""
    stages = ["leaflets", "infographics", "audio"]
    big_dir = make_campaign(work / "campaign-big", texts, variants)
    big = load_campaign(big_dir)
    noop_out = work / "out-noop"
    clone_build(work / "out-j2", big, noop_out, [text.id for text in campaign.approved_texts], stages)
    # Hard-linking the clone changed every file's change time: the first build hashes each once, finds the
    # bytes as recorded and records the new stat (as after copying an output folder); that is not timed.
    start = time.perf_counter()
    report = build(load_campaign(big_dir), noop_out, stages, jobs=2, echo=lambda line: None)
    print(f"no-op rebuild, {texts} texts x {variants} variants ({', '.join(stages)}; manifests cloned from the "
          f"real build): first build after cloning {time.perf_counter() - start:.2f} s (hashes every file once)")
    before = {path: path.stat().st_mtime_ns for path in noop_out.rglob("*")
              if path.is_file() and path.name != ".build.lock"}   # the lock names its last owner
    in_process = []
    for _ in range(3):
        start = time.perf_counter()
        report = build(load_campaign(big_dir), noop_out, stages, jobs=2, echo=lambda line: None)
        in_process.append(time.perf_counter() - start)
    rendered = sum(len(result.rendered) for result in report.stages)
    up_to_date = sum(result.up_to_date for result in report.stages)
    command = [sys.executable, "-m", "pipeline", "build", str(big_dir), "--out", str(noop_out), "-j", "2"]
    command += [arg for stage in stages for arg in ("--stage", stage)]
    # As installed: Python keeps the modules' bytecode (an environment that forbids writing it, like this
    # sandbox's PYTHONDONTWRITEBYTECODE, compiles the package again at every start); one untimed run first.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
    whole = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
        whole.append(time.perf_counter() - start)
    after = {path: path.stat().st_mtime_ns for path in noop_out.rglob("*")
             if path.is_file() and path.name != ".build.lock"}
    written = sum(1 for path, mtime in after.items() if before.get(path) != mtime)
    print(f"  {up_to_date} jobs up to date, {rendered} rendered, {written} files written; "
          f"load + plan + build in process {statistics.median(in_process):.2f} s "
          f"(median of 3: {', '.join(f'{t:.2f}' for t in in_process)}); "
          f"the whole command {statistics.median(whole):.2f} s ({', '.join(f'{t:.2f}' for t in whole)})")

    edited = sorted((big_dir / "texts").glob("*.md"))[texts // 2]
    edited.write_text(edited.read_text("utf-8").replace('title: "', 'title: "Sửa: ', 1), "utf-8")
    approve_texts([edited], by="Bench")
    start = time.perf_counter()
    report = build(load_campaign(big_dir), noop_out, stages, jobs=2, echo=lambda line: None)
    seconds = time.perf_counter() - start
    keys = {(result.variant, result.stage): sorted(result.rendered) for result in report.stages if result.rendered}
    text_ids = {key.split("/")[0] for rendered_keys in keys.values() for key in rendered_keys}
    print(f"  one edited text: {sum(len(k) for k in keys.values())} jobs rendered in {seconds:.1f} s, in "
          f"{len({variant for variant, _ in keys})} variants x {len({stage for _, stage in keys})} stages, "
          f"all of text {', '.join(sorted(text_ids))}")


if __name__ == "__main__":
    main()
