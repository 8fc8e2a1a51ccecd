"""Cards drawn once with Pillow into numpy uint8 arrays, each shape laid out for itself.

A card is drawn at the scale of its motion (`scale` = the zoom it reaches), so that the frame function only
ever crops and shrinks it: text stays sharp. What changes on a card is drawn as separate states (the
points card: one state per visible point) or as patches of one box (the key figure counting up).
Every text is fitted with pipeline.imaging (raqm layout, Be Vietnam Pro); a text that cannot fit even
at its smallest size is a RenderError naming the text and the field.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
from PIL import Image, ImageDraw

from pipeline.clips.layout import (CAPTION_FONT, CAPTION_LINE_SPACING, Box, caption_box, caption_text_width,
                                   content_box)
from pipeline.clips.settings import SHAPES
from pipeline.clips.storyboard import Card
from pipeline.content import Campaign, Text
from pipeline.errors import RenderError
from pipeline.imaging import shapes
from pipeline.imaging.badge import priority_badge
from pipeline.imaging.colors import (RGB, WHITE, contrast_ratio, darken, ensure_contrast, lighten, mix,
                                     text_color_on, to_rgb)
from pipeline.imaging.logo import logo_image
from pipeline.imaging.qr import qr_image
from pipeline.imaging.text import FittedText, draw_text, fit_text, layout_text, load_font, text_length
from pipeline.textwrap_vi import apart_or_raise

log = logging.getLogger(__name__)

INK: RGB = (16, 36, 58)


@dataclass(frozen=True)
class Palette:
    """The colours of every card, derived from the campaign brand."""

    primary: RGB
    accent: RGB
    paper: RGB               # light background of figure and points cards
    ink: RGB                 # body text on light backgrounds
    on_primary: RGB          # text on the primary colour
    accent_on_primary: RGB   # large accent text on the primary colour
    accent_ink: RGB          # accent-hued text on light backgrounds
    primary_deep: RGB        # decoration on the primary colour
    primary_soft: RGB        # decoration on the primary colour
    muted_on_primary: RGB = WHITE  # secondary text (labels) on the primary colour
    primary_ink: RGB = INK   # primary-hued headings on light backgrounds

    @classmethod
    def from_brand(cls, primary: str, accent: str) -> "Palette":
        """Colours from the brand's primary and accent; every text colour is at least 4.5:1 (WCAG AA)
        against each background it can sit on, decoration discs included."""
        p, a = to_rgb(primary), to_rgb(accent)
        paper = lighten(p, 0.93)
        deep, soft = darken(p, 0.18), lighten(p, 0.10)
        on_light = (paper, lighten(a, 0.72), lighten(a, 0.8), lighten(p, 0.82), WHITE)
        on_primary = text_color_on(p)
        if contrast_ratio(on_primary, p) < TEXT_CONTRAST:
            on_primary = text_color_on(p, dark=(0, 0, 0))  # pure black reaches 4.58:1 on any colour
        # a decoration disc that would take the text under 4.5:1 is shaded the other way (mid-tone brands)
        away = lighten if on_primary != WHITE else darken
        if contrast_ratio(on_primary, deep) < TEXT_CONTRAST:
            deep = away(p, 0.18)
        if contrast_ratio(on_primary, soft) < TEXT_CONTRAST:
            soft = away(p, 0.10)
        on_dark = (p, deep, soft)
        return cls(primary=p, accent=a, paper=paper, ink=readable(ensure_contrast(INK, paper, 7.0), *on_light),
                   on_primary=readable(on_primary, *on_dark),
                   accent_on_primary=readable(a, *on_dark),
                   accent_ink=readable(darken(a, 0.35), *on_light),
                   primary_deep=deep, primary_soft=soft,
                   muted_on_primary=readable(mix(on_primary, p, 0.2), *on_dark),
                   primary_ink=readable(p, *on_light))

    def text_colours(self) -> dict[str, RGB]:
        """Every colour the cards set text in (for contrast checks)."""
        return {"ink": self.ink, "on_primary": self.on_primary, "accent_on_primary": self.accent_on_primary,
                "accent_ink": self.accent_ink, "muted_on_primary": self.muted_on_primary,
                "primary_ink": self.primary_ink}


TEXT_CONTRAST = 4.5


def readable(colour: RGB, *backgrounds: RGB, min_ratio: float = TEXT_CONTRAST) -> RGB:
    """`colour` moved just enough to reach `min_ratio` against every one of `backgrounds`."""
    result = to_rgb(colour)
    for _ in range(4):
        worst = min(backgrounds, key=lambda bg: contrast_ratio(result, bg))
        if contrast_ratio(result, worst) >= min_ratio:
            return result
        result = ensure_contrast(result, worst, min_ratio + 0.02)
    return result


@dataclass
class FigureArt:
    """The box of a key figure's number and how to draw any stage of its count-up or reveal."""

    box: tuple[int, int, int, int]          # source px
    final: str                              # the number as written
    countable: "CountUp | None"
    _draw: Callable[[str], np.ndarray] = field(repr=False, default=None)  # type: ignore[assignment]
    _cache: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    empty: np.ndarray | None = field(default=None, repr=False)    # the box without the number

    def patch(self, shown: str) -> np.ndarray:
        """The box with `shown` drawn in it (drawn once per distinct string)."""
        if shown not in self._cache:
            self._cache[shown] = self._draw(shown)
        return self._cache[shown]


