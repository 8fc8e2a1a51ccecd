"""Derived data kept between builds (pipeline.cache): what a build reads back is what it would have made, a damaged
entry is made again, and nothing is kept outside a build."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pipeline import cache
from pipeline.content import Brand
from pipeline.imaging.colors import WHITE
from pipeline.imaging.logo import logo_ink
from pipeline.leaflets import printing
from pipeline.leaflets.flyer import render_flyer
from pipeline.leaflets.settings import LeafletSettings
from tests.conftest import make_campaign, make_text


@pytest.fixture
def logo_path(tmp_path) -> Path:
    """A small RGBA logo with soft edges (partly transparent pixels) in two colours."""
    size = 180
    yy, xx = np.mgrid[0:size, 0:size]
    distance = np.sqrt((xx - size / 2) ** 2 + (yy - size / 2) ** 2)
    rgba = np.zeros((size, size, 4), np.uint8)
    rgba[..., :3] = (11, 95, 165)
    rgba[yy > size * 0.6, :3] = (245, 166, 35)
    rgba[..., 3] = np.clip((size / 2 - distance) * 40, 0, 255).astype(np.uint8)
    path = tmp_path / "brand" / "logo.png"
    path.parent.mkdir()
    Image.fromarray(rgba).save(path)
    return path


def test_an_entry_reads_back_and_a_damaged_or_cut_one_reads_as_absent(tmp_path):
    name = cache.key("test", input="abc", size=[3, 4])
    assert name == cache.key("test", size=[3, 4], input="abc") != cache.key("test", input="abd", size=[3, 4])
    with cache.using(tmp_path):
        cache.write("test", name, b"payload \x00\xff" * 100)
        assert cache.read("test", name) == b"payload \x00\xff" * 100
        entry = cache.path_of("test", name)
        good = entry.read_bytes()
        for damaged in (good[:-1], good[:-7] + b"PAYLOAD", good[:20], b"", good.replace(b"MPDC1", b"MPDC2")):
            entry.write_bytes(damaged)
            assert cache.read("test", name) is None
        assert cache.read("test", cache.key("test", input="never written")) is None
    assert cache.read("test", name) is None   # no cache in use: nothing read...
    cache.write("test", cache.key("test", input="outside"), b"x")
    assert sorted(p.name for p in (tmp_path / "test").rglob("*") if p.is_file()) == [name]   # ...nor written


def test_a_flyer_drawn_from_the_kept_cmyk_logo_is_the_same_bytes(tmp_path, logo_path, monkeypatch):
    """The first build converts the logo and keeps it; the next reads it (no conversion) and draws the same PDF;
    a damaged entry is converted again, to the same bytes, and replaced."""
    text = make_text()
    campaign = make_campaign((text,), brand=Brand(primary="#0B5FA5", accent="#F5A623", logo=logo_path))
    folder = tmp_path / ".cache"

    def flyer(name: str) -> bytes:
        printing.logo_cmyk.cache_clear()   # a new process: only the folder is left from the build before
        with cache.using(folder):
            render_flyer(campaign, text, tmp_path / name, LeafletSettings())
        return (tmp_path / name).read_bytes()

    converted = flyer("converted.pdf")
    entries = [path for path in (folder / "logo-cmyk").rglob("*") if path.is_file()]
    assert len(entries) == 1
    kept = entries[0].read_bytes()

    def no_conversion(*args, **kwargs):
        raise AssertionError("the logo was converted again instead of read from the cache")

    with monkeypatch.context() as patched:
        patched.setattr(printing, "image_to_cmyk", no_conversion)
        assert flyer("from-cache.pdf") == converted

    entries[0].write_bytes(kept[:-100])   # cut short: a full disk, a copy interrupted
    assert flyer("after-damage.pdf") == converted
    assert entries[0].read_bytes() == kept


def test_logo_ink_is_the_exact_alpha_weighted_mean():
    rng = random.Random(7)
    for _ in range(20):
        width, height = rng.randint(1, 30), rng.randint(1, 30)
        pixels = [tuple(rng.randrange(256) for _ in range(3)) + (rng.choice((0, 0, 17, 128, 255, rng.randrange(256))),)
                  for _ in range(width * height)]
        image = Image.new("RGBA", (width, height))
        image.putdata(pixels)
        total = sum(p[3] for p in pixels)
        expected = WHITE if total == 0 else tuple(round(sum(p[i] * p[3] for p in pixels) / total) for i in range(3))
        assert logo_ink(image) == expected
    assert logo_ink(Image.new("RGBA", (5, 5), (10, 20, 30, 0))) == WHITE
    assert logo_ink(Image.new("RGB", (5, 5), (10, 20, 30))) == (10, 20, 30)


def _as_a_new_process(*cached) -> None:
    """Forget what this process computed, as a new build process would start: only the cache folder is left."""
    from pipeline.leaflets import colors

    for function in (colors.rgb_to_cmyk, colors.srgb_to_lab, colors.cmyk_to_lab, colors._grey_to_k,
                     colors._k_lightness, colors._to_cmyk_transform, colors._to_lab_transform,
                     colors._srgb_lab_transform, printing.logo_cmyk, *cached):
        function.cache_clear()
    colors._kept_tables.clear()


def test_colours_kept_between_builds_draw_the_same_flyer_and_preflight_without_littlecms(tmp_path, logo_path,
                                                                                       monkeypatch):
    """Brand colours, the grey -> K table and the ΔE of the brand check are computed by littleCMS once and kept;
    the next build reads them back (building no transform at all) and makes the same PDF and the same preflight
    report; a damaged entry is computed again to the same values; without a cache nothing is kept."""
    from PIL import ImageCms

    from pipeline.leaflets.preflight import preflight

    text = make_text()
    campaign = make_campaign((text,), brand=Brand(primary="#0B5FA5", accent="#F5A623", logo=logo_path))
    folder = tmp_path / ".cache"

    def build(name: str, folder_in_use: Path | None = folder) -> tuple[bytes, list]:
        _as_a_new_process()
        with cache.using(folder_in_use):
            render_flyer(campaign, text, tmp_path / name, LeafletSettings())
            report = preflight(tmp_path / name, product="flyer", brand={"primary": "#0B5FA5"})
        return (tmp_path / name).read_bytes(), report.as_dict()["checks"]

    computed = build("computed.pdf")
    entries = [path for path in (folder / "colours").rglob("*") if path.is_file()]
    assert len(entries) == 1
    kept = entries[0].read_bytes()

    def no_transform(*args, **kwargs):
        raise AssertionError("littleCMS built a transform although every colour was kept")

    with monkeypatch.context() as patched:
        patched.setattr(ImageCms, "buildTransform", no_transform)
        assert build("from-cache.pdf") == computed

    entries[0].write_bytes(kept[:-50])   # cut short: computed again, to the same values
    assert build("after-damage.pdf") == computed
    assert entries[0].read_bytes() == kept
    assert build("no-cache.pdf", None) == computed
    assert [path for path in (folder / "colours").rglob("*") if path.is_file()] == entries


def test_a_kept_colour_entry_of_the_wrong_shape_is_computed_again(tmp_path):
    """An entry whose checksum holds but whose values are not what a conversion gives (an old format, a hand-made
    file) is not trusted: each value is computed again, the same as without a cache."""
    import json

    from pipeline.leaflets import colors

    _as_a_new_process()
    expected = (colors.rgb_to_cmyk(11, 95, 165), colors.rgb_to_cmyk(128, 128, 128), colors.srgb_to_lab((11, 95, 165)))
    name = colors._kept_name(colors.DEFAULT_CONDITION)
    hostile = {"rgb_to_cmyk": {"11,95,165": "cyan"}, "grey_to_k": {"": [300] * 256},
               "srgb_to_lab": {"11,95,165": [1, 2]}, "cmyk_to_lab": ["not", "a", "mapping"]}
    with cache.using(tmp_path):
        cache.write("colours", name, json.dumps(hostile).encode())
        _as_a_new_process()
        got = (colors.rgb_to_cmyk(11, 95, 165), colors.rgb_to_cmyk(128, 128, 128), colors.srgb_to_lab((11, 95, 165)))
        kept = json.loads(cache.read("colours", name))
    assert got == expected
    assert len(kept["grey_to_k"][""]) == 256 and all(0 <= v <= 255 for v in kept["grey_to_k"][""])
    _as_a_new_process()
