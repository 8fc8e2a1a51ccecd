"""A build that ends normally leaves no process behind: not a worker, not an espeak helper, not
multiprocessing's resource tracker (a real `media-pipeline build` in its own session, checked with psutil)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from tests.killing import tiny_campaign

ROOT = Path(__file__).parent.parent


def left_in_session(session: int) -> list[str]:
    """Every process still in `session` (or in the process group of the same number)."""
    left = []
    for process in psutil.process_iter(["pid", "name", "status"]):
        try:
            if os.getsid(process.pid) == session or os.getpgid(process.pid) == session:
                left.append(f"{process.pid} {process.info['name']} ({process.info['status']}, parent "
                            f"{process.ppid()})")
        except (ProcessLookupError, PermissionError, psutil.Error):
            continue
    return left


@pytest.mark.parametrize("executor", [["-j", "2"], ["--executor", "dask", "-j", "2"]], ids=["pool", "dask"])
def test_a_finished_build_leaves_no_process_in_its_session(tmp_path, executor):
    campaign = tiny_campaign(tmp_path / "campaign")
    build = subprocess.Popen([sys.executable, "-m", "pipeline", "build", str(campaign), "--out", str(tmp_path / "out"),
                              "--stage", "audio", "--stage", "infographics", *executor],
                             cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, errors = build.communicate(timeout=600)
    assert build.returncode == 0, errors.decode()[-2000:]
    assert left_in_session(build.pid) == []
