"""The PNG compression level of the infographics, chosen by measurement: CPU ms and KB per image for each level.

    .venv/bin/python scripts/bench_png.py [--rounds 5] [--formats portrait square story landscape]

The bundled campaign's texts are laid out and drawn once per format (as a build does), then each image is
written at every zlib level 0-9, in memory. CPU time (process time, steadier than the wall clock on a shared
machine), the best of `--rounds`; the ratios are against level 6 (zlib's own default), measured in the same run.
Pillow filters every row (trying each PNG filter) before zlib sees it, which costs the same at every level:
the levels only differ in what zlib adds on top.
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Print ms and KB per image per level, and the ratios to level 6."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--formats", nargs="+", default=["portrait", "square", "story", "landscape"])
    args = parser.parse_args()
    import sys

    sys.path.insert(0, str(ROOT))
    from pipeline.campaign import load_campaign
    from pipeline.infographics.layout import plan_infographic
    from pipeline.infographics.render import draw_plan

    campaign = load_campaign(ROOT / "assets/campaign")
    images = [draw_plan(plan_infographic(campaign, text, fmt), campaign)
              for fmt in args.formats for text in campaign.approved_texts]
    rows = {}
    for level in range(10):
        best, size = float("inf"), 0
        for _ in range(args.rounds):
            size = 0
            started = time.process_time()
            for image in images:
                buffer = io.BytesIO()
                image.save(buffer, format="PNG", compress_level=level)
                size += buffer.tell()
            best = min(best, time.process_time() - started)
        rows[level] = (best / len(images) * 1000, size / len(images) / 1024)
    base_ms, base_kb = rows[6]
    print(f"{len(images)} images ({', '.join(args.formats)}), CPU ms per image, best of {args.rounds}")
    print(f"{'level':>5} {'ms':>7} {'KB':>7} {'ms / level 6':>13} {'KB / level 6':>13}")
    for level, (ms, kb) in rows.items():
        print(f"{level:>5} {ms:>7.1f} {kb:>7.0f} {ms / base_ms:>12.2f}x {kb / base_kb:>12.2f}x")


if __name__ == "__main__":
    main()
