"""Infographic layout: where every band, card, text block, marker, logo and QR code goes.

Pure layout maths on measured text (no drawing), so the geometry can be tested on its own. One global
`scale` (0 = every text at its minimum size, 1 = at its preferred size) keeps the type hierarchy
intact while the content is made to fit: the largest scale whose stacked blocks fit the format wins.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

from pipeline.content import Campaign, Text
from pipeline.errors import RenderError
from pipeline.fonts import missing_characters
from pipeline.imaging.colors import (RGB, WHITE, contrast_ratio, darken, ensure_contrast, lighten, mix,
                                     text_color_on, to_rgb)
from pipeline.imaging.badge import priority_badge
from pipeline.imaging.logo import logo_aspect
from pipeline.imaging.text import FittedText, fit_text, layout_text, load_font, split_words, text_length
from pipeline.textwrap_vi import words_apart
from pipeline.infographics.formats import LABELS, FormatLayout, TextStyle, layout_for

log = logging.getLogger(__name__)

Box = tuple[float, float, float, float]

# Layout scales tried, largest first; above 1 lets sparse content grow past its preferred size.
SCALES = tuple(round(1.2 - 0.05 * i, 2) for i in range(25))


# ---------------------------------------------------------------- plan items


@dataclass(frozen=True)
class RectItem:
    """A filled (rounded) rectangle."""

    box: Box
    fill: RGB
    radius: float = 0


@dataclass(frozen=True)
class CircleItem:
    """A filled circle in `box`, optionally with a tick of colour `mark` inside (bullet marker)."""

    box: Box
    fill: RGB
    mark: RGB | None = None
    clip: Box | None = None  # drawn only inside this box (decoration cut by its band)


@dataclass(frozen=True)
class TextItem:
    """A laid-out text block: top-left at (x, y), aligned within `box_width`, on `background`."""

    field: str
    fitted: FittedText
    x: float
    y: float
    box_width: float
    fill: RGB
    background: RGB
    align: str = "left"
    top: int | None = None  # shared first-baseline offset (siblings on one baseline)

    @property
    def box(self) -> Box:
        """The block's box."""
        return (self.x, self.y, self.x + self.box_width, self.y + self.fitted.height)


@dataclass(frozen=True)
class PictureItem:
    """The logo or the QR code, drawn into `box`."""

    kind: str  # "logo" | "qr"
    box: Box
    data: str = ""  # the QR code's URL


Item = RectItem | CircleItem | TextItem | PictureItem


@dataclass(frozen=True)
class Palette:
    """Screen colours derived from the brand, with every text colour checked against its background."""

    primary: RGB
    accent: RGB
    page: RGB
    card: RGB
    ink: RGB
    muted: RGB
    value: RGB
    header: RGB
    header_text: RGB
    header_soft: RGB
    header_deco: RGB
    marker: RGB
    marker_mark: RGB
    footer: RGB
    footer_text: RGB
    footer_soft: RGB
    hotline: RGB
    qr_dark: RGB

    @classmethod
    def from_brand(cls, primary: str | RGB, accent: str | RGB) -> "Palette":
        """Derive the palette from the two brand colours (any brand colours give readable text)."""
        primary_rgb, accent_rgb = to_rgb(primary), to_rgb(accent)
        page = lighten(primary_rgb, 0.93)
        ink = ensure_contrast(darken(primary_rgb, 0.78), page, 10)
        header = primary_rgb
        header_text = text_color_on(header, dark=ink)
        if contrast_ratio(header_text, header) < 4.5:
            header = ensure_contrast(header, header_text, 4.5)  # a mid-tone brand colour gets deeper
        deco_towards = darken if header_text == WHITE else lighten
        # The footer is a deep shade of the brand colour (a light brand colour goes much darker).
        footer = ensure_contrast(darken(primary_rgb, 0.45), WHITE, 8)
        footer_text = text_color_on(footer, dark=ink)
        return cls(
            primary=primary_rgb, accent=accent_rgb, page=page, card=WHITE, ink=ink,
            muted=ensure_contrast(mix(ink, page, 0.22), page, 6),
            value=ensure_contrast(primary_rgb, WHITE, 4.5),
            header=header, header_text=header_text,
            header_soft=ensure_contrast(mix(header_text, header, 0.14), header, 4.5),
            header_deco=deco_towards(header, 0.09),
            marker=accent_rgb, marker_mark=text_color_on(accent_rgb, dark=ink),
            footer=footer, footer_text=footer_text,
            footer_soft=ensure_contrast(mix(footer_text, footer, 0.2), footer, 4.5),
            hotline=ensure_contrast(accent_rgb, footer, 4.5),
            qr_dark=darken(primary_rgb, 0.8),
        )


