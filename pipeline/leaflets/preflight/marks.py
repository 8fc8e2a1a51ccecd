"""Fine-detail rules: hairlines, and the size and inks of small and reversed text."""

from __future__ import annotations

import re

from pipeline.leaflets.geometry import MM
from pipeline.leaflets.preflight.colour import inks
from pipeline.leaflets.preflight.facts import PdfFacts, has_ink, in_bleed
from pipeline.leaflets.preflight.report import Check, failing

MIN_LINE_PT = 0.25
MIN_TEXT_PT = 6.0  # below this no text is legible in print, and Vietnamese diacritics fill in first
SMALL_TEXT_PT = 8.0
THIN_WEIGHT = re.compile(r"Thin|Light|Hairline", re.IGNORECASE)
THIN_REVERSED_MIN_PT = 12.0  # a light weight reversed out of several inks only from this size


def check_hairlines(facts: PdfFacts) -> Check:
    """No stroke (or rule filled as a rectangle) thinner than 0.25 pt where it prints (inside the bleed box)."""
    thin = []
    for area in facts.scan.painted:
        if not in_bleed(facts, area):
            continue
        if area.kind == "stroke" and area.line_width < MIN_LINE_PT - 1e-3:
            thin.append(f"page {area.page}: {area.line_width:.2f} pt line")
        elif area.kind == "fill" and has_ink(area):
            # a rule drawn as a thin filled rectangle is a hairline too
            breadth = min(area.box[2] - area.box[0], area.box[3] - area.box[1])
            if 0 < breadth < MIN_LINE_PT - 1e-3:
                thin.append(f"page {area.page}: {breadth:.2f} pt wide filled rule")
    if thin:
        return failing("hairlines", thin, f"lines under {MIN_LINE_PT:g} pt break up on press: ")
    return Check("hairlines", True, f"no line under {MIN_LINE_PT:g} pt")


def check_small_text(facts: PdfFacts) -> Check:
    """No text under 6 pt; text under 8 pt prints from one ink and is not reversed out of a colour of more than
    one ink; no light weight under 12 pt reversed out of more than one ink."""
    problems = []
    for text in facts.scan.texts:
        own = inks(text.family, text.components)
        under = inks(text.background.family, text.background.components) if text.background else 0
        if 0 < text.size < MIN_TEXT_PT - 1e-3:
            problems.append(f"page {text.page}: {text.size:.1f} pt {text.font} text {_where(facts, text)} "
                            f"is under the {MIN_TEXT_PT:g} pt minimum")
        if own == 0 and under > 1 and THIN_WEIGHT.search(text.font) and text.size < THIN_REVERSED_MIN_PT:
            problems.append(f"page {text.page}: {text.size:.1f} pt {text.font} reversed out of {under} inks "
                            f"(thin strokes fill in)")
        if text.size >= SMALL_TEXT_PT - 1e-3 or text.size <= 0:
            continue
        if own > 1:
            problems.append(f"page {text.page}: {text.size:.1f} pt text from {own} inks")
        elif own == 0 and under > 1:
            problems.append(f"page {text.page}: {text.size:.1f} pt text reversed out of {under} inks")
    rule = f"text at least {MIN_TEXT_PT:g} pt, under {SMALL_TEXT_PT:g} pt from one ink"
    if problems:
        return failing("small text", problems, f"{rule}: ")
    return Check("small text", True, rule)


def _where(facts: PdfFacts, text) -> str:
    """Where a text starts, in mm from the trim's lower left corner (from the page's when there is no trim)."""
    page = facts.boxes[text.page - 1]
    origin = page["trim"] or page["media"]
    x0, y0 = (origin.x0, origin.y0) if origin is not None else (0.0, 0.0)
    return f"at {(text.x - x0) / MM:.0f} x {(text.y - y0) / MM:.0f} mm"
