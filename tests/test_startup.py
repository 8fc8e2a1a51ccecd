"""The start of a parallel build: the campaign read by a forked helper while the build imports the renderers gives
the same campaign, the same errors, and leaves no process behind."""

from __future__ import annotations

import base64
import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from pipeline.campaign import CampaignError, load_campaign
from pipeline.startup import load_beside_imports
from tests.conftest import FIXTURES

REPO = Path(__file__).resolve().parent.parent


def children() -> set[int]:
    """This process's child processes (other tests may have left helpers of their own, a fork server)."""
    return {process.pid for process in psutil.Process().children()}


def test_the_helper_reads_the_campaign_in_another_process_and_hands_back_the_same_one():
    readers: list[int] = []

    def read():
        readers.append(os.getpid())   # in the child: this list is the child's copy
        return os.getpid(), load_campaign(FIXTURES / "campaign")

    before = children()
    reader, campaign = load_beside_imports(read, [("colorsys",), ("pipeline.leaflets.preflight",)])
    assert reader != os.getpid() and readers == []          # read in the forked child, not here
    direct = load_campaign(FIXTURES / "campaign")
    assert pickle.dumps(campaign) == pickle.dumps(direct)
    assert "colorsys" in sys.modules                          # imported here meanwhile
    assert children() <= before and not psutil.pid_exists(reader)   # the child is reaped


def test_a_bad_campaign_raises_the_same_error_as_without_the_helper(tmp_path):
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    (root / "campaign.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    with pytest.raises(CampaignError) as direct:
        load_campaign(root)
    before = children()
    with pytest.raises(CampaignError) as helped:
        load_beside_imports(lambda: load_campaign(root), [("colorsys",)])
    assert str(helped.value) == str(direct.value) and "campaign.yaml" in str(helped.value)
    assert children() <= before


def test_a_value_that_does_not_pickle_is_read_here_instead():
    calls = []

    def read():
        calls.append(1)
        return lambda: "a lambda does not pickle"

    value = load_beside_imports(read, [("colorsys",)])
    assert value() == "a lambda does not pickle" and calls == [1]   # the child's try is not seen here


def test_a_parallel_build_of_a_bad_campaign_exits_2_naming_the_file(tmp_path):
    """Through the command, -j 2 (the helper) and -j 1 (without it) say the same."""
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    (root / "campaign.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    results = [subprocess.run([sys.executable, "-m", "pipeline", "build", str(root), "--out", str(tmp_path / "out"),
                               "-j", jobs], capture_output=True, text=True, timeout=120, cwd=REPO)
               for jobs in ("2", "1")]
    assert [result.returncode for result in results] == [2, 2], [result.stderr for result in results]
    assert results[0].stderr == results[1].stderr and "campaign.yaml" in results[0].stderr


def test_a_warning_the_helper_printed_is_not_printed_again_when_the_campaign_is_bad(tmp_path):
    """A campaign that lists keys of its own (a warning while it is read) and has a bad text: -j 2 prints the
    warning once and the error, as -j 1 does; the helper's error is raised, the campaign not read a second time."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    key = Ed25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                  serialization.PublicFormat.Raw)
    with (root / "campaign.yaml").open("a", encoding="utf-8") as handle:
        handle.write(f'approval:\n  trusted_keys:\n    An: "ed25519:{base64.b64encode(key).decode()}"\n')
    text = sorted((root / "texts").glob("*.md"))[0]
    text.write_text(re.sub(r"(?m)^title:.*$", "title: [1, 2]", text.read_text("utf-8"), count=1), "utf-8")
    results = [subprocess.run([sys.executable, "-m", "pipeline", "build", str(root), "--out", str(tmp_path / "out"),
                               "-j", jobs], capture_output=True, text=True, timeout=120, cwd=REPO)
               for jobs in ("2", "1")]
    assert [result.returncode for result in results] == [2, 2], [result.stderr for result in results]
    assert results[0].stderr == results[1].stderr
    assert results[0].stderr.count("are NOT trusted") == 1 and "title" in results[0].stderr
