"""The A4 tri-fold (tờ gấp 3): 297 x 210 mm, two sides, panels of 97 / 100 / 100 mm.

Panel order (see geometry.TRIFOLD_PANEL_ORDER for the diagram): page 1 is the outside sheet
[flap 97 | back 100 | cover 100], page 2 the inside sheet [inside-left 100 | inside-middle 100 |
inside-flap 97]. The four text panels are, in reading order: the outside of the flap (seen first when
the cover is opened), then the three inside panels left to right. Text stays at least PANEL_MARGIN_MM
from every fold and trim edge; no text box ever spans a fold.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from pipeline.atomic import atomic_path
from pipeline.content import Campaign, Text
from pipeline.errors import RenderError
from pipeline.leaflets.blocks import KeyFigureGrid, figure_colors, points_box
from pipeline.leaflets.colors import Palette
from pipeline.leaflets.geometry import (
    A4_LANDSCAPE_MM,
    MM,
    TRIFOLD_TEXT_PANELS,
    Box,
    Panel,
    SheetGeometry,
    panel_bleed_box,
    sheet_geometry,
    trifold_folds_mm,
    trifold_panels,
    trifold_panel,
)
from pipeline.leaflets.printing import (
    IMPRINT_PT,
    binary_streams,
    draw_logo,
    draw_marks,
    draw_qr,
    fill_box,
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
    draw_line,
    draw_stack,
    fit_stack,
    font,
    line_size,
    overflow_mm,
    plain_markup,
    stack_height,
    string_width,
    style,
)
from pipeline.textwrap_pdf import breakable

log = logging.getLogger(__name__)

PANEL_MARGIN_MM = 9.0  # from trim and folds; the print rule is 5 mm, folding by hand is rarely exact
HEADER_MM = 60.0  # depth of the colour header of a text panel
FOOTER_MM = 15.0  # the tinted contact strip at the foot of the inside spread
TITLE_MAX_PT, TITLE_MIN_PT = 16.0, 12.0
SUMMARY_MAX_PT = 11.0
MAX_TEXTS = len(TRIFOLD_TEXT_PANELS)


def render_trifold(campaign: Campaign, texts: Sequence[Text], dest_path: Path | str,
                   settings: LeafletSettings) -> dict:
    """Render the campaign tri-fold with 1 to 4 texts on its text panels; returns the media dict."""
    texts = list(texts)
    if not 1 <= len(texts) <= MAX_TEXTS:
        raise RenderError(f"the tri-fold takes 1 to {MAX_TEXTS} texts, not {len(texts)}")
    sheet = sheet_geometry(A4_LANDSCAPE_MM, settings.marks)
    palette = Palette.from_brand(campaign.brand)
    # panel -> text, in reading order; panels without a text get a closing panel
    assignment = {panel: (index, texts[index] if index < len(texts) else None)
                  for index, panel in enumerate(TRIFOLD_TEXT_PANELS)}
    with atomic_path(dest_path) as tmp_path, binary_streams():
        canvas = new_canvas(tmp_path, sheet, f"{campaign.name} (tờ gấp)", campaign, subject=campaign.name)
        try:
            draw_sides(canvas, sheet, palette, campaign, texts, assignment, settings)
        except Overflow as exc:
            raise RenderError(f"tri-fold: {exc}; shorten it in campaign.yaml") from exc
        save_pdf(canvas, settings, build_moment(campaign, texts))
        media = media_info(canvas, sheet, pages=2)
    media["panels_mm"] = {"outside": [97, 100, 100], "inside": [100, 100, 97]}
    media["texts"] = [text.id for text in texts]
    return media


def draw_sides(canvas: Canvas, sheet: SheetGeometry, palette: Palette, campaign: Campaign, texts: list[Text],
               assignment: dict, settings: LeafletSettings) -> None:
    """Both sheets: page 1 outside (flap, back, cover), page 2 inside (three text panels)."""
    for side in ("outside", "inside"):
        if side == "inside":
            # one continuous header band across the inside spread: the three panels read as a set
            fill_box(canvas, Box(sheet.bleed_box.x0, sheet.y_top(HEADER_MM), sheet.bleed_box.x1,
                                 sheet.bleed_box.y1), palette.primary_color())
        for (panel_side, name), (index, text) in assignment.items():
            if panel_side != side:
                continue
            panel = trifold_panel(side, name)
            if text is None:
                draw_closing_panel(canvas, sheet, palette, campaign, panel)
                continue
            try:
                draw_text_panel(canvas, sheet, palette, text, panel, index + 1, settings)
            except Overflow as exc:
                raise RenderError(f"{text.id}: {exc} (tri-fold panel {index + 1}, {side} {name}); "
                                  f"shorten the summary or choose another text") from exc
        if side == "inside":
            draw_inside_footer(canvas, sheet, palette, campaign)
        if side == "outside":
            draw_cover(canvas, sheet, palette, campaign, texts, trifold_panel("outside", "cover"))
            draw_back_panel(canvas, sheet, palette, campaign, trifold_panel("outside", "back"), settings)
        if settings.marks:
            draw_marks(canvas, sheet, trifold_folds_mm(side))
        canvas.showPage()


def panel_column(sheet: SheetGeometry, panel: Panel) -> tuple[float, float]:
    """(left x, width) of a panel's text column in points: PANEL_MARGIN_MM clear of folds and trim."""
    return sheet.x(panel.x_mm + PANEL_MARGIN_MM), (panel.width_mm - 2 * PANEL_MARGIN_MM) * MM


