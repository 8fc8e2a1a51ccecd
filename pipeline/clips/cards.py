"""Clip cards drawn once into numpy uint8 arrays, each from its template (`card-<type>-<shape>.yaml`).

A card is laid out by the template engine (pipeline.templates.engine) in design px, the frame at scale 1,
inside the content area the clip keeps clear of the platforms' controls and of the captions whatever the
template says, then drawn at the scale of its motion (`scale` = the zoom it reaches) by the images' Pillow
renderer, so that the frame function only ever crops and shrinks it: text stays sharp. What changes on a
card is drawn from the one layout as states (the points card: the items of its `points` repeat shown one by
one) or as patches of one box (the text bound to `number` counting up).
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
from PIL import Image, ImageDraw

from pipeline.clips.card_templates import RESERVED, _CONTENT_KINDS, _outside, area_contains, card_of, load_card_template
from pipeline.clips.layout import (CAPTION_FONT, CAPTION_LINE_SPACING, Box, caption_box, caption_text_width,
                                   caption_zone, content_box)
from pipeline.clips.settings import SHAPES
from pipeline.clips.storyboard import Card, build_storyboard
from pipeline.content import Campaign, Text
from pipeline.errors import RenderError
from pipeline.imaging import shapes
from pipeline.imaging.colors import (RGB, WHITE, contrast_ratio, darken, ensure_contrast, lighten, mix,
                                     text_color_on, to_rgb)
from pipeline.imaging.text import draw_text, layout_text, load_font, text_length
from pipeline.infographics.layout import MEASURER, text_data
from pipeline.infographics.render import GUIDE, draw_items, draw_plan, fit_warnings
from pipeline.templates.engine import Data, LayoutError, Placed, Plan, solve
from pipeline.templates.expr import parse
from pipeline.templates.model import Layer, Template, TemplateError


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
    template: str = ""                                   # the template file it was drawn from
    events: list[dict] = field(default_factory=list)     # what the fit did (shrunk, dropped, fallback)
    warnings: list[str] = field(default_factory=list)    # the events as build warnings

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


# ---------------------------------------------------------------- laying a card out

def source_size(shape: str, scale: float) -> tuple[int, int]:
    """Pixel size of a card drawn at `scale` (even numbers, so a centred crop stays centred)."""
    width, height = SHAPES[shape]
    return 2 * int(round(width * scale / 2)), 2 * int(round(height * scale / 2))


def display_url(url: str) -> str:
    """A web address as people read it: no scheme, no trailing slash."""
    return re.sub(r"^https?://", "", url.strip()).rstrip("/")


@dataclass(frozen=True)
class CardContext:
    """What every card of one clip draws from: the text, the shape, the scale and the content area."""

    campaign: Campaign
    text: Text
    shape: str
    scale: float
    area: Box              # design box for content (inside the safe area, above the captions, at any zoom)
    templates: dict = field(default_factory=dict, compare=False, hash=False)

    def template(self, kind: str) -> Template:
        """The card template of `kind` for this shape; RenderError when it is broken."""
        if kind not in self.templates:
            try:
                self.templates[kind] = load_card_template(kind, self.shape, self.campaign.root)
            except (TemplateError, ValueError) as exc:
                raise RenderError(f"clip card {kind}: {exc}") from None
        return self.templates[kind]


def card_context(campaign: Campaign, text: Text, shape: str, scale: float, captions: bool,
                 pan: bool = False) -> CardContext:
    """Everything the cards of one clip share: the content area for the motion's scale."""
    return CardContext(campaign, text, shape, scale, content_box(shape, scale, captions=captions, pan=pan))


def card_data(card: Card, ctx: CardContext) -> Data:
    """What a card template binds: the text's and campaign's fields (as for the images), with the card's own."""
    data = text_data(ctx.campaign, ctx.text)
    fields = dict(data.fields)
    if card.kind in ("opening", "summary"):
        fields["title"] = card.title
    if card.kind == "summary":
        fields["summary"] = card.label
    if card.kind == "points":
        fields["points"] = list(card.items)
    if card.kind == "figure":
        number, unit = split_figure(card.value)
        fields.update(number=number, unit=unit, label=card.label)
    return dataclasses.replace(data, fields=fields)


