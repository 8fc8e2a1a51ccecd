"""Alt text of infographics: what the image shows, in Vietnamese and reading order, in the manifest and beside the PNG."""

from __future__ import annotations

import dataclasses
import json
import unicodedata

from conftest import make_campaign, make_text
from pipeline.build import build
from pipeline.infographics.alt_text import alt_text
from pipeline.infographics.layout import plan_infographic
from pipeline.manifest import verify_outputs


def test_alt_text_says_what_is_shown_in_reading_order():
    text = make_text(link="https://baohiemxahoi.gov.vn/luong-huu")
    campaign = make_campaign((text,))
    plan = plan_infographic(campaign, text, "story")  # the portrait shows no points: one message
    said = alt_text(plan, campaign, text)
    shown = {item.field for item in plan.texts()}
    # The image shows the figures rather than the summary, and the points there is room for: so does the alt text.
    assert text.summary not in said and "summary" not in shown
    points = [point for i, point in enumerate(text.points) if f"points[{i}]" in shown]
    assert points and all(point not in said for i, point in enumerate(text.points) if f"points[{i}]" not in shown)
    parts = [text.title, "15 năm: đóng BHXH tối thiểu để hưởng lương hưu",
             "1/7/2025: ngày Luật có hiệu lực", *points, "đường dây nóng 1900 9068",
             "Mã QR dẫn tới https://baohiemxahoi.gov.vn/luong-huu."]
    positions = [said.find(part) for part in parts]
    assert -1 not in positions, (parts, said)
    assert positions == sorted(positions)
    assert "\n" not in said and said == unicodedata.normalize("NFC", said)


def test_alt_text_leaves_out_the_summary_where_the_image_does_and_names_the_badge():
    text = make_text(priority="emergency")
    campaign = make_campaign((text,))
    plan = plan_infographic(campaign, text, "square", show_summary=False)
    said = alt_text(plan, campaign, text)
    assert text.summary not in said
    assert said.startswith("Khẩn cấp. " + text.title)


def test_build_writes_the_sidecar_lists_it_in_the_manifest_and_verify_covers_it(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Chế độ thai sản cho lao động nữ")
    text = dataclasses.replace(make_text("thai-san"), title=decomposed)
    campaign = make_campaign((text,), sections={"infographics": {"formats": ["portrait", "landscape"]}})
    report = build(campaign, tmp_path, ["infographics"], echo=lambda line: None)
    assert report.exit_code == 0
    manifest = json.loads((tmp_path / "infographics/manifest.json").read_text("utf-8"))
    outputs = {out["path"]: out for item in manifest["items"] for out in item["outputs"]}
    for fmt in ("portrait", "landscape"):
        png, txt = outputs[f"infographics/thai-san/{fmt}.png"], outputs[f"infographics/thai-san/{fmt}.txt"]
        sidecar = (tmp_path / txt["path"]).read_bytes().decode("utf-8")
        assert sidecar == png["media"]["alt_text"] + "\n"
        assert sidecar.startswith(unicodedata.normalize("NFC", decomposed) + ". ")
        assert txt["media"] == {"alt_text_of": png["path"], "language": "vi"}
    (tmp_path / "infographics/thai-san/portrait.txt").write_text("sửa tay\n", "utf-8")
    _, problems = verify_outputs(tmp_path, ["infographics"])
    assert [p[1:] for p in problems] == [("infographics/thai-san/portrait.txt",
                                          "changed (hash differs from the manifest)")]
