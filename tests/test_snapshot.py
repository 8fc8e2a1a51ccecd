"""One snapshot per build: the logo is read and hashed once when the campaign is loaded, and every render
draws those bytes. A logo replaced (or removed) after planning never reaches a PDF or PNG of that build;
`verify` and `package printers` never pass a file whose logo differs from what its manifest records."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pikepdf
from click.testing import CliRunner
from PIL import Image
from pikepdf import PdfImage

from pipeline.approve import approve_texts
from pipeline.build import build
from pipeline.campaign import load_campaign
from pipeline.cli import cli
from tests.conftest import FIXTURES

RED, GREEN = (230, 0, 0), (0, 170, 0)


def solid_logo(path: Path, colour: tuple[int, int, int]) -> None:
    Image.new("RGB", (400, 400), colour).save(path)


def pdf_logo_colour(pdf_path: Path) -> str:
    """'red' or 'green': the colour of the largest image on the flyer's first page (the logo, in CMYK)."""
    with pikepdf.open(pdf_path) as pdf:
        xobjects = pdf.pages[0].obj.Resources.get("/XObject", {})
        images = [PdfImage(obj) for _, obj in xobjects.items() if obj.get("/Subtype") == "/Image"]
        picture = max(images, key=lambda image: image.width * image.height).as_pil_image()
    assert picture.mode == "CMYK"
    c, m, _, _ = np.asarray(picture, dtype=float).reshape(-1, 4).mean(axis=0)
    return "red" if m > c + 60 else "green" if c > m + 60 else f"neither (C {c:.0f}, M {m:.0f})"


def png_colours(png_path: Path) -> dict[str, int]:
    """How many pixels of the infographic are the red or the green logo's colour."""
    pixels = np.asarray(Image.open(png_path).convert("RGB"), dtype=int)
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return {"red": int(((r > 180) & (g < 60) & (b < 60)).sum()), "green": int(((g > 130) & (r < 60) & (b < 60)).sum())}


def test_a_logo_replaced_after_planning_never_reaches_the_outputs(tmp_path):
    root, out = tmp_path / "campaign", tmp_path / "out"
    shutil.copytree(FIXTURES / "campaign", root)
    logo = root / "brand" / "logo.png"
    solid_logo(logo, RED)
    approve_texts(sorted((root / "texts").glob("*.md")), by="Trung tâm Truyền thông")
    planned = load_campaign(root)                  # the build's snapshot: the red logo
    solid_logo(logo, GREEN)                        # replaced before any render ran
    lines: list[str] = []
    report = build(planned, out, ["leaflets", "infographics"], echo=lines.append)
    assert report.exit_code == 0, lines
    assert pdf_logo_colour(out / "leaflets" / "luong-huu.pdf") == "red"
    colours = png_colours(out / "infographics" / "luong-huu" / "portrait.png")
    assert colours["red"] > 1000 and colours["green"] == 0, colours
    assert any("brand/logo.png changed during the build" in line for line in lines), lines

    runner = CliRunner()
    assert runner.invoke(cli, ["verify", "--out", str(out)]).exit_code == 0  # what was built is what is recorded
    package = runner.invoke(cli, ["package", "printers", str(root), "--out", str(out)])
    assert package.exit_code != 0 and "changed since" in package.output, package.output   # green now: stale
    assert not (out / "package").exists() or not list((out / "package").rglob("*.pdf"))

    rebuilt = runner.invoke(cli, ["build", str(root), "--out", str(out), "--stage", "leaflets"])
    assert rebuilt.exit_code == 0 and "params changed" in rebuilt.output, rebuilt.output
    assert pdf_logo_colour(out / "leaflets" / "luong-huu.pdf") == "green"
    assert runner.invoke(cli, ["package", "printers", str(root), "--out", str(out)]).exit_code == 0


def test_renders_never_open_the_logo_file_again(tmp_path):
    """The logo removed after planning: the build still renders the planned one (it reads only the snapshot)."""
    root, out = tmp_path / "campaign", tmp_path / "out"
    shutil.copytree(FIXTURES / "campaign", root)
    solid_logo(root / "brand" / "logo.png", RED)
    approve_texts(sorted((root / "texts").glob("*.md")), by="Trung tâm Truyền thông")
    planned = load_campaign(root)
    (root / "brand" / "logo.png").unlink()
    lines: list[str] = []
    report = build(planned, out, ["leaflets"], jobs=2, echo=lines.append)
    assert report.exit_code == 0, lines
    assert pdf_logo_colour(out / "leaflets" / "thai-san.pdf") == "red"
    assert any("brand/logo.png changed during the build" in line for line in lines), lines


def test_a_dask_worker_never_renders_a_logo_changed_since_planning(tmp_path):
    """Dask workers are separate processes without the build's bytes: they read the logo file once and use it
    only if it is the planned version; a replaced one fails the job, naming the file, and ships nothing."""
    root, out = tmp_path / "campaign", tmp_path / "out"
    shutil.copytree(FIXTURES / "campaign", root)
    solid_logo(root / "brand" / "logo.png", RED)
    approve_texts(sorted((root / "texts").glob("*.md")), by="Trung tâm Truyền thông")
    planned = load_campaign(root)
    solid_logo(root / "brand" / "logo.png", GREEN)
    lines: list[str] = []
    report = build(planned, out, ["leaflets"], jobs=1, executor="dask", echo=lines.append)
    assert report.exit_code == 1
    (result,) = report.stages
    assert sorted(key for key, _ in result.failed) == ["luong-huu", "thai-san", "trifold"], result.failed
    assert all("brand/logo.png changed since the build started" in message for _, message in result.failed)
    assert not list(out.rglob("*.pdf"))
    assert CliRunner().invoke(cli, ["verify", "--out", str(out)]).exit_code == 0
