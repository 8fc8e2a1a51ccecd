"""Stage manifests: `<out>/<stage>/manifest.json`, what produced every file, with its hash.

Written atomically after every successful render, so a killed build keeps what it finished.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import __version__
from pipeline.atomic import sha256_file, write_json

SCHEMA = 1


@dataclass
class Manifest:
    """One stage's manifest: items by job key, and the texts refused."""

    stage: str
    items: dict[str, dict] = field(default_factory=dict)
    refused: list[dict] = field(default_factory=list)
    params_sha256: str | None = None
    failed: dict[str, dict] = field(default_factory=dict)  # job key -> what went wrong in the last build

    @classmethod
    def path_for(cls, out_dir: Path, stage: str) -> Path:
        """Where a stage's manifest lives."""
        return out_dir / stage / "manifest.json"

    @classmethod
    def load(cls, out_dir: Path, stage: str) -> "Manifest":
        """Read a stage's manifest; an absent or unreadable one is empty (everything rebuilds)."""
        path = cls.path_for(out_dir, stage)
        try:
            data = json.loads(path.read_text("utf-8"))
        except (FileNotFoundError, json.JSONDecodeError, UnicodeDecodeError):
            return cls(stage)
        if data.get("schema") != SCHEMA or data.get("stage") != stage:
            return cls(stage)
        items = {item["key"]: item for item in data.get("items", []) if isinstance(item, dict) and "key" in item}
        failed = {entry["key"]: entry for entry in data.get("failed", []) if isinstance(entry, dict) and "key" in entry}
        return cls(stage, items, list(data.get("refused", [])), data.get("params_sha256"), failed)

    def save(self, out_dir: Path) -> None:
        """Write the manifest atomically, items sorted by key."""
        write_json(self.path_for(out_dir, self.stage), self.as_dict())

    def as_dict(self) -> dict:
        """The JSON form (see CONTRACT.md)."""
        return {
            "schema": SCHEMA,
            "stage": self.stage,
            "pipeline_version": __version__,
            "params_sha256": self.params_sha256,
            "items": [self.items[key] for key in sorted(self.items)],
            "refused": sorted(self.refused, key=lambda r: r["text_id"]),
            "failed": [self.failed[key] for key in sorted(self.failed)],
        }

    def output_hashes(self) -> dict[str, str]:
        """sha256 of every output path recorded in this manifest."""
        return {out["path"]: out["sha256"] for item in self.items.values() for out in item.get("outputs", [])}


def output_record(out_dir: Path, rel_path: str, media: dict | None) -> dict:
    """The manifest entry of a freshly written output: hash, size, mtime (fast path) and media facts."""
    path = out_dir / rel_path
    stat = path.stat()
    return {"path": rel_path, "sha256": sha256_file(path), "bytes": stat.st_size,
            "mtime_ns": stat.st_mtime_ns, "media": media or {}}


def output_state(out_dir: Path, record: dict) -> str | None:
    """None when the file on disk is as recorded; else "output missing" or "output modified".

    Like doit's MD5Checker: an unchanged (mtime, size) is trusted, anything else falls back to the hash.
    """
    path = out_dir / record["path"]
    try:
        stat = path.stat()
    except FileNotFoundError:
        return "output missing"
    if stat.st_size != record.get("bytes"):
        return "output modified"
    if stat.st_mtime_ns == record.get("mtime_ns"):
        return None
    return None if sha256_file(path) == record.get("sha256") else "output modified"


def verify_outputs(out_dir: Path, stages: list[str]) -> tuple[int, list[tuple[str, str, str]]]:
    """Re-hash every output of every manifest: (files checked, [(stage, path, problem)])."""
    checked = 0
    problems: list[tuple[str, str, str]] = []
    for stage in stages:
        path = Manifest.path_for(out_dir, stage)
        if not path.exists():
            continue
        try:
            json.loads(path.read_text("utf-8"))
        except (ValueError, UnicodeDecodeError):
            problems.append((stage, str(path.relative_to(out_dir)), "manifest unreadable"))
            continue
        manifest = Manifest.load(out_dir, stage)
        for item in manifest.items.values():
            for out in item.get("outputs", []):
                checked += 1
                file_path = out_dir / out["path"]
                if not file_path.is_file():
                    problems.append((stage, out["path"], "missing"))
                elif os.path.getsize(file_path) != out.get("bytes") or sha256_file(file_path) != out["sha256"]:
                    problems.append((stage, out["path"], "changed (hash differs from the manifest)"))
    return checked, problems
