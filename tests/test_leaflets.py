"""Leaflets: what a print shop and a reader get from the PDFs (text, fonts, boxes, colour), and the layout maths."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from conftest import make_campaign, make_text
from pipeline.content import Brand, KeyFigure
from pipeline.errors import RenderError
from pipeline.leaflets import LeafletSettings, render_flyer, render_poster, render_trifold
from pipeline.leaflets.preflight import preflight
from pipeline.leaflets.colors import MAX_INK, brand_delta_e, hex_to_cmyk, image_max_ink, image_to_cmyk, limit_ink, total_ink
from pipeline.leaflets.geometry import (
    MM,
    SLUG_MM,
    crop_mark_segments,
    sheet_geometry,
    trifold_folds_mm,
    trifold_panel,
    trifold_panels,
)
from pipeline.leaflets.typeset import Overflow, Stacked, fit_stack, overflow_mm, size_steps, style

FACTS_TEXTS = [
    make_text(),
    make_text("thai-san-tu-nguyen", title="BHXH tự nguyện có thêm chế độ thai sản",
              summary="Người tham gia bảo hiểm xã hội tự nguyện được nhận trợ cấp thai sản 2.000.000 đồng "
                      "cho mỗi con được sinh ra.",
              key_figures=(KeyFigure("2.000.000 đồng", "trợ cấp cho mỗi con được sinh ra"),),
              points=("Áp dụng từ ngày 1/7/2025", "Hỏi cơ quan BHXH nơi cư trú về hồ sơ hưởng")),
    make_text("tro-cap-huu-tri-xa-hoi", title="Trợ cấp hưu trí xã hội từ 75 tuổi",
              summary="Công dân Việt Nam từ đủ 75 tuổi không có lương hưu hoặc trợ cấp BHXH hằng tháng được "
                      "hưởng trợ cấp hưu trí xã hội; người thuộc hộ nghèo, cận nghèo từ đủ 70 tuổi.",
              key_figures=(KeyFigure("75 tuổi", "trước đây là 80 tuổi"),
                           KeyFigure("70 tuổi", "đối với hộ nghèo, hộ cận nghèo")),
              points=()),
    make_text("cham-dong-tron-dong", title="Chậm đóng, trốn đóng BHXH bị xử lý nghiêm",
              summary="Người sử dụng lao động chậm đóng, trốn đóng phải nộp số tiền bằng 0,03%/ngày tính trên "
                      "số tiền chưa đóng; quyền lợi của người lao động được bảo vệ.",
              key_figures=(KeyFigure("0,03%/ngày", "trên số tiền chậm đóng, trốn đóng"),),
              points=("Luật nêu rõ các hành vi trốn đóng", "Quyền hưởng chế độ của người lao động được bảo đảm")),
]


# ------------------------------------------------------------------------------------------- helpers

def page_texts(pdf_path: Path) -> list[str]:
    """The text of every page as a reader's viewer extracts it (pdfium, through ToUnicode), NFC."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(unicodedata.normalize("NFC", textpage.get_text_range()))
        return texts
    finally:
        pdf.close()


def words(text: str) -> list[str]:
    """The words of a source text, as a reader would search for them."""
    text = unicodedata.normalize("NFC", text.replace("**", ""))
    return [w for w in re.split(r"\s+", text) if w]


def missing_words(source: str, extracted: str) -> list[str]:
    """Source words that cannot be found in the extracted text (line breaks are spaces there)."""
    haystack = " ".join(extracted.split())
    return [w for w in words(source) if w not in haystack]


def boxes_mm(pdf_path: Path) -> list[dict[str, tuple[float, float]]]:
    """The real page boxes (read from each page dictionary, not defaults) as (width, height) mm."""
    sizes = []
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            entry = {}
            for key in ("/MediaBox", "/BleedBox", "/TrimBox"):
                assert key in page.obj, f"page has no real {key}"
                x0, y0, x1, y1 = (float(v) for v in page.obj[key])
                entry[key] = (round((x1 - x0) / MM, 1), round((y1 - y0) / MM, 1))
            sizes.append(entry)
    return sizes


def font_dicts(pdf_path: Path) -> list[dict]:
    """Every font dictionary used by the pages: name, subtype, embedded file keys, ToUnicode."""
    fonts = []
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            for _, font in page.obj.Resources.get("/Font", {}).items():
                descriptor = font.get("/FontDescriptor")
                fonts.append({"name": str(font.BaseFont), "subtype": str(font.Subtype),
                              "files": sorted(k for k in (descriptor or {}).keys() if k.startswith("/FontFile")),
                              "tounicode": "/ToUnicode" in font})
    return fonts


def colour_operators(pdf_path: Path) -> set[str]:
    """Every colour-setting operator of every page."""
    found = set()
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            for instruction in pikepdf.parse_content_stream(page):
                op = str(instruction.operator)
                if op in {"rg", "RG", "k", "K", "g", "G", "sc", "scn", "SC", "SCN", "cs", "CS"}:
                    found.add(op)
    return found


