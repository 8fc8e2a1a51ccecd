"""The shared Pillow toolkit: text wrapping and fitting, colours, QR codes, logo, shapes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont, features

from pipeline.errors import RenderError
from pipeline.fonts import font_path
from pipeline.imaging import colors, shapes
from pipeline.imaging.logo import brand_mark, load_logo, logo_aspect, logo_image
from pipeline.imaging.qr import qr_image
from pipeline.imaging.text import (FittedText, draw_text, fit_text, layout_text, load_font, split_words,
                                   text_length, wrap_lines)

SENTENCE = ("Người lao động đã đủ tuổi nghỉ hưu nhưng chưa đủ 15 năm đóng bảo hiểm xã hội "
            "được nhận trợ cấp hằng tháng từ chính khoản đóng của mình")


def decode_qr(image: Image.Image) -> str:
    """The text of the QR code in `image`, decoded offline with OpenCV ("" if none found)."""
    import cv2

    data, _, _ = cv2.QRCodeDetector().detectAndDecode(np.array(image.convert("RGB")))
    return data


# ---------------------------------------------------------------- fonts and raqm


def test_raqm_is_the_layout_engine():
    assert features.check("raqm")
    assert load_font("Regular", 30).layout_engine == ImageFont.Layout.RAQM


def test_unhinted_font_keeps_the_metrics_of_the_font_file():
    hinted = ImageFont.truetype(str(font_path("Bold")), 40, layout_engine=ImageFont.Layout.RAQM)
    assert text_length(load_font("Bold", 40), SENTENCE) == pytest.approx(hinted.getlength(SENTENCE, language="vi"))
    assert load_font("Bold", 40).getmetrics() == hinted.getmetrics()


# ---------------------------------------------------------------- wrapping


@pytest.mark.parametrize("wrap", ["greedy", "balanced", "no-orphans"])
@pytest.mark.parametrize("width", [200, 420, 900])
def test_wrap_lines_fit_the_width_and_keep_every_syllable_whole(wrap, width):
    font = load_font("Medium", 32)
    lines = wrap_lines(SENTENCE, font, width, wrap)
    assert len(lines) > 1 if width < 900 else len(lines) >= 1
    assert all(text_length(font, line) <= width for line in lines)
    # Breaking only at spaces: the lines' words, in order, are exactly the text's syllables.
    assert [word for line in lines for word in line.split(" ")] == SENTENCE.split(" ")


def test_wrap_lines_leaves_a_too_long_word_whole_on_its_own_line():
    font = load_font("Bold", 40)
    word = "https://baohiemxahoi.gov.vn/tin-tuc/luat-bao-hiem-xa-hoi"
    lines = wrap_lines(f"Xem {word} nhé", font, 300)
    assert word in lines
    assert text_length(font, word) > 300


def test_no_break_space_keeps_a_number_with_its_unit():
    font = load_font("Regular", 30)
    text = "đóng tối thiểu 15\u00a0năm để hưởng lương hưu hằng tháng"
    for width in range(150, 700, 25):
        lines = wrap_lines(text, font, width)
        assert any("15\u00a0năm" in line for line in lines)
    assert split_words("a\u00a0b c") == [["a\u00a0b", "c"]]


def test_hard_line_breaks_are_kept():
    font = load_font("Regular", 30)
    assert wrap_lines("Dòng một\nDòng hai", font, 1000) == ["Dòng một", "Dòng hai"]


def test_balanced_wrap_keeps_the_line_count_and_evens_the_lines():
    font = load_font("ExtraBold", 60)
    greedy = wrap_lines(SENTENCE, font, 900, "greedy")
    balanced = wrap_lines(SENTENCE, font, 900, "balanced")
    assert len(balanced) == len(greedy)
    spread = lambda lines: max(map(lambda l: text_length(font, l), lines)) - min(  # noqa: E731
        map(lambda l: text_length(font, l), lines))
    assert spread(balanced) < spread(greedy)


def test_no_orphans_wrap_never_leaves_one_word_alone_when_it_can_move_one():
    font = load_font("Medium", 30)
    text = "trợ cấp cho mỗi con được sinh ra"
    width = text_length(font, "trợ cấp cho mỗi con được sinh") + 2
    assert wrap_lines(text, font, width, "greedy")[-1] == "ra"
    assert wrap_lines(text, font, width, "no-orphans")[-1] == "sinh ra"


def test_unknown_wrap_is_refused():
    with pytest.raises(ValueError, match="unknown wrap"):
        wrap_lines("a b", load_font("Regular", 20), 100, "justify")


# ---------------------------------------------------------------- fitting


def test_fit_text_returns_the_largest_size_that_fits():
    fitted = fit_text(SENTENCE, "Bold", 600, 300, max_size=80, min_size=20, line_spacing=1.2)
    assert isinstance(fitted, FittedText)
    assert fitted.width <= 600 and fitted.height <= 300
    bigger = layout_text(SENTENCE, "Bold", fitted.size + 1, 600, 1.2)
    assert bigger.width > 600 or bigger.height > 300


def test_fit_text_sizes_decrease_as_the_text_grows():
    words = SENTENCE.split(" ")
    sizes = []
    for count in range(2, len(words) + 1, 3):
        fitted = fit_text(" ".join(words[:count]), "Bold", 700, 260, max_size=120, min_size=10)
        assert fitted is not None
        sizes.append(fitted.size)
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] > sizes[-1]


def test_fit_text_respects_max_lines():
    fitted = fit_text(SENTENCE, "Regular", 800, None, max_size=60, min_size=12, max_lines=2)
    assert fitted is not None and fitted.line_count <= 2


def test_fit_text_returns_none_when_even_the_minimum_size_does_not_fit():
    assert fit_text(SENTENCE, "Regular", 400, 80, max_size=40, min_size=28) is None
    # A single syllable wider than the box cannot be broken: shrinking is the only way.
    assert fit_text("Nghiêngggggggggggggggg", "Black", 150, None, max_size=60, min_size=30) is None
    assert fit_text("Nghiêng", "Black", 150, None, max_size=60, min_size=10) is not None


def test_fit_text_rejects_a_reversed_size_range():
    with pytest.raises(ValueError):
        fit_text("a", "Regular", 100, 100, max_size=10, min_size=20)


def test_block_metrics_leave_room_for_stacked_diacritics():
    plain = layout_text("Em", "Bold", 100, 1000)
    stacked = layout_text("Ễm", "Bold", 100, 1000)
    assert stacked.top > plain.top >= 70  # cap height of Be Vietnam Pro is 0.74 em
    two = layout_text("Ễm\nEm", "Bold", 100, 1000, line_spacing=1.3)
    assert two.height == two.top + two.line_height + two.descent


def test_drawn_text_stays_inside_its_block():
    text = "Ễ Ỗ Ậ Ặ ỵ gỹ Đường dây nóng\nQuỹ hưu trí Ẫ"
    fitted = layout_text(text, "ExtraBold", 64, 900, line_spacing=1.3)
    image = Image.new("L", (1200, 600), 0)
    draw_text(image, fitted, (100, 100), 255)
    ink = image.getbbox()
    assert ink is not None
    assert ink[1] >= 100 and ink[3] <= 100 + fitted.height
    assert ink[0] >= 100 - 2 and ink[2] <= 100 + fitted.width + 2


def test_draw_text_aligns_within_a_box():
    fitted = layout_text("Trung tâm", "Bold", 40, 1000)
    image = Image.new("L", (1000, 100), 0)
    draw_text(ImageDraw.Draw(image), fitted, (0, 10), 255, align="center", box_width=1000)
    left, _, right, _ = image.getbbox()
    assert abs((left + right) / 2 - 500) <= 3


# ---------------------------------------------------------------- colours


def test_hex_colours_parse_and_format():
    assert colors.hex_to_rgb("#0B5FA5") == (11, 95, 165)
    assert colors.hex_to_rgb("abc") == (170, 187, 204)
    assert colors.rgb_to_hex((11, 95, 165)) == "#0B5FA5"
    with pytest.raises(ValueError):
        colors.hex_to_rgb("#12345")


def test_mixing_and_contrast():
    assert colors.lighten("#000000", 1) == (255, 255, 255)
    assert colors.darken("#FFFFFF", 0.5) == (128, 128, 128)
    assert colors.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert colors.contrast_ratio("#0B5FA5", "#0B5FA5") == pytest.approx(1)


def test_ensure_contrast_reaches_the_ratio_and_keeps_the_hue():
    orange = colors.hex_to_rgb("#F5A623")
    assert colors.contrast_ratio(orange, colors.WHITE) < 4.5
    fixed = colors.ensure_contrast(orange, colors.WHITE)
    assert colors.contrast_ratio(fixed, colors.WHITE) >= 4.5
    assert fixed[0] > fixed[1] > fixed[2]  # still an orange
    navy = colors.hex_to_rgb("#06345B")
    assert colors.contrast_ratio(colors.ensure_contrast(orange, navy), navy) >= 4.5
    assert colors.text_color_on("#FFD400") != colors.WHITE
    assert colors.text_color_on("#0B5FA5") == colors.WHITE


# ---------------------------------------------------------------- QR codes


def test_qr_image_has_the_exact_size_and_decodes_to_the_url():
    url = "https://baohiemxahoi.gov.vn/luat-bhxh-2024?utm_source=zalo"
    image = qr_image(url, 301, dark=(10, 30, 60))
    assert image.size == (301, 301) and image.mode == "RGB"
    assert decode_qr(image) == url
    # Whole-pixel modules: only the two colours appear.
    assert set(map(tuple, np.array(image).reshape(-1, 3))) == {(10, 30, 60), (255, 255, 255)}


def test_qr_image_refuses_a_size_too_small_for_its_modules():
    with pytest.raises(ValueError, match="too small"):
        qr_image("https://baohiemxahoi.gov.vn", 40)


# ---------------------------------------------------------------- logo


def test_brand_mark_is_drawn_in_the_brand_colour_when_there_is_no_logo():
    mark = logo_image(None, None, 120, "#0B5FA5", "#F5A623")
    assert mark.mode == "RGBA" and mark.size == (120, 120)
    pixels = np.array(mark)
    assert (np.all(pixels[..., :3] == (11, 95, 165), axis=-1) & (pixels[..., 3] == 255)).sum() > 3000
    assert pixels[0, 0, 3] == 0  # transparent outside the disc
    assert brand_mark(64, "#C00000", "#FFFFFF").getpixel((32, 4))[:3] == (192, 0, 0)


def test_logo_file_is_loaded_relative_to_the_campaign_and_fitted(tmp_path: Path):
    (tmp_path / "brand").mkdir()
    Image.new("RGBA", (300, 100), (200, 0, 0, 255)).save(tmp_path / "brand" / "logo.png")
    assert load_logo(None) is None
    assert logo_aspect(Path("brand/logo.png"), tmp_path) == pytest.approx(3.0)
    fitted = logo_image(Path("brand/logo.png"), tmp_path, (120, 120), "#0B5FA5", "#F5A623")
    assert fitted.size == (120, 40) and fitted.getpixel((60, 20)) == (200, 0, 0, 255)


def test_unreadable_logo_is_a_render_error(tmp_path: Path):
    (tmp_path / "logo.png").write_bytes(b"not a png")
    with pytest.raises(RenderError, match="logo"):
        load_logo(tmp_path / "logo.png")
    with pytest.raises(RenderError, match="missing.png"):
        load_logo("missing.png", tmp_path)


# ---------------------------------------------------------------- shapes


def test_rounded_rectangle_is_filled_with_smooth_corners():
    image = Image.new("RGB", (200, 120), (255, 255, 255))
    shapes.rounded_rectangle(image, (10, 10, 190, 110), 30, (11, 95, 165))
    assert image.getpixel((100, 60)) == (11, 95, 165)
    assert image.getpixel((10, 10)) == (255, 255, 255)  # the corner is cut
    assert image.getpixel((189, 60)) == (11, 95, 165) and image.getpixel((190, 60)) == (255, 255, 255)
    corner = np.array(image.crop((10, 10, 40, 40)))[..., 2]
    assert len(np.unique(corner)) > 5  # antialiased edge: intermediate shades


def test_ellipse_is_cut_to_its_clip_box():
    image = Image.new("RGB", (100, 100), (0, 0, 0))
    shapes.ellipse(image, (-50, -50, 150, 150), (255, 0, 0), clip=(0, 0, 100, 40))
    assert image.getpixel((50, 20)) == (255, 0, 0)
    assert image.getpixel((50, 60)) == (0, 0, 0)
