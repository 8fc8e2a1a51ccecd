"""The whole pipeline on the fixture campaign, as its users meet it: build, rebuild, edit, verify.

Slow-ish (real PDFs, images, speech and video); each receiver-facing check of a stage lives in that
stage's own test file, this one checks the stages together and the incremental rule across them.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.approve import approve_texts
from pipeline.cli import cli
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The fixture campaign approved and built once into an output folder."""
    root = tmp_path_factory.mktemp("e2e")
    campaign_dir = root / "campaign"
    shutil.copytree(FIXTURES / "campaign", campaign_dir)
    approve_texts(sorted((campaign_dir / "texts").glob("*.md")), by="Kiểm thử", today=dt.date(2026, 11, 24))
    out_dir = root / "output"
    result = CliRunner().invoke(cli, ["build", str(campaign_dir), "--out", str(out_dir), "-j", "2"])
    assert result.exit_code == 0, result.output
    return campaign_dir, out_dir, result.output


def manifest(out_dir: Path, stage: str) -> dict:
    return json.loads((out_dir / stage / "manifest.json").read_text("utf-8"))


def test_every_stage_writes_its_files_and_manifest(built):
    _, out_dir, output = built
    for text_id in ("luong-huu", "thai-san"):
        assert (out_dir / f"leaflets/{text_id}.pdf").is_file()
        assert (out_dir / f"infographics/{text_id}/portrait.png").is_file()
        assert (out_dir / f"audio/{text_id}.mp3").is_file()
        assert (out_dir / f"audio/{text_id}.txt").is_file()
        assert (out_dir / f"clips/{text_id}/vertical.mp4").is_file()
    assert (out_dir / "leaflets/trifold.pdf").is_file()
    for stage in ("leaflets", "infographics", "audio", "clips"):
        data = manifest(out_dir, stage)
        assert data["stage"] == stage and data["refused"] == []
        for item in data["items"]:
            for out in item["outputs"]:
                assert (out_dir / out["path"]).stat().st_size == out["bytes"]
    audio = manifest(out_dir, "audio")["items"][0]
    assert audio["engine"]["name"] == "espeak"
    assert -17 <= audio["outputs"][0]["media"]["lufs"] <= -15
    assert "leaflets: 3 rendered" in output and "clips: 2 rendered" in output


def test_second_build_renders_nothing(built):
    campaign_dir, out_dir, _ = built
    result = CliRunner().invoke(cli, ["build", str(campaign_dir), "--out", str(out_dir)])
    assert result.exit_code == 0, result.output
    assert "nothing to do" in result.output
    result = CliRunner().invoke(cli, ["verify", "--out", str(out_dir)])
    assert result.exit_code == 0 and "0 problem(s)" in result.output


def test_editing_one_text_rebuilds_only_its_outputs(built):
    campaign_dir, out_dir, _ = built
    path = campaign_dir / "texts" / "b-thai-san.md"
    path.write_text(path.read_text("utf-8").replace("cho mỗi con được sinh ra.", "cho mỗi con."), "utf-8")
    status = CliRunner().invoke(cli, ["status", str(campaign_dir), "--out", str(out_dir)])
    assert status.exit_code == 1 and "refused (changed after approval)" in status.output
    approve_texts([path], by="Kiểm thử")
    before = {s: {i["key"]: i["built_at"] for i in manifest(out_dir, s)["items"]}
              for s in ("leaflets", "infographics", "audio", "clips")}
    result = CliRunner().invoke(cli, ["build", str(campaign_dir), "--out", str(out_dir)])
    assert result.exit_code == 0, result.output
    rebuilt = {s: sorted(i["key"] for i in manifest(out_dir, s)["items"] if i["built_at"] != before[s].get(i["key"]))
               for s in before}
    # built_at has a one-second resolution: compare the render lines instead when they collide
    assert "leaflets: 2 rendered, 1 up to date" in result.output       # thai-san flyer + the tri-fold
    assert "infographics: 1 rendered, 1 up to date" in result.output
    assert "audio: 1 rendered, 1 up to date" in result.output
    assert "clips: 1 rendered, 1 up to date" in result.output
    assert all("luong-huu" not in key for keys in rebuilt.values() for key in keys)


def test_verify_finds_a_tampered_file(built):
    _, out_dir, _ = built
    pdf = out_dir / "leaflets/luong-huu.pdf"
    original = pdf.read_bytes()
    pdf.write_bytes(original + b"%tampered\n")
    try:
        result = CliRunner().invoke(cli, ["verify", "--out", str(out_dir)])
        assert result.exit_code == 1 and "leaflets/luong-huu.pdf: changed" in result.output
    finally:
        pdf.write_bytes(original)
