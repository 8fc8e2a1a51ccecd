"""Clip cards drawn from templates: every card type and shape through the layer model, the captions' area kept
whatever a template says, states (points one by one, the figure counting up), a campaign's own card template
(YAML only, only clips rebuild), broken ones refused with exit 2, fit reports, and `preview` of a card."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import campaign_with_templates, make_campaign, make_text
from pipeline.clips import SHAPES
from pipeline.clips.card_templates import CARD_TYPES
from pipeline.clips.cards import card_context, draw_card, plan_card, source_size
from pipeline.clips.layout import caption_zone, safe_area
from pipeline.clips.storyboard import Card, build_storyboard
from pipeline.content import Brand
from pipeline.errors import RenderError
from pipeline.imaging.colors import contrast_ratio
from pipeline.infographics.render import GUIDE

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "campaign"

OPENING_OVERRIDE = """\
template: card-opening-vertical
extends: builtin:card-opening-vertical
styles:
  title: {size: [84, 48]}
layers:
  - {id: logo, box: ["100% - safe_right - 150", safe_top, 150, 150], align: right}
  - {id: org, box: {left: safe_left, right: "left(logo) - 32", top: "top(logo)", height: "height(logo)"}}
"""


def run(*args: str) -> subprocess.CompletedProcess:
    """The real command line, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=300)


def cards_of(text, campaign) -> dict[str, Card]:
    """The first card of each type of a text's silent storyboard."""
    found: dict[str, Card] = {}
    for card in build_storyboard(text, campaign, None).cards:
        found.setdefault(card.kind, card)
    return found


def every_card():
    full = make_text()
    summary_only = make_text("chi-tom-tat", key_figures=(), points=(), body="Một đoạn văn, không có gạch đầu dòng.")
    for shape in sorted(SHAPES):
        for kind in CARD_TYPES:
            yield shape, kind, summary_only if kind == "summary" else full


@pytest.mark.parametrize("shape, kind, text", list(every_card()))
def test_every_card_type_and_shape_is_drawn_from_its_template(shape, kind, text):
    campaign = make_campaign((text,))
    card = cards_of(text, campaign)[kind]
    ctx = card_context(campaign, text, shape, 1.05, captions=True)
    art = draw_card(card, ctx)
    assert art.template == f"card-{kind}-{shape}.yaml"
    width, height = source_size(shape, 1.05)
    assert all(state.shape == (height, width, 3) for state in art.states)
    plan = plan_card(card, ctx)
    zone = caption_zone(shape)
    safe = safe_area(shape)
    for item in plan.items:
        if item.kind in ("text", "logo", "qr"):
            x0, y0, x1, y1 = item.box
            # the content area of a card that zooms to 1.05 about the centre: seen at any zoom, clear of
            # the captions and inside the platforms' safe area
            for z in (1.0, 1.05):
                top = height / 1.05 / 2 + (y0 - height / 1.05 / 2) * z
                bottom = height / 1.05 / 2 + (y1 - height / 1.05 / 2) * z
                assert top >= safe.y0 - 1 and bottom <= zone.y0 + 1, (item.layer, top, bottom, zone)
        if item.kind == "text":  # every text reaches 4.5:1 on what is under it
            assert contrast_ratio(item.color, item.background) >= 4.5, item.layer
    if kind in ("opening", "closing"):
        assert any(item.kind == "logo" for item in plan.items)


@pytest.mark.parametrize("primary, accent", [("#3A8DDE", "#FFD166"), ("#FFC107", "#0D47A1"), ("#E0E0E0", "#FF7043")])
def test_card_texts_reach_4_5_to_1_for_light_and_dark_brands(primary, accent):
    text = make_text(priority="priority")
    campaign = make_campaign((text,), brand=Brand(primary=primary, accent=accent))
    for shape in sorted(SHAPES):
        ctx = card_context(campaign, text, shape, 1.0, captions=True)
        for card in build_storyboard(text, campaign, None).cards:
            for item in plan_card(card, ctx).items:
                if item.kind == "text":
                    assert contrast_ratio(item.color, item.background) >= 4.5, (shape, card.kind, item.layer)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_points_appear_one_by_one_each_in_its_own_box(shape):
    text = make_text()
    campaign = make_campaign((text,))
    ctx = card_context(campaign, text, shape, 1.05, captions=True)
    art = draw_card(cards_of(text, campaign)["points"], ctx)
    assert len(art.states) == len(text.points) and len(art.reveal_boxes) == len(text.points) - 1
    for k, (x0, y0, x1, y1) in enumerate(art.reveal_boxes):
        before, after = art.states[k].astype(int), art.states[k + 1].astype(int)
        changed = np.abs(after - before).sum(axis=2) > 0
        assert changed.any()
        inside = np.zeros_like(changed)
        inside[y0:y1, x0:x1] = True
        assert not (changed & ~inside).any(), f"point {k + 1} changed pixels outside its reveal box"
    # the last state is the whole card: drawing every item at once gives the same picture
    from pipeline.clips.cards import scaled
    from pipeline.infographics.render import draw_plan

    plan = scaled(plan_card(cards_of(text, campaign)["points"], ctx), 1.05, source_size(shape, 1.05))
    whole = np.asarray(draw_plan(plan, campaign))
    assert np.abs(whole.astype(int) - art.states[-1].astype(int)).max() == 0