@dataclass
class CardArt:
    """A card drawn for one shape: its states (source px), where consecutive states differ, its figure."""

    states: list[np.ndarray]
    reveal_boxes: list[tuple[int, int, int, int]] = field(default_factory=list)  # box of state k vs k-1
    figure: FigureArt | None = None

    @property
    def nbytes(self) -> int:
        """Memory held by the card's states."""
        return sum(state.nbytes for state in self.states)


# ---------------------------------------------------------------- numbers that count up

@dataclass(frozen=True)
class CountUp:
    """A number that can count up from zero, written the Vietnamese way (1.000.000 and 0,03)."""

    value: float
    decimals: int
    grouped: bool
    prefix: str = ""
    suffix: str = ""

    def format(self, value: float) -> str:
        """`value` written like the original number."""
        text = f"{value:,.{self.decimals}f}"  # 1,234.50
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        if not self.grouped:
            text = text.replace(".", "")
        return f"{self.prefix}{text}{self.suffix}"

    def at(self, progress: float) -> str:
        """The string shown at `progress` (0..1) of the count-up, easing out; exact at the end."""
        if progress >= 1.0:
            return self.format(self.value)
        eased = 1.0 - (1.0 - max(progress, 0.0)) ** 3
        # Count in round steps (2.000.000 goes 640.000, 1.430.000...): three significant digits at most.
        step = max(10.0 ** -self.decimals, 10.0 ** (math.floor(math.log10(self.value)) - 2))
        shown = math.floor(self.value * eased / step) * step
        return self.format(float(shown))


_NUMBER_CORE = re.compile(r"^(?P<prefix>[<>≥≤~+]?\s?)(?P<number>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d+))?"
                          r"(?P<suffix>\s?%)?$")


def split_figure(value: str) -> tuple[str, str]:
    """("15", "năm") from "15 năm": the number to show big, and its unit (may be empty)."""
    match = re.match(r"^([<>≥≤~+]?\s?\d[\d.,/%]*)\s*(.*)$", value.strip())
    if not match:
        return value.strip(), ""
    number, unit = match.group(1).strip(), match.group(2).strip()
    if unit.startswith("%"):
        number, unit = number + "%", unit[1:].strip()
    return number, unit


def parse_countable(number: str) -> CountUp | None:
    """A CountUp for a plain number ("15", "2.000.000", "0,03 %"); None for dates and other text."""
    match = _NUMBER_CORE.match(number.strip())
    if not match:
        return None
    core = match["number"]
    frac = match["frac"] or ""
    value = float(core.replace(".", "") + ("." + frac if frac else ""))
    if value == 0:
        return None
    return CountUp(value, len(frac), "." in core, match["prefix"] or "", match["suffix"] or "")


# ---------------------------------------------------------------- drawing helpers

