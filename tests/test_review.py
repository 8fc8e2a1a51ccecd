"""The review page as the design team meets it: opened from disk in real headless Chromium.

One small campaign is built twice (the second time with an edited text, a newly approved one, one that
cannot fit an infographic and a draft), reviewed after each build, and the page is checked in Chromium:
no console errors, nothing fetched but local files, every built file shown, thumbnails loaded, audio
and video playing, filters working, and the files of the second build shown beside the first.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from chromium_cdp import Chromium
from pipeline.approve import approve_texts
from pipeline.cli import cli
from pipeline.review.changes import compare_snapshots, rotate_snapshots
from tests.conftest import FIXTURES

DRAFT = """---
id: nhap
title: "Bản nháp chưa duyệt"
summary: "Văn bản này chưa được duyệt nên không được dựng."
status: draft
---
Nội dung nháp.
"""
TOO_WIDE = """---
id: ma-dai
title: "Mã số quá dài cho ô số liệu"
summary: "Một mã số không ngắt được dòng."
key_figures:
  - {value: "1234567890123456789012345678901234567890", label: "mã"}
---
Mã số dài.
"""


def invoke(*args: str, code: int = 0) -> str:
    """Run a media-pipeline command; check its exit status."""
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, result.output
    return result.output


def manifest_paths(out_dir: Path) -> set[str]:
    """Every output path every manifest lists."""
    return {out["path"] for stage in ("leaflets", "infographics", "audio", "clips")
            for item in json.loads((out_dir / stage / "manifest.json").read_text("utf-8"))["items"]
            for out in item["outputs"]}


def thumb_mtimes(out_dir: Path) -> dict[str, int]:
    """Modification time of every thumbnail, by name."""
    return {path.name: path.stat().st_mtime_ns for path in (out_dir / "review" / "thumbs").glob("*.png")}


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """Build 1 (text a only, every stage, one short silent clip), review; then edit a, approve b, add a text
    that fails its infographic and a draft, build leaflets and infographics again, review again."""
    root = tmp_path_factory.mktemp("review")
    campaign_dir, out_dir = root / "campaign", root / "output"
    shutil.copytree(FIXTURES / "campaign", campaign_dir)
    with open(campaign_dir / "campaign.yaml", "a", encoding="utf-8") as config:
        config.write("clips: {fps: 24, motion: none, silent: true}\n")
    texts = campaign_dir / "texts"
    approve_texts([texts / "a-luong-huu.md"], by="Kiểm thử", today=dt.date(2026, 11, 24))
    invoke("build", str(campaign_dir), "--out", str(out_dir), "-j", "2", code=1)  # b is not approved: refused
    invoke("review", str(campaign_dir), "--out", str(out_dir))
    first = {"paths": manifest_paths(out_dir), "thumbs": thumb_mtimes(out_dir)}

    edited = texts / "a-luong-huu.md"
    edited.write_text(edited.read_text("utf-8").replace("Trước đây cần 20 năm", "Trước đây phải đóng 20 năm")
                      .replace('label: "đóng BHXH tối thiểu"', 'label: "thời gian đóng BHXH tối thiểu"'),  # on the image
                      "utf-8")
    (texts / "c-nhap.md").write_text(DRAFT, "utf-8")
    (texts / "d-ma-dai.md").write_text(TOO_WIDE, "utf-8")
    approve_texts([edited, texts / "b-thai-san.md", texts / "d-ma-dai.md"], by="Phòng Truyền thông",
                  today=dt.date(2026, 11, 25))
    invoke("build", str(campaign_dir), "--out", str(out_dir), "--stage", "leaflets", "--stage", "infographics",
           code=1)
    invoke("review", str(campaign_dir), "--out", str(out_dir))
    return campaign_dir, out_dir, first


@pytest.fixture(scope="module")
def page(reviewed, tmp_path_factory):
    """The review page open in headless Chromium."""
    _, out_dir, _ = reviewed
    with Chromium(tmp_path_factory.mktemp("chromium-profile")) as browser:
        browser.open((out_dir / "review" / "index.html").as_uri())
        yield browser


def test_page_loads_from_disk_with_no_error_and_nothing_from_a_network(page, reviewed):
    _, out_dir, _ = reviewed
    assert page.errors() == []
    schemes = {url.split(":", 1)[0] for url in page.requested_urls()}
    assert schemes <= {"file", "data"}, page.requested_urls()
    html = (out_dir / "review" / "index.html").read_text("utf-8")
    assert "http://" not in html.split("<main>")[0] and "<link" not in html and "src=\"http" not in html


def test_every_built_file_is_shown_and_every_thumbnail_loads(page, reviewed):
    _, out_dir, _ = reviewed
    shown = set(page.evaluate('Array.from(document.querySelectorAll(".card [data-path]"), li => li.dataset.path)'))
    assert shown == manifest_paths(out_dir)
    images = page.evaluate("""Promise.all(Array.from(document.images, img => {
        img.loading = "eager";
        return img.decode().then(() => [img.getAttribute("src"), img.naturalWidth], () => [img.getAttribute("src"), 0]);
    }))""")
    assert images and all(width > 0 for _, width in images), images
    # Every PDF page and infographic has its thumbnail; the flyer of a shows both its pages.
    pages = page.evaluate('document.querySelectorAll("[id=\\"leaflets/luong-huu\\"] .thumbs img").length')
    assert pages == 2
    alt = page.evaluate('document.querySelector("[id=\\"infographics/luong-huu/portrait\\"] .thumbs img").alt')
    assert alt.startswith("Chỉ cần 15 năm đóng BHXH") and "Mã QR dẫn tới https://baohiemxahoi.gov.vn" in alt
    card = 'document.querySelector("[id=\\"%s\\"]").textContent'
    verdict = re.search(r"Kiểm tra in: ĐẠT \((\d+)/(\d+)\)", page.evaluate(card % "leaflets/luong-huu"))
    assert verdict and verdict.group(1) == verdict.group(2), verdict   # every preflight check passed
    bulletin = page.evaluate(card % "audio/luong-huu")
    assert "Độ lớn-16," in bulletin and "Thời lượng" in bulletin and "Dung lượng" in bulletin


def test_audio_and_video_play(page):
    played = page.evaluate("""Promise.all(Array.from(document.querySelectorAll("main audio, .card video"), m => {
        m.muted = true;
        return m.play().then(() => new Promise(done => {
            const started = Date.now();
            (function wait() {
                if (m.currentTime > 0.2 || m.error || Date.now() - started > 8000) {
                    done({src: m.currentSrc, time: m.currentTime, width: m.videoWidth || 0, poster: m.poster || "",
                          error: m.error && m.error.message});
                } else { setTimeout(wait, 50); }
            })();
        }), err => ({src: m.currentSrc, error: String(err)}));
    }))""")
    kinds = {entry["src"].rsplit(".", 1)[-1] for entry in played}
    assert kinds == {"mp3", "mp4"}, played
    for entry in played:
        assert entry["error"] is None and entry["time"] > 0.2, entry
        if entry["src"].endswith(".mp4"):
            assert entry["width"] == 1080 and entry["poster"].endswith("vertical.jpg")
    assert page.errors() == []


def test_texts_show_their_approval_and_status(page):
    rows = page.evaluate("""Array.from(document.querySelectorAll("#texts tbody tr"), tr => ({
        id: tr.id, status: tr.dataset.status, cells: Array.from(tr.cells, td => td.textContent)}))""")
    by_id = {row["id"].removeprefix("text-"): row for row in rows}
    assert set(by_id) == {"luong-huu", "thai-san", "nhap", "ma-dai"}
    assert by_id["luong-huu"]["status"] == "ok"
    assert by_id["luong-huu"]["cells"][2:4] == ["Phòng Truyền thông", "25/11/2026"]
    assert by_id["luong-huu"]["cells"][4].startswith("sha256:")
    assert by_id["nhap"]["status"] == "refused" and "bản nháp (draft)" in by_id["nhap"]["cells"][5]
    assert by_id["ma-dai"]["status"] == "failed"
    assert "infographics ma-dai/portrait" in by_id["ma-dai"]["cells"][5]
    assert "does not fit" in by_id["ma-dai"]["cells"][5] or "the word" in by_id["ma-dai"]["cells"][5]
    problems = page.evaluate('document.querySelector("#problems").textContent')
    assert "nhap" in problems and "ma-dai/portrait" in problems
    # The clip and bulletin of the edited text were not rebuilt: shown as needing a rebuild, with the command.
    clip = page.evaluate('document.querySelector("[id=\\"clips/luong-huu/vertical\\"]").dataset.status')
    assert clip == "outdated" and "build --stage clips" in problems


def test_filters_by_stage_and_status_and_a_single_variant(page):
    def visible_cards(stage: str, status: str) -> list[str]:
        return page.evaluate(f"""(() => {{
            const set = (id, value) => {{ const s = document.getElementById(id); s.value = value;
                                          s.dispatchEvent(new Event("change")); }};
            set("filter-stage", "{stage}"); set("filter-status", "{status}");
            return Array.from(document.querySelectorAll(".card"), c => c.offsetParent ? c.id : null)
                        .filter(Boolean);
        }})()""")

    assert sorted(visible_cards("audio", "")) == ["audio/luong-huu"]
    # ma-dai's figure fits neither its infographic nor its flyer (the tri-fold's panel leaves it out, reported).
    assert sorted(visible_cards("", "failed")) == ["infographics/ma-dai/portrait", "leaflets/ma-dai"]
    assert len(visible_cards("", "")) == page.evaluate('document.querySelectorAll(".card").length')
    variant = page.evaluate("""(() => { const s = document.getElementById("filter-variant");
        return [s.disabled, Array.from(s.options, o => o.textContent)]; })()""")
    assert variant == [True, ["—"]]
    assert page.errors() == []


def test_changes_since_the_previous_build_side_by_side(page, reviewed):
    _, out_dir, first = reviewed
    changes = page.evaluate("""Array.from(document.querySelectorAll("#changes .change"), c => ({
        path: c.dataset.path, label: c.querySelector(".badge").textContent,
        sides: Array.from(c.querySelectorAll(".side"), s => Array.from(s.querySelectorAll("img"),
                                                                        i => i.getAttribute("src")))}))""")
    by_path = {change["path"]: change for change in changes}
    flyer = by_path["leaflets/luong-huu.pdf"]
    assert flyer["label"] == "Đã thay đổi"
    old, new = flyer["sides"]
    assert len(old) == len(new) == 2 and not set(old) & set(new)  # two pages each, old beside new
    assert all((out_dir / "review" / name).is_file() for name in old + new)
    assert by_path["infographics/luong-huu/portrait.png"]["label"] == "Đã thay đổi"
    assert by_path["leaflets/thai-san.pdf"]["label"] == "Mới"
    assert "clips/luong-huu/vertical.mp4" not in by_path and "audio/luong-huu.mp3" not in by_path
    assert set(by_path) <= manifest_paths(out_dir) | first["paths"]
    assert (out_dir / "review" / "previous.json").is_file()


def test_thumbnails_are_rendered_only_for_changed_files_and_a_second_review_writes_nothing(reviewed):
    campaign_dir, out_dir, first = reviewed
    now = thumb_mtimes(out_dir)
    kept = set(first["thumbs"]) & set(now)
    assert kept, "the unchanged clip poster and the old flyer's pages are kept"
    assert all(now[name] == first["thumbs"][name] for name in kept)
    review_dir = out_dir / "review"
    before = {path.name: path.stat().st_mtime_ns for path in review_dir.rglob("*") if path.is_file()}
    invoke("review", str(campaign_dir), "--out", str(out_dir))
    after = {path.name: path.stat().st_mtime_ns for path in review_dir.rglob("*") if path.is_file()}
    assert after == before


def test_review_without_a_build_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["review", str(FIXTURES / "campaign"), "--out", str(tmp_path / "none")])
    assert result.exit_code == 2 and "output folder not found" in result.output
    result = CliRunner().invoke(cli, ["review", str(FIXTURES / "campaign"), "--out", str(tmp_path)])
    assert result.exit_code == 1 and "run `media-pipeline build` first" in result.output


def test_snapshots_rotate_only_when_the_files_change(tmp_path):
    def snapshot(sha: str, status: str = "ok") -> dict:
        return {"jobs": [{"variant": "—", "stage": "audio", "key": "a", "status": status,
                          "outputs": [{"path": "audio/a.mp3", "kind": "audio", "sha256": sha}]}]}

    assert rotate_snapshots(tmp_path, snapshot("1")) is None
    assert rotate_snapshots(tmp_path, snapshot("2")) == snapshot("1")
    # No new build, only a status that changed: the comparison with the build before stays.
    assert rotate_snapshots(tmp_path, snapshot("2", "outdated")) == snapshot("1")
    (change,) = compare_snapshots(snapshot("1"), snapshot("2", "outdated"))
    assert (change["path"], change["change"], change["old"]["sha256"], change["new"]["sha256"]) == \
        ("audio/a.mp3", "changed", "1", "2")
    assert compare_snapshots(snapshot("2"), snapshot("2")) == []
