"""How long a template takes to lay out and draw, against writing the PNG, per built-in format.

    .venv/bin/python scripts/bench_templates.py [--rounds 5]

For each format: the layout engine (fit: every scale tried, texts measured), the Pillow drawing and the PNG
write (compress level 6, the build's), as milliseconds per image over the bundled campaign's texts, and the
layout and drawing as a ratio of the PNG write (the baseline, measured in the same process); then the
`preview --watch` path for every kind of template (images, clip cards, leaflet pages): each one's first render
and its warm median (load the campaign, lay out, draw with guides, write), as a ratio of the portrait's.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from pipeline.campaign import load_campaign
    from pipeline.infographics.layout import plan_infographic
    from pipeline.infographics.preview import render_preview
    from pipeline.infographics.render import draw_plan

    campaign = load_campaign(ROOT / "assets/campaign")
    texts = campaign.approved_texts
    for text in texts:  # warm the font and measuring caches as a build's worker has them after its first job
        draw_plan(plan_infographic(campaign, text, "portrait"), campaign)
    print(f"{'format':<10} {'layout ms':>10} {'draw ms':>8} {'png ms':>7} {'layout/png':>11} {'draw/png':>9}")
    for fmt in ("portrait", "square", "story", "landscape"):
        layout, draw, png = [], [], []
        for _ in range(args.rounds):
            for text in texts:
                started = time.perf_counter()
                plan = plan_infographic(campaign, text, fmt)
                drawn = time.perf_counter()
                image = draw_plan(plan, campaign)
                written = time.perf_counter()
                image.save(io.BytesIO(), format="PNG", compress_level=6)
                done = time.perf_counter()
                layout.append(drawn - started)
                draw.append(written - drawn)
                png.append(done - written)
        lay, dra, pn = (statistics.median(v) * 1000 for v in (layout, draw, png))
        print(f"{fmt:<10} {lay:>10.1f} {dra:>8.1f} {pn:>7.1f} {lay / pn:>11.2f} {dra / pn:>9.2f}")
    # `preview --watch` on every kind of template: the first render of each (a leaflet page's loads ReportLab,
    # pikepdf and pdfium) and the median of the next, as the designer waits after each save; the portrait's
    # warm render is the baseline of the ratio
    print(f"\n{'preview (guides)':<24} {'first ms':>9} {'warm ms':>8} {'warm/portrait':>14}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for template in ("portrait", "link", "card-opening-vertical", "card-figure-vertical", "flyer-front",
                         "flyer-back", "trifold-outside", "trifold-inside", "poster-a3"):
            times = []
            for _ in range(args.rounds + 1):
                started = time.perf_counter()
                render_preview(ROOT / "assets/campaign", template, texts[0].id, Path(tmp) / "p.png", guides=True)
                times.append(time.perf_counter() - started)
            rows.append((template, times[0], statistics.median(times[1:])))
    baseline = rows[0][2]
    for template, first, warm in rows:
        print(f"{template:<24} {first * 1000:>9.0f} {warm * 1000:>8.0f} {warm / baseline:>14.2f}")


if __name__ == "__main__":
    main()
