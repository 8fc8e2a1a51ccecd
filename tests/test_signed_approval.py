"""Signed approvals: Ed25519 signatures prove who approved a text and the campaign's public settings."""

from __future__ import annotations

import datetime as dt
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.approve import approve_campaign, approve_texts, read_key, write_key_pair
from pipeline.campaign import load_campaign
from pipeline.cli import cli
from tests.conftest import FIXTURES

APPROVER = "Trung tâm Truyền thông"
DAY = dt.date(2026, 11, 24)


@pytest.fixture
def keys(tmp_path):
    """Two key pairs: the trusted approver's and an outsider's."""
    trusted = tmp_path / "keys" / "trusted.key"
    outsider = tmp_path / "keys" / "outsider.key"
    trusted.parent.mkdir()
    return {"trusted": (trusted, write_key_pair(trusted)), "outsider": (outsider, write_key_pair(outsider))}


@pytest.fixture
def signed_campaign(tmp_path, keys) -> Path:
    """The fixture campaign requiring signatures, its texts and settings signed by the trusted key."""
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    with (root / "campaign.yaml").open("a", encoding="utf-8") as handle:
        handle.write(f'approval:\n  require_signature: true\n  trusted_keys:\n    "{APPROVER}": '
                     f'"{keys["trusted"][1]}"\n')
    key = read_key(keys["trusted"][0])
    approve_texts(sorted((root / "texts").glob("*.md")), by=APPROVER, today=DAY, key=key)
    approve_campaign(root, by=APPROVER, today=DAY, key=key)
    return root


def refusals(root: Path) -> dict[str, str | None]:
    return {text.id: text.refusal for text in load_campaign(root).texts}


def test_keygen_writes_a_private_key_only_its_owner_reads_and_never_overwrites(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["keygen", str(tmp_path / "me.key"), "--name", APPROVER])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE((tmp_path / "me.key").stat().st_mode) == 0o600
    public = (tmp_path / "me.key.pub").read_text("utf-8").strip()
    assert public.startswith("ed25519:") and f'"{APPROVER}": "{public}"' in result.output
    again = runner.invoke(cli, ["keygen", str(tmp_path / "me.key")])
    assert again.exit_code == 2 and "already exists" in again.output


def test_signed_texts_and_campaign_build(signed_campaign):
    assert refusals(signed_campaign) == {"luong-huu": None, "thai-san": None}
    content = (signed_campaign / "texts" / "a-luong-huu.md").read_text("utf-8")
    assert 'signature: "ed25519:' in content


def test_an_unsigned_text_is_refused_when_signatures_are_required(signed_campaign):
    approve_texts([signed_campaign / "texts" / "b-thai-san.md"], by=APPROVER, today=DAY)  # hash only
    assert refusals(signed_campaign)["thai-san"] == "not signed (the campaign requires signed approvals)"
    result = CliRunner().invoke(cli, ["status", str(signed_campaign), "--out", str(signed_campaign / "out")])
    assert result.exit_code == 1 and "refused (not signed" in result.output


def test_a_text_signed_by_an_untrusted_key_or_forged_is_refused(signed_campaign, keys):
    path = signed_campaign / "texts" / "b-thai-san.md"
    approve_texts([path], by=APPROVER, today=DAY, key=read_key(keys["outsider"][0]))
    assert refusals(signed_campaign)["thai-san"].startswith("bad signature")
    approve_texts([path], by="Kẻ lạ", today=DAY, key=read_key(keys["outsider"][0]))
    assert "whose key campaign.yaml does not trust" in refusals(signed_campaign)["thai-san"]


def test_recomputing_the_hash_or_changing_the_approver_does_not_pass(signed_campaign):
    path = signed_campaign / "texts" / "a-luong-huu.md"
    content = path.read_text("utf-8")
    path.write_text(content.replace(f'approved_by: "{APPROVER}"', 'approved_by: "Trung tâm  Truyền thông"')
                    .replace('approved_at: "2026-11-24"', 'approved_at: "2026-11-25"'), "utf-8")
    assert refusals(signed_campaign)["luong-huu"] is not None
    # an edit with a recomputed hash keeps the old signature, which no longer matches
    path.write_text(content + "\nMột dòng thêm sau khi duyệt.\n", "utf-8")
    text = load_campaign(signed_campaign).text("luong-huu")
    assert text.refusal == "changed after approval"
    path.write_text(path.read_text("utf-8").replace(text.approval, text.content_hash), "utf-8")
    assert refusals(signed_campaign)["luong-huu"].startswith("bad signature")


