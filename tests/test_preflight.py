"""Preflight: passes good leaflets and fails each kind of bad PDF a print shop would reject, saying why."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from reportlab.lib.colors import CMYKColor
from reportlab.pdfgen.canvas import Canvas

from conftest import make_campaign
from pipeline.leaflets import LeafletSettings, format_report, render_flyer
from pipeline.leaflets.preflight import preflight
from pipeline.leaflets.geometry import MM, sheet_geometry
from pipeline.leaflets.pdfx import make_pdfx
from pipeline.leaflets.preflight import gap_to_fold, multiply, placed_ppi
from pipeline.leaflets.typeset import font, register_fonts

K100 = CMYKColor(0, 0, 0, 1)


def make_pdf(path: Path, draw, trim_mm=(148.0, 210.0), bleed_mm: float = 3.0, boxes: bool = True,
             ttf: bool = True, pages: int = 1) -> Path:
    """A small PDF with proper boxes (unless told otherwise) and whatever `draw(canvas, sheet, page)` puts on it."""
    register_fonts()
    sheet = sheet_geometry(trim_mm, marks=True, bleed_mm=bleed_mm)
    options = dict(pagesize=sheet.media_size, invariant=True)
    if boxes:
        options.update(trimBox=sheet.trim_box.as_list(), bleedBox=sheet.bleed_box.as_list())
    if ttf:
        options["initialFontName"] = font("Regular")
    canvas = Canvas(str(path), **options)
    for page in range(pages):
        draw(canvas, sheet, page)
        canvas.showPage()
    canvas.save()
    make_pdfx(path)  # as a shop's PDF/X export would leave it: the checks below judge the content
    return path


def cmyk_text(canvas, sheet, page, x_mm=20.0, y_mm=100.0, text="Bảo hiểm xã hội"):
    """Black (100 % K) text in Be Vietnam Pro at a position from the trim's lower-left corner."""
    canvas.setFillColor(K100)
    canvas.setFont(font("Regular"), 10)
    canvas.drawString(sheet.x(x_mm), sheet.y(y_mm), text)


def failed(report) -> dict[str, str]:
    """name -> detail of the failed checks."""
    return {check.name: check.detail for check in report.checks if not check.ok}


@pytest.fixture(scope="module")
def good_flyer(tmp_path_factory) -> Path:
    campaign = make_campaign()
    path = tmp_path_factory.mktemp("good") / "flyer.pdf"
    render_flyer(campaign, campaign.texts[0], path, LeafletSettings())
    return path


def test_a_rendered_flyer_passes_every_check(good_flyer):
    report = preflight(good_flyer)
    assert report.ok, failed(report)
    assert [c.name for c in report.checks] == ["boxes", "trim size", "pdfx", "fonts", "glyphs", "colour", "images",
                                               "ink", "black text", "overprint", "transparency", "rotation",
                                               "annotations", "layers", "actions", "hairlines", "small text", "bleed",
                                               "folds", "safe zone"]
    summary = report.as_dict()
    assert summary["result"] == "pass" and summary["checks"]["boxes"]["ok"] is True


def test_a_minimal_correct_pdf_passes(tmp_path):
    report = preflight(make_pdf(tmp_path / "ok.pdf", cmyk_text))
    assert report.ok, failed(report)


def test_rgb_colour_fails_the_colour_check_only(tmp_path):
    def draw(canvas, sheet, page):
        canvas.setFillColorRGB(0.04, 0.37, 0.65)
        canvas.rect(sheet.x(10), sheet.y(10), 50, 50, stroke=0, fill=1)
        cmyk_text(canvas, sheet, page)

    report = preflight(make_pdf(tmp_path / "rgb.pdf", draw))
    problems = failed(report)
    assert set(problems) == {"colour"}
    assert "rg uses RGB" in problems["colour"]


def test_rgb_image_fails_the_image_check(tmp_path):
    image = Image.new("RGB", (600, 600), (200, 30, 30))

    def draw(canvas, sheet, page):
        canvas.drawInlineImage(image, sheet.x(20), sheet.y(20), 20 * MM, 20 * MM)  # inline: BI ... EI
        canvas.drawImage(_reader(image), sheet.x(60), sheet.y(20), 20 * MM, 20 * MM)  # XObject

    problems = failed(preflight(make_pdf(tmp_path / "rgb-image.pdf", draw)))
    assert "images" in problems
    assert "inline image is RGB" in problems["images"] and "is RGB" in problems["images"]


