"""Signed approvals: Ed25519 signatures prove who approved a text and the campaign's public settings; the keys
trusted and the requirement come from a file outside the campaign; a superseded signed approval is refused."""

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


def write_trusted_keys(path: Path, keys: dict[str, str], required: bool = True) -> Path:
    """A trusted-keys file (outside the campaign) trusting `keys` {name: public key}."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"require_signature: {'true' if required else 'false'}", "trusted_keys:"]
    lines += [f'  "{name}": "{public}"' for name, public in keys.items()]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture
def trusted_keys(tmp_path, keys, monkeypatch) -> Path:
    """The operator's trusted-keys file, trusting the approver, in force through MEDIA_PIPELINE_TRUSTED_KEYS."""
    path = write_trusted_keys(tmp_path / "operator" / "trusted-keys.yaml", {APPROVER: keys["trusted"][1]})
    monkeypatch.setenv("MEDIA_PIPELINE_TRUSTED_KEYS", str(path))
    return path


@pytest.fixture
def signed_campaign(tmp_path, keys, trusted_keys) -> Path:
    """The fixture campaign under a policy requiring signatures, its texts and settings signed by the trusted key."""
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
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
    assert "trusted-keys.yaml" in result.output and "campaign.yaml" not in result.output
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
    assert "whose key is not trusted (trusted keys come from" in refusals(signed_campaign)["thai-san"]


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
    policy = write_trusted_keys(tmp_path / "etc" / "keys.yaml", {APPROVER: keys["trusted"][1]})
    texts = [str(p) for p in sorted((root / "texts").glob("*.md"))]
    result = CliRunner().invoke(cli, ["approve", *texts, "--by", APPROVER, "--key", str(keys["trusted"][0]),
                                      "--campaign", str(root), "--trusted-keys", str(policy)])
    assert result.exit_code == 0, result.output
    assert result.output.count("approved, signed") == 3
    assert {text.id: text.refusal for text in load_campaign(root, policy).texts} == {"luong-huu": None,
                                                                                   "thai-san": None}
    status = CliRunner().invoke(cli, ["status", str(root), "--out", str(tmp_path / "out"), "--trusted-keys", str(policy)])
    assert status.exit_code == 0, status.output
    without = CliRunner().invoke(cli, ["status", str(root), "--out", str(tmp_path / "out"), "--trusted-keys",
                                       str(write_trusted_keys(tmp_path / "etc" / "other.yaml",
                                                              {APPROVER: keys["outsider"][1]}))])
    assert without.exit_code == 1 and "bad signature" in without.output
    bad = CliRunner().invoke(cli, ["approve", texts[0], "--by", APPROVER, "--key", str(root / "campaign.yaml")])
    assert bad.exit_code == 2 and "not an unencrypted PEM private key" in bad.output


def test_unsigned_campaigns_work_as_before(tmp_path):
    root = tmp_path / "c3"
    shutil.copytree(FIXTURES / "campaign", root)
    approve_texts(sorted((root / "texts").glob("*.md")), by="Kiểm thử", today=DAY)
    assert set(refusals(root).values()) == {None}
    sample = load_campaign(Path(__file__).parents[1] / "assets" / "campaign")
    assert all(text.approval == text.content_hash and text.buildable for text in sample.texts)


def test_signatures_are_checked_whenever_keys_are_trusted_and_ignored_otherwise(signed_campaign, keys,
                                                                                trusted_keys, monkeypatch):
    path = signed_campaign / "texts" / "b-thai-san.md"
    approve_texts([path], by=APPROVER, today=DAY, key=read_key(keys["outsider"][0]))  # forged for APPROVER
    write_trusted_keys(trusted_keys, {APPROVER: keys["trusted"][1]}, required=False)
    assert refusals(signed_campaign)["thai-san"].startswith("bad signature")  # not required, still checked
    monkeypatch.delenv("MEDIA_PIPELINE_TRUSTED_KEYS")  # no trusted-keys file at all: as before
    monkeypatch.setenv("XDG_CONFIG_HOME", str(signed_campaign.parent / "empty-config"))
    (signed_campaign / "approval.yaml").unlink()
    assert refusals(signed_campaign) == {"luong-huu": None, "thai-san": None}