def char_boxes_mm(pdf_path: Path, page_index: int, needle: str) -> list[tuple[float, float]]:
    """x ranges (mm from the left trim) of the characters of the first occurrence of `needle` on a page."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        page = pdf[page_index]
        with pikepdf.open(pdf_path) as pk:
            trim_x0 = float(pk.pages[page_index].obj.TrimBox[0])
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        start = unicodedata.normalize("NFC", text).find(needle)
        assert start >= 0, f"{needle!r} not on page {page_index + 1}"
        ranges = []
        for i in range(start, start + len(needle)):
            left, _, right, _ = textpage.get_charbox(i)
            if right > left:
                ranges.append(((left - trim_x0) / MM, (right - trim_x0) / MM))
        return ranges
    finally:
        pdf.close()


def font_size_pt(pdf_path: Path, page_index: int, needle: str) -> float:
    """The font size (pt) pdfium reads for the first character of the first occurrence of `needle` on a page."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        textpage = pdf[page_index].get_textpage()
        start = unicodedata.normalize("NFC", textpage.get_text_range()).find(needle)
        assert start >= 0, f"{needle!r} not on page {page_index + 1}"
        return pdfium.raw.FPDFText_GetFontSize(textpage.raw, start)
    finally:
        pdf.close()


def page_images(page: pikepdf.Page) -> list[pikepdf.Stream]:
    """The image XObjects a page's resources hold."""
    xobjects = page.obj.Resources.get("/XObject", {})
    return [obj for _, obj in xobjects.items() if obj.get("/Subtype") == "/Image"]


@pytest.fixture(scope="module")
def logo_path(tmp_path_factory) -> Path:
    """A small RGBA PNG logo (round, transparent corners), like a campaign's brand/logo.png."""
    path = tmp_path_factory.mktemp("brand") / "logo.png"
    size = 240
    yy, xx = np.mgrid[0:size, 0:size]
    inside = (xx - size / 2) ** 2 + (yy - size / 2) ** 2 < (size / 2) ** 2
    rgba = np.zeros((size, size, 4), np.uint8)
    rgba[inside] = (11, 95, 165, 255)
    rgba[inside & (yy > size * 0.6)] = (245, 166, 35, 255)
    Image.fromarray(rgba).save(path)
    return path


@pytest.fixture(scope="module")
def flyer(tmp_path_factory, logo_path):
    """The A5 flyer of the fixture text, with a raster logo: (path, media, text)."""
    text = make_text()
    campaign = make_campaign((text,), brand=Brand(primary="#0B5FA5", accent="#F5A623", logo=logo_path))
    path = tmp_path_factory.mktemp("flyer") / f"{text.id}.pdf"
    media = render_flyer(campaign, text, path, LeafletSettings(quantity=5000))
    return path, media, text


@pytest.fixture(scope="module")
def trifold(tmp_path_factory):
    """The tri-fold of four texts (vector mark, no logo): (path, media, texts)."""
    campaign = make_campaign(tuple(FACTS_TEXTS))
    path = tmp_path_factory.mktemp("trifold") / "trifold.pdf"
    media = render_trifold(campaign, FACTS_TEXTS, path, LeafletSettings())
    return path, media, FACTS_TEXTS


# ------------------------------------------------------------------------------------------ settings

def test_settings_defaults_and_mapping():
    settings = LeafletSettings.from_mapping({"marks": False, "trifold_texts": ["a-1", "b-2"], "quantity": 5000})
    assert settings.marks is False and settings.trifold_texts == ("a-1", "b-2") and settings.quantity == 5000
    assert LeafletSettings.from_mapping(None) == LeafletSettings()
    assert LeafletSettings().min_body_pt == 9.0
    params = settings.as_params()
    assert json.loads(json.dumps(params)) == params
    assert params["trifold_texts"] == ["a-1", "b-2"]


@pytest.mark.parametrize("data, field", [
    ({"colour": "rgb"}, "leaflets.colour"),
    ({"marks": "yes"}, "leaflets.marks"),
    ({"quantity": 0}, "leaflets.quantity"),
    ({"quantity": True}, "leaflets.quantity"),
    ({"min_body_pt": 7}, "leaflets.min_body_pt"),
    ({"trifold_texts": ["a", "b", "c", "d", "e"]}, "leaflets.trifold_texts"),
    ({"trifold_texts": ["Not An Id"]}, "leaflets.trifold_texts"),
    ({"trifold_texts": ["a", "a"]}, "leaflets.trifold_texts"),
    ({"max_body_pt": 9.5, "min_body_pt": 10}, "leaflets.max_body_pt"),
])
def test_settings_reject_bad_values_naming_the_field(data, field):
    with pytest.raises(ValueError, match=rf"^{re.escape(field)}: "):
        LeafletSettings.from_mapping(data)


# ---------------------------------------------------------------------------------- geometry (pure)

