"""`approve`: validate texts and write their approval fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pipeline.atomic import write_text
from pipeline.campaign import read_raw, text_from_raw  # the same validation a build applies
from pipeline.errors import CampaignError, Problem
from pipeline.textfile import rewrite_fields


@dataclass
class Approved:
    """One approved file and whether its approval changed."""

    path: Path
    text_id: str
    approval: str
    changed: bool


def approve_texts(paths: list[Path], by: str, today: dt.date | None = None) -> list[Approved]:
    """Validate every file, then (only if all are valid) write status, approved_by, approved_at, approval."""
    problems: list[Problem] = []
    if not by.strip():
        problems.append(Problem("--by", None, "the approver's name must not be empty"))
    valid = []
    for path in paths:
        if not path.is_file():
            problems.append(Problem(path, None, "file not found"))
            continue
        raw = read_raw(path, problems)
        text = text_from_raw(raw, problems) if raw is not None else None
        if text is not None:
            valid.append((raw, text))
    if problems:
        raise CampaignError(problems)
    stamp = (today or dt.date.today()).isoformat()
    results = []
    for raw, text in valid:
        approval = text.content_hash
        fm = raw.front_matter
        changed = not (fm.get("status") == "approved" and fm.get("approval") == approval)
        if changed:
            write_text(raw.path, rewrite_fields(raw, {"status": "approved", "approved_by": by.strip(),
                                                          "approved_at": stamp, "approval": approval}))
        results.append(Approved(raw.path, fm["id"], approval, changed))
    return results