# --- the policy lives outside the campaign ----------------------------------------------------------

def cli_run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_a_key_listed_in_campaign_yaml_is_not_trusted_and_says_so(signed_campaign, keys, caplog):
    """Whoever edits the campaign lists their own key and signs an edited text with it: refused, with a warning."""
    with (signed_campaign / "campaign.yaml").open("a", encoding="utf-8") as handle:
        handle.write(f'approval:\n  trusted_keys:\n    "Kẻ lạ": "{keys["outsider"][1]}"\n')
    approve_campaign(signed_campaign, by=APPROVER, today=DAY, key=read_key(keys["trusted"][0]))
    path = signed_campaign / "texts" / "b-thai-san.md"
    path.write_text(path.read_text("utf-8").replace("thai sản", "thai sản (đã sửa)"), "utf-8")
    approve_texts([path], by="Kẻ lạ", today=DAY, key=read_key(keys["outsider"][0]))
    result = cli_run("build", str(signed_campaign), "--out", str(signed_campaign.parent / "out"), "--stage", "leaflets")
    assert result.exit_code == 1
    assert "thai-san: signed by 'Kẻ lạ', whose key is not trusted" in result.output
    assert "approval.trusted_keys (Kẻ lạ) are NOT trusted" in caplog.text
    assert not (signed_campaign.parent / "out" / "leaflets" / "thai-san.pdf").exists()


def test_deleting_the_campaigns_approval_block_or_approval_yaml_lowers_nothing(signed_campaign, trusted_keys):
    """The outside file requires signatures: campaign.yaml cannot drop the requirement; an edited text re-approved
    without a key is refused, and so is every text once approval.yaml is gone."""
    config = signed_campaign / "campaign.yaml"
    config.write_text(config.read_text("utf-8") + "approval: {require_signature: false}\n", "utf-8")
    path = signed_campaign / "texts" / "b-thai-san.md"
    path.write_text(path.read_text("utf-8").replace("thai sản", "thai sản (đã sửa)"), "utf-8")
    approve_texts([path], by=APPROVER, today=DAY)   # hash only, no key
    approve_campaign(signed_campaign, by=APPROVER, today=DAY)
    assert set(refusals(signed_campaign).values()) == {
        "campaign approval not signed (the campaign requires signed approvals)"}
    (signed_campaign / "approval.yaml").unlink()
    config.write_text(config.read_text("utf-8").replace("approval: {require_signature: false}\n", ""), "utf-8")
    result = cli_run("build", str(signed_campaign), "--out", str(signed_campaign.parent / "out"))
    assert result.exit_code == 1 and "campaign settings not approved" in result.output
    assert not list((signed_campaign.parent / "out").rglob("*.pdf"))


