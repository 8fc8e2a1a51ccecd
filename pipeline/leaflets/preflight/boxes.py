"""Page geometry rules: boxes and bleed, trim size of the product, rotation, annotations, folds."""

from __future__ import annotations

import pikepdf

from pipeline.leaflets.geometry import A4_LANDSCAPE_MM, BLEED_MM, MM, Box, trifold_folds_mm
from pipeline.leaflets.preflight.report import Check, failing

BOX_TOLERANCE_MM = 0.1


def _rect(value) -> Box | None:
    if value is None:
        return None
    x0, y0, x1, y1 = (float(v) for v in value)
    return Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def page_boxes(page: pikepdf.Page) -> dict[str, Box | None]:
    """The page's media, bleed and trim boxes; bleed/trim only when the page really has them."""
    obj = page.obj
    return {"media": _rect(page.mediabox),  # may be inherited from the page tree: that is legal
            "bleed": _rect(obj.get("/BleedBox")),
            "trim": _rect(obj.get("/TrimBox"))}


def check_boxes(boxes: list[dict[str, Box | None]]) -> Check:
    """TrimBox and BleedBox on every page, nested in MediaBox, bleed of BLEED_MM each side."""
    problems: list[str] = []
    tolerance = BOX_TOLERANCE_MM * MM
    for index, page in enumerate(boxes, 1):
        media, bleed, trim = page["media"], page["bleed"], page["trim"]
        missing = [name for name, box in (("TrimBox", trim), ("BleedBox", bleed)) if box is None]
        if missing:
            problems.append(f"page {index}: no /{' and no /'.join(missing)}")
            continue
        assert media and bleed and trim
        if not bleed.contains(trim, tolerance):
            problems.append(f"page {index}: TrimBox is not inside the BleedBox")
        if not media.contains(bleed, tolerance):
            problems.append(f"page {index}: BleedBox is not inside the MediaBox")
        sides = (trim.x0 - bleed.x0, trim.y0 - bleed.y0, bleed.x1 - trim.x1, bleed.y1 - trim.y1)
        if any(abs(side - BLEED_MM * MM) > tolerance for side in sides):
            got = "/".join(f"{side / MM:.1f}" for side in sides)
            problems.append(f"page {index}: bleed must be {BLEED_MM:g} mm each side, is {got} mm (l/b/r/t)")
    if problems:
        return failing("boxes", problems)
    if not boxes:
        return Check("boxes", False, "the PDF has no pages")
    width, height = boxes[0]["trim"].size_mm()  # type: ignore[union-attr]
    return Check("boxes", True, f"{len(boxes)} page(s), trim {width:g} x {height:g} mm, bleed {BLEED_MM:g} mm")


def infer_folds(boxes: list[dict[str, Box | None]]) -> dict[int, tuple[float, ...]]:
    """Fold positions per page index for a two-page 297 x 210 mm PDF (the tri-fold), else none."""
    if len(boxes) != 2 or any(page["trim"] is None for page in boxes):
        return {}
    size = boxes[0]["trim"].size_mm()  # type: ignore[union-attr]
    if all(abs(got - want) <= 0.5 for got, want in zip(size, A4_LANDSCAPE_MM)):
        return {0: trifold_folds_mm("outside"), 1: trifold_folds_mm("inside")}
    return {}


