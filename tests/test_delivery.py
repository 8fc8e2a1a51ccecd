"""Delivery: the print-shop package, the stations folder (feed read by real podcast clients) and the server."""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
import zipfile
from calendar import timegm
from datetime import date, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import podcastparser
import pytest

from pipeline.broadcast import Broadcast
from pipeline.build import job_approval, job_params_sha
from pipeline.delivery.manifests import load_manifest
from pipeline.delivery.printers import (colours_label, format_number_vi, job_name, package_printers,
                                        paper_size_name, preflight_passed, quantity_for)
from pipeline.delivery.server import (Unsatisfiable, load_tokens, make_server, parse_byte_range,
                                      resolve_request_path)
from pipeline.delivery.stations import (DEFAULT_BASE_URL, STATION_NS, itunes_duration, normalise_base_url,
                                        publication_datetime, publish_stations)
from pipeline.errors import CampaignError, PipelineError, UsageError
from pipeline.stages import stage_by_name
from pipeline.stages.base import Job, params_hash
from conftest import make_campaign, make_text

MM = 72 / 25.4
TEXT_IDS = ("luong-huu-15-nam", "tro-cap-thai-san", "bhyt-hoc-sinh")
FIRST_PUBLISH = datetime(2026, 12, 1, 1, 0, tzinfo=timezone.utc)  # 08:00 in Vietnam
PANELS_MM = {"outside": [97, 100, 100], "inside": [100, 100, 97]}  # as the leaflets stage records them


# ---------------------------------------------------------------- real media, made once


def _make_pdf(path: Path, trim_mm: tuple[float, float], pages: int, label: str) -> None:
    """A real print PDF: CMYK, embedded Be Vietnam Pro, TrimBox and BleedBox with 3 mm bleed."""
    from reportlab.lib.colors import CMYKColor
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from pipeline.fonts import font_path

    pdfmetrics.registerFont(TTFont("BeVietnamPro", str(font_path("Regular"))))
    bleed = 3 * MM
    width, height = trim_mm[0] * MM, trim_mm[1] * MM
    canvas = Canvas(str(path), pagesize=(width + 2 * bleed, height + 2 * bleed), initialFontName="BeVietnamPro",
                    trimBox=(bleed, bleed, bleed + width, bleed + height), bleedBox=(0, 0, width + 2 * bleed,
                                                                                   height + 2 * bleed))
    for page in range(pages):
        canvas.setFillColor(CMYKColor(0.9, 0.45, 0, 0.1))
        canvas.rect(0, 0, width + 2 * bleed, 30 * MM, stroke=0, fill=1)
        canvas.setFillColor(CMYKColor(0, 0, 0, 1))
        canvas.setFont("BeVietnamPro", 14)
        canvas.drawString(bleed + 10 * MM, bleed + height - 20 * MM, f"{label} — trang {page + 1}")
        canvas.showPage()
    canvas.save()


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory) -> Path:
    """Real small MP3s (ffmpeg sine), scripts and PDFs (reportlab), made once for the whole module."""
    import imageio_ffmpeg

    folder = tmp_path_factory.mktemp("media")
    ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    for number, text_id in enumerate(TEXT_IDS):
        subprocess.run([ffmpeg, "-hide_banner", "-loglevel", "error", "-f", "lavfi",
                        "-i", f"sine=frequency={440 + 110 * number}:duration={2 + number}", "-ac", "1",
                        "-ar", "44100", "-c:a", "libmp3lame", "-b:a", "64k", str(folder / f"{text_id}.mp3")],
                       check=True, timeout=60)
        (folder / f"{text_id}.txt").write_text(f"Bản tin {text_id}: đọc chậm, rõ ràng.\n", encoding="utf-8")
        _make_pdf(folder / f"{text_id}.pdf", (148, 210), 2, f"Tờ rơi {text_id}")
    _make_pdf(folder / "trifold.pdf", (297, 210), 2, "Tờ gấp ba")
    _make_pdf(folder / f"{TEXT_IDS[0]}-poster.pdf", (297, 420), 1, "Áp phích")
    return folder


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _approval(text_id: str, version: int = 1) -> str:
    return "sha256:" + hashlib.sha256(f"{text_id}/{version}".encode()).hexdigest()


def _texts(**overrides_by_id) -> tuple:
    base = {
        "luong-huu-15-nam": dict(priority="normal", approved_at="2026-11-24"),
        "tro-cap-thai-san": dict(title="Trợ cấp thai sản cho lao động nữ: khẩn cấp cập nhật",
                                 summary="Lao động nữ sinh con được hưởng trợ cấp thai sản theo Luật mới.",
                                 priority="emergency", approved_at="2026-11-20"),
        "bhyt-hoc-sinh": dict(title="Học sinh, sinh viên tham gia bảo hiểm y tế đầy đủ",
                              summary="Bảo hiểm y tế học sinh giúp giảm chi phí khám chữa bệnh.",
                              priority="priority", approved_at="2026-11-22T09:30:00"),
    }
    texts = []
    for text_id, fields in base.items():
        fields = {**fields, "approval": _approval(text_id), **overrides_by_id.get(text_id, {})}
        texts.append(make_text(text_id, **fields))
    return tuple(texts)


def _output(out_dir: Path, rel: str, media: dict) -> dict:
    path = out_dir / rel
    return {"path": rel, "sha256": _sha256(path), "bytes": path.stat().st_size, "media": media}


def _write_manifest(out_dir: Path, stage: str, items: list[dict], refused: list[dict] | None = None) -> None:
    manifest = {"schema": 1, "stage": stage, "pipeline_version": "0.1.0", "params_sha256": "0" * 64,
                "items": items, "refused": refused or []}
    (out_dir / stage).mkdir(parents=True, exist_ok=True)
    (out_dir / stage / "manifest.json").write_text(json.dumps(manifest, sort_keys=True, indent=2), encoding="utf-8")


def _preflight(ok: bool = True) -> dict:
    """A preflight record as the leaflets stage writes it."""
    return {"result": "pass" if ok else "fail",
            "checks": {"boxes": {"ok": True, "detail": "trim 148 x 210 mm, bleed 3 mm"},
                       "colour": {"ok": ok, "detail": "DeviceCMYK only" if ok else "RGB image on page 1"}}}


def build_out(tmp_path: Path, media_dir: Path, texts: tuple | None = None, poster: bool = True,
              approvals: dict | None = None, sections: dict | None = None) -> Path:
    """An output folder with real files and leaflets + audio manifests in the stage framework's shape."""
    texts = texts if texts is not None else _texts()
    approvals = approvals or {}
    campaign = make_campaign(texts=texts, sections=sections or {})
    leaflets_params = params_hash(stage_by_name("leaflets").params(campaign))
    audio_params = params_hash(stage_by_name("audio").params(campaign))
    out_dir = tmp_path / "output"
    for sub in ("leaflets", "audio"):
        (out_dir / sub).mkdir(parents=True, exist_ok=True)
    leaflet_items, audio_items = [], []
    for text in texts:
        approval = approvals.get(text.id, text.approval)
        shutil.copy(media_dir / f"{text.id}.pdf", out_dir / "leaflets" / f"{text.id}.pdf")
        pdf_media = {"pages": 2, "trim_size_mm": [148, 210], "bleed_mm": 3.0, "colour": "CMYK",
                     "preflight": _preflight()}
        outputs = [_output(out_dir, f"leaflets/{text.id}.pdf", pdf_media)]
        if poster and text.id == TEXT_IDS[0]:
            shutil.copy(media_dir / f"{text.id}-poster.pdf", out_dir / "leaflets" / f"{text.id}-poster.pdf")
            outputs.append(_output(out_dir, f"leaflets/{text.id}-poster.pdf",
                                   {"pages": 1, "trim_size_mm": [297, 420], "bleed_mm": 3, "colour": "CMYK",
                                    "preflight": _preflight()}))
        leaflet_items.append({"key": f"leaflets/{text.id}", "text_id": text.id, "text_ids": [text.id],
                              "approval": approval, "params_sha256": leaflets_params, "code_sha256": "2" * 64,
                              "inputs": [], "outputs": outputs, "engine": {"name": "reportlab", "version": "4"},
                              "built_at": "2026-11-25T10:00:00Z"})
        shutil.copy(media_dir / f"{text.id}.mp3", out_dir / "audio" / f"{text.id}.mp3")
        shutil.copy(media_dir / f"{text.id}.txt", out_dir / "audio" / f"{text.id}.txt")
        audio_items.append({
            "key": f"audio/{text.id}", "text_id": text.id, "text_ids": [text.id], "approval": approval,
            "params_sha256": audio_params, "code_sha256": "4" * 64, "inputs": [],
            "outputs": [_output(out_dir, f"audio/{text.id}.mp3", {"duration_s": 2.0 + TEXT_IDS.index(text.id),
                                                                  "lufs": -16.0, "true_peak_dbtp": -1.5}),
                        _output(out_dir, f"audio/{text.id}.txt", {"kind": "script"})],
            "engine": {"name": "espeak", "version": "1.51"}, "built_at": "2026-11-25T10:00:00Z"})
    shutil.copy(media_dir / "trifold.pdf", out_dir / "leaflets" / "trifold.pdf")
    trifold_ids = tuple(t.id for t in texts)
    leaflet_items.append({"key": "trifold", "text_id": None, "text_ids": list(trifold_ids),
                          "approval": approvals.get("trifold") or job_approval(
                              campaign, Job("leaflets", "trifold", trifold_ids, ())),
                          # the tri-fold's own params: its print templates (Stage.job_params), as the build records
                          "params_sha256": job_params_sha(stage_by_name("leaflets"), campaign,
                                                          Job("leaflets", "trifold", trifold_ids, (),
                                                              options=(("kind", "trifold"),)), leaflets_params),
                          "code_sha256": "2" * 64,
                          "inputs": [], "engine": {"name": "reportlab", "version": "4"},
                          "built_at": "2026-11-25T11:00:00Z",
                          "outputs": [_output(out_dir, "leaflets/trifold.pdf",
                                              {"pages": 2, "trim_size_mm": [297, 210], "bleed_mm": 3,
                                               "colour": "CMYK", "panels_mm": PANELS_MM,
                                               "preflight": _preflight()})]})
    _write_manifest(out_dir, "leaflets", leaflet_items)
    _write_manifest(out_dir, "audio", audio_items)
    return out_dir


