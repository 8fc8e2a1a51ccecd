"""The fast paths of the infographics give what the slow ones gave: the same pixels, the same fits."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from pipeline.imaging import shapes
from pipeline.imaging.text import fit_text
from pipeline.templates.model import Style
from pipeline.templates.pillow import PillowMeasurer
from pipeline.textwrap_vi import words_apart

ROOT = Path(__file__).resolve().parents[1]


def test_rounded_rectangle_paints_the_pixels_of_its_full_size_mask():
    rng = random.Random(18)
    for _ in range(1500):
        base = Image.new("RGB", (80, 80), (rng.randint(0, 255),) * 3)
        x, y = rng.uniform(-5, 40), rng.uniform(-5, 40)
        box = (x, y, x + rng.uniform(1, 60), y + rng.uniform(1, 60))
        radius, fill = rng.uniform(0.6, 30), (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
        fast = base.copy()
        shapes.rounded_rectangle(fast, box, radius, fill)
        x0, y0, x1, y1 = shapes._int_box(box)
        slow = base.copy()  # what every rounded panel was before: the fill through a mask the size of the box
        if min(round(radius), (x1 - x0) // 2, (y1 - y0) // 2) > 0:
            slow.paste(fill, (x0, y0, x1, y1), shapes.rounded_mask(x1 - x0, y1 - y0, radius))
        else:
            slow.paste(fill, (x0, y0, x1, y1))
        assert ImageChops.difference(fast, slow).getbbox() is None, (box, radius)


def test_a_cached_fit_follows_the_words_mode():
    """The measurer's cache keys on whether words are kept whole: inside words_apart() a text may break a word."""
    style = Style("body", "Regular", 40, 30, max_lines=2)
    content = "Người lao động có thời gian đóng bảo hiểm xã hội đủ 15\u00a0năm được nhận lương\u00a0hưu hằng tháng"
    measurer = PillowMeasurer()
    for width in (300, 420, 700):
        whole = measurer.fit(content, style, width, None, 40, split_words=False)
        assert whole == fit_text(content, "Regular", width, None, 40, 30, 1.25, 2, "greedy", split_words=False)
        with words_apart():
            apart = measurer.fit(content, style, width, None, 40, split_words=False)
            assert apart == fit_text(content, "Regular", width, None, 40, 30, 1.25, 2, "greedy", split_words=False)


def modules_of_a_build(tmp_path: Path, stage: str) -> set[str]:
    """The modules loaded by `build --stage STAGE -j 1` of a generated 2-text campaign, run in a fresh process."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from torture import generate_campaign

    campaign = generate_campaign(tmp_path / "campaign", 2)
    probe = ("import sys, runpy\n"
             f"sys.argv = ['pipeline', 'build', {str(campaign)!r}, '--out', {str(tmp_path / 'out')!r}, "
             f"'--stage', {stage!r}, '-j', '1']\n"
             "try:\n    runpy.run_module('pipeline', run_name='__main__')\nexcept SystemExit as exc:\n"
             "    assert not exc.code, exc.code\n"
             "print(' '.join(sorted(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_an_infographics_build_imports_no_video_print_or_cluster_library(tmp_path: Path):
    """A command that draws PNGs loads neither MoviePy, ReportLab, pikepdf nor Dask: their imports are its start-up."""
    loaded = {name.split(".")[0] for name in modules_of_a_build(tmp_path, "infographics")}
    assert len(list((tmp_path / "out" / "infographics").rglob("*.png"))) == 2
    heavy = loaded & {"moviepy", "reportlab", "pikepdf", "distributed", "dask", "cv2", "pypdfium2"}
    assert not heavy, heavy


def test_a_leaflets_build_of_truetype_fonts_loads_no_cff_reader(tmp_path: Path):
    """The preflight reads a CFF font program only when a PDF embeds one; ours embed TrueType, so the build (whose
    imports are its serial start-up, before any worker forks) never loads fontTools' CFF reader or glyph list."""
    loaded = modules_of_a_build(tmp_path, "leaflets")
    assert len(list((tmp_path / "out" / "leaflets").glob("*.pdf"))) == 3   # two flyers and the tri-fold
    assert "pipeline.leaflets.preflight.glyphs" in loaded and "fontTools.ttLib" in loaded
    assert not loaded & {"fontTools.cffLib", "fontTools.agl"}


def test_the_benchmarks_scaling_bound_is_amdahls_law():
    """scripts/bench_all.py: from -j 1 and -j 2 medians, from how many outputs -j 2 / -j 1 reaches 1.8x."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_all import scaling_bound

    one = {"before": 0.29, "after": 0.09, "wall": 0.38 + 101 * 0.039}
    two = {"before": 0.74, "after": 0.08, "wall": 0.82 + 101 * 0.0185}
    line = scaling_bound(one, two, 101, "PDFs")
    assert line.endswith("reaches 1.8x from about 192 PDFs"), line   # (1.8 * 0.82 - 0.38) / (0.039 - 1.8 * 0.0185)
    n = 192
    assert (0.38 + n * 0.039) / (0.82 + n * 0.0185) == pytest.approx(1.8, abs=0.002)
    flat = scaling_bound(one, {**two, "wall": 0.82 + 101 * 0.03}, 101, "PDFs")
    assert "stays under 1.8x at any size" in flat, flat
