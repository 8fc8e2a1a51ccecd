"""The ReportLab backend of the layout engine: a measurer in ReportLab's font metrics and a drawer of a laid-out
print template (pipeline.templates.engine.Plan) onto a CMYK canvas.

A print template's canvas unit is 0.1 mm (model.PRINT_UNITS_PER_MM), its style sizes are points. Text is set
as ReportLab paragraphs with the project's Vietnamese line breaking (textwrap_vi.keep_together: whole words,
numbers with their unit and words kept together; textwrap_pdf.breakable: a too-wide group breaks at a space,
never inside a word), exactly as measured. Colours are the template's sRGB colours converted to CMYK
through the output profile like every other print colour (pipeline.leaflets.colors), the campaign's own
CMYK brand values used as given.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Any, Callable

from PIL import Image
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from pipeline.fonts import missing_characters
from pipeline.imaging.icons import draw_icon_pdf
from pipeline.imaging.pictures import PRESS_PPI, print_picture
from pipeline.leaflets.colors import BLACK, WHITE, Palette, image_to_cmyk, limit_ink, rgb_to_cmyk, to_reportlab
from pipeline.leaflets.geometry import MM, SheetGeometry
from pipeline.leaflets.printing import REVERSED_MIN_PT, TARGET_IMAGE_PPI, draw_image
from pipeline.leaflets.typeset import (Stacked, block_paragraphs, draw_set, font, plain_markup, set_stack,
                                       stack_height, style as paragraph_style)
from pipeline.templates.engine import Placed, Plan, _intersect, _under
from pipeline.templates.model import PRINT_DPI, PRINT_UNITS_PER_MM, Style, Template

PT = 72 / PRINT_DPI  # points per canvas unit (0.1 mm)
QR_QUIET_MODULES = 4  # the quiet zone scanners need, inside the QR layer's box
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


class Body(str):
    """The body of a text as a template field: its plain words, and its paragraphs and bullets (bold runs)."""

    blocks: tuple = ()

    @classmethod
    def of(cls, plain: str, blocks: tuple) -> "Body":
        """The field value of a text's body."""
        value = cls(plain)
        value.blocks = blocks
        return value


@dataclass
class PdfFitted:
    """A text set at one size: what the engine reads (size, width, height, lines) and how to draw it."""

    content: str
    style: Style
    size: int  # canvas units
    width: float  # canvas units: the measure the paragraphs are set in
    height: float
    lines: tuple[str, ...]
    top: float = 0.0
    words_whole: bool = True

    @property
    def size_pt(self) -> float:
        """The size in points."""
        return self.size * PT

    def stack(self, color, align: str = "left") -> list[Stacked]:
        """The paragraphs in `color` (a CMYKColor), aligned."""
        return _paragraphs(self.content, self.style, self.size_pt, color, align)


def _paragraphs(content: str, style: Style, size_pt: float, color, align: str = "left") -> list[Stacked]:
    """`content` as paragraphs at `size_pt`: a body with its bullets and bold runs, else one a line."""
    blocks = getattr(content, "blocks", None)
    if blocks:
        items = block_paragraphs(blocks, size_pt, color, color)
        for item in items:
            item.flowable.style.leading = round(size_pt * style.leading, 2)
            item.flowable.style.alignment = _ALIGN[align]
        return items
    para = paragraph_style(f"t-{style.name}", style.weight, size_pt, color, leading=style.leading,
                           align=_ALIGN[align])
    return [Stacked(Paragraph(plain_markup(line), para), size_pt * 0.55 if index else 0.0,
                    balance=style.wrap in ("balanced", "no-orphans"))
            for index, line in enumerate(content.split("\n")) if line.strip()]


def _lines(items: list[Stacked], width_pt: float) -> int:
    count = 0
    for item in items:
        item.flowable.wrap(item.measure(width_pt), 1e6)
        count += len(getattr(item.flowable, "blPara").lines) if hasattr(item.flowable, "blPara") else 1
    return count


def _too_wide(content: str, weight: str, size_pt: float, width_pt: float) -> str | None:
    """A word wider than the column at this size (it could only be cut between letters)."""
    for word in content.split():
        if stringWidth(word, font(weight), size_pt) > width_pt + 0.01:
            return word
    return None