def draw_text_panel(canvas: Canvas, sheet: SheetGeometry, palette: Palette, text: Text, panel: Panel,
                    number: int, settings: LeafletSettings) -> None:
    """A text panel: number and title on the colour header, then summary, key figures, points."""
    left, width = panel_column(sheet, panel)
    if panel.side == "outside":
        header = panel_bleed_box(sheet, panel)
        fill_box(canvas, Box(header.x0, sheet.y_top(HEADER_MM), header.x1, header.y1), palette.primary_color())
    white = palette.white

    canvas.setFillColor(palette.accent_color())
    canvas.setFont(font("ExtraBold"), 26)
    number_baseline = sheet.y_top(PANEL_MARGIN_MM + 12.0)
    canvas.drawString(left, number_baseline, f"{number:02d}")

    title_top = number_baseline - 7.0 * MM
    title_bottom = sheet.y_top(HEADER_MM - 7.0)

    def title_stack(size: float) -> list[Stacked]:
        title_style = style("panel-title", "Bold", size, white, leading=1.2)
        return [Stacked(Paragraph(plain_markup(text.title), title_style), balance=True)]

    fitted_title = fit_stack(title_stack, width, title_top - title_bottom, TITLE_MAX_PT, TITLE_MIN_PT, "title",
                             "its header")
    draw_stack(canvas, fitted_title.items, left, title_top, width)

    top = sheet.y_top(HEADER_MM + 8.0)
    bottom = sheet.y((FOOTER_MM if panel.side == "inside" else 0.0) + PANEL_MARGIN_MM + 2.0)
    figure_palette = figure_colors(palette)
    figures = tuple(text.key_figures)

    def content(figure_count: int, with_points: bool):
        def build(size: float) -> list[Stacked]:
            items = [Stacked(Paragraph(plain_markup(text.summary),
                                       style("panel-summary", "Regular", size, palette.black, leading=1.42)))]
            if figure_count:
                items.append(Stacked(KeyFigureGrid(figures[:figure_count], size * 2.8, max(9.0, size * 0.82),
                                                   figure_palette, max_columns=1, row_gap=4.5 * MM), 7.0 * MM))
            if with_points:
                points_pt = max(settings.min_body_pt, size * 0.93)
                items.append(Stacked(points_box(text.points, points_pt, palette, padding=4 * MM), 6.5 * MM))
            return items
        return build

    # What a panel carries, most first: up to two key figures and the points; then less, before giving up.
    variants = [(min(2, len(figures)), bool(text.points)), (min(1, len(figures)), bool(text.points))]
    variants.append((1, False) if figures else (0, bool(text.points)))
    last_error: Overflow | None = None
    for figure_count, with_points in dict.fromkeys(variants):
        part = "summary" + (" and key figure" if figure_count else "") + (" and points" if with_points else "")
        try:
            fitted = fit_stack(content(figure_count, with_points), width, top - bottom, SUMMARY_MAX_PT,
                               settings.min_body_pt, part, "its panel")
        except Overflow as exc:
            last_error = exc
            continue
        if (figure_count, with_points) != variants[0]:
            log.info("%s: tri-fold panel %d carries %d key figure(s)%s to fit", text.id, number, figure_count,
                     " and the points" if with_points else ", no points")
        draw_stack(canvas, fitted.items, left, top, width)
        return
    assert last_error is not None
    raise last_error


