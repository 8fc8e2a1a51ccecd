"""Loading a campaign: validation (every problem at once, with file and field), NFC, approval, refusals."""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from pathlib import Path

import pytest

from pipeline.approve import approve_texts
from pipeline.campaign import load_campaign
from pipeline.errors import CampaignError
from tests.conftest import FIXTURES

TEXT = """---
id: {id}
title: "{title}"
summary: "Tóm tắt ngắn."
---
Nội dung của văn bản.
"""


@pytest.fixture
def campaign_dir(tmp_path) -> Path:
    """A copy of tests/fixtures/campaign with its texts approved."""
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    approve_texts(sorted((root / "texts").glob("*.md")), by="Kiểm thử", today=dt.date(2026, 11, 24))
    return root


def problems_of(root: Path) -> list[str]:
    with pytest.raises(CampaignError) as info:
        load_campaign(root)
    assert info.value.exit_code == 2
    return [str(p) for p in info.value.problems]


def test_the_fixture_campaign_loads_approved(campaign_dir):
    campaign = load_campaign(campaign_dir)
    assert [t.id for t in campaign.texts] == ["luong-huu", "thai-san"]
    assert all(t.buildable for t in campaign.texts)
    text = campaign.text("luong-huu")
    assert text.approved_by == "Kiểm thử" and text.approved_at == "2026-11-24"
    assert text.approval == text.content_hash and text.approval.startswith("sha256:")
    assert text.key_figures[0].value == "15 năm"
    assert campaign.brand.logo and campaign.brand.logo.name == "logo.png"
    assert [b.kind for b in text.blocks] == ["paragraph", "bullet"]


def test_the_bundled_sample_campaign_is_valid_and_approved():
    campaign = load_campaign(Path(__file__).parents[1] / "assets" / "campaign")
    assert len(campaign.approved_texts) == 6
    assert not campaign.refused_texts


def test_refusal_reasons(campaign_dir):
    texts = campaign_dir / "texts"
    (texts / "c.md").write_text(TEXT.format(id="nhap", title="Bản nháp").replace("---\nNội", "status: draft\n---\nNội"),
                                "utf-8")
    (texts / "d.md").write_text(TEXT.format(id="chua-duyet", title="Chưa duyệt"), "utf-8")
    path = texts / "a-luong-huu.md"
    path.write_text(path.read_text("utf-8").replace("giảm xuống 15 năm", "giảm xuống 16 năm"), "utf-8")
    campaign = load_campaign(campaign_dir)
    assert {t.id: t.refusal for t in campaign.texts} == {
        "luong-huu": "changed after approval", "thai-san": None, "nhap": "draft", "chua-duyet": "not approved"}


def test_approval_ignores_approval_fields_and_reapproval_restores(campaign_dir):
    path = campaign_dir / "texts" / "a-luong-huu.md"
    before = load_campaign(campaign_dir).text("luong-huu").approval
    (result,) = approve_texts([path], by="Người khác")
    assert result.approval == before and not result.changed
    path.write_text(path.read_text("utf-8").replace("15 năm\"", "15 năm!\""), "utf-8")
    assert load_campaign(campaign_dir).text("luong-huu").refusal == "changed after approval"
    (result,) = approve_texts([path], by="Trung tâm Truyền thông")
    assert result.changed and result.approval != before
    text = load_campaign(campaign_dir).text("luong-huu")
    assert text.buildable and text.approved_by == "Trung tâm Truyền thông"


def test_nfc_bom_and_crlf_give_the_same_text_and_approval(campaign_dir):
    path = campaign_dir / "texts" / "b-thai-san.md"
    original = load_campaign(campaign_dir).text("thai-san")
    content = path.read_text("utf-8")
    decomposed = unicodedata.normalize("NFD", content).replace("\n", "\r\n")
    assert decomposed != content
    path.write_bytes(b"\xef\xbb\xbf" + decomposed.encode("utf-8"))
    text = load_campaign(campaign_dir).text("thai-san")
    assert text.title == original.title and unicodedata.is_normalized("NFC", text.body)
    assert text.buildable, "a re-encoded file is the same approved content"


