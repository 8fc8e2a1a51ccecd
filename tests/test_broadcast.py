"""The optional `broadcast:` schedule of a text: validated with file and field, approvals of texts without it
unchanged, and how it reads in Vietnamese."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from pipeline.approve import approve_texts
from pipeline.broadcast import Broadcast, parse_broadcast, schedule_vi
from pipeline.campaign import load_campaign
from pipeline.errors import CampaignError

SAMPLE = Path(__file__).resolve().parent.parent / "assets" / "campaign"


def _with_broadcast(tmp_path: Path, value: str) -> Path:
    root = tmp_path / "campaign"
    shutil.copytree(SAMPLE, root)
    path = sorted((root / "texts").glob("*.md"))[0]
    content = path.read_text(encoding="utf-8")
    path.write_text(content.replace("\npriority:", f"\nbroadcast: {value}\npriority:", 1), encoding="utf-8")
    return path


def test_sample_campaign_approvals_stay_valid():
    campaign = load_campaign(SAMPLE)
    assert campaign.refused_texts == () and all(text.broadcast is None for text in campaign.texts)


@pytest.mark.parametrize("value, field, message", [
    ('{from: 2025-07-31, until: 2025-07-01}', "broadcast.until", "is before broadcast.from"),
    ('{from: "1/7/2025"}', "broadcast.from", "is not a date like 2025-07-01"),
    ('{times: ["6h"]}', "broadcast.times[0]", "is not a time like"),
    ('{times: ["24:00"]}', "broadcast.times[0]", "is not a time like"),
    ('{times: [06:00, 17:30]}', "broadcast.times[1]", "put times in quotes"),
    ('{times: ["06:00", "06:00"]}', "broadcast.times[1]", "listed twice"),
    ('{times: "06:00"}', "broadcast.times", "must be a list"),
    ('{every: daily}', "broadcast.every", "unknown key"),
    ('"tháng 7"', "broadcast", "must be a mapping"),
])
def test_bad_schedules_name_file_and_field(tmp_path, value, field, message):
    path = _with_broadcast(tmp_path, value)
    with pytest.raises(CampaignError) as info:
        load_campaign(path.parent.parent)
    assert info.value.exit_code == 2
    problems = [str(p) for p in info.value.problems]
    assert any(p.startswith(f"{path.name}") or path.name in p for p in problems), problems
    assert any(f": {field}: " in p and message in p for p in problems), problems


def test_a_schedule_is_read_needs_approval_and_reads_in_vietnamese(tmp_path):
    path = _with_broadcast(tmp_path, '{from: 2025-07-01, until: 2025-07-31, times: ["17:30", "06:00"]}')
    campaign = load_campaign(path.parent.parent)
    text = next(t for t in campaign.texts if t.source_path.name == path.name)
    assert text.refusal == "changed after approval"  # a new field is a change of content
    others = [t for t in campaign.texts if t is not text]
    assert all(t.buildable for t in others)  # texts without it keep their approval
    approve_texts([path], by="Kiểm thử", today=dt.date(2026, 11, 24))
    text = next(t for t in load_campaign(path.parent.parent).texts if t.source_path.name == path.name)
    assert text.buildable
    assert text.broadcast == Broadcast(dt.date(2025, 7, 1), dt.date(2025, 7, 31), ("06:00", "17:30"))
    assert text.broadcast.valid_on(dt.date(2025, 7, 31)) and not text.broadcast.valid_on(dt.date(2025, 8, 1))
    assert schedule_vi(text.broadcast) == "từ 01/07/2025 đến 31/07/2025, lúc 06:00 và 17:30"
    assert parse_broadcast(text.broadcast.as_dict()) == text.broadcast  # index.json round trip
    assert schedule_vi(parse_broadcast({"until": "2025-07-31"})) == "đến hết 31/07/2025, giờ phát do đài chọn"