def test_trifold_panels_are_97_100_100_and_mirror_across_the_sheet():
    outside = trifold_panels("outside")
    inside = trifold_panels("inside")
    assert [p.width_mm for p in outside] == [97, 100, 100]
    assert [p.width_mm for p in inside] == [100, 100, 97]
    assert sum(p.width_mm for p in outside) == sum(p.width_mm for p in inside) == 297
    assert [p.name for p in outside] == ["flap", "back", "cover"]
    assert trifold_folds_mm("outside") == (97.0, 197.0)
    assert trifold_folds_mm("inside") == (100.0, 200.0)
    # turning the sheet over mirrors x: each outside panel is the back of the inside panel at 297 - x
    behind = {"cover": "inside-left", "back": "inside-middle", "flap": "inside-flap"}
    for panel in outside:
        other = trifold_panel("inside", behind[panel.name])
        assert (297 - panel.x1_mm, 297 - panel.x_mm) == (other.x_mm, other.x1_mm)
    assert trifold_panel("inside", "inside-flap").width_mm == 97  # the panel that folds in


def test_trifold_sheet_templates_fold_where_the_panels_meet_and_colour_stops_past_a_fold():
    from pipeline.leaflets.trifold import INSIDE, OUTSIDE, panel_clip, panels
    from pipeline.templates.model import load_template

    for side, name in (("outside", OUTSIDE), ("inside", INSIDE)):
        sheet = load_template(name)
        assert tuple(fold / 10 for fold in sheet.folds) == trifold_folds_mm(side)
        for panel, (x0, x1) in zip(trifold_panels(side), panels(sheet)):
            assert (x0 / 10, x1 / 10) == (panel.x_mm, panel.x1_mm)
            # backgrounds bleed 3 mm at the sheet edge and run 1.5 mm past a fold (drift shows no paper sliver)
            left, _, right, _ = panel_clip(sheet, x0, x1)
            assert -left / 10 == pytest.approx(3.0 if panel.x_mm == 0 else 1.5)
            assert (right - (x1 - x0)) / 10 == pytest.approx(3.0 if panel.x1_mm == 297 else 1.5)


def test_sheet_boxes_and_crop_marks_sit_outside_the_bleed():
    sheet = sheet_geometry((148, 210), marks=True)
    assert sheet.trim_box.size_mm() == (148, 210)
    assert sheet.bleed_box.size_mm() == (154, 216)
    assert sheet.media_box.size_mm() == (round(148 + 2 * SLUG_MM, 2), round(210 + 2 * SLUG_MM, 2))
    segments = crop_mark_segments(sheet.trim_box)
    assert len(segments) == 8
    bleed, media = sheet.bleed_box, sheet.media_box
    for x0, y0, x1, y1 in segments:
        for x, y in ((x0, y0), (x1, y1)):
            assert media.x0 <= x <= media.x1 and media.y0 <= y <= media.y1
            outside_bleed = x < bleed.x0 or x > bleed.x1 or y < bleed.y0 or y > bleed.y1
            assert outside_bleed
            # the nearest end is 3 mm beyond the bleed
        gap = min(abs(v - e) for v, e in ((x0, bleed.x0), (x0, bleed.x1), (y0, bleed.y0), (y0, bleed.y1)))
        assert gap == pytest.approx(3 * MM, abs=0.01)
    no_marks = sheet_geometry((148, 210), marks=False)
    assert no_marks.media_box == no_marks.bleed_box


# -------------------------------------------------------------------------------------- colour (pure)

def test_brand_colours_convert_to_cmyk_within_the_ink_limit():
    assert hex_to_cmyk("#000000") == (0.0, 0.0, 0.0, 1.0)  # black on the K plate only
    assert hex_to_cmyk("#FFFFFF") == (0.0, 0.0, 0.0, 0.0)
    assert hex_to_cmyk("#808080")[:3] == (0.0, 0.0, 0.0)  # greys are K only
    c, m, y, k = hex_to_cmyk("#0B5FA5")
    assert c > 0.85 and m > 0.3 and y == 0 and k < 0.15  # through the FOGRA39 profile: little K in a blue
    assert brand_delta_e("#0B5FA5", (c, m, y, k)) <= 3.0  # the formula it replaced was ΔE76 13
    assert MAX_INK - 0.01 <= total_ink(limit_ink((1.0, 1.0, 1.0, 1.0))) <= MAX_INK
    for hex_colour in ("#0B5FA5", "#F5A623", "#123456", "#3A0000", "#010101"):
        assert total_ink(hex_to_cmyk(hex_colour)) <= MAX_INK