def _campaign(texts: tuple | None = None, **sections):
    return make_campaign(texts=texts if texts is not None else _texts(), sections=sections)


# ---------------------------------------------------------------- manifests


def test_missing_manifest_says_which_build_to_run(tmp_path):
    with pytest.raises(PipelineError, match=r"media-pipeline build --stage leaflets"):
        package_printers(_campaign(), tmp_path / "output")
    with pytest.raises(PipelineError, match=r"media-pipeline build --stage audio"):
        publish_stations(_campaign(), tmp_path / "output", "http://example.org/")


def test_corrupt_manifest_and_escaping_paths_are_errors(tmp_path):
    (tmp_path / "audio").mkdir()
    (tmp_path / "audio" / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(PipelineError, match="cannot read the audio manifest"):
        load_manifest(tmp_path, "audio")
    _write_manifest(tmp_path, "audio", [{"key": "x", "text_id": "x", "outputs": [
        {"path": "../../etc/passwd", "sha256": "0" * 64, "bytes": 1}]}])
    with pytest.raises(PipelineError, match="not a path inside the output folder"):
        load_manifest(tmp_path, "audio")


def test_delivery_reads_the_jobs_a_killed_build_journaled_but_never_folded(tmp_path):
    from pipeline.manifest import Manifest as BuildManifest, append_journal

    (tmp_path / "audio").mkdir()
    (tmp_path / "audio" / "a.mp3").write_bytes(b"first")
    (tmp_path / "audio" / "b.mp3").write_bytes(b"second")
    _write_manifest(tmp_path, "audio", [{"key": "a", "text_id": "a", "text_ids": ["a"],
                                         "outputs": [_output(tmp_path, "audio/a.mp3", {})]}])
    append_journal(BuildManifest.journal_path(tmp_path, "audio"),   # the build was killed before folding it in
                   {"kind": "item", "item": {"key": "b", "text_id": "b", "text_ids": ["b"],
                                             "outputs": [_output(tmp_path, "audio/b.mp3", {})]}})
    manifest = load_manifest(tmp_path, "audio")
    assert [item.key for item in manifest.items] == ["a", "b"]
    assert manifest.items[1].outputs[0].sha256 == _sha256(tmp_path / "audio" / "b.mp3")


# ---------------------------------------------------------------- print shop


def test_pure_print_helpers():
    assert paper_size_name((148, 210)) == "A5" and paper_size_name((297, 210)) == "A4"
    assert paper_size_name((100, 200)) is None
    assert job_name("flyer", (148, 210)) == "flyers-a5" and job_name("trifold", (297, 210)) == "trifold-a4"
    assert job_name("poster", (297, 420)) == "posters-a3" and job_name("flyer", (100, 200)) == "flyers-100x200mm"
    assert colours_label(2) == "CMYK 4/4" and colours_label(1) == "CMYK 4/0"
    assert format_number_vi(10000) == "10.000"
    assert preflight_passed(_preflight()) is True and preflight_passed(_preflight(ok=False)) is False
    assert preflight_passed({"ok": True}) is True and preflight_passed(None) is None
    settings = {"quantity": {"flyer": 10000, "trifold-a4": 5000}}
    assert quantity_for(settings, "flyer", "flyers-a5") == 10000
    assert quantity_for(settings, "trifold", "trifold-a4") == 5000
    assert quantity_for(settings, "poster", "posters-a3") is None
    assert quantity_for({"quantity": 300}, "poster", "posters-a3") == 300
    assert quantity_for({}, "flyer", "flyers-a5") is None
    for bad in (-5, 0, "nhiều", True, 2.5):
        with pytest.raises(CampaignError, match="leaflets.quantity"):
            quantity_for({"quantity": bad}, "flyer", "flyers-a5")


def test_package_printers_writes_verified_jobs(tmp_path, media_dir):
    leaflets = {"quantity": {"flyer": 10000, "trifold": 5000},
                "print_shop": {"name": "Nhà in Thống Nhất", "phone": "024 3825 0000"},
                "contact": {"name": "Nguyễn Thị Hà", "email": "truyenthong@example.vn"}}
    out_dir = build_out(tmp_path, media_dir, sections={"leaflets": leaflets})
    campaign = _campaign(leaflets=leaflets)
    paths = package_printers(campaign, out_dir)
    dest = out_dir / "package" / "printers"
    assert paths == [dest / "flyers-a5", dest / "flyers-a5.zip", dest / "posters-a3", dest / "posters-a3.zip",
                     dest / "trifold-a4", dest / "trifold-a4.zip"]
    assert sorted(p.name for p in dest.iterdir()) == sorted(p.name for p in paths)  # no staging left over

    flyers = dest / "flyers-a5"
    assert sorted(p.name for p in flyers.iterdir()) == sorted(
        [f"{t}.pdf" for t in TEXT_IDS] + ["SHA256SUMS", "job.json", "job.txt", "job.xjdf"])
    for text_id in TEXT_IDS:  # the delivered PDF is byte for byte the built one
        assert (flyers / f"{text_id}.pdf").read_bytes() == (media_dir / f"{text_id}.pdf").read_bytes()

    # SHA256SUMS: recompute every line; `sha256sum -c` agrees when it exists.
    lines = (flyers / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = {}
    for line in lines:
        digest, name = line.split("  ", 1)
        listed[name] = digest
        assert _sha256(flyers / name) == digest
    assert set(listed) == {f"{t}.pdf" for t in TEXT_IDS} | {"job.json", "job.txt", "job.xjdf"}
    if shutil.which("sha256sum"):
        check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=flyers, capture_output=True, text=True,
                               timeout=30)
        assert check.returncode == 0, check.stdout + check.stderr

    ticket = json.loads((flyers / "job.json").read_text(encoding="utf-8"))
    assert ticket["job"] == "flyers-a5" and ticket["format"] == "A5"
    assert ticket["trim_size_mm"] == [148, 210] and ticket["bleed_mm"] == 3
    assert ticket["colours"] == "CMYK 4/4" and ticket["pages_per_file"] == 2
    assert ticket["quantity"] == 10000 and ticket["total_copies"] == 30000
    assert ticket["contact"]["organisation"] == "Bảo hiểm xã hội Việt Nam"
    assert ticket["contact"]["hotline"] == "1900 9068" and ticket["contact"]["name"] == "Nguyễn Thị Hà"
    assert ticket["print_shop"]["name"] == "Nhà in Thống Nhất"
    assert ticket["preflight"]["ok"] is True
    by_id = {f["text_id"]: f for f in ticket["files"]}
    assert set(by_id) == set(TEXT_IDS)
    entry = by_id["tro-cap-thai-san"]
    assert entry["title"] == "Trợ cấp thai sản cho lao động nữ: khẩn cấp cập nhật"
    assert entry["approval"] == _approval("tro-cap-thai-san")
    assert entry["sha256"] == _sha256(flyers / "tro-cap-thai-san.pdf") and entry["pages"] == 2

    txt_bytes = (flyers / "job.txt").read_bytes()
    assert txt_bytes.startswith(b"\xef\xbb\xbf")  # Notepad reads it as UTF-8
    job_txt = txt_bytes.decode("utf-8-sig")
    for phrase in ("PHIẾU IN", "Khổ thành phẩm: 148 × 210 mm (A5)", "Tràn lề: 3 mm", "Màu: CMYK 4 màu hai mặt",
                   "Số lượng: 10.000 tờ mỗi mẫu × 3 mẫu = 30.000 tờ", "Bảo hiểm xã hội Việt Nam", "1900 9068",
                   "Nhà in Thống Nhất", "sha256sum -c SHA256SUMS", _approval("luong-huu-15-nam")):
        assert phrase in job_txt, phrase

    trifold = json.loads((dest / "trifold-a4" / "job.json").read_text(encoding="utf-8"))
    assert trifold["trim_size_mm"] == [297, 210] and trifold["quantity"] == 5000
    assert trifold["finishing"]["panels_mm"] == PANELS_MM
    assert trifold["finishing"]["folded_size_mm"] == [100, 210]
    assert [t["text_id"] for t in trifold["files"][0]["texts"]] == list(TEXT_IDS)
    trifold_txt = (dest / "trifold-a4" / "job.txt").read_text(encoding="utf-8-sig")
    assert "gấp 3" in trifold_txt and "Khổ trải (trước khi gấp): 297 × 210 mm (A4)" in trifold_txt
    assert "Khổ thành phẩm (sau khi gấp): 100 × 210 mm" in trifold_txt
    assert "mặt ngoài 97 / 100 / 100 mm, mặt trong 100 / 100 / 97 mm" in trifold_txt
    # Readable by the print shop's share or a web server user, not private temp-file modes.
    assert {(p.stat().st_mode & 0o777) for p in flyers.iterdir()} | {(dest / "flyers-a5.zip").stat().st_mode & 0o777} \
        == {0o644}
    poster = json.loads((dest / "posters-a3" / "job.json").read_text(encoding="utf-8"))
    assert poster["colours"] == "CMYK 4/0" and poster["quantity"] is None  # not given: empty, not invented
    assert "Số lượng: chưa ghi" in (dest / "posters-a3" / "job.txt").read_text(encoding="utf-8-sig")

    with zipfile.ZipFile(dest / "flyers-a5.zip") as archive:
        assert archive.testzip() is None
        names = sorted(n for n in archive.namelist() if not n.endswith("/"))
        assert names == sorted(f"flyers-a5/{p.name}" for p in flyers.iterdir())
        for name in names:
            assert archive.read(name) == (dest / name).read_bytes()


def test_package_is_deterministic_and_replaced_cleanly(tmp_path, media_dir):
    out_dir = build_out(tmp_path, media_dir)
    campaign = _campaign()
    package_printers(campaign, out_dir)
    dest = out_dir / "package" / "printers"
    first_zip = (dest / "flyers-a5.zip").read_bytes()
    (dest / "flyers-a5" / "old-leftover.pdf").write_bytes(b"%PDF stale")
    # The poster is gone from the next build: its job must disappear from the package.
    build_out(tmp_path, media_dir, poster=False)
    package_printers(campaign, out_dir)
    assert not (dest / "posters-a3").exists() and not (dest / "posters-a3.zip").exists()
    assert not (dest / "flyers-a5" / "old-leftover.pdf").exists()
    assert (dest / "flyers-a5.zip").read_bytes() == first_zip  # same inputs, same zip bytes


def test_changed_or_missing_pdf_is_never_packaged(tmp_path, media_dir):
    out_dir = build_out(tmp_path, media_dir)
    campaign = _campaign()
    package_printers(campaign, out_dir)
    dest = out_dir / "package" / "printers"
    before = (dest / "flyers-a5.zip").read_bytes()

    pdf = out_dir / "leaflets" / "bhyt-hoc-sinh.pdf"
    pdf.write_bytes(pdf.read_bytes() + b"\n% edited by hand\n")
    with pytest.raises(PipelineError, match=r"leaflets/bhyt-hoc-sinh.pdf has changed since it was built"):
        package_printers(campaign, out_dir)
    assert (dest / "flyers-a5.zip").read_bytes() == before  # the previous package is untouched
    assert not [p for p in dest.iterdir() if p.name.startswith(".")]

    pdf.unlink()
    with pytest.raises(PipelineError, match="missing"):
        package_printers(campaign, out_dir)


def test_stale_approval_withdrawn_text_and_failed_preflight(tmp_path, media_dir):
    out_dir = build_out(tmp_path, media_dir, approvals={"luong-huu-15-nam": _approval("luong-huu-15-nam", 0)})
    with pytest.raises(PipelineError, match="older approval"):
        package_printers(_campaign(), out_dir)

    out_dir = build_out(tmp_path / "b", media_dir)
    texts = _texts(**{"bhyt-hoc-sinh": {"status": "draft", "refusal": "draft"}})
    with pytest.raises(PipelineError, match="trifold.*bhyt-hoc-sinh"):  # the tri-fold still holds it
        package_printers(_campaign(texts), out_dir)

    # A text re-approved after the tri-fold was built: the tri-fold is stale even though its flyer is not.
    out_dir = build_out(tmp_path / "c", media_dir, approvals={"trifold": "sha256:" + "9" * 64})
    with pytest.raises(PipelineError, match="trifold.*older approvals"):
        package_printers(_campaign(), out_dir)

    # The print run in campaign.yaml changed after the build: the imprint on the PDFs is stale.
    out_dir = build_out(tmp_path / "d", media_dir)
    with pytest.raises(PipelineError, match="leaflets settings .* changed since"):
        package_printers(_campaign(leaflets={"quantity": 20000}), out_dir)
    with pytest.raises(PipelineError, match="audio settings .* changed since"):
        publish_stations(make_campaign(texts=_texts(), organisation="BHXH tỉnh Hà Giang"), out_dir,
                         "http://example.org/")

    manifest_file = out_dir / "leaflets" / "manifest.json"
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    manifest["items"][0]["outputs"][0]["media"]["preflight"] = _preflight(ok=False)
    manifest_file.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(PipelineError, match="failed preflight.*colour: RGB image on page 1"):
        package_printers(_campaign(), out_dir)


def test_pages_counted_from_the_pdf_when_the_manifest_lacks_them(tmp_path, media_dir):
    out_dir = build_out(tmp_path, media_dir)
    manifest_file = out_dir / "leaflets" / "manifest.json"
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    for item in manifest["items"]:
        for output in item["outputs"]:
            output["media"].pop("pages")
    manifest_file.write_text(json.dumps(manifest), encoding="utf-8")
    package_printers(_campaign(), out_dir)
    dest = out_dir / "package" / "printers"
    assert json.loads((dest / "posters-a3" / "job.json").read_text(encoding="utf-8"))["files"][0]["pages"] == 1
    assert json.loads((dest / "flyers-a5" / "job.json").read_text(encoding="utf-8"))["pages_per_file"] == 2


# ---------------------------------------------------------------- stations


def test_pure_station_helpers():
    assert normalise_base_url("https://radio.example.vn/bhxh") == "https://radio.example.vn/bhxh/"
    for bad in ("ftp://x/", "radio.example.vn", "http:///x", "http://x/?a=1"):
        with pytest.raises(ValueError):
            normalise_base_url(bad)
    assert itunes_duration(61.4) == "1:01" and itunes_duration(3725) == "1:02:05"
    assert publication_datetime("2026-11-24").utcoffset().total_seconds() == 7 * 3600
    assert publication_datetime(None, "2026-11-25T10:00:00Z").hour == 10


def _publish(tmp_path, media_dir, base_url="https://radio.example.vn/bhxh/", texts=None, out_dir=None, now=None):
    out_dir = out_dir or build_out(tmp_path, media_dir, texts=texts)
    dest = publish_stations(_campaign(texts), out_dir, base_url, now=now or FIRST_PUBLISH)
    return out_dir, dest


def revise_mp3(out_dir: Path, text_id: str, times: int = 2) -> str:
    """A new rendering of a bulletin: the MP3 repeated `times` times (valid MPEG frames) and the audio manifest
    updated as a rebuild would; returns the new SHA-256."""
    manifest_path = out_dir / "audio" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    item = next(i for i in manifest["items"] if i["text_id"] == text_id)
    mp3 = out_dir / "audio" / f"{text_id}.mp3"
    original = mp3.read_bytes()
    mp3.write_bytes(original * times)
    item["outputs"][0] = _output(out_dir, f"audio/{text_id}.mp3", item["outputs"][0]["media"])
    manifest_path.write_text(json.dumps(manifest, sort_keys=True, indent=2), encoding="utf-8")
    return item["outputs"][0]["sha256"]


def published_name(text_id: str, sha256: str, suffix: str = ".mp3") -> str:
    """The versioned file name publish gives one version of a file."""
    return f"{text_id}-{sha256[:12]}{suffix}"


def test_feed_read_by_real_podcast_clients(tmp_path, media_dir):
    out_dir, dest = _publish(tmp_path, media_dir)
    assert dest == out_dir / "publish" / "stations" and dest.is_symlink()
    feed_bytes = (dest / "feed.xml").read_bytes()

    with open(dest / "feed.xml", "rb") as stream:
        podcast = podcastparser.parse("https://radio.example.vn/bhxh/feed.xml", stream)
    assert podcast["title"] == "Luật Bảo hiểm xã hội năm 2024"
    episodes = {e["guid"]: e for e in podcast["episodes"]}
    assert len(episodes) == 3
    for text_id in TEXT_IDS:
        sha = _sha256(media_dir / f"{text_id}.mp3")
        episode = episodes[f"{text_id}:sha256:{sha}"]
        enclosure = episode["enclosures"][0]
        assert enclosure["url"] == f"https://radio.example.vn/bhxh/{published_name(text_id, sha)}"
        assert enclosure["mime_type"] == "audio/mpeg"
        assert enclosure["file_size"] == (media_dir / f"{text_id}.mp3").stat().st_size
        assert episode["total_time"] == 2 + TEXT_IDS.index(text_id)
        assert episode["published"] == FIRST_PUBLISH.timestamp()  # when this version was first published
    parsed = feedparser.parse(feed_bytes)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.language == "vi"
    assert timegm(parsed.feed.updated_parsed) == FIRST_PUBLISH.timestamp()  # lastBuildDate: the publish time
    assert [e.id.split(":")[0] for e in parsed.entries] == ["tro-cap-thai-san", "bhyt-hoc-sinh",
                                                           "luong-huu-15-nam"]  # emergency first
    for entry in parsed.entries:
        assert entry.guidislink is False
        enclosure = entry.enclosures[0]
        assert enclosure.href.endswith(f"/{published_name(entry.id.split(':')[0], entry.station_sha256)}")
    priorities = {e.id.split(":")[0]: (e.tags[0].term, e.get("station_priority")) for e in parsed.entries}
    assert priorities == {"tro-cap-thai-san": ("emergency", "emergency"), "bhyt-hoc-sinh": ("priority", "priority"),
                          "luong-huu-15-nam": ("normal", "normal")}


def test_new_rendering_gets_new_name_guid_and_date_old_one_kept_for_grace(tmp_path, media_dir):
    out_dir, dest = _publish(tmp_path, media_dir)
    first = feedparser.parse((dest / "feed.xml").read_bytes())
    old_name = published_name("bhyt-hoc-sinh", _sha256(media_dir / "bhyt-hoc-sinh.mp3"))
    old_bytes = (dest / old_name).read_bytes()

    later = FIRST_PUBLISH + timedelta(hours=3)
    publish_stations(_campaign(), out_dir, "https://radio.example.vn/bhxh/", now=later)
    again = feedparser.parse((dest / "feed.xml").read_bytes())
    assert [(e.id, e.published) for e in again.entries] == [(e.id, e.published) for e in first.entries]
    assert timegm(again.feed.updated_parsed) == later.timestamp()

    new_sha = revise_mp3(out_dir, "bhyt-hoc-sinh")  # a new loudness target, say: same text, new bytes
    third = FIRST_PUBLISH + timedelta(days=1)
    publish_stations(_campaign(), out_dir, "https://radio.example.vn/bhxh/", now=third)
    parsed = feedparser.parse((dest / "feed.xml").read_bytes())
    entry = next(e for e in parsed.entries if e.id.startswith("bhyt-hoc-sinh"))
    assert entry.id == f"bhyt-hoc-sinh:sha256:{new_sha}" and entry.station_sha256 == new_sha
    assert entry.enclosures[0].href.endswith(published_name("bhyt-hoc-sinh", new_sha))
    assert timegm(entry.published_parsed) == third.timestamp()
    assert {e.id for e in parsed.entries} - {e.id for e in first.entries} == {entry.id}
    # the old version is never overwritten: still downloadable, byte for byte, but listed nowhere
    assert (dest / old_name).read_bytes() == old_bytes
    for listing in ("feed.xml", "index.json", "SHA256SUMS", "index.html"):
        assert old_name not in (dest / listing).read_text(encoding="utf-8")
    # after the grace period (7 days after it was last published) it goes
    publish_stations(_campaign(), out_dir, "https://radio.example.vn/bhxh/", now=later + timedelta(days=7, seconds=1))
    assert not (dest / old_name).exists() and (dest / published_name("bhyt-hoc-sinh", new_sha)).is_file()


def test_index_json_checksums_and_withdrawal(tmp_path, media_dir):
    out_dir, dest = _publish(tmp_path, media_dir, base_url=None)
    index = json.loads((dest / "index.json").read_text(encoding="utf-8"))
    assert index["base_url"] == DEFAULT_BASE_URL and index["release"] == os.path.basename(os.readlink(dest))
    bulletins = {b["id"]: b for b in index["bulletins"]}
    entry = bulletins["luong-huu-15-nam"]
    sha = _sha256(media_dir / "luong-huu-15-nam.mp3")
    script_sha = _sha256(media_dir / "luong-huu-15-nam.txt")
    assert entry["file"] == published_name("luong-huu-15-nam", sha)
    assert entry["script"] == published_name("luong-huu-15-nam", script_sha, ".txt")
    assert entry["url"] == DEFAULT_BASE_URL + entry["file"]
    assert entry["sha256"] == sha == _sha256(dest / entry["file"])
    assert entry["bytes"] == (dest / entry["file"]).stat().st_size
    assert entry["duration_s"] == 2.0 and entry["lufs"] == -16.0 and entry["priority"] == "normal"
    assert entry["approval"] == _approval("luong-huu-15-nam") and entry["new"] is True
    assert entry["published_at"] == "2026-12-01T01:00:00+00:00" and entry["broadcast"] is None
    assert (dest / entry["script"]).read_text(encoding="utf-8").startswith("Bản tin luong-huu-15-nam")
    assert {p.stat().st_mode & 0o777 for p in dest.iterdir()} == {0o644}

    sums = dict(reversed(line.split("  ", 1)) for line in (dest / "SHA256SUMS").read_text().splitlines())
    assert set(sums) == {b[k] for b in index["bulletins"] for k in ("file", "script")} | {
        "feed.xml", "index.json", "index.html", "favicon.svg"}
    for name, digest in sums.items():
        assert _sha256(dest / name) == digest

    # The emergency bulletin is withdrawn (back to draft): it leaves the feed at once, its files after the grace.
    emergency = bulletins["tro-cap-thai-san"]
    texts = _texts(**{"tro-cap-thai-san": {"status": "draft", "refusal": "draft"}})
    publish_stations(_campaign(texts), out_dir, None, now=FIRST_PUBLISH + timedelta(hours=1))
    parsed = feedparser.parse((dest / "feed.xml").read_bytes())
    assert {e.id.split(":")[0] for e in parsed.entries} == {"luong-huu-15-nam", "bhyt-hoc-sinh"}
    assert (dest / emergency["file"]).is_file() and emergency["file"] not in (dest / "SHA256SUMS").read_text()
    publish_stations(_campaign(texts), out_dir, None, now=FIRST_PUBLISH + timedelta(days=8))
    assert not (dest / emergency["file"]).exists() and not (dest / emergency["script"]).exists()
    assert not [p for p in dest.iterdir() if p.name.startswith(".")]
    index = json.loads((dest / "index.json").read_text(encoding="utf-8"))
    assert not any(b["new"] for b in index["bulletins"])  # nothing new since the publish before


def test_base_url_from_argument_campaign_or_serve_default(tmp_path, media_dir):
    out_dir = build_out(tmp_path, media_dir)
    with pytest.raises(UsageError, match="--base-url"):
        publish_stations(_campaign(), out_dir, "radio.example.vn")
    campaign = _campaign(stations={"base_url": "https://loa.example.vn/bhxh", "title": "Bản tin BHXH"})
    dest = publish_stations(campaign, out_dir, None)
    parsed = feedparser.parse((dest / "feed.xml").read_bytes())
    assert parsed.feed.title == "Bản tin BHXH"
    assert {e.enclosures[0].href.rsplit("/", 1)[0] for e in parsed.entries} == {"https://loa.example.vn/bhxh"}


def test_text_changed_after_approval_is_not_published(tmp_path, media_dir):
    out_dir = build_out(tmp_path, media_dir)
    texts = _texts(**{"luong-huu-15-nam": {"refusal": "changed after approval"}})
    dest = publish_stations(_campaign(texts), out_dir, "http://example.org/")
    assert [b["id"] for b in json.loads((dest / "index.json").read_text(encoding="utf-8"))["bulletins"]] == [
        "tro-cap-thai-san", "bhyt-hoc-sinh"]
    assert not list(dest.glob("luong-huu-15-nam*"))


def test_changed_mp3_is_not_published(tmp_path, media_dir):
    out_dir = build_out(tmp_path, media_dir)
    mp3 = out_dir / "audio" / "bhyt-hoc-sinh.mp3"
    mp3.write_bytes(mp3.read_bytes()[:-100])
    with pytest.raises(PipelineError, match="audio/bhyt-hoc-sinh.mp3 has changed since it was built"):
        publish_stations(_campaign(), out_dir, "http://example.org/")
    assert not (out_dir / "publish" / "stations" / "feed.xml").exists()
    assert not list((out_dir / "publish" / "stations.releases").iterdir())  # the half-built release is gone


def test_publish_is_atomic_for_a_reader_during_republishes(tmp_path, media_dir):
    """A reader resolving the published path at any instant finds one consistent set: feed, index, sums and
    every file they name, hashes matching; 25 republishes (new renderings, withdrawals) run meanwhile.
    Over HTTP (the real server), a reader that takes a feed and an index of the same release (asking again
    when a publish fell between the two requests) downloads every bulletin they name, whole."""
    out_dir, dest = _publish(tmp_path, media_dir)
    stop = threading.Event()
    views, http_views, problems = [], [], []
    http_retries = []

    def read_one_view() -> None:
        release = Path(os.path.realpath(dest))
        try:
            feed = feedparser.parse((release / "feed.xml").read_bytes())
            index = json.loads((release / "index.json").read_text(encoding="utf-8"))
            sums = dict(reversed(line.split("  ", 1)) for line in (release / "SHA256SUMS").read_text().splitlines())
        except FileNotFoundError:  # a release pruned while this slow reader held it: not a mixed view
            return
        feed_files = {e.enclosures[0].href.rsplit("/", 1)[1]: e.station_sha256 for e in feed.entries}
        index_files = {b["file"]: b["sha256"] for b in index["bulletins"]}
        if feed.feed.get("station_release") != index["release"] or feed_files != index_files:
            problems.append(f"feed and index disagree in {release.name}")
        for name, digest in sums.items():
            if _sha256(release / name) != digest:
                problems.append(f"{release.name}/{name} does not match SHA256SUMS")
        if not set(index_files) <= set(sums) or any(sums[n] != d for n, d in index_files.items()):
            problems.append(f"SHA256SUMS disagrees with the index in {release.name}")
        views.append(index["release"])

    def read_over_http(srv) -> None:
        feed = feedparser.parse(_get(srv, "/feed.xml")[2])
        index = json.loads(_get(srv, "/index.json")[2])
        if feed.feed.get("station_release") != index["release"]:
            http_retries.append(index["release"])  # a publish between the two requests: ask again
            return
        for bulletin in index["bulletins"]:
            status, _, body = _get(srv, "/" + bulletin["file"])
            if status != 200 or hashlib.sha256(body).hexdigest() != bulletin["sha256"]:
                problems.append(f"over HTTP, {bulletin['file']} of {index['release']}: {status}")
        http_views.append(index["release"])

    def reader() -> None:
        while not stop.is_set():
            read_one_view()

    def http_reader() -> None:
        with _running(dest) as srv:
            while not stop.is_set():
                read_over_http(srv)

    threads = [threading.Thread(target=reader), threading.Thread(target=http_reader)]
    for thread in threads:
        thread.start()
    try:
        for number in range(25):
            texts = _texts(**({"tro-cap-thai-san": {"status": "draft", "refusal": "draft"}} if number % 3 == 0
                              else {}))
            if number % 2:
                revise_mp3(out_dir, TEXT_IDS[number % 3], times=1 + number % 4)
            publish_stations(_campaign(texts), out_dir, "https://radio.example.vn/bhxh/",
                             now=FIRST_PUBLISH + timedelta(minutes=number + 1))
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    read_one_view()
    print(f"\natomic publish: {len(views)} views on disk and {len(http_views)} over HTTP read during 25 "
          f"republishes ({len(set(views))} and {len(set(http_views))} distinct releases; {len(http_retries)} "
          f"HTTP reads asked again), {len(problems)} inconsistent")
    assert problems == [] and len(set(views)) >= 5 and len(set(http_views)) >= 3


def test_folder_alone_is_enough_for_a_static_host(tmp_path, media_dir):
    """Every address in the feed, index and page is a plain file inside the folder: `python -m http.server`
    (no code of ours) serves them all, byte for byte."""
    out_dir, dest = _publish(tmp_path, media_dir, base_url="http://127.0.0.1:1/")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                                "--directory", str(dest)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        connection = None
        for _ in range(100):
            with contextlib.suppress(OSError):
                connection = socket.create_connection(("127.0.0.1", port), timeout=1)
                break
            time.sleep(0.05)
        assert connection is not None
        connection.close()
        index = json.loads((dest / "index.json").read_text(encoding="utf-8"))
        parser = _PageParser()
        parser.feed((dest / "index.html").read_text(encoding="utf-8"))
        names = {b[k] for b in index["bulletins"] for k in ("file", "script")} | {"feed.xml", "SHA256SUMS"}
        names |= {url.split("#")[0] for url in parser.urls if not url.startswith(("tel:", "#"))}
        sums = dict(reversed(line.split("  ", 1)) for line in (dest / "SHA256SUMS").read_text().splitlines())
        for name in sorted(names):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/" + name)
            response = conn.getresponse()
            body = response.read()
            conn.close()
            assert response.status == 200, name
            assert hashlib.sha256(body).hexdigest() == sums.get(name, _sha256(dest / name)), name
    finally:
        process.terminate()
        process.wait(timeout=10)


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.urls: list[str] = []
        self.audio: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.urls += [attrs[k] for k in ("href", "src") if attrs.get(k)]
        if tag == "audio":
            self.audio.append(attrs)

    def handle_data(self, data):
        self.text.append(data)


def test_index_html_for_the_operator(tmp_path, media_dir):
    schedule = Broadcast(date(2026, 11, 1), date(2026, 12, 31), ("06:00", "17:30"))
    past = Broadcast(date(2026, 1, 1), date(2026, 1, 31), ("07:00",))
    texts = _texts(**{"luong-huu-15-nam": {"broadcast": schedule}, "bhyt-hoc-sinh": {"broadcast": past}})
    _, dest = _publish(tmp_path, media_dir, texts=texts)
    feed = ET.parse(dest / "feed.xml").getroot()
    schedules = {item.findtext("guid").split(":")[0]: item.find(f"{{{STATION_NS}}}broadcast")
                 for item in feed.iter("item")}
    assert schedules["luong-huu-15-nam"].attrib == {"from": "2026-11-01", "until": "2026-12-31", "times": "06:00 17:30"}
    assert schedules["tro-cap-thai-san"] is None
    index = json.loads((dest / "index.json").read_text(encoding="utf-8"))
    assert {b["id"]: b["broadcast"] for b in index["bulletins"]}["luong-huu-15-nam"] == {
        "from": "2026-11-01", "until": "2026-12-31", "times": ["06:00", "17:30"]}
    page = (dest / "index.html").read_text(encoding="utf-8")
    parser = _PageParser()
    parser.feed(page)
    text = " ".join(" ".join(parser.text).split())
    assert '<html lang="vi">' in page and "Cập nhật lúc 08:00 ngày 01/12/2026" in text
    for title in ("Chỉ cần 15 năm đóng BHXH để hưởng lương hưu", "Học sinh, sinh viên tham gia bảo hiểm y tế đầy đủ",
                  "Trợ cấp thai sản cho lao động nữ: khẩn cấp cập nhật"):
        assert title in text
    new_part = text[text.index("Mới kể từ lần cập nhật trước (3)"):text.index("Phát hôm nay")]
    assert "Trợ cấp thai sản" in new_part
    today = text[text.index("Phát hôm nay, 01/12/2026 (2)"):text.index("Tất cả bản tin (3)")]
    assert today.index("Khẩn cấp") < today.index("Chỉ cần 15 năm") and "lúc 06:00, 17:30" in today
    assert "phát ngay" in today and "Học sinh" not in today  # its days are over
    everything = text[text.index("Tất cả bản tin"):]
    assert everything.index("Trợ cấp thai sản") < everything.index("Học sinh") < everything.index("Chỉ cần 15 năm")
    assert "Lịch phát: từ 01/11/2026 đến 31/12/2026, lúc 06:00 và 17:30" in text
    assert "Lịch phát: từ 01/01/2026 đến 31/01/2026, lúc 07:00 (đã hết hạn: không phát nữa)" in text
    assert text.count("Giọng máy đọc ngoại tuyến (espeak-ng): đây là giọng máy") == 3
    for label in ("Khẩn cấp", "Ưu tiên", "Thông thường", "Thời lượng", "Dung lượng", "Tải bản tin MP3",
                  "Thông số kỹ thuật"):
        assert label in text
    # the technical figures are folded away
    sha = _sha256(media_dir / "luong-huu-15-nam.mp3")
    assert page.index(sha) > page.index("<details>") and "<dt>Độ lớn</dt>" in page
    assert len(parser.audio) == 3 and all(a["preload"] == "none" and "controls" in a for a in parser.audio)
    # No external assets: every link is relative (tel: for the hotline, # for the page itself), each a real file.
    for url in parser.urls:
        if url.startswith(("tel:", "#")):
            continue
        assert "://" not in url and not url.startswith("//"), url
        assert (dest / url.split("#")[0]).is_file(), url


# ---------------------------------------------------------------- server


def test_pure_range_parsing():
    assert parse_byte_range("bytes=0-99", 1000) == (0, 99)
    assert parse_byte_range("bytes=900-", 1000) == (900, 999)
    assert parse_byte_range("bytes=-100", 1000) == (900, 999)
    assert parse_byte_range("bytes=-5000", 1000) == (0, 999)
    assert parse_byte_range("bytes=990-5000", 1000) == (990, 999)
    for ignored in (None, "", "items=0-1", "bytes=5-1", "bytes=0-1,5-6", "bytes=abc", "bytes=-"):
        assert parse_byte_range(ignored, 1000) is None, ignored
    for unsatisfiable in ("bytes=1000-", "bytes=2000-3000", "bytes=-0"):
        with pytest.raises(Unsatisfiable):
            parse_byte_range(unsatisfiable, 1000)


def test_request_path_resolution_refuses_escapes(tmp_path):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "a.mp3").write_bytes(b"x")
    (tmp_path / "secret.txt").write_text("secret")
    assert resolve_request_path(root, "/a.mp3?x=1").path == (root / "a.mp3").resolve()
    assert resolve_request_path(root, "/sub").location == "/sub/"
    assert resolve_request_path(root, "//sub").location == "/sub/"  # never an open redirect to //host
    for target in ("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/sub/../../secret.txt",
                   "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/..\\secret.txt", "/a.mp3%00.txt",
                   "http://evil/../secret.txt"):
        assert resolve_request_path(root, target).status in (403, 404), target
        assert resolve_request_path(root, target).path is None, target
    assert resolve_request_path(root, "secret.txt").status == 400
    assert resolve_request_path(root, "/%ff%fe.mp3").status == 400  # not UTF-8
    assert resolve_request_path(root, "/" + "a" * 5000).status == 404  # name too long: no crash
    assert resolve_request_path(root, str(tmp_path / "secret.txt")).path is None