class ReportLabMeasurer:
    """Measures and wraps text with Be Vietnam Pro in ReportLab's metrics, in canvas units (0.1 mm)."""

    def __init__(self):
        self._seen: dict = {}  # the engine tries the same text at the same size at several scales: measured once

    def _attempt(self, content: str, style: Style, width: float, height: float | None, size: int,
                 max_lines: int | None) -> PdfFitted | None:
        key = (type(content), content, getattr(content, "blocks", None), style, round(width, 2),
               None if height is None else round(height, 2), size, max_lines)
        if key not in self._seen:
            if len(self._seen) > 20000:
                self._seen.clear()
            self._seen[key] = self._measure(content, style, width, height, size, max_lines)
        return self._seen[key]

    def _measure(self, content: str, style: Style, width: float, height: float | None, size: int,
                 max_lines: int | None) -> PdfFitted | None:
        size_pt, width_pt = size * PT, width * PT
        if _too_wide(content, "ExtraBold" if style.weight == "ExtraBold" else style.weight, size_pt, width_pt):
            return None
        items = _paragraphs(content, style, size_pt, to_reportlab(BLACK))
        if not items:
            return None
        # each paragraph set once in its measure (a balanced one's is a bisection of a dozen wraps): its lines,
        # its height in the stack (as typeset.stack_height adds them) and the widest measure, from one setting
        measures = [item.measure(width_pt) for item in items]
        lines, block = 0, 0.0
        for index, (item, item_width) in enumerate(zip(items, measures)):
            _, item_height = item.flowable.wrap(item_width, 1e6)
            lines += len(item.flowable.blPara.lines) if hasattr(item.flowable, "blPara") else 1
            block += item_height + (item.space_before if index else 0.0)
        if max_lines is not None and lines > max_lines:
            return None
        block /= PT
        if height is not None and block > height + 0.5:
            return None
        return PdfFitted(content, style, size, max(measures) / PT, block, tuple(content.split("\n")))

    def fit(self, content: str, style: Style, width: float, height: float | None, size: int,
            split_words: bool = True) -> PdfFitted | None:
        """The largest size from `size` down to the style's smallest at which `content` fits (engine.Measurer);
        a word is never cut (split_words changes nothing: ReportLab's cut is between letters)."""
        low = math.ceil(style.size_min - 1e-6)
        size = max(low, min(size, math.floor(style.size_max + 1e-6)))  # never over the style's largest (rounding)
        if style.preferred_lines and (style.max_lines is None or style.preferred_lines < style.max_lines):
            fewer = self._largest(content, style, width, height, size, max(low, round(size * 0.8)),
                                  style.preferred_lines)
            if fewer is not None:
                return fewer
        return self._largest(content, style, width, height, size, low, style.max_lines)

    def _largest(self, content, style, width, height, high, low, max_lines) -> PdfFitted | None:
        best = self._attempt(content, style, width, height, high, max_lines)
        if best is not None:
            return best
        found = self._attempt(content, style, width, height, low, max_lines)
        if found is None:
            return None
        while high - low > 1:  # bisect: fitting is monotonic in the size
            middle = (high + low) // 2
            attempt = self._attempt(content, style, width, height, middle, max_lines)
            if attempt is None:
                high = middle
            else:
                low, found = middle, attempt
        return found

    def explain(self, content: str, style: Style, width: float, height: float | None = None) -> str:
        """Why `content` fits no size of the style in `width` and `height` (for the error message): the word too
        wide, or the lines and height needed against the room, in mm."""
        size_pt = math.ceil(style.size_min - 1e-6) * PT
        word = _too_wide(content, style.weight, size_pt, width * PT)
        if word:
            return f"the word {word!r} is wider than the {width / PRINT_UNITS_PER_MM:.0f} mm column"
        items = _paragraphs(content, style, size_pt, to_reportlab(BLACK))
        needed = stack_height(items, width * PT) / MM
        lines = _lines(items, width * PT)
        if height is not None and height * PT / MM < needed:
            room = height * PT / MM
            return f"overflows by {math.ceil(needed - room)} mm: needs {needed:.0f} mm, room for {room:.0f} mm"
        if style.max_lines and lines > style.max_lines:
            return f"needs {lines} lines, room for {style.max_lines}"
        return f"needs {lines} lines, {needed:.0f} mm"

    def missing(self, content: str, weight: str) -> list[str]:
        """Characters Be Vietnam Pro cannot draw."""
        return list(missing_characters(content, weight))


MEASURER = ReportLabMeasurer()


# ---------------------------------------------------------------- colours


