"""Preflight against the faults a shop finds at intake: each broken file is built as a shop's would be
(a good leaflet edited with pikepdf, or a ReportLab file drawn wrong), and must fail the named check;
the good files (every product, PDF/X-1a, registration marks in /All) must pass every check."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from reportlab.lib.colors import CMYKColor, CMYKColorSep
from reportlab.lib.utils import ImageReader

from conftest import make_campaign, make_text
from pipeline.leaflets import LeafletSettings, render_flyer, render_poster, render_trifold
from pipeline.leaflets.preflight import preflight
from pipeline.leaflets.geometry import MM
from pipeline.leaflets.pdfx import make_pdfx
from pipeline.leaflets.typeset import font
from test_preflight import cmyk_text, failed, make_pdf

BLUE_3_INKS = CMYKColor(0.93, 0.58, 0.0, 0.08)
WHITE = CMYKColor(0, 0, 0, 0)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The pipeline's own flyer, tri-fold and poster, and a PDF/X-1a flyer."""
    folder = tmp_path_factory.mktemp("built")
    campaign = make_campaign(texts=(make_text(), make_text("thai-san", title="Thai sản tự nguyện")))
    paths = {"flyer": folder / "flyer.pdf", "trifold": folder / "trifold.pdf", "poster": folder / "a-poster.pdf",
             "x1a": folder / "flyer-x1a.pdf"}
    render_flyer(campaign, campaign.texts[0], paths["flyer"], LeafletSettings())
    render_trifold(campaign, campaign.texts, paths["trifold"], LeafletSettings())
    render_poster(campaign, campaign.texts[0], paths["poster"], LeafletSettings(quantity={"poster": 200}))
    render_flyer(campaign, campaign.texts[0], paths["x1a"], LeafletSettings.from_mapping({"pdfx": "x1a"}))
    return paths


def edited(source: Path, dest: Path, edit) -> Path:
    """A copy of `source` changed by `edit(pdf)` with pikepdf, as a shop's editing tool would save it."""
    with pikepdf.open(source) as pdf:
        edit(pdf)
        pdf.save(dest)
    return dest


# ------------------------------------------------------------------------------------- good files

@pytest.mark.parametrize("name", ["flyer", "trifold", "poster", "x1a"])
def test_every_product_the_pipeline_makes_passes(built, name):
    product = {"x1a": "flyer"}.get(name, name)
    report = preflight(built[name], product=product, brand={"primary": "#0B5FA5", "accent": "#F5A623"})
    assert report.ok, failed(report)
    checks = {check.name: check.detail for check in report.checks}
    assert checks["pdfx"].startswith("PDF/X-1a:2001, PDF 1.3" if name == "x1a" else "PDF/X-4, PDF 1.6")
    assert "primary #0B5FA5 ΔE76" in checks["brand colour"]


def test_registration_marks_in_all_are_no_false_alarm(tmp_path):
    registration = CMYKColorSep(1, 1, 1, 1, spotName="All")

    def draw(canvas, sheet, page):
        canvas.setStrokeColor(registration)
        canvas.setLineWidth(0.25)
        trim = sheet.trim_box
        for x in (trim.x0, trim.x1):  # crop marks in the slug, beyond the 3 mm bleed
            canvas.line(x, trim.y0 - 6 * MM, x, trim.y0 - 11 * MM)
        cmyk_text(canvas, sheet, page)

    path = make_pdf(tmp_path / "marks-all.pdf", draw)
    with pikepdf.open(path) as pdf:
        assert any("/All" in str(space) for space in pdf.pages[0].Resources.ColorSpace.values())
    report = preflight(path)
    assert report.ok, failed(report)


# -------------------------------------------------------------------------------------- broken files

def _wrong_trim(tmp_path, built):
    return make_pdf(tmp_path / "a5-but-150.pdf", cmyk_text, trim_mm=(150.0, 210.0)), {}


def _trifold_at_a5(tmp_path, built):
    return make_pdf(tmp_path / "trifold.pdf", cmyk_text, trim_mm=(148.0, 210.0), pages=2), {}


def _poster_at_a4(tmp_path, built):
    return make_pdf(tmp_path / "poster.pdf", cmyk_text, trim_mm=(210.0, 297.0)), {"product": "poster"}