@dataclass(frozen=True)
class Plan:
    """A whole infographic, ready to draw: size, background and items in drawing order."""

    format_name: str
    width: int
    height: int
    background: RGB
    items: tuple[Item, ...]
    scale: float
    with_summary: bool
    palette: Palette

    def texts(self) -> list[TextItem]:
        """Every text block."""
        return [item for item in self.items if isinstance(item, TextItem)]

    def picture(self, kind: str) -> PictureItem:
        """The logo or QR item."""
        return next(item for item in self.items if isinstance(item, PictureItem) and item.kind == kind)


# ---------------------------------------------------------------- fitting


class _Overflow(Exception):
    """The blocks of a candidate layout are taller than the room they have."""

    def __init__(self, field_name: str, needed: float, room: float):
        super().__init__(field_name, needed, room)
        self.field_name, self.needed, self.room = field_name, needed, room


@dataclass
class _Ctx:
    """What every block builder needs: the text, the format and the colours."""

    campaign: Campaign
    text: Text
    spec: FormatLayout
    palette: Palette

    def fit(self, field_name: str, content: str, style: TextStyle, width: float, scale: float,
            max_size: int | None = None) -> FittedText:
        """`content` at the largest size up to the scale's that fits `width` and the style's line limit."""
        size = max(style.min_size, max_size if max_size is not None else style.size_at(scale))
        if style.preferred_lines and style.preferred_lines < style.max_lines:
            fewer = fit_text(content, style.weight, width, None, size, max(style.min_size, round(size * 0.8)),
                             style.line_spacing, style.preferred_lines, style.wrap, split_words=False)
            if fewer is not None:
                return fewer
        fitted = fit_text(content, style.weight, width, None, size, style.min_size, style.line_spacing,
                          style.max_lines, style.wrap)
        if fitted is None:
            raise RenderError(self._too_long(field_name, content, style, width))
        return fitted

    def fit_shared(self, named: list[tuple[str, str]], style: TextStyle, width: float,
                   scale: float) -> list[FittedText]:
        """Siblings (all key figure values, all points...) set at one common size, the largest all fit."""
        fitted = [self.fit(name, content, style, width, scale) for name, content in named]
        size = min(f.size for f in fitted)
        with words_apart(not all(f.words_whole for f in fitted)):  # as the one that needed it was fitted
            return [layout_text(content, style.weight, size, width, style.line_spacing, style.wrap)
                    for _, content in named]

    def _too_long(self, field_name: str, content: str, style: TextStyle, width: float) -> str:
        """Why `content` cannot fit even at the style's minimum size."""
        smallest = layout_text(content, style.weight, style.min_size, width, style.line_spacing, style.wrap)
        where = f"{self.text.id}: {field_name} does not fit the {self.spec.name} infographic " \
                f"even at {style.min_size} px"
        font = load_font(style.weight, style.min_size)
        too_wide = [word for words in split_words(content) for word in words if text_length(font, word) > width]
        if too_wide:
            return f"{where} (the word {too_wide[0]!r} is wider than the {int(width)} px column)"
        return f"{where} (needs {smallest.line_count} lines, room for {style.max_lines})"


@dataclass
class _Block:
    """A body block of known height whose items are made once its position is known."""

    height: float
    place: Callable[[float, float, float], list[Item]]  # (x, y, extra gap between its rows) -> items
    rows: int = 1


