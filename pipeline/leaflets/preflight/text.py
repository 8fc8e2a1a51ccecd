"""Text position rules from the rendered glyph boxes (pypdfium2): the safe zone inside trim and folds."""

from __future__ import annotations

import ctypes
import math
from typing import Mapping, Sequence

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.leaflets.geometry import MM, SAFE_MM, Box
from pipeline.leaflets.preflight.facts import RenderedPages
from pipeline.leaflets.preflight.report import Check, failing


def check_safe_zone(pages: RenderedPages, boxes: list[dict[str, Box | None]],
                    folds_mm: Mapping[int, Sequence[float]]) -> Check:
    """Every glyph at least SAFE_MM inside the trim and SAFE_MM from any fold (pypdfium2 char boxes)."""
    problems: list[str] = []
    closest = math.inf
    chars = 0
    safe = SAFE_MM * MM
    for index in range(len(pages)):
        trim = boxes[index]["trim"] if index < len(boxes) else None
        if trim is None:
            continue  # reported by the boxes check
        folds = [trim.x0 + fold * MM for fold in folds_mm.get(index, ())]
        textpage = pages.page(index).get_textpage()
        try:
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count else ""
            per_char = len(text) == count
            worst: dict[tuple[str, str], float] = {}  # (word, 'the trim'/'a fold') -> closest distance
            charbox = _charbox_reader(textpage)
            for i in range(count):
                char = text[i] if per_char else textpage.get_text_range(i, 1)
                if not char or char.isspace():
                    continue
                left, bottom, right, top = charbox(i)
                if right <= left and top <= bottom:
                    continue  # generated or empty glyph
                chars += 1
                trim_distance = min(left - trim.x0, bottom - trim.y0, trim.x1 - right, trim.y1 - top)
                fold_distance = min((gap_to_fold(left, right, fold) for fold in folds), default=math.inf) \
                    if folds else math.inf
                distance = min(trim_distance, fold_distance)
                if distance < closest:
                    closest = distance
                if distance < safe - 0.01:
                    key = (_context(text, i) if per_char else char,
                           "a fold" if fold_distance < trim_distance else "the trim")
                    worst[key] = min(worst.get(key, math.inf), distance)
            problems.extend(f"page {index + 1}: {word!r} is {distance / MM:.1f} mm from {zone}"
                            for (word, zone), distance in worst.items())
        finally:
            textpage.close()
    rule = f"{SAFE_MM:g} mm inside the trim" + (" and from the folds" if folds_mm else "")
    if problems:
        return failing("safe zone", problems, f"text must stay {rule}: ")
    if not chars:
        return Check("safe zone", True, "no text")
    return Check("safe zone", True, f"{chars} glyphs, all at least {rule} (closest {closest / MM:.1f} mm)")


def _charbox_reader(textpage):
    """textpage.get_charbox (left, bottom, right, top of character i), calling pdfium with the same four
    numbers for every character instead of new ones each time (a page has hundreds of characters)."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    get_box = pdfium_c.FPDFText_GetCharBox

    def charbox(index: int) -> tuple[float, float, float, float]:
        if not get_box(textpage, index, left, right, bottom, top):  # pdfium's order: left, right, bottom, top
            raise pdfium.PdfiumError("Failed to get charbox.")
        return left.value, bottom.value, right.value, top.value

    return charbox


def gap_to_fold(left: float, right: float, fold: float) -> float:
    """Distance from a glyph spanning [left, right] to a fold line; negative when the glyph crosses it."""
    if right <= fold:
        return fold - right
    if left >= fold:
        return left - fold
    return -min(fold - left, right - fold)


def _context(text: str, index: int) -> str:
    """The word around character `index`, for a message a person can find on the page."""
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = index
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end][:40]


