"""A manifest whose `engine` is malformed is untrusted like any other malformed manifest: `status` says so and
`review` writes its page instead of crashing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.approve import approve_texts
from pipeline.cli import cli
from tests.conftest import FIXTURES


@pytest.fixture
def built(tmp_path) -> tuple[Path, Path]:
    """The fixture campaign approved and its leaflets built: (campaign, output folder)."""
    root, out = tmp_path / "campaign", tmp_path / "out"
    shutil.copytree(FIXTURES / "campaign", root)
    approve_texts(sorted((root / "texts").glob("*.md")), by="Trung tâm Truyền thông")
    result = CliRunner().invoke(cli, ["build", str(root), "--out", str(out), "--stage", "leaflets"])
    assert result.exit_code == 0, result.output
    return root, out


@pytest.mark.parametrize("engine", ["reportlab", ["reportlab"], {"name": 7}, {"name": "moviepy", "speech": "x"}])
def test_a_malformed_engine_is_untrusted_and_review_still_writes_its_page(built, engine):
    root, out = built
    path = out / "leaflets" / "manifest.json"
    data = json.loads(path.read_text("utf-8"))
    data["items"][0]["engine"] = engine
    path.write_text(json.dumps(data), "utf-8")
    status = CliRunner().invoke(cli, ["status", str(root), "--out", str(out), "--stage", "leaflets"])
    assert "manifest not trusted" in status.output, status.output
    verify = CliRunner().invoke(cli, ["verify", "--out", str(out)])
    assert verify.exit_code == 1 and "not trusted" in verify.output, verify.output
    review = CliRunner().invoke(cli, ["review", str(root), "--out", str(out)])
    assert review.exception is None or isinstance(review.exception, SystemExit), review.output
    assert (out / "review" / "index.html").is_file(), review.output
