"""What changed since the previous build: the review keeps a snapshot of its data and compares with it.

`review/data.json` is the snapshot of the latest review. When a review finds other files than it records
(a hash changed, a file came or went), that snapshot becomes `review/previous.json` (its thumbnails are
kept), so running `review` again without a build in between keeps showing the same comparison.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.atomic import write_json

SNAPSHOT_NAME, PREVIOUS_NAME = "data.json", "previous.json"


def load_snapshot(path: Path) -> dict | None:
    """A saved review snapshot, or None when absent or unreadable (then nothing is compared)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("jobs"), list) else None


def rotate_snapshots(review_dir: Path, current: dict) -> dict | None:
    """Save `current` as the latest snapshot; return the snapshot of the build before it (or None)."""
    latest = load_snapshot(review_dir / SNAPSHOT_NAME)
    if latest is not None and _files(latest) != _files(current):
        write_json(review_dir / PREVIOUS_NAME, latest)
        previous = latest
    else:
        previous = load_snapshot(review_dir / PREVIOUS_NAME)
    if latest != current:
        write_json(review_dir / SNAPSHOT_NAME, current)
    return previous


def _files(data: dict) -> dict[tuple[str, str], str | None]:
    """What identifies a build's files: the SHA-256 of every output by (variant, path)."""
    return {place: out.get("sha256") for place, out in _outputs_by_place(data).items()}


def _outputs_by_place(data: dict) -> dict[tuple[str, str], dict]:
    """Every output of a snapshot by (variant, path), with its job's stage, key and status."""
    return {(job["variant"], out["path"]): {**out, "stage": job["stage"], "key": job["key"], "status": job["status"]}
            for job in data["jobs"] for out in job["outputs"]}


def compare_snapshots(previous: dict | None, current: dict) -> list[dict]:
    """Outputs added, changed (other SHA-256) or removed since `previous`: [{variant, path, change, old, new}]."""
    if previous is None:
        return []
    old, new = _outputs_by_place(previous), _outputs_by_place(current)
    changes = []
    for place in sorted(set(old) | set(new)):
        before, after = old.get(place), new.get(place)
        if before is not None and after is not None and before.get("sha256") == after.get("sha256"):
            continue
        change = "changed" if before and after else ("new" if after else "removed")
        changes.append({"variant": place[0], "path": place[1], "stage": (after or before)["stage"],
                        "kind": (after or before)["kind"], "change": change, "old": before, "new": after})
    return changes


def thumbnails_in(data: dict | None) -> set[str]:
    """Every thumbnail a snapshot shows."""
    if data is None:
        return set()
    return {name for job in data["jobs"] for out in job["outputs"] for name in out.get("thumbs", [])}