def draw_cover(canvas: Canvas, sheet: SheetGeometry, palette: Palette, campaign: Campaign, texts: Sequence[Text],
               panel: Panel) -> None:
    """The front cover: full brand colour, logo, organisation, campaign name, what is inside."""
    box = panel_bleed_box(sheet, panel)
    fill_box(canvas, box, palette.primary_color())
    left, width = panel_column(sheet, panel)
    white = palette.white

    logo_size = 30.0 * MM
    logo_cx = left + logo_size / 2
    logo_cy = sheet.y_top(PANEL_MARGIN_MM + 6.0) - logo_size / 2
    canvas.setFillColor(white)
    canvas.circle(logo_cx, logo_cy, logo_size / 2 + 2.0 * MM, stroke=0, fill=1)
    draw_logo(canvas, campaign.logo_asset, palette, logo_cx, logo_cy, logo_size, logo_size,
              disc_radius=logo_size / 2 + 2.0 * MM)

    # what is inside: the numbered titles, anchored to the foot of the cover
    entry_style = style("cover-entry", "Medium", 9.0, white, leading=1.3, left_indent=8.0 * MM)
    entry_style.bulletFontName = font("ExtraBold")
    entry_style.bulletColor = palette.accent_color()
    contents = [Stacked(Paragraph("TRONG TỜ GẤP NÀY", style("cover-inside", "SemiBold", 8.0, white, leading=1.3)))]
    contents += [Stacked(Paragraph(plain_markup(text.title), entry_style, bulletText=f"{n:02d}"),
                         3.5 * MM if n == 1 else 3.0 * MM) for n, text in enumerate(texts, 1)]
    contents_top = sheet.y(PANEL_MARGIN_MM + 3.0) + stack_height(contents, width)
    draw_stack(canvas, contents, left, contents_top, width)

    # organisation and campaign name between the logo and the contents, the name as large as fits
    top = logo_cy - logo_size / 2 - 12.0 * MM
    room = top - contents_top - 14.0 * MM  # the accent rule and white space above the contents

    def name_stack(size: float) -> list[Stacked]:
        org_style = style("cover-org", "Bold", 9.5, white, leading=1.3)
        name_style = style("cover-name", "ExtraBold", size, white, leading=1.12)
        return [Stacked(Paragraph(plain_markup(campaign.organisation.upper()), org_style)),
                Stacked(Paragraph(plain_markup(campaign.name), name_style), 4.0 * MM, balance=True)]

    fitted = fit_stack(name_stack, width, room, 25.0, 14.0, "the campaign name", "the cover")
    bottom = draw_stack(canvas, fitted.items, left, top, width)
    canvas.setFillColor(palette.accent_color())
    canvas.rect(left, bottom - 7.0 * MM, 18 * MM, 1.8 * MM, stroke=0, fill=1)


