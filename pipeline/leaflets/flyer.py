"""The A5 flyer (tờ rơi): front = title, summary, key figures; back = body, points, contacts and QR.

Grid: 148 x 210 mm trim, 12 mm outer margins (a 124 mm text column), a brand-colour band at the
top of the front and at the foot of the back, both running into the bleed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from pipeline.atomic import atomic_path
from pipeline.content import Campaign, Text
from pipeline.errors import RenderError
from pipeline.imaging.badge import priority_badge
from pipeline.leaflets.blocks import KeyFigureGrid, figure_colors, points_box
from pipeline.leaflets.colors import BLACK, WHITE, Palette, rgb_to_cmyk, to_reportlab
from pipeline.leaflets.geometry import A5_MM, MM, Box, SheetGeometry, sheet_geometry
from pipeline.leaflets.printing import (
    IMPRINT_PT,
    REVERSED_MIN_PT,
    binary_streams,
    draw_logo,
    draw_marks,
    draw_qr,
    fill_box,
    imprint_at,
    imprint_markup,
    imprint_paragraph,
    media_info,
    new_canvas,
    build_moment,
    save_pdf,
    short_url,
)
from pipeline.leaflets.settings import LeafletSettings
from pipeline.leaflets.typeset import (
    Overflow,
    Stacked,
    block_paragraphs,
    draw_line,
    draw_stack,
    fit_stack,
    font,
    line_size,
    overflow_mm,
    plain_markup,
    size_steps,
    string_width,
    style,
)

log = logging.getLogger(__name__)

MARGIN_MM = 12.0
HEADER_MM = 12.0 + 13.0  # top margin + logo row
BAND_MIN_MM = 95.0  # the front's colour band reaches at least this far down from the top trim
TITLE_GAP_MM = 11.0  # title foot to band foot
TITLE_ROOM_MM = 58.0
TITLE_MAX_PT, TITLE_MIN_PT = 26.0, 17.0
TITLE_SOLO_MAX_PT = 30.0  # no key figures on the front: the title may set larger
SUMMARY_MAX_PT = 13.0
SUMMARY_SOLO_MAX_PT = 16.0  # no key figures: the summary carries the front and sets larger
BAND_GROW_MAX_MM = 28.0  # no key figures: the band grows into spare space by up to this much
BADGE_H_MM = 6.2
FOOTER_MM = 17.0  # front: hotline strip at the foot
CONTACT_BAND_MM = 50.0  # back: contact band at the foot
BAND_IMPRINT_PT = 6.5  # times the poster's scale: 12.4 pt on the A3 poster


def render_flyer(campaign: Campaign, text: Text, dest_path: Path | str, settings: LeafletSettings) -> dict:
    """Render the two-page A5 flyer of `text` to `dest_path`; returns the manifest's media dict."""
    sheet = sheet_geometry(A5_MM, settings.marks)
    palette = Palette.from_brand(campaign.brand)
    with atomic_path(dest_path) as tmp_path, binary_streams():
        canvas = new_canvas(tmp_path, sheet, text.title, campaign, subject=campaign.name)
        try:
            points_on_front = draw_front(canvas, sheet, palette, campaign, text, settings)
            canvas.showPage()
            draw_back(canvas, sheet, palette, campaign, text, settings, with_points=not points_on_front)
            canvas.showPage()
        except Overflow as exc:
            raise RenderError(f"{text.id}: {exc} (A5 flyer); shorten the text") from exc
        save_pdf(canvas, settings, build_moment(campaign, (text,)))
        media = media_info(canvas, sheet, pages=2)
    return media


def _column(sheet: SheetGeometry) -> tuple[float, float]:
    """(left x, width) of the text column in points."""
    return sheet.x(MARGIN_MM), (sheet.trim_w_mm - 2 * MARGIN_MM) * MM


