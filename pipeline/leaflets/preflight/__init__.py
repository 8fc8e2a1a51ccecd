"""Preflight: check a written PDF against the print rules, from the file itself (pikepdf + pypdfium2).

The file is read once into `PdfFacts` (boxes, folds, one content scan); then every rule is one small
function `check_<rule>(facts) -> Check`, registered in CHECKS in report order:

- boxes: TrimBox and BleedBox on every page, nested in the MediaBox, 3 mm bleed each side.
- trim size: the trim is the product's (A5 flyer, A4 landscape tri-fold of 2 pages, A3 poster).
- pdfx: PDF/X-4 or PDF/X-1a:2001 declared and its file-level requirements met (standard.py).
- fonts: every font embedded, subset, with a ToUnicode map.
- colour: device CMYK or grey only (registration /All is allowed; its ink is checked).
- images: CMYK or grey, at least 300 ppi at the placed size.
- ink: total ink of anything painted in the bleed box at most 300 %.
- black text: black text is 100 % K, never rich black.
- transparency: none in PDF/X-1a (fails); reported in PDF/X-4 (passes with the list).
- rotation: no /Rotate on a page (the shop's imposition would turn it).
- annotations: no printable annotation (only PrinterMark/TrapNet may print).
- hairlines: no stroke, or rule filled as a rectangle, under 0.25 pt inside the bleed box.
- small text: text under 8 pt uses one ink, and is not reversed out of more than one ink; no light
  weight under 12 pt reversed out of more than one ink.
- bleed: artwork that reaches the trim edge runs on to the bleed edge.
- folds: no image across a fold; colour areas that meet a fold run past it by the fold tolerance.
- safe zone: every glyph at least 5 mm inside the trim and from each fold (pypdfium2 glyph boxes).
- brand colour (when brand colours are given): ΔE76 of each brand colour to the nearest CMYK fill
  on the output profile; within 3 (or, outside the press gamut, within 1 of what the profile reaches).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, Sequence

import pikepdf

from pipeline.leaflets.colors import brand_delta_e, hex_to_cmyk
from pipeline.leaflets.geometry import A3_MM, A4_LANDSCAPE_MM, A5_MM, BLEED_MM, MM, Box
from pipeline.leaflets.preflight.boxes import check_boxes, infer_folds, page_boxes
from pipeline.leaflets.preflight.fonts import check_fonts
from pipeline.leaflets.preflight.report import Check, PreflightReport, _join, format_report, reports_json
from pipeline.leaflets.preflight.scan import ContentScan, inks, multiply, placed_ppi
from pipeline.leaflets.preflight.standard import check_pdfx, pdfx_version
from pipeline.leaflets.preflight.text import check_safe_zone, gap_to_fold

__all__ = ["CHECKS", "Check", "brand_options", "PdfFacts", "PreflightReport", "format_report", "gap_to_fold", "multiply",
           "placed_ppi", "preflight", "reports_json"]

PRODUCT_TRIMS_MM = {"flyer": A5_MM, "trifold": A4_LANDSCAPE_MM, "poster": A3_MM}
PRODUCT_PAGES = {"flyer": (1, 2), "trifold": (2,), "poster": (1,)}
MIN_LINE_PT = 0.25
SMALL_TEXT_PT = 8.0
THIN_WEIGHT = re.compile(r"Thin|Light|Hairline", re.IGNORECASE)
THIN_REVERSED_MIN_PT = 12.0  # a light weight reversed out of several inks only from this size
FOLD_TOLERANCE_MM = 1.4  # colour meeting a fold runs past it by this much (the design uses 1.5 mm)
TRIM_TOLERANCE_MM = 0.5
MAX_BRAND_DELTA_E = 3.0


@dataclass
class PdfFacts:
    """What the checks read: the open PDF, its page boxes, folds, one content scan and the request."""

    path: Path
    pdf: pikepdf.Pdf
    boxes: list[dict[str, Box | None]]
    folds_mm: Mapping[int, Sequence[float]]
    scan: ContentScan
    product: str | None = None
    brand: Mapping[str, str] = field(default_factory=dict)


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
        checks = [check(facts) for name, check in CHECKS if name != "brand colour" or facts.brand]
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


# ----------------------------------------------------------------------------------- the rules

def check_box_rules(facts: PdfFacts) -> Check:
    """TrimBox and BleedBox on every page, nested, 3 mm bleed."""
    return check_boxes(facts.boxes)


def check_trim_size(facts: PdfFacts) -> Check:
    """The trim size (and page count) is the product's: A5 flyer, A4 landscape tri-fold, A3 poster."""
    trims = {page["trim"].size_mm() for page in facts.boxes if page["trim"] is not None}
    if not trims:
        return Check("trim size", False, "no TrimBox")
    if len(trims) > 1:
        return Check("trim size", False, "pages of different trim sizes: " + ", ".join(
            f"{w:g} x {h:g} mm" for w, h in sorted(trims)))
    width, height = trims.pop()
    candidates = [facts.product] if facts.product else list(PRODUCT_TRIMS_MM)
    pages = len(facts.boxes)
    for product in candidates:
        want_w, want_h = PRODUCT_TRIMS_MM[product]
        if abs(width - want_w) <= TRIM_TOLERANCE_MM and abs(height - want_h) <= TRIM_TOLERANCE_MM \
                and pages in PRODUCT_PAGES[product]:
            return Check("trim size", True, f"{width:g} x {height:g} mm, {pages} page(s): {product}")
    wanted = "; ".join(f"{p} {PRODUCT_TRIMS_MM[p][0]:g} x {PRODUCT_TRIMS_MM[p][1]:g} mm, "
                       f"{'/'.join(map(str, PRODUCT_PAGES[p]))} page(s)" for p in candidates)
    return Check("trim size", False, f"trim {width:g} x {height:g} mm, {pages} page(s) is not {wanted}")


