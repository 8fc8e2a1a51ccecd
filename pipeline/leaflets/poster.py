"""The optional A3 poster (297 x 420 mm) per text: the infographic content, all vector, at print size.

Title, summary, key figures and points (the body stays on the flyer: a poster is read from a few metres).
"""

from __future__ import annotations

import logging
from pathlib import Path

from reportlab.platypus import Paragraph

from pipeline.atomic import atomic_path
from pipeline.content import Campaign, Text
from pipeline.errors import RenderError
from pipeline.leaflets.blocks import KeyFigureGrid, figure_colors, points_box
from pipeline.leaflets.colors import Palette
from pipeline.leaflets.flyer import draw_contact_band
from pipeline.leaflets.geometry import A3_MM, MM, Box, sheet_geometry
from pipeline.leaflets.printing import (binary_streams, build_moment, draw_logo, draw_marks, fill_box, media_info,
                                       new_canvas, save_pdf)
from pipeline.leaflets.settings import LeafletSettings
from pipeline.leaflets.typeset import Overflow, Stacked, draw_line, draw_stack, fit_stack, plain_markup, style

log = logging.getLogger(__name__)

MARGIN_MM = 22.0
TITLE_MAX_PT, TITLE_MIN_PT = 56.0, 34.0
TITLE_ROOM_MM = 110.0
BAND_MIN_MM = 128.0
TITLE_GAP_MM = 18.0
LEAD_MAX_PT = 24.0
POSTER_MIN_PT = 14.0  # read from a distance: the poster's floor is well above the leaflet minimum
CONTACT_BAND_MM = 50.0 * 1.9
SCALE = 1.9  # of the flyer's contact band


def render_poster(campaign: Campaign, text: Text, dest_path: Path | str, settings: LeafletSettings) -> dict:
    """Render the one-page A3 poster of `text`; returns the manifest's media dict."""
    sheet = sheet_geometry(A3_MM, settings.marks)
    palette = Palette.from_brand(campaign.brand)
    left, width = sheet.x(MARGIN_MM), (sheet.trim_w_mm - 2 * MARGIN_MM) * MM
    bleed = sheet.bleed_box
    white = palette.white
    with atomic_path(dest_path) as tmp_path, binary_streams():
        canvas = new_canvas(tmp_path, sheet, text.title, campaign, subject=campaign.name)
        try:
            def title_stack(size: float) -> list[Stacked]:
                title_style = style("poster-title", "ExtraBold", size, white, leading=1.1)
                return [Stacked(Paragraph(plain_markup(text.title), title_style), balance=True)]

            fitted_title = fit_stack(title_stack, width, TITLE_ROOM_MM * MM, TITLE_MAX_PT, TITLE_MIN_PT, "title",
                                     "the poster band")
            header_bottom = sheet.y_top(MARGIN_MM + 24.0 + 24.0)
            band_bottom = min(sheet.y_top(BAND_MIN_MM), header_bottom - fitted_title.height - TITLE_GAP_MM * MM)
            title_top = band_bottom + TITLE_GAP_MM * MM + fitted_title.height
            fill_box(canvas, Box(bleed.x0, band_bottom, bleed.x1, bleed.y1), palette.primary_color())
            fill_box(canvas, Box(bleed.x0, band_bottom - 3 * MM, bleed.x1, band_bottom), palette.accent_color())

            logo_size = 24 * MM
            logo_cx, logo_cy = left + logo_size / 2, sheet.y_top(MARGIN_MM) - logo_size / 2
            canvas.setFillColor(white)
            canvas.circle(logo_cx, logo_cy, logo_size / 2 + 2 * MM, stroke=0, fill=1)
            draw_logo(canvas, campaign.logo_asset, palette, logo_cx, logo_cy, logo_size, logo_size,
                      disc_radius=logo_size / 2 + 2 * MM)
            canvas.setFillColor(white)
            org_x = left + logo_size + 8 * MM
            draw_line(canvas, campaign.organisation.upper(), "Bold", org_x, logo_cy + 2, left + width - org_x, 17,
                      "the organisation", "the poster header")
            draw_line(canvas, campaign.name, "Regular", org_x, logo_cy - 18, left + width - org_x, 15,
                      "the campaign name", "the poster header")
            canvas.setFillColor(palette.accent_color())
            canvas.rect(left, title_top + 9 * MM, 30 * MM, 3 * MM, stroke=0, fill=1)
            draw_stack(canvas, fitted_title.items, left, title_top, width)

            top = band_bottom - 3 * MM - 16 * MM
            bottom = sheet.y(CONTACT_BAND_MM + 14.0)
            figure_palette = figure_colors(palette)

            def content(size: float) -> list[Stacked]:
                items = [Stacked(Paragraph(plain_markup(text.summary),
                                           style("poster-lead", "Medium", size, palette.black, leading=1.38)))]
                if text.key_figures:
                    items.append(Stacked(KeyFigureGrid(text.key_figures, size * 3.3, size * 0.8, figure_palette,
                                                       max_columns=2, gap=14 * MM, row_gap=12 * MM,
                                                       value_min_pt=24), 16 * MM))
                if text.points:
                    items.append(Stacked(points_box(text.points, size * 0.85, palette, padding=9 * MM), 14 * MM))
                return items

            fitted = fit_stack(content, width, top - bottom, LEAD_MAX_PT, max(POSTER_MIN_PT, settings.min_body_pt),
                               "summary, key figures and points", "the poster")
            draw_stack(canvas, fitted.items, left, top, width)
            draw_contact_band(canvas, sheet, palette, campaign, campaign.qr_target(text),
                              Box(bleed.x0, bleed.y0, bleed.x1, sheet.y(CONTACT_BAND_MM)), left, width, settings,
                              trim_size_cm="29,7 × 42", scale=SCALE, product="poster")
        except Overflow as exc:
            raise RenderError(f"{text.id}: {exc} (A3 poster); shorten the text") from exc
        if settings.marks:
            draw_marks(canvas, sheet)
        canvas.showPage()
        save_pdf(canvas, settings, build_moment(campaign, (text,)))
        media = media_info(canvas, sheet, pages=1)
    return media
