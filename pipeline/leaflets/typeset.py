"""Type: Be Vietnam Pro registered with ReportLab, paragraph styles, and fitting text into frames.

Paragraphs are ReportLab platypus `Paragraph`s (line breaking, bold runs); what is ours is the
stacking (measured exactly as it is drawn), the shrink-to-fit from a comfortable size down to the
legible minimum, and the overflow measurement that turns into a RenderError.
"""

from __future__ import annotations

import functools
import logging
import math
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.colors import CMYKColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

from pipeline.content import Block, Run
from pipeline.fonts import font_path
from pipeline.leaflets.geometry import MM
from pipeline.textwrap_pdf import breakable
from pipeline.textwrap_vi import apart_or_raise, keep_together

log = logging.getLogger(__name__)

WEIGHTS = ("Light", "Regular", "Medium", "SemiBold", "Bold", "ExtraBold")
SIZE_STEP_PT = 0.5
BULLET = "\u2022"


@functools.lru_cache(maxsize=None)
def register_fonts() -> dict[str, str]:
    """Register the Be Vietnam Pro weights with ReportLab once; weight -> registered font name."""
    names: dict[str, str] = {}
    for weight in WEIGHTS:
        name = f"BeVietnamPro-{weight}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(font_path(weight))))
        names[weight] = name
    return names


def font(weight: str) -> str:
    """The registered ReportLab name of a Be Vietnam Pro weight."""
    return register_fonts()[weight]


def string_width(text: str, weight: str, size_pt: float) -> float:
    """Advance width of `text` in points."""
    return pdfmetrics.stringWidth(text, font(weight), size_pt)


def size_steps(max_pt: float, min_pt: float, step_pt: float = SIZE_STEP_PT) -> list[float]:
    """Sizes to try, largest first: max_pt, max_pt - step, ... down to and including min_pt."""
    if max_pt < min_pt:
        raise ValueError("max_pt must not be smaller than min_pt")
    sizes: list[float] = []
    size = max_pt
    while size > min_pt + 1e-9:
        sizes.append(round(size, 2))
        size -= step_pt
    sizes.append(round(min_pt, 2))
    return sizes


def overflow_mm(needed_pt: float, available_pt: float) -> int:
    """How much a stack is too tall, in whole millimetres (rounded up so it is never understated)."""
    return max(1, math.ceil((needed_pt - available_pt) / MM - 1e-9))


def style(name: str, weight: str, size_pt: float, color: CMYKColor, leading: float = 1.38,
          align: int = TA_LEFT, space_before: float = 0.0, space_after: float = 0.0,
          left_indent: float = 0.0, bullet_color: CMYKColor | None = None) -> ParagraphStyle:
    """A paragraph style in Be Vietnam Pro; `leading` is a multiple of the size; every colour CMYK."""
    return ParagraphStyle(
        name, fontName=font(weight), fontSize=size_pt, leading=round(size_pt * leading, 2),
        textColor=color, alignment=align, spaceBefore=space_before, spaceAfter=space_after,
        leftIndent=left_indent, bulletIndent=0, bulletFontName=font("Bold"), bulletFontSize=size_pt,
        bulletColor=bullet_color or color, allowWidows=0, allowOrphans=0, splitLongWords=1,
        hyphenationLang=None, embeddedHyphenation=0, uriWasteReduce=0,
        backColor=None, borderColor=None,
    )


def runs_markup(runs: Iterable[Run], bold_weight: str = "Bold") -> str:
    """Paragraph markup for runs: text escaped, bold runs in the given weight."""
    runs = list(runs)
    # No-break spaces are placed on the whole text, so "**15** năm" keeps together across runs;
    # keep_together keeps the length, so the runs are cut back at the same offsets.
    kept = keep_together("".join(run.text for run in runs))
    parts: list[str] = []
    offset = 0
    for run in runs:
        text = escape(kept[offset:offset + len(run.text)])
        offset += len(run.text)
        parts.append(f'<font name="{font(bold_weight)}">{text}</font>' if run.bold else text)
    return "".join(parts)


def plain_markup(text: str) -> str:
    """Paragraph markup for plain text (escaped), no-break spaces where a line must not break."""
    return escape(keep_together(text))


@dataclass
class Stacked:
    """A flowable with the space above it in a vertical stack (ignored for the first one).

    `balance` sets a paragraph in the narrowest measure that keeps its number of lines, so a
    headline breaks into even lines instead of leaving one word alone on the last.
    """

    flowable: Flowable
    space_before: float = 0.0
    balance: bool = False

    def __post_init__(self):
        self.flowable = breakable(self.flowable)  # a too-wide no-break group breaks at its spaces, not a letter

    def measure(self, width: float) -> float:
        """The width this item is set in, within a column of `width`."""
        if self.balance and isinstance(self.flowable, Paragraph):
            return balanced_width(self.flowable, width)
        return width