@dataclass(frozen=True)
class Inks:
    """sRGB colours of a plan turned into CMYK: the campaign's brand colours exactly as its palette prints them."""

    palette: Palette
    brand: dict[str, tuple[int, int, int]]

    def cmyk(self, rgb) -> tuple[float, float, float, float]:
        """The CMYK of an sRGB colour: a brand colour as the palette has it, white as no ink, the rest by profile."""
        rgb = tuple(int(v) for v in rgb)
        if rgb == (255, 255, 255):
            return WHITE
        if rgb == tuple(self.brand.get("primary", ())):
            return self.palette.primary
        if rgb == tuple(self.brand.get("accent", ())):
            return self.palette.accent
        return limit_ink(rgb_to_cmyk(*rgb))

    def color(self, rgb):
        """A ReportLab CMYKColor of an sRGB colour."""
        return to_reportlab(self.cmyk(rgb))


# ---------------------------------------------------------------- drawing


class Page:
    """Canvas units of a print template placed on a sheet: x from the left trim, y down from the top trim."""

    def __init__(self, sheet: SheetGeometry, offset: float = 0.0):
        self.sheet = sheet
        self.offset = offset  # a panel's left edge from the left trim, in canvas units

    def x(self, units: float) -> float:
        """A canvas x as a page x in points."""
        return self.sheet.trim_box.x0 + (self.offset + units) * PT

    def y(self, units: float) -> float:
        """A canvas y (down from the top trim) as a page y in points (up from the bottom)."""
        return self.sheet.trim_box.y1 - units * PT

    def rect(self, box) -> tuple[float, float, float, float]:
        """(x, y, width, height) in points of a canvas box."""
        x0, y0, x1, y1 = box
        return self.x(x0), self.y(y1), (x1 - x0) * PT, (y1 - y0) * PT


def draw_plan(canvas, plan: Plan, sheet: SheetGeometry, inks: Inks, logo_drawer: Callable[..., None],
              qr_drawer: Callable[..., None], guides: bool = False, offset: float = 0.0,
              clip: tuple[float, float, float, float] | None = None) -> None:
    """Draw every item of `plan` on the current page of `canvas`, in CMYK; a panel's plan `offset` (canvas units)
    from the left trim and clipped to `clip` (x0, y0, x1, y1 in its own canvas units)."""
    page = Page(sheet, offset)
    canvas.saveState()
    if clip is not None:
        path = canvas.beginPath()
        path.rect(*page.rect(clip))
        canvas.clipPath(path, stroke=0, fill=0)
    _draw_items(canvas, plan, page, inks, logo_drawer, qr_drawer)
    canvas.restoreState()
    if guides:
        draw_guides(canvas, plan, page)


def _draw_items(canvas, plan: Plan, page: Page, inks: Inks, logo_drawer, qr_drawer) -> None:
    for index, item in enumerate(plan.items):
        if item.kind == "rect":
            box = _intersect(item.box, item.clip) if item.clip else item.box
            if box is None:
                continue
            canvas.setFillColor(inks.color(item.fill))
            x, y, w, h = page.rect(box)
            if item.radius:
                canvas.roundRect(x, y, w, h, min(item.radius * PT, w / 2, h / 2), stroke=0, fill=1)
            else:
                canvas.rect(x, y, w, h, stroke=0, fill=1)
        elif item.kind == "ellipse":
            _ellipse(canvas, page, item, inks)
        elif item.kind == "text":
            _text(canvas, page, item, inks)
        elif item.kind == "qr":
            x, y, w, h = page.rect(item.box)
            side = min(w, h)
            canvas.setFillColor(inks.color((255, 255, 255)))
            canvas.roundRect(x, y + h - side, side, side, side * 0.05, stroke=0, fill=1)
            qr_drawer(canvas, item.data, x, y + h - side, side, inks.color(item.fill))
        elif item.kind == "logo":
            under = _under(plan.items, index, item.box, plan.background)
            logo_drawer(canvas, page, item, under[0], inks)
        elif item.kind == "image":
            _picture(canvas, page, item)
        elif item.kind == "icon":  # a vector path in the fill's CMYK (no font embedded)
            x, y, w, h = page.rect(item.box)
            side = min(w, h)
            draw_icon_pdf(canvas, item.data, x, y + h - side, side, inks.color(item.fill))


