"""The stage journal's group commit: every record reaches the kernel at once (a kill loses nothing written),
records are made durable in groups, and an intent is durable before the file it describes replaces another."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pipeline.build import build
from pipeline.manifest import JOURNAL_NAME, Journal, Manifest, verify_outputs
from tests.conftest import make_campaign, make_text
from tests.test_build import REGISTRY

TEXTS = 20


def campaign():
    return make_campaign(tuple(make_text(f"t{i:02d}", approval=f"sha256:{i:064d}") for i in range(TEXTS)))


def watch_syncs_and_renames(monkeypatch) -> list[tuple[str, str]]:
    """Record every fsync/fdatasync (by the file's name) and every os.replace (by its destination), in order."""
    events: list[tuple[str, str]] = []

    def named(fd: int) -> str:
        return os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))

    for name in ("fsync", "fdatasync"):
        original = getattr(os, name)

        def sync(fd, original=original):
            events.append(("sync", named(fd)))
            return original(fd)
        monkeypatch.setattr(os, name, sync)
    original_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        events.append(("replace", os.path.basename(dst)))
        return original_replace(src, dst, *args, **kwargs)
    monkeypatch.setattr(os, "replace", replace)
    return events


def test_a_build_syncs_its_journal_per_group_not_per_job(tmp_path, monkeypatch):
    events = watch_syncs_and_renames(monkeypatch)
    build(campaign(), tmp_path, registry=REGISTRY, echo=lambda _: None)
    journal_syncs = [e for e in events if e == ("sync", JOURNAL_NAME)]
    # 2 stages x 20 jobs, each with an intent and a record: one sync each used to be 80; now a few per stage
    assert len(journal_syncs) <= 2 * 3, events
    assert verify_outputs(tmp_path, ["words", "count"]) == (2 * TEXTS, [])


def test_an_intent_is_durable_before_its_file_replaces_the_old_one(tmp_path, monkeypatch):
    build(campaign(), tmp_path, registry=REGISTRY, echo=lambda _: None)
    events = watch_syncs_and_renames(monkeypatch)
    build(campaign(), tmp_path, registry=REGISTRY, echo=lambda _: None, force=True)
    since_rename: list[tuple[str, str]] = []   # what happened since the last rename
    outputs = 0
    for kind, name in events:
        if kind == "replace":
            if name.startswith("t"):   # an output: its intent was synced since the last rename
                outputs += 1
                assert ("sync", JOURNAL_NAME) in since_rename, since_rename
            since_rename = []
        else:
            since_rename.append((kind, name))
    assert outputs == 2 * TEXTS


def test_journal_entries_reach_the_file_at_once_and_are_committed_when_due(tmp_path, monkeypatch):
    syncs: list[int] = []
    original = os.fdatasync
    monkeypatch.setattr(os, "fdatasync", lambda fd: (syncs.append(fd), original(fd)))
    path = tmp_path / "stage" / JOURNAL_NAME
    journal = Journal(path, interval_s=3600)
    for n in range(3):
        journal.append({"kind": "failed", "entry": {"key": f"k{n}", "message": "m"}})
        # another process reading now (a build resumed after a kill) sees every line
        assert len(path.read_bytes().splitlines()) == n + 1
    journal.commit_due()
    assert syncs == []                      # not yet due
    journal.waiting_since -= 3600
    journal.commit_due()
    assert len(syncs) == 1
    journal.close()
    assert len(syncs) == 1                  # nothing left to commit
    loaded = Manifest("stage")
    loaded.fold_journal(tmp_path)
    assert sorted(loaded.failed) == ["k0", "k1", "k2"]
    assert [json.loads(line)["entry"]["key"] for line in path.read_bytes().splitlines()] == ["k0", "k1", "k2"]


def test_the_manifest_is_durable_in_its_folder_before_the_journal_goes(tmp_path, monkeypatch):
    build(campaign(), tmp_path, registry=REGISTRY, echo=lambda _: None)
    events = watch_syncs_and_renames(monkeypatch)
    build(campaign(), tmp_path, registry=REGISTRY, echo=lambda _: None, force=True)
    manifest_replaced = events.index(("replace", "manifest.json"))
    assert events[manifest_replaced + 1] == ("sync", "words")   # the folder, after the rename
    assert not Path(tmp_path / "words" / JOURNAL_NAME).exists()