def test_raster_to_cmyk_keeps_black_on_k_and_ink_under_the_limit():
    rgb = np.zeros((4, 4, 3), np.uint8)
    rgb[0, 0] = (30, 0, 40)   # a deep colour a naive conversion would print at ~300 %
    rgb[1, 1] = (255, 255, 255)
    cmyk = image_to_cmyk(Image.fromarray(rgb))
    assert cmyk.mode == "CMYK"
    data = np.asarray(cmyk)
    assert tuple(data[3, 3]) == (0, 0, 0, 255)
    assert tuple(data[1, 1]) == (0, 0, 0, 0)
    assert image_max_ink(cmyk) <= MAX_INK


# ------------------------------------------------------------------------------------ typeset (pure)

def test_size_steps_and_overflow_measurement():
    assert size_steps(11, 9) == [11, 10.5, 10, 9.5, 9]
    assert size_steps(9, 9) == [9]
    assert overflow_mm(100 * MM + 0.1, 100 * MM) == 1  # rounded up, never understated
    assert overflow_mm(138 * MM, 100 * MM) == 38


def test_fit_stack_shrinks_then_reports_by_how_much():
    from reportlab.lib.colors import CMYKColor
    from reportlab.platypus import Paragraph

    sentence = "Người lao động chỉ cần đóng bảo hiểm xã hội đủ 15 năm là được hưởng lương hưu. " * 6

    def build(size):
        return [Stacked(Paragraph(sentence, style("t", "Regular", size, CMYKColor(0, 0, 0, 1))))]

    width = 100 * MM
    tall = fit_stack(build, width, 1000 * MM, 11, 9, "body", "x")
    assert tall.size_pt == 11
    snug = fit_stack(build, width, tall.height - 1, 11, 9, "body", "x")
    assert 9 <= snug.size_pt < 11
    with pytest.raises(Overflow) as caught:
        fit_stack(build, width, 10 * MM, 11, 9, "body", "the back page")
    assert caught.value.size_pt == 9 and caught.value.overflow_mm > 10
    assert str(caught.value).startswith("body overflows the back page by ")


# ------------------------------------------------------------------------------------------ the flyer

def test_flyer_text_is_extractable_word_for_word(flyer):
    path, _, text = flyer
    front, back = page_texts(path)
    assert not missing_words(text.title, front)
    assert not missing_words(text.summary, front)
    for figure in text.key_figures:
        assert not missing_words(figure.value + " " + figure.label, front)
    assert not missing_words(text.body_plain, back)
    for point in text.points:
        assert not missing_words(point, back)
    assert "1900 9068" in back and "baohiemxahoi.gov.vn" in back


def test_flyer_boxes_are_real_with_3_mm_bleed(flyer):
    path, media, _ = flyer
    sizes = boxes_mm(path)
    assert len(sizes) == 2 == media["pages"]
    for page in sizes:
        assert page["/TrimBox"] == (148.0, 210.0)
        assert page["/BleedBox"] == (154.0, 216.0)
        assert page["/MediaBox"][0] > 154 + 10  # room for the crop marks beyond the bleed
    assert media["trim_size_mm"] == [148.0, 210.0] and media["bleed_mm"] == 3 and media["colour"] == "CMYK"


def test_flyer_fonts_are_embedded_subset_truetype_with_tounicode(flyer):
    path, media, _ = flyer
    fonts = font_dicts(path)
    assert fonts
    for font in fonts:
        assert font["files"] == ["/FontFile2"], font
        assert font["tounicode"], font
        assert re.match(r"^/[A-Z]{6}\+BeVietnamPro-", font["name"]), font
        assert "Helvetica" not in font["name"]
    assert set(media["fonts"]) >= {"BeVietnamPro-Regular", "BeVietnamPro-Bold", "BeVietnamPro-ExtraBold"}
    with open(path, "rb") as f:
        assert b"Helvetica" not in f.read()


def test_flyer_is_cmyk_only_with_a_cmyk_logo_at_print_resolution(flyer):
    path, _, _ = flyer
    ops = colour_operators(path)
    assert "k" in ops and not ops & {"rg", "RG", "sc", "scn", "SC", "SCN", "cs", "CS"}
    with pikepdf.open(path) as pdf:
        images = [image for page in pdf.pages for image in page_images(page)]
        assert images, "the logo should be embedded"
        for image in images:
            assert image.ColorSpace == "/DeviceCMYK"
            assert "/SMask" not in image  # flattened: no transparency for the RIP
    report = preflight(path)
    assert report.ok, report.checks
    images_check = next(c for c in report.checks if c.name == "images")
    assert int(re.search(r"at least (\d+) ppi", images_check.detail).group(1)) >= 300


def test_flyer_qr_code_is_vector_and_black_text_is_k_only(flyer):
    path, _, _ = flyer
    with pikepdf.open(path) as pdf:
        back = pdf.pages[1]
        assert not page_images(back)  # the back has no raster: the QR code is drawn with paths
        fills = [tuple(float(v) for v in i.operands) for i in pikepdf.parse_content_stream(back)
                 if str(i.operator) == "k"]
    assert (0.0, 0.0, 0.0, 1.0) in fills
    for c, m, y, k in fills:
        assert not (k >= 0.8 and c + m + y > 0), "rich black"
        assert c + m + y + k <= MAX_INK


