"""Print templates: the leaflets drawn from YAML pages (ReportLab backend), broken print templates refused naming
file, layer and field, template edits rebuilding only their PDFs, and golden renders of the bundled and provinces
campaigns checked as a print shop sees them (pdftotext, pdffonts, the PDF's boxes)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from conftest import campaign_with_templates, make_campaign, make_text
from pipeline.campaign import load_campaign
from pipeline.content import KeyFigure
from pipeline.errors import RenderError
from pipeline.leaflets import LeafletSettings, render_flyer
from pipeline.leaflets.geometry import MM
from pipeline.leaflets.pages import lay_out, page_data, print_template
from pipeline.leaflets.preflight import preflight
from pipeline.templates.pdf import MEASURER, PT
from pipeline.templates.model import Style

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "campaign"
SAFE_MM = 5.0


def run(*args: str) -> subprocess.CompletedProcess:
    """The real command line, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=300)


def words(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, x0, y0, x1, y1) in pt from the top-left of the MediaBox, in pdftotext's reading order."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out)
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


def text_of(pdf: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def in_order(haystack: str, *needles: str) -> bool:
    """Each needle found after the one before it (reading order)."""
    at = 0
    for needle in needles:
        found = haystack.find(" ".join(needle.split()), at)
        if found < 0:
            return False
        at = found + 1
    return True


# ---------------------------------------------------------------- the measurer


def test_the_measurer_keeps_words_and_numbers_whole_and_shrinks_by_steps():
    style = Style("body", "Regular", 11 / PT, 9 / PT, 1.4, None, None, "greedy")
    content = "Người lao động đóng đủ 15 năm được hưởng lương hưu hằng tháng bằng 45% mức bình quân tiền lương."
    fitted = MEASURER.fit(content, style, 40 * MM / PT, None, round(11 / PT))
    assert fitted is not None and fitted.size == int(11 / PT)  # never over the style's largest size
    # in a short box it shrinks, and gives up (None) rather than cut a line off
    tight = MEASURER.fit(content, style, 40 * MM / PT, fitted.height * 0.8, round(11 / PT))
    assert tight is not None and tight.size < fitted.size and tight.height <= fitted.height * 0.8 + 0.5
    assert MEASURER.fit(content, style, 40 * MM / PT, 5 * MM / PT, round(11 / PT)) is None
    # a word wider than the column is never cut between its letters
    assert MEASURER.fit("2.000.000.000.000.000.000.000.000.000đ", style, 20 * MM / PT, None, round(11 / PT)) is None
    assert "wider than the 20 mm column" in MEASURER.explain("2.000.000.000.000.000.000.000.000.000đ", style,
                                                             20 * MM / PT)


# ---------------------------------------------------------------- broken templates: exit 2 naming file, layer, field


FRONT_WITH = "extends: builtin:flyer-front\n{}"


@pytest.mark.parametrize("name, body, where, message", [
    ("flyer-front", FRONT_WITH.format("layers:\n  - {id: bar, box: [150mm, 40mm, 16mm, 1.6mm]}\n"),
     "layers[bar].box.left", "outside the page"),
    ("flyer-front", FRONT_WITH.format("layers:\n  - {id: org, box: {left: 2mm, right: 60mm, top: 12mm, height: auto}}\n"),
     "layers[org].box.left", "outside the safe zone"),
    ("flyer-front", FRONT_WITH.format("page: {trim: [148, 210], bleed: 3, safe: 5, folds: [74]}\n"),
     "layers[", "runs across the fold at 74 mm"),
    ("flyer-back", "extends: builtin:flyer-back\nlayers:\n  - {id: qr, type: barcode}\n",
     "layers[qr].type", "unknown layer type 'barcode'"),
    ("flyer-back", "extends: builtin:flyer-back\nstyles:\n  imprint: {size: 5}\n",
     "styles.imprint.size", "below the 7 pt minimum for print"),
    ("flyer-back", "extends: builtin:flyer-back\npage: {trim: [148, 210], bleed: 3, safe: 1}\n",
     "page.safe", "at least 3 mm inside the trim"),
])
def test_a_broken_print_template_is_exit_2_naming_file_layer_and_field(tmp_path, name, body, where, message):
    root = campaign_with_templates(tmp_path, {name: body})
    result = run("build", str(root), "--out", str(tmp_path / "out"), "--stage", "leaflets")
    assert result.returncode == 2, result.stderr
    assert f"templates/{name}.yaml: {where}" in result.stderr and message in result.stderr, result.stderr
    assert not (tmp_path / "out" / "leaflets").exists()


# ---------------------------------------------------------------- a designer's change by YAML only


def test_a_template_edit_rebuilds_only_the_pdfs_drawn_from_it(tmp_path):
    back = "extends: builtin:flyer-back\nstyles:\n  hotline: {size: [22, 14]}\n"
    root = campaign_with_templates(tmp_path, {"flyer-back": back})
    out = tmp_path / "out"
    first = run("build", str(root), "--out", str(out), "--stage", "leaflets", "--json")
    assert first.returncode == 0, first.stderr
    before = {p: p.stat().st_mtime_ns for p in (out / "leaflets").glob("*.pdf")}
    assert {p.name for p in before} == {"luong-huu.pdf", "thai-san.pdf", "trifold.pdf"}

    (root / "templates/flyer-back.yaml").write_text(back.replace("[22, 14]", "[26, 14]"), "utf-8")
    second = run("build", str(root), "--out", str(out), "--stage", "leaflets", "--json")
    assert second.returncode == 0, second.stderr
    (stage,) = json.loads(second.stdout)["stages"]
    assert sorted(stage["rendered_jobs"]) == ["luong-huu", "thai-san"]  # the flyers; the tri-fold is up to date
    changed = {p.name for p, mtime in before.items() if p.stat().st_mtime_ns != mtime}
    assert changed == {"luong-huu.pdf", "thai-san.pdf"}
    # the hotline is set in the new size on the back (26 pt fits the column)
    with pikepdf.open(out / "leaflets/luong-huu.pdf") as pdf:
        sizes = {round(float(i.operands[1]), 1) for i in pikepdf.parse_content_stream(pdf.pages[1])
                 if str(i.operator) == "Tf"}
    assert 26.0 in {round(s) for s in sizes}, sizes
    # the campaign's approval covers its print templates like its other files
    assert run("approve", *map(str, sorted((root / "texts").glob("*.md"))), "--by", "T", "--campaign",
               str(root)).returncode == 0
    (root / "templates/flyer-back.yaml").write_text(back.replace("[22, 14]", "[24, 14]"), "utf-8")
    assert {t.refusal for t in load_campaign(root).texts} == {"campaign settings changed after approval"}


# ---------------------------------------------------------------- nothing dropped silently


def test_shrinks_are_fit_events_and_warnings_in_the_manifest(tmp_path):
    text = make_text("dai", body="\n\n".join(["Luật Bảo hiểm xã hội số 41/2024/QH15 có hiệu lực từ ngày 1/7/2025, "
                                              "với nhiều điểm mới có lợi cho người lao động và gia đình họ. " * 2] * 3))
    media = render_flyer(make_campaign((text,)), text, tmp_path / "dai.pdf", LeafletSettings())
    shrunk = [event for event in media["fit"] if event["event"] == "shrunk" and event["layer"] == "body"]
    assert shrunk and shrunk[0]["page"] == 2 and shrunk[0]["unit"] == "pt" and shrunk[0]["size"] < 11
    assert any(line.startswith("dai flyer (flyer-back): set below the preferred size:") and "body" in line
               for line in media["warnings"])
    assert media["templates"] == ["flyer-front.yaml", "flyer-back.yaml"]


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_key_figures_are_laid_out_by_their_count_never_a_lone_orphan(tmp_path, count):
    figures = tuple(KeyFigure(value, label) for value, label in [("15 năm", "đóng BHXH tối thiểu"),
                                                                 ("2 triệu", "trợ cấp thai sản"),
                                                                 ("45%", "mức hưởng"), ("1/7/2025", "hiệu lực")][:count])
    text = make_text(key_figures=figures)
    campaign = make_campaign((text,))
    front = print_template(campaign, "flyer-front")
    plan = lay_out(front, page_data(campaign, text, LeafletSettings(), "flyer", front))
    values = [item for item in plan.items if item.field and item.field.endswith(".value")]
    assert len(values) == count  # nothing dropped
    rows: dict[int, list] = {}
    for item in values:
        rows.setdefault(round(item.box[1] / 20), []).append(item)
    shape = [len(row) for _, row in sorted(rows.items())]
    assert shape == {1: [1], 2: [2], 3: [3], 4: [2, 2]}[count]
    path = tmp_path / "f.pdf"
    render_flyer(campaign, text, path, LeafletSettings())
    front_text = text_of(path, 1)
    for figure in figures:
        assert figure.value in front_text


# ---------------------------------------------------------------- golden renders, as the print shop sees them


def _campaigns():
    yield "bundled", load_campaign(REPO / "assets/campaign")
    provinces = load_campaign(REPO / "assets/campaign-provinces")
    for variant in provinces.variants[:2]:
        yield variant.id, provinces.for_variant(variant)


@pytest.fixture(scope="module")
def golden(tmp_path_factory):
    """Every flyer of the bundled campaign and of two provinces: (label, campaign, text, pdf, media)."""
    folder = tmp_path_factory.mktemp("golden-print")
    rendered = []
    for label, campaign in _campaigns():
        for text in campaign.approved_texts:
            path = folder / f"{label}-{text.id}.pdf"
            media = render_flyer(campaign, text, path, LeafletSettings(quantity=5000))
            rendered.append((label, campaign, text, path, media))
    return rendered


def test_golden_flyers_read_in_order_inside_the_safe_zone_with_fonts_embedded(golden):
    assert len(golden) >= 6 + 2 * 6
    for label, campaign, text, path, media in golden:
        where = f"{label}/{text.id}"
        front, back = text_of(path, 1), text_of(path, 2)
        # the front reads: office, title, summary, the figures; the back: title, body, points, imprint, contacts
        assert in_order(front, campaign.organisation.upper(), text.title, text.summary), where
        for figure in text.key_figures:
            assert in_order(front, text.summary, figure.value, figure.label), (where, figure)
        assert in_order(back, text.title, text.body_plain.split("\n")[0][:40]), where
        assert in_order(back, "Tài liệu không bán", campaign.organisation, campaign.hotline), where
        if campaign.address:
            assert " ".join(campaign.address.split()[:3]) in back, where
        assert "Số lượng 5.000 bản" in back, where
        assert media["trim_size_mm"] == [148.0, 210.0] and media["pages"] == 2
        assert not [e for e in media["fit"] if e["event"] == "dropped"], (where, media["fit"])
        with pikepdf.open(path) as pdf:
            for index, page in enumerate(pdf.pages):
                media_top = float(page.MediaBox[3])
                trim = [float(v) for v in page.TrimBox]
                assert [round((trim[2] - trim[0]) / MM, 1), round((trim[3] - trim[1]) / MM, 1)] == [148.0, 210.0]
                safe = (trim[0] + SAFE_MM * MM, media_top - trim[3] + SAFE_MM * MM,
                        trim[2] - SAFE_MM * MM, media_top - trim[1] - SAFE_MM * MM)
                for word, x0, y0, x1, y1 in words(path, index + 1):
                    # pdftotext's box is the font's ascent to descent: the glyphs lie inside it
                    assert x0 >= safe[0] - 0.5 and x1 <= safe[2] + 0.5, (where, index + 1, word, x0, x1)
                    assert y0 >= safe[1] - 2 and y1 <= safe[3] + 2, (where, index + 1, word, y0, y1)
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(re.search(r"\byes\s+yes\s+yes\b", row) for row in rows), (where, rows)


def test_golden_flyers_pass_preflight(golden):
    for label, campaign, text, path, media in golden[::3]:
        report = preflight(path, product="flyer")
        assert report.ok, (label, text.id, [c for c in report.checks if not c.ok])


# ---------------------------------------------------------------- the A3 poster


def test_the_poster_is_designed_for_a3_and_a_campaign_changes_it_by_yaml_only(tmp_path):
    own = ("extends: builtin:poster-a3\n"
           "colors:\n  card: \"lighten(brand.accent, 0.85)\"\n"
           "styles:\n  title: {size: [60, 40]}\n"
           "layers:\n  - {id: logo, box: [22mm, 16mm, auto, 50mm]}\n")
    root = campaign_with_templates(tmp_path, {"poster-a3": own})
    with open(root / "campaign.yaml", "a", encoding="utf-8") as config:
        config.write("leaflets: {poster: true}\n")
    from pipeline.approve import approve_texts

    approve_texts(sorted((root / "texts").glob("*.md")), "Trung tâm Truyền thông")
    out = tmp_path / "out"
    result = run("build", str(root), "--out", str(out), "--stage", "leaflets")
    assert result.returncode == 0, result.stderr
    poster = out / "leaflets/luong-huu-poster.pdf"
    campaign = load_campaign(root)
    text = campaign.text("luong-huu")
    page = text_of(poster, 1)
    assert in_order(page, text.title, text.summary, text.key_figures[0].value, campaign.hotline)
    with pikepdf.open(poster) as pdf:
        trim = [float(v) for v in pdf.pages[0].TrimBox]
        assert [round((trim[2] - trim[0]) / MM), round((trim[3] - trim[1]) / MM)] == [297, 420]
        sizes = [float(i.operands[1]) for i in pikepdf.parse_content_stream(pdf.pages[0]) if str(i.operator) == "Tf"]
    assert max(sizes) >= 40  # read from a few metres: the title (or a figure) at 40 pt and more
    # the campaign's logo, 50 mm tall as its template says (the built-in gives 36 mm)
    poster_template = print_template(campaign, "poster-a3")
    plan = lay_out(poster_template, page_data(campaign, text, LeafletSettings(), "poster", poster_template))
    logo = next(item for item in plan.items if item.kind == "logo")
    assert round((logo.box[3] - logo.box[1]) / 10) == 50
    manifest = json.loads((out / "leaflets/manifest.json").read_text("utf-8"))
    media = next(o["media"] for item in manifest["items"] for o in item["outputs"]
                 if o["path"] == "leaflets/luong-huu-poster.pdf")
    assert media["templates"] == ["poster-a3.yaml"] and media["preflight"]["result"] == "pass"


# ---------------------------------------------------------------- the tri-fold


def test_the_trifold_never_leaves_a_key_figure_out_silently(tmp_path):
    from pipeline.leaflets import render_trifold

    figures = (KeyFigure("10 %", "mức đóng của người lao động vào quỹ hưu trí, tử tuất"),
               KeyFigure("15 năm", "đóng BHXH tối thiểu để hưởng lương hưu"),
               KeyFigure("2.000.000 đồng", "trợ cấp thai sản cho mỗi con"),
               KeyFigure("75 tuổi", "tuổi hưởng trợ cấp hưu trí xã hội"))
    summary = ("Từ ngày 1/7/2025, người lao động chỉ cần đóng bảo hiểm xã hội đủ 15 năm là được hưởng lương hưu "
               "hằng tháng; mức đóng, mức hưởng và trợ cấp thai sản đều có điểm mới.")
    texts = (make_text("bon-so", key_figures=figures, summary=summary), make_text("hai"))
    media = render_trifold(make_campaign(texts), texts, tmp_path / "t.pdf", LeafletSettings())
    inside = text_of(tmp_path / "t.pdf", 2) + " " + text_of(tmp_path / "t.pdf", 1)
    shown = [figure for figure in figures if figure.value in inside]
    left_out = [event for event in media["fit"] if event["event"] == "dropped" and event["text"].startswith("bon-so")
                and event["layer"].startswith("figures[")]
    # every figure is either printed or named as left out, with a warning naming the text and its panel
    assert shown[0].value == "10 %"  # the first (main) figure is never the one that goes
    assert left_out and len(shown) + len(left_out) == len(figures), (shown, left_out)
    for event in left_out:
        assert any(line.startswith("bon-so (panel 1, outside flap) tri-fold (trifold-panel): "
                                   f"{event['layer']} left out") for line in media["warnings"])
    assert media["panels_mm"] == {"outside": [97, 100, 100], "inside": [100, 100, 97]}
    assert preflight(tmp_path / "t.pdf", product="trifold").ok


def test_a_trifold_sheet_with_a_text_across_a_fold_is_exit_2(tmp_path):
    sheet = "extends: builtin:trifold-outside\nlayers:\n  - {id: heading, box: {left: 90mm, right: 188mm, top: 20mm, height: auto}}\n"
    root = campaign_with_templates(tmp_path, {"trifold-outside": sheet})
    result = run("build", str(root), "--out", str(tmp_path / "out"), "--stage", "leaflets")
    assert result.returncode == 2, result.stderr
    assert "templates/trifold-outside.yaml: layers[heading].box.left" in result.stderr
    assert "runs across the fold at 97 mm" in result.stderr


def test_a_template_without_the_imprint_fails_the_render_naming_it(tmp_path):
    text = make_text()
    root = tmp_path / "c"
    (root / "templates").mkdir(parents=True)
    (root / "templates/flyer-back.yaml").write_text("extends: builtin:flyer-back\nlayers:\n  - {id: imprint, remove: true}\n"
                                                    "  - {id: points, box: {left: 17mm, right: '100% - 17mm', "
                                                    "bottom: 'top(band_rule) - 12mm', height: auto}}\n"
                                                    "  - {id: body, box: {left: 12mm, right: '100% - 12mm', "
                                                    "top: 'bottom(title) + 4mm', bottom: 'top(panel) - 5mm'}}\n",
                                                    "utf-8")
    campaign = make_campaign((text,), root=root)
    with pytest.raises(RenderError, match=r"the flyer shows no imprint \(flyer-front.yaml, flyer-back.yaml\): the law"):
        render_flyer(campaign, text, tmp_path / "f.pdf", LeafletSettings())
    assert not (tmp_path / "f.pdf").exists()


# ---------------------------------------------------------------- preview


def test_preview_renders_a_print_page_with_trim_bleed_safe_zone_and_folds(tmp_path):
    import numpy as np
    from PIL import Image

    plain, guided = tmp_path / "plain.png", tmp_path / "guided.png"
    for out, extra in ((plain, ()), (guided, ("--guides",))):
        result = run("preview", "trifold-outside", "--text", "luong-huu-15-nam", "--out", str(out), *extra)
        assert result.returncode == 0, result.stderr
        assert "trifold-outside for luong-huu-15-nam, 297 x 210 mm" in result.stdout
    with Image.open(plain) as a, Image.open(guided) as b:
        assert a.size == b.size
        # 150 dpi of the trim plus the slug for the crop marks on each side
        assert abs(a.size[0] / 150 * 25.4 - (297 + 2 * 13)) < 1 and abs(a.size[1] / 150 * 25.4 - (210 + 2 * 13)) < 1
        pixels, guides = np.asarray(a.convert("RGB")).astype(int), np.asarray(b.convert("RGB")).astype(int)
    magenta = lambda p: (p[..., 0] > 180) & (p[..., 1] < 90) & (p[..., 2] > 100)  # noqa: E731
    assert magenta(guides).sum() > 50 * magenta(pixels).sum() + 1000
    # the folds at 97 and 197 mm are drawn as guides: magenta down the whole page there
    for fold_mm in (97, 197):
        x = round((13 + fold_mm) / 25.4 * 150)
        column = magenta(guides[:, x - 1:x + 2]).any(axis=1)
        assert column.mean() > 0.3, fold_mm
    broken = tmp_path / "c"
    shutil.copytree(FIXTURE, broken)
    (broken / "templates").mkdir()
    (broken / "templates/flyer-front.yaml").write_text(FRONT_WITH.format("page: {trim: [148, 210], folds: [74]}\n"),
                                                        "utf-8")
    result = run("preview", "flyer-front", "--text", "luong-huu", "--campaign", str(broken), "--out",
                 str(tmp_path / "x.png"))
    assert result.returncode == 2 and "runs across the fold at 74 mm" in result.stderr, result.stderr
    sized = run("preview", "flyer-front", "--text", "luong-huu-15-nam", "--size", "100x100", "--out",
                str(tmp_path / "s.png"))
    assert sized.returncode == 2 and "--size is for image templates" in sized.stderr


# ---------------------------------------------------------------- rules no template can turn off


def test_a_picture_layer_prints_in_cmyk_and_a_low_contrast_colour_is_refused(tmp_path):
    from PIL import Image

    root = tmp_path / "c"
    (root / "templates").mkdir(parents=True)
    Image.new("RGB", (600, 300), (30, 140, 90)).save(root / "templates/photo.png")
    picture = ("extends: builtin:flyer-front\nlayers:\n"
               "  - {id: strip_photo, type: image, src: photo.png, after: band_rule,\n"
               "     box: {left: 12mm, right: '100% - 12mm', top: 'bottom(band_rule) + 2mm', height: 5mm}}\n")
    (root / "templates/flyer-front.yaml").write_text(picture, "utf-8")
    text = make_text()
    path = tmp_path / "f.pdf"
    render_flyer(make_campaign((text,), root=root), text, path, LeafletSettings())
    with pikepdf.open(path) as pdf:
        images = [pikepdf.PdfImage(image) for image in pdf.pages[0].get_images().values()]
    assert any(image.colorspace == "/DeviceCMYK" and image.width >= 1900 for image in images)  # 400 ppi of 124 mm
    assert preflight(path, product="flyer").ok

    (root / "templates/flyer-front.yaml").write_text(
        "extends: builtin:flyer-front\ncolors:\n  band: \"lighten(brand.primary, 0.7)\"\n"
        "layers:\n  - {id: title, color: white}\n", "utf-8")
    with pytest.raises(RenderError, match=r"flyer-front.yaml: layers\[title\]\.color: 'white' on its background is "
                                          r"\d\.\d:1, below 4\.5:1"):
        render_flyer(make_campaign((text,), root=root), text, tmp_path / "g.pdf", LeafletSettings())


def test_the_body_size_settings_set_the_range_of_the_body_style(tmp_path):
    text = make_text()
    campaign = make_campaign((text,))
    settings = LeafletSettings.from_mapping({"max_body_pt": 9.5})
    back = print_template(campaign, "flyer-back", settings)
    (body,) = [item for item in lay_out(back, page_data(campaign, text, settings, "flyer", back)).items
               if item.field == "body"]
    assert 9.0 <= body.fitted.size_pt <= 9.5  # the template's 11 pt gives way to leaflets.max_body_pt
    path = tmp_path / "f.pdf"
    render_flyer(campaign, text, path, settings)
    with pikepdf.open(path) as pdf:
        sizes = {round(float(i.operands[1]), 2) for i in pikepdf.parse_content_stream(pdf.pages[1])
                 if str(i.operator) == "Tf"}
    assert round(body.fitted.size_pt, 2) in sizes, sizes