@pytest.fixture
def server(tmp_path):
    """A running server on 127.0.0.1 (free port) over a folder with a real file, an outside secret and traps."""
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "empty-dir").mkdir()
    payload = hashlib.sha256(b"seed").digest() * 10_000  # 320 000 bytes, not a repeating short pattern
    payload = bytes(b ^ (i % 251) for i, b in enumerate(payload))
    (root / "bulletin.mp3").write_bytes(payload)
    (root / "index.html").write_text("<!DOCTYPE html><title>Bản tin</title><p>Xin chào</p>", encoding="utf-8")
    (root / "sub" / "index.html").write_text("<p>sub</p>", encoding="utf-8")
    (root / "feed.xml").write_text("<rss/>", encoding="utf-8")
    (root / "SHA256SUMS").write_text("x  y\n", encoding="utf-8")
    (root / "index.json").write_text("{}", encoding="utf-8")
    (root / "script.txt").write_text("Kịch bản", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / ".hidden").write_text("hidden")
    (tmp_path / "secret.txt").write_text("TOP SECRET OUTSIDE")
    (root / "escape.txt").symlink_to(tmp_path / "secret.txt")
    (root / "inside-link.mp3").symlink_to(root / "bulletin.mp3")
    with _running(root) as srv:
        yield srv, payload