def test_flyer_without_marks_has_media_box_equal_to_bleed(tmp_path):
    from reportlab import rl_config

    campaign = make_campaign()
    path = tmp_path / "x.pdf"
    a85_before = rl_config.useA85
    render_flyer(campaign, campaign.texts[0], path, LeafletSettings(marks=False))
    assert rl_config.useA85 == a85_before  # the binary-stream switch is scoped to the render
    for page in boxes_mm(path):
        assert page["/MediaBox"] == page["/BleedBox"] == (154.0, 216.0)
    assert preflight(path).ok


def test_too_long_body_fails_with_a_measurement_and_writes_nothing(tmp_path):
    paragraph = ("Người sử dụng lao động chậm đóng, trốn đóng bảo hiểm xã hội phải nộp số tiền bằng 0,03% "
                 "mỗi ngày tính trên số tiền chưa đóng và bị xử lý theo quy định của pháp luật. ")
    text = make_text("qua-dai", body="\n\n".join([paragraph * 3] * 12))
    dest = tmp_path / "qua-dai.pdf"
    with pytest.raises(RenderError) as caught:
        render_flyer(make_campaign((text,)), text, dest, LeafletSettings())
    message = caught.value.message
    assert "qua-dai" in message
    match = re.search(r"body does not fit the flyer-back template .* even at 9\.1 pt \(overflows by (\d+) mm", message)
    assert match and int(match.group(1)) > 50, message
    assert not dest.exists() and not list(tmp_path.iterdir())


def test_a_body_that_fits_only_smaller_is_shrunk_not_cut(tmp_path):
    paragraph = ("Luật Bảo hiểm xã hội số 41/2024/QH15 được Quốc hội khóa XV thông qua ngày 29/6/2024 và có "
                 "hiệu lực từ ngày 1/7/2025, với nhiều điểm mới có lợi cho người lao động. ")
    text = make_text("vua-du", body="\n\n".join([paragraph * 2] * 3))
    path = tmp_path / "vua-du.pdf"
    render_flyer(make_campaign((text,)), text, path, LeafletSettings())
    _, back = page_texts(path)
    assert not missing_words(text.body_plain, back)  # every word is there: nothing cut off
    with pikepdf.open(path) as pdf:
        sizes = {float(i.operands[1]) for i in pikepdf.parse_content_stream(pdf.pages[1])
                 if str(i.operator) == "Tf"}
    body_sizes = {s for s in sizes if 9 <= s < 11}
    assert body_sizes, f"expected the body set below 11 pt, got {sorted(sizes)}"
    assert preflight(path).ok


def test_an_overlong_title_fails_naming_the_title(tmp_path):
    text = make_text("tieu-de", title="Chỉ cần 15 năm đóng bảo hiểm xã hội để hưởng lương hưu hằng tháng " * 6)
    with pytest.raises(RenderError, match=r"tieu-de: title does not fit the flyer-front template .* even at 17\.0 pt "
                                         r"\(needs \d+ lines, room for 4\)"):
        render_flyer(make_campaign((text,)), text, tmp_path / "t.pdf", LeafletSettings())


def test_brand_cmyk_from_campaign_is_used_exactly(tmp_path):
    brand = Brand(primary="#0B5FA5", accent="#F5A623", primary_cmyk=(1.0, 0.6, 0.0, 0.1),
                  accent_cmyk=(0.0, 0.35, 0.9, 0.0))
    campaign = make_campaign(brand=brand)
    path = tmp_path / "b.pdf"
    render_flyer(campaign, campaign.texts[0], path, LeafletSettings())
    with pikepdf.open(path) as pdf:
        fills = {tuple(float(v) for v in i.operands) for i in pikepdf.parse_content_stream(pdf.pages[0])
                 if str(i.operator) == "k"}
    assert (1.0, 0.6, 0.0, 0.1) in fills and (0.0, 0.35, 0.9, 0.0) in fills


# ---------------------------------------------------------------------------------------- the tri-fold

def test_trifold_pages_boxes_and_preflight(trifold):
    path, media, texts = trifold
    assert media["pages"] == 2 and media["trim_size_mm"] == [297.0, 210.0]
    assert media["texts"] == [t.id for t in texts]
    for page in boxes_mm(path):
        assert page["/TrimBox"] == (297.0, 210.0) and page["/BleedBox"] == (303.0, 216.0)
    report = preflight(path)
    assert report.ok, report.checks
    assert "folds" in next(c for c in report.checks if c.name == "safe zone").detail


