"""Preflight: check a written PDF against the print rules, from the file itself (pikepdf + pypdfium2).

The file is read once into `PdfFacts` (boxes, folds, one content scan); then every rule is one small
function `check_<rule>(facts) -> Check`, registered in CHECKS in report order (modules by concern:
layout, inking, marks, bleed, document, fonts, glyphs, standard):

- boxes: TrimBox and BleedBox on every page, nested in the MediaBox, 3 mm bleed each side.
- trim size: the trim is the product's (A5 flyer, A4 landscape tri-fold of 2 pages, A3 poster).
- pdfx: PDF/X-4 or PDF/X-1a:2001 declared and its file-level requirements met (standard.py), no object
  streams under a header older than PDF 1.5.
- fonts: every font embedded, subset, with a ToUnicode map; no Type 3 font.
- glyphs: every character the text shows has a glyph in its embedded font (not .notdef).
- colour: device CMYK or grey only, in patterns and shadings too (registration /All is allowed; its ink is
  checked; a DeviceN/NChannel of process colorants only is process colour, not a spot).
- images: CMYK or grey, at least 300 ppi at the placed size.
- ink: total ink of anything painted in the bleed box at most 300 %, gradients (shadings) included.
- overprint: nothing white set to overprint (it vanishes on press).
- black text: black text is 100 % K, never rich black.
- transparency: none in PDF/X-1a (fails); reported in PDF/X-4 (passes with the list).
- rotation: no /Rotate on a page (the shop's imposition would turn it).
- annotations: no printable annotation (only PrinterMark/TrapNet may print).
- layers: no content in a hidden layer (optional content off in the default configuration or for print).
- actions: no JavaScript or action in the document, its pages or annotations (links to go to are allowed).
- hairlines: no stroke, or rule filled as a rectangle, under 0.25 pt inside the bleed box.
- small text: no text under 6 pt; text under 8 pt uses one ink, and is not reversed out of more than one ink; no light
  weight under 12 pt reversed out of more than one ink.
- bleed: artwork that reaches the trim edge runs on to the bleed edge, in the geometry and as rendered
  (no paper showing in the bleed where the artwork at the trim is coloured).
- folds: no image across a fold; colour areas that meet a fold run past it by the fold tolerance.
- safe zone: every glyph at least 5 mm inside the trim and from each fold (pypdfium2 glyph boxes).
- brand colour (when brand colours are given): ΔE76 of each brand colour to the nearest CMYK fill
  on the output profile; within 3 (or, outside the press gamut, within 1 of what the profile reaches).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Mapping, Sequence

import pikepdf

from pipeline.leaflets.preflight.bleed import check_bleed
from pipeline.leaflets.preflight.boxes import infer_folds, page_boxes
from pipeline.leaflets.preflight.document import check_actions, check_annotations, check_layers
from pipeline.leaflets.preflight.facts import PdfFacts
from pipeline.leaflets.preflight.fonts import check_fonts
from pipeline.leaflets.preflight.glyphs import check_glyphs
from pipeline.leaflets.preflight.inking import (check_black_text, check_brand_colour, check_colour, check_images,
                                                check_ink, check_overprint, check_transparency)
from pipeline.leaflets.preflight.layout import (PRODUCT_PAGES, PRODUCT_TRIMS_MM, check_box_rules, check_folds,
                                                check_rotation, check_safe, check_trim_size)
from pipeline.leaflets.preflight.marks import check_hairlines, check_small_text
from pipeline.leaflets.preflight.report import Check, PreflightReport, format_report, reports_json
from pipeline.leaflets.preflight.scan import ContentScan, multiply, placed_ppi
from pipeline.leaflets.preflight.standard import check_pdfx
from pipeline.leaflets.preflight.text import gap_to_fold

__all__ = ["CHECKS", "Check", "brand_options", "PdfFacts", "PreflightReport", "PRODUCT_PAGES", "PRODUCT_TRIMS_MM",
           "format_report", "gap_to_fold", "multiply", "placed_ppi", "preflight", "reports_json"]


def preflight(pdf_path: Path | str, folds_mm: Mapping[int, Sequence[float]] | None = None,
              product: str | None = None, brand: Mapping[str, str] | None = None) -> PreflightReport:
    """Check a PDF file against the print rules; never raises for a bad PDF, reports it.

    `product` ("flyer", "trifold", "poster") is guessed from the file name when not given; `brand`
    maps names ("primary", "accent") to sRGB hex colours whose ΔE on the output profile is reported.
    """
    pdf_path = Path(pdf_path)
    try:
        pdf = pikepdf.open(pdf_path)
    except (pikepdf.PdfError, OSError) as exc:
        return PreflightReport(pdf_path, [Check("file", False, f"not a readable PDF: {exc}")])
    with pdf:
        pages = list(pdf.pages)
        boxes = [page_boxes(page) for page in pages]
        scan = ContentScan()
        for index, page in enumerate(pages):
            scan.scan_page(index, page, boxes[index].get("bleed") or boxes[index]["media"])
        facts = PdfFacts(pdf_path, pdf, boxes, infer_folds(boxes) if folds_mm is None else folds_mm, scan,
                         product or guess_product(pdf_path), dict(brand or {}))
        try:
            checks = [check(facts) for name, check in CHECKS if name != "brand colour" or facts.brand]
        finally:
            facts.rendered.close()
    return PreflightReport(pdf_path, checks, pages=len(pages))


def brand_options(items: Sequence[str]) -> dict[str, str]:
    """NAME=#RRGGBB options as {name: hex}; ValueError naming the bad one."""
    colours = {}
    for item in items:
        name, _, hex_colour = item.partition("=")
        if not name or not re.fullmatch(r"#[0-9A-Fa-f]{6}", hex_colour):
            raise ValueError(f"--brand {item}: give NAME=#RRGGBB, e.g. primary=#0B5FA5")
        colours[name] = hex_colour
    return colours


def guess_product(pdf_path: Path) -> str | None:
    """The product a file name says it is (the pipeline's names), else None (any product's trim then passes)."""
    stem = pdf_path.stem.lower()
    if "trifold" in stem:
        return "trifold"
    if stem.endswith("poster"):
        return "poster"
    return None


CHECKS: tuple[tuple[str, Callable[[PdfFacts], Check]], ...] = (
    ("boxes", check_box_rules), ("trim size", check_trim_size), ("pdfx", lambda facts: check_pdfx(facts.pdf)),
    ("fonts", lambda facts: check_fonts(facts.pdf, list(facts.pdf.pages), facts.scan.font_pages())),
    ("glyphs", lambda facts: check_glyphs(facts.scan.glyph_uses)),
    ("colour", check_colour), ("images", check_images), ("ink", check_ink),
    ("black text", check_black_text), ("overprint", check_overprint), ("transparency", check_transparency),
    ("rotation", check_rotation), ("annotations", lambda facts: check_annotations(facts.pdf)),
    ("layers", lambda facts: check_layers(facts.pdf)), ("actions", lambda facts: check_actions(facts.pdf)),
    ("hairlines", check_hairlines), ("small text", check_small_text),
    ("bleed", check_bleed), ("folds", check_folds), ("safe zone", check_safe), ("brand colour", check_brand_colour),
)
