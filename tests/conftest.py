"""Shared fixtures: a small in-memory campaign for renderer tests, and a fixture campaign folder on disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.content import Brand, Campaign, KeyFigure, Text

FIXTURES = Path(__file__).parent / "fixtures"


def make_text(text_id: str = "luong-huu-15-nam", **overrides) -> Text:
    """An approved-looking Text with realistic Vietnamese content; override any field."""
    fields = dict(
        id=text_id,
        title="Chỉ cần 15 năm đóng BHXH để hưởng lương hưu",
        summary="Từ ngày 1/7/2025, người lao động chỉ cần đóng bảo hiểm xã hội đủ 15 năm "
                "là được hưởng lương hưu hằng tháng, thay vì 20 năm như trước.",
        body=("Luật Bảo hiểm xã hội số 41/2024/QH15 có hiệu lực từ ngày 1/7/2025.\n\n"
              "Thời gian đóng **tối thiểu** để hưởng lương hưu giảm từ 20 năm xuống 15 năm.\n\n"
              "- Người lao động có thêm cơ hội nhận lương hưu hằng tháng.\n"
              "- Gọi tổng đài 1900 9068 để được tư vấn miễn phí.\n"),
        source_path=Path(f"texts/{text_id}.md"),
        key_figures=(KeyFigure("15 năm", "đóng BHXH tối thiểu để hưởng lương hưu"),
                     KeyFigure("1/7/2025", "ngày Luật có hiệu lực")),
        points=("Trước đây cần 20 năm đóng BHXH", "Áp dụng cho người lao động nghỉ hưu từ 1/7/2025",
                "Tra cứu quá trình đóng trên ứng dụng VssID"),
        link="https://baohiemxahoi.gov.vn",
        priority="normal",
        status="approved",
        approved_by="Trung tâm Truyền thông",
        approved_at="2026-11-24",
        approval="sha256:" + "0" * 64,
    )
    fields.update(overrides)
    return Text(**fields)


def make_campaign(texts: tuple[Text, ...] | None = None, root: Path | None = None, **overrides) -> Campaign:
    """A Campaign object around `texts` (default: one text from make_text)."""
    fields = dict(
        root=root or Path("."),
        name="Luật Bảo hiểm xã hội năm 2024",
        organisation="Bảo hiểm xã hội Việt Nam",
        hotline="1900 9068",
        website="https://baohiemxahoi.gov.vn",
        brand=Brand(primary="#0B5FA5", accent="#F5A623"),
        texts=texts if texts is not None else (make_text(),),
        sections={},
    )
    fields.update(overrides)
    return Campaign(**fields)


@pytest.fixture
def text() -> Text:
    """One realistic approved text."""
    return make_text()


@pytest.fixture
def campaign() -> Campaign:
    """A one-text campaign object (not on disk)."""
    return make_campaign()


def campaign_with_templates(tmp_path: Path, templates: dict[str, str]) -> Path:
    """A copy of the fixture campaign with `templates/<name>.yaml` files, its texts approved."""
    from pipeline.approve import approve_texts

    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    (root / "templates").mkdir()
    for name, body in templates.items():
        (root / "templates" / f"{name}.yaml").write_text(body, "utf-8")
    approve_texts(sorted((root / "texts").glob("*.md")), "Trung tâm Truyền thông")
    return root
