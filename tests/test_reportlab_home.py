"""ReportLab executes `~/.reportlab_settings` and `~/.reportlab_mods` as Python when first imported; a build
must not (a real build in a subprocess with a HOME holding both, each writing a marker when executed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_a_build_does_not_run_reportlab_settings_from_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    markers = {name: tmp_path / f"{name}.ran" for name in ("settings", "mods")}
    (home / ".reportlab_settings").write_text(f"open({str(markers['settings'])!r}, 'w').write('ran')\n")
    (home / ".reportlab_mods").write_text(f"open({str(markers['mods'])!r}, 'w').write('ran')\n")
    env = {**os.environ, "HOME": str(home)}
    out, campaign = tmp_path / "out", tmp_path / "campaign"
    shutil.copytree(REPO / "tests/fixtures/campaign", campaign)
    subprocess.run([sys.executable, "-m", "pipeline", "approve", *map(str, (campaign / "texts").glob("*.md")),
                    "--by", "Trung tâm Truyền thông"], cwd=REPO, env=env, check=True, timeout=120)
    result = subprocess.run([sys.executable, "-m", "pipeline", "build", str(campaign),
                             "--out", str(out), "--stage", "leaflets"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert list((out / "leaflets").glob("*.pdf")), "the build rendered no leaflet: ReportLab was never imported"
    assert not markers["settings"].exists() and not markers["mods"].exists()


def test_reportlab_would_run_them_without_the_guard(tmp_path):
    """The same HOME makes plain ReportLab write both markers: the test above can fail."""
    home = tmp_path / "home"
    home.mkdir()
    marker = tmp_path / "ran"
    (home / ".reportlab_settings").write_text(f"open({str(marker)!r} + '-settings', 'w').write('ran')\n")
    (home / ".reportlab_mods").write_text(f"open({str(marker)!r} + '-mods', 'w').write('ran')\n")
    subprocess.run([sys.executable, "-c", "import reportlab.rl_config"], cwd=tmp_path, check=True, timeout=120,
                   env={**os.environ, "HOME": str(home)})
    assert Path(f"{marker}-settings").exists() and Path(f"{marker}-mods").exists()
