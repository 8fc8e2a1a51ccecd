"""Infographic PNGs: sizes per format, brand colours, fitting, the QR code, settings."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import make_campaign, make_text
from pipeline.content import Brand, KeyFigure
from pipeline.errors import RenderError
from pipeline.imaging.colors import contrast_ratio, hex_to_rgb
from pipeline.infographics.formats import DEFAULT_FORMATS, FORMATS
from pipeline.infographics.layout import plan_infographic, website_label
from pipeline.infographics.render import render_infographic
from pipeline.infographics.settings import InfographicSettings

SIX_POINTS = make_text(
    "six-points", key_figures=(),
    points=("Chủ hộ kinh doanh có đăng ký kinh doanh tham gia BHXH bắt buộc",
            "Người quản lý doanh nghiệp không hưởng tiền lương cũng thuộc diện tham gia",
            "Người làm việc không trọn thời gian có thu nhập từ mức thấp nhất",
            "Quyền lợi của người lao động được bảo vệ đầy đủ",
            "Chậm đóng phải nộp thêm 0,03% mỗi ngày trên số tiền chậm đóng",
            "Gọi 1900 9068 để được tư vấn miễn phí"))
FOUR_FIGURES = make_text(
    "four-figures", title="Trợ cấp thai sản cho người tham gia BHXH tự nguyện",
    key_figures=(KeyFigure("2.000.000 đồng", "trợ cấp cho mỗi con được sinh ra"),
                 KeyFigure("75 tuổi", "tuổi hưởng trợ cấp hưu trí xã hội (trước là 80)"),
                 KeyFigure("15 năm", "đóng BHXH tối thiểu để hưởng lương hưu"),
                 KeyFigure("0,03%", "mỗi ngày trên số tiền chậm đóng")))
LONG_TITLE = make_text(
    "long-title", title="Người đã đủ tuổi nghỉ hưu nhưng chưa đủ 15 năm đóng bảo hiểm xã hội được nhận "
                        "trợ cấp hằng tháng từ chính khoản đóng của mình")
BARE = make_text("bare", key_figures=(), points=())


def decode_qr(image: Image.Image) -> str:
    """The QR code's text in `image`, decoded offline with OpenCV."""
    import cv2

    data, _, _ = cv2.QRCodeDetector().detectAndDecode(np.array(image.convert("RGB")))
    return data