def test_a_changed_hotline_needs_a_new_campaign_approval(signed_campaign, keys):
    config = signed_campaign / "campaign.yaml"
    config.write_text(config.read_text("utf-8").replace("1900 9068", "1900 0000"), "utf-8")
    assert set(refusals(signed_campaign).values()) == {"campaign settings changed after approval"}
    approve_campaign(signed_campaign, by=APPROVER, today=DAY, key=read_key(keys["trusted"][0]))
    assert set(refusals(signed_campaign).values()) == {None}


def test_a_changed_logo_or_lexicon_needs_a_new_campaign_approval(signed_campaign):
    logo = signed_campaign / "brand" / "logo.png"
    logo.write_bytes(logo.read_bytes() + b"\0")
    assert set(refusals(signed_campaign).values()) == {"campaign settings changed after approval"}


def test_an_unsigned_campaign_approval_is_refused_when_signatures_are_required(signed_campaign):
    approve_campaign(signed_campaign, by=APPROVER, today=DAY)
    assert set(refusals(signed_campaign).values()) == {
        "campaign approval not signed (the campaign requires signed approvals)"}
    (signed_campaign / "approval.yaml").unlink()
    assert set(refusals(signed_campaign).values()) == {
        "campaign settings not approved (run `media-pipeline approve --campaign`)"}


def test_approve_command_signs_texts_and_campaign(tmp_path, keys):
    root = tmp_path / "c2"
    shutil.copytree(FIXTURES / "campaign", root)
    with (root / "campaign.yaml").open("a", encoding="utf-8") as handle:
        handle.write(f'approval: {{require_signature: true, trusted_keys: {{"{APPROVER}": "{keys["trusted"][1]}"}}}}\n')
    texts = [str(p) for p in sorted((root / "texts").glob("*.md"))]
    result = CliRunner().invoke(cli, ["approve", *texts, "--by", APPROVER, "--key", str(keys["trusted"][0]),
                                      "--campaign", str(root)])
    assert result.exit_code == 0, result.output
    assert result.output.count("approved, signed") == 3
    assert set(refusals(root).values()) == {None}
    bad = CliRunner().invoke(cli, ["approve", texts[0], "--by", APPROVER, "--key", str(root / "campaign.yaml")])
    assert bad.exit_code == 2 and "not an unencrypted PEM private key" in bad.output


def test_unsigned_campaigns_work_as_before(tmp_path):
    root = tmp_path / "c3"
    shutil.copytree(FIXTURES / "campaign", root)
    approve_texts(sorted((root / "texts").glob("*.md")), by="Kiểm thử", today=DAY)
    assert set(refusals(root).values()) == {None}
    sample = load_campaign(Path(__file__).parents[1] / "assets" / "campaign")
    assert all(text.approval == text.content_hash and text.buildable for text in sample.texts)


def test_signatures_are_checked_whenever_keys_are_trusted_and_ignored_otherwise(signed_campaign, keys):
    config = signed_campaign / "campaign.yaml"
    path = signed_campaign / "texts" / "b-thai-san.md"
    approve_texts([path], by=APPROVER, today=DAY, key=read_key(keys["outsider"][0]))  # forged for APPROVER
    config.write_text(config.read_text("utf-8").replace("require_signature: true", "require_signature: false"),
                      "utf-8")
    approve_campaign(signed_campaign, by=APPROVER, today=DAY, key=read_key(keys["trusted"][0]))
    assert refusals(signed_campaign)["thai-san"].startswith("bad signature")  # not required, still checked
    content = config.read_text("utf-8")
    config.write_text(content[:content.index("approval:")], "utf-8")  # no policy at all: as before
    (signed_campaign / "approval.yaml").unlink()
    assert refusals(signed_campaign) == {"luong-huu": None, "thai-san": None}
