"""Hostile campaign folders: reads stay inside the campaign, every input is bounded, every gap is exit 2.

Each test names the defect of issue 9 it guards against and fails without its fix.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image

from pipeline.approve import approve_texts
from pipeline.campaign import load_campaign
from pipeline.errors import CampaignError
from tests.conftest import FIXTURES

TEXT = """---
id: {id}
title: "{title}"
summary: "Tóm tắt ngắn."
{extra}---
Nội dung của văn bản.
"""
SECRET = "BÍ-MẬT-NGOÀI-CHIẾN-DỊCH"


@pytest.fixture
def campaign_dir(tmp_path) -> Path:
    """A copy of tests/fixtures/campaign with its texts approved, and a secret file outside it."""
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    approve_texts(sorted((root / "texts").glob("*.md")), by="Kiểm thử", today=dt.date(2026, 11, 24))
    (tmp_path / "outside.md").write_text(TEXT.format(id="ngoai", title=SECRET, extra=""), "utf-8")
    return root


@contextmanager
def deadline(seconds: int):
    """Fail (instead of hanging the suite) when the block runs longer than `seconds`."""
    def expire(signum, frame):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def problems_of(root: Path) -> str:
    with deadline(20), pytest.raises(CampaignError) as info:
        load_campaign(root)
    assert info.value.exit_code == 2
    return "\n".join(str(p) for p in info.value.problems)


def write_text(root: Path, name: str, text_id: str = "moi", title: str = "Tiêu đề", extra: str = "") -> Path:
    path = root / "texts" / name
    path.write_text(TEXT.format(id=text_id, title=title, extra=extra), "utf-8")
    return path


def set_config(root: Path, extra: str) -> None:
    config = (FIXTURES / "campaign" / "campaign.yaml").read_text("utf-8")
    (root / "campaign.yaml").write_text(config + extra, "utf-8")


# -- 2. reads outside the campaign -------------------------------------------------------------------------

def test_a_text_symlinked_outside_the_campaign_is_refused_unread(campaign_dir):
    (campaign_dir / "texts" / "c-link.md").symlink_to(campaign_dir.parent / "outside.md")
    problems = problems_of(campaign_dir)
    assert "texts/c-link.md: leads outside the campaign folder" in problems
    assert SECRET not in problems


def test_a_texts_folder_symlinked_outside_is_refused(campaign_dir, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    shutil.move(campaign_dir / "texts", elsewhere)
    (campaign_dir / "texts").symlink_to(elsewhere)
    assert "texts: leads outside the campaign folder" in problems_of(campaign_dir)


def test_a_symlink_that_stays_inside_the_campaign_is_read(campaign_dir):
    (campaign_dir / "shared").mkdir()
    write_text(campaign_dir, "c-real.md", text_id="chia-se")
    shutil.move(campaign_dir / "texts" / "c-real.md", campaign_dir / "shared" / "c-real.md")
    (campaign_dir / "texts" / "c-link.md").symlink_to(Path("..") / "shared" / "c-real.md")
    assert "chia-se" in [t.id for t in load_campaign(campaign_dir).texts]


@pytest.mark.parametrize("logo", ["../outside.png", "ABSOLUTE", "brand/link.png"])
def test_a_logo_outside_the_campaign_is_refused(campaign_dir, logo):
    outside = campaign_dir.parent / "outside.png"
    shutil.copy(campaign_dir / "brand" / "logo.png", outside)
    (campaign_dir / "brand" / "link.png").symlink_to(outside)
    logo = str(outside) if logo == "ABSOLUTE" else logo
    config = (campaign_dir / "campaign.yaml").read_text("utf-8").replace("logo: brand/logo.png", f"logo: {logo}")
    (campaign_dir / "campaign.yaml").write_text(config, "utf-8")
    problems = problems_of(campaign_dir)
    assert "campaign.yaml: brand.logo:" in problems
    assert "inside the campaign folder" in problems or "leads outside the campaign folder" in problems


# -- 3. bounded reads ----------------------------------------------------------------------------------------

def test_a_text_linked_to_dev_zero_is_refused_at_once(campaign_dir):
    (campaign_dir / "texts" / "c-zero.md").symlink_to("/dev/zero")
    assert "texts/c-zero.md: leads outside the campaign folder" in problems_of(campaign_dir)


def test_a_fifo_in_texts_is_refused_without_blocking(campaign_dir):
    os.mkfifo(campaign_dir / "texts" / "c-fifo.md")
    assert "texts/c-fifo.md: is not a regular file" in problems_of(campaign_dir)


def test_an_oversized_text_file_is_refused_naming_the_limit(campaign_dir):
    path = write_text(campaign_dir, "c-big.md")
    path.write_text(path.read_text("utf-8") + "x" * 300_000, "utf-8")
    assert "texts/c-big.md: too large:" in problems_of(campaign_dir)


@pytest.mark.parametrize("field, value, limit", [
    ("title", "Dài " * 100, "at most 200"),
    ("summary", "Tóm " * 100, "at most 240"),
])
def test_giant_fields_are_refused_naming_field_and_limit(campaign_dir, field, value, limit):
    path = write_text(campaign_dir, "c-dai.md")
    content = path.read_text("utf-8")
    content = content.replace('title: "Tiêu đề"', f'title: "{value}"') if field == "title" else \
        content.replace('summary: "Tóm tắt ngắn."', f'summary: "{value}"')
    path.write_text(content, "utf-8")
    problems = problems_of(campaign_dir)
    assert f"texts/c-dai.md: {field}: too long" in problems and limit in problems


def test_a_giant_body_and_campaign_name_are_refused(campaign_dir):
    path = write_text(campaign_dir, "c-than.md")
    path.write_text(path.read_text("utf-8") + "Một câu dài. " * 2_000, "utf-8")
    set_config(campaign_dir, "")
    config = (campaign_dir / "campaign.yaml").read_text("utf-8")
    (campaign_dir / "campaign.yaml").write_text(config.replace('name: "Luật', 'name: "' + "Tên " * 100 + 'Luật'),
                                                "utf-8")
    problems = problems_of(campaign_dir)
    assert "texts/c-than.md: body: too long" in problems and "at most 20000" in problems
    assert "campaign.yaml: name: too long" in problems


ALIAS_BOMB = "\n".join(["a0: &a0 [x, x, x, x, x, x, x, x, x]"] + [
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)])


def test_a_yaml_alias_bomb_is_refused_quickly(campaign_dir):
    set_config(campaign_dir, "lexicon:\n  " + ALIAS_BOMB.replace("\n", "\n  ") + "\n")
    problems = problems_of(campaign_dir)
    assert "campaign.yaml: invalid YAML" in problems and "alias" in problems


def test_a_recursive_alias_is_refused(campaign_dir):
    write_text(campaign_dir, "c-vong.md", extra="points: &p [*p]\n")
    assert "texts/c-vong.md: front matter: invalid YAML at line 5: recursive alias *p" in problems_of(campaign_dir)


def test_deep_nesting_is_refused(campaign_dir):
    write_text(campaign_dir, "c-sau.md", extra="points: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "texts/c-sau.md: front matter: invalid YAML" in problems_of(campaign_dir)


def test_a_giant_logo_is_refused_before_decoding(campaign_dir):
    Image.new("L", (4200, 4200)).save(campaign_dir / "brand" / "logo.png")
    problems = problems_of(campaign_dir)
    assert "campaign.yaml: brand.logo: 4200 x 4200 pixels is more than the 16,000,000 pixels" in problems


def test_a_truncated_logo_is_refused(campaign_dir):
    logo = campaign_dir / "brand" / "logo.png"
    logo.write_bytes(logo.read_bytes()[:200])
    assert "campaign.yaml: brand.logo: cannot be read as an image" in problems_of(campaign_dir)


# -- 7. validation gaps --------------------------------------------------------------------------------------

@pytest.mark.parametrize("extra, expected", [
    ("leaflets: {trifold_texts: 5}\n", "campaign.yaml: leaflets.trifold_texts"),
    ("leaflets: {trifold_texts: {a: b}}\n", "campaign.yaml: leaflets.trifold_texts"),
    ("clips: {1: vertical}\n", "campaign.yaml: clips.1: keys must be words"),
    ("lexicon: {[a]: b}\n", "campaign.yaml: invalid YAML"),
    ("lexicon: {2024: hai nghìn}\n", "campaign.yaml: lexicon.2024: keys must be words"),
    ("hotline: '1900'\n", "campaign.yaml: invalid YAML at line 7: duplicate key 'hotline'"),
])
def test_wrong_types_and_keys_in_campaign_yaml_are_named(campaign_dir, extra, expected):
    set_config(campaign_dir, extra)
    assert expected in problems_of(campaign_dir)


@pytest.mark.parametrize("extra, expected", [
    ("points: {a: b}\n", "points: must be a list"),
    ("points: [[a], 5]\n", "points[0]: must be a non-empty string"),
    ("key_figures: [[1, 2]]\n", "key_figures[0]: must be"),
    ("key_figures: {value: 1}\n", "key_figures: must be a list"),
    ("1: x\n", "c-moi.md: 1: keys must be words"),
    ("title: again\n", "duplicate key 'title'"),
    ("key_figures: 5\n", "key_figures: must be a list"),
    ("approved_at: 2025-13-45\n", "front matter: invalid YAML: a value cannot be read (month must be in 1..12)"),
])
def test_wrong_types_and_keys_in_a_text_are_named(campaign_dir, extra, expected):
    write_text(campaign_dir, "c-moi.md", extra=extra)
    assert expected in problems_of(campaign_dir)


def test_an_id_with_a_trailing_newline_is_refused(campaign_dir):
    path = write_text(campaign_dir, "c-id.md")
    path.write_text(path.read_text("utf-8").replace("id: moi", 'id: "moi\\n"'), "utf-8")
    assert "texts/c-id.md: id: 'moi\\n' is not a safe id" in problems_of(campaign_dir)


def test_folders_dangling_links_loops_and_long_names_are_named(campaign_dir):
    (campaign_dir / "texts" / "c-folder.md").mkdir()
    (campaign_dir / "texts" / "c-dangling.md").symlink_to(campaign_dir / "nowhere.md")
    (campaign_dir / "texts" / "c-loop.md").symlink_to(campaign_dir / "texts" / "c-loop.md")
    set_config(campaign_dir, "")
    config = (campaign_dir / "campaign.yaml").read_text("utf-8")
    (campaign_dir / "campaign.yaml").write_text(config.replace("brand/logo.png", "a" * 300 + ".png"), "utf-8")
    problems = problems_of(campaign_dir)
    assert "texts/c-folder.md: is a folder, not a file" in problems
    assert "texts/c-dangling.md: a dangling symlink" in problems
    assert "texts/c-loop.md: a symlink loop" in problems
    assert "campaign.yaml: brand.logo: cannot be read (File name too long)" in problems


def test_a_logo_name_with_a_nul_character_is_refused(campaign_dir):
    set_config(campaign_dir, "")
    config = (campaign_dir / "campaign.yaml").read_text("utf-8")
    (campaign_dir / "campaign.yaml").write_text(config.replace("brand/logo.png", '"brand/lo\\0go.png"'), "utf-8")
    assert "brand.logo: not a valid file name (a NUL character)" in problems_of(campaign_dir)


def test_a_link_too_long_for_a_qr_code_is_refused(campaign_dir):
    write_text(campaign_dir, "c-qr.md", extra="link: https://vd.vn/" + "ế" * 900 + "\n")
    assert "texts/c-qr.md: link: too long for a QR code" in problems_of(campaign_dir)


def test_a_campaign_yaml_that_is_a_folder_is_called_a_folder(campaign_dir):
    (campaign_dir / "campaign.yaml").unlink()
    (campaign_dir / "campaign.yaml").mkdir()
    problems = problems_of(campaign_dir)
    assert "campaign.yaml: is a folder, not a file" in problems and "missing" not in problems


def run_cli(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home), "PYTHONPATH": str(Path(__file__).parents[1])}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_control_characters_from_input_are_escaped_in_messages(campaign_dir, tmp_path):
    write_text(campaign_dir, "c-\x1b[2J\u202egpj.md", text_id="bad\x1b]0;owned\x07", title="Tiêu đề \x1b[31m")
    result = run_cli("status", str(campaign_dir), "--out", str(tmp_path / "out"), cwd=tmp_path, home=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "\x1b" not in result.stderr + result.stdout and "\u202e" not in result.stderr + result.stdout
    assert "c-\\x1b[2J\\u202egpj.md" in result.stderr


def test_a_crash_log_goes_to_the_output_folder_not_home(campaign_dir, tmp_path, monkeypatch):
    from pipeline import cli

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "load_campaign", explode)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "argv", ["media-pipeline", "status", str(campaign_dir), "--out", str(tmp_path / "o")])
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert info.value.code == 1
    logs = list((tmp_path / "o" / ".logs").glob("crash-*.log"))
    assert len(logs) == 1 and "RuntimeError: boom" in logs[0].read_text("utf-8")
    assert not (tmp_path / "home").exists()


def test_clip_temporary_files_live_in_the_output_folder(tmp_path, monkeypatch):
    """A kill mid-render must leave nothing in /tmp: the soundtrack is written inside the output folder."""
    from pipeline.clips import render
    from pipeline.clips.settings import ClipSettings
    from tests.conftest import make_campaign, make_text

    seen = []

    def stop_before_encoding(frames, duration, dest_path, settings, audio_path, metadata=None):
        seen.append(Path(audio_path))
        raise KeyboardInterrupt  # as a kill would, right when the temporary soundtrack exists

    monkeypatch.setattr(render, "encode_clip", stop_before_encoding)
    text = make_text(summary="Đóng đủ 15 năm là được hưởng lương hưu.", body="Gọi tổng đài 1900 9068.")
    settings = ClipSettings.from_mapping({"silent": True, "motion": "none", "shapes": ["landscape"]})
    dest = tmp_path / "out" / "clips" / text.id
    with pytest.raises(KeyboardInterrupt):
        render.render_clip(make_campaign(texts=(text,)), text, "landscape", dest, settings, engine=None)
    assert seen and dest in seen[0].parents


def test_over_long_campaign_and_output_paths_are_usage_errors(campaign_dir, tmp_path):
    long_campaign = run_cli("status", "a" * 300, cwd=tmp_path, home=tmp_path)
    assert long_campaign.returncode == 2 and "cannot be read (File name too long)" in long_campaign.stderr
    long_out = run_cli("status", str(campaign_dir), "--out", "b" * 300, cwd=tmp_path, home=tmp_path)
    assert long_out.returncode == 2 and "--out bbb" in long_out.stderr and "File name too long" in long_out.stderr
    assert "Traceback" not in long_campaign.stderr + long_out.stderr