class Canvas:
    """A card being drawn at `scale`: design coordinates in, source pixels out."""

    def __init__(self, shape: str, scale: float, background: RGB):
        self.shape = shape
        self.width, self.height = SHAPES[shape]
        self.scale = scale
        self.size = source_size(shape, scale)
        self.image = Image.new("RGB", self.size, background)
        self.draw = ImageDraw.Draw(self.image)

    def px(self, value: float) -> int:
        """Design length to source pixels."""
        return int(round(value * self.scale))

    def box(self, box: Box) -> Box:
        """Design box to source box."""
        return box.scaled(self.scale)

    def fit(self, text: str, weight: str, width: float, height: float | None, max_size: int, min_size: int,
            *, where: str, text_id: str, line_spacing: float = 1.2, max_lines: int | None = None,
            wrap: str = "greedy") -> FittedText:
        """Fit text (design sizes) or raise RenderError naming the text and the field."""
        fitted = fit_text(text, weight, width * self.scale, None if height is None else height * self.scale,
                          self.px(max_size), max(self.px(min_size), 1), line_spacing=line_spacing,
                          max_lines=max_lines, wrap=wrap)
        if fitted is None:
            raise RenderError(f"text {text_id}: {where} is too long to fit the {self.shape} clip card "
                              f"({len(text)} characters)")
        return fitted

    def text(self, fitted: FittedText, x: float, y: float, fill: RGB, align: str = "left",
             box_width: float | None = None) -> None:
        """Paint fitted text with its block top-left at design (x, y)."""
        draw_text(self.draw, fitted, (x * self.scale, y * self.scale), fill, align=align,
                  box_width=None if box_width is None else box_width * self.scale)

    def circle(self, cx: float, cy: float, radius: float, fill: RGB) -> None:
        """A decorative disc (design coordinates; may run off the card)."""
        s = self.scale
        shapes.ellipse(self.image, ((cx - radius) * s, (cy - radius) * s, (cx + radius) * s, (cy + radius) * s),
                       fill)

    def rounded(self, box: Box, radius: float, fill: RGB) -> None:
        """A rounded rectangle (design coordinates)."""
        shapes.rounded_rectangle(self.image, self.box(box).pixels(), radius * self.scale, fill)

    def paste(self, image: Image.Image, x: float, y: float) -> None:
        """Paste an image (already at source scale) with its top-left at design (x, y)."""
        position = (self.px(x), self.px(y))
        if image.mode == "RGBA":
            self.image.paste(image, position, image)
        else:
            self.image.paste(image, position)

    def array(self) -> np.ndarray:
        """The card as a contiguous HxWx3 uint8 array."""
        return np.ascontiguousarray(np.asarray(self.image, dtype=np.uint8))


def source_size(shape: str, scale: float) -> tuple[int, int]:
    """Pixel size of a card drawn at `scale` (even numbers, so a centred crop stays centred)."""
    width, height = SHAPES[shape]
    return 2 * int(round(width * scale / 2)), 2 * int(round(height * scale / 2))


def display_url(url: str) -> str:
    """A web address as people read it: no scheme, no trailing slash."""
    return re.sub(r"^https?://", "", url.strip()).rstrip("/")


@dataclass(frozen=True)
class CardContext:
    """What every card of one clip draws from."""

    campaign: Campaign
    text: Text
    shape: str
    scale: float
    palette: Palette
    area: Box              # design box for content
    logo_cache: dict = field(default_factory=dict, compare=False, hash=False)

    def logo(self, size_px: int) -> Image.Image:
        """The campaign logo fitted in `size_px` (source pixels), or the drawn brand mark."""
        if size_px not in self.logo_cache:
            brand = self.campaign.brand
            self.logo_cache[size_px] = logo_image(self.campaign.logo_asset, None, size_px, brand.primary,
                                                  brand.accent)
        return self.logo_cache[size_px]


def _logo_row(canvas: Canvas, ctx: CardContext, x: float, y: float, width: float, size: float,
              fill: RGB, tile: RGB | None) -> float:
    """Logo (on a tile if given) and the organisation's name beside it; returns the row's bottom."""
    if tile is not None:
        canvas.rounded(Box(x, y, x + size, y + size), size * 0.24, tile)
    inner = size * (0.82 if tile is not None else 1.0)
    logo = ctx.logo(canvas.px(inner))
    canvas.paste(logo, x + (size - logo.width / canvas.scale) / 2, y + (size - logo.height / canvas.scale) / 2)
    gap = size * 0.22
    name = canvas.fit(ctx.campaign.organisation, "SemiBold", width - size - gap, size, round(size * 0.27),
                      round(size * 0.17), where="campaign organisation", text_id=ctx.text.id, max_lines=2)
    canvas.text(name, x + size + gap, y + (size - name.height / canvas.scale) / 2, fill)
    return y + size


# ---------------------------------------------------------------- the cards

