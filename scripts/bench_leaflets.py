"""Benchmark: leaflet PDFs per second for a campaign of 50 texts, with and without the preflight.

    python scripts/bench_leaflets.py [--texts 50] [--rounds 3]

Renders an A5 flyer per text and the tri-fold, then preflights every PDF, timing the two apart in
the same run (render alone is the baseline). Prints PDFs/s for render only and render + preflight,
and the ratio of preflight cost to render cost. Numbers are best-of-rounds wall-clock times.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import make_campaign, make_text  # noqa: E402  (the fixture text, varied below)

from pipeline.content import Brand, KeyFigure  # noqa: E402
from pipeline.leaflets import LeafletSettings, render_flyer, render_trifold  # noqa: E402
from pipeline.leaflets.preflight import preflight  # noqa: E402

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
    logo = ROOT / "assets" / "campaign" / "brand" / "logo.png"
    brand = Brand(logo=logo if logo.is_file() else None)
    return make_campaign(tuple(texts), brand=brand)


def one_round(campaign, out_dir: Path, settings: LeafletSettings) -> tuple[float, float, int]:
    """(render seconds, preflight seconds, PDFs) for every flyer and the tri-fold."""
    paths: list[Path] = []
    start = time.perf_counter()
    for text in campaign.texts:
        path = out_dir / f"{text.id}.pdf"
        render_flyer(campaign, text, path, settings)
        paths.append(path)
    path = out_dir / "trifold.pdf"
    render_trifold(campaign, campaign.texts[:4], path, settings)
    paths.append(path)
    render_s = time.perf_counter() - start
    start = time.perf_counter()
    failures = [p.name for p in paths if not preflight(p).ok]
    preflight_s = time.perf_counter() - start
    if failures:
        raise SystemExit(f"preflight failed: {failures}")
    return render_s, preflight_s, len(paths)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    campaign = campaign_of(args.texts)
    settings = LeafletSettings()
    with tempfile.TemporaryDirectory(prefix="bench-leaflets-") as tmp:
        out_dir = Path(tmp)
        render_flyer(campaign, campaign.texts[0], out_dir / "warm-up.pdf", settings)  # fonts, logo cache
        preflight(out_dir / "warm-up.pdf")
        results = [one_round(campaign, out_dir, settings) for _ in range(args.rounds)]
    render_s = min(r[0] for r in results)
    preflight_s = min(r[1] for r in results)
    pdfs = results[0][2]
    print(f"{pdfs} PDFs ({args.texts} A5 flyers + 1 tri-fold), best of {args.rounds} rounds")
    print(f"render only          : {render_s:6.2f} s  {pdfs / render_s:6.1f} PDFs/s  "
          f"({render_s / pdfs * 1000:.1f} ms/PDF)")
    print(f"render + preflight   : {render_s + preflight_s:6.2f} s  {pdfs / (render_s + preflight_s):6.1f} PDFs/s")
    print(f"preflight alone      : {preflight_s:6.2f} s  ({preflight_s / pdfs * 1000:.1f} ms/PDF)")
    print(f"preflight / render   : {preflight_s / render_s:.2f}")


if __name__ == "__main__":
    main()