def test_a_campaign_requiring_signatures_without_a_trusted_keys_file_is_an_error(tmp_path, monkeypatch):
    monkeypatch.delenv("MEDIA_PIPELINE_TRUSTED_KEYS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    (root / "campaign.yaml").write_text((root / "campaign.yaml").read_text("utf-8")
                                        + "approval: {require_signature: true}\n", "utf-8")
    result = cli_run("status", str(root), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "approval.require_signature: signatures are required but no key is trusted" in result.output
    assert str(tmp_path / "config" / "media-pipeline" / "trusted-keys.yaml") in result.output


def test_a_trusted_keys_file_inside_the_campaign_or_missing_is_refused(signed_campaign, keys, tmp_path):
    inside = write_trusted_keys(signed_campaign / "keys.yaml", {APPROVER: keys["outsider"][1]})
    result = cli_run("status", str(signed_campaign), "--out", str(tmp_path / "out"), "--trusted-keys", str(inside))
    assert result.exit_code == 2 and "must be outside the campaign folder" in result.output
    missing = cli_run("status", str(signed_campaign), "--out", str(tmp_path / "out"),
                      "--trusted-keys", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 2 and "nope.yaml" in missing.output and "not found" in missing.output


# --- a superseded signed approval is refused ----------------------------------------------------------

def build_leaflets(root: Path, out: Path):
    return cli_run("build", str(root), "--out", str(out), "--stage", "leaflets")


def test_an_older_signed_copy_of_a_text_put_back_is_refused(signed_campaign, keys, trusted_keys):
    out = signed_campaign.parent / "out"
    path = signed_campaign / "texts" / "b-thai-san.md"
    old_copy = path.read_text("utf-8")
    assert "approval_seq: 1" in old_copy
    assert build_leaflets(signed_campaign, out).exit_code == 0
    # a correction, approved and signed again (#2), built
    path.write_text(old_copy.replace("thai sản", "thai sản (sửa lỗi)"), "utf-8")
    approve_texts([path], by=APPROVER, today=DAY, key=read_key(keys["trusted"][0]))
    assert "approval_seq: 2" in path.read_text("utf-8")
    assert build_leaflets(signed_campaign, out).exit_code == 0
    corrected = (out / "leaflets" / "thai-san.pdf").read_bytes()

    path.write_text(old_copy, "utf-8")   # the superseded, validly signed version put back
    expected = "thai-san: superseded: this is approval #1, approval #2 was already accepted"
    result = build_leaflets(signed_campaign, out)
    assert result.exit_code == 1 and expected in result.output, result.output
    assert (out / "leaflets" / "thai-san.pdf").read_bytes() == corrected
    status = cli_run("status", str(signed_campaign), "--out", str(out))
    assert status.exit_code == 1 and "refused (superseded: this is approval #1" in status.output
    # deleting one record does not help: the other remembers (and each is rewritten from the other)
    (out / ".approvals-seen.json").unlink()
    assert expected in build_leaflets(signed_campaign, out).output
    (trusted_keys.parent / "approvals-seen.json").unlink()
    assert expected in build_leaflets(signed_campaign, out).output
    # approving it again supersedes the correction, as it should
    approve_texts([path], by=APPROVER, today=DAY, key=read_key(keys["trusted"][0]))
    assert "approval_seq: 3" in path.read_text("utf-8")
    assert build_leaflets(signed_campaign, out).exit_code == 0


def test_an_older_signed_campaign_approval_put_back_is_refused(signed_campaign, keys):
    out = signed_campaign.parent / "out"
    config, approval = signed_campaign / "campaign.yaml", signed_campaign / "approval.yaml"
    old_config, old_approval = config.read_text("utf-8"), approval.read_text("utf-8")
    assert build_leaflets(signed_campaign, out).exit_code == 0
    config.write_text(old_config.replace("1900 9068", "1900 0000"), "utf-8")
    approve_campaign(signed_campaign, by=APPROVER, today=DAY, key=read_key(keys["trusted"][0]))
    assert build_leaflets(signed_campaign, out).exit_code == 0
    config.write_text(old_config, "utf-8")
    approval.write_text(old_approval, "utf-8")
    result = build_leaflets(signed_campaign, out)
    assert result.exit_code == 1
    assert "campaign approval superseded: this is approval #1, approval #2 was already accepted" in result.output


def test_an_approval_signed_before_sequence_numbers_counts_as_number_0(signed_campaign, keys):
    """A text signed over the v1 message (no approval_seq) still builds; once #1 is built, it is superseded."""
    from pipeline.approval import sign, signed_message
    from pipeline.campaign import read_raw
    from pipeline.textfile import rewrite_fields

    path = signed_campaign / "texts" / "b-thai-san.md"
    signed_copy = path.read_text("utf-8")
    raw = read_raw(path, [])
    fields = raw.front_matter
    legacy_signature = sign(read_key(keys["trusted"][0]),
                            signed_message("text", fields["approval"], APPROVER, fields["approved_at"]))
    legacy = rewrite_fields(raw, {"approval_seq": None, "signature": legacy_signature})
    path.write_text(legacy, "utf-8")
    assert refusals(signed_campaign)["thai-san"] is None
    path.write_text(signed_copy, "utf-8")   # approval #1
    out = signed_campaign.parent / "out"
    assert cli_run("build", str(signed_campaign), "--out", str(out), "--stage", "leaflets").exit_code == 0
    path.write_text(legacy, "utf-8")
    assert refusals(signed_campaign)["thai-san"].startswith("superseded: this is approval #0, approval #1")