def draw_opening(card: Card, ctx: CardContext) -> CardArt:
    """Title card: logo and organisation, campaign name, the title large, an accent bar."""
    pal, area, shape = ctx.palette, ctx.area, ctx.shape
    canvas = Canvas(shape, ctx.scale, pal.primary)
    w, h = canvas.width, canvas.height
    vertical = shape == "vertical"
    canvas.circle(w * 0.98, h * 0.08, w * (0.42 if vertical else 0.24), pal.primary_soft)
    canvas.circle(w * 0.02, h * 0.98, w * (0.36 if vertical else 0.16), pal.primary_deep)
    logo_size = 150 if vertical else 128
    row_bottom = _logo_row(canvas, ctx, area.x0, area.y0, area.w * (1.0 if vertical else 0.6), logo_size,
                           pal.on_primary, WHITE)
    s = canvas.scale
    name_size = 40 if vertical else 40
    text_width = area.w if vertical else area.w * 0.86
    top = row_bottom + (90 if vertical else 60)
    room = area.y1 - top
    name = canvas.fit(ctx.campaign.name, "SemiBold", text_width, None, name_size, 28,
                      where="campaign name", text_id=ctx.text.id, max_lines=2)
    gap1, gap2, bar_h = 30, 44, 14
    badge = priority_badge(ctx.text.priority, pal.accent)
    badge_h = badge_w = 0.0
    if badge is not None:
        label = canvas.fit(badge.label, "Bold", text_width, None, 40 if vertical else 34, 24,
                           where="priority badge", text_id=ctx.text.id, max_lines=1)
        pad_x, pad_y = label.height / s * 0.7, label.height / s * 0.3
        badge_h, badge_w = label.height / s + 2 * pad_y, label.width / s + 2 * pad_x
    badge_block = badge_h + (28 if badge is not None else 0)
    title_room = room - badge_block - name.height / s - gap1 - gap2 - bar_h
    title = canvas.fit(card.title, "Bold", text_width, title_room, 128 if vertical else 108, 52,
                       where="title", text_id=ctx.text.id, line_spacing=1.16, max_lines=6, wrap="balanced")
    block = badge_block + name.height / s + gap1 + title.height / s + gap2 + bar_h
    y = top + max(0.0, (room - block) * (0.42 if vertical else 0.5))
    if badge is not None:
        canvas.rounded(Box(area.x0, y, area.x0 + badge_w, y + badge_h), badge_h / 2, badge.fill)
        canvas.text(label, area.x0 + pad_x, y + pad_y, badge.text)
        y += badge_block
    canvas.text(name, area.x0, y, pal.accent_on_primary)
    y += name.height / s + gap1
    canvas.text(title, area.x0, y, pal.on_primary)
    y += title.height / s + gap2
    canvas.rounded(Box(area.x0, y, area.x0 + 180, y + bar_h), bar_h / 2, pal.accent)
    return CardArt([canvas.array()])


