"""Leaflet paragraphs whose text holds `&`, `<` or `>` next to a word that has to be split (issue: an
AttributeError on ReportLab's word list), read back from the PDF as a reader's viewer extracts it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from conftest import make_campaign, make_text
from pipeline.leaflets import LeafletSettings, render_flyer, render_trifold
from pipeline.leaflets.preflight import preflight

TITLE = "Điều kiện hưởng lương hưu (BHXH&BHYT)"
POINTS = ("Người lao động (BHXH&BHYT) được hưởng lương hưu hằng tháng",
          "Thu nhập <5 triệu> đồng mỗi tháng của người lao động",
          "Mức đóng a>b đối với người sử dụng lao động")


def extracted(pdf_path: Path) -> str:
    """Every page's text as pdfium extracts it (through ToUnicode), NFC, line breaks as spaces."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return " ".join(" ".join(unicodedata.normalize("NFC", page.get_textpage().get_text_range()).split())
                        for page in pdf)
    finally:
        pdf.close()


def missing(source: str, text: str) -> list[str]:
    """The words of `source` that the extracted `text` lacks."""
    return [word for word in source.split() if word not in text]


@pytest.mark.parametrize("title", [TITLE, "Người lao động<5 triệu> và a>b người sử dụng lao động (BHXH&BHYT)"])
def test_a_flyer_with_markup_characters_next_to_a_split_word_renders_every_word(tmp_path, title):
    text = make_text("ky-tu", title=title, points=POINTS)
    path = tmp_path / "ky-tu.pdf"
    render_flyer(make_campaign((text,)), text, path, LeafletSettings())
    content = extracted(path)
    for source in (title, *POINTS):
        assert not missing(source, content), (source, content)
    assert preflight(path).ok


def test_a_trifold_with_markup_characters_renders_every_word(tmp_path):
    texts = tuple(make_text(f"ky-tu-{n}", title=TITLE, points=POINTS) for n in range(2))
    path = tmp_path / "trifold.pdf"
    render_trifold(make_campaign(texts), list(texts), path, LeafletSettings())
    content = extracted(path)
    for source in (TITLE, *POINTS):
        assert not missing(source, content), (source, content)