def test_the_figure_counts_up_in_the_box_of_its_number_layer():
    text = make_text()
    campaign = make_campaign((text,))
    ctx = card_context(campaign, text, "vertical", 1.05, captions=True)
    card = cards_of(text, campaign)["figure"]
    art = draw_card(card, ctx)
    figure = art.figure
    assert figure is not None and figure.final == "15" and figure.countable is not None
    number = next(item for item in plan_card(card, ctx).items if item.field == "number")
    x0, y0, x1, y1 = figure.box
    assert x0 <= number.box[0] * 1.05 + 1 and x1 >= number.box[2] * 1.05 - 1  # the layer's whole width
    final = art.states[0][y0:y1, x0:x1]
    assert np.array_equal(final, figure.patch("15"))
    assert not np.array_equal(figure.patch("7"), figure.patch("15"))
    number_ink = np.abs(figure.patch("15").astype(int) - figure.empty.astype(int)).sum(axis=2) > 60
    assert 0.05 < number_ink.mean() < 0.6  # the empty box is the card without the number
    date = draw_card(Card("figure", 0, 3, value="1/7/2025", label="ngày Luật có hiệu lực", reveals=(0,)), ctx)
    assert date.figure.countable is None and date.figure.final == "1/7/2025"  # revealed, not counted


def test_a_campaign_changes_the_title_size_and_logo_position_by_yaml_only(tmp_path: Path):
    from pipeline.campaign import load_campaign

    root = campaign_with_templates(tmp_path, {"card-opening-vertical": OPENING_OVERRIDE})
    campaign = load_campaign(root)
    text = campaign.texts[0]
    card = cards_of(text, campaign)["opening"]
    ctx = card_context(campaign, text, "vertical", 1.0, captions=True)
    plan = plan_card(card, ctx)
    builtin = plan_card(card, card_context(make_campaign((text,)), text, "vertical", 1.0, captions=True))
    logo = next(item for item in plan.items if item.kind == "logo")
    assert logo.box[2] == pytest.approx(ctx.area.x1, abs=1)  # at the right now
    assert next(item for item in builtin.items if item.kind == "logo").box[0] == pytest.approx(ctx.area.x0, abs=1)
    title = next(item for item in plan.items if item.layer == "title")
    assert title.fitted.size <= round(48 + 1.2 * (84 - 48))
    assert title.fitted.size < next(item for item in builtin.items if item.layer == "title").fitted.size
    assert draw_card(card, ctx).template == "card-opening-vertical.yaml"


def test_a_card_template_edit_changes_only_the_clips_params(tmp_path: Path):
    from pipeline.build import job_params_sha
    from pipeline.campaign import load_campaign
    from pipeline.stages import STAGES
    from pipeline.stages.base import params_hash

    def hashes(root: Path) -> dict[str, str]:
        campaign = load_campaign(root)
        found = {}
        for stage in STAGES:
            stage_sha = params_hash(stage.params(campaign))
            for job in stage.jobs(campaign, stage.settings(campaign)):
                found[f"{stage.name}/{job.key}"] = job_params_sha(stage, campaign, job, stage_sha)
        return found

    root = campaign_with_templates(tmp_path, {})
    with open(root / "campaign.yaml", "a", encoding="utf-8") as config:
        config.write("clips: {shapes: [vertical, landscape]}\n")
    before = hashes(root)
    (root / "templates/card-opening-vertical.yaml").write_text(OPENING_OVERRIDE, "utf-8")
    after = hashes(root)
    changed = sorted(key for key in before if before[key] != after[key])
    assert changed == ["clips/luong-huu/vertical", "clips/thai-san/vertical"]
    assert set(before) == set(after)