def draw_figure(card: Card, ctx: CardContext) -> CardArt:
    """A key figure: the number very large (counts up, or is revealed), its unit and what it means."""
    pal, area, shape = ctx.palette, ctx.area, ctx.shape
    canvas = Canvas(shape, ctx.scale, pal.paper)
    w, h = canvas.width, canvas.height
    s = canvas.scale
    vertical = shape == "vertical"
    number, unit = split_figure(card.value)
    field_name = f"key_figures[{card.index}]"
    canvas.circle(w * 0.96, h * 0.06, w * (0.30 if vertical else 0.16), lighten(pal.accent, 0.72))
    canvas.circle(w * 0.04, h * 0.95, w * (0.22 if vertical else 0.12), lighten(pal.primary, 0.82))
    tag = canvas.fit(ctx.campaign.name, "SemiBold", area.w, None, 34, 24, where="campaign name",
                     text_id=ctx.text.id, max_lines=2)
    canvas.rounded(Box(area.x0, area.y0, area.x0 + 90, area.y0 + 12), 6, pal.accent)
    canvas.text(tag, area.x0, area.y0 + 34, pal.primary_ink)
    top = area.y0 + 34 + tag.height / s + (70 if vertical else 40)

    if vertical:
        column = Box(area.x0, top, area.x1, area.y1)
        label_column = column
    else:
        column = Box(area.x0, top, area.x0 + area.w * 0.52, area.y1)
        label_column = Box(area.x0 + area.w * 0.58, top, area.x1, area.y1)
    # The number gets 92 % of its column: a count-up string can be a little wider than the final one.
    number_fit = canvas.fit(number, "ExtraBold", column.w * 0.92, None, 380 if vertical else 280, 90,
                            where=f"{field_name}.value", text_id=ctx.text.id, line_spacing=1.0, max_lines=1)
    unit_fit = (canvas.fit(unit, "Bold", column.w, None, 88 if vertical else 76, 40,
                           where=f"{field_name}.value", text_id=ctx.text.id, max_lines=2, wrap="balanced")
                if unit else None)
    label_room = (area.y1 - top) if not vertical else None
    label_max = 62 if vertical else 58
    label_fit = canvas.fit(card.label, "SemiBold", label_column.w, label_room, label_max, 36,
                           where=f"{field_name}.label", text_id=ctx.text.id, line_spacing=1.25,
                           max_lines=5, wrap="balanced")
    number_h = number_fit.height / s
    unit_h = unit_fit.height / s + 18 if unit_fit else 0.0
    bar_gap, bar_h = 44, 12
    if vertical:
        block = number_h + unit_h + bar_gap + bar_h + bar_gap + label_fit.height / s
        if block > area.y1 - top:
            raise RenderError(f"text {ctx.text.id}: {field_name} is too long to fit the {shape} clip card")
        y = top + (area.y1 - top - block) * 0.40
    else:
        block = number_h + unit_h
        y = top + (area.y1 - top - block) * 0.5
    number_box = Box(column.x0, y - number_h * 0.06, column.x1, y + number_h * 1.06)
    number_y = y
    y += number_h
    if unit_fit:
        y += 18
        canvas.text(unit_fit, column.x0, y, pal.accent_ink, align="center", box_width=column.w)
        y += unit_fit.height / s
    if vertical:
        y += bar_gap
        canvas.rounded(Box(column.cx - 60, y, column.cx + 60, y + bar_h), bar_h / 2, pal.accent)
        y += bar_h + bar_gap
        canvas.text(label_fit, column.x0, y, pal.ink, align="center", box_width=column.w)
    else:
        canvas.rounded(Box(label_column.x0 - area.w * 0.03 - 6, top + 20, label_column.x0 - area.w * 0.03 + 6,
                           area.y1 - 20), 6, lighten(pal.accent, 0.2))
        ly = top + (area.y1 - top - label_fit.height / s) * 0.5
        canvas.text(label_fit, label_column.x0, ly, pal.ink)

    # The number box is drawn later, per count-up step, on a copy of the empty box.
    empty_state = canvas.array()
    x0, y0, x1, y1 = canvas.box(number_box).pixels()
    empty_box = empty_state[y0:y1, x0:x1].copy()
    font_fit = number_fit

    def draw_number(shown: str) -> np.ndarray:
        patch = Image.fromarray(empty_box)
        fitted = layout_text(shown, font_fit.weight, font_fit.size, 10 ** 6, 1.0)
        draw_text(ImageDraw.Draw(patch), fitted, (0, number_y * s - y0), pal.primary, align="center",
                  box_width=x1 - x0)
        return np.ascontiguousarray(np.asarray(patch, dtype=np.uint8))

    figure = FigureArt((x0, y0, x1, y1), number, parse_countable(number), draw_number, empty=empty_box)
    final = empty_state.copy()
    final[y0:y1, x0:x1] = figure.patch(number)
    return CardArt([final], figure=figure)


