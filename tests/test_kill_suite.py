"""The kill fault suite: real builds of a tiny campaign killed at random moments, each then resumed.

At least 20 kills across all stages, of the main process only (SIGTERM, SIGKILL) and of the whole process
tree (SIGKILL to the group); after each, nothing of the killed build runs on, the lock is free, and the
resume ends with `verify` clean, no temp file, every output as its manifest says (see tests/killing.py).
scripts/torture.py is the long version.
"""

from __future__ import annotations

import random

from click.testing import CliRunner

from pipeline.cli import cli
from tests.killing import MODES, kill_and_resume, tiny_campaign

KILLS = 21


def test_twenty_kills_at_random_moments_each_resume_clean(tmp_path):
    campaign_dir = tiny_campaign(tmp_path / "campaign")
    out_dir = tmp_path / "out"
    # the first build runs here, so the renderers are imported before the builds to kill are forked
    first = CliRunner().invoke(cli, ["build", str(campaign_dir), "--out", str(out_dir), "-j", "2"])
    assert first.exit_code == 0, first.output
    (tmp_path / "logs").mkdir()
    report = kill_and_resume(campaign_dir, out_dir, KILLS, random.Random(9), tmp_path / "logs")
    print(report.summary())
    assert report.problems == [], report.summary() + "\n" + "\n".join(report.problems)
    assert report.kills == KILLS and set(report.modes) == set(MODES)
    assert len(set(report.stages) - {"finishing"}) >= 3, report.summary()   # kills landed across the stages
    verify = CliRunner().invoke(cli, ["verify", "--out", str(out_dir)])
    assert verify.exit_code == 0 and ", 0 problem(s)" in verify.output, verify.output