# ---------------------------------------------------------------- shared pieces


def _brand_row(c: _Ctx, x: float, y: float, width: float, scale: float) -> tuple[list[Item], float]:
    """Logo with the organisation and campaign name beside it; returns items and height."""
    spec, pal = c.spec, c.palette
    logo = spec.logo_px
    # A round badge for a square logo (or the drawn mark); a rounded plate for a wide one.
    aspect = min(3.0, max(1.0, logo_aspect(c.campaign.logo_asset)))
    badge_w = logo if aspect < 1.3 else round(logo * 0.76 * aspect + logo * 0.24)
    meta_x = x + badge_w + 24
    meta_w = width - badge_w - 24
    org = c.fit("organisation", c.campaign.organisation.upper(), spec.org, meta_w, scale, max_size=spec.org.max_size)
    name = (c.fit("campaign name", c.campaign.name, spec.campaign, meta_w, scale, max_size=spec.campaign.max_size)
            if spec.show_campaign_name else None)
    meta_h = org.height + (8 + name.height if name else 0)
    height = max(logo, meta_h)
    meta_y = y + (height - meta_h) / 2
    badge = (x, y + (height - logo) / 2, x + badge_w, y + (height + logo) / 2)
    inset = logo * 0.12
    items: list[Item] = [
        CircleItem(badge, WHITE) if badge_w == logo else RectItem(badge, WHITE, logo * 0.22),
        PictureItem("logo", (badge[0] + inset, badge[1] + inset, badge[2] - inset, badge[3] - inset)),
        TextItem("organisation", org, meta_x, meta_y, meta_w, pal.header_text, pal.header),
    ]
    if name:
        items.append(TextItem("campaign name", name, meta_x, meta_y + org.height + 8, meta_w, pal.header_soft,
                              pal.header))
    return items, height


BADGE_STYLE = TextStyle("ExtraBold", 28, 22, 1, line_spacing=1.1, wrap="greedy")


def _badge_and_bar(c: _Ctx, x: float, y: float, width: float, scale: float) -> tuple[list[Item], float]:
    """The accent bar above the title, preceded by the priority badge ("KHẨN CẤP" / "QUAN TRỌNG") for
    emergency and priority texts; returns the items and their height."""
    badge = priority_badge(c.text.priority, c.palette.accent)
    if badge is None:
        return [RectItem((x, y, x + 96, y + 8), c.palette.accent, 4)], 8
    label = c.fit("priority badge", badge.label, BADGE_STYLE, width, scale)
    pad_x, pad_y = round(label.height * 0.75), round(label.height * 0.32)
    h = label.height + 2 * pad_y
    w = label.width + 2 * pad_x
    bar_y = y + h / 2 - 4
    return [RectItem((x, y, x + w, y + h), badge.fill, h / 2),
            TextItem("priority badge", label, x + pad_x, y + pad_y, label.width, badge.text, badge.fill),
            RectItem((x + w + 20, bar_y, x + w + 20 + 96, bar_y + 8), c.palette.accent, 4)], h


def _header_deco(c: _Ctx, band: Box) -> list[Item]:
    """Two large soft circles cut by the band's right edge (decoration; the text colour is checked against it)."""
    pal = c.palette
    x0, y0, right, bottom = band
    r = min(bottom - y0, right - x0) * 0.55
    return [CircleItem((right - r * 1.1, y0 - r * 0.9, right + r * 0.9, y0 + r * 1.1), pal.header_deco, clip=band),
            CircleItem((right - r * 0.35, bottom - r * 0.7, right + r * 0.65, bottom + r * 0.3), pal.header_deco,
                       clip=band)]