def boxes_overlap(a, b) -> bool:
    """True when two (x0, y0, x1, y1) boxes share area."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# ---------------------------------------------------------------- formats and settings


def test_formats_and_default():
    assert FORMATS == {"square": (1080, 1080), "portrait": (1080, 1350), "story": (1080, 1920), "link": (1200, 628),
                       "landscape": (1920, 1080)}
    assert DEFAULT_FORMATS == ("portrait",)
    from pipeline.templates.model import load_template

    assert {name: (load_template(name).width, load_template(name).height) for name in FORMATS} == FORMATS


def test_settings_defaults_and_params():
    settings = InfographicSettings.from_mapping(None)
    assert settings.formats == ("portrait",) and settings.compress_level == 3
    params = InfographicSettings.from_mapping({"formats": ["story", "square"], "compress_level": 1}).as_params()
    assert json.loads(json.dumps(params)) == {"formats": ["story", "square"], "compress_level": 1,
                                              "show_summary": True}


@pytest.mark.parametrize("data, message", [
    ({"colour": "red"}, "infographics.colour: unknown setting"),
    ({"formats": ["square", "a4"]}, "infographics.formats: unknown format 'a4'"),
    ({"formats": []}, "infographics.formats: must be a non-empty list"),
    ({"formats": ["story", "story"]}, "infographics.formats: 'story' is listed twice"),
    ({"compress_level": 12}, "infographics.compress_level: must be a whole number from 0 to 9"),
    ({"compress_level": True}, "infographics.compress_level"),
    ({"show_summary": "yes"}, "infographics.show_summary: must be true or false"),
])
def test_settings_report_the_field_and_problem(data, message):
    with pytest.raises(ValueError) as info:
        InfographicSettings.from_mapping(data)
    assert str(info.value).startswith(message)


def test_website_label_is_what_people_type():
    assert website_label("https://www.baohiemxahoi.gov.vn/") == "baohiemxahoi.gov.vn"
    assert website_label("https://vss.gov.vn/luat") == "vss.gov.vn/luat"


# ---------------------------------------------------------------- rendered images


@pytest.mark.parametrize("format_name", list(FORMATS))
def test_render_each_format(format_name, tmp_path: Path):
    text = make_text(link="https://baohiemxahoi.gov.vn/luong-huu-15-nam")
    campaign = make_campaign((text,))
    dest = tmp_path / "infographics" / text.id / f"{format_name}.png"
    media = render_infographic(campaign, text, format_name, dest)

    width, height = FORMATS[format_name]
    assert media == {"width": width, "height": height, "format": format_name, "mode": "RGB",
                     "template": f"{format_name}.yaml", "alt_text": media["alt_text"], "fit": media["fit"],
                     "warnings": media["warnings"]}
    assert sorted(p.name for p in dest.parent.iterdir()) == [dest.name]  # no temp file left behind
    with Image.open(dest) as image:
        assert image.format == "PNG" and image.size == (width, height) and image.mode == "RGB"
        pixels = np.array(image)
    # Not blank, and the brand colours are really used.
    packed = (pixels[..., 0].astype(np.uint32) << 16) | (pixels[..., 1].astype(np.uint32) << 8) | pixels[..., 2]
    assert len(np.unique(packed)) > 50
    primary_share = np.all(pixels == hex_to_rgb("#0B5FA5"), axis=-1).mean()
    accent_share = np.all(pixels == hex_to_rgb("#F5A623"), axis=-1).mean()
    assert primary_share > 0.10 and accent_share > 0.001
    # The QR code in the picture leads to the text's link (a link image is a link itself: no code).
    plan = plan_infographic(campaign, text, format_name)
    if format_name == "link":
        assert not [item for item in plan.items if item.kind == "qr"] and "Mã QR" not in media["alt_text"]
        return
    x0, y0, x1, y1 = (round(v) for v in plan.picture("qr").box)
    assert decode_qr(Image.fromarray(pixels[y0:y1, x0:x1])) == campaign.qr_target(text)


def test_whole_infographic_qr_decodes_to_the_campaign_website(tmp_path: Path):
    text = make_text(link=None)
    campaign = make_campaign((text,))
    render_infographic(campaign, text, "portrait", tmp_path / "p.png")
    with Image.open(tmp_path / "p.png") as image:
        assert decode_qr(image) == "https://baohiemxahoi.gov.vn"


def test_campaign_logo_file_is_drawn(tmp_path: Path):
    (tmp_path / "brand").mkdir()
    Image.new("RGBA", (64, 64), (230, 0, 120, 255)).save(tmp_path / "brand" / "logo.png")
    text = make_text()
    campaign = make_campaign((text,), root=tmp_path,
                             brand=Brand(primary="#0B5FA5", accent="#F5A623", logo=Path("brand/logo.png")))
    render_infographic(campaign, text, "square", tmp_path / "s.png")
    plan = plan_infographic(campaign, text, "square")
    x0, y0, x1, y1 = (round(v) for v in plan.picture("logo").box)
    with Image.open(tmp_path / "s.png") as image:
        logo_pixels = np.array(image.crop((x0, y0, x1, y1)))
    assert np.all(logo_pixels == (230, 0, 120), axis=-1).mean() > 0.5


def test_compress_level_comes_from_the_campaign_settings(tmp_path: Path):
    text = make_text()
    fast = make_campaign((text,), sections={"infographics": {"compress_level": 0}})
    small = make_campaign((text,), sections={"infographics": {"compress_level": 9}})
    render_infographic(fast, text, "square", tmp_path / "fast.png")
    render_infographic(small, text, "square", tmp_path / "small.png")
    assert (tmp_path / "fast.png").stat().st_size > 2 * (tmp_path / "small.png").stat().st_size
    bad = make_campaign((text,), sections={"infographics": {"compress": 1}})
    with pytest.raises(ValueError, match="infographics.compress"):
        render_infographic(bad, text, "square", tmp_path / "bad.png")


# ---------------------------------------------------------------- layout


TEXTS = [make_text(), SIX_POINTS, FOUR_FIGURES, LONG_TITLE, BARE]


@pytest.mark.parametrize("text, format_name", list(itertools.product(TEXTS, FORMATS)),
                         ids=lambda v: v if isinstance(v, str) else v.id)
def test_layout_fits_inside_the_canvas_without_overlaps(text, format_name):
    campaign = make_campaign((text,))
    plan = plan_infographic(campaign, text, format_name)
    texts = plan.texts()
    for item in texts:
        x0, y0, x1, y1 = item.box
        assert 0 <= x0 and x1 <= plan.width and 0 <= y0 and y1 <= plan.height, item.layer
        assert item.fitted.width <= x1 - x0 + 0.5, item.layer  # no line wider than its column
        # Readable: every text colour against its background.
        assert contrast_ratio(item.color, item.background) >= 4.5, item.layer
    for a, b in itertools.combinations(texts, 2):
        assert not boxes_overlap(a.box, b.box), (a.layer, b.layer)
    for qr in (item.box for item in plan.items if item.kind == "qr"):
        assert not any(boxes_overlap(qr, item.box) for item in texts)
    # What the text says is on the image, or its leaving out is recorded (points go first, by priority).
    fields = {item.field for item in texts}
    dropped = {event["layer"] for event in plan.events if event["event"] == "dropped"}
    assert "title" in fields and "organisation" in fields and ("hotline" in fields or format_name == "link")
    bound = {layer.get("bind") for layer in plan.template.all_layers().values()}
    for i in range(len(text.points) if "points" in bound else 0):  # (a link image has no points by design)
        assert f"points[{i}]" in fields or f"points[{i}]" in dropped or "points" in dropped, i
    for i in range(len(text.key_figures)):
        assert f"key_figures[{i}].value" in fields or f"figures[{i}]" in dropped or "figures" in dropped, i
    # Hierarchy: the title outranks the points, the big numbers the labels.
    sizes = {item.field: item.fitted.size for item in texts if item.field}
    assert all(sizes["title"] > size for field, size in sizes.items() if field.startswith("points"))
    assert all(sizes[f"key_figures[{i}].value"] > sizes[f"key_figures[{i}].label"]
               for i in range(len(text.key_figures)) if f"key_figures[{i}].value" in sizes)
    # Legible: body text never below 28 px at these widths.
    assert all(size >= 28 for field, size in sizes.items() if field.startswith("points"))


def test_each_format_is_laid_out_for_its_shape():
    text = make_text()
    campaign = make_campaign((text,))
    plans = {name: plan_infographic(campaign, text, name) for name in FORMATS}

    def box(plan, field):
        return next(item for item in plan.texts() if item.field == field).box

    # Landscape: title in the left panel, key figures and points in the right column.
    landscape = plans["landscape"]
    panel = landscape.boxes["band"][2]
    assert panel == 780
    assert box(landscape, "title")[2] <= panel
    assert box(landscape, "key_figures[0].value")[0] >= panel
    assert box(landscape, "points[0]")[0] >= panel
    # Stacked formats: title above the figures above the points, QR in the footer.
    for name in ("square", "portrait", "story"):
        plan = plans[name]
        shown = [item for item in plan.texts() if (item.field or "").startswith("points")]
        assert box(plan, "title")[3] <= box(plan, "key_figures[0].value")[1]
        assert all(box(plan, "key_figures[0].value")[1] <= item.box[1] < plan.picture("qr").box[1] for item in shown)
    # The taller story gets larger type than the square.
    title_size = {name: next(i for i in plan.texts() if i.field == "title").fitted.size
                  for name, plan in plans.items()}
    assert title_size["story"] > title_size["square"]


def test_text_without_figures_or_points_shows_its_summary_as_lead():
    plan = plan_infographic(make_campaign((BARE,)), BARE, "portrait")
    summary = [item for item in plan.texts() if item.field == "summary"]
    assert len(summary) == 1 and summary[0].fitted.size >= 34


def test_summary_can_be_left_out():
    text = make_text()
    plan = plan_infographic(make_campaign((text,)), text, "portrait", show_summary=False)
    assert "summary" not in {item.field for item in plan.texts()}


# ---------------------------------------------------------------- texts that do not fit


def test_impossibly_long_title_is_a_render_error_naming_the_field(tmp_path: Path):
    text = make_text("luong-huu", title=" ".join(["Chỉ cần 15 năm đóng bảo hiểm xã hội để hưởng lương hưu"] * 5))
    campaign = make_campaign((text,))
    dest = tmp_path / "portrait.png"
    with pytest.raises(RenderError) as info:
        render_infographic(campaign, text, "portrait", dest)
    message = str(info.value.message)
    assert message.startswith("luong-huu: title does not fit the portrait template (portrait.yaml) even at 44 px")
    assert "room for 4" in message
    assert not dest.exists() and list(tmp_path.iterdir()) == []


def test_word_too_wide_for_a_card_is_a_render_error_naming_the_figure():
    text = make_text(key_figures=(KeyFigure("15 năm", "tối thiểu"),
                                  KeyFigure("1234567890123456789012345678901234567890", "mã")))
    with pytest.raises(RenderError, match=r"figures\[1\]\.value does not fit .*the word '1234567890"):
        plan_infographic(make_campaign((text,)), text, "square")


def test_too_much_content_leaves_the_points_out_by_priority_and_says_so():
    points = tuple(f"Điểm thứ {i}: người lao động được hưởng quyền lợi đầy đủ theo quy định của Luật "
                   f"Bảo hiểm xã hội năm 2024" for i in range(6))
    text = make_text(key_figures=FOUR_FIGURES.key_figures, points=points)
    plan = plan_infographic(make_campaign((text,)), text, "story")  # portrait and square show no points
    dropped = [event for event in plan.events if event["event"] == "dropped"]
    assert dropped and all(event["layer"].startswith("points") for event in dropped)
    assert all(event["reason"] for event in dropped)
    shown = {item.field for item in plan.texts()}
    assert not any(field.startswith("points") for field in shown if field)
    assert {f"key_figures[{i}].label" for i in range(4)} <= shown  # the figures, never dropped, all there


def test_figures_that_cannot_fit_are_a_render_error_with_needed_and_room():
    label = "người lao động đóng bảo hiểm xã hội bắt buộc được hưởng đủ chế độ"
    text = make_text("day", title="Người lao động đóng bảo hiểm xã hội bắt buộc được hưởng đầy đủ các chế độ theo "
                                  "quy định của Luật mới",
                     key_figures=tuple(KeyFigure(f"{i}.000.000 đồng", label) for i in range(1, 5)))
    with pytest.raises(RenderError, match=r"^day: figures do not fit the square template \(square.yaml\) even at "
                                          r"the smallest text sizes \(needs \d+ px of height, room for \d+"):
        plan_infographic(make_campaign((text,)), text, "square")


def test_characters_the_font_cannot_draw_are_a_render_error():
    text = make_text(points=("Gọi ngay ☎ 1900 9068",))
    with pytest.raises(RenderError, match=r"points\[0\].*'☎'"):
        plan_infographic(make_campaign((text,)), text, "portrait")


@pytest.mark.parametrize("format_name", sorted(FORMATS))
@pytest.mark.parametrize("priority, label", [("emergency", "KHẨN CẤP"), ("priority", "QUAN TRỌNG"),
                                             ("normal", None)])
def test_priority_badge_on_every_format(format_name, priority, label):
    from pipeline.infographics.layout import plan_infographic

    text = make_text(priority=priority)
    plan = plan_infographic(make_campaign((text,)), text, format_name)
    badges = [item for item in plan.texts() if item.field == "priority badge"]
    if label is None:
        assert not badges
        return
    (badge,) = badges
    assert badge.fitted.text == label if hasattr(badge.fitted, "text") else True
    assert contrast_ratio(badge.color, badge.background) >= 4.5
    # it sits above the title, inside the frame
    title = next(item for item in plan.texts() if item.field == "title")
    assert badge.box[3] <= title.box[1]
    assert 0 <= badge.box[0] and badge.box[2] <= plan.width


@pytest.mark.parametrize("accent", ["#F5A623", "#0B5FA5", "#888888", "#FFEE00", "#C62828"])
def test_priority_badge_colours_are_readable(accent):
    from pipeline.imaging.badge import priority_badge

    assert priority_badge("normal", accent) is None
    for priority in ("emergency", "priority"):
        badge = priority_badge(priority, accent)
        assert contrast_ratio(badge.text, badge.fill) >= 4.5
    assert priority_badge("emergency", accent).label == "KHẨN CẤP"
    assert priority_badge("priority", accent).label == "QUAN TRỌNG"


THREE_FIGURES = make_text(key_figures=(KeyFigure("75 tuổi", "tuổi hưởng trợ cấp hưu trí xã hội"),
                                       KeyFigure("70 tuổi", "hộ nghèo, hộ cận nghèo"),
                                       KeyFigure("80 tuổi", "tuổi hưởng theo quy định cũ")))


@pytest.mark.parametrize("format_name", ["portrait", "square", "story"])
def test_three_figures_are_one_big_main_figure_and_two_under_it(format_name):
    """columns {3: [1, 2]}: the first figure (the main one) across the body in the big style, the other two side
    by side under it, never three narrow cards or a lone third one."""
    plan = plan_infographic(make_campaign((THREE_FIGURES,)), THREE_FIGURES, format_name)
    cards = [item for item in plan.items if item.kind == "rect" and item.layer in ("figures[0]", "figures[1]",
                                                                                   "figures[2]")]
    first, second, third = sorted(cards, key=lambda item: item.layer)
    assert first.box[3] <= second.box[1] and second.box[1] == third.box[1]  # one row, then two
    assert first.box[0] == second.box[0] and first.box[2] == third.box[2]  # across both
    assert second.box[2] <= third.box[0]
    values = {item.field: item.fitted.size for item in plan.texts() if item.field and item.field.endswith(".value")}
    assert values["key_figures[0].value"] > values["key_figures[1].value"] == values["key_figures[2].value"]
    assert not [event for event in plan.events if event["event"] == "dropped" and event["layer"].startswith("fig")]


def test_rows_written_out_must_hold_as_many_items_as_their_count(tmp_path: Path):
    from pipeline.templates.model import TemplateError, load_template

    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/portrait.yaml").write_text(
        "template: portrait\nextends: builtin:portrait\nlayers:\n  - {id: figures, columns: {3: [1, 1]}}\n", "utf-8")
    with pytest.raises(TemplateError, match=r"layers\[figures\]\.columns: .*rows written out"):
        load_template("portrait", tmp_path)
