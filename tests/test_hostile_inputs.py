"""1,000 hypothesis-generated hostile campaign folders through loading and `status`: no traceback, hang or escape."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import hostile_inputs
from tests.hostile_inputs import run_case, run_cases

CASES = 1_000
DEADLINE_S = 10.0  # per case; a hang (a FIFO read, an alias bomb) is caught by SIGALRM long before


def test_a_thousand_hostile_inputs_give_no_traceback_hang_or_escape():
    stats = run_cases(CASES, DEADLINE_S)
    print({key: value for key, value in stats.items() if key != "failures"})
    assert stats["cases"] >= CASES
    assert stats["failures"] == []
    assert stats["tracebacks"] == stats["hangs"] == stats["escapes"] == 0
    assert stats["ok"] + stats["refused"] == stats["cases"]
    assert stats["ok"] > 0  # some folders are valid, so `status` runs too


def base_case(**overrides) -> dict:
    case = {"config_kind": "content", "config": (hostile_inputs.FIXTURE / "campaign.yaml").read_text("utf-8"),
            "config_bytes": b"", "texts_kind": "folder", "keep_fixture_texts": True, "texts": [], "logo": "fixture"}
    case.update(overrides)
    return case


def test_the_harness_sees_a_valid_campaign_as_ok(tmp_path):
    assert run_case(base_case(), tmp_path, DEADLINE_S) == "ok"


def test_the_harness_catches_reads_outside_the_campaign(tmp_path, monkeypatch):
    """Without confinement, a text symlinked outside is read: the audit hook must see it."""
    from pipeline import textfile

    hostile_inputs.Watch.install()
    monkeypatch.setattr(textfile, "confined_path", lambda path, root: Path(path).resolve())
    case = base_case(texts=[("c-link.md", "link-outside", "")])
    assert run_case(case, tmp_path, DEADLINE_S).startswith("escape")


def test_the_harness_catches_hangs(tmp_path, monkeypatch):
    """A read that blocks (a FIFO opened without O_NONBLOCK) is cut at the deadline and counted."""
    from pipeline import textfile

    def blocking_read(path, root, limit=0):
        with open(path, "rb") as handle:
            return handle.read(limit)

    monkeypatch.setattr(textfile, "read_capped", blocking_read)
    case = base_case(texts=[("c-fifo.md", "fifo", "")])
    assert run_case(case, tmp_path, 1.0) == "hang"


@pytest.mark.parametrize("kind", ["link-outside", "link-dev-zero", "fifo", "folder", "dangling", "loop", "huge"])
def test_each_hostile_file_kind_is_refused(tmp_path, kind):
    content = hostile_inputs.BASE_TEXTS["a-luong-huu.md"] + "x" * 300_000 if kind == "huge" else ""
    case = base_case(texts=[("c-x.md", "content" if kind == "huge" else kind, content)])
    assert run_case(case, tmp_path, DEADLINE_S) == "refused"