def _short_of_bleed(tmp_path, built):
    def draw(canvas, sheet, page):  # a band drawn to the trim edge, as if the bleed were forgotten
        canvas.setFillColor(BLUE_3_INKS)
        trim = sheet.trim_box
        canvas.rect(trim.x0, trim.y1 - 40 * MM, trim.width, 40 * MM, stroke=0, fill=1)
        cmyk_text(canvas, sheet, page)
    return make_pdf(tmp_path / "short.pdf", draw), {}


def half_transparent_box(canvas, sheet, page):
    """A 50 % opaque colour box (fill alpha in an ExtGState), as a designer's drop of opacity makes it."""
    canvas.setFillColor(BLUE_3_INKS)
    canvas.setFillAlpha(0.5)
    canvas.rect(sheet.x(20), sheet.y(20), 40 * MM, 40 * MM, stroke=0, fill=1)
    canvas.setFillAlpha(1)
    cmyk_text(canvas, sheet, page)


def _transparency_in_x1a(tmp_path, built):
    path = make_pdf(tmp_path / "alpha.pdf", half_transparent_box)
    make_pdfx(path, "x1a")
    return path, {}


def _soft_mask_in_x1a(tmp_path, built):
    image = ImageReader(Image.new("CMYK", (400, 400), (10, 60, 0, 0)))

    def draw(canvas, sheet, page):
        canvas.drawImage(image, sheet.x(20), sheet.y(20), 30 * MM, 30 * MM)
        cmyk_text(canvas, sheet, page)

    path = make_pdf(tmp_path / "smask.pdf", draw)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:  # a vignette's soft mask, as exported
        for image_obj in pdf.pages[0].Resources.XObject.values():
            mask = pikepdf.Stream(pdf, bytes(range(256)) * 4)
            mask.Type, mask.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
            mask.Width, mask.Height, mask.BitsPerComponent = 32, 32, 8
            mask.ColorSpace = pikepdf.Name.DeviceGray
            image_obj.SMask = mask
        pdf.save(path)
    make_pdfx(path, "x1a")
    return path, {}


def _rotated(tmp_path, built):
    def rotate(pdf):
        pdf.pages[1].Rotate = 90
    return edited(built["flyer"], tmp_path / "rotated.pdf", rotate), {}


def _printable_annotation(tmp_path, built):
    def annotate(pdf):  # a reviewer's red box left in the file, set to print
        page = pdf.pages[0]
        page.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Square, Rect=[100, 100, 200, 200], F=4, C=[1, 0, 0],
            Contents=pikepdf.String("sửa chỗ này")))]))
    return edited(built["flyer"], tmp_path / "annot.pdf", annotate), {}


def _hairline(tmp_path, built):
    def draw(canvas, sheet, page):
        canvas.setStrokeColor(CMYKColor(0, 0, 0, 1))
        canvas.setLineWidth(0.1)
        canvas.line(sheet.x(20), sheet.y(50), sheet.x(120), sheet.y(50))
        cmyk_text(canvas, sheet, page)
    return make_pdf(tmp_path / "hairline.pdf", draw), {}


def _thin_filled_rule(tmp_path, built):
    def draw(canvas, sheet, page):  # a separator drawn as a 0.1 pt high box, as some layout tools export rules
        canvas.setFillColor(CMYKColor(0, 0, 0, 0.5))
        canvas.rect(sheet.x(20), sheet.y(50), 100 * MM, 0.1, stroke=0, fill=1)
        cmyk_text(canvas, sheet, page)
    return make_pdf(tmp_path / "thin-rule.pdf", draw), {}


def _small_four_ink_text(tmp_path, built):
    def draw(canvas, sheet, page):
        canvas.setFillColor(CMYKColor(0.7, 0.5, 0.3, 0.2))
        canvas.setFont(font("Regular"), 6)
        canvas.drawString(sheet.x(20), sheet.y(60), "Chữ nhỏ bốn màu")
        cmyk_text(canvas, sheet, page)
    return make_pdf(tmp_path / "small4.pdf", draw), {}


