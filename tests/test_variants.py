"""Localities as variants: one campaign built per province into `<out>/<id>/`, shared work done once.

One build of the fixture campaign with two variants (leaflets, infographics, audio; no clips) serves the
receiver-facing checks: each variant's hotline and address read back out of its PDF and bulletin script,
speech of the shared body taken from the cache, an edit rebuilding only that text in every variant.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.approve import approve_campaign, approve_texts
from pipeline.audio.bulletin import HOTLINE_LINE
from pipeline.campaign import load_campaign
from pipeline.cli import cli
from pipeline.errors import CampaignError
from pipeline.review.data import collect_review
from pipeline.speech import prepare_script
from tests.conftest import FIXTURES

STAGES = ["--stage", "leaflets", "--stage", "infographics", "--stage", "audio"]
VARIANTS = {
    "ha-noi": {"organisation": "Bảo hiểm xã hội thành phố Hà Nội", "hotline": "024 3942 0356",
               "address": "Số 86 Trần Thái Tông, Cầu Giấy, Hà Nội", "accent": "#D4145A"},
    "da-nang": {"organisation": "Bảo hiểm xã hội thành phố Đà Nẵng", "hotline": "0236 3822 471",
                "address": "Số 2 Trần Phú, Hải Châu, Đà Nẵng", "station_name": "Bản tin BHXH Đà Nẵng"},
}
CSV_HEADER = "id,organisation,hotline,address,website,accent,station_name\n"


def variants_csv() -> str:
    rows = [f'{vid},"{v["organisation"]}",{v["hotline"]},"{v["address"]}",,{v.get("accent", "")},'
            f'{v.get("station_name", "")}' for vid, v in VARIANTS.items()]
    return CSV_HEADER + "\n".join(rows) + "\n"


def make_campaign_dir(root: Path) -> Path:
    """The fixture campaign with its variants in variants.csv, texts approved."""
    campaign_dir = root / "campaign"
    shutil.copytree(FIXTURES / "campaign", campaign_dir)
    (campaign_dir / "variants.csv").write_text(variants_csv(), "utf-8")
    with (campaign_dir / "campaign.yaml").open("a", encoding="utf-8") as handle:
        handle.write("variants: {file: variants.csv}\n")
    approve_texts(sorted((campaign_dir / "texts").glob("*.md")), by="Kiểm thử", today=dt.date(2026, 11, 24))
    return campaign_dir


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("variants")
    campaign_dir = make_campaign_dir(root)
    out_dir = root / "output"
    result = CliRunner().invoke(cli, ["build", str(campaign_dir), "--out", str(out_dir), "-j", "2", *STAGES])
    assert result.exit_code == 0, result.output
    return campaign_dir, out_dir


def manifest(folder: Path, stage: str) -> dict:
    return json.loads((folder / stage / "manifest.json").read_text("utf-8"))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_each_variant_has_its_own_folders_and_manifests(built):
    _, out_dir = built
    assert not (out_dir / "leaflets").exists() and (out_dir / ".cache" / "speech").is_dir()
    for variant in VARIANTS:
        folder = out_dir / variant
        for text_id in ("luong-huu", "thai-san"):
            assert (folder / f"leaflets/{text_id}.pdf").is_file()
            assert (folder / f"infographics/{text_id}/portrait.png").is_file()
            assert (folder / f"audio/{text_id}.mp3").is_file()
        for stage in ("leaflets", "infographics", "audio"):
            items = manifest(folder, stage)["items"]
            assert items and {item["variant"] for item in items} == {variant}
            for item in items:  # paths stay relative to the variant's folder, as without variants
                assert all((folder / out["path"]).is_file() for out in item["outputs"])


def test_the_variant_office_is_on_its_pdf_image_text_and_bulletin(built):
    _, out_dir = built
    for variant, office in VARIANTS.items():
        other = next(v for k, v in VARIANTS.items() if k != variant)
        flyer = " ".join(pdf_text(out_dir / variant / "leaflets/luong-huu.pdf").split())
        assert office["hotline"] in flyer and office["organisation"] in flyer and office["address"] in flyer
        assert other["hotline"] not in flyer and other["organisation"] not in flyer
        assert "Bảo hiểm xã hội Việt Nam" not in flyer  # the campaign's own organisation is replaced
        alt = (out_dir / variant / "infographics/luong-huu/portrait.txt").read_text("utf-8")
        assert office["hotline"] in alt and office["address"] in alt
        script = (out_dir / variant / "audio/thai-san.txt").read_text("utf-8")
        assert prepare_script(HOTLINE_LINE.format(hotline=office["hotline"])) in script
        assert office["organisation"] in script and "Trần" in script
        assert prepare_script(HOTLINE_LINE.format(hotline=other["hotline"])) not in script


def test_speech_of_the_shared_body_is_synthesised_once(built):
    _, out_dir = built
    first, second = ({item["key"]: item["shared"]["speech"] for item in manifest(out_dir / v, "audio")["items"]}
                     for v in VARIANTS)
    for text_id in ("luong-huu", "thai-san"):
        # the second variant synthesises only its own sentences (organisation, hotline, address)
        assert second[text_id]["sentences_synthesised"] <= 3
        assert second[text_id]["sentences_from_cache"] >= 4
    total_first = sum(counts["sentences_synthesised"] for counts in first.values())
    total_second = sum(counts["sentences_synthesised"] for counts in second.values())
    assert total_second < total_first


def test_a_noop_rebuild_writes_nothing_and_variant_selects(built):
    campaign_dir, out_dir = built
    before = {p: p.stat().st_mtime_ns for p in out_dir.rglob("*") if p.is_file() and p.name != ".build.lock"}
    result = CliRunner().invoke(cli, ["build", str(campaign_dir), "--out", str(out_dir), *STAGES])
    assert result.exit_code == 0 and "nothing to do" in result.output
    after = {p: p.stat().st_mtime_ns for p in out_dir.rglob("*") if p.is_file() and p.name != ".build.lock"}
    assert after == before
    status = CliRunner().invoke(cli, ["status", str(campaign_dir), "--out", str(out_dir), "--variant", "da-nang",
                                      *STAGES])
    assert status.exit_code == 0 and "da-nang/luong-huu" in status.output and "ha-noi" not in status.output
    bad = CliRunner().invoke(cli, ["status", str(campaign_dir), "--out", str(out_dir), "--variant", "hue"])
    assert bad.exit_code == 2 and "no variant 'hue'" in bad.output


def test_verify_review_and_publish_follow_the_variants(built):
    campaign_dir, out_dir = built
    pdf = out_dir / "da-nang" / "leaflets" / "thai-san.pdf"
    original = pdf.read_bytes()
    pdf.write_bytes(original + b"%")
    try:
        result = CliRunner().invoke(cli, ["verify", "--out", str(out_dir)])
        assert result.exit_code == 1 and "da-nang/leaflets: leaflets/thai-san.pdf" in result.output
    finally:
        pdf.write_bytes(original)
    data = collect_review(load_campaign(campaign_dir), out_dir)
    assert set(data["variants"]) == set(VARIANTS)
    paths = {out["path"] for job in data["jobs"] if job["variant"] == "ha-noi" for out in job["outputs"]}
    assert "ha-noi/leaflets/luong-huu.pdf" in paths and all(path.startswith("ha-noi/") for path in paths)
    assert all(text["variant"] is None for text in data["texts"])  # shown under every variant's filter
    result = CliRunner().invoke(cli, ["publish", str(campaign_dir), "--out", str(out_dir), "--variant", "da-nang"])
    assert result.exit_code == 0, result.output
    feed = (out_dir / "da-nang" / "publish" / "stations" / "feed.xml").read_text("utf-8")
    assert "Bản tin BHXH Đà Nẵng" in feed and VARIANTS["da-nang"]["organisation"] in feed
    page = (out_dir / "da-nang" / "publish" / "stations" / "index.html").read_text("utf-8")
    assert VARIANTS["da-nang"]["hotline"] in page and VARIANTS["ha-noi"]["hotline"] not in page
    assert not (out_dir / "ha-noi" / "publish").exists()
    result = CliRunner().invoke(cli, ["package", "printers", str(campaign_dir), "--out", str(out_dir),
                                      "--variant", "ha-noi"])
    assert result.exit_code == 0, result.output
    ticket = (out_dir / "ha-noi" / "package" / "printers" / "flyers-a5" / "job.txt").read_text("utf-8")
    assert VARIANTS["ha-noi"]["organisation"] in ticket and VARIANTS["ha-noi"]["hotline"] in ticket


def test_editing_one_text_rebuilds_only_its_outputs_in_every_variant(built):
    campaign_dir, out_dir = built
    path = campaign_dir / "texts" / "b-thai-san.md"
    path.write_text(path.read_text("utf-8").replace("cho mỗi con được sinh ra.", "cho mỗi con."), "utf-8")
    approve_texts([path], by="Kiểm thử")
    before = {(v, s): {i["key"]: (i["built_at"], i["text_ids"]) for i in manifest(out_dir / v, s)["items"]}
              for v in VARIANTS for s in ("leaflets", "infographics", "audio")}
    result = CliRunner().invoke(cli, ["build", str(campaign_dir), "--out", str(out_dir), *STAGES])
    assert result.exit_code == 0, result.output
    for (variant, stage), items in before.items():
        expected = sorted(key for key, (_, text_ids) in items.items() if "thai-san" in text_ids)
        rebuilt = sorted(i["key"] for i in manifest(out_dir / variant, stage)["items"]
                         if i["built_at"] != items[i["key"]][0])
        assert rebuilt == expected and f"{variant}/{stage}: {len(expected)} rendered" in result.output


@pytest.mark.parametrize("csv_text, field, message", [
    (CSV_HEADER + 'ha-noi,"BHXH Hà Nội",024 3942 0356,"Hà Nội",,#D4145A,\n'
                  'ha-noi,"BHXH Huế",0234 3822 000,"Huế",,,\n', "row 3: id", "already used by row 2"),
    (CSV_HEADER + 'hue,"BHXH Huế",abc,"Huế",,,\n', "row 2: hotline", "not a telephone number"),
    (CSV_HEADER + 'hue,"BHXH Huế",0234 3822 000,,,,\n', "row 2: address", "required"),
    (CSV_HEADER + 'Huế,"BHXH Huế",0234 3822 000,"Huế",,,\n', "row 2: id", "not a safe id"),
    (CSV_HEADER + 'hue,"BHXH Huế",0234 3822 000,"Huế",ftp://x,,\n', "row 2: website", "not an http(s) address"),
    (CSV_HEADER + 'audio,"BHXH Huế",0234 3822 000,"Huế",,,\n', "row 2: id", "name of a folder of the output"),
    ("id,organisation,hotline,adress\n", "row 1", "unknown column(s) 'adress'"),
])
def test_bad_variants_files_are_exit_2_with_file_row_and_field(tmp_path, csv_text, field, message):
    campaign_dir = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", campaign_dir)
    (campaign_dir / "variants.csv").write_text(csv_text, "utf-8")
    with (campaign_dir / "campaign.yaml").open("a", encoding="utf-8") as handle:
        handle.write("variants: {file: variants.csv}\n")
    result = CliRunner().invoke(cli, ["status", str(campaign_dir), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert f"variants.csv: {field}: " in result.output and message in result.output, result.output


def test_inline_and_yaml_file_variants_are_checked_and_confined(tmp_path):
    campaign_dir = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", campaign_dir)
    config = (campaign_dir / "campaign.yaml").read_text("utf-8")
    (campaign_dir / "campaign.yaml").write_text(
        config + 'variants:\n  - {id: hue, organisation: "BHXH Huế", hotline: 19009068, address: "Huế"}\n', "utf-8")
    with pytest.raises(CampaignError) as error:
        load_campaign(campaign_dir)
    assert "campaign.yaml: variants[0].hotline: must be a non-empty string (put quotes around a number)" in str(error.value)
    (tmp_path / "outside.yaml").write_text("- {id: hue}\n", "utf-8")
    (campaign_dir / "variants.yaml").symlink_to(tmp_path / "outside.yaml")
    (campaign_dir / "campaign.yaml").write_text(config + "variants: {file: variants.yaml}\n", "utf-8")
    with pytest.raises(CampaignError) as error:
        load_campaign(campaign_dir)
    assert "variants.yaml: leads outside the campaign folder" in str(error.value)
    (campaign_dir / "variants.yaml").unlink()
    (campaign_dir / "variants.yaml").write_text("- {id: hue, organisation: BHXH Huế, address: Huế, fax: 1}\n", "utf-8")
    with pytest.raises(CampaignError) as error:
        load_campaign(campaign_dir)
    message = str(error.value)
    assert "variants.yaml: [0].hotline: required" in message and "variants.yaml: [0].fax: unknown field" in message


def test_the_campaign_approval_covers_the_variants_file(tmp_path):
    campaign_dir = make_campaign_dir(tmp_path)
    approve_campaign(campaign_dir, "Kiểm thử")
    assert all(text.buildable for text in load_campaign(campaign_dir).texts)
    csv_path = campaign_dir / "variants.csv"
    csv_path.write_text(csv_path.read_text("utf-8").replace("0236 3822 471", "0236 0000 000"), "utf-8")
    refused = load_campaign(campaign_dir).refused_texts
    assert refused and {text.refusal for text in refused} == {"campaign settings changed after approval"}


def test_each_variant_clip_narrates_and_captions_its_own_office(tmp_path):
    """Variants x clips: one text, two provinces; what a viewer hears, reads and sees at the close differs."""
    from tests.test_clips import ffmpeg_report, frame_at, parse_subtitles

    campaign_dir = make_campaign_dir(tmp_path)
    (campaign_dir / "texts" / "b-thai-san.md").unlink()
    with (campaign_dir / "campaign.yaml").open("a", encoding="utf-8") as handle:
        handle.write("clips: {fps: 24, motion: none, preset: superfast}\n")  # a quick encode, same content
    out_dir = tmp_path / "output"
    result = CliRunner().invoke(cli, ["build", str(campaign_dir), "--out", str(out_dir), "-j", "2",
                                      "--stage", "clips"])
    assert result.exit_code == 0, result.output
    closing = {}
    for variant, office in VARIANTS.items():
        other = next(v for k, v in VARIANTS.items() if k != variant)
        mp4 = out_dir / variant / "clips" / "luong-huu" / "vertical.mp4"
        report = ffmpeg_report(mp4)
        assert "Video: h264" in report and "Audio: aac" in report, report
        captions = " ".join(line for _, _, lines in parse_subtitles(
            (mp4.with_suffix(".srt")).read_text("utf-8")) for line in lines)
        # the written forms, as the text and the variant list give them (not "Số tám mươi sáu")
        assert office["hotline"] in captions and office["address"].split(",")[0] in captions, captions
        assert other["hotline"] not in captions and other["address"].split(",")[0] not in captions
        assert "tám mươi sáu" not in captions and "Số hai Trần" not in captions
        items = manifest(out_dir / variant, "clips")["items"]
        assert [item["variant"] for item in items] == [variant]
        duration = items[0]["outputs"][0]["media"]["duration_s"]
        closing[variant] = frame_at(mp4, duration - 0.5).astype(int)
    first, second = closing.values()
    assert abs(first - second).mean() > 2   # the closing card shows each office's hotline and address