def draw_front(canvas: Canvas, sheet: SheetGeometry, palette: Palette, campaign: Campaign, text: Text,
               settings: LeafletSettings) -> bool:
    """Front: brand band with organisation and title; summary and key figures; hotline strip.

    A text without key figures gets a larger title and summary, its points on the front (when they
    fit; they then leave the back) and a deeper band, so the front does not end in empty paper.
    Returns whether the points were set on the front.
    """
    left, width = _column(sheet)
    bleed = sheet.bleed_box
    white = palette.white
    solo = not text.key_figures

    # The title sits at the foot of the band; a long title makes the band deeper, never shallower than
    # BAND_MIN_MM, so the header row and the title frame white space between them.
    def title_stack(size: float) -> list[Stacked]:
        title_style = style("title", "ExtraBold", size, white, leading=1.14)
        return [Stacked(Paragraph(plain_markup(text.title), title_style), balance=True)]

    header_bottom = sheet.y_top(HEADER_MM + 12.0)
    fitted_title = fit_stack(title_stack, width, TITLE_ROOM_MM * MM, TITLE_SOLO_MAX_PT if solo else TITLE_MAX_PT,
                             TITLE_MIN_PT, "title", "the front page band")
    band_bottom = min(sheet.y_top(BAND_MIN_MM), header_bottom - fitted_title.height - TITLE_GAP_MM * MM)

    # summary and key figures (or, without figures, the points) between the band and the hotline strip
    bottom = sheet.y(FOOTER_MM + 8.0)
    figure_palette = figure_colors(palette)

    def lower_stack_with(points: bool):
        def lower_stack(size: float) -> list[Stacked]:
            summary_style = style("summary", "Medium", size, palette.black, leading=1.4)
            items = [Stacked(Paragraph(plain_markup(text.summary), summary_style))]
            if text.key_figures:
                items.append(Stacked(KeyFigureGrid(text.key_figures, size * 2.6, max(9.0, size * 0.72),
                                                   figure_palette, max_columns=2, gap=8 * MM, row_gap=5.5 * MM),
                                     8.0 * MM))
            elif points:
                points_pt = max(settings.min_body_pt, min(settings.max_body_pt + 1.0, size * 0.8))
                items.append(Stacked(points_box(text.points, points_pt, palette), 7.0 * MM))
            return items
        return lower_stack

    def fit_lower(top: float, points: bool):
        return fit_stack(lower_stack_with(points), width, top - bottom,
                         (SUMMARY_SOLO_MAX_PT + (0.0 if points else 2.0)) if solo else SUMMARY_MAX_PT,
                         settings.min_body_pt,
                         "summary and key figures", "the front page")

    points_on_front = solo and bool(text.points)
    top = band_bottom - 1.8 * MM - 9.0 * MM
    try:
        fitted = fit_lower(top, points_on_front)
    except Overflow:
        if not points_on_front:
            raise
        points_on_front = False  # the points stay on the back
        fitted = fit_lower(top, False)
    if solo:
        # spare space: the band grows into part of it (the title stays at its foot)
        spare = (top - bottom) - fitted.height
        grow = min((BAND_GROW_MAX_MM if points_on_front else BAND_GROW_MAX_MM + 12.0) * MM, max(0.0, spare * 0.45))
        if grow > 0:
            band_bottom -= grow
            top -= grow
            fitted = fit_lower(top, points_on_front)
    title_top = band_bottom + TITLE_GAP_MM * MM + fitted_title.height

    fill_box(canvas, Box(bleed.x0, band_bottom, bleed.x1, bleed.y1), palette.primary_color())
    fill_box(canvas, Box(bleed.x0, band_bottom - 1.8 * MM, bleed.x1, band_bottom), palette.accent_color())

    # header row: logo, organisation, campaign
    logo_size = 13.0 * MM
    logo_cx = left + logo_size / 2
    logo_cy = sheet.y_top(MARGIN_MM) - logo_size / 2
    canvas.setFillColor(white)
    canvas.circle(logo_cx, logo_cy, logo_size / 2 + 1.2 * MM, stroke=0, fill=1)
    draw_logo(canvas, campaign.logo_asset, palette, logo_cx, logo_cy, logo_size, logo_size,
              disc_radius=logo_size / 2 + 1.2 * MM)
    org_x = left + logo_size + 4.5 * MM
    org_width = left + width - org_x
    canvas.setFillColor(white)
    draw_line(canvas, campaign.organisation.upper(), "Bold", org_x, logo_cy + 1.2, org_width, 9.5,
              "the organisation", "the front header")
    draw_line(canvas, campaign.name, "Regular", org_x, logo_cy - 10.5, org_width, 8.5, "the campaign name",
              "the front header")

    rule_x = left
    badge_w = draw_badge(canvas, campaign, text, left, title_top + 4.2 * MM)
    if badge_w:
        rule_x = left + badge_w + 3.0 * MM
    canvas.setFillColor(palette.accent_color())
    rule_y = title_top + 4.2 * MM + (BADGE_H_MM - 1.6) / 2 * MM if badge_w else title_top + 5.5 * MM
    canvas.rect(rule_x, rule_y, 16 * MM, 1.6 * MM, stroke=0, fill=1)
    draw_stack(canvas, fitted_title.items, left, title_top, width)

    draw_stack(canvas, fitted.items, left, top, width)

    # hotline strip
    strip = Box(bleed.x0, bleed.y0, bleed.x1, sheet.y(FOOTER_MM))
    fill_box(canvas, strip, palette.primary_color(0.1))
    baseline = sheet.y(FOOTER_MM / 2) - 3.2
    canvas.setFillColor(palette.primary_color())
    canvas.setFont(font("Medium"), 9)
    label = "Tổng đài hỗ trợ "
    canvas.drawString(left, baseline, label)
    number_x = left + canvas.stringWidth(label, font("Medium"), 9) + 1.0
    hotline_size = draw_line(canvas, campaign.hotline, "ExtraBold", number_x, baseline - 0.3, width * 0.5, 12.5,
                             "the hotline", "the front hotline strip")
    website_x = number_x + canvas.stringWidth(campaign.hotline, font("ExtraBold"), hotline_size) + 6 * MM
    draw_line(canvas, short_url(campaign.website), "SemiBold", website_x, baseline, left + width - website_x, 9,
              "the website", "the front hotline strip", align="right")
    if settings.marks:
        draw_marks(canvas, sheet)
    return points_on_front