def test_trifold_panels_carry_the_right_texts_clear_of_the_folds(trifold):
    path, _, texts = trifold
    outside, inside = page_texts(path)
    # outside: the flap carries text 1; the cover names the campaign; the back has the contacts
    assert not missing_words(texts[0].title, outside)
    assert "Luật Bảo hiểm xã hội năm 2024" in " ".join(outside.split())
    assert "1900 9068" in outside
    for text in texts[1:]:
        assert not missing_words(text.title, inside)
        assert not missing_words(text.summary, inside)
    # where the words are: flap [0, 97] on the outside; inside panels [0,100], [100,200], [200,297]
    spans = {0: [(0, 97)], 1: [(0, 100), (100, 200), (200, 297)]}
    placements = [(0, 0, texts[0]), (1, 0, texts[1]), (1, 1, texts[2]), (1, 2, texts[3])]
    for page_index, panel_index, text in placements:
        lo, hi = spans[page_index][panel_index]
        first_words = " ".join(text.summary.split()[:3])
        for left, right in char_boxes_mm(path, page_index, first_words):
            assert lo + 5 <= left and right <= hi - 5, (text.id, left, right)


def test_trifold_text_panels_share_one_type_size(trifold):
    """The fullest panel sets the scale for all four, so a reader turning the leaflet sees one size for the
    summaries (read back out of the PDF by pdfium); each panel set smaller than it would fit on its own says so."""
    path, media, texts = trifold
    matched = {event["text"].split(" ")[0] for event in media["fit"] if event["event"] == "matched"}
    assert matched and matched < {text.id for text in texts}   # some panels would fit larger alone: the premise
    assert all("like the fullest panel" in event["reason"] for event in media["fit"] if event["event"] == "matched")
    pages = (0, 1, 1, 1)   # the outside flap, then the three inside panels
    sizes = [font_size_pt(path, page, " ".join(text.summary.split()[:3])) for page, text in zip(pages, texts)]
    assert max(sizes) - min(sizes) < 0.05, sizes


def test_trifold_with_one_text_fills_the_other_panels(tmp_path):
    campaign = make_campaign()
    path = tmp_path / "one.pdf"
    media = render_trifold(campaign, campaign.texts, path, LeafletSettings(marks=False))
    assert media["texts"] == [campaign.texts[0].id]
    assert preflight(path).ok


def test_trifold_overflow_names_text_panel_and_measurement(tmp_path):
    long_summary = ("Người tham gia bảo hiểm xã hội tự nguyện được nhận trợ cấp thai sản cho mỗi con được "
                    "sinh ra theo quy định của Luật. ") * 14
    texts = [FACTS_TEXTS[0], make_text("tom-tat-dai", summary=long_summary)]
    with pytest.raises(RenderError) as caught:
        render_trifold(make_campaign(tuple(texts)), texts, tmp_path / "t.pdf", LeafletSettings())
    message = caught.value.message
    assert "tom-tat-dai" in message and "panel 2" in message
    match = re.search(r"summary does not fit the trifold-panel template .*needs (\d+) mm of height, room for (\d+) mm",
                      message)
    assert match and int(match.group(1)) > int(match.group(2)), message


def test_trifold_takes_one_to_four_texts(tmp_path):
    with pytest.raises(RenderError):
        render_trifold(make_campaign(), [], tmp_path / "t.pdf", LeafletSettings())
    with pytest.raises(RenderError):
        render_trifold(make_campaign(), FACTS_TEXTS + [make_text("nam")], tmp_path / "t.pdf", LeafletSettings())


# ------------------------------------------------------------------------------------------ the poster

def test_poster_is_a3_vector_and_passes_preflight(tmp_path):
    campaign = make_campaign()
    text = campaign.texts[0]
    path = tmp_path / "poster.pdf"
    media = render_poster(campaign, text, path, LeafletSettings(quantity={"flyer": 10000, "poster": 300}))
    assert media["pages"] == 1 and media["trim_size_mm"] == [297.0, 420.0]
    assert boxes_mm(path)[0]["/TrimBox"] == (297.0, 420.0)
    (page,) = page_texts(path)
    assert not missing_words(text.title, page) and not missing_words(text.summary, page)
    # the poster's imprint states the poster's own print run, not the flyer's
    assert "Số lượng 300 bản" in page and "10.000" not in page
    with pikepdf.open(path) as pdf:
        assert not page_images(pdf.pages[0])  # no logo given: everything is vector
    assert preflight(path, product="poster").ok


def test_campaign_fields_too_long_for_one_line_fail_instead_of_running_off(tmp_path):
    campaign = make_campaign(organisation="Trung tâm Truyền thông " * 8)
    with pytest.raises(RenderError, match=r"org does not fit the flyer-front template .* even at 8\.2 pt"):
        render_flyer(campaign, campaign.texts[0], tmp_path / "f.pdf", LeafletSettings())
    with pytest.raises(RenderError, match=r"^trifold: cover_org does not fit the trifold-outside template .* even at "
                                         r"8\.2 pt"):
        render_trifold(campaign, campaign.texts, tmp_path / "t.pdf", LeafletSettings())
    assert not list(tmp_path.iterdir())