def plan_card(card: Card, ctx: CardContext, template: Template | None = None) -> Plan:
    """Lay a card out in design px (the frame at scale 1) with the engine, the content area kept whatever the
    template says: a keep-out layer over the captions makes the texts shrink clear of them, and any content
    left outside the area is a RenderError naming the template, the layer and its box."""
    template = template or ctx.template(card.kind)
    width, height = template.width, template.height
    area = ctx.area
    keep_out = Layer(RESERVED, "rect", {"id": RESERVED, "type": "rect", "fill": "black", "overlap": "deny"},
                     f"layers[{RESERVED}]", {"left": parse(0), "width": parse(width), "top": parse(area.y1),
                                             "bottom": parse(height)})
    top, right, bottom, left = (area.y0, width - area.x1, height - area.y1, area.x0)
    laid_out = dataclasses.replace(template, safe=(top, right, bottom, left), layers=template.layers + [keep_out])
    try:
        plan = solve(laid_out, card_data(card, ctx), MEASURER)
    except LayoutError as exc:
        raise RenderError(f"clip {ctx.shape} {card.kind} card: {exc}") from None
    plan.items = [item for item in plan.items if item.layer != RESERVED]
    for item in plan.items:
        if item.kind in _CONTENT_KINDS and not area_contains(area, item.box):
            layer = template.layer(item.layer.split("[")[0].split(".")[0])
            where = f"{layer.where}.box" if layer is not None else f"layers[{item.layer}].box"
            problem = TemplateError(template.path, where, _outside(ctx.shape, item.box, area))
            raise RenderError(f"text {ctx.text.id}: {problem}")
    return plan


def scaled(plan: Plan, scale: float, size: tuple[int, int]) -> Plan:
    """The plan at `scale` (cards are drawn at the zoom they reach): boxes scaled, each text set again at its size
    times `scale` with the very same lines."""
    if scale == 1.0:
        return plan

    def box(b):
        return None if b is None else tuple(v * scale for v in b)

    items = []
    for item in plan.items:
        copy = dataclasses.replace(item, box=box(item.box), clip=box(item.clip), radius=item.radius * scale)
        if item.kind == "text":
            fitted = item.fitted
            copy.fitted = layout_text("\n".join(fitted.lines), fitted.weight, max(1, round(fitted.size * scale)),
                                      10 ** 6, fitted.line_spacing)
        items.append(copy)
    return dataclasses.replace(plan, width=size[0], height=size[1], items=items,
                               boxes={key: box(value) for key, value in plan.boxes.items()})


# ---------------------------------------------------------------- drawing a card and its states

def _image(plan: Plan) -> Image.Image:
    return Image.new("RGB", (plan.width, plan.height), plan.background)


def _array(image: Image.Image) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(image, dtype=np.uint8))


def _pixels(box, width: int, height: int, pad: float = 0.0) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = box
    return (max(0, math.floor(x0 - pad)), max(0, math.floor(y0 - pad)), min(width, math.ceil(x1 + pad)),
            min(height, math.ceil(y1 + pad)))


def _union(boxes):
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def reveal_layer(template: Template) -> str | None:
    """The repeat whose items appear one by one on a points card: the one bound to `points`."""
    return next((layer.id for layer in template.all_layers().values()
                 if layer.type == "repeat" and str(layer.get("bind", "")).split("|")[0].strip() == "points"), None)


def _item_index(layer: str, repeat: str) -> int | None:
    match = re.match(rf"{re.escape(repeat)}\[(\d+)\]", layer)
    return int(match[1]) if match else None


def draw_card(card: Card, ctx: CardContext) -> CardArt:
    """Draw one storyboard card from its template, for the context's shape and scale: laid out once, then its
    states drawn by showing items (the points one by one) or patching a layer's box (the figure counting)."""
    template = ctx.template(card.kind)
    design = plan_card(card, ctx, template)
    plan = scaled(design, ctx.scale, source_size(ctx.shape, ctx.scale))
    product = f"clip {ctx.shape} {card.kind} card"
    facts = {"template": template.path.name, "events": [{**event, "layer": f"{card.kind}:{event['layer']}"}
                                                        for event in design.events],
             "warnings": fit_warnings(design, ctx.text.id, product)}
    repeat = reveal_layer(template) if card.kind == "points" else None
    number = next((item for item in plan.items if item.kind == "text" and item.field == "number"), None) \
        if card.kind == "figure" else None
    campaign = ctx.campaign
    if repeat is not None and any(_item_index(item.layer, repeat) is not None for item in plan.items):
        return CardArt(*_point_states(plan, repeat, campaign, ctx.scale), **facts)
    if number is not None:
        return _figure_art(plan, number, campaign, facts)
    image = _image(plan)
    draw_items(image, plan.items, campaign)
    return CardArt([_array(image)], **facts)


