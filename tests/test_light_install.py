"""A loudspeaker station's install: `sync` and `serve` run without the producer's dependencies (what
`pip install media-pipeline` brings, without the `studio` extra), and `sync` without `fcntl` (Windows)."""

from __future__ import annotations

import configparser
import hashlib
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipeline.stage_names import STAGE_NAMES
from pipeline.stages import STAGES
from test_delivery import _publish, media_dir  # noqa: F401 (media_dir is a fixture)

ROOT = Path(__file__).resolve().parent.parent
# The import names of every `studio` dependency of setup.cfg: none of them is installed at a station.
STUDIO_MODULES = ["yaml", "fontTools", "fontpkg_be_vietnam_pro", "reportlab", "PIL", "numpy", "scipy", "pyloudnorm",
                  "imageio_ffmpeg", "espeakng_loader", "gtts", "mutagen", "moviepy", "cv2", "pikepdf", "pypdfium2",
                  "tqdm", "segno"]
BLOCKING_RUNNER = textwrap.dedent('''
    """Run the media-pipeline command with some modules made impossible to import (as if not installed)."""
    import importlib.abc
    import sys

    blocked = set(sys.argv[1].split(","))

    class NotInstalled(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split(".")[0] in blocked:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    for loaded in [name for name in sys.modules if name.split(".")[0] in blocked]:
        del sys.modules[loaded]
    sys.meta_path.insert(0, NotInstalled())
    sys.argv = ["media-pipeline", *sys.argv[2:]]
    from pipeline.cli import main

    main()
''')


def _studio_requirements() -> set[str]:
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    lines = config["options.extras_require"]["studio"].split()
    return {line.split(">=")[0].lower() for line in lines}


def test_the_station_install_is_light_and_every_studio_dependency_is_blocked_here():
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    base = {line.split(">=")[0].lower() for line in config["options"]["install_requires"].split()}
    assert base == {"click", "cryptography"}
    studio = _studio_requirements()
    heavy = {"numpy", "scipy", "opencv-python-headless", "imageio-ffmpeg", "moviepy", "reportlab", "pikepdf"}
    assert heavy <= studio and not heavy & base
    assert len(STUDIO_MODULES) == len(studio)  # one import name blocked per studio requirement
    for extra in ("test", "dask", "bench"):  # the README's and CI's install commands still get everything
        assert "media-pipeline[studio]" in config["options.extras_require"][extra].split()
    assert STAGE_NAMES == tuple(stage.name for stage in STAGES)  # the CLI's copy, which needs no renderer


def _run(tmp_path: Path, blocked: list[str], *args: str, **popen) -> subprocess.Popen:
    runner = tmp_path / "not_installed.py"
    runner.write_text(BLOCKING_RUNNER, encoding="utf-8")
    return subprocess.Popen([sys.executable, str(runner), ",".join(blocked), *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


@pytest.mark.parametrize("without_fcntl", [False, True], ids=["linux", "no-fcntl"])
def test_sync_against_serve_with_no_studio_dependency(tmp_path, media_dir, without_fcntl):  # noqa: F811
    out_dir, dest = _publish(tmp_path, media_dir)
    server = _run(tmp_path, STUDIO_MODULES, "serve", "--out", str(out_dir), "--port", "0")
    try:
        first_line = server.stdout.readline()
        assert first_line.startswith("Serving"), first_line + server.stderr.read()
        feed_url = first_line.split(" at ", 1)[1].split(" ", 1)[0] + "feed.xml"
        station = tmp_path / "station"
        blocked = STUDIO_MODULES + ["fcntl"] * without_fcntl
        sync = _run(tmp_path, blocked, "sync", feed_url, str(station))
        stdout, stderr = sync.communicate(timeout=120)
        assert sync.returncode == 0, stdout + stderr
        assert "3 downloaded" in stdout
        for line in (dest / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
            digest, name = line.split(maxsplit=1)
            if name.endswith(".mp3"):
                assert hashlib.sha256((station / name).read_bytes()).hexdigest() == digest
        assert (station / "playlist.m3u").is_file()
        if without_fcntl:  # the lock is a file holding the pid, gone after the run; a live holder stops a run
            assert not (station / ".sync.lock").exists()
            (station / ".sync.lock").write_text(f"{server.pid}\n", encoding="ascii")
            again = _run(tmp_path, blocked, "sync", feed_url, str(station))
            stdout, stderr = again.communicate(timeout=120)
            assert again.returncode == 1 and "another sync is still running" in stdout + stderr
            dead = subprocess.Popen([sys.executable, "-c", "pass"])
            dead.wait()
            (station / ".sync.lock").write_text(f"{dead.pid}\n", encoding="ascii")  # a run that died
            os.utime(station / ".sync.lock", (time.time() - 60, time.time() - 60))
            again = _run(tmp_path, blocked, "sync", feed_url, str(station))
            stdout, stderr = again.communicate(timeout=120)
            assert again.returncode == 0 and "3 already here" in stdout, stdout + stderr
    finally:
        server.terminate()
        server.communicate(timeout=10)


def test_a_producer_command_names_the_extra_it_needs(tmp_path):
    for command in (["build", str(ROOT / "assets" / "campaign"), "--out", str(tmp_path / "o")],
                    ["publish", "--out", str(tmp_path / "o")], ["preflight", str(tmp_path / "x.pdf")]):
        process = _run(tmp_path, STUDIO_MODULES, *command)
        stdout, stderr = process.communicate(timeout=60)
        assert process.returncode == 1, stdout + stderr
        assert "pip install 'media-pipeline[studio]'" in stderr and "Traceback" not in stderr
        assert not (tmp_path / "o").exists()
