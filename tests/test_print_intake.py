"""What a print shop takes in from the leaflets: an imprint that never splits a word (licence, print run,
printer), crop marks in registration colour, and PDF dates that follow the build's inputs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pikepdf
import pytest

from pipeline.campaign import load_campaign
from pipeline.content import Brand, KeyFigure
from pipeline.errors import RenderError
from pipeline.leaflets import LeafletSettings, render_flyer, render_poster, render_trifold
from pipeline.leaflets.geometry import MM
from pipeline.leaflets.preflight import preflight
from pipeline.leaflets.printing import imprint_line
from conftest import FIXTURES, make_campaign, make_text

IMPRINT = {"licence": "123/GP-STTT", "licence_date": "2026-12-02",
           "issued_by": "Sở Thông tin và Truyền thông tỉnh Quảng Trị",
           "printer": "Công ty Cổ phần In và Thương mại Quảng Trị, số 36 đường Hùng Vương, phường Đông Hà",
           "deposit": "tháng 12/2026", "note": "Tài liệu tuyên truyền Luật Bảo hiểm xã hội số 41/2024/QH15"}


def pdf_lines(path: Path) -> list[str]:
    """The lines of a PDF as poppler's pdftotext reads them (reading order), no-break spaces as spaces."""
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                            timeout=60)
    return [" ".join(line.split()) for line in result.stdout.decode("utf-8").splitlines() if line.strip()]


# ------------------------------------------------------------------------------------------- imprint

@pytest.mark.parametrize("product", ["flyer", "trifold"])
def test_a_long_imprint_wraps_between_words_only(tmp_path, product):
    """Before: the imprint was one unbreakable group per part, so a long licence part was cut between two
    letters ("123/GP-STTT | T", "Th|ông"). Now every token of it reads whole on one line of the PDF, and the
    print run stays with its unit."""
    texts = (make_text(), make_text("b-2"), make_text("c-3"), make_text("d-4"))
    campaign = make_campaign(texts, address="Số 2 đường Trần Hưng Đạo, phường Đông Hà, tỉnh Quảng Trị")
    settings = LeafletSettings.from_mapping({"quantity": 15000, "imprint": IMPRINT})
    path = tmp_path / f"{product}.pdf"
    if product == "flyer":
        render_flyer(campaign, texts[0], path, settings)
    else:
        render_trifold(campaign, texts, path, settings)
    lines = pdf_lines(path)
    line_tokens = {token for line in lines for token in line.split()}
    imprint = imprint_line(campaign, "14,8 × 21" if product == "flyer" else "29,7 × 21", 15000, settings.imprint)
    for token in imprint.split():
        assert token in line_tokens, (token, [line for line in lines if token[:3] in line])
    for group in ("số 123/GP-STTT", "15.000 bản", "02/12/2026", "Quảng Trị", "Tài liệu không bán"):
        assert any(group in line for line in lines), group
    assert preflight(path, product=product).ok


def test_imprint_states_what_the_law_asks_for_in_order():
    campaign = make_campaign()
    line = imprint_line(campaign, "14,8 × 21", 15000, LeafletSettings.from_mapping({"imprint": IMPRINT}).imprint)
    plain = " ".join(line.split())
    assert plain == ("Bảo hiểm xã hội Việt Nam · Khổ 14,8 × 21 cm · Số lượng 15.000 bản · In tại Công ty Cổ phần In "
                     "và Thương mại Quảng Trị, số 36 đường Hùng Vương, phường Đông Hà · Giấy phép xuất bản số "
                     "123/GP-STTT ngày 02/12/2026 của Sở Thông tin và Truyền thông tỉnh Quảng Trị · Nộp lưu chiểu "
                     "tháng 12/2026 · Tài liệu tuyên truyền Luật Bảo hiểm xã hội số 41/2024/QH15 · Tài liệu không bán")
    # a line of text is still accepted as it always was
    assert "Giấy phép số 5/GP" in imprint_line(campaign, "14,8 × 21", None, "Giấy phép số 5/GP")