@contextlib.contextmanager
def serving(srv):
    """`srv` answering in a thread until the block ends, then stopped and closed."""
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=10)


@contextlib.contextmanager
def _running(root: Path):
    """A server on 127.0.0.1 (a free port) in a thread, stopped afterwards."""
    with serving(make_server(root, "127.0.0.1", 0)) as srv:
        yield srv


def _get(srv, path, method="GET", headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def _raw(srv, request_line: str) -> bytes:
    with socket.create_connection(("127.0.0.1", srv.server_address[1]), timeout=10) as sock:
        sock.sendall(f"{request_line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("latin-1"))
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_server_full_get_head_and_content_types(server):
    srv, payload = server
    status, headers, body = _get(srv, "/bulletin.mp3")
    assert status == 200 and hashlib.sha256(body).digest() == hashlib.sha256(payload).digest()
    assert headers["Content-Type"] == "audio/mpeg" and headers["Content-Length"] == str(len(payload))
    assert headers["Accept-Ranges"] == "bytes"
    assert headers["ETag"] == f'"{hashlib.sha256(payload).hexdigest()}"'

    status, head_headers, body = _get(srv, "/bulletin.mp3", method="HEAD")
    assert status == 200 and body == b"" and head_headers["Content-Length"] == str(len(payload))
    assert head_headers["ETag"] == headers["ETag"]

    expected = {"/feed.xml": "application/rss+xml", "/SHA256SUMS": "text/plain; charset=utf-8",
                "/script.txt": "text/plain; charset=utf-8", "/index.json": "application/json",
                "/": "text/html; charset=utf-8", "/index.html": "text/html; charset=utf-8"}
    for path, content_type in expected.items():
        status, headers, _ = _get(srv, path)
        assert (status, headers["Content-Type"]) == (200, content_type), path
    assert "Xin chào".encode() in _get(srv, "/")[2]
    assert _get(srv, "/sub")[0:2][0] == 301 and _get(srv, "/sub")[1]["Location"] == "/sub/"
    assert _get(srv, "/sub/")[2] == b"<p>sub</p>"
    assert _get(srv, "/empty-dir/")[0] == 404  # no directory listing
    assert _get(srv, "/empty.txt")[0:3:2] == (200, b"")
    assert _get(srv, "/bulletin.mp3", method="POST")[0] == 405
    assert _get(srv, "/inside-link.mp3")[2] == payload  # a symlink that stays inside is fine


def test_server_ranges_resume_and_416(server):
    srv, payload = server
    status, headers, body = _get(srv, "/bulletin.mp3", headers={"Range": "bytes=1000-1999"})
    assert status == 206 and body == payload[1000:2000]
    assert headers["Content-Range"] == f"bytes 1000-1999/{len(payload)}" and headers["Content-Length"] == "1000"
    status, headers, body = _get(srv, "/bulletin.mp3", headers={"Range": "bytes=-500"})
    assert status == 206 and body == payload[-500:]

    # A download cut off after 123 457 bytes, resumed with `Range: bytes=N-`, reassembles the file.
    partial = payload[:123_457]
    status, headers, rest = _get(srv, "/bulletin.mp3", headers={"Range": f"bytes={len(partial)}-"})
    assert status == 206 and partial + rest == payload
    assert headers["Content-Range"] == f"bytes {len(partial)}-{len(payload) - 1}/{len(payload)}"

    status, headers, body = _get(srv, "/bulletin.mp3", headers={"Range": f"bytes={len(payload)}-"})
    assert status == 416 and headers["Content-Range"] == f"bytes */{len(payload)}" and body == b""

    # If-Range with an old ETag: the file changed, so the whole file comes back, not a spliced range.
    status, _, body = _get(srv, "/bulletin.mp3", headers={"Range": "bytes=10-", "If-Range": '"old"'})
    assert status == 200 and body == payload
    etag = _get(srv, "/bulletin.mp3", method="HEAD")[1]["ETag"]
    status, _, body = _get(srv, "/bulletin.mp3", headers={"Range": "bytes=10-", "If-Range": etag})
    assert status == 206 and body == payload[10:]


def test_server_etag_304(server):
    srv, payload = server
    etag = _get(srv, "/bulletin.mp3", method="HEAD")[1]["ETag"]
    status, headers, body = _get(srv, "/bulletin.mp3", headers={"If-None-Match": etag})
    assert status == 304 and body == b"" and headers["ETag"] == etag
    assert _get(srv, "/bulletin.mp3", headers={"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert _get(srv, "/bulletin.mp3", headers={"If-None-Match": '"other"'})[0] == 200
    last_modified = _get(srv, "/bulletin.mp3", method="HEAD")[1]["Last-Modified"]
    assert _get(srv, "/bulletin.mp3", headers={"If-Modified-Since": last_modified})[0] == 304
    assert _get(srv, "/bulletin.mp3", headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    # The file changes: its ETag changes and the old one no longer matches.
    (srv.root / "bulletin.mp3").write_bytes(payload[::-1])
    status, headers, body = _get(srv, "/bulletin.mp3", headers={"If-None-Match": etag})
    assert status == 200 and body == payload[::-1] and headers["ETag"] != etag


@pytest.mark.parametrize("target", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt", "/sub/../../secret.txt",
    "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/sub/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt",
    "/escape.txt", "/.hidden", "http://127.0.0.1/../secret.txt", "/%252e%252e/secret.txt",
])
def test_server_never_serves_outside_the_root(server, target):
    srv, _ = server
    for method in ("GET", "HEAD"):
        response = _raw(srv, f"{method} {target} HTTP/1.1")
        status = int(response.split(b" ", 2)[1])
        assert status in (403, 404), (target, response[:200])
        assert b"TOP SECRET" not in response and b"hidden" not in response.split(b"\r\n\r\n", 1)[1]
    status, _, body = _get(srv, target)
    assert status in (403, 404) and b"TOP SECRET" not in body


@pytest.mark.skipif(not shutil.which("curl"), reason="curl not installed")
def test_curl_resumes_download_and_refuses_traversal(server, tmp_path):
    srv, payload = server
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    target = tmp_path / "download.mp3"
    target.write_bytes(payload[:100_001])  # an interrupted download
    result = subprocess.run(["curl", "--noproxy", "*", "-sS", "--fail", "-C", "-", "-o", str(target),
                             f"{url}/bulletin.mp3"], capture_output=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == payload
    result = subprocess.run(["curl", "--noproxy", "*", "-sS", "--path-as-is", "-o", "-", "-w", "%{http_code}",
                             f"{url}/../secret.txt"], capture_output=True, timeout=30)
    assert result.stdout[-3:] in (b"403", b"404") and b"TOP SECRET" not in result.stdout


def test_published_folder_served_end_to_end(tmp_path, media_dir):
    """publish + serve: the feed fetched over HTTP, every enclosure downloaded and checked against its hash."""
    out_dir = build_out(tmp_path, media_dir)
    dest = out_dir / "publish" / "stations"
    dest.mkdir(parents=True)
    with _running(dest) as srv:
        base_url = f"http://127.0.0.1:{srv.server_address[1]}/"
        publish_stations(_campaign(), out_dir, base_url)
        assert dest.is_symlink()  # the plain folder of an older publish became a link to a release
        status, headers, feed_bytes = _get(srv, "/feed.xml")
        assert status == 200 and headers["Content-Type"] == "application/rss+xml"
        assert _get(srv, "/feed.xml", headers={"If-None-Match": headers["ETag"]})[0] == 304
        parsed = feedparser.parse(feed_bytes)
        assert not parsed.bozo and len(parsed.entries) == 3
        first_heads = {}
        for entry in parsed.entries:
            enclosure = entry.enclosures[0]
            assert enclosure.href.startswith(base_url)
            status, headers, body = _get(srv, "/" + enclosure.href[len(base_url):])
            assert status == 200 and headers["Content-Type"] == "audio/mpeg"
            assert len(body) == int(enclosure.length)
            assert hashlib.sha256(body).hexdigest() == entry.station_sha256
            first_heads[enclosure.href] = (headers["ETag"], headers["Last-Modified"])
        status, _, page = _get(srv, "/")
        assert status == 200 and "Trợ cấp thai sản".encode() in page

        # Publishing again while serving: unchanged bulletins keep ETag and Last-Modified (no re-download).
        publish_stations(_campaign(), out_dir, base_url)
        for href, (etag, last_modified) in first_heads.items():
            headers = _get(srv, "/" + href[len(base_url):], method="HEAD")[1]
            assert (headers["ETag"], headers["Last-Modified"]) == (etag, last_modified)


def _all_at_once(count: int, fetch_one) -> list:
    """`fetch_one(number)` for each number below `count`, each in its own thread, all starting at the same
    moment (a barrier): their results, in order (None for one that did not finish)."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(number: int) -> None:
        barrier.wait(timeout=60)
        results[number] = fetch_one(number)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_server_holds_200_concurrent_downloads(server):
    """200 stations connecting at the same moment: every download whole (the listen backlog holds them)."""
    srv, payload = server
    expected = hashlib.sha256(payload).hexdigest()

    def fetch(number: int) -> tuple[int, str]:  # (status, SHA-256 of the body)
        conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=60)
        try:
            conn.request("GET", "/bulletin.mp3")
            response = conn.getresponse()
            return response.status, hashlib.sha256(response.read()).hexdigest()
        except OSError as exc:
            return -1, type(exc).__name__
        finally:
            conn.close()

    results = _all_at_once(200, fetch)
    failures = [r for r in results if r != (200, expected)]
    print(f"\n200 concurrent downloads: {200 - len(failures)} whole and verified, {len(failures)} failed")
    assert failures == []


def test_server_tokens_access_log_and_cookie_for_the_page(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (root / "index.html").write_text('<audio src="a.mp3"></audio>', encoding="utf-8")
    (root / "a.mp3").write_bytes(b"ID3" + bytes(range(256)) * 40)
    tokens_file = tmp_path / "tokens.txt"
    tokens_file.write_text("# xã:token\nan-binh:aaaaaaaaaaaaaaaaaaaa1\nbinh-minh:bbbbbbbbbbbbbbbbbbbb2\n",
                           encoding="utf-8")
    tokens = load_tokens(tokens_file)
    assert tokens == {"aaaaaaaaaaaaaaaaaaaa1": "an-binh", "bbbbbbbbbbbbbbbbbbbb2": "binh-minh"}
    for bad, message in (("an-binh:short\n", "line 1 \\(an-binh\\): the token is shorter"),
                         ("no token here\n", "line 1: expected"),
                         ("a:cccccccccccccccccccc\nb:cccccccccccccccccccc\n", "line 2 \\(b\\): the same token as a"),
                         ("a:cccccccccccccccc;cccc\n", "only letters, digits")):
        tokens_file.write_text(bad, encoding="utf-8")
        with pytest.raises(UsageError, match=message):
            load_tokens(tokens_file)
    log_path = tmp_path / "logs" / "access.log"
    srv = make_server(root, "127.0.0.1", 0, tokens=tokens, access_log=log_path)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        status, headers, _ = _get(srv, "/a.mp3")
        assert status == 401 and headers["WWW-Authenticate"].startswith("Bearer")
        assert _get(srv, "/a.mp3", headers={"Authorization": "Bearer wrong-token-wrong-token"})[0] == 401
        assert _get(srv, "/a.mp3?token=wrong-token-wrong-token")[0] == 401
        assert _get(srv, "/a.mp3?tok%65n=aaaaaaaaaaaaaaaaaaaa1")[0] == 200  # also redacted in the log
        assert _get(srv, "/../etc/passwd", headers={"Authorization": "Bearer aaaaaaaaaaaaaaaaaaaa1"})[0] == 403
        status, headers, body = _get(srv, "/a.mp3", headers={"Authorization": "Bearer aaaaaaaaaaaaaaaaaaaa1",
                                                              "Range": "bytes=3-"})
        assert status == 206 and body == bytes(range(256)) * 40
        status, headers, _ = _get(srv, "/?token=bbbbbbbbbbbbbbbbbbbb2")  # the page, opened from a link
        assert status == 200 and "HttpOnly" in headers["Set-Cookie"]
        cookie = headers["Set-Cookie"].split(";")[0]
        assert _get(srv, "/a.mp3", headers={"Cookie": cookie})[0] == 200  # so its player can play
        for _ in range(200):  # each line is written once its answer is sent, by the server's thread
            if log_path.read_text(encoding="utf-8").count("\n") >= 8:
                break
            time.sleep(0.05)
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=10)
    log = log_path.read_text(encoding="utf-8")
    lines = log.splitlines()
    assert len(lines) == 8 and " 401 " in lines[0] and '"GET /a.mp3 HTTP/1.1" 206 10240' in log
    assert " an-binh " in log and " binh-minh " in log and "token=***" in log
    assert "aaaaaaaaaaaaaaaaaaaa1" not in log and "bbbbbbbbbbbbbbbbbbbb2" not in log and "wrong-token" not in log


def test_download_cut_then_resumed_after_a_republish_is_never_spliced(tmp_path, media_dir):
    """The podget case: `curl -C -` (like `wget -c`) resumes a bulletin cut off before a new rendering was
    published. The old version's name still gives the old bytes, whole; the new one has another name."""
    out_dir, dest = _publish(tmp_path, media_dir, base_url="http://127.0.0.1:1/")
    with _running(dest) as srv:
        url = f"http://127.0.0.1:{srv.server_address[1]}/"
        old_sha = _sha256(out_dir / "audio" / "bhyt-hoc-sinh.mp3")
        old_name = published_name("bhyt-hoc-sinh", old_sha)
        old_bytes = (dest / old_name).read_bytes()
        target = tmp_path / "download.mp3"
        target.write_bytes(old_bytes[: len(old_bytes) // 3])  # cut off
        new_sha = revise_mp3(out_dir, "bhyt-hoc-sinh", times=3)
        publish_stations(_campaign(), out_dir, url, now=FIRST_PUBLISH + timedelta(hours=1))
        result = subprocess.run(["curl", "--noproxy", "*", "-sS", "--fail", "-C", "-", "-o", str(target),
                                 url + old_name], capture_output=True, timeout=30)
        assert result.returncode == 0, result.stderr
        assert _sha256(target) == old_sha  # whole, and exactly the version it started with
        feed = feedparser.parse(_get(srv, "/feed.xml")[2])
        assert {e.station_sha256 for e in feed.entries if e.id.startswith("bhyt")} == {new_sha}


def test_serve_command_writes_an_access_log_by_default(tmp_path, media_dir):
    out_dir, dest = _publish(tmp_path, media_dir, base_url="http://127.0.0.1:1/")
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--out", str(out_dir), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first_line = process.stdout.readline()  # "Serving … at http://127.0.0.1:PORT/ …"
        port = int(first_line.split("http://127.0.0.1:", 1)[1].split("/", 1)[0])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/feed.xml", headers={"User-Agent": "podget"})
        response = conn.getresponse()
        assert response.status == 200 and response.read()
        conn.close()
        log_path = out_dir / "publish" / "access.log"
        for _ in range(200):  # the line is written once the answer is sent, by the server's thread
            if log_path.is_file() and "podget" in log_path.read_text(encoding="utf-8"):
                break
            time.sleep(0.05)
    finally:
        process.terminate()
        process.wait(timeout=10)
    log = log_path.read_text(encoding="utf-8")
    assert '"GET /feed.xml HTTP/1.1" 200 ' in log and log.rstrip().endswith('"podget"')


def _age_releases(dest: Path, hours: float) -> list[Path]:
    """Make every release folder of `dest` look `hours` older (as after a busy period); newest first."""
    from pipeline.delivery.releases import releases_dir

    releases = sorted(releases_dir(dest).iterdir(), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for number, release in enumerate(releases):
        stamp = time.time() - hours * 3600 - number * 60
        os.utime(release, (stamp, stamp))
    return releases


def test_prune_after_a_busy_period_keeps_the_newest_and_never_crashes(tmp_path, media_dir):
    """Six releases, all superseded long ago: pruning removes the old ones one after another (each one's
    successor may already be gone) and keeps the current and newest few."""
    from pipeline.delivery.releases import KEEP_RELEASES, releases_dir

    out_dir = build_out(tmp_path, media_dir)
    for number in range(6):
        revise_mp3(out_dir, TEXT_IDS[number % 3], times=1 + number % 2)
        publish_stations(_campaign(), out_dir, "https://radio.example.vn/bhxh/")
    dest = out_dir / "publish" / "stations"
    _age_releases(dest, hours=2)
    publish_stations(_campaign(), out_dir, "https://radio.example.vn/bhxh/")
    left = sorted(p.name for p in releases_dir(dest).iterdir())
    assert len(left) == KEEP_RELEASES and os.path.basename(os.readlink(dest)) in left
    assert _sha256(dest / "index.json") and json.loads((dest / "index.json").read_text())["bulletins"]


def test_prune_tolerates_a_release_removed_between_listing_and_stat(tmp_path, media_dir, monkeypatch):
    """Another process (an operator, a second publisher) removes an old release just after the listing: pruning
    goes on without it instead of crashing the publish."""
    from pipeline.delivery import releases as releases_module

    out_dir = build_out(tmp_path, media_dir)
    for number in range(5):
        revise_mp3(out_dir, TEXT_IDS[number % 3], times=1 + number % 2)
        publish_stations(_campaign(), out_dir, "https://radio.example.vn/bhxh/")
    dest = out_dir / "publish" / "stations"
    oldest = _age_releases(dest, hours=2)[-1]
    real_is_dir = Path.is_dir

    def is_dir_then_vanish(self):  # listed and checked, then gone before its modification time is read
        answer = real_is_dir(self)
        if self == oldest and answer:
            shutil.rmtree(oldest)
        return answer

    monkeypatch.setattr(Path, "is_dir", is_dir_then_vanish)
    removed = releases_module.prune_releases(dest, datetime.now(timezone.utc))
    assert oldest not in removed and not oldest.exists() and len(removed) == 1


def test_the_page_gives_an_emergencys_times_and_last_day(tmp_path, media_dir):
    storm = Broadcast(date(2026, 11, 30), date(2026, 12, 3), ("06:00", "17:30"))
    _, dest = _publish(tmp_path, media_dir, texts=_texts(**{"tro-cap-thai-san": {"broadcast": storm}}))
    parser = _PageParser()
    parser.feed((dest / "index.html").read_text(encoding="utf-8"))
    text = " ".join(" ".join(parser.text).split())
    today = text[text.index("Phát hôm nay"):text.index("Tất cả bản tin")]
    assert today.index("Trợ cấp thai sản") < today.index(
        "phát ngay, trước mọi bản tin khác; nhắc lại lúc 06:00, 17:30 (đến hết ngày 03/12/2026)")