def test_low_resolution_image_fails_with_its_ppi(tmp_path):
    image = Image.new("CMYK", (100, 100), (0, 0, 0, 128))

    def draw(canvas, sheet, page):
        canvas.drawImage(_reader(image), sheet.x(20), sheet.y(20), 50 * MM, 50 * MM)

    problems = failed(preflight(make_pdf(tmp_path / "lowres.pdf", draw)))
    assert set(problems) == {"images"}
    assert "51 ppi" in problems["images"]  # 100 px over 50 mm


def test_missing_trimbox_fails_the_box_check(good_flyer, tmp_path):
    path = tmp_path / "notrim.pdf"
    with pikepdf.open(good_flyer) as pdf:
        for page in pdf.pages:
            del page.obj["/TrimBox"]
        pdf.save(path)
    problems = failed(preflight(path))
    assert "boxes" in problems and "no /TrimBox" in problems["boxes"]


def test_no_boxes_at_all_fails(tmp_path):
    problems = failed(preflight(make_pdf(tmp_path / "noboxes.pdf", cmyk_text, boxes=False)))
    assert "no /TrimBox and no /BleedBox" in problems["boxes"]


def test_wrong_bleed_fails(tmp_path):
    problems = failed(preflight(make_pdf(tmp_path / "bleed2.pdf", cmyk_text, bleed_mm=2.0)))
    assert set(problems) == {"boxes"}
    assert "bleed must be 3 mm each side, is 2.0/2.0/2.0/2.0 mm" in problems["boxes"]


def test_unembedded_helvetica_fails_the_font_check(tmp_path):
    def draw(canvas, sheet, page):
        canvas.setFillColor(K100)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(sheet.x(20), sheet.y(100), "Hello")

    problems = failed(preflight(make_pdf(tmp_path / "helvetica.pdf", draw, ttf=False)))
    assert "fonts" in problems
    assert "Helvetica not embedded (standard-14 font)" in problems["fonts"]


def test_text_in_the_bleed_fails_the_safe_zone(tmp_path):
    # starts 2 mm left of the trim: in the bleed, cut away by the guillotine
    problems = failed(preflight(make_pdf(tmp_path / "edge.pdf",
                                         lambda c, s, p: cmyk_text(c, s, p, x_mm=-2.0, text="Lề"))))
    assert set(problems) == {"safe zone"}
    assert re.search(r"page 1: 'Lề' is -1\.\d mm from the trim", problems["safe zone"])


def test_text_near_the_top_trim_fails_and_inside_passes(tmp_path):
    near = make_pdf(tmp_path / "top.pdf", lambda c, s, p: cmyk_text(c, s, p, y_mm=207.0))
    assert "safe zone" in failed(preflight(near))
    inside = make_pdf(tmp_path / "in.pdf", lambda c, s, p: cmyk_text(c, s, p, x_mm=6.0, y_mm=10.0))
    assert preflight(inside).ok


def test_text_across_a_trifold_fold_fails(tmp_path):
    # page 2 (inside) folds at 100 and 200 mm; text from 96 mm runs across the first fold
    def draw(canvas, sheet, page):
        cmyk_text(canvas, sheet, page, x_mm=96.0 if page == 1 else 20.0, text="Gấp giữa chữ")

    problems = failed(preflight(make_pdf(tmp_path / "fold.pdf", draw, trim_mm=(297.0, 210.0), pages=2)))
    assert set(problems) == {"safe zone"}
    assert "page 2" in problems["safe zone"] and "from a fold" in problems["safe zone"]
    # the same text on the outside sheet, where the folds are at 97 and 197 mm, is too near 97 as well
    outside = make_pdf(tmp_path / "fold1.pdf", lambda c, s, p: cmyk_text(c, s, p, x_mm=100.0 if p == 0 else 20.0),
                       trim_mm=(297.0, 210.0), pages=2)
    assert "page 1" in failed(preflight(outside))["safe zone"]
    # explicit folds override the guess: none at all makes it pass
    assert preflight(tmp_path / "fold.pdf", folds_mm={}).ok