def test_every_problem_of_every_text_is_reported_at_once(campaign_dir):
    texts = campaign_dir / "texts"
    (texts / "bad-utf8.md").write_bytes(b"---\nid: x\n---\n\xff\xfe broken")
    (texts / "bad-yaml.md").write_text("---\nid: [unclosed\n---\nbody\n", "utf-8")
    (texts / "no-front.md").write_text("just a body\n", "utf-8")
    (texts / "fields.md").write_text(
        "---\nid: ../x\nsummary: \"" + "dài " * 70 + "\"\ncolour: red\npriority: urgent\nsilent_clip: maybe\nlink: ftp://x\n"
        "key_figures: [{value: 1}, {value: 2, label: b}, {value: 3, label: c}, {value: 4, label: d}, "
        "{value: 5, label: e}]\n---\n\n", "utf-8")
    (texts / "glyph.md").write_text(TEXT.format(id="glyph", title="Bảo hiểm 中 xã hội ✓"), "utf-8")
    (texts / "dup.md").write_text(TEXT.format(id="thai-san", title="Trùng"), "utf-8")
    (texts / "dup-bad.md").write_text(TEXT.format(id="glyph", title="Trùng và lỗi 中"), "utf-8")
    (texts / "upper.md").write_text(TEXT.format(id="Has Space", title="Tiêu đề"), "utf-8")
    problems = problems_of(campaign_dir)
    joined = "\n".join(problems)
    expected = [
        ("bad-utf8.md", "not valid UTF-8 (byte 0xff"),
        ("bad-yaml.md", "front matter: invalid YAML"),
        ("no-front.md", "front matter: missing"),
        ("fields.md", "id: '../x' is not a safe id"),
        ("fields.md", "title: required"),
        ("fields.md", "summary: too long: 279 characters, at most 240"),
        ("fields.md", "colour: unknown field"),
        ("fields.md", "priority: 'urgent' is not one of normal, priority, emergency"),
        ("fields.md", "link: not an http(s) address"),
        ("fields.md", "silent_clip: must be true or false"),
        ("fields.md", "key_figures: 5 items, at most 4"),
        ("fields.md", "key_figures[0]: must be {value"),
        ("fields.md", "body: empty"),
        ("glyph.md", "title: Be Vietnam Pro cannot draw '中' (U+4E2D), '✓' (U+2713)"),
        ("dup.md", "id: 'thai-san' is already used by"),
        ("glyph.md", "id: 'glyph' is already used by"),   # found although both files have other problems
        ("upper.md", "id: 'Has Space' is not a safe id"),
    ]
    for filename, fragment in expected:
        assert any(filename in p and fragment in p for p in problems), f"{filename}: {fragment}\n{joined}"


def test_campaign_yaml_problems(campaign_dir):
    (campaign_dir / "campaign.yaml").write_text(
        'name: ""\norganisation: "BHXH"\nhotline: "1900 9068"\nwebsite: "baohiemxahoi"\nfont: Arial\n'
        'brand: {primary: blue, logo: brand/missing.png}\naudio: {engine: siri}\n'
        'leaflets: {trifold_texts: [luong-huu, khong-co]}\nstations: {base_url: 5, colour: red}\n', "utf-8")
    problems = "\n".join(problems_of(campaign_dir))
    for fragment in ["campaign.yaml: name: required", "campaign.yaml: website: not an http(s) address",
                     "campaign.yaml: font: unknown key", "campaign.yaml: brand.primary: not a colour",
                     "campaign.yaml: brand.logo: file not found", "campaign.yaml: audio.engine",
                     "campaign.yaml: stations.base_url: must be a string", "campaign.yaml: stations.colour: unknown"]:
        assert fragment in problems, fragment


def test_missing_or_malformed_campaign_yaml(campaign_dir):
    (campaign_dir / "campaign.yaml").write_text("name: [oops\n", "utf-8")
    assert any("campaign.yaml: invalid YAML" in p for p in problems_of(campaign_dir))
    (campaign_dir / "campaign.yaml").unlink()
    assert any("campaign.yaml: missing" in p for p in problems_of(campaign_dir))


def test_approve_refuses_invalid_texts_and_leaves_them_untouched(campaign_dir):
    path = campaign_dir / "texts" / "glyph.md"
    path.write_text(TEXT.format(id="glyph", title="Ký tự lạ 中"), "utf-8")
    before = path.read_bytes()
    with pytest.raises(CampaignError) as info:
        approve_texts([path], by="Ai đó")
    assert "title: Be Vietnam Pro cannot draw '中'" in str(info.value)
    assert path.read_bytes() == before