def _points_layout(canvas: Canvas, ctx: CardContext, items: tuple[str, ...], box: Box, columns: int
                   ) -> tuple[int, list[tuple[FittedText, float, float, Box]]]:
    """Font size and placement of the points: the largest size at which every point fits the box."""
    s = canvas.scale
    rows = -(-len(items) // columns)
    col_gap = 60
    col_w = (box.w - col_gap * (columns - 1)) / columns
    for size in range(64, 29, -2):
        disc = size * 1.5
        gap = size * 0.7
        text_w = col_w - disc - size * 0.6
        fitted = [layout_text(item, "Medium", canvas.px(size), text_w * s, 1.22, "no-orphans") for item in items]
        if any(f.width > text_w * s for f in fitted):
            continue
        heights = [max(f.height / s, disc) for f in fitted]
        column_heights = [sum(heights[c * rows:(c + 1) * rows]) + gap * (len(heights[c * rows:(c + 1) * rows]) - 1)
                          for c in range(columns)]
        if max(column_heights) > box.h:
            continue
        placed = []
        block_h = max(column_heights)
        for c in range(columns):
            y = box.y0 + (box.h - block_h) * 0.35
            x = box.x0 + c * (col_w + col_gap)
            for k in range(c * rows, min((c + 1) * rows, len(items))):
                item_h = heights[k]
                placed.append((fitted[k], x, y, Box(x, y, x + col_w, y + item_h)))
                y += item_h + gap
        return size, placed
    error = RenderError(f"text {ctx.text.id}: points are too long to fit the {canvas.shape} clip card")
    return apart_or_raise(lambda: _points_layout(canvas, ctx, items, box, columns), error)  # words split last


def draw_points(card: Card, ctx: CardContext) -> CardArt:
    """The points, one state per number of points shown (they appear one by one)."""
    pal, area, shape = ctx.palette, ctx.area, ctx.shape
    canvas = Canvas(shape, ctx.scale, WHITE)
    w, h = canvas.width, canvas.height
    s = canvas.scale
    vertical = shape == "vertical"
    canvas.circle(w * 1.0, h * 0.0, w * (0.34 if vertical else 0.18), pal.paper)
    canvas.circle(w * 0.0, h * 1.0, w * (0.30 if vertical else 0.15), lighten(pal.accent, 0.8))
    heading = canvas.fit(card.title, "Bold", area.w, None, 72 if vertical else 64, 40, where="points heading",
                         text_id=ctx.text.id, max_lines=2)
    canvas.text(heading, area.x0, area.y0, pal.primary_ink)
    y = area.y0 + heading.height / s + 26
    canvas.rounded(Box(area.x0, y, area.x0 + 150, y + 12), 6, pal.accent)
    list_box = Box(area.x0, y + 12 + (70 if vertical else 44), area.x1, area.y1)
    columns = 2 if (not vertical and len(card.items) >= 4) else 1
    size, placed = _points_layout(canvas, ctx, card.items, list_box, columns)
    states = [canvas.array()]
    boxes: list[tuple[int, int, int, int]] = []
    number_fill = text_color_on(pal.accent)
    for k, (fitted, x, y0, item_box) in enumerate(placed):
        disc = size * 1.5
        text_h = fitted.height / s
        item_h = item_box.h
        disc_y = y0 + max(0.0, min(text_h, fitted.line_height / s * 1.0) - disc) / 2 + (item_h - max(text_h, disc)) / 2
        canvas.circle(x + disc / 2, disc_y + disc / 2, disc / 2, pal.accent)
        number = layout_text(str(k + 1), "Bold", canvas.px(size * 0.8), 10 ** 6, 1.0)
        draw_text(canvas.draw, number, ((x + disc / 2) * s, (disc_y + disc / 2) * s - number.height / 2),
                  number_fill, align="center", box_width=0)
        text_y = y0 + (item_h - text_h) / 2 if text_h < disc else y0
        canvas.text(fitted, x + disc + size * 0.6, text_y, pal.ink)
        states.append(canvas.array())
        pad = 8
        boxes.append(canvas.box(Box(item_box.x0 - pad, item_box.y0 - pad, item_box.x1 + pad,
                                    item_box.y1 + pad)).pixels())
    # states[k] shows k points; the card opens on its first point, so state 0 is dropped.
    return CardArt(states[1:], reveal_boxes=boxes[1:])


def draw_summary(card: Card, ctx: CardContext) -> CardArt:
    """The lead of a text that has neither key figures nor points."""
    pal, area, shape = ctx.palette, ctx.area, ctx.shape
    canvas = Canvas(shape, ctx.scale, pal.paper)
    s = canvas.scale
    title = canvas.fit(card.title, "Bold", area.w, area.h * 0.35, 60, 36, where="title", text_id=ctx.text.id,
                       max_lines=4, wrap="balanced")
    canvas.text(title, area.x0, area.y0, pal.primary_ink)
    y = area.y0 + title.height / s + 30
    canvas.rounded(Box(area.x0, y, area.x0 + 150, y + 12), 6, pal.accent)
    y += 12 + 50
    body = canvas.fit(card.label, "Medium", area.w, area.y1 - y, 76 if shape == "vertical" else 68, 34,
                      where="summary", text_id=ctx.text.id,
                      line_spacing=1.3, wrap="balanced")
    canvas.text(body, area.x0, y, pal.ink)
    return CardArt([canvas.array()])


def draw_closing(card: Card, ctx: CardContext) -> CardArt:
    """Where to ask: hotline, website, a QR code, and who speaks."""
    pal, area, shape = ctx.palette, ctx.area, ctx.shape
    campaign, text = ctx.campaign, ctx.text
    canvas = Canvas(shape, ctx.scale, pal.primary)
    w, h = canvas.width, canvas.height
    s = canvas.scale
    vertical = shape == "vertical"
    canvas.circle(w * 0.02, h * 0.04, w * (0.40 if vertical else 0.22), pal.primary_soft)
    canvas.circle(w * 0.98, h * 0.97, w * (0.34 if vertical else 0.16), pal.primary_deep)
    if vertical:
        info = Box(area.x0, area.y0, area.x1, area.y1)
        qr_side = min(400.0, area.w * 0.5)
    else:
        info = Box(area.x0, area.y0, area.x0 + area.w * 0.6, area.y1)
        qr_side = min(area.h * 0.62, area.w * 0.32)

    heading = canvas.fit(card.title, "SemiBold", info.w, None, 50, 32, where="closing heading",
                         text_id=text.id, max_lines=2)
    label = canvas.fit("Tổng đài", "Medium", info.w, None, 38, 26, where="hotline label", text_id=text.id,
                       max_lines=1)
    hotline = canvas.fit(campaign.hotline, "ExtraBold", info.w, None, 150 if vertical else 130, 56,
                         where="campaign hotline", text_id=text.id, line_spacing=1.0, max_lines=1)
    site = canvas.fit(display_url(campaign.website), "SemiBold", info.w, None, 50, 28,
                      where="campaign website", text_id=text.id, max_lines=2)
    scan_w = area.w - qr_side * 1.04 - 50 if vertical else qr_side + 120
    scan = canvas.fit("Quét mã QR để xem chi tiết", "Medium", scan_w, None, 40 if vertical else 32, 24,
                      where="QR note", text_id=text.id, max_lines=3, wrap="balanced")
    address = canvas.fit(campaign.address, "Medium", info.w, None, 36, 24, where="variant address", text_id=text.id,
                         max_lines=2) if campaign.address else None  # a variant's office
    blocks = [heading.height / s, 46, label.height / s, 10, hotline.height / s, 30, site.height / s]
    if address is not None:
        blocks += [16, address.height / s]
    info_h = sum(blocks)
    logo_size = 104
    if vertical:
        # The QR code takes what the rest leaves, up to its preferred size.
        room = area.h - info_h - 2 * 56 - logo_size
        qr_side = min(qr_side, room / 1.04)
        if qr_side < 220:
            raise RenderError(f"text {text.id}: the closing card does not fit the {shape} clip")
    # The QR image carries its own quiet zone; the tile only rounds it off.
    tile_pad = qr_side * 0.02
    tile = qr_side + 2 * tile_pad
    qr_block = tile if vertical else tile + 24 + scan.height / s

    def draw_info(y: float) -> float:
        canvas.text(heading, info.x0, y, pal.on_primary)
        y += heading.height / s + 46
        canvas.text(label, info.x0, y, pal.muted_on_primary)
        y += label.height / s + 10
        canvas.text(hotline, info.x0, y, pal.accent_on_primary)
        y += hotline.height / s + 30
        canvas.text(site, info.x0, y, pal.on_primary)
        y += site.height / s
        if address is not None:
            canvas.text(address, info.x0, y + 16, pal.muted_on_primary)
            y += 16 + address.height / s
        return y

    def draw_qr(x: float, y: float) -> None:
        canvas.rounded(Box(x, y, x + tile, y + tile), tile * 0.06, WHITE)
        qr = qr_image(campaign.qr_target(text), canvas.px(qr_side), dark=INK, light=WHITE)
        canvas.paste(qr, x + tile_pad, y + tile_pad)
        if vertical:
            canvas.text(scan, x + tile + 50, y + (tile - scan.height / s) / 2, pal.on_primary)
        else:
            canvas.text(scan, x + tile / 2 - scan_w / 2, y + tile + 24, pal.on_primary, align="center",
                        box_width=scan_w)

    if vertical:
        total = info_h + 56 + qr_block + 56 + logo_size
        y = area.y0 + max(0.0, (area.h - total) * 0.35)
        y = draw_info(y) + 56
        draw_qr(area.x0, y)
        y += qr_block + 56
        _logo_row(canvas, ctx, area.x0, y, area.w, logo_size, pal.on_primary, WHITE)
    else:
        total = info_h + 60 + logo_size
        y = area.y0 + max(0.0, (area.h - total) * 0.45)
        y = draw_info(y) + 60
        _logo_row(canvas, ctx, info.x0, y, info.w, logo_size, pal.on_primary, WHITE)
        qx = area.x1 - tile
        qy = area.y0 + max(0.0, (area.h - qr_block) * 0.45)
        draw_qr(qx, qy)
    return CardArt([canvas.array()])


DRAWERS = {"opening": draw_opening, "figure": draw_figure, "points": draw_points, "summary": draw_summary,
           "closing": draw_closing}


def card_context(campaign: Campaign, text: Text, shape: str, scale: float, captions: bool,
                 pan: bool = False) -> CardContext:
    """Everything the cards of one clip share: palette, content area for the motion's scale."""
    palette = Palette.from_brand(campaign.brand.primary, campaign.brand.accent)
    area = content_box(shape, scale, captions=captions, pan=pan)
    return CardContext(campaign, text, shape, scale, palette, area)


def draw_card(card: Card, ctx: CardContext) -> CardArt:
    """Draw one storyboard card for the context's shape and scale."""
    return DRAWERS[card.kind](card, ctx)


# ---------------------------------------------------------------- caption strips

@dataclass(frozen=True)
class CaptionStrip:
    """A caption cue drawn once: premultiplied colour and inverse alpha of its box, and where it goes."""

    x0: int
    y0: int
    premultiplied: np.ndarray    # HxWx3 uint8: colour x alpha
    inverse_alpha: np.ndarray    # HxWx3 uint8: 255 - alpha (3 channels so cv2 can multiply directly)

    @property
    def box(self) -> tuple[int, int, int, int]:
        """(x0, y0, x1, y1) in display pixels."""
        h, w = self.premultiplied.shape[:2]
        return self.x0, self.y0, self.x0 + w, self.y0 + h


def caption_font_size(shape: str, lines: list[str]) -> int:
    """The largest caption size (within the shape's range) at which every line fits the strip."""
    max_size, min_size = CAPTION_FONT[shape]
    limit = caption_text_width(shape)
    for size in range(max_size, min_size - 1, -1):
        font = load_font("SemiBold", size)
        if all(text_length(font, line) <= limit for line in lines):
            return size
    return min_size


def draw_caption_strip(shape: str, lines: tuple[str, ...], font_px: int, palette: Palette) -> CaptionStrip:
    """A rounded, mostly opaque dark strip with the cue's lines in white, centred."""
    font = load_font("SemiBold", font_px)
    widths = [text_length(font, line) for line in lines]
    box = caption_box(shape, max(widths), len(lines), font_px)
    x0, y0, x1, y1 = box.pixels()
    width, height = x1 - x0, y1 - y0
    background = darken(palette.primary, 0.72)
    strip = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    shapes.rounded_rectangle(strip, (0, 0, width, height), font_px * 0.35, background + (0,))
    # rounded_rectangle on RGBA composites colour; set the strip's own opacity through its alpha.
    alpha = np.asarray(strip.getchannel("A"), dtype=np.float32) * 0.86
    fill = Image.new("RGB", (width, height), background)
    fitted = layout_text("\n".join(lines), "SemiBold", font_px, 10 ** 6, CAPTION_LINE_SPACING)
    pad_y = (height - fitted.height) / 2
    text_mask = Image.new("L", (width, height), 0)
    draw_text(ImageDraw.Draw(text_mask), fitted, (0, pad_y), 255, align="center", box_width=width)
    draw_text(ImageDraw.Draw(fill), fitted, (0, pad_y), WHITE, align="center", box_width=width)
    text_alpha = np.asarray(text_mask, dtype=np.float32)
    alpha = np.maximum(alpha, text_alpha)
    colour = np.asarray(fill, dtype=np.float32)
    premultiplied = np.clip(colour * alpha[..., None] / 255.0 + 0.5, 0, 255).astype(np.uint8)
    inverse = np.repeat((255.0 - alpha)[..., None], 3, axis=2).round().astype(np.uint8)
    return CaptionStrip(x0, y0, np.ascontiguousarray(premultiplied), np.ascontiguousarray(inverse))
