"""Templates: a new format without code, broken templates refused, contrast and logos, fit reports, preview,
and golden layout facts of the bundled and provinces campaigns."""

from __future__ import annotations

import itertools
import json
import re
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import make_campaign, make_text
from pipeline.campaign import load_campaign
from pipeline.content import Brand
from pipeline.errors import RenderError
from pipeline.imaging.colors import contrast_ratio
from pipeline.infographics.layout import plan_infographic
from pipeline.infographics.render import render_infographic
from pipeline.templates.expr import Env, ExprError, evaluate, parse
from pipeline.templates.model import MIN_TEXT_PX

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "campaign"
GOLDEN = Path(__file__).parent / "fixtures" / "golden"

FACEBOOK_LINK = """\
template: facebook-link
size: [1200, 628]
colors:
  page: brand.primary
  accent: brand.accent
styles:
  title: {weight: ExtraBold, size: [64, 36], leading: 1.15, max_lines: 3, wrap: balanced}
  small: {weight: Bold, size: 26, max_lines: 1}
layers:
  - {id: logo, type: logo, box: [56, 48, auto, 96]}
  - {id: org, type: text, bind: organisation | upper, style: small, color: auto,
     box: {left: "right(logo) + 24", top: "center_y(logo) - 16", right: "100% - 56", height: auto}}
  - {id: bar, type: rect, fill: accent, box: [56, "bottom(logo) + 40", 96, 8]}
  - {id: title, type: text, bind: title, style: title, color: auto,
     box: {left: 56, top: "bottom(bar) + 28", right: "100% - 56", height: auto}}
  - {id: site, type: text, bind: website | website, style: small, color: auto,
     box: {left: 56, bottom: "100% - 40", right: "100% - 56", height: auto}}
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real command line, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd or REPO,
                          timeout=300)


def campaign_with(tmp_path: Path, formats: list[str], templates: dict[str, str]) -> Path:
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURE, root)
    with open(root / "campaign.yaml", "a", encoding="utf-8") as config:
        config.write(f"infographics: {{formats: [{', '.join(formats)}]}}\n")
    (root / "templates").mkdir()
    for name, body in templates.items():
        (root / "templates" / f"{name}.yaml").write_text(body, "utf-8")
    approve_texts(root)
    return root


def approve_texts(root: Path) -> None:
    from pipeline.approve import approve_texts as approve

    approve(sorted((root / "texts").glob("*.md")), "Trung tâm Truyền thông")


# ---------------------------------------------------------------- expressions


def test_expressions_are_evaluated_safely():
    env = Env({"W": 1080}, box=lambda name, ids: {"bottom": 300.0, "top": 100.0}[name], axis=1080,
              unit_px={"px": 1, "mm": 10})
    assert evaluate(parse("100% - 72"), env) == 1008
    assert evaluate(parse("bottom(title) + 24"), env) == 324
    assert evaluate(parse("min(top(a), 50) + 2mm"), env) == 70
    assert parse("bottom(summary, title) - top(logo)").refs == ("summary", "title", "logo")
    for source in ("__import__('os').system('true')", "(lambda: 1)()", "[1, 2]", "x.__class__.__mro__",
                   "open('/etc/passwd')"):
        with pytest.raises(ExprError):
            evaluate(parse(source), Env({"x": {}}))


def test_a_compiled_expression_gives_the_values_and_errors_of_its_tree_also_after_pickling():
    """Expressions are compiled once into closures: every kind of node, short-circuits and each error message as
    before, and a template's expression sent to a worker (pickled) compiles again there."""
    import pickle

    env = Env({"a": 5, "b": 0, "items": [1, 2, 3], "brand": {"primary": "#0B5FA5"}}, axis=200,
              functions={"darken": lambda colour, amount: f"{colour} at {amount}"})
    cases = {"-a + +a * 2": 5, "not b": True, "a // 2 - a / 2": -0.5, "1 < a <= 5 != 4": True, "3 > a": False,
             "b and missing": False, "a or missing": True, "count(items)": 3, "max(a, 7, 2) + round(2.6)": 10,
             "50%": 100, "brand.primary": "#0B5FA5",
             "darken(brand.primary, 0.5)": "#0B5FA5 at 0.5", "'text'": "text"}
    for source, value in cases.items():
        expr = parse(source)
        assert evaluate(expr, env) == value, source
        assert evaluate(pickle.loads(pickle.dumps(expr)), env) == value, source
    errors = {"missing + 1": "unknown name 'missing'", "a / b": "division by zero", "brand.other": "brand.other",
              "count(a)": "wrong arguments to count()", "a < 'x'": "cannot compare", "left(title)": "not available",
              "3mm": "the unit mm", "lighten(a, 1)": "lighten() is not available", "darken(a)": "darken() in"}
    for source, message in errors.items():
        with pytest.raises(ExprError, match=re.escape(message)):
            evaluate(parse(source), env)


# ---------------------------------------------------------------- a new format without code