def draw_back_panel(canvas: Canvas, sheet: SheetGeometry, palette: Palette, campaign: Campaign, panel: Panel,
                    settings: LeafletSettings) -> None:
    """The back: contacts, hotline large, QR to the website, imprint."""
    left, width = panel_column(sheet, panel)
    center = left + width / 2
    top = sheet.y_top(PANEL_MARGIN_MM + 16.0)
    canvas.setFillColor(palette.primary_color())
    canvas.setFont(font("SemiBold"), 8.5)
    canvas.drawCentredString(center, top, "LIÊN HỆ VÀ TƯ VẤN")
    canvas.setFillColor(palette.accent_color())
    canvas.rect(center - 8 * MM, top - 4.0 * MM, 16 * MM, 1.6, stroke=0, fill=1)

    where = "the back panel"
    canvas.setFillColor(palette.black)
    draw_line(canvas, campaign.organisation, "Bold", left, top - 14.0 * MM, width, 12, "the organisation", where,
              align="centre")
    canvas.setFillColor(palette.grey)
    canvas.setFont(font("Regular"), 9.5)
    canvas.drawCentredString(center, top - 25.0 * MM, "Tổng đài hỗ trợ")
    canvas.setFillColor(palette.primary_color())
    draw_line(canvas, campaign.hotline, "ExtraBold", left, top - 36.0 * MM, width, 28, "the hotline", where,
              min_pt=14, align="centre")
    canvas.setFillColor(palette.black)
    draw_line(canvas, short_url(campaign.website), "SemiBold", left, top - 46.0 * MM, width, 11, "the website",
              where, align="centre")

    qr_size = 36.0 * MM
    qr_y = top - 60.0 * MM - qr_size
    canvas.setStrokeColor(palette.rule)
    canvas.setLineWidth(0.6)
    quiet = 4.0 * MM
    canvas.roundRect(center - qr_size / 2 - quiet, qr_y - quiet, qr_size + 2 * quiet, qr_size + 2 * quiet,
                     2.0 * MM, stroke=1, fill=0)
    draw_qr(canvas, campaign.website, center - qr_size / 2, qr_y, qr_size, palette.black)
    canvas.setFillColor(palette.grey)
    canvas.setFont(font("Regular"), 8.5)
    canvas.drawCentredString(center, qr_y - quiet - 5.0 * MM, "Quét mã để truy cập cổng thông tin")

    imprint = imprint_paragraph(campaign, settings, "trifold", "29,7 × 21", IMPRINT_PT, palette.grey,
                                alignment=TA_CENTER)
    _, height = imprint.wrap(width, 1e6)
    room = qr_y - quiet - 9.0 * MM - sheet.y(PANEL_MARGIN_MM)
    if height > room:
        raise Overflow("the imprint line (leaflets.imprint)", "the back panel", overflow_mm(height, room), IMPRINT_PT)
    imprint.drawOn(canvas, left, sheet.y(PANEL_MARGIN_MM))


def draw_inside_footer(canvas: Canvas, sheet: SheetGeometry, palette: Palette, campaign: Campaign) -> None:
    """A tinted strip across the foot of the inside spread; organisation, hotline and website, one per panel."""
    bleed = sheet.bleed_box
    fill_box(canvas, Box(bleed.x0, bleed.y0, bleed.x1, sheet.y(FOOTER_MM)), palette.primary_color(0.1))
    baseline = sheet.y(FOOTER_MM / 2) - 3.0
    left_panel, middle_panel, right_panel = trifold_panels("inside")
    where = "the inside footer"
    x, width = panel_column(sheet, left_panel)
    canvas.setFillColor(palette.primary_color())
    draw_line(canvas, campaign.organisation, "Bold", x, baseline, width, 9, "the organisation", where)
    x, width = panel_column(sheet, middle_panel)
    label = "Tổng đài "
    label_width = string_width(label, "Medium", 9)
    number_size = line_size(campaign.hotline, "ExtraBold", width - label_width, 12, 8, "the hotline", where)
    number_width = string_width(campaign.hotline, "ExtraBold", number_size)
    start = x + (width - label_width - number_width) / 2
    canvas.setFont(font("Medium"), 9)
    canvas.drawString(start, baseline, label)
    canvas.setFont(font("ExtraBold"), number_size)
    canvas.drawString(start + label_width, baseline - 0.3, campaign.hotline)
    x, width = panel_column(sheet, right_panel)
    draw_line(canvas, short_url(campaign.website), "SemiBold", x, baseline, width, 9, "the website", where,
              align="right")


def draw_closing_panel(canvas: Canvas, sheet: SheetGeometry, palette: Palette, campaign: Campaign,
                       panel: Panel) -> None:
    """A panel without a text (campaigns with fewer than four): the emblem and where to learn more."""
    left, width = panel_column(sheet, panel)
    center = left + width / 2
    draw_logo(canvas, campaign.logo_asset, palette, center, sheet.y(105.0), 34 * MM, 34 * MM)
    name = breakable(Paragraph(plain_markup(campaign.name), style("closing-name", "Bold", 13,
                                                                  palette.primary_color(), leading=1.25)))
    name.style.alignment = TA_CENTER
    _, height = name.wrap(width, 1e6)
    name.drawOn(canvas, left, sheet.y(72.0) - height)
    canvas.setFillColor(palette.black)
    canvas.setFont(font("Regular"), 9.5)
    canvas.drawCentredString(center, sheet.y(40.0), "Tìm hiểu thêm tại")
    draw_line(canvas, short_url(campaign.website), "SemiBold", left, sheet.y(33.0), width, 10.5, "the website",
              "a closing panel", align="centre")