def website_label(url: str) -> str:
    """A web address as people type it: no scheme, no "www.", no trailing slash."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = parts.netloc or parts.path
    host = host[4:] if host.startswith("www.") else host
    path = parts.path.rstrip("/") if parts.netloc else ""
    return host + path


def _contact_column(c: _Ctx, x: float, width: float, scale: float, on: RGB, text_color: RGB,
                    soft: RGB, hot: RGB) -> tuple[Callable[[float], list[Item]], float]:
    """Organisation, hotline and website stacked; returns a placer (given the top y) and the height."""
    spec = c.spec
    org = c.fit("organisation", c.campaign.organisation, spec.footer_org, width, scale,
                max_size=spec.footer_org.max_size)
    hot_label = c.fit("hotline", LABELS["hotline"], spec.footer_small, width, scale,
                      max_size=spec.footer_small.max_size)
    number = c.fit("hotline", c.campaign.hotline, spec.hotline, width, scale, max_size=spec.hotline.max_size)
    site = c.fit("website", website_label(c.campaign.website), spec.footer_small, width, scale,
                 max_size=spec.footer_small.max_size)
    address = c.fit("address", c.campaign.address, spec.footer_small, width, scale,
                    max_size=spec.footer_small.max_size) if c.campaign.address else None
    gaps = (14, 4, 10)
    height = org.height + hot_label.height + number.height + site.height + sum(gaps)
    if address is not None:
        height += address.height + 4

    def place(y: float) -> list[Item]:
        items: list[Item] = [TextItem("organisation", org, x, y, width, text_color, on)]
        y += org.height
        if address is not None:  # a variant's office: its address under its name
            items.append(TextItem("address", address, x, y + 4, width, soft, on))
            y += address.height + 4
        y += gaps[0]
        items.append(TextItem("hotline", hot_label, x, y, width, soft, on))
        y += hot_label.height + gaps[1]
        items.append(TextItem("hotline", number, x, y, width, hot, on))
        y += number.height + gaps[2]
        items.append(TextItem("website", site, x, y, width, soft, on))
        return items

    return place, height


def _figures_block(c: _Ctx, width: float, scale: float) -> _Block:
    """The key figures as cards: a grid when the values fit its columns, else one full-width row each."""
    figures = c.text.key_figures
    grid_columns = {1: 1, 2: 2, 3: 3, 4: 2}[len(figures)]  # 0: rows (value beside label)
    first_error: RenderError | None = None
    for columns in ([grid_columns, 0] if grid_columns else [0]):
        try:
            return _figure_cards(c, width, scale, columns)
        except RenderError as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise first_error


def _figure_cards(c: _Ctx, width: float, scale: float, columns: int) -> _Block:
    """Figure cards in `columns` columns (value over label), or full-width rows (value beside label) if 0."""
    spec, pal, figures = c.spec, c.palette, c.text.key_figures
    pad, gap = spec.card_pad, spec.card_gap
    bar = 6 if spec.card_bar else 0
    bar_gap = 22 if spec.card_bar else 0
    values_named = [(f"key_figures[{i}].value", f.value) for i, f in enumerate(figures)]
    labels_named = [(f"key_figures[{i}].label", f.label) for i, f in enumerate(figures)]
    if columns:
        card_w = (width - (columns - 1) * gap) / columns
        inner = card_w - 2 * pad
        values = c.fit_shared(values_named, spec.value, inner, scale)
        labels = c.fit_shared(labels_named, spec.label, inner, scale)
        rows = [list(range(i, min(i + columns, len(figures)))) for i in range(0, len(figures), columns)]
        # Cards of a row share a height and the values' first baseline; each label follows its value.
        value_tops = [max(values[i].top for i in row) for row in rows]
        card_hs = [pad + bar + bar_gap + max(value_tops[r] - values[i].top + values[i].height + 12 + labels[i].height
                                        for i in row) + pad
                   for r, row in enumerate(rows)]
        height = sum(card_hs) + (len(rows) - 1) * gap

        def place(x: float, y: float, extra: float) -> list[Item]:
            items: list[Item] = []
            for r, row in enumerate(rows):
                for col, i in enumerate(row):
                    cx = x + col * (card_w + gap)
                    value_y = y + pad + bar + bar_gap
                    label_y = value_y + value_tops[r] - values[i].top + values[i].height + 12
                    items.append(RectItem((cx, y, cx + card_w, y + card_hs[r]), pal.card, 22))
                    if bar:
                        items.append(RectItem((cx + pad, y + pad, cx + pad + 56, y + pad + bar), pal.accent, 3))
                    items += [TextItem(values_named[i][0], values[i], cx + pad, value_y, inner, pal.value,
                                       pal.card, top=value_tops[r]),
                              TextItem(labels_named[i][0], labels[i], cx + pad, label_y, inner, pal.muted,
                                       pal.card)]
                y += card_hs[r] + gap
            return items

        return _Block(height, place)

    inner = width - 2 * pad - bar - 24
    value_w = round(inner * 0.42)
    label_w = inner - value_w - 28
    values = c.fit_shared(values_named, spec.value, value_w, scale)
    labels = c.fit_shared(labels_named, spec.label, label_w, scale)
    card_hs = [max(v.height, lab.height) + 2 * pad for v, lab in zip(values, labels)]
    height = sum(card_hs) + (len(figures) - 1) * gap

    def place_rows(x: float, y: float, extra: float) -> list[Item]:
        items: list[Item] = []
        for i, (value, label) in enumerate(zip(values, labels)):
            h = card_hs[i]
            vx = x + pad + bar + 24
            items += [RectItem((x, y, x + width, y + h), pal.card, 22),
                      RectItem((x + pad, y + pad, x + pad + bar, y + h - pad), pal.accent, 3),
                      TextItem(values_named[i][0], value, vx, y + (h - value.height) / 2, value_w, pal.value,
                               pal.card),
                      TextItem(labels_named[i][0], label, vx + value_w + 28, y + (h - label.height) / 2, label_w,
                               pal.muted, pal.card)]
            y += h + gap
        return items

    return _Block(height, place_rows)


def _points_block(c: _Ctx, width: float, scale: float, columns: int) -> _Block:
    """The points as lines with round tick markers, in one or two columns."""
    spec, pal, points = c.spec, c.palette, c.text.points
    col_gap = 40
    col_w = (width - (columns - 1) * col_gap) / columns
    # The marker's size follows the text's, but the text's width depends on the marker: size the
    # marker for the scale's size, then keep it (the text may only come out smaller).
    diameter = round(spec.point.size_at(scale) * 1.1)
    text_x = diameter + 22
    named = [(f"points[{i}]", point) for i, point in enumerate(points)]
    fitted = c.fit_shared(named, spec.point, col_w - text_x, scale)
    size = fitted[0].size
    # Centre the marker on the first line's lower-case letters.
    mid = [f.top - round(size * 0.37) for f in fitted]
    offsets = [(max(0.0, diameter / 2 - m), max(0.0, m - diameter / 2)) for m in mid]  # (text dy, marker dy)
    row_hs = [max(f.height + t_dy, diameter + m_dy) for f, (t_dy, m_dy) in zip(fitted, offsets)]
    rows = [list(range(i, min(i + columns, len(points)))) for i in range(0, len(points), columns)]
    heights = [max(row_hs[i] for i in row) for row in rows]
    height = sum(heights) + (len(rows) - 1) * spec.point_gap

    def place(x: float, y: float, extra: float) -> list[Item]:
        items: list[Item] = []
        for row, row_h in zip(rows, heights):
            for col, i in enumerate(row):
                px = x + col * (col_w + col_gap)
                t_dy, m_dy = offsets[i]
                items.append(CircleItem((px, y + m_dy, px + diameter, y + m_dy + diameter), pal.marker,
                                        pal.marker_mark))
                items.append(TextItem(named[i][0], fitted[i], px + text_x, y + t_dy, col_w - text_x, pal.ink,
                                      pal.page))
            y += row_h + spec.point_gap + extra
        return items

    return _Block(height, place, rows=len(rows))


def _lead_block(c: _Ctx, width: float, scale: float) -> _Block:
    """The summary set large in the body, for a text with neither key figures nor points."""
    indent = 36  # room for the accent rule beside the lead
    lead = c.fit("summary", c.text.summary, c.spec.lead, width - indent, scale)

    def place(x: float, y: float, extra: float) -> list[Item]:
        return [RectItem((x, y, x + 8, y + lead.height), c.palette.accent, 4),
                TextItem("summary", lead, x + indent, y, width - indent, c.palette.ink, c.palette.page)]

    return _Block(lead.height, place)


def _body_blocks(c: _Ctx, width: float, scale: float, point_columns: int, with_summary: bool) -> list[_Block]:
    """Key figures, then points (or the large lead when the text has neither)."""
    blocks: list[_Block] = []
    if c.text.key_figures:
        blocks.append(_figures_block(c, width, scale))
    if c.text.points:
        blocks.append(_points_block(c, width, scale, point_columns))
    if not blocks and with_summary:
        blocks.append(_lead_block(c, width, scale))
    return blocks


def _blame(c: _Ctx) -> str:
    """The field to name when the body as a whole does not fit."""
    return "points" if c.text.points else "key_figures" if c.text.key_figures else "title"


def _place_body(c: _Ctx, blocks: list[_Block], x: float, top: float, bottom: float) -> list[Item]:
    """Stack `blocks` between `top` and `bottom`, sharing spare height out; _Overflow when they do not fit."""
    gap = c.spec.gap
    outer = round(gap * 0.75)  # above the first and below the last block
    needed = sum(b.height for b in blocks) + gap * (len(blocks) - 1) + 2 * outer
    room = bottom - top
    if needed > room:
        raise _Overflow(_blame(c), needed, room)
    spare = room - needed
    # Spare height loosens the points first (a little), then the gaps between sections, then centres all.
    rows_extra = 0.0
    point_rows = sum(b.rows - 1 for b in blocks)
    if point_rows:
        rows_extra = min(c.spec.point_gap * 0.8, spare / 2 / point_rows)
        spare -= rows_extra * point_rows
    gap_extra = min(gap * 0.8, spare / (len(blocks) + 1))
    spare -= gap_extra * (len(blocks) + 1)
    y = top + outer + gap_extra + spare / 2
    items: list[Item] = []
    for block in blocks:
        items += block.place(x, y, rows_extra)
        y += block.height + rows_extra * (block.rows - 1) + gap + gap_extra
    return items


# ---------------------------------------------------------------- the two layouts


def _stack_layout(c: _Ctx, scale: float, body_scale: float, with_summary: bool,
                  point_columns: int) -> list[Item]:
    """Header band (brand, title, summary), body (figures, points), footer band (contacts, QR)."""
    spec, pal = c.spec, c.palette
    width, height, m = spec.width, spec.height, spec.margin
    inner = width - 2 * m
    has_body = bool(c.text.key_figures or c.text.points)

    y = spec.safe_top + spec.header_pad
    brand_items, brand_h = _brand_row(c, m, y, inner, scale)
    y += brand_h + spec.header_gap
    bar_items, bar_h = _badge_and_bar(c, m, y, inner, scale)
    y += bar_h + 28
    title = c.fit("title", c.text.title, spec.title, inner, scale)
    title_y = y
    y += title.height
    header_texts: list[Item] = [TextItem("title", title, m, title_y, inner, pal.header_text, pal.header)]
    if with_summary and has_body:
        summary = c.fit("summary", c.text.summary, spec.summary, inner, scale)
        y += 26
        header_texts.append(TextItem("summary", summary, m, y, inner, pal.header_soft, pal.header))
        y += summary.height
    header_h = y + spec.header_pad

    # Footer: contacts on the left, QR code on the right, above the platform's bottom controls.
    qr = spec.qr_px
    pad = spec.footer_pad
    text_w = inner - qr - 40
    place_contacts, contact_h = _contact_column(c, m, text_w, scale, pal.footer, pal.footer_text, pal.footer_soft,
                                         pal.hotline)
    content_h = max(qr, contact_h)
    footer_top = height - spec.safe_bottom - pad - content_h - pad
    content_y = footer_top + pad

    body = _place_body(c, _body_blocks(c, inner, body_scale, point_columns, with_summary), m, header_h,
                       footer_top)

    items: list[Item] = [RectItem((0, 0, width, header_h), pal.header)]
    items += _header_deco(c, (0, 0, width, header_h))
    items += brand_items
    items += bar_items
    items += header_texts
    items += body
    items.append(RectItem((0, footer_top, width, height), pal.footer))
    items.append(RectItem((0, footer_top, width, footer_top + 6), pal.accent))
    items += place_contacts(content_y + (content_h - contact_h) / 2)
    if spec.safe_bottom >= 80:
        # The strip under the footer content may sit behind the platform's reply bar: only a hint goes there.
        hint = c.fit("hint", LABELS["scan"], spec.footer_small, inner, scale, max_size=spec.footer_small.max_size)
        items.append(TextItem("hint", hint, m, height - spec.safe_bottom / 2 - hint.height / 2 - pad / 4, inner,
                              pal.footer_soft, pal.footer, align="center"))
    qr_y = content_y + (content_h - qr) / 2
    items.append(PictureItem("qr", (width - m - qr, qr_y, width - m, qr_y + qr), c.campaign.qr_target(c.text)))
    return items


def _columns_layout(c: _Ctx, scale: float, body_scale: float, with_summary: bool,
                    point_columns: int) -> list[Item]:
    """Brand panel on the left (brand, title, summary, contacts, QR); figures and points on the right."""
    spec, pal = c.spec, c.palette
    width, height, m, panel = spec.width, spec.height, spec.margin, spec.panel_width
    inner = panel - 2 * m
    has_body = bool(c.text.key_figures or c.text.points)

    y = m
    brand_items, brand_h = _brand_row(c, m, y, inner, scale)
    y += brand_h + spec.header_gap
    bar_items, bar_h = _badge_and_bar(c, m, y, inner, scale)
    y += bar_h + 28
    title = c.fit("title", c.text.title, spec.title, inner, scale)
    panel_texts: list[Item] = [TextItem("title", title, m, y, inner, pal.header_text, pal.header)]
    y += title.height
    if with_summary and has_body:
        summary = c.fit("summary", c.text.summary, spec.summary, inner, scale)
        y += 26
        panel_texts.append(TextItem("summary", summary, m, y, inner, pal.header_soft, pal.header))
        y += summary.height

    # Contacts and QR in a darker band at the foot of the panel, as in the stacked formats.
    qr = spec.qr_px
    pad = round(m * 0.6)
    text_x = m + qr + 32
    place_contacts, contact_h = _contact_column(c, text_x, panel - m - text_x, scale, pal.footer, pal.footer_text,
                                         pal.footer_soft, pal.hotline)
    content_h = max(qr, contact_h)
    band_top = height - 2 * pad - content_h
    content_y = band_top + pad
    if y + spec.gap > band_top:
        raise _Overflow("summary" if with_summary and has_body else "title", y + spec.gap - m, band_top - m)

    right_x = panel + m
    body = _place_body(c, _body_blocks(c, width - panel - 2 * m, body_scale, point_columns, with_summary),
                       right_x, m - spec.gap / 2, height - m + spec.gap / 2)

    items: list[Item] = [RectItem((0, 0, panel, band_top), pal.header)]
    items += _header_deco(c, (0, 0, panel, band_top))
    items += brand_items
    items += bar_items
    items += panel_texts
    items.append(RectItem((0, band_top, panel, height), pal.footer))
    items.append(RectItem((0, band_top, panel, band_top + 6), pal.accent))
    items += place_contacts(content_y + (content_h - contact_h) / 2)
    qr_y = content_y + (content_h - qr) / 2
    items.append(PictureItem("qr", (m, qr_y, m + qr, qr_y + qr), c.campaign.qr_target(c.text)))
    items += body
    return items


# ---------------------------------------------------------------- solving


def _check_characters(c: _Ctx) -> None:
    """Characters the font cannot draw are an error naming the field (no tofu boxes)."""
    fields_ = [("title", c.text.title), ("summary", c.text.summary), ("organisation", c.campaign.organisation),
               ("campaign name", c.campaign.name), ("hotline", c.campaign.hotline)]
    fields_ += [(f"key_figures[{i}].value", f.value) for i, f in enumerate(c.text.key_figures)]
    fields_ += [(f"key_figures[{i}].label", f.label) for i, f in enumerate(c.text.key_figures)]
    fields_ += [(f"points[{i}]", p) for i, p in enumerate(c.text.points)]
    for name, content in fields_:
        missing = missing_characters(content, "ExtraBold") or missing_characters(content, "Regular")
        if missing:
            raise RenderError(f"{c.text.id}: {name}: the font cannot draw {', '.join(map(repr, missing))}")


def plan_infographic(campaign: Campaign, text: Text, format_name: str, show_summary: bool = True) -> Plan:
    """Lay out one infographic: the largest text sizes at which everything fits the format.

    Tries each layout option of the format (points in one or two columns...) and keeps the one that
    allows the largest type; the summary is left out only when nothing fits with it. Raises
    RenderError naming the text and the field when the text cannot fit at legible sizes.
    """
    spec = layout_for(format_name)
    palette = Palette.from_brand(campaign.brand.primary, campaign.brand.accent)
    c = _Ctx(campaign, text, spec, palette)
    _check_characters(c)
    build = _stack_layout if spec.kind == "stack" else _columns_layout
    columns_options = spec.point_columns if text.points else (1,)

    # Reported when nothing fits: why the preferred option failed in the last (most lenient) pass.
    failure: _Overflow | RenderError | None = None
    for with_summary in ((True, False) if show_summary else (False,)):
        best: tuple[float, list[Item]] | None = None
        for columns in columns_options:
            found = _largest_scale(lambda s: build(c, s, s, with_summary, columns), SCALES)
            if not isinstance(found, tuple):
                if columns == columns_options[0]:
                    failure = found
            elif best is None or found[0] > best[0]:
                scale = found[0]
                # Then let the body grow on its own where the header or panel was what held it back.
                larger = tuple(s for s in SCALES if s > scale)
                grown = _largest_scale(lambda s: build(c, scale, s, with_summary, columns), larger)
                best = (scale, grown[1]) if isinstance(grown, tuple) else found
        if best is not None:
            if show_summary and not with_summary:
                log.info("%s: summary left out of the %s infographic (no room)", text.id, format_name)
            return Plan(format_name, spec.width, spec.height, palette.page, tuple(best[1]), best[0],
                        with_summary, palette)
    if isinstance(failure, RenderError):
        raise failure
    assert failure is not None
    verb = "do" if failure.field_name.endswith("s") else "does"
    raise RenderError(f"{text.id}: {failure.field_name} {verb} not fit the {format_name} infographic even at the "
                      f"smallest text sizes (needs {round(failure.needed)} px of height, "
                      f"room for {round(failure.room)})")


def _largest_scale(build: Callable[[float], list[Item]],
                   scales: tuple[float, ...]) -> tuple[float, list[Item]] | _Overflow | RenderError:
    """Bisect `scales` (largest first) for the largest whose layout fits; else the smallest's failure."""
    def attempt(scale: float) -> list[Item] | _Overflow | RenderError:
        try:
            return build(scale)
        except (_Overflow, RenderError) as exc:
            return exc

    if not scales:
        return _Overflow("", 0, 0)
    first = attempt(scales[0])
    if isinstance(first, list):
        return scales[0], first
    last = attempt(scales[-1])
    if not isinstance(last, list):
        return last
    lo, hi, best = len(scales) - 1, 0, last  # scales[lo] fits, scales[hi] does not
    while lo - hi > 1:
        mid = (lo + hi) // 2
        result = attempt(scales[mid])
        if isinstance(result, list):
            lo, best = mid, result
        else:
            hi = mid
    return scales[lo], best
