"""A loudspeaker station's install: `sync` and `serve` run in a fresh virtual environment holding only what
`pip install media-pipeline` brings (setup.cfg's install_requires, without the `studio` extra), and `sync`
also without `fcntl` (Windows)."""

from __future__ import annotations

import configparser
import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from pipeline.stage_names import STAGE_NAMES
from pipeline.stages import STAGES
from test_delivery import _publish, media_dir  # noqa: F401 (media_dir is a fixture)

ROOT = Path(__file__).resolve().parent.parent
BLOCKING_RUNNER = textwrap.dedent('''
    """Run the media-pipeline command with some modules made impossible to import (as on Windows)."""
    import importlib.abc
    import sys

    blocked = set(filter(None, sys.argv[1].split(",")))

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


def _setup_cfg() -> configparser.ConfigParser:
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    return config


def _names(lines: str) -> set[str]:
    return {Requirement(line).name.lower() for line in lines.split()}


def test_the_station_install_leaves_out_every_producer_dependency():
    config = _setup_cfg()
    base = _names(config["options"]["install_requires"])
    assert base == {"click", "cryptography", "defusedxml"}
    studio = _names(config["options.extras_require"]["studio"])
    assert {"numpy", "scipy", "opencv-python-headless", "imageio-ffmpeg", "moviepy", "reportlab", "pikepdf",
            "pillow", "pyyaml"} <= studio
    for extra in ("test", "dask", "bench"):  # the README's and CI's install commands still get everything
        assert "media-pipeline[studio]" in config["options.extras_require"][extra].split()
    assert STAGE_NAMES == tuple(stage.name for stage in STAGES)  # the CLI's copy, which needs no renderer


@pytest.fixture(scope="module")
def station_python(tmp_path_factory) -> Path:
    """A fresh virtual environment with only install_requires (and what they require in turn), their
    installed files copied from this environment, and this repository on its path: a station's install."""
    venv = tmp_path_factory.mktemp("station") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = next(venv.glob("lib/python*/site-packages"))
    todo = [Requirement(line) for line in _setup_cfg()["options"]["install_requires"].split()]
    copied: set[str] = set()
    while todo:
        requirement = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        distribution = importlib.metadata.distribution(requirement.name)
        if distribution.metadata["Name"].lower() in copied:
            continue
        copied.add(distribution.metadata["Name"].lower())
        for file in distribution.files or ():
            if ".." not in file.parts:  # scripts in bin/ are not needed
                (site / file).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(distribution.locate_file(file), site / file)
        todo += [Requirement(line) for line in distribution.requires or ()]
    (site / "media_pipeline_source.pth").write_text(str(ROOT) + "\n", encoding="utf-8")
    print(f"\nstation environment: {', '.join(sorted(copied))}")
    return venv / "bin" / "python"


def _run(python: Path, tmp_path: Path, blocked: list[str], *args: str) -> subprocess.Popen:
    runner = tmp_path / "runner.py"
    runner.write_text(BLOCKING_RUNNER, encoding="utf-8")
    return subprocess.Popen([str(python), str(runner), ",".join(blocked), *args], cwd=tmp_path, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("without_fcntl", [False, True], ids=["linux", "no-fcntl"])
def test_sync_against_serve_in_a_station_install(station_python, tmp_path, media_dir, without_fcntl):  # noqa: F811
    out_dir, dest = _publish(tmp_path, media_dir)
    server = _run(station_python, tmp_path, [], "serve", "--out", str(out_dir), "--port", "0")
    try:
        first_line = server.stdout.readline()
        assert first_line.startswith("Serving"), first_line + server.stderr.read()
        feed_url = first_line.split(" at ", 1)[1].split(" ", 1)[0] + "feed.xml"
        station = tmp_path / "station"
        blocked = ["fcntl"] * without_fcntl
        sync = _run(station_python, tmp_path, blocked, "sync", feed_url, str(station))
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
            again = _run(station_python, tmp_path, blocked, "sync", feed_url, str(station))
            stdout, stderr = again.communicate(timeout=120)
            assert again.returncode == 1 and "another sync is still running" in stdout + stderr
            dead = subprocess.Popen([sys.executable, "-c", "pass"])
            dead.wait()
            (station / ".sync.lock").write_text(f"{dead.pid}\n", encoding="ascii")  # a run that died
            os.utime(station / ".sync.lock", (time.time() - 60, time.time() - 60))
            again = _run(station_python, tmp_path, blocked, "sync", feed_url, str(station))
            stdout, stderr = again.communicate(timeout=120)
            assert again.returncode == 0 and "3 already here" in stdout, stdout + stderr
    finally:
        server.terminate()
        server.communicate(timeout=10)


def test_a_producer_command_names_the_extra_it_needs(station_python, tmp_path):
    for command in (["build", str(ROOT / "assets" / "campaign"), "--out", str(tmp_path / "o")],
                    ["publish", "--out", str(tmp_path / "o")], ["preflight", str(tmp_path / "x.pdf")]):
        process = _run(station_python, tmp_path, [], *command)
        stdout, stderr = process.communicate(timeout=60)
        assert process.returncode == 1, stdout + stderr
        assert "pip install 'media-pipeline[studio]'" in stderr and "Traceback" not in stderr
        assert not (tmp_path / "o").exists()