def test_campaign_template_builds_end_to_end_and_an_edit_rebuilds_only_its_outputs(tmp_path: Path):
    root = campaign_with(tmp_path, ["portrait", "facebook-link"], {"facebook-link": FACEBOOK_LINK})
    out = tmp_path / "out"
    result = run("build", str(root), "--out", str(out), "--stage", "infographics")
    assert result.returncode == 0, result.stderr
    with Image.open(out / "infographics/luong-huu/facebook-link.png") as image:
        assert image.size == (1200, 628)
    manifest = json.loads((out / "infographics/manifest.json").read_text("utf-8"))
    media = {o["path"]: o["media"] for item in manifest["items"] for o in item["outputs"]}
    assert media["infographics/luong-huu/facebook-link.png"]["template"] == "facebook-link.yaml"
    before = {p: p.stat().st_mtime_ns for p in (out / "infographics").rglob("*.png")}

    (root / "templates/facebook-link.yaml").write_text(FACEBOOK_LINK.replace("[64, 36]", "[60, 36]"), "utf-8")
    result = run("build", str(root), "--out", str(out), "--stage", "infographics", "--json")
    assert result.returncode == 0, result.stderr
    rendered = json.loads(result.stdout)
    changed = {p.relative_to(out).as_posix() for p, mtime in before.items() if p.stat().st_mtime_ns != mtime}
    assert changed == {"infographics/luong-huu/facebook-link.png", "infographics/thai-san/facebook-link.png"}
    (stage,) = rendered["stages"]
    assert sorted(stage["rendered_jobs"]) == ["luong-huu/facebook-link", "thai-san/facebook-link"]
    assert stage["up_to_date"] == 2


SIZED = ("template: square\nextends: builtin:square\n"
         "sizes: [[1200, 1200], [1080, 1920]]   # the same design for a screen in portrait and a bigger feed\n")


def test_sizes_render_one_design_at_several_pixel_sizes_each_its_own_file(tmp_path: Path):
    """`sizes:` in a template: `<format>.png` at its `size`, and `<format>-<W>x<H>.png` (+ alt text) per size,
    each a manifest entry with its pixel size; the sizes are part of the template, so editing them rebuilds
    that format only."""
    root = campaign_with(tmp_path, ["portrait", "square"], {"square": SIZED})
    out = tmp_path / "out"
    result = run("build", str(root), "--out", str(out), "--stage", "infographics")
    assert result.returncode == 0, result.stderr
    for name, size in (("square", (1080, 1080)), ("square-1200x1200", (1200, 1200)),
                       ("square-1080x1920", (1080, 1920)), ("portrait", (1080, 1350))):
        for text_id in ("luong-huu", "thai-san"):
            with Image.open(out / f"infographics/{text_id}/{name}.png") as image:
                assert image.size == size, name
            alt = (out / f"infographics/{text_id}/{name}.txt").read_text("utf-8")
            assert load_campaign(root).text(text_id).title in alt
    manifest = json.loads((out / "infographics/manifest.json").read_text("utf-8"))
    media = {o["path"]: o["media"] for item in manifest["items"] for o in item["outputs"]}
    big = media["infographics/luong-huu/square-1200x1200.png"]
    assert (big["width"], big["height"], big["format"], big["template"]) == (1200, 1200, "square", "square.yaml")
    before = {p: p.stat().st_mtime_ns for p in (out / "infographics").rglob("*.png")}

    (root / "templates/square.yaml").write_text(SIZED.replace("[1080, 1920]", "[1080, 1350]"), "utf-8")
    result = run("build", str(root), "--out", str(out), "--stage", "infographics", "--json")
    assert result.returncode == 0, result.stderr
    (stage,) = json.loads(result.stdout)["stages"]
    assert sorted(stage["rendered_jobs"]) == sorted(f"{t}/{n}" for t in ("luong-huu", "thai-san")
                                                    for n in ("square", "square-1200x1200", "square-1080x1350"))
    assert all(p.stat().st_mtime_ns == mtime for p, mtime in before.items() if p.name == "portrait.png")
    with Image.open(out / "infographics/luong-huu/square-1080x1350.png") as image:
        assert image.size == (1080, 1350)


