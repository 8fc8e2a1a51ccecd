"""The A5 flyer (tờ rơi), drawn from its print templates: front = title, summary, key figures
(pipeline/templates/builtin/flyer-front.yaml); back = body, points, imprint, contacts and QR (flyer-back.yaml).
A campaign changes either with its own templates/flyer-front.yaml or flyer-back.yaml (`extends:` allowed).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from pipeline.content import Campaign, Text
from pipeline.leaflets.colors import Palette
from pipeline.leaflets.geometry import MM, Box, SheetGeometry
from pipeline.leaflets.printing import REVERSED_MIN_PT, draw_qr, fill_box, imprint_at, imprint_markup, short_url
from pipeline.leaflets.settings import LeafletSettings
from pipeline.leaflets.typeset import Overflow, draw_line, font, overflow_mm, size_steps

BAND_IMPRINT_PT = 6.5  # times the poster's scale: 12.4 pt on the A3 poster

FRONT, BACK = "flyer-front", "flyer-back"  # the templates of the flyer's two pages


def render_flyer(campaign: Campaign, text: Text, dest_path: Path | str, settings: LeafletSettings) -> dict:
    """Render the two-page A5 flyer of `text` from its templates (flyer-front, flyer-back) to `dest_path`;
    returns the manifest's media dict (with the fit events of both pages).

    The points the front shows (a text without key figures, when they fit there) are not repeated on the back.
    """
    from pipeline.leaflets.pages import lay_out, page_data, print_template, render_pages

    front, back = print_template(campaign, FRONT), print_template(campaign, BACK)
    front_data = page_data(campaign, text, settings, "flyer", front)
    on_front = any(item.field and item.field.startswith("points[") for item in lay_out(front, front_data).items)
    back_data = page_data(campaign, text, settings, "flyer", back, **({"points": []} if on_front else {}))
    return render_pages(campaign, [(front, front_data), (back, back_data)], dest_path, settings, text.title, (text,),
                        "flyer", text.id)


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