def test_a_key_figure_too_wide_for_its_column_fails(tmp_path):
    # too wide for two columns, and for one (the fallback): never cut between its digits
    text = make_text("so-lon", key_figures=(KeyFigure("2.000.000.000.000.000.000.000.000.000.000.000.000.000đ", "quá dài"),
                                            KeyFigure("15 năm", "ngắn")))
    with pytest.raises(RenderError, match=r"so-lon: figures\[0\]\.value does not fit .* \(the word '2\.000.*' is "
                                          r"wider than the \d+ mm column\)"):
        render_flyer(make_campaign((text,)), text, tmp_path / "f.pdf", LeafletSettings())


# ------------------------------------------------------------------ QA fixes: sparse front, badge, mark

def _ink_rows(pdf_path: Path, page_index: int = 0) -> float:
    """Share of the trim's height (between the band and the hotline strip) that has any ink on it."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        image = np.asarray(pdf[page_index].render(scale=1).to_pil().convert("L"))
    finally:
        pdf.close()
    h = image.shape[0]
    lower = image[int(h * 0.12):int(h * 0.86), int(image.shape[1] * 0.15):int(image.shape[1] * 0.85)]
    return float((lower < 235).any(axis=1).mean())


@pytest.mark.parametrize("overrides", [dict(key_figures=()), dict(key_figures=(), points=())],
                         ids=["no-figures", "no-figures-no-points"])
def test_flyer_front_without_key_figures_uses_the_page(tmp_path, overrides):
    text = make_text(**overrides)
    path = tmp_path / "flyer.pdf"
    render_flyer(make_campaign((text,)), text, path, LeafletSettings())
    front, back = page_texts(path)
    if text.points:
        # the points move to the front, and are not repeated on the back
        assert not missing_words(" ".join(text.points), front)
        assert "Điểm cần nhớ" in front and "Điểm cần nhớ" not in back
    # rows with ink (band, title, summary, points) cover most of the page: no large empty area
    assert _ink_rows(path) > 0.72
    report = preflight(path)
    assert report.ok, report.checks


def test_flyer_with_key_figures_keeps_points_on_the_back(tmp_path):
    text = make_text()
    path = tmp_path / "flyer.pdf"
    render_flyer(make_campaign((text,)), text, path, LeafletSettings())
    front, back = page_texts(path)
    assert "Điểm cần nhớ" not in front and "Điểm cần nhớ" in back


@pytest.mark.parametrize("priority, label", [("emergency", "KHẨN CẤP"), ("priority", "QUAN TRỌNG"),
                                             ("normal", None)])
def test_flyer_front_carries_the_priority_badge(tmp_path, priority, label):
    text = make_text(priority=priority)
    path = tmp_path / "flyer.pdf"
    render_flyer(make_campaign((text,)), text, path, LeafletSettings())
    front = page_texts(path)[0]
    for other in ("KHẨN CẤP", "QUAN TRỌNG"):
        assert (other in front) == (other == label), (other, front[:200])
    assert not colour_operators(path) & {"rg", "RG"}  # the badge is CMYK like everything else
    report = preflight(path)
    assert report.ok, report.checks


def test_pdf_fallback_mark_is_the_vector_shield_of_the_screen_mark(tmp_path):
    """No logo: the PDF draws the same shield-and-tick mark as PNG/MP4, as vectors (no image)."""
    from pipeline.imaging.logo import brand_mark

    text = make_text()
    path = tmp_path / "flyer.pdf"
    render_flyer(make_campaign((text,)), text, path, LeafletSettings())
    with pikepdf.open(path) as pdf:
        assert not [image for page in pdf.pages for image in page_images(page)]
    # compare the rendered mark with the screen mark: same shape where the shield (white) is
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[0]
        scale = 8.0
        image = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        pdf.close()
    from pipeline.leaflets.geometry import A5_MM, sheet_geometry
    from pipeline.leaflets.pages import lay_out, page_data, print_template

    campaign = make_campaign((text,))
    front = print_template(campaign, "flyer-front")
    logo = next(item for item in lay_out(front, page_data(campaign, text, LeafletSettings(), "flyer", front)).items
                if item.kind == "logo")
    sheet = sheet_geometry(A5_MM, True)
    size = (logo.box[2] - logo.box[0]) / 10 * MM * scale
    x0 = sheet.x(logo.box[0] / 10) * scale
    y0 = image.height - sheet.y_top(logo.box[1] / 10) * scale
    crop = image.crop((round(x0), round(y0), round(x0 + size), round(y0 + size))).resize((120, 120))
    screen = brand_mark(120, "#0B5FA5", "#F5A623").convert("RGB")
    white_pdf = np.asarray(crop).min(axis=2) > 225
    white_png = np.asarray(screen).min(axis=2) > 225
    inner = np.zeros_like(white_png)
    inner[15:105, 15:105] = True  # inside the disc: the shield's white
    agreement = (white_pdf[inner] == white_png[inner]).mean()
    assert agreement > 0.93, agreement


def test_a_long_campaign_name_set_small_prints_in_k_alone(tmp_path):
    # the running head shrinks to 7.75 pt: under 8 pt it leaves the three-ink blue for 100 % K
    campaign = make_campaign(name="Luật Bảo hiểm xã hội năm 2024: quyền lợi của người lao động và chủ sử dụng")
    path = tmp_path / "long-name.pdf"
    render_flyer(campaign, campaign.texts[0], path, LeafletSettings())
    report = preflight(path)
    assert report.ok, [check for check in report.checks if not check.ok]
    small = next(check for check in report.checks if check.name == "small text")
    assert small.ok


def test_the_output_profile_serves_forked_workers_at_once():
    """Build workers are forked from a process that already holds the output profile: each must read it
    whole (a profile opened from its path shares one file offset across the forks and then fails)."""
    import os

    from pipeline.leaflets import colors

    expected = colors.hex_to_cmyk("#0B5FA5")   # the profile is loaded (and cached) before the fork
    children = []
    for _ in range(4):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                for _ in range(50):
                    colors._to_cmyk_transform.cache_clear()
                    code |= colors.hex_to_cmyk("#0B5FA5") != expected
            except Exception:  # noqa: BLE001 - reported through the exit status
                code = 3
            os._exit(code)
        children.append(pid)
    assert [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children] == [0, 0, 0, 0]


def test_an_image_drawn_once_per_process_writes_the_bytes_of_reportlabs_draw_image(tmp_path):
    """printing.draw_image keeps an image's compressed stream for the next PDF: each of several documents,
    the image drawn twice on a page, is byte for byte the file canvas.drawImage writes."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from pipeline.leaflets.printing import binary_streams, draw_image

    pixels = np.random.default_rng(7).integers(0, 256, (40, 60, 4), dtype=np.uint8)
    reader = ImageReader(Image.fromarray(pixels, "CMYK"))

    def written(draw, name: str) -> bytes:
        path = tmp_path / name
        with binary_streams():
            canvas = Canvas(str(path), invariant=True)
            draw(canvas, 10, 20, 30, 40)
            draw(canvas, 100, 200, -50, 60)
            canvas.showPage()
            draw(canvas, 5, 5, 60, 40)
            canvas.save()
        return path.read_bytes()

    expected = written(lambda canvas, *box: canvas.drawImage(reader, *box), "reportlab.pdf")
    assert b"/Subtype /Image" in expected
    for round_ in range(3):
        assert written(lambda canvas, *box: draw_image(canvas, reader, *box), f"kept-{round_}.pdf") == expected


