"""Page layout rules: boxes, trim size of the product, rotation, folds and the safe zone."""

from __future__ import annotations

from pipeline.leaflets.geometry import A3_MM, A4_LANDSCAPE_MM, A5_MM, MM
from pipeline.leaflets.preflight.boxes import check_boxes
from pipeline.leaflets.preflight.facts import PdfFacts, has_ink, inherited
from pipeline.leaflets.preflight.report import Check, failing
from pipeline.leaflets.preflight.text import check_safe_zone

PRODUCT_TRIMS_MM = {"flyer": A5_MM, "trifold": A4_LANDSCAPE_MM, "poster": A3_MM}
PRODUCT_PAGES = {"flyer": (1, 2), "trifold": (2,), "poster": (1,)}
FOLD_TOLERANCE_MM = 1.4  # colour meeting a fold runs past it by this much (the design uses 1.5 mm)
TRIM_TOLERANCE_MM = 0.5


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


def check_rotation(facts: PdfFacts) -> Check:
    """No page rotated with /Rotate."""
    rotated = [f"page {index}: /Rotate {angle}" for index, page in enumerate(facts.pdf.pages, 1)
               if (angle := inherited(page.obj, "/Rotate", 0) % 360)]
    if rotated:
        return failing("rotation", rotated, "pages must be upright (imposition turns them): ")
    return Check("rotation", True, "no page rotated")


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
            elif area.kind == "fill" and has_ink(area) and x1 - x0 > 2 * tolerance:
                for edge in (x0, x1):
                    if abs(edge - fold) < tolerance - 0.01 * MM:
                        problems.append(f"page {area.page}: colour ends {(edge - fold) / MM:+.1f} mm from the fold "
                                        f"at {fold_mm:g} mm (needs {FOLD_TOLERANCE_MM:g} mm past it)")
    if problems:
        return failing("folds", problems)
    if not facts.folds_mm:
        return Check("folds", True, "no folds")
    return Check("folds", True, f"no image across a fold; colour runs {FOLD_TOLERANCE_MM:g} mm past folds")


def check_safe(facts: PdfFacts) -> Check:
    """Glyphs 5 mm inside the trim and from folds."""
    return check_safe_zone(facts.rendered, facts.boxes, facts.folds_mm or {})
