"""A control character in any campaign field is an exit 2 naming file, field and character; the stations
feed can never be ill-formed XML (one such character once broke every station's sync)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
import yaml
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.delivery.stations import publish_stations
from pipeline.errors import PipelineError
from test_delivery import _campaign, _publish, media_dir  # noqa: F401 (media_dir is a fixture)

ROOT = Path(__file__).resolve().parent.parent
TEXT = "texts/01-luong-huu-15-nam.md"


@pytest.fixture
def campaign_dir(tmp_path) -> Path:
    """A copy of the bundled campaign."""
    shutil.copytree(ROOT / "assets" / "campaign", tmp_path / "campaign")
    return tmp_path / "campaign"


def _set(data: dict, dotted: str, value) -> None:
    """data[a][b][0]... = value for `a.b[0]`, making the mappings on the way."""
    *parents, last = dotted.replace("[", ".[").split(".")
    for key in parents:
        data = data[int(key[1:-1])] if key.startswith("[") else data.setdefault(key, {})
    if last.startswith("["):
        data[int(last[1:-1])] = value
    else:
        data[last] = value


def _edit_campaign_yaml(campaign_dir: Path, field: str, value) -> None:
    path = campaign_dir / "campaign.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    _set(data, field, value)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")  # "\a" written as a YAML escape


def _edit_text(campaign_dir: Path, field: str, value) -> None:
    path = campaign_dir / TEXT
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    data = yaml.safe_load(front)
    if field == "body":
        body = value
    else:
        _set(data, field, value)
    path.write_text(f"---\n{yaml.safe_dump(data, allow_unicode=True)}---\n{body}", encoding="utf-8")


def _status(campaign_dir: Path):
    return CliRunner().invoke(cli, ["status", str(campaign_dir), "--out", str(campaign_dir.parent / "out")])


CAMPAIGN_FIELDS = ["name", "organisation", "hotline", "website", "stations.title", "stations.description",
                   "stations.email", "stations.base_url", "leaflets.imprint", "leaflets.contact", "lexicon.BHXH",
                   "audio.voice", "variants[0].station_name"]
TEXT_FIELDS = ["title", "summary", "points[0]", "key_figures[0].label", "key_figures[1].value", "link",
               "approved_by", "body"]


@pytest.mark.parametrize("field", CAMPAIGN_FIELDS)
def test_control_character_in_campaign_yaml_is_exit_2_naming_field_and_character(campaign_dir, field):
    value = "https://baohiemxahoi.gov.vn/\x07" if field in ("website", "stations.base_url") else "Bản tin\x07 BHXH"
    if field.startswith("variants"):
        _edit_campaign_yaml(campaign_dir, "variants", [{"id": "ha-noi", "organisation": "BHXH Hà Nội",
                                                       "hotline": "024 3943 6085", "address": "Hà Nội"}])
    _edit_campaign_yaml(campaign_dir, field, value)
    result = _status(campaign_dir)
    assert result.exit_code == 2, result.output
    assert f"campaign.yaml: {field}: control character U+0007 is not allowed" in result.output


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_control_character_in_a_text_is_exit_2_naming_field_and_character(campaign_dir, field):
    value = "https://baohiemxahoi.gov.vn/\x1b[31m" if field == "link" else "Lương hưu\x1b[31m đỏ\n"
    _edit_text(campaign_dir, field, value)
    result = _status(campaign_dir)
    assert result.exit_code == 2, result.output
    assert f"{TEXT}: {field}: control character U+001B is not allowed" in result.output


def test_control_character_in_a_variants_csv_file(campaign_dir):
    (campaign_dir / "variants.csv").write_text("id,organisation,hotline,address,website\n"
                                               "ha-noi,BHXH Hà Nội,024 3943 6085,Hà Nội,https://hanoi.vn/\x1b\n",
                                               encoding="utf-8")
    _edit_campaign_yaml(campaign_dir, "variants", {"file": "variants.csv"})
    result = _status(campaign_dir)
    assert result.exit_code == 2, result.output
    assert "variants.csv: row 2: website: control character U+001B is not allowed" in result.output


def test_the_command_itself_exits_2(campaign_dir):
    _edit_campaign_yaml(campaign_dir, "stations.title", "Bản tin\x07")
    result = subprocess.run([sys.executable, "-m", "pipeline", "publish", str(campaign_dir), "--out",
                             str(campaign_dir.parent / "out")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "campaign.yaml: stations.title: control character U+0007 is not allowed; remove it" in result.stderr
    assert "\x07" not in result.stderr  # shown as its code point, never sent to the terminal


def test_vietnamese_feed_is_well_formed_and_a_control_character_never_reaches_it(tmp_path, media_dir):  # noqa: F811
    stations = {"title": "Bản tin BHXH — Đắk Lắk «khẩn» & <ưu tiên>", "description": "Phát thanh xã, phường: "
                "lương hưu, thai sản, ốm đau\ttrợ cấp\nhằng tháng", "email": "truyenthong@bhxh.gov.vn"}
    out_dir, dest = _publish(tmp_path, media_dir)
    publish_stations(_campaign(stations=stations), out_dir, "https://loa.example.vn/bhxh/")
    feed = (dest / "feed.xml").read_bytes()
    ET.fromstring(feed)  # well-formed
    parsed = feedparser.parse(feed)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == stations["title"] and parsed.feed.author_detail.email == stations["email"]

    # A Campaign made in code skips the loader: the feed writer refuses rather than write bad XML.
    with pytest.raises(PipelineError, match=r"feed.xml: <title>: control character U\+0007"):
        publish_stations(_campaign(stations={**stations, "title": "Bản tin\x07"}), out_dir,
                         "https://loa.example.vn/bhxh/")
    assert (dest / "feed.xml").read_bytes() == feed  # the stations still get the last good release