@pytest.mark.parametrize("imprint, message", [
    ({"licnce": "1"}, r"leaflets.imprint.licnce: unknown key \(known: licence, licence_date"),
    ({"printer": ["a"]}, r"leaflets.imprint.printer: must be a line of text"),
    ({"note": "x" * 201}, r"leaflets.imprint.note: must be at most 200 characters"),
    (["a"], r"leaflets.imprint: must be a line of text or a mapping"),
])
def test_bad_imprint_names_the_field(imprint, message):
    with pytest.raises(ValueError, match=message):
        LeafletSettings.from_mapping({"imprint": imprint})


# -------------------------------------------------------------------------------------- crop marks

def _stroked_colours(pdf_path: Path) -> list[tuple[tuple[float, ...], tuple[float, float, float, float]]]:
    """(stroke CMYK, bounding box) of every stroked path on page 1, read from the content stream."""
    with pikepdf.open(pdf_path) as pdf:
        page = pdf.pages[0]
        stroke: tuple[float, ...] = (0.0,)
        points: list[list[tuple[float, float]]] = []
        found = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "K":
                stroke = tuple(float(v) for v in operands)
            elif op == "m":
                points.append([(float(operands[0]), float(operands[1]))])
            elif op == "l":
                points[-1].append((float(operands[0]), float(operands[1])))
            elif op == "S" and points:
                for subpath in points:  # each segment of a mark is a subpath of its own
                    xs, ys = [p[0] for p in subpath], [p[1] for p in subpath]
                    found.append((stroke, (min(xs), min(ys), max(xs), max(ys))))
                points = []
            elif op in ("n", "f", "B", "b", "re"):
                points = []
        bleed = [float(v) for v in page.obj.BleedBox]
    return found, bleed


def test_crop_marks_are_registration_colour_outside_the_bleed_and_pass_preflight(tmp_path):
    campaign = make_campaign()
    path = tmp_path / "flyer.pdf"
    render_flyer(campaign, campaign.texts[0], path, LeafletSettings())
    strokes, bleed = _stroked_colours(path)
    marks = [box for colour, box in strokes if colour == (1.0, 1.0, 1.0, 1.0)]
    assert len(marks) == 8  # two per corner
    for x0, y0, x1, y1 in marks:  # wholly in the slug: beyond the bleed box on one side
        assert x1 <= bleed[0] + 0.01 or x0 >= bleed[2] - 0.01 or y1 <= bleed[1] + 0.01 or y0 >= bleed[3] - 0.01
    assert not [colour for colour, _ in strokes if colour == (0.0, 0.0, 0.0, 1.0)]  # no K-only mark left
    report = preflight(path, product="flyer")
    assert report.ok, [c for c in report.checks if not c.ok]
    ink = next(c for c in report.checks if c.name == "ink")
    assert "400" not in ink.detail  # the 400 % of the marks is not counted: they are cut away


def test_registration_colour_inside_the_bleed_still_fails_the_ink_check(tmp_path):
    """The exemption is for the slug only: the same 400 % painted inside the page is an ink problem."""
    campaign = make_campaign()
    path = tmp_path / "flyer.pdf"
    render_flyer(campaign, campaign.texts[0], path, LeafletSettings())
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        x, y = float(page.obj.TrimBox[0]) + 20 * MM, float(page.obj.TrimBox[1]) + 20 * MM
        page.contents_add(pdf.make_stream(f"q 1 1 1 1 K 2 w {x} {y} m {x + 40} {y} l S Q".encode()), prepend=False)
        pdf.save(path)
    ink = next(c for c in preflight(path, product="flyer").checks if c.name == "ink")
    assert not ink.ok


# -------------------------------------------------------------------------------------------- dates

def _dates(path: Path) -> tuple[str, str, str]:
    with pikepdf.open(path) as pdf:
        xmp = pdf.Root.Metadata.read_bytes().decode("utf-8")
        create = re.search(r"<xmp:CreateDate>(.*?)</xmp:CreateDate>", xmp).group(1)
        return str(pdf.docinfo.CreationDate), str(pdf.docinfo.ModDate), create