def line_count(paragraph: Paragraph, width: float) -> int:
    """Lines of a paragraph set in `width`."""
    paragraph.wrap(width, 1e6)
    return len(paragraph.blPara.lines)


def balanced_width(paragraph: Paragraph, width: float, steps: int = 10) -> float:
    """The narrowest width (down to 55 %) at which `paragraph` keeps the line count it has at `width`."""
    lines = line_count(paragraph, width)
    if lines <= 1:
        return width
    low, high = width * 0.55, width
    if line_count(paragraph, low) == lines:
        return low
    for _ in range(steps):
        middle = (low + high) / 2
        if line_count(paragraph, middle) == lines:
            high = middle
        else:
            low = middle
    return high


def stack_height(items: Sequence[Stacked], width: float) -> float:
    """Total height of items stacked top to bottom in a column of `width` points."""
    height = 0.0
    for index, item in enumerate(items):
        _, item_height = item.flowable.wrap(item.measure(width), 1e6)
        height += item_height + (item.space_before if index else 0.0)
    return height


def set_stack(items: Sequence[Stacked], width: float) -> list[tuple[Flowable, float, float]]:
    """Items set in a column of `width` points, ready to draw (any number of times, on any canvas):
    (flowable wrapped in its measure, space above it, height)."""
    placed = []
    for index, item in enumerate(items):
        _, item_height = item.flowable.wrap(item.measure(width), 1e6)
        placed.append((item.flowable, item.space_before if index else 0.0, item_height))
    return placed


def draw_set(canvas, placed: Sequence[tuple[Flowable, float, float]], x: float, top: float) -> float:
    """Draw a set stack (set_stack) top-down from `top`; returns the y of the bottom of the last item."""
    y = top
    for flowable, space_before, height in placed:
        y -= space_before
        y -= height
        flowable.drawOn(canvas, x, y)
    return y


def draw_stack(canvas, items: Sequence[Stacked], x: float, top: float, width: float) -> float:
    """Draw items top-down from `top` in a column; returns the y of the bottom of the last one."""
    return draw_set(canvas, set_stack(items, width), x, top)


class Overflow(Exception):
    """Content that does not fit its frame even at the smallest allowed size."""

    def __init__(self, part: str, where: str, overflow_mm: int, size_pt: float):
        self.part = part
        self.where = where
        self.overflow_mm = overflow_mm
        self.size_pt = size_pt
        super().__init__(f"{part} overflows {where} by {overflow_mm} mm at {size_pt:g} pt")


@dataclass
class Fitted:
    """The result of fitting: the size chosen, the stack at that size and its height."""

    size_pt: float
    items: list[Stacked]
    height: float


def fit_stack(build: Callable[[float], list[Stacked]], width: float, available: float, max_pt: float,
              min_pt: float, part: str, where: str) -> Fitted:
    """Build the stack at sizes from max_pt down to min_pt; the first that fits wins, else Overflow."""
    height = 0.0
    items: list[Stacked] = []
    size = max_pt
    for size in size_steps(max_pt, min_pt):
        items = build(size)
        height = stack_height(items, width)
        if height <= available + 0.01:
            return Fitted(size, items, height)
    return apart_or_raise(lambda: fit_stack(build, width, available, max_pt, min_pt, part, where),  # words split
                          Overflow(part, where, overflow_mm(height, available), size))  # only if nothing else fits


def block_paragraphs(blocks: Sequence[Block], size_pt: float, color: CMYKColor, bullet_color: CMYKColor,
                     paragraph_gap: float = 0.55) -> list[Stacked]:
    """The body's paragraphs and bullets as a stack: paragraphs spaced, bullets hanging on a dot."""
    body = style("body", "Regular", size_pt, color, leading=1.42)
    bullet = style("bullet", "Regular", size_pt, color, leading=1.42, left_indent=size_pt * 1.25,
                   bullet_color=bullet_color)
    items: list[Stacked] = []
    previous_kind = None
    for block in blocks:
        markup = runs_markup(block.runs, "Bold")
        if block.kind == "bullet":
            flowable = Paragraph(markup, bullet, bulletText=BULLET)
            gap = size_pt * (0.3 if previous_kind == "bullet" else paragraph_gap)
        else:
            flowable = Paragraph(markup, body)
            gap = size_pt * paragraph_gap
        items.append(Stacked(flowable, gap))
        previous_kind = block.kind
    return items


