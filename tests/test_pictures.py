"""A text's picture (`image:`) and the key figures' icons: validation, cover crop, drawing on the images, the
build's params and the approval, and the print helpers (CMYK, ppi, vector icons)."""

from __future__ import annotations

import dataclasses
import io
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms

from pipeline.approve import approve_texts
from pipeline.campaign import load_campaign
from pipeline.errors import CampaignError, RenderError
from pipeline.imaging import icons, pictures
from pipeline.infographics.layout import plan_infographic
from pipeline.infographics.render import render_infographic
from pipeline.templates.model import TemplateError, load_template

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "campaign"
APPROVER = "Trung tâm Truyền thông"


def run(*args: str) -> subprocess.CompletedProcess:
    """The real command line, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=600)


def photo(size=(1200, 800), seed=1) -> Image.Image:
    """A photo-like RGB picture: left half saturated green, right half magenta, with noise (never a flat fill)."""
    rng = np.random.default_rng(seed)
    w, h = size
    pixels = np.zeros((h, w, 3), dtype=np.float32)
    pixels[:, : w // 2] = (30, 170, 60)
    pixels[:, w // 2:] = (200, 40, 160)
    pixels += rng.normal(0, 6, pixels.shape)
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8))


def save(image: Image.Image, path: Path, fmt: str = "JPEG", **options) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, fmt, **options)
    return path


def campaign_with_picture(tmp_path: Path, image_line: str = "image: {file: pictures/a.jpg, credit: \"Ảnh: Lan\"}",
                          figure_icon: str | None = None, formats: str = "[portrait]", approve: bool = True) -> Path:
    """The fixture campaign with a picture for its first text (pictures/a.jpg), approved."""
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURE, root)
    with open(root / "campaign.yaml", "a", encoding="utf-8") as config:
        config.write(f"infographics: {{formats: {formats}}}\n")
    save(photo(), root / "pictures" / "a.jpg")
    text = root / "texts" / "a-luong-huu.md"
    content = text.read_text("utf-8").replace("points:\n", f"{image_line}\npoints:\n", 1)
    if figure_icon is not None:
        content = content.replace('label: "đóng BHXH tối thiểu"}', f'label: "đóng BHXH tối thiểu", icon: {figure_icon}}}')
    text.write_text(content, "utf-8")
    if approve:
        approve_texts(sorted((root / "texts").glob("*.md")), APPROVER)
    return root


def problems_of(root: Path) -> list[str]:
    with pytest.raises(CampaignError) as caught:
        load_campaign(root)
    return [str(problem) for problem in caught.value.problems]


# ---------------------------------------------------------------- validation


def test_a_valid_picture_is_read_once_into_the_snapshot(tmp_path: Path):
    root = campaign_with_picture(tmp_path)
    campaign = load_campaign(root)
    text = campaign.text("luong-huu")
    assert text.buildable
    assert (text.image.width, text.image.height, text.image.credit) == (1200, 800, "Ảnh: Lan")
    assert text.image.focus == (0.5, 0.5)
    assert campaign.snapshot.get("pictures/a.jpg") == text.image.asset
    assert text.image.credit_line == "Ảnh: Lan"
    assert text.image.alt is None
    assert pictures.credit_line("Lan") == "Ảnh: Lan"


@pytest.mark.parametrize("image_line, make, field, message", [
    ("image: {file: pictures/a.gif}", lambda p: save(photo(), p / "pictures/a.gif", "GIF"), "image.file",
     "must be a PNG or JPEG picture"),
    ("image: {file: pictures/fake.png}", lambda p: save(photo(), p / "pictures/fake.png", "GIF"), "image.file",
     "is a GIF image; only PNG and JPEG"),
    ("image: {file: pictures/broken.jpg}", lambda p: (p / "pictures/broken.jpg").write_bytes(b"\xff\xd8\xff not a jpeg"),
     "image.file", "cannot be read as a PNG or JPEG image"),
    ("image: {file: ../outside.jpg}", lambda p: save(photo(), p.parent / "outside.jpg"), "image.file",
     "must be a path inside the campaign folder"),
    ("image: {file: pictures/link.jpg}",
     lambda p: (save(photo(), p.parent / "elsewhere.jpg"), (p / "pictures/link.jpg").symlink_to(p.parent / "elsewhere.jpg")),
     "image.file", "leads outside the campaign folder"),
    ("image: {file: pictures/small.jpg}", lambda p: save(photo((400, 300)), p / "pictures/small.jpg"), "image.file",
     "400 x 300 px is too small: at least 600 px"),
    ("image: {file: pictures/missing.jpg}", lambda p: None, "image.file", "file not found"),
    ("image: {file: pictures/a.jpg, focus: [0.5, 2]}", lambda p: None, "image.focus", "each from 0 to 1"),
    ("image: {file: pictures/a.jpg, credits: x}", lambda p: None, "image.credits", "unknown field"),
    ("image: pictures/a.jpg", lambda p: None, "image", "must be {file: pictures/photo.jpg"),
])
def test_a_bad_picture_is_an_error_naming_file_field_and_problem(tmp_path: Path, image_line, make, field, message):
    root = campaign_with_picture(tmp_path)
    make(root)
    text = root / "texts" / "a-luong-huu.md"
    content = text.read_text("utf-8")
    start = content.index("image:")
    text.write_text(content[:start] + image_line + content[content.index("\n", start):], "utf-8")
    found = problems_of(root)
    assert any("a-luong-huu.md" in p and field in p and message in p for p in found), found


def test_a_bad_picture_exits_2_on_the_command_line(tmp_path: Path):
    root = campaign_with_picture(tmp_path)
    save(photo((500, 500)), root / "pictures" / "a.jpg")
    result = run("status", str(root), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert "a-luong-huu.md" in result.stderr and "image.file" in result.stderr and "too small" in result.stderr


def _cmyk_jpeg(path: Path) -> Path:
    """A CMYK JPEG as print shops send them: pure cyan left, pure magenta right, no embedded profile."""
    cmyk = np.zeros((700, 900, 4), dtype=np.uint8)
    cmyk[:, :450, 0] = 255
    cmyk[:, 450:, 1] = 255
    return save(Image.frombytes("CMYK", (900, 700), cmyk.tobytes()), path)


def test_a_cmyk_jpeg_is_accepted_and_converted_through_the_print_profile(tmp_path: Path):
    root = campaign_with_picture(tmp_path)
    _cmyk_jpeg(root / "pictures" / "a.jpg")
    approve_texts(sorted((root / "texts").glob("*.md")), APPROVER)
    picture = load_campaign(root).text("luong-huu").image
    image = picture.image()
    assert image.mode == "RGB" and image.size == (900, 700)
    cyan, magenta = image.getpixel((100, 350)), image.getpixel((800, 350))
    # FOGRA39 cyan is a mid blue (about 0, 160, 225), magenta a pink-red: not the naive inversion's (0, 255, 255)
    assert cyan[0] < 60 and 120 < cyan[1] < 190 and cyan[2] > 190, cyan
    assert magenta[0] > 200 and magenta[1] < 60 and 100 < magenta[2] < 180, magenta


@pytest.mark.parametrize("mode", ["P", "LA", "L", "RGBA"])
def test_palette_and_grey_pictures_are_converted_to_rgb(tmp_path: Path, mode):
    data = io.BytesIO()
    photo((800, 600)).convert(mode).save(data, "PNG")
    width, height = pictures.check(data.getvalue())
    image = pictures._open(data.getvalue())
    assert (width, height) == (800, 600)
    assert image.mode == ("RGBA" if mode in ("LA", "RGBA") else "RGB")


def test_an_exif_rotated_phone_photo_is_drawn_upright(tmp_path: Path):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view: a phone held upright
    data = io.BytesIO()
    photo((1000, 700)).save(data, "JPEG", exif=exif)
    assert pictures.check(data.getvalue()) == (700, 1000)


# ---------------------------------------------------------------- cover crop


def test_cover_crop_keeps_the_focus_point_in_the_box():
    rng = random.Random(7)
    for _ in range(500):
        size = (rng.randint(600, 4000), rng.randint(600, 4000))
        box = (rng.randint(50, 2000), rng.randint(50, 2000))
        focus = (rng.random(), rng.random())
        left, top, right, bottom = pictures.cover_box(size, box, focus)
        assert -1e-6 <= left and -1e-6 <= top and right <= size[0] + 1e-6 and bottom <= size[1] + 1e-6
        assert (right - left) / (bottom - top) == pytest.approx(box[0] / box[1], rel=1e-6)
        fx, fy = focus[0] * size[0], focus[1] * size[1]
        assert left - 1e-6 <= fx <= right + 1e-6 and top - 1e-6 <= fy <= bottom + 1e-6
        # as large as the picture allows: one side of the region is the picture's whole side
        assert right - left == pytest.approx(size[0]) or bottom - top == pytest.approx(size[1])


def test_cover_shows_the_focus_side_of_the_picture():
    image = photo((1200, 800))  # green left, magenta right
    left = np.asarray(pictures.cover(image, 200, 400, (0.1, 0.5)), dtype=float).mean(axis=(0, 1))
    right = np.asarray(pictures.cover(image, 200, 400, (0.9, 0.5)), dtype=float).mean(axis=(0, 1))
    assert left[1] > 150 and left[0] < 60  # green
    assert right[0] > 170 and right[1] < 70  # magenta


# ---------------------------------------------------------------- drawn on the images


def _item(plan, kind):
    return next(item for item in plan.items if item.kind == kind)


def test_the_infographic_shows_the_picture_in_its_box_with_its_credit(tmp_path: Path):
    root = campaign_with_picture(tmp_path, "image: {file: pictures/a.jpg, credit: Lan, focus: [0.2, 0.5], "
                                           "alt: Ruộng lúa và hoa}")
    campaign = load_campaign(root)
    text = campaign.text("luong-huu")
    for fmt in ("portrait", "square", "story", "landscape", "link"):
        plan = plan_infographic(campaign, text, fmt)
        media = render_infographic(campaign, text, fmt, tmp_path / f"{fmt}.png")
        picture = _item(plan, "image")
        x0, y0, x1, y1 = (round(v) for v in picture.box)
        with Image.open(tmp_path / f"{fmt}.png") as image:
            pixels = np.asarray(image.crop((x0, y0, x1, y1)), dtype=float)
        free = np.ones(pixels.shape[:2], dtype=bool)  # the picture's pixels that nothing drawn later covers
        for item in plan.items[plan.items.index(picture) + 1:]:
            bx0, by0, bx1, by1 = (round(v) for v in item.box)
            free[max(0, by0 - y0 - 2):max(0, by1 - y0 + 2), max(0, bx0 - x0 - 2):max(0, bx1 - x0 + 2)] = False
        assert free.mean() > 0.2, fmt
        inside = pixels[free]
        # the picture's green and magenta, not the page or a fill; where the box is narrower than the picture,
        # the focus (on the green half) decides what is shown
        green = (inside[..., 1] > 130) & (inside[..., 0] < 90) & (inside[..., 2] < 110)
        magenta = (inside[..., 0] > 160) & (inside[..., 1] < 90) & (inside[..., 2] > 110)
        assert (green | magenta).mean() > 0.95, (fmt, (green | magenta).mean())
        if (x1 - x0) / (y1 - y0) < 1.2:
            assert green.mean() > 0.95, (fmt, green.mean())
        assert "Ảnh: Ruộng lúa và hoa." in media["alt_text"]  # the picture is described where it is shown
        credit = next(item for item in plan.texts() if item.layer == "credit")
        assert credit.field == "image_credit" and credit.box[1] >= picture.box[1] and credit.box[3] <= picture.box[3] + 0.5
        assert media["width"] == plan.width


def test_beside_three_figures_the_picture_left_out_is_reported_and_the_landscape_still_shows_it(tmp_path: Path):
    """Portrait, square and story leave the picture out beside three key figures (they take the room): never
    silently, and no credit is left floating on the band; the landscape has room and shows it."""
    root = campaign_with_picture(tmp_path, approve=False)
    text = root / "texts" / "a-luong-huu.md"
    text.write_text(text.read_text("utf-8").replace(
        '  - {value: "15 năm", label: "đóng BHXH tối thiểu"}\n',
        '  - {value: "15 năm", label: "đóng BHXH tối thiểu"}\n  - {value: "20 năm", label: "mức cũ"}\n'
        '  - {value: "1/7/2025", label: "ngày có hiệu lực"}\n', 1), "utf-8")
    approve_texts(sorted((root / "texts").glob("*.md")), APPROVER)
    campaign = load_campaign(root)
    figures_text = campaign.text("luong-huu")
    assert len(figures_text.key_figures) == 3
    for fmt in ("portrait", "square", "story"):
        plan = plan_infographic(campaign, figures_text, fmt)
        assert not any(item.kind == "image" or item.layer == "credit" for item in plan.items), fmt
        assert [e for e in plan.events if e["event"] == "dropped" and e["layer"] == "photo"
                and "picture is not shown" in e["reason"]], (fmt, plan.events)
    plan = plan_infographic(campaign, figures_text, "landscape")
    assert _item(plan, "image") and not [e for e in plan.events if e["layer"] == "photo"]


def test_a_text_without_a_picture_has_no_picture_layers(tmp_path: Path):
    root = campaign_with_picture(tmp_path)
    campaign = load_campaign(root)
    plan = plan_infographic(campaign, campaign.text("thai-san"), "portrait")
    assert not any(item.kind == "image" or item.layer == "credit" for item in plan.items)
    assert "photo" not in plan.boxes


def test_a_blurred_picture_is_a_warning_and_a_tiny_crop_an_error(tmp_path: Path):
    root = campaign_with_picture(tmp_path)
    save(photo((700, 700)), root / "pictures" / "a.jpg")  # 700 px wide, stretched to 1080: 1.5x
    approve_texts(sorted((root / "texts").glob("*.md")), APPROVER)
    campaign = load_campaign(root)
    plan = plan_infographic(campaign, campaign.text("luong-huu"), "portrait")
    assert any(event["layer"].startswith("photo") and "enlarged 1.5x" in event["reason"] for event in plan.events), \
        plan.events
    picture = campaign.text("luong-huu").image
    with pytest.raises(ValueError, match="too blurred"):
        pictures.screen_check(picture, 2000, 400)


def test_the_icon_is_drawn_in_the_figures_card(tmp_path: Path):
    root = campaign_with_picture(tmp_path, "image: {file: pictures/a.jpg}", figure_icon="money")
    campaign = load_campaign(root)
    text = campaign.text("luong-huu")
    assert text.key_figures[0].icon == "money"
    plan = plan_infographic(campaign, text, "portrait")
    icon = _item(plan, "icon")
    assert icon.data == "money" and icon.field == "key_figures[0].icon"
    label = next(item for item in plan.texts() if item.field == "key_figures[0].label")
    assert icon.box[2] <= label.box[0]  # a single figure: beside its label, not over it
    render_infographic(campaign, text, "portrait", tmp_path / "with.png")
    x0, y0, x1, y1 = (round(v) for v in icon.box)
    with Image.open(tmp_path / "with.png") as image:
        pixels = np.asarray(image.crop((x0, y0, x1, y1)), dtype=float)
    card = np.array((255, 255, 255), dtype=float)
    ink = np.abs(pixels - card).max(axis=2) > 128  # drawn on the white card
    glyph = np.asarray(icons.icon_image("money", x1 - x0, (0, 0, 0)).getchannel("A")) > 128
    assert (ink & glyph).sum() / (ink | glyph).sum() > 0.85  # the money glyph's shape, where the plan put it
    brand = np.array((0x0B, 0x5F, 0xA5), dtype=float)
    assert (np.abs(pixels[glyph] - brand).max(axis=1) < 30).mean() > 0.9  # in the template's colour
    # without an icon the card is as it was before icons: the label at the card's left edge, no icon item
    plain = dataclasses.replace(text, key_figures=tuple(dataclasses.replace(k, icon=None) for k in text.key_figures))
    plan = plan_infographic(campaign, plain, "portrait")
    assert not any(item.kind == "icon" for item in plan.items)
    assert next(item for item in plan.texts() if item.field == "key_figures[0].label").box[0] == icon.box[0]


def test_an_unknown_icon_is_an_error_listing_close_names(tmp_path: Path):
    root = campaign_with_picture(tmp_path, "image: {file: pictures/a.jpg}", figure_icon="monney", approve=False)
    found = problems_of(root)
    assert any("a-luong-huu.md" in p and "key_figures[0].icon" in p and "did you mean money" in p for p in found), found


@pytest.mark.parametrize("layer, where, message", [
    ("{id: x, type: text, bind: image, style: title, box: [0, 0, 100, auto]}", "layers[x].bind", "image layer"),
    ("{id: x, type: image, bind: title, box: [0, 0, 100, 100]}", "layers[x].bind", "bind: image"),
    ("{id: x, type: icon, bind: item.icon, fill: white, box: [0, 0, 40, 40]}", "layers[x].bind", "repeat's item"),
])
def test_a_wrong_picture_or_icon_binding_is_a_template_error(tmp_path: Path, layer, where, message):
    root = tmp_path / "c"
    (root / "templates").mkdir(parents=True)
    (root / "templates" / "t.yaml").write_text(
        "template: t\nsize: [400, 400]\nstyles: {title: {size: 30}}\nlayers:\n  - " + layer + "\n", "utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template("t", root)
    assert where in str(caught.value) and message in str(caught.value) and "t.yaml" in str(caught.value)


# ---------------------------------------------------------------- build params and approval


def test_changing_the_picture_unapproves_the_text_until_approved_again(tmp_path: Path):
    root = campaign_with_picture(tmp_path)
    assert load_campaign(root).text("luong-huu").buildable
    save(photo(seed=2), root / "pictures" / "a.jpg")  # same name, other bytes
    campaign = load_campaign(root)
    assert campaign.text("luong-huu").refusal == "changed after approval"
    assert campaign.text("thai-san").buildable
    approve_texts([root / "texts" / "a-luong-huu.md"], APPROVER)
    assert load_campaign(root).text("luong-huu").buildable


def test_a_new_picture_rebuilds_only_that_texts_images(tmp_path: Path):
    root = campaign_with_picture(tmp_path)
    out = tmp_path / "out"
    first = run("build", str(root), "--out", str(out), "--stage", "infographics", "--json")
    assert first.returncode == 0, first.stderr
    before = json.loads((out / "infographics" / "manifest.json").read_text("utf-8"))
    save(photo(seed=3), root / "pictures" / "a.jpg")
    approve_texts([root / "texts" / "a-luong-huu.md"], APPROVER)
    second = run("build", str(root), "--out", str(out), "--stage", "infographics", "--json")
    assert second.returncode == 0, second.stderr
    (stage,) = json.loads(second.stdout)["stages"]
    assert stage["rendered_jobs"] == ["luong-huu/portrait"] and stage["up_to_date"] == 1, stage
    after = json.loads((out / "infographics" / "manifest.json").read_text("utf-8"))
    items_before = {item["key"]: item for item in before["items"]}
    items_after = {item["key"]: item for item in after["items"]}
    assert items_before["luong-huu/portrait"]["params_sha256"] != items_after["luong-huu/portrait"]["params_sha256"]
    assert items_before["thai-san/portrait"] == items_after["thai-san/portrait"]  # not rendered again


def test_the_job_params_carry_the_picture_hash_only_for_its_text(tmp_path: Path):
    from pipeline.build import job_params_sha
    from pipeline.stages.infographics import InfographicsStage

    root = campaign_with_picture(tmp_path)
    stage = InfographicsStage()

    def shas(campaign):
        return {job.key: job_params_sha(stage, campaign, job, "stage") for job in
                stage.jobs(campaign, stage.settings(campaign))}
    before = shas(load_campaign(root))
    save(photo(seed=4), root / "pictures" / "a.jpg")
    approve_texts([root / "texts" / "a-luong-huu.md"], APPROVER)
    after = shas(load_campaign(root))
    assert before["luong-huu/portrait"] != after["luong-huu/portrait"]
    assert before["thai-san/portrait"] == after["thai-san/portrait"]


# ---------------------------------------------------------------- print


def test_print_picture_is_cmyk_at_the_placed_ppi_and_refuses_below_the_floor(tmp_path: Path):
    root = campaign_with_picture(tmp_path)
    picture = load_campaign(root).text("luong-huu").image  # 1200 x 800 px
    sharp = pictures.print_picture(picture, 72 * 3, 72 * 2)  # 3 x 2 in: 400 ppi, scaled to 300
    assert sharp.image.mode == "CMYK" and sharp.warning is None and sharp.ppi == 300
    assert sharp.image.size == (900, 600)
    soft = pictures.print_picture(picture, 72 * 8, 72 * 4)  # 150 ppi
    assert soft.ppi == pytest.approx(150) and "below the 200 ppi" in soft.warning
    with pytest.raises(ValueError, match="at least 120 ppi"):
        pictures.print_picture(picture, 72 * 12, 72 * 6)  # 100 ppi
    green = np.asarray(sharp.image, dtype=float)[300, 100]  # C and Y, little M: green ink
    assert green[0] > 100 and green[2] > 100 and green[1] < 80, green
    assert float(np.asarray(sharp.image, dtype=float).sum(axis=2).max()) <= 3 * 255 + 1  # 300 % ink


def test_icons_draw_as_vector_paths_in_a_pdf(tmp_path: Path):
    import pikepdf
    from reportlab.lib.colors import CMYKColor
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "icons.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(200, 200))
    icons.draw_icon_pdf(c, "baby", 50, 50, 100, CMYKColor(1, 0.4, 0, 0))
    c.save()
    with pikepdf.open(pdf) as document:
        page = document.pages[0]
        content = page.Contents.read_bytes()
        assert b"Tj" not in content and b"TJ" not in content  # a path, not text: no font to embed
        assert re.search(rb"1 \.4 0 0 k\n.* c .*\nf\n", content, re.S)  # curves filled in the CMYK colour
    png = tmp_path / "icons"
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf), str(png)], check=True)
    with Image.open(f"{png}.png") as image:
        pixels = np.asarray(image.convert("RGB"), dtype=float)
    inside = pixels[50:150, 50:150]
    assert ((inside.sum(axis=2)) < 500).mean() > 0.2  # the glyph's ink in its square
    assert (pixels[:45].sum(axis=2) > 700).all()  # nothing above it


def test_the_icon_set_is_licence_clean_and_small():
    assert len(icons.names()) >= 20
    licence = (icons.ICON_DIR / "LICENCE.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "CC BY 4.0" in licence
    from fontTools.ttLib import TTFont

    names = {str(record) for record in TTFont(str(icons.FONT_PATH))["name"].names if record.nameID in (1, 4, 6)}
    assert not any("Font Awesome" in name for name in names), names  # its Reserved Font Name is not used
    for name in icons.names():
        image = icons.icon_image(name, 48, (0, 0, 0))
        assert image.getchannel("A").getbbox() is not None, name


def test_an_icon_without_contrast_on_its_card_is_darkened_and_said(tmp_path: Path):
    root = campaign_with_picture(tmp_path, "image: {file: pictures/a.jpg}", figure_icon="money")
    (root / "templates").mkdir()
    (root / "templates" / "portrait.yaml").write_text(
        "template: portrait\nextends: builtin:portrait\nlayers:\n"
        "  - {id: icon, fill: \"#A0C8F0\"}\n", "utf-8")  # a light blue on the white card: 1.7:1
    campaign = load_campaign(root)
    plan = plan_infographic(campaign, campaign.text("luong-huu"), "portrait")
    icon = _item(plan, "icon")
    from pipeline.imaging.colors import contrast_ratio

    assert 3.0 <= contrast_ratio(icon.fill, (255, 255, 255)) < 3.3  # just enough, still a blue
    assert icon.fill[2] > icon.fill[0] + 40
    (event,) = [e for e in plan.events if e["layer"] == "figure[0].icon"]
    assert event["event"] == "fallback" and "icon colour #A0C8F0 is 1.7:1 on #FFFFFF" in event["reason"]


def test_a_print_picture_lands_in_the_pdf_as_a_cmyk_image_of_its_ppi(tmp_path: Path):
    import pikepdf
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    root = campaign_with_picture(tmp_path)
    picture = load_campaign(root).text("luong-huu").image
    placed = pictures.print_picture(picture, 72 * 3, 72 * 2)
    pdf = tmp_path / "picture.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(72 * 4, 72 * 3))
    c.drawImage(ImageReader(placed.image), 36, 36, 72 * 3, 72 * 2)
    c.save()
    with pikepdf.open(pdf) as document:
        (image,) = [obj for obj in document.pages[0].Resources.XObject.values() if obj.Subtype == "/Image"]
        assert image.ColorSpace == pikepdf.Name.DeviceCMYK
        assert (int(image.Width), int(image.Height)) == (900, 600)  # 300 ppi over 3 x 2 inches


@pytest.mark.parametrize("mode, colour", [("RGB", (200, 30, 40)), ("CMYK", (0, 255, 255, 0))])
def test_a_broken_embedded_colour_profile_is_ignored_not_a_failed_render(mode, colour):
    data = io.BytesIO()
    Image.new(mode, (800, 600), colour).save(data, "JPEG", icc_profile=b"not a profile" * 20)
    assert pictures.check(data.getvalue()) == (800, 600)
    red = pictures._open(data.getvalue()).getpixel((5, 5))
    assert red[0] > 180 and red[1] < 70 and red[2] < 80, red  # RGB as it is; CMYK through FOGRA39: a red


def test_an_embedded_profile_is_applied():
    data = io.BytesIO()
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    Image.new("RGB", (800, 600), (200, 30, 40)).save(data, "JPEG", icc_profile=srgb, quality=95)
    assert np.allclose(pictures._open(data.getvalue()).getpixel((5, 5)), (200, 30, 40), atol=4)


# ---------------------------------------------------------------- pictures and icons on paper


def test_the_flyer_prints_the_texts_picture_in_cmyk_at_press_resolution_and_its_icons_as_paths(tmp_path: Path):
    """As a print shop opens the flyer: the bundled text's picture on the front as a CMYK image of at least
    300 ppi where it is placed, its credit in the text layer, the figures' icons as vector paths (no icon font
    embedded), and preflight passes."""
    import pikepdf
    import pypdfium2

    from pipeline.leaflets import LeafletSettings, render_flyer
    from pipeline.leaflets.preflight import preflight

    campaign = load_campaign(REPO / "assets/campaign")
    text = campaign.text("luong-huu-15-nam")
    assert text.image is not None and all(figure.icon for figure in text.key_figures)
    pdf = tmp_path / "flyer.pdf"
    media = render_flyer(campaign, text, pdf, LeafletSettings())
    assert not [e for e in media.get("fit", []) if e["event"] in ("dropped", "split")], media.get("fit")
    with pikepdf.open(pdf) as document:
        page = document.pages[0]
        images = [pikepdf.PdfImage(image) for image in page.get_images().values()]
        fonts = {str(font.get("/BaseFont")) for font in page.Resources.get("/Font", {}).values()}
    photos = [image for image in images if image.colorspace == "/DeviceCMYK" and image.width >= 1200]
    assert photos, [(image.colorspace, image.width) for image in images]
    assert photos[0].width / (124 / 25.4) >= 299  # px over the 124 mm the photo box spans
    assert all("BeVietnamPro" in font for font in fonts), fonts
    extracted = pypdfium2.PdfDocument(str(pdf))[0].get_textpage().get_text_range()
    assert "Minh hoạ: media-pipeline (CC0)" in " ".join(extracted.split())
    assert preflight(pdf, product="flyer").ok


def test_a_picture_under_press_resolution_is_resampled_and_said(tmp_path: Path):
    """Under 300 ppi where the flyer places it, the picture is resampled up to it (preflight asks 300 of every
    image) and the build says so; under 200 ppi it says it will look soft. (Under 120 ppi is refused, but the
    campaign's own check, 600 px on the shorter side, stops such a picture first on this flyer.)"""
    from pipeline.leaflets import LeafletSettings, render_flyer
    from pipeline.leaflets.preflight import preflight

    root = campaign_with_picture(tmp_path)  # 1200 x 800 px: about 246 ppi across the flyer's 124 mm
    campaign = load_campaign(root)
    media = render_flyer(campaign, campaign.text("luong-huu"), tmp_path / "f.pdf", LeafletSettings())
    (event,) = [e for e in media["fit"] if e["layer"] == "photo"]
    assert event["event"] == "fallback" and "resampled up to the press's 300 ppi" in event["reason"], event
    assert preflight(tmp_path / "f.pdf", product="flyer").ok
    save(photo((900, 600)), root / "pictures" / "a.jpg")  # about 184 ppi
    approve_texts(sorted((root / "texts").glob("*.md")), APPROVER)
    campaign = load_campaign(root)
    media = render_flyer(campaign, campaign.text("luong-huu"), tmp_path / "g.pdf", LeafletSettings())
    (event,) = [e for e in media["fit"] if e["layer"] == "photo"]
    assert "has 184 ppi at 124 x 34 mm, below the 200 ppi" in event["reason"], event
    assert preflight(tmp_path / "g.pdf", product="flyer").ok