@pytest.fixture
def disk_campaign(tmp_path, monkeypatch):
    """The fixture campaign copied to disk, its files dated 2026-12-01 12:00 UTC, SOURCE_DATE_EPOCH unset."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    stamp = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc).timestamp()
    for path in root.rglob("*"):
        os.utime(path, (stamp, stamp))
    return root


def test_pdf_dates_follow_the_inputs_and_are_deterministic(disk_campaign, tmp_path, monkeypatch):
    campaign = load_campaign(disk_campaign)
    text = campaign.texts[0]
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    render_flyer(campaign, text, first, LeafletSettings())
    render_flyer(campaign, text, second, LeafletSettings())
    assert first.read_bytes() == second.read_bytes()  # same inputs, same bytes
    # the files' last change, not the (older) approval day
    assert _dates(first) == ("D:20261201120000+00'00'", "D:20261201120000+00'00'", "2026-12-01T12:00:00Z")

    later = datetime(2026, 12, 3, 8, 30, 5, tzinfo=timezone.utc).timestamp()
    os.utime(disk_campaign / "campaign.yaml", (later, later))  # a settings change
    third = tmp_path / "3.pdf"
    render_flyer(load_campaign(disk_campaign), text, third, LeafletSettings())
    assert _dates(third) == ("D:20261203083005+00'00'", "D:20261203083005+00'00'", "2026-12-03T08:30:05Z")

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC: wins when set
    fourth = tmp_path / "4.pdf"
    render_flyer(campaign, text, fourth, LeafletSettings())
    assert _dates(fourth)[2] == "2026-01-01T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(RenderError, match="SOURCE_DATE_EPOCH"):
        render_flyer(campaign, text, tmp_path / "5.pdf", LeafletSettings())


def test_a_text_approved_after_the_files_changed_dates_the_pdf(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    text = make_text(approved_at="2099-01-02T03:04:05+00:00")
    campaign = make_campaign((text,), root=tmp_path, brand=Brand(primary="#0B5FA5", accent="#F5A623"))
    path = tmp_path / "flyer.pdf"
    render_flyer(campaign, text, path, LeafletSettings())
    assert _dates(path)[2] == "2099-01-02T03:04:05Z"


def test_key_figure_labels_and_points_wrap_between_words_when_a_kept_group_is_too_wide(tmp_path):
    """Small lines outside the body: a group kept whole (a number written in words and its unit) wider than
    its column breaks at its spaces, never between two letters."""
    long_number = "một trăm hai mươi lăm nghìn chín trăm chín mươi chín người lao động"
    text = make_text(key_figures=(KeyFigure("125.999", f"có {long_number} tham gia"),
                                  KeyFigure("15 năm", "đóng tối thiểu"), KeyFigure("2 triệu", "mỗi con"),
                                  KeyFigure("75 tuổi", "trợ cấp hưu trí xã hội")),
                     points=(f"Đã có {long_number} được hỗ trợ trong năm nay",))
    campaign = make_campaign((text,))
    path = tmp_path / "flyer.pdf"
    render_flyer(campaign, text, path, LeafletSettings())
    lines = pdf_lines(path)
    words = set(long_number.split())
    assert sum("mươi" in line for line in lines) >= 2  # the label and the point were set
    for before, after in zip(lines, lines[1:]):  # a word cut between two lines: "chín t" / "răm chín"
        if before.split() and after.split():
            end, start = before.split()[-1], after.split()[0]
            assert not (end + start in words and not (end in words and start in words)), (before, after)


def test_a_poster_sets_a_long_imprint_smaller_and_names_the_field_when_it_cannot(tmp_path):
    campaign = make_campaign(address="Số 2 đường Trần Hưng Đạo, phường Đông Hà, tỉnh Quảng Trị")
    imprint = {key: value for key, value in IMPRINT.items() if key != "note"}
    settings = LeafletSettings.from_mapping({"quantity": {"poster": 300}, "imprint": imprint})
    path = tmp_path / "poster.pdf"
    render_poster(campaign, campaign.texts[0], path, settings)  # fits at a smaller size, still at least 8 pt
    lines = pdf_lines(path)
    assert any("số 123/GP-STTT" in line for line in lines) and any("300 bản" in line for line in lines)
    assert preflight(path, product="poster").ok
    too_long = LeafletSettings.from_mapping({"imprint": {**imprint, "note": "Ghi chú " * 24}})
    with pytest.raises(RenderError, match=r"imprint does not fit the poster-a3 template .* even at 8\.2 pt .*"
                                         r"the imprint is leaflets\.imprint of campaign\.yaml"):
        render_poster(campaign, campaign.texts[0], tmp_path / "too-long.pdf", too_long)