def check_pdfx_rules(facts: PdfFacts) -> Check:
    """PDF/X-4 or PDF/X-1a:2001, declared and met."""
    return check_pdfx(facts.pdf)


def check_font_rules(facts: PdfFacts) -> Check:
    """Fonts embedded, subset, with ToUnicode."""
    return check_fonts(facts.pdf, list(facts.pdf.pages))


def check_colour(facts: PdfFacts) -> Check:
    """Device CMYK or grey only."""
    return facts.scan.colour_check()


def check_images(facts: PdfFacts) -> Check:
    """Images CMYK/grey at 300 ppi or more."""
    return facts.scan.image_check()


def check_ink(facts: PdfFacts) -> Check:
    """Total ink at most 300 %."""
    return facts.scan.ink_check()


def check_black_text(facts: PdfFacts) -> Check:
    """Black text on K alone."""
    return facts.scan.black_text_check()


def check_transparency(facts: PdfFacts) -> Check:
    """Transparency fails PDF/X-1a (the standard forbids it) and is reported for PDF/X-4 (the RIP flattens it)."""
    found = facts.scan.transparency + [f"page {i}: transparency group" for i, page in enumerate(facts.pdf.pages, 1)
                                       if page.obj.get("/Group", {}).get("/S") == "/Transparency"]
    if not found:
        return Check("transparency", True, "none")
    if pdfx_version(facts.pdf) == "x1a":
        return Check("transparency", False, "PDF/X-1a forbids transparency: " + _join(found))
    return Check("transparency", True, "reported (allowed in PDF/X-4, flattened by the RIP): " + _join(found))


def check_rotation(facts: PdfFacts) -> Check:
    """No page rotated with /Rotate."""
    rotated = [f"page {index}: /Rotate {angle}" for index, page in enumerate(facts.pdf.pages, 1)
               if (angle := _inherited(page.obj, "/Rotate", 0) % 360)]
    if rotated:
        return Check("rotation", False, "pages must be upright (imposition turns them): " + _join(rotated))
    return Check("rotation", True, "no page rotated")


def check_annotations(facts: PdfFacts) -> Check:
    """No printable annotation (comments, stamps, form fields would print)."""
    printable = []
    for index, page in enumerate(facts.pdf.pages, 1):
        for annotation in page.obj.get("/Annots", []):
            subtype = str(annotation.get("/Subtype", "/?"))
            if subtype not in ("/PrinterMark", "/TrapNet") and int(annotation.get("/F", 0)) & 4:
                printable.append(f"page {index}: printable {subtype[1:]} annotation")
    if printable:
        return Check("annotations", False, _join(printable))
    return Check("annotations", True, "no printable annotation")