def _ellipse(canvas, page: Page, item: Placed, inks: Inks) -> None:
    x, y, w, h = page.rect(item.box)
    canvas.saveState()
    if item.clip:
        cx, cy, cw, ch = page.rect(item.clip)
        path = canvas.beginPath()
        path.rect(cx, cy, cw, ch)
        canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor(inks.color(item.fill))
    canvas.ellipse(x, y, x + w, y + h, stroke=0, fill=1)
    if item.mark is not None:  # a tick, as pipeline.imaging.shapes.check_mark draws it
        inset = w * 0.2
        bx, by, bw = x + inset, y + inset, w - 2 * inset
        tick = canvas.beginPath()
        tick.moveTo(bx + 0.16 * bw, by + bw - 0.52 * bw)
        tick.lineTo(bx + 0.40 * bw, by + bw - 0.74 * bw)
        tick.lineTo(bx + 0.84 * bw, by + bw - 0.28 * bw)
        canvas.setStrokeColor(inks.color(item.mark))
        canvas.setLineWidth(0.12 * bw)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.drawPath(tick, stroke=1, fill=0)
    canvas.restoreState()


def _text(canvas, page: Page, item: Placed, inks: Inks) -> None:
    fitted: PdfFitted = item.fitted
    x0, y0, x1, _ = item.box
    color = item.color
    if fitted.size_pt < REVERSED_MIN_PT and len(set(color)) > 1:
        color = single_ink(color)  # small type from three inks blurs when the plates drift: K alone
    box_w = (x1 - x0) * PT
    measure = fitted.width * PT
    # a balanced block is narrower than its box: centred or right-aligned as the box says
    offset = {"left": 0.0, "center": (box_w - measure) / 2, "right": box_w - measure}[item.align]
    placed = _set_text(fitted, inks.cmyk(color), item.align, min(box_w, max(measure, 1.0)))
    draw_set(canvas, placed, page.x(x0) + max(0.0, offset), page.y(y0))


_SET: dict = {}  # paragraphs set for drawing, by text, style, size, ink, alignment and column


def _set_text(fitted: PdfFitted, cmyk: tuple, align: str, width_pt: float) -> list:
    """The fitted text's paragraphs in `cmyk`, set in `width_pt` (typeset.set_stack): made once per process for
    the same text, size, ink and column (the contacts, the imprint, a campaign's headings repeat in every PDF)."""
    content = fitted.content
    key = (type(content), content, getattr(content, "blocks", None), fitted.style, fitted.size, cmyk, align, width_pt)
    placed = _SET.get(key)
    if placed is None:
        if len(_SET) > 4000:
            _SET.clear()
        placed = _SET[key] = set_stack(fitted.stack(to_reportlab(cmyk), align), width_pt)
    return placed


@functools.lru_cache(maxsize=16)
def _picture_cmyk(path: str, mtime_ns: int, width_px: int, height_px: int, contain: bool) -> ImageReader:
    from PIL import ImageOps

    with Image.open(path) as picture:
        picture = picture.convert("RGBA")
    if contain:
        picture = ImageOps.contain(picture, (width_px, height_px), Image.Resampling.LANCZOS)
    else:
        picture = ImageOps.fit(picture, (width_px, height_px), Image.Resampling.LANCZOS)
    return ImageReader(image_to_cmyk(picture))


@functools.lru_cache(maxsize=4)
def _text_picture(picture, width_pt: float, height_pt: float):
    """The text's picture ready for its box (pipeline.imaging.pictures.print_picture), made once per picture and
    box in a process: the CMYK conversion of a 2,000 px wide crop is most of a flyer's render (preview --watch
    draws it again on every save); with its reader, which keeps the compressed image (printing.draw_image)."""
    placed = print_picture(picture, width_pt, height_pt, max_ppi=TARGET_IMAGE_PPI, min_ppi=PRESS_PPI)
    return placed, ImageReader(placed.image)


def _picture(canvas, page: Page, item: Placed) -> None:
    """A template's picture at TARGET_IMAGE_PPI of its printed size (above the 300 ppi floor), in CMYK (flattened
    on white)."""
    from pathlib import Path

    x, y, w, h = page.rect(item.box)
    if item.picture is not None:  # the text's picture: cover crop around its focus, CMYK, at 300 ppi or more
        _, reader = _text_picture(item.picture, round(w, 3), round(h, 3))
        canvas.saveState()
        if item.radius:
            clip = canvas.beginPath()
            clip.roundRect(x, y, w, h, min(item.radius * PT, w / 2, h / 2))
            canvas.clipPath(clip, stroke=0, fill=0)
        draw_image(canvas, reader, x, y, w, h)
        canvas.restoreState()
        return
    width_px = max(1, math.ceil(w / 72 * TARGET_IMAGE_PPI))
    height_px = max(1, math.ceil(h / 72 * TARGET_IMAGE_PPI))
    reader = _picture_cmyk(item.data, Path(item.data).stat().st_mtime_ns, width_px, height_px,
                           item.align == "contain")
    iw, ih = reader.getSize()
    dw, dh = iw / width_px * w, ih / height_px * h
    draw_image(canvas, reader, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)