def _point_states(plan: Plan, repeat: str, campaign: Campaign, scale: float) -> tuple[list, list]:
    """One state per number of points shown, and the box where each differs from the one before; an item drawn
    after a point and over it is drawn again, so the final state is the whole plan."""
    shown = [item for item in plan.items if _item_index(item.layer, repeat) is None]
    image = _image(plan)
    draw_items(image, shown, campaign)
    states, boxes = [], []
    indexed = [_item_index(item.layer, repeat) for item in plan.items]
    pad = 8 * scale
    for k in range(1 + max(i for i in indexed if i is not None)):
        indices = [i for i, index in enumerate(indexed) if index == k]
        if not indices:
            continue
        box = _union([plan.items[i].box for i in indices])
        later = [item for item in plan.items[indices[-1] + 1:]
                 if _item_index(item.layer, repeat) is None and _overlap(item.box, box)]
        draw_items(image, [plan.items[i] for i in indices] + later, campaign)
        states.append(_array(image))
        boxes.append(_pixels(box, plan.width, plan.height, pad))
    # states[k] shows k + 1 points: the card opens on its first point
    return states, boxes[1:]


def _figure_art(plan: Plan, number: Placed, campaign: Campaign, facts: dict) -> CardArt:
    """The figure card: drawn once without its number; the number's box patched per count-up step."""
    image = _image(plan)
    draw_items(image, [item for item in plan.items if item is not number], campaign)
    empty_state = _array(image)
    fitted = number.fitted
    nx0, ny0, nx1, ny1 = number.box
    x0, y0, x1, y1 = _pixels(number.box, plan.width, plan.height, pad=fitted.size * 0.04)
    empty_box = empty_state[y0:y1, x0:x1].copy()

    def draw_number(shown: str) -> np.ndarray:
        patch = Image.fromarray(empty_box)
        text = fitted if shown == fitted.text else layout_text(shown, fitted.weight, fitted.size, 10 ** 6,
                                                               fitted.line_spacing)
        draw_text(ImageDraw.Draw(patch), text, (nx0 - x0, ny0 - y0), number.color, align=number.align,
                  box_width=nx1 - nx0)
        return _array(patch)

    figure = FigureArt((x0, y0, x1, y1), fitted.text, parse_countable(fitted.text), draw_number, empty=empty_box)
    final = empty_state.copy()
    final[y0:y1, x0:x1] = figure.patch(fitted.text)
    return CardArt([final], figure=figure, **facts)


def preview_card(campaign: Campaign, text: Text, template: Template, guides: bool = False
                 ) -> tuple[Image.Image, Plan]:
    """One card template drawn for one text, as its clip shows it settled (every point, the final number), with
    the content area and the part kept for captions outlined when `guides`; UsageError-worthy problems are
    ValueErrors (a figure card for a text without key figures)."""
    kind, shape = card_of(template)
    board = build_storyboard(text, campaign, None)
    card = next((c for c in board.cards if c.kind == kind), None)
    if card is None:
        raise ValueError(f"text {text.id} has no {kind} card (its clip shows: "
                         f"{', '.join(dict.fromkeys(c.kind for c in board.cards))})")
    from pipeline.clips.settings import card_scale, motion_kind
    from pipeline.clips.settings import ClipSettings

    # the content area of the campaign's clips (their zoom or pan), drawn at the frame's size
    settings = ClipSettings.from_mapping(campaign.section("clips"))
    ctx = card_context(campaign, text, shape, card_scale(settings), captions=True, pan=motion_kind(settings) == "pan")
    plan = plan_card(card, ctx, template)
    image = draw_plan(plan, campaign, guides)
    if guides:
        zone = caption_zone(shape)
        draw = ImageDraw.Draw(image)
        draw.rectangle((zone.x0, zone.y0, zone.x1 - 1, zone.y1 - 1), outline=GUIDE, width=3)
        draw.text((zone.x0 + 12, zone.y0 + 10), "captions (kept free)", font=load_font("Bold", 26), fill=GUIDE)
    return image, plan


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