def check_hairlines(facts: PdfFacts) -> Check:
    """No stroke (or rule filled as a rectangle) thinner than 0.25 pt where it prints (inside the bleed box)."""
    thin = []
    for area in facts.scan.painted:
        if not _in_bleed(facts, area):
            continue
        if area.kind == "stroke" and area.line_width < MIN_LINE_PT - 1e-3:
            thin.append(f"page {area.page}: {area.line_width:.2f} pt line")
        elif area.kind == "fill" and _has_ink(area):
            # a rule drawn as a thin filled rectangle is a hairline too
            breadth = min(area.box[2] - area.box[0], area.box[3] - area.box[1])
            if 0 < breadth < MIN_LINE_PT - 1e-3:
                thin.append(f"page {area.page}: {breadth:.2f} pt wide filled rule")
    if thin:
        return Check("hairlines", False, f"lines under {MIN_LINE_PT:g} pt break up on press: " + _join(thin))
    return Check("hairlines", True, f"no line under {MIN_LINE_PT:g} pt")


def check_small_text(facts: PdfFacts) -> Check:
    """Text under 8 pt prints from one ink and is not reversed out of a colour of more than one ink; no light
    weight under 12 pt reversed out of more than one ink."""
    problems = []
    for text in facts.scan.texts:
        own = inks(text.family, text.components)
        under = inks(text.background.family, text.background.components) if text.background else 0
        if own == 0 and under > 1 and THIN_WEIGHT.search(text.font) and text.size < THIN_REVERSED_MIN_PT:
            problems.append(f"page {text.page}: {text.size:.1f} pt {text.font} reversed out of {under} inks "
                            f"(thin strokes fill in)")
        if text.size >= SMALL_TEXT_PT - 1e-3 or text.size <= 0:
            continue
        if own > 1:
            problems.append(f"page {text.page}: {text.size:.1f} pt text from {own} inks")
        elif own == 0 and under > 1:
            problems.append(f"page {text.page}: {text.size:.1f} pt text reversed out of {under} inks")
    if problems:
        return Check("small text", False, f"text under {SMALL_TEXT_PT:g} pt must print from one ink: "
                                          + _join(problems))
    return Check("small text", True, f"text under {SMALL_TEXT_PT:g} pt prints from one ink")


def check_bleed(facts: PdfFacts) -> Check:
    """Artwork that reaches a trim edge runs on to the bleed edge (else a white sliver shows after cutting)."""
    short = []
    tolerance = 0.1 * MM
    for area in facts.scan.painted:
        page = facts.boxes[area.page - 1]
        trim, bleed = page["trim"], page["bleed"]
        if area.kind == "stroke" or trim is None or bleed is None or not _has_ink(area):
            continue
        x0, y0, x1, y1 = area.box
        if x1 <= trim.x0 or x0 >= trim.x1 or y1 <= trim.y0 or y0 >= trim.y1:
            continue  # in the slug
        gaps = {"left": (x0 <= trim.x0 + tolerance, x0 - bleed.x0), "right": (x1 >= trim.x1 - tolerance, bleed.x1 - x1),
                "bottom": (y0 <= trim.y0 + tolerance, y0 - bleed.y0), "top": (y1 >= trim.y1 - tolerance, bleed.y1 - y1)}
        for side, (reaches, gap) in gaps.items():
            if reaches and gap > tolerance:
                short.append(f"page {area.page}: {area.kind} stops {gap / MM:.1f} mm short of the {side} bleed edge")
    if short:
        return Check("bleed", False, f"artwork at the trim must run {BLEED_MM:g} mm into the bleed: " + _join(short))
    return Check("bleed", True, "artwork at the trim runs to the bleed edge")


