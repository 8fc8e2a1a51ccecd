"""Render README previews of the built sample campaign: leaflet pages and an infographic.

Run after `media-pipeline build`: python scripts/make_previews.py [--out output]
Writes assets/previews/*.png (small, for the README).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
PREVIEWS = ROOT / "assets" / "previews"


def pdf_page_png(pdf_path: Path, page_index: int, dest_path: Path, width_px: int) -> None:
    """One PDF page (the whole MediaBox, marks included) as a PNG `width_px` wide."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    page = pdf[page_index]
    scale = width_px / page.get_width()
    image = page.render(scale=scale).to_pil().convert("RGB")
    image.save(dest_path, optimize=True)
    pdf.close()


def landscape_preview(dest_path: Path) -> None:
    """The landscape image (screens) of a text with two key figures, rendered from the bundled campaign (the
    default build makes only the portrait)."""
    import tempfile

    from pipeline.campaign import load_campaign
    from pipeline.infographics.render import render_infographic

    campaign = load_campaign(ROOT / "assets" / "campaign")
    with tempfile.TemporaryDirectory() as folder:
        png = Path(folder) / "landscape.png"
        render_infographic(campaign, campaign.text("tro-cap-huu-tri-xa-hoi"), "landscape", png)
        with Image.open(png) as image:
            image.resize((960, 540), Image.LANCZOS).save(dest_path, optimize=True)


def main() -> None:
    """Write the previews."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "output")
    args = parser.parse_args()
    PREVIEWS.mkdir(parents=True, exist_ok=True)
    pdf_page_png(args.out / "leaflets" / "luong-huu-15-nam.pdf", 0, PREVIEWS / "flyer-front.png", 560)
    pdf_page_png(args.out / "leaflets" / "luong-huu-15-nam.pdf", 1, PREVIEWS / "flyer-back.png", 560)
    pdf_page_png(args.out / "leaflets" / "trifold.pdf", 0, PREVIEWS / "trifold-outside.png", 1000)
    pdf_page_png(args.out / "leaflets" / "trifold.pdf", 1, PREVIEWS / "trifold-inside.png", 1000)
    poster = args.out / "leaflets" / "luong-huu-15-nam-poster.pdf"  # with `leaflets: {poster: true}`
    if poster.is_file():
        pdf_page_png(poster, 0, PREVIEWS / "poster-a3.png", 560)
    infographic = Image.open(args.out / "infographics" / "thai-san-tu-nguyen" / "portrait.png")
    infographic.resize((540, 675), Image.LANCZOS).save(PREVIEWS / "infographic-portrait.png", optimize=True)
    landscape_preview(PREVIEWS / "infographic-landscape.png")
    for path in sorted(PREVIEWS.glob("*.png")):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