def reversed_text_pdf(path: Path, weight: str, size: float, text: str) -> Path:
    """White text of `weight` and `size` on a box of the three-ink brand blue."""
    def draw(canvas, sheet, page):
        canvas.setFillColor(BLUE_3_INKS)
        canvas.rect(sheet.x(15), sheet.y(40), 100 * MM, 30 * MM, stroke=0, fill=1)
        canvas.setFillColor(WHITE)
        canvas.setFont(font(weight), size)
        canvas.drawString(sheet.x(20), sheet.y(55), text)
        cmyk_text(canvas, sheet, page)
    return make_pdf(path, draw)


def _small_reversed_text(tmp_path, built):
    return reversed_text_pdf(tmp_path / "reversed.pdf", "Regular", 6.5, "Chữ trắng 6,5 pt trên nền xanh ba màu"), {}


def _light_weight_reversed(tmp_path, built):
    return reversed_text_pdf(tmp_path / "light-reversed.pdf", "Light", 9, "Chữ mảnh trên nền xanh"), {}


def _image_across_fold(tmp_path, built):
    image = ImageReader(Image.new("CMYK", (600, 400), (10, 60, 0, 0)))

    def draw(canvas, sheet, page):
        if page == 1:  # inside sheet: folds at 100 and 200 mm; a photo from 80 to 130 mm
            canvas.drawImage(image, sheet.x(80), sheet.y(60), 50 * MM, 33 * MM)
        cmyk_text(canvas, sheet, page)
    return make_pdf(tmp_path / "trifold-photo.pdf", draw, trim_mm=(297.0, 210.0), pages=2), {}


def _colour_ending_on_fold(tmp_path, built):
    def draw(canvas, sheet, page):
        if page == 0:  # the cover's colour starts exactly at the 197 mm fold: a drifting fold shows paper
            canvas.setFillColor(BLUE_3_INKS)
            canvas.rect(sheet.x(197), sheet.bleed_box.y0, sheet.bleed_box.x1 - sheet.x(197),
                        sheet.bleed_box.height, stroke=0, fill=1)
        cmyk_text(canvas, sheet, page)
    return make_pdf(tmp_path / "trifold-fold.pdf", draw, trim_mm=(297.0, 210.0), pages=2), {}


def _not_pdfx(tmp_path, built):
    def strip(pdf):
        del pdf.docinfo["/GTS_PDFXVersion"]
        del pdf.Root["/OutputIntents"]
    return edited(built["flyer"], tmp_path / "plain.pdf", strip), {}


def _no_output_intent(tmp_path, built):
    def strip(pdf):
        del pdf.Root["/OutputIntents"]
    return edited(built["flyer"], tmp_path / "no-intent.pdf", strip), {}


def _encrypted(tmp_path, built):
    path = tmp_path / "locked.pdf"
    with pikepdf.open(built["flyer"]) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="shop", user="", allow=pikepdf.Permissions()))
    return path, {}


def _x1a_with_icc_colour(tmp_path, built):
    def add_icc(pdf):
        profile = pdf.Root.OutputIntents[0].DestOutputProfile
        page = pdf.pages[0]
        page.Resources.ColorSpace = pikepdf.Dictionary(CS0=pikepdf.Array([pikepdf.Name.ICCBased, profile]))
        page.contents_add(pdf.make_stream(b"q /CS0 cs 0.2 0.4 0 0 scn 100 100 50 50 re f Q"), prepend=False)
    return edited(built["x1a"], tmp_path / "icc-in-x1a.pdf", add_icc), {}


def _registration_inside_the_page(tmp_path, built):
    def draw(canvas, sheet, page):
        canvas.setFillColor(CMYKColorSep(1, 1, 1, 1, spotName="All"))
        canvas.rect(sheet.x(20), sheet.y(20), 30, 30, stroke=0, fill=1)
        cmyk_text(canvas, sheet, page)
    return make_pdf(tmp_path / "all-inside.pdf", draw), {}


def _off_brand_blue(tmp_path, built):
    def draw(canvas, sheet, page):  # the naive formula's blue: 93/42/0/35
        canvas.setFillColor(CMYKColor(0.933, 0.424, 0.0, 0.353))
        canvas.rect(sheet.x(20), sheet.y(20), 40 * MM, 20 * MM, stroke=0, fill=1)
        cmyk_text(canvas, sheet, page)
    return make_pdf(tmp_path / "formula-blue.pdf", draw), {"brand": {"primary": "#0B5FA5"}}