@pytest.mark.parametrize("sizes, where, message", [
    ("[[1200]]", "sizes[0]", "must be [width, height]"),
    ("[[1200, 628]]", "sizes[0]", "1200x628 is already the size"),
    ("1200", "sizes", "must be a list"),
    ("[[600, 600]]", "layers[logo].box", "outside the 600 x 600 canvas"),
])
def test_bad_sizes_are_an_exit_2_naming_file_and_field(tmp_path: Path, sizes, where, message):
    body = FACEBOOK_LINK.replace("size: [1200, 628]", f"size: [1200, 628]\nsizes: {sizes}")
    body = body.replace("box: [56, 48, auto, 96]", "box: [700, 48, 96, 96]")
    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": body})
    result = run("status", str(root), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "templates/facebook-link.yaml" in result.stderr and where in result.stderr and message in result.stderr, \
        result.stderr


def test_campaign_approval_covers_its_templates(tmp_path: Path):
    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": FACEBOOK_LINK})
    assert run("approve", *map(str, sorted((root / "texts").glob("*.md"))), "--by", "T", "--campaign",
               str(root)).returncode == 0
    assert all(text.buildable for text in load_campaign(root).texts)
    (root / "templates/facebook-link.yaml").write_text(FACEBOOK_LINK.replace("[56, 48", "[60, 48"), "utf-8")
    refused = load_campaign(root).texts
    assert {text.refusal for text in refused} == {"campaign settings changed after approval"}


@pytest.mark.parametrize("change, where, message", [
    (("type: logo", "type: sticker"), "layers[logo].type", "unknown layer type 'sticker'"),
    (("bind: title", "bind: headline"), "layers[title].bind", "unknown field 'headline'"),
    (("bind: website | website", "bind: website | shout"), "layers[site].bind", "unknown filter 'shout'"),
    (("box: [56, 48, auto, 96]", "box: [56, 48, auto, 96], shadow: 2"), "layers[logo].shadow", "unknown key"),
    (('[56, "bottom(logo) + 40", 96, 8]', '[1150, 40, 96, 8]'), "layers[bar].box", "outside the 1200 x 628 canvas"),
    (('"bottom(bar) + 28"', '"bottom(bar) +* 28"'), "layers[title].box.top", "cannot read the expression"),
    (('"bottom(bar) + 28"', '"bottom(site) + 28"'), "layers[", "relative boxes form a cycle"),
    (("accent: brand.accent", "accent: brand.secondary"), "colors.accent", "brand.secondary"),
    (("style: title, color: auto", "style: title, color: \"x.__class__\""), "layers[title].color", None),
    (("bind: title", "bind: title, when: \"__import__('os')\""), "layers[title].when", "unknown function"),
])
def test_a_broken_template_is_exit_2_naming_file_layer_and_field(tmp_path: Path, change, where, message):
    body = FACEBOOK_LINK.replace(*change)
    if "bottom(site)" in body:  # close the loop: the site line now hangs from the title
        body = body.replace('bottom: "100% - 40"', 'top: "bottom(title) + 10"')
    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": body})
    result = run("status", str(root), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "templates/facebook-link.yaml" in result.stderr and where in result.stderr, result.stderr
    if message:
        assert message in result.stderr, result.stderr


def test_a_template_linked_from_outside_the_campaign_is_refused(tmp_path: Path):
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(FACEBOOK_LINK, "utf-8")
    root = campaign_with(tmp_path, ["facebook-link"], {})
    (root / "templates/facebook-link.yaml").symlink_to(outside)
    result = run("status", str(root), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "facebook-link.yaml" in result.stderr and "leads outside the campaign folder" \
        in result.stderr, result.stderr


# ---------------------------------------------------------------- guards over any template


def test_explicit_colour_below_contrast_is_an_error_and_auto_reads(tmp_path: Path):
    body = FACEBOOK_LINK.replace("style: title, color: auto", "style: title, color: white")
    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": body})
    light = load_campaign(root)
    light = type(light)(**{**light.__dict__, "brand": Brand(primary="#7FC8F8", accent="#F5A623",
                                                             logo=light.brand.logo)})
    text = light.texts[0]
    with pytest.raises(RenderError, match=r"facebook-link.yaml: layers\[title\].color: 'white' on its background "
                                          r"is 1\.\d:1, below 4.5:1"):
        plan_infographic(light, text, "facebook-link")
    (root / "templates/facebook-link.yaml").write_text(FACEBOOK_LINK, "utf-8")
    plan = plan_infographic(light, text, "facebook-link")
    for item in plan.texts():
        assert contrast_ratio(item.color, item.background) >= 4.5, item.layer


def test_a_jpg_logo_never_shows_a_box(tmp_path: Path):
    from PIL import ImageDraw

    from pipeline.imaging.logo import load_logo

    (tmp_path / "brand").mkdir()
    logo = Image.new("RGB", (300, 300), (255, 255, 255))
    ImageDraw.Draw(logo).ellipse((30, 30, 270, 270), fill=(200, 30, 40))
    ImageDraw.Draw(logo).ellipse((120, 120, 180, 180), fill=(255, 255, 255))  # white inside the logo stays
    logo.save(tmp_path / "brand/logo.jpg", quality=90)
    loaded = load_logo(Path("brand/logo.jpg"), tmp_path)
    assert loaded.getpixel((2, 2))[3] == 0 and loaded.getpixel((150, 150))[3] == 255
    # A campaign template that extends the built-in one and asks for no plate: the band shows round the logo.
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/portrait.yaml").write_text(
        "template: portrait\nextends: builtin:portrait\nlayers:\n  - {id: logo, plate: never}\n", "utf-8")
    text = make_text()
    campaign = make_campaign((text,), root=tmp_path,
                             brand=Brand(primary="#0B5FA5", accent="#F5A623", logo=Path("brand/logo.jpg")))
    render_infographic(campaign, text, "portrait", tmp_path / "p.png")
    item = plan_infographic(campaign, text, "portrait").picture("logo")
    assert item.plate is None
    x0, y0, x1, y1 = (round(v) for v in item.box)
    with Image.open(tmp_path / "p.png") as image:
        pixels = np.asarray(image.convert("RGB"), dtype=int)
    band = pixels[y0 - 10, x0 - 10]
    for cx, cy in ((x0 + 3, y0 + 3), (x1 - 4, y0 + 3), (x0 + 3, y1 - 4), (x1 - 4, y1 - 4)):
        # The corner is the band: neither the JPG's white square nor black.
        assert np.abs(pixels[cy, cx] - band).max() <= 8, (cx, cy, pixels[cy, cx], band)
    assert np.abs(pixels[(y0 + y1) // 2, (x0 + x1) // 2] - [255, 255, 255]).max() < 12
    assert np.abs(pixels[y0 + (y1 - y0) // 4, (x0 + x1) // 2] - [200, 30, 40]).max() < 16


def test_fit_events_reach_the_manifest_and_the_build_warns(tmp_path: Path):
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURE, root)
    with open(root / "campaign.yaml", "a", encoding="utf-8") as config:
        config.write("infographics: {formats: [square]}\n")
    approve_texts(root)
    result = run("build", str(root), "--out", str(tmp_path / "out"), "--stage", "infographics")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out/infographics/manifest.json").read_text("utf-8"))
    events = [(item["key"], event) for item in manifest["items"] for o in item["outputs"]
              for event in o["media"].get("fit", [])]
    assert events
    for key, event in events:  # each one said in the build's output, naming text, product and element
        text_id = key.split("/")[0]
        said = [line for line in result.stderr.splitlines() if f"warning: {text_id} square: " in line]
        assert any(event["layer"] in line for line in said), result.stderr
    status = run("status", str(root), "--out", str(tmp_path / "out"), "--stage", "infographics")
    assert status.returncode == 0 and "up to date (" in status.stdout and "warning(s):" in status.stdout, status.stdout
    review = run("review", str(root), "--out", str(tmp_path / "out"))
    assert review.returncode == 0, review.stderr
    page = (tmp_path / "out/review/index.html").read_text("utf-8")
    assert "Bố cục" in page and ("thu nhỏ còn" in page or "(không đủ chỗ)" in page)


def test_a_campaign_without_logo_records_the_drawn_mark():
    text = make_text()
    plan = plan_infographic(make_campaign((text,)), text, "portrait")
    assert {"layer": "logo", "event": "fallback",
            "reason": "the campaign has no logo file: the drawn brand mark"} in plan.events


# ---------------------------------------------------------------- preview


def test_preview_renders_with_guides_and_watch_rerenders_on_a_template_edit(tmp_path: Path):
    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": FACEBOOK_LINK})
    out = tmp_path / "preview.png"
    result = run("preview", "facebook-link", "--text", "luong-huu", "--campaign", str(root), "--guides",
                 "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "ms" in result.stdout
    with Image.open(out) as image:
        assert image.size == (1200, 628)
        pixels = np.asarray(image.convert("RGB"))
    assert np.all(pixels == (236, 0, 140), axis=-1).sum() > 500  # the guides' boxes and labels

    assert run("preview", "portrait", "--text", "nope", "--campaign", str(root)).returncode == 2
    from pipeline.infographics.preview import render_preview

    facts, watched = render_preview(root, "portrait", "thai-san", tmp_path / "sized.png", size=(1080, 1080))
    with Image.open(tmp_path / "sized.png") as image:
        assert image.size == (1080, 1080) == facts["size"]
    assert REPO / "pipeline/templates/builtin/portrait.yaml" in watched and root / "campaign.yaml" in watched
    watch_out = tmp_path / "watch.png"
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "preview", str(root / "templates/facebook-link.yaml"),
                                "--text", "luong-huu", "--watch", "--out", str(watch_out)], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not watch_out.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        first = watch_out.stat().st_mtime_ns
        with Image.open(watch_out) as image:
            assert image.size == (1200, 628)
        time.sleep(0.05)
        (root / "templates/facebook-link.yaml").write_text(FACEBOOK_LINK.replace("[1200, 628]", "[1200, 630]"),
                                                           "utf-8")
        while watch_out.stat().st_mtime_ns == first and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.3)
        with Image.open(watch_out) as image:
            assert image.size == (1200, 630)
    finally:
        process.terminate()
        process.wait(timeout=10)


# ---------------------------------------------------------------- golden renders


def _campaigns():
    bundled = load_campaign(REPO / "assets/campaign")
    provinces = load_campaign(REPO / "assets/campaign-provinces")
    yield "bundled", bundled
    for variant in provinces.variants:
        yield variant.id, provinces.for_variant(variant)


GOLDEN_CASES = [(label, text.id, fmt) for label, campaign in _campaigns() for text in campaign.approved_texts
                for fmt in ("portrait", "square", "story", "landscape", "link")
                if label == "bundled" or fmt == "portrait"]
ALL_FORMATS = [(label, text.id, fmt) for label, campaign in _campaigns() for text in campaign.approved_texts
               for fmt in ("portrait", "square", "story", "landscape", "link")]


@pytest.fixture(scope="module")
def campaigns():
    return dict(_campaigns())


@pytest.mark.parametrize("label, text_id, fmt", GOLDEN_CASES)
def test_golden_layout_facts(campaigns, label, text_id, fmt):
    campaign = campaigns[label]
    text = campaign.text(text_id)
    plan = plan_infographic(campaign, text, fmt)
    content = [item for item in plan.items if item.kind in ("text", "logo", "qr")]
    for item in content:
        x0, y0, x1, y1 = item.box
        assert -0.5 <= x0 and x1 <= plan.width + 0.5 and -0.5 <= y0 and y1 <= plan.height + 0.5, item.layer
    for a, b in itertools.combinations(content, 2):
        assert not (a.box[0] < b.box[2] - 0.5 and b.box[0] < a.box[2] - 0.5 and a.box[1] < b.box[3] - 0.5
                    and b.box[1] < a.box[3] - 0.5), (a.layer, b.layer)
    for item in plan.texts():
        assert contrast_ratio(item.color, item.background) >= 4.5, item.layer
        assert item.fitted.size >= MIN_TEXT_PX, item.layer
    # Key figures: never a lone card on a row while another row is full.
    cards = sorted({(round(i.box[1]), round(i.box[0])) for i in plan.items
                    if i.kind == "rect" and i.layer.startswith("figure")})
    rows: dict[int, int] = {}
    for y, _ in cards:
        rows[y] = rows.get(y, 0) + 1
    if len(rows) > 1:
        assert min(rows.values()) >= 2 or max(rows.values()) == 1, rows
    # Nothing of the text is dropped silently: every field not shown is reported.
    shown = {item.field for item in plan.texts()}
    reported = {event["layer"] for event in plan.events if event["event"] == "dropped"}
    # a layer the template leaves out for this text by design (no points on a link image, a story with a
    # picture shows it in their place) is no drop: its `when` is false for the text
    facts = {"image": text.image, "key_figures": text.key_figures, "points": text.points, "summary": text.summary,
             "scale": plan.scale}
    bound = {layer.get("bind") for layer in plan.template.all_layers().values()
             if layer.get("bind") != "points" or layer.when is None or evaluate(layer.when, Env(facts))}
    for i in range(len(text.points) if "points" in bound else 0):
        assert f"points[{i}]" in shown or f"points[{i}]" in reported or "points" in reported
    for i in range(len(text.key_figures)):
        assert f"key_figures[{i}].value" in shown or f"figures[{i}]" in reported or "figures" in reported


@pytest.mark.parametrize("label, text_id, fmt", ALL_FORMATS)
def test_golden_renders_as_a_receiver_sees_them(campaigns, label, text_id, fmt, tmp_path: Path):
    """Every default template on every text of the bundled and provinces campaigns, checked on the PNG: its
    pixel size, every text it shows whole (in its lines and in the alt text), inside the safe zone, clear of
    the others, and at least 4.5:1 against the pixels around it; the bundled images leave nothing out."""
    campaign = campaigns[label]
    text = campaign.text(text_id)
    media = render_infographic(campaign, text, fmt, tmp_path / "x.png")
    plan = plan_infographic(campaign, text, fmt)
    with Image.open(tmp_path / "x.png") as image:
        assert image.size == (plan.template.width, plan.template.height) == (media["width"], media["height"])
        pixels = np.asarray(image.convert("RGB"))
    top, right, bottom, left = plan.template.safe
    texts = plan.texts()
    words = lambda value: " ".join(str(value).split())  # noqa: E731
    fields = {"title": text.title, "summary": text.summary, "organisation": campaign.organisation,
              "hotline": campaign.hotline, "address": campaign.address or ""}
    fields.update({f"key_figures[{i}].{part}": getattr(figure, part) for i, figure in enumerate(text.key_figures)
                   for part in ("value", "label")})
    fields.update({f"points[{i}]": point for i, point in enumerate(text.points)})
    for item in texts:
        shown = words(" ".join(item.fitted.lines))
        assert shown == words(item.fitted.text), (item.layer, item.fitted.lines)  # nothing cut
        if item.field in fields:
            assert words(fields[item.field]).casefold() == shown.casefold(), item.layer
            assert words(fields[item.field]) in words(media["alt_text"]), item.field
        x0, y0, x1, y1 = item.box
        assert x0 >= left - 0.5 and y0 >= top - 0.5 and x1 <= plan.width - right + 0.5 \
            and y1 <= plan.height - bottom + 0.5, (item.layer, item.box, plan.template.safe)
    for item in (i for i in plan.items if i.kind in ("logo", "qr")):
        x0, y0, x1, y1 = item.box
        assert x0 >= left - 0.5 and y0 >= top - 0.5 and x1 <= plan.width - right + 0.5 \
            and y1 <= plan.height - bottom + 0.5, (item.layer, item.box)
    for a, b in itertools.combinations(texts, 2):
        assert not (a.box[0] < b.box[2] - 0.5 and b.box[0] < a.box[2] - 0.5 and a.box[1] < b.box[3] - 0.5
                    and b.box[1] < a.box[3] - 0.5), (a.layer, b.layer)
    for item in texts:  # measured on the pixels: the ink drawn against every fill that shares its box
        x0, y0, x1, y1 = (round(v) for v in item.box)
        block = pixels[y0:y1, x0:x1].reshape(-1, 3)
        colours, counts = np.unique(block, axis=0, return_counts=True)
        ink = colours[np.argmin(np.abs(colours.astype(int) - np.array(item.color)).sum(axis=1))]
        assert np.abs(ink.astype(int) - np.array(item.color)).sum() <= 6, (item.layer, ink, item.color)
        fills = [tuple(c) for c, n in zip(colours, counts) if n >= 0.04 * len(block)
                 and np.abs(c.astype(int) - ink.astype(int)).sum() > 60]
        assert fills, item.layer
        for fill in fills:
            assert contrast_ratio(tuple(int(v) for v in ink), fill) >= 4.5, (item.layer, tuple(ink), fill)
    if label == "bundled":
        assert not [event for event in plan.events if event["event"] in ("dropped", "split")], plan.events


def _thumbnail(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L").resize((image.width // 20, image.height // 20), Image.Resampling.BOX),
                      dtype=float)


@pytest.mark.parametrize("label, text_id, fmt", [case for case in GOLDEN_CASES if case[0] in ("bundled", "ha-noi")])
def test_golden_thumbnails(campaigns, label, text_id, fmt, tmp_path: Path):
    """Each render against a stored 1/20 scale grey thumbnail: a moved block or a changed colour shifts the
    mean by far more than 4 levels of 255, a new Pillow or FreeType moving glyph edges by a pixel does not."""
    campaign = campaigns[label]
    render_infographic(campaign, campaign.text(text_id), fmt, tmp_path / "x.png")
    golden = GOLDEN / f"{label}-{text_id}-{fmt}.png"
    with Image.open(tmp_path / "x.png") as image:
        now = _thumbnail(image)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        Image.fromarray(now.round().astype(np.uint8)).save(golden)
    with Image.open(golden) as stored:
        expected = np.asarray(stored, dtype=float)
    assert expected.shape == now.shape
    difference = np.abs(expected - now)
    assert difference.mean() < 4 and np.percentile(difference, 99) < 60, (difference.mean(),
                                                                           np.percentile(difference, 99))


def test_an_image_layer_draws_the_templates_picture_and_its_bytes_are_part_of_the_template(tmp_path: Path):
    from pipeline.templates.model import load_template

    body = FACEBOOK_LINK.replace('"100% - 56"', '"100% - 460"') + (
        '  - {id: photo, type: image, src: photo.png, fit: cover, radius: 24, box: ["100% - 420", 40, 380, 548]}\n')
    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": body})
    result = run("status", str(root), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "layers[photo].src: no file 'photo.png' beside the template" in result.stderr
    Image.new("RGB", (800, 600), (20, 160, 90)).save(root / "templates/photo.png")
    first = load_template("facebook-link", root).sha256
    campaign = load_campaign(root)
    render_infographic(campaign, campaign.text("luong-huu"), "facebook-link", tmp_path / "fb.png")
    with Image.open(tmp_path / "fb.png") as image:
        assert image.getpixel((1200 - 420 + 190, 40 + 274)) == (20, 160, 90)
        assert image.getpixel((1200 - 420 + 1, 40 + 1)) != (20, 160, 90)  # the rounded corner
    plan = plan_infographic(campaign, campaign.text("luong-huu"), "facebook-link")
    title = next(item for item in plan.texts() if item.field == "title")
    assert title.box[2] <= 1200 - 420
    time.sleep(0.01)
    Image.new("RGB", (800, 600), (200, 60, 90)).save(root / "templates/photo.png")
    assert load_template("facebook-link", root).sha256 != first  # its images rebuild


# ---------------------------------------------------------------- review findings


def test_extends_with_a_path_is_refused_naming_file_and_field(tmp_path: Path):
    outside = tmp_path / "x"
    outside.mkdir()
    (outside / "evil.yaml").write_text(FACEBOOK_LINK, "utf-8")  # a valid template, but outside the campaign
    for base in (str(outside / "evil"), "../../x/evil"):
        root = campaign_with(tmp_path / base.replace("/", "_"), ["facebook-link"],
                             {"facebook-link": f"template: facebook-link\nextends: {base}\n"})
        result = run("status", str(root), "--out", str(tmp_path / "out"))
        assert result.returncode == 2, result.stdout + result.stderr
        assert "templates/facebook-link.yaml" in result.stderr and "extends" in result.stderr \
            and "must name a template" in result.stderr, result.stderr


def test_a_text_with_a_priority_and_else_fail_is_never_dropped(tmp_path: Path):
    from pipeline.infographics.preview import render_preview

    cramped = FACEBOOK_LINK.replace("max_lines: 3, wrap: balanced", "max_lines: 1, wrap: balanced")
    cramped = cramped.replace("bind: title, style: title, color: auto,",
                              "bind: title, style: title, color: auto, priority: 1, fit: {else: fail},")
    cramped = cramped.replace('top: "bottom(bar) + 28", right: "100% - 56"', 'top: "bottom(bar) + 28", right: 400')
    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": cramped})
    with pytest.raises(RenderError, match="title"):
        render_preview(root, "facebook-link", "luong-huu", tmp_path / "p.png")
    droppable = cramped.replace("fit: {else: fail}", "fit: {else: drop}")
    (root / "templates/facebook-link.yaml").write_text(droppable, "utf-8")
    facts, _ = render_preview(root, "facebook-link", "luong-huu", tmp_path / "p.png")
    assert any("title left out" in line for line in facts["warnings"]), facts


@pytest.mark.parametrize("container", ["stack", "repeat"])
def test_a_layer_holding_an_else_fail_text_is_never_dropped(tmp_path: Path, container):
    """A stack (or repeat) with a priority whose child (item) says `else: fail`: dropping the container would
    drop that text, so the render fails instead; without `else: fail` it is dropped and reported."""
    from pipeline.infographics.preview import render_preview

    if container == "stack":
        body = FACEBOOK_LINK.replace(
            "  - {id: title, type: text, bind: title, style: title, color: auto,\n"
            '     box: {left: 56, top: "bottom(bar) + 28", right: "100% - 56", height: auto}}\n',
            "  - {id: body, type: stack, priority: 1, box: {left: 56, top: \"bottom(bar) + 28\", right: 400, height: 60},\n"
            "     children: [{id: title, type: text, bind: title, style: title, color: auto, fit: {else: fail}}]}\n")
        body = body.replace("max_lines: 3, wrap: balanced", "max_lines: 1, wrap: balanced")
        dropped = "body left out"
    else:
        body = FACEBOOK_LINK + (
            "  - {id: figs, type: repeat, bind: key_figures, priority: 1, cell: {pad: 8},\n"
            "     item: [{id: v, type: text, bind: item.label, style: small, fit: {else: fail},\n"
            "             box: {left: 0, top: 0, width: 100%, height: auto}}],\n"
            "     box: {left: 56, top: 300, right: 200, height: auto}}\n")
        dropped = "figs left out"
    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": body})
    assert "else: fail" in body
    with pytest.raises(RenderError, match="does not fit|do not fit"):
        render_preview(root, "facebook-link", "luong-huu", tmp_path / "p.png")
    (root / "templates/facebook-link.yaml").write_text(body.replace(", fit: {else: fail}", ""), "utf-8")
    facts, _ = render_preview(root, "facebook-link", "luong-huu", tmp_path / "p.png")
    assert any(dropped in line for line in facts["warnings"]), facts


def test_a_clipped_rect_is_drawn_only_inside_its_clip(tmp_path: Path):
    from pipeline.infographics.preview import render_preview

    body = FACEBOOK_LINK.replace("  - {id: bar,", "  - {id: card, type: rect, fill: '#FFFFFF', box: [1000, 0, 200, 40]}\n"
                                 "  - {id: blob, type: rect, fill: '#FF0000', box: [0, 0, 1200, 628], clip: card}\n"
                                 "  - {id: bar,")
    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": body})
    render_preview(root, "facebook-link", "luong-huu", tmp_path / "p.png")
    with Image.open(tmp_path / "p.png") as image:
        pixels = np.asarray(image.convert("RGB"))
    assert tuple(pixels[20, 1100]) == (255, 0, 0)  # inside the card
    assert tuple(pixels[20, 500]) != (255, 0, 0) and tuple(pixels[620, 20]) != (255, 0, 0)  # outside it


REPEAT = ("  - {id: figs, type: repeat, bind: key_figures, cell: {fill: accent, pad: 8},\n"
          "     item: [{id: v, type: text, bind: item.value, style: small,\n"
          "             box: {left: 0, top: 0, width: 100%, height: auto}}],\n"
          "     box: {left: 56, top: 300, right: 600, height: auto}}\n")


@pytest.mark.parametrize("change, where", [
    (("box: [56, 48, auto, 96]}", "box: [56, 48, auto, 96], align: middle}"), "layers[logo].align"),
    (("style: title, color: auto,", "style: title, color: auto, pill: {fill: accent, pad: 3},"),
     "layers[title].pill.pad"),
    (("style: title, color: auto,", "style: title, color: auto, pill: {fill: accent, pad: [1, x]},"),
     "layers[title].pill.pad"),
    (("cell: {fill: accent, pad: 8}", 'cell: {fill: accent, pad: "x"}'), "layers[figs].cell.pad"),
    (('[56, "bottom(logo) + 40", 96, 8]', '["1//0", 40, 96, 8]'), "layers[bar].box.left"),
    (('[56, "bottom(logo) + 40", 96, 8]', "[\"'abc'\", 40, 96, 8]"), "layers[bar].box.left"),
])
def test_keys_that_crashed_a_render_are_template_errors(tmp_path: Path, change, where):
    from pipeline.templates.model import TemplateError, load_template

    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/facebook-link.yaml").write_text((FACEBOOK_LINK + REPEAT).replace(*change), "utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template("facebook-link", tmp_path)
    assert caught.value.where == where, caught.value


def test_the_repeat_of_the_key_tests_is_valid(tmp_path: Path):
    from pipeline.templates.model import load_template

    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/facebook-link.yaml").write_text(FACEBOOK_LINK + REPEAT, "utf-8")
    assert load_template("facebook-link", tmp_path).layer("figs").get("cell") == {"fill": "accent", "pad": 8}


def test_preview_watch_recovers_when_its_first_render_fails(tmp_path: Path):
    import threading

    from pipeline.infographics.preview import preview

    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": FACEBOOK_LINK.replace("type: logo", "type: x")})
    said: list[str] = []
    failed = threading.Event()

    def echo(line: str) -> None:
        said.append(line)
        if line.startswith("error:"):
            failed.set()

    out = tmp_path / "watch.png"
    watcher = threading.Thread(target=preview, args=(root, "facebook-link", "luong-huu", out, None, False, True, echo),
                               kwargs={"poll_s": 0.02, "rounds": 2}, daemon=True)
    watcher.start()
    assert failed.wait(60), said
    time.sleep(0.05)
    (root / "templates/facebook-link.yaml").write_text(FACEBOOK_LINK, "utf-8")  # the designer fixes it
    watcher.join(20)
    assert not watcher.is_alive() and out.exists(), said


@pytest.mark.parametrize("count, ok", [(50, True), (150, False)])
def test_relative_boxes_chained_too_deep_are_a_template_error(tmp_path: Path, count, ok):
    from pipeline.templates.model import TemplateError, load_template

    # Written last-first: each rect rests on the one below it in the file, as deep as the engine would recurse.
    rects = [f"  - {{id: r{i}, type: rect, fill: accent, box: [0, 'bottom(r{i - 1})', 10, 1]}}\n"
             for i in range(count - 1, 0, -1)] + ["  - {id: r0, type: rect, fill: accent, box: [0, 0, 10, 1]}\n"]
    body = FACEBOOK_LINK.replace("size: [1200, 628]", "size: [1200, 1000]") + "".join(rects)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/facebook-link.yaml").write_text(body, "utf-8")
    if ok:
        assert load_template("facebook-link", tmp_path).layer("r0") is not None
        return
    with pytest.raises(TemplateError, match="chained too deep") as caught:
        load_template("facebook-link", tmp_path)
    assert caught.value.where.endswith(".box"), caught.value


def test_a_cached_template_is_not_parsed_again(tmp_path: Path, monkeypatch):
    from pipeline.templates import model

    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/base.yaml").write_text(FACEBOOK_LINK.replace("facebook-link", "base"), "utf-8")
    (tmp_path / "templates/child.yaml").write_text("template: child\nextends: base\n", "utf-8")
    reads: list[Path] = []
    real_read = model._read
    monkeypatch.setattr(model, "_read", lambda path, root: reads.append(path) or real_read(path, root))
    first = model.load_template("child", tmp_path)
    assert reads
    reads.clear()
    assert model.load_template("child", tmp_path) is first and reads == []  # a cache hit: stats only
    (tmp_path / "templates/base.yaml").write_text(FACEBOOK_LINK.replace("facebook-link", "base")
                                                  .replace("[1200, 628]", "[1200, 630]"), "utf-8")
    assert model.load_template("child", tmp_path).height == 630 and reads


def test_whole_words_are_asked_of_the_measurer_not_set_on_it():
    from pipeline.infographics.layout import MEASURER, template_for, text_data
    from pipeline.templates.engine import solve

    class Recording:  # any Measurer: the engine passes its preference, it sets nothing on the measurer
        def __init__(self):
            self.asked: set[bool] = set()

        def fit(self, *args, split_words=True):
            self.asked.add(split_words)
            return MEASURER.fit(*args, split_words=split_words)

        def explain(self, *args):
            return MEASURER.explain(*args)

        def missing(self, *args):
            return MEASURER.missing(*args)

    campaign = load_campaign(FIXTURE)
    text = campaign.texts[0]
    measurer = Recording()
    plan = solve(template_for(campaign, "portrait"), text_data(campaign, text, True), measurer)
    assert plan.texts() and False in measurer.asked  # whole words first
    assert not hasattr(MEASURER, "split_words")
    assert plan.scale == plan_infographic(campaign, text, "portrait").scale


def test_a_number_in_words_wider_than_its_line_sets_the_text_smaller_and_says_so():
    """The landscape's 636 px title column is narrower than "bảy mươi lăm tuổi" at 72 px: the title is set
    smaller with the group on one line (a shrunk event naming it), never "bảy mươi | lăm tuổi"."""
    campaign = load_campaign(REPO / "tests/fixtures/imprint")
    text = next(text for text in campaign.texts if "bảy mươi lăm tuổi" in text.title)
    plan = plan_infographic(campaign, text, "landscape")
    (title,) = [item for item in plan.texts() if item.field == "title"]
    assert any("bảy mươi lăm tuổi" in line for line in title.fitted.lines), title.fitted.lines
    (event,) = [event for event in plan.events if event["layer"] == "title"]
    assert event["event"] == "shrunk" and event["kept_whole"] == ["bảy mươi lăm tuổi"] and event["size"] < 72


def test_a_group_broken_as_a_last_resort_is_a_split_event_and_a_warning(tmp_path: Path):
    from pipeline.infographics.preview import render_preview

    narrow = FACEBOOK_LINK.replace('top: "bottom(bar) + 28", right: "100% - 56"', 'top: "bottom(bar) + 28", width: 240')
    narrow = narrow.replace("size: [64, 36], leading: 1.15, max_lines: 3", "size: [64, 36], leading: 1.15, max_lines: 12")
    root = campaign_with(tmp_path, ["facebook-link"], {"facebook-link": narrow})
    path = next((root / "texts").glob("*.md"))
    path.write_text(path.read_text("utf-8").replace(load_campaign(root).texts[0].title,
                                                    "Trợ cấp từ bảy mươi lăm tuổi"), "utf-8")
    facts, _ = render_preview(root, "facebook-link", load_campaign(root).texts[0].id, tmp_path / "p.png")
    assert any("title: no size fits with every word and number whole: 'bảy mươi lăm tuổi' broken" in line
               for line in facts["warnings"]), facts["warnings"]
