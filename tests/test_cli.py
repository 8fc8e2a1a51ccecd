"""The command line as a user meets it: exit codes, messages, no tracebacks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import FIXTURES


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def draft_dir(tmp_path) -> Path:
    """The fixture campaign, not yet approved."""
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    return root


def test_approve_then_status(runner, draft_dir, tmp_path):
    result = runner.invoke(cli, ["status", str(draft_dir), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "refused (not approved)" in result.output
    paths = [str(p) for p in sorted((draft_dir / "texts").glob("*.md"))]
    result = runner.invoke(cli, ["approve", *paths, "--by", "Trung tâm Truyền thông"])
    assert result.exit_code == 0, result.output
    assert result.output.count(" approved (sha256:") == 2
    result = runner.invoke(cli, ["status", str(draft_dir), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "to build (new)" in result.output and "refused" not in result.output.split("\n\n")[0]


def test_invalid_campaign_exits_2_with_every_problem(runner, draft_dir, tmp_path):
    (draft_dir / "texts" / "x.md").write_text("---\nid: BAD ID\n---\n", "utf-8")
    (draft_dir / "campaign.yaml").write_text("name: x\n", "utf-8")
    result = runner.invoke(cli, ["build", str(draft_dir), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "x.md: id: 'BAD ID' is not a safe id" in result.output
    assert "x.md: body: empty" in result.output
    assert "campaign.yaml: organisation: required" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_missing_campaign_and_bad_usage_exit_2(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "campaign folder not found" in result.output
    result = runner.invoke(cli, ["build", "--stage", "posters"])
    assert result.exit_code == 2 and "Invalid value for '--stage'" in result.output
    result = runner.invoke(cli, ["approve", str(tmp_path / "none.md"), "--by", "A"])
    assert result.exit_code == 2 and "none.md: file not found" in result.output


def test_verify_without_a_build_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(cli, ["verify", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "run `media-pipeline build` first" in result.output
    result = runner.invoke(cli, ["verify", "--out", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "output folder not found" in result.output
    result = runner.invoke(cli, ["preflight", str(tmp_path / "missing.pdf")])
    assert result.exit_code == 2 and "file not found" in result.output


def test_python_dash_m_runs_the_cli():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True,
                            cwd=Path(__file__).parents[1])
    assert result.returncode == 0 and "build" in result.stdout and "verify" in result.stdout