def draw_badge(canvas: Canvas, campaign: Campaign, text: Text, x: float, y: float) -> float:
    """The priority badge ("KHẨN CẤP" / "QUAN TRỌNG") with its lower-left corner at (x, y), in CMYK.

    Returns its width in points (0 for a normal text, which has none).
    """
    badge = priority_badge(text.priority, campaign.brand.accent)
    if badge is None:
        return 0.0
    size = 8.5
    pad = 2.6 * MM
    height = BADGE_H_MM * MM
    label_w = string_width(badge.label, "ExtraBold", size)
    width = label_w + 2 * pad
    canvas.saveState()
    canvas.setFillColor(to_reportlab(rgb_to_cmyk(*badge.fill)))
    canvas.roundRect(x, y, width, height, height / 2, stroke=0, fill=1)
    canvas.setFillColor(to_reportlab(WHITE if badge.text == (255, 255, 255) else BLACK))
    canvas.setFont(font("ExtraBold"), size)
    canvas.drawString(x + pad, y + height / 2 - size * 0.36, badge.label)
    canvas.restoreState()
    return width


def draw_back(canvas: Canvas, sheet: SheetGeometry, palette: Palette, campaign: Campaign, text: Text,
              settings: LeafletSettings, with_points: bool = True) -> None:
    """Back: running head, title, body, points box; contact band with hotline, website and QR."""
    left, width = _column(sheet)
    bleed = sheet.bleed_box

    # running head: campaign name over a hairline, accent tab
    head_y = sheet.y_top(MARGIN_MM) - 8
    where = "the back page's running head"
    name_size = line_size(campaign.name.upper(), "SemiBold", width, REVERSED_MIN_PT, IMPRINT_PT, "the campaign name",
                          where)
    # a long name set under 8 pt prints in K alone: small type from three inks blurs when the plates drift
    canvas.setFillColor(palette.primary_color() if name_size >= REVERSED_MIN_PT else palette.black)
    draw_line(canvas, campaign.name.upper(), "SemiBold", left, head_y, width, name_size, "the campaign name", where,
              min_pt=name_size)
    # the organisation on the right only when it fits beside the campaign name (it is in the contact band too)
    room = width - string_width(campaign.name.upper(), "SemiBold", name_size) - 8 * MM
    if string_width(campaign.organisation, "Regular", 8) <= room:
        canvas.setFont(font("Regular"), 8)
        canvas.drawRightString(left + width, head_y, campaign.organisation)
    canvas.setFillColor(palette.rule)
    canvas.rect(left, head_y - 3.0 * MM, width, 0.5, stroke=0, fill=1)
    canvas.setFillColor(palette.accent_color())
    canvas.rect(left, head_y - 3.0 * MM - 0.6, 16 * MM, 1.7, stroke=0, fill=1)

    top = head_y - 9.0 * MM
    band_top = sheet.y(CONTACT_BAND_MM)
    # the imprint sits on paper above the band's accent stripe, in grey (K only): small type reversed out
    # of the three-ink brand blue would fill in if the plates drift
    imprint = imprint_paragraph(campaign, settings, "flyer", "14,8 × 21", IMPRINT_PT, palette.grey)
    _, imprint_height = imprint.wrap(width, 1e6)
    imprint_bottom = band_top + (1.8 + 2.2) * MM
    imprint.drawOn(canvas, left, imprint_bottom)
    bottom = max(band_top + 8.0 * MM, imprint_bottom + imprint_height + 3.0 * MM)

    def body_stack(size: float) -> list[Stacked]:
        title_style = style("back-title", "Bold", size * 1.45, palette.primary_color(), leading=1.2)
        items = [Stacked(Paragraph(plain_markup(text.title), title_style), balance=True)]
        body = block_paragraphs(text.blocks, size, palette.black, palette.accent_color())
        if body:
            body[0].space_before = size * 1.1
        items.extend(body)
        if text.points and with_points:
            items.append(Stacked(points_box(text.points, size, palette), size * 1.4))
        return items

    fitted = fit_stack(body_stack, width, top - bottom, settings.max_body_pt, settings.min_body_pt, "body",
                       "the back page")
    if fitted.size_pt < settings.max_body_pt:
        log.info("%s: flyer body set at %g pt to fit", text.id, fitted.size_pt)
    draw_stack(canvas, fitted.items, left, top, width)

    draw_contact_band(canvas, sheet, palette, campaign, campaign.qr_target(text),
                      Box(bleed.x0, bleed.y0, bleed.x1, band_top), left, width, settings,
                      trim_size_cm="14,8 × 21", product="flyer", with_imprint=False)
    if settings.marks:
        draw_marks(canvas, sheet)