def test_ink_over_300_percent_inside_the_bleed_fails_but_not_in_the_slug(tmp_path):
    def heavy(canvas, sheet, page):
        canvas.setFillColor(CMYKColor(1, 1, 1, 1))  # registration-style 400 %
        canvas.rect(sheet.x(20), sheet.y(20), 30, 30, stroke=0, fill=1)

    problems = failed(preflight(make_pdf(tmp_path / "ink.pdf", heavy)))
    assert set(problems) == {"ink"}
    assert "total ink 400 %" in problems["ink"]

    def in_slug(canvas, sheet, page):
        canvas.setStrokeColor(CMYKColor(1, 1, 1, 1))
        canvas.line(sheet.trim_box.x0 - 8 * MM, sheet.trim_box.y0, sheet.trim_box.x0 - 5 * MM, sheet.trim_box.y0)
        cmyk_text(canvas, sheet, page)

    assert preflight(make_pdf(tmp_path / "slug.pdf", in_slug)).ok


def test_rich_black_text_fails(tmp_path):
    def draw(canvas, sheet, page):
        canvas.setFillColor(CMYKColor(0.6, 0.4, 0.4, 1))
        canvas.setFont(font("Regular"), 10)
        canvas.drawString(sheet.x(20), sheet.y(100), "Chữ đen bốn màu")

    problems = failed(preflight(make_pdf(tmp_path / "rich.pdf", draw)))
    assert set(problems) == {"black text"}


def test_not_a_pdf_is_reported_not_raised(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"this is not a PDF")
    report = preflight(path)
    assert not report.ok and report.checks[0].name == "file"


def test_format_report_shows_a_row_per_pdf_and_the_reasons(good_flyer, tmp_path):
    bad = make_pdf(tmp_path / "bleed2.pdf", cmyk_text, bleed_mm=2.0)
    table = format_report([preflight(good_flyer), preflight(bad)], root=tmp_path)
    lines = table.splitlines()
    assert lines[0].split()[:2] == ["PDF", "boxes"]
    good_row = next(line for line in lines if line.startswith(str(good_flyer)))
    bad_row = next(line for line in lines if line.startswith("bleed2.pdf "))
    assert good_row.split()[-1] == "pass" and bad_row.split()[-1] == "FAIL"
    assert "bleed2.pdf: boxes: page 1: bleed must be 3 mm" in table
    assert lines[-1] == "1 of 2 PDF(s) pass preflight"


def test_matrix_maths():
    scale_then_move = multiply((2, 0, 0, 2, 0, 0), (1, 0, 0, 1, 10, 20))
    assert scale_then_move == (2, 0, 0, 2, 10, 20)
    assert placed_ppi(300, 300, (72, 0, 0, 72, 0, 0)) == 300  # 300 px over one inch
    assert placed_ppi(300, 600, (144, 0, 0, 72, 0, 0)) == 150
    assert gap_to_fold(10, 20, 25) == 5 and gap_to_fold(30, 40, 25) == 5 and gap_to_fold(20, 30, 25) == -5


def _reader(image: Image.Image):
    from reportlab.lib.utils import ImageReader

    return ImageReader(image)


def test_image_ink_is_judged_per_image_content_though_remembered_in_the_process(tmp_path):
    """Preflight remembers an image's ink by its content (the logo of every PDF of a build is decoded once): an
    image with the very same dictionary (size, length, filters) whose pixels differ, one pixel at 400 %, still
    fails; the light one passes before and after it."""
    light = Image.new("CMYK", (400, 400), (40, 30, 20, 60))
    heavy = light.copy()
    heavy.putpixel((200, 200), (255, 255, 255, 255))

    def draw(canvas, sheet, page):
        canvas.drawImage(_reader(light), sheet.x(20), sheet.y(40), 25 * MM, 25 * MM)

    source = make_pdf(tmp_path / "source.pdf", draw)

    def with_pixels(image, name: str) -> Path:
        with pikepdf.open(source) as pdf:
            stream = next(obj for obj in pdf.objects
                          if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image")
            stream.write(zlib.compress(image.tobytes(), 0), filter=pikepdf.Name.FlateDecode)  # stored: same length
            pdf.save(tmp_path / name)
        return tmp_path / name

    assert preflight(with_pixels(light, "light.pdf")).ok
    heavy_pdf = with_pixels(heavy, "heavy.pdf")
    assert heavy_pdf.stat().st_size == (tmp_path / "light.pdf").stat().st_size
    problems = failed(preflight(heavy_pdf))
    assert set(problems) == {"ink"} and "total ink 400 %" in problems["ink"]
    assert preflight(with_pixels(light, "light-again.pdf")).ok