@pytest.mark.parametrize("change, where, message", [
    (("align: right", "align: right, type: sticker"), "layers[logo].type", "unknown layer type 'sticker'"),
    (('box: ["100% - safe_right - 150", safe_top, 150, 150]', 'box: [100, 1500, 150, 150]'), "layers[logo].box",
     "kept for the captions"),
    (("title: {size: [84, 48]}", "title: {size: [84, 12]}"), "styles.title.size", "below the 22 px minimum"),
    (("extends: builtin:card-opening-vertical", "extends: builtin:portrait"), "kind", "must be card"),
])
def test_a_broken_card_template_is_exit_2_naming_file_layer_and_field(tmp_path: Path, change, where, message):
    body = OPENING_OVERRIDE.replace(*change)
    assert body != OPENING_OVERRIDE
    if "portrait" in body:
        body = "template: card-opening-vertical\nextends: builtin:portrait\n"
    root = campaign_with_templates(tmp_path, {"card-opening-vertical": body})
    result = run("status", str(root), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "templates/card-opening-vertical.yaml" in result.stderr and where in result.stderr, result.stderr
    assert message in result.stderr, result.stderr


def test_content_placed_over_the_captions_by_a_relative_box_fails_naming_the_layer(tmp_path: Path):
    from pipeline.campaign import load_campaign

    body = OPENING_OVERRIDE + '  - {id: bar, box: [safe_left, "bottom(title) + 44", 180, 14]}\n' + \
        '  - {id: note, type: text, text: "Xem thêm", style: name, color: auto,\n' + \
        '     box: {left: safe_left, top: "bottom(bar) + 600", right: "100% - safe_right", height: auto}, overlap: allow}\n'
    root = campaign_with_templates(tmp_path, {"card-opening-vertical": body})
    campaign = load_campaign(root)
    text = campaign.texts[0]
    with pytest.raises(RenderError) as caught:
        plan_card(cards_of(text, campaign)["opening"], card_context(campaign, text, "vertical", 1.0, captions=True))
    assert "card-opening-vertical.yaml: layers[note].box" in str(caught.value)
    assert "kept for the captions" in str(caught.value)


def test_a_long_title_shrinks_and_the_clip_reports_it():
    text = make_text(title="Người lao động tham gia bảo hiểm xã hội tự nguyện được hỗ trợ tiền đóng theo tỷ lệ phần "
                           "trăm mức đóng hằng tháng cho hộ nghèo, hộ cận nghèo và các đối tượng khác")
    campaign = make_campaign((text,))
    art = draw_card(cards_of(text, campaign)["opening"], card_context(campaign, text, "vertical", 1.05, True))
    shrunk = [event for event in art.events if event["event"] == "shrunk"]
    assert any(event["layer"] == "opening:title" for event in shrunk), art.events
    assert any("clip vertical opening card" in line and "title" in line for line in art.warnings), art.warnings


def test_preview_draws_a_card_template_with_its_guides(tmp_path: Path):
    out = tmp_path / "card.png"
    result = run("preview", "card-points-vertical", "--text", "luong-huu-15-nam", "--guides", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "card-points-vertical for luong-huu-15-nam, 1080x1920" in result.stdout
    with Image.open(out) as image:
        assert image.size == (1080, 1920)
        pixels = np.asarray(image.convert("RGB")).astype(int)
    zone = caption_zone("vertical")
    edge = pixels[round(zone.y0) - 1:round(zone.y0) + 2, round(zone.x0) + 20:round(zone.x1) - 20]
    assert (np.abs(edge - GUIDE).sum(axis=2) < 30).mean() > 0.3  # the captions' area outlined
    result = run("preview", "card-summary-vertical", "--text", "luong-huu-15-nam", "--out", str(out))
    assert result.returncode == 2 and "has no summary card" in result.stderr, result.stderr  # it has figures
    result = run("preview", "card-opening-vertical", "--text", "luong-huu-15-nam", "--size", "800x800",
                 "--out", str(out))
    assert result.returncode == 2 and "--size is for image templates" in result.stderr



def test_a_card_template_is_no_infographic_format(tmp_path: Path):
    from pipeline.infographics.settings import InfographicSettings

    root = campaign_with_templates(tmp_path, {"poster-card": OPENING_OVERRIDE.replace("template: card-opening-vertical",
                                                                          "template: poster-card")})
    with pytest.raises(ValueError, match="unknown format 'card-opening-vertical'"):
        InfographicSettings.from_mapping({"formats": ["card-opening-vertical"]}, root)
    with pytest.raises(ValueError, match="poster-card.yaml is a card template, not an image"):
        InfographicSettings.from_mapping({"formats": ["poster-card"]}, root)