FAULTS = [
    (_wrong_trim, "trim size", "150 x 210 mm"),
    (_trifold_at_a5, "trim size", "trifold 297 x 210 mm"),
    (_poster_at_a4, "trim size", "poster 297 x 420 mm"),
    (_short_of_bleed, "bleed", "short of the top bleed edge"),
    (_transparency_in_x1a, "transparency", "sets ca 0.5"),
    (_soft_mask_in_x1a, "transparency", "soft mask"),
    (_rotated, "rotation", "page 2: /Rotate 90"),
    (_printable_annotation, "annotations", "printable Square annotation"),
    (_hairline, "hairlines", "0.10 pt line"),
    (_thin_filled_rule, "hairlines", "0.10 pt wide filled rule"),
    (_small_four_ink_text, "small text", "6.0 pt text from 4 inks"),
    (_small_reversed_text, "small text", "6.5 pt text reversed out of 3 inks"),
    (_light_weight_reversed, "small text", "9.0 pt BeVietnamPro-Light reversed out of 3 inks"),
    (_image_across_fold, "folds", "image across the fold at 100 mm"),
    (_colour_ending_on_fold, "folds", "from the fold at 197 mm"),
    (_not_pdfx, "pdfx", "not PDF/X"),
    (_no_output_intent, "pdfx", "0 /GTS_PDFX output intents"),
    (_encrypted, "pdfx", "encrypted"),
    (_x1a_with_icc_colour, "pdfx", "ICCBased colour space"),
    (_registration_inside_the_page, "ink", "total ink 400 %"),
    (_off_brand_blue, "brand colour", "prints ΔE76"),
]


@pytest.mark.parametrize("build, check, reason", FAULTS, ids=[fault[0].__name__.strip("_") for fault in FAULTS])
def test_each_fault_fails_its_check(tmp_path, built, build, check, reason):
    path, options = build(tmp_path, built)
    problems = failed(preflight(path, **options))
    assert check in problems, problems
    assert reason in problems[check]


def test_transparency_is_reported_but_passes_in_x4(tmp_path):
    report = preflight(make_pdf(tmp_path / "alpha-x4.pdf", half_transparent_box))
    transparency = next(check for check in report.checks if check.name == "transparency")
    assert transparency.ok and "reported" in transparency.detail and "ca 0.5" in transparency.detail
    assert report.ok, failed(report)


def test_preflight_json_for_machines(tmp_path, built):
    import json

    from click.testing import CliRunner

    from pipeline.cli import cli

    broken, _ = _hairline(tmp_path, built)
    result = CliRunner().invoke(cli, ["preflight", "--json", "--brand", "primary=#0B5FA5", str(built["flyer"]),
                                      str(broken)])
    assert result.exit_code == 1  # one file failed
    document = json.loads(result.output)
    assert document["passed"] == 1 and document["failed"] == 1
    by_name = {Path(entry["path"]).name: entry for entry in document["pdfs"]}
    assert by_name["flyer.pdf"]["result"] == "pass" and by_name["flyer.pdf"]["pages"] == 2
    assert "primary #0B5FA5 ΔE76 1." in by_name["flyer.pdf"]["checks"]["brand colour"]["detail"]
    hairlines = by_name["hairline.pdf"]["checks"]["hairlines"]
    assert hairlines["ok"] is False and "0.10 pt line" in hairlines["detail"]


def test_an_out_of_gamut_brand_colour_is_reported_not_refused(tmp_path):
    # #1E88E5 is outside FOGRA39: converted through the profile it is as close as the press gets
    from pipeline.leaflets.colors import hex_to_cmyk

    def draw(canvas, sheet, page):
        canvas.setFillColor(CMYKColor(*hex_to_cmyk("#1E88E5")))
        canvas.rect(sheet.x(20), sheet.y(20), 40 * MM, 20 * MM, stroke=0, fill=1)
        cmyk_text(canvas, sheet, page)

    report = preflight(make_pdf(tmp_path / "bright-blue.pdf", draw), brand={"primary": "#1E88E5"})
    assert report.ok, failed(report)
    brand = next(check for check in report.checks if check.name == "brand colour")
    assert "outside the press gamut" in brand.detail
