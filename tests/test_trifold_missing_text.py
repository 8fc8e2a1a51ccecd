"""A text deleted from the campaign while `leaflets.trifold_texts` still names it fails the tri-fold alone:
the other texts' flyers and bulletins build, and `publish` still ships the audio."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from pipeline.approve import approve_texts
from pipeline.cli import cli
from tests.conftest import FIXTURES


def test_a_deleted_text_named_by_the_trifold_fails_the_trifold_only(tmp_path):
    root, out = tmp_path / "campaign", tmp_path / "out"
    shutil.copytree(FIXTURES / "campaign", root)
    with (root / "campaign.yaml").open("a", encoding="utf-8") as handle:
        handle.write("leaflets: {trifold_texts: [luong-huu, thai-san]}\n")
    approve_texts(sorted((root / "texts").glob("*.md")), by="Trung tâm Truyền thông")
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(root), "--out", str(out), "--stage", "leaflets", "--stage", "audio"])
    assert first.exit_code == 0, first.output
    (root / "texts" / "b-thai-san.md").unlink()
    (root / "texts" / "c-moi.md").write_text((FIXTURES / "campaign/texts/a-luong-huu.md").read_text("utf-8")
                                             .replace("id: luong-huu", "id: moi"), "utf-8")
    approve_texts([root / "texts" / "c-moi.md"], by="Trung tâm Truyền thông")

    again = runner.invoke(cli, ["build", str(root), "--out", str(out), "--stage", "leaflets", "--stage", "audio"])
    assert again.exit_code == 1, again.output
    assert "leaflets: 1 rendered, 1 up to date, 1 FAILED" in again.output, again.output
    assert "audio: 1 rendered, 1 up to date in" in again.output, again.output
    leaflets = json.loads((out / "leaflets" / "manifest.json").read_text("utf-8"))
    (failure,) = leaflets["failed"]
    assert failure["key"] == "trifold"
    assert "'thai-san'" in failure["message"] and "leaflets.trifold_texts" in failure["message"]
    audio = json.loads((out / "audio" / "manifest.json").read_text("utf-8"))
    assert {item["key"] for item in audio["items"]} == {"luong-huu", "moi"} and not audio["failed"]
    assert (out / "audio" / "moi.mp3").is_file() and (out / "leaflets" / "trifold.pdf").is_file()  # the old one kept

    status = runner.invoke(cli, ["status", str(root), "--out", str(out), "--stage", "leaflets"])
    assert "trifold" in status.output and "leaflets.trifold_texts" in status.output, status.output
    published = runner.invoke(cli, ["publish", str(root), "--out", str(out)])
    assert published.exit_code == 0, published.output
    feed = (out / "publish" / "stations" / "index.json").read_text("utf-8")
    assert "moi" in feed and "luong-huu" in feed and "thai-san" not in feed