def test_a_pdf_is_the_same_bytes_whatever_the_process_drew_before(tmp_path, logo_path):
    """The measurer and the drawer keep what they made for the next PDF (paragraphs set by text, size, ink and
    column; images compressed once): a flyer drawn after others, in other inks and sizes, is byte for byte the
    one a fresh process draws."""
    from pipeline.templates import pdf

    text = make_text()
    other = make_text(title="BHXH tự nguyện có thêm chế độ thai sản")
    blue = make_campaign((text, other), brand=Brand(primary="#0B5FA5", accent="#F5A623", logo=logo_path))
    red = make_campaign((text, other), brand=Brand(primary="#B3261E", accent="#1E6B52", logo=logo_path))
    render_flyer(blue, text, tmp_path / "blue.pdf", LeafletSettings())
    render_flyer(blue, other, tmp_path / "blue-other.pdf", LeafletSettings())
    render_flyer(red, text, tmp_path / "after.pdf", LeafletSettings())
    pdf.MEASURER._seen.clear()
    pdf._SET.clear()
    render_flyer(red, text, tmp_path / "fresh.pdf", LeafletSettings())
    assert (tmp_path / "after.pdf").read_bytes() == (tmp_path / "fresh.pdf").read_bytes()
    assert (tmp_path / "after.pdf").read_bytes() != (tmp_path / "blue.pdf").read_bytes()


def test_leaflet_streams_are_flate_at_the_chosen_level_only_while_a_leaflet_is_made():
    """binary_streams sets ReportLab's Flate filter to FLATE_LEVEL (and no ASCII85) for a leaflet, then puts
    ReportLab's own back for anything else the process draws."""
    import zlib

    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    from pipeline.leaflets.printing import FLATE_LEVEL, binary_streams

    data = ("BT /F1 12 Tf 72 720 Td (Bảo hiểm xã hội) Tj ET\n" * 400).encode("utf8")
    before, a85 = pdfdoc.PDFZCompress.encode(data), rl_config.useA85
    with binary_streams():
        assert pdfdoc.PDFZCompress.encode(data) == zlib.compress(data, FLATE_LEVEL) != before
        assert rl_config.useA85 == 0
    assert pdfdoc.PDFZCompress.encode(data) == before == zlib.compress(data)
    assert "encode" not in vars(pdfdoc.PDFZCompress) and rl_config.useA85 == a85