def check_folds(facts: PdfFacts) -> Check:
    """No image across a fold; colour areas that meet a fold run past it by the fold tolerance."""
    problems = []
    tolerance = FOLD_TOLERANCE_MM * MM
    for area in facts.scan.painted:
        page = facts.boxes[area.page - 1]
        trim = page["trim"]
        if trim is None or area.kind == "stroke":
            continue
        for fold_mm in facts.folds_mm.get(area.page - 1, ()):
            fold = trim.x0 + fold_mm * MM
            x0, x1 = area.box[0], area.box[2]
            if area.kind == "image" and x0 < fold - 0.5 * MM and x1 > fold + 0.5 * MM:
                problems.append(f"page {area.page}: image across the fold at {fold_mm:g} mm")
            elif area.kind == "fill" and _has_ink(area) and x1 - x0 > 2 * tolerance:
                for edge in (x0, x1):
                    if abs(edge - fold) < tolerance - 0.01 * MM:
                        problems.append(f"page {area.page}: colour ends {(edge - fold) / MM:+.1f} mm from the fold "
                                        f"at {fold_mm:g} mm (needs {FOLD_TOLERANCE_MM:g} mm past it)")
    if problems:
        return Check("folds", False, _join(problems))
    if not facts.folds_mm:
        return Check("folds", True, "no folds")
    return Check("folds", True, f"no image across a fold; colour runs {FOLD_TOLERANCE_MM:g} mm past folds")


def check_safe(facts: PdfFacts) -> Check:
    """Glyphs 5 mm inside the trim and from folds."""
    return check_safe_zone(facts.path, facts.boxes, facts.folds_mm or {})


def check_brand_colour(facts: PdfFacts) -> Check:
    """ΔE76 of each brand colour to the nearest CMYK fill of the file, on the output profile.

    A colour fails when it prints more than ΔE 3 away and worse than the profile's own conversion
    could (by more than ΔE 1): a brand colour outside the press gamut cannot come closer than that.
    """
    fills = {tuple(area.components) for area in facts.scan.painted
             if area.family == "cmyk" and area.kind == "fill" and len(area.components) == 4}
    if not fills:
        return Check("brand colour", False, "no CMYK fill to compare with the brand colours")
    results, problems = [], []
    for name, hex_colour in facts.brand.items():
        delta = min(brand_delta_e(hex_colour, cmyk) for cmyk in fills)  # type: ignore[arg-type]
        reachable = brand_delta_e(hex_colour, hex_to_cmyk(hex_colour))
        gamut = f" (outside the press gamut: the closest print is ΔE76 {reachable:.1f})" \
            if reachable > MAX_BRAND_DELTA_E else ""
        results.append(f"{name} {hex_colour} ΔE76 {delta:.1f}{gamut}")
        if delta > max(MAX_BRAND_DELTA_E, reachable + 1.0):
            problems.append(f"{name} {hex_colour} prints ΔE76 {delta:.1f} away, the profile reaches "
                            f"{reachable:.1f} (limit {MAX_BRAND_DELTA_E:g}): convert it through the output profile "
                            f"or set brand.{name}_cmyk")
    if problems:
        return Check("brand colour", False, _join(problems))
    return Check("brand colour", True, ", ".join(results))


CHECKS: tuple[tuple[str, Callable[[PdfFacts], Check]], ...] = (
    ("boxes", check_box_rules), ("trim size", check_trim_size), ("pdfx", check_pdfx_rules),
    ("fonts", check_font_rules), ("colour", check_colour), ("images", check_images), ("ink", check_ink),
    ("black text", check_black_text), ("transparency", check_transparency), ("rotation", check_rotation),
    ("annotations", check_annotations), ("hairlines", check_hairlines), ("small text", check_small_text),
    ("bleed", check_bleed), ("folds", check_folds), ("safe zone", check_safe), ("brand colour", check_brand_colour),
)


def _inherited(obj, key: str, default):
    while obj is not None:
        if key in obj:
            return int(obj[key])
        obj = obj.get("/Parent")
    return default


def _has_ink(area) -> bool:
    return area.kind == "image" or inks(area.family, area.components) > 0


def _in_bleed(facts: PdfFacts, area) -> bool:
    page = facts.boxes[area.page - 1]
    bleed = page["bleed"] or page["media"]
    x0, y0, x1, y1 = area.box
    return bleed is not None and x1 > bleed.x0 and x0 < bleed.x1 and y1 > bleed.y0 and y0 < bleed.y1