GUIDE = (0.0, 1.0, 0.0, 0.0)  # magenta, as layout guides are in design tools


def draw_guides(canvas, plan: Plan, page: Page) -> None:
    """Trim (solid), bleed and safe zone (dashed), folds (dash-dot) and each layer's box with its id."""
    template: Template = plan.template
    color = to_reportlab(GUIDE)
    canvas.saveState()
    canvas.setStrokeColor(color)
    canvas.setFillColor(color)
    canvas.setLineWidth(0.4)
    w, h = template.width, template.height
    canvas.rect(*page.rect((0, 0, w, h)), stroke=1, fill=0)
    canvas.setDash(3, 2)
    b = template.bleed
    canvas.rect(*page.rect((-b, -b, w + b, h + b)), stroke=1, fill=0)
    top, right, bottom, left = template.safe
    canvas.rect(*page.rect((left, top, w - right, h - bottom)), stroke=1, fill=0)
    canvas.setDash([6, 2, 1, 2])
    for fold in template.folds:
        canvas.line(page.x(fold), page.y(-b), page.x(fold), page.y(h + b))
    canvas.setDash()
    canvas.setLineWidth(0.25)
    canvas.setFont(font("Bold"), 5)
    boxes = dict(plan.boxes)
    for item in plan.items:
        if "[" in item.layer:
            boxes.setdefault(item.layer, item.box)
    for name, box in boxes.items():
        canvas.rect(*page.rect(box), stroke=1, fill=0)
        canvas.drawString(page.x(box[0]) + 1, page.y(box[1]) - 5.5, name)
    canvas.restoreState()


# ---------------------------------------------------------------- rules over any template


def print_problems(plan: Plan) -> list[str]:
    """What a laid-out print template may not do, whatever it says: text outside the safe zone or across a
    fold, light text out of a colour under REVERSED_MIN_PT. Each names the layer."""
    template = plan.template
    problems = []
    top, right, bottom, left = template.safe
    from pipeline.templates.model import SAFE_FROM_FOLD

    for item in plan.items:
        if item.kind != "text":
            continue
        x0, y0, x1, y1 = item.box
        fitted: PdfFitted = item.fitted
        x1 = x0 + fitted.width if item.align == "left" else x1
        where = f"layers[{item.layer}]"
        if x0 < left - 0.5 or y0 < top - 0.5 or x1 > template.width - right + 0.5 or y1 > template.height - bottom + 0.5:
            problems.append(f"{where}: the text reaches outside the safe zone ({left / 10:g} mm inside the trim): "
                            f"({x0 / 10:.1f}, {y0 / 10:.1f}) to ({x1 / 10:.1f}, {y1 / 10:.1f}) mm")
        for fold in template.folds:
            if x0 < fold + SAFE_FROM_FOLD and x1 > fold - SAFE_FROM_FOLD:
                problems.append(f"{where}: the text runs across the fold at {fold / 10:g} mm "
                                f"(it keeps {SAFE_FROM_FOLD / 10:g} mm from a fold)")
        light = _luminance(item.color) > _luminance(item.background)
        if light and item.background != (255, 255, 255) and fitted.size_pt < REVERSED_MIN_PT - 0.05:
            problems.append(f"{where}: light text out of a colour at {fitted.size_pt:.1f} pt, under the "
                            f"{REVERSED_MIN_PT:g} pt minimum for reversed type")
    return problems


def single_ink(rgb: Any) -> tuple[int, int, int]:
    """The grey of the same luminance as `rgb` (so the same contrast), which prints on K alone."""
    lum = _luminance(rgb)
    value = 12.92 * lum if lum <= 0.0031308 else 1.055 * lum ** (1 / 2.4) - 0.055
    grey = max(0, min(255, round(value * 255)))
    return (grey, grey, grey)


def _luminance(rgb: Any) -> float:
    from pipeline.imaging.colors import relative_luminance

    return relative_luminance(tuple(rgb))