def draw_contact_band(canvas: Canvas, sheet: SheetGeometry, palette: Palette, campaign: Campaign, qr_target: str,
                      band: Box, left: float, width: float, settings: LeafletSettings, trim_size_cm: str,
                      scale: float = 1.0, product: str = "flyer", with_imprint: bool = True) -> None:
    """The brand-colour contact band: organisation, hotline large, website, QR on white, imprint line.

    Positions are millimetres down from the band's top edge (times `scale` for the poster). Every
    white text is at least 8 pt and not a light weight: it is reversed out of a multi-ink colour.
    `product` picks the print run the imprint states; without `with_imprint` the caller sets it elsewhere.
    """
    white = palette.white
    unit = MM * scale
    fill_box(canvas, band, palette.primary_color())
    fill_box(canvas, Box(band.x0, band.y1, band.x1, band.y1 + 1.8 * unit), palette.accent_color())

    qr_size = 24.0 * unit
    quiet = 3.0 * unit  # about four modules: the quiet zone scanners need
    qr_x = left + width - qr_size - quiet
    qr_top = band.y1 - 8.0 * unit
    canvas.setFillColor(white)
    canvas.roundRect(qr_x - quiet, qr_top - qr_size - quiet, qr_size + 2 * quiet, qr_size + 2 * quiet,
                     1.5 * unit, stroke=0, fill=1)
    draw_qr(canvas, qr_target, qr_x, qr_top - qr_size, qr_size, palette.black)
    canvas.setFillColor(white)
    canvas.setFont(font("Medium"), REVERSED_MIN_PT * scale)
    canvas.drawCentredString(qr_x + qr_size / 2, qr_top - qr_size - quiet - 3.6 * unit, "Quét mã để xem thêm")

    text_width = qr_x - quiet - 5.0 * unit - left
    where = "the contact band"
    draw_line(canvas, campaign.organisation, "Bold", left, band.y1 - 10.6 * unit, text_width, 10 * scale,
              "the organisation", where, min_pt=REVERSED_MIN_PT * scale)
    canvas.setFont(font("Regular"), 8.5 * scale)
    canvas.drawString(left, band.y1 - 17.4 * unit, "Tổng đài hỗ trợ")
    canvas.setFillColor(palette.accent_color())
    draw_line(canvas, campaign.hotline, "ExtraBold", left, band.y1 - 26.0 * unit, text_width, 23 * scale,
              "the hotline", where, min_pt=12 * scale)
    canvas.setFillColor(white)
    draw_line(canvas, short_url(campaign.website), "SemiBold", left, band.y1 - 32.6 * unit, text_width,
              10 * scale, "the website", where, min_pt=REVERSED_MIN_PT * scale)

    # the imprint stays left of the QR block, bottom-aligned 8 mm above the trim
    if not with_imprint:
        return
    imprint_bottom = sheet.y(8.0 * scale) - 1.5 * scale
    room = band.y1 - 36.0 * unit - imprint_bottom
    markup = imprint_markup(campaign, settings, product, trim_size_cm)
    # a long imprint (licence, printer, address) is set smaller, down to the reversed-type floor
    for size in size_steps(max(BAND_IMPRINT_PT * scale, REVERSED_MIN_PT), REVERSED_MIN_PT):
        imprint = imprint_at(markup, size, white, weight="Regular")
        _, imprint_height = imprint.wrap(text_width, 1e6)
        if imprint_height <= room:
            break
    else:
        raise Overflow("the imprint line (leaflets.imprint)", where, overflow_mm(imprint_height, room), size)
    imprint.drawOn(canvas, left, imprint_bottom)
