"""Print colour: brand colours and images sRGB -> the output profile (littleCMS), ink limits, tints.

Colours go through Pillow's ImageCms (littleCMS) from sRGB to the bundled CMYK output profile
(assets/icc/, FOGRA39 = ISO Coated, TAC 300 %) with the relative colorimetric intent: brand colours
are mostly inside the press gamut, where relative colorimetric keeps them exact (perceptual would
compress every colour, in-gamut ones too, and dull the brand blue: ΔE76 16 instead of 1.5). Images
(the logo) add black point compensation, which maps sRGB black onto the press's black so shadows
keep their detail; flat brand colours do without it, because it lightens every colour with the
black point (the brand blue moves from ΔE76 1.5 to 4.9).
Neutral colours (R = G = B) print on the K plate alone, at the K tint of the same lightness on the
profile: black text stays 100 % K and greys cannot mis-register. Pillow's own `convert("CMYK")`
is a naive inversion and is not used.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms
from reportlab.lib.colors import CMYKColor

from pipeline import cache
from pipeline.content import Brand
from pipeline.imaging.colors import hex_to_rgb  # one parser for every medium

MAX_INK = 3.0  # 300 % total area coverage: the usual limit for coated stock on offset presses

CMYK = tuple[float, float, float, float]

ICC_DIR = Path(__file__).resolve().parents[2] / "assets" / "icc"
OUTPUT_PROFILES = {  # output condition -> (bundled profile, OutputCondition text, registry name)
    "FOGRA39": ("FOGRA39-TAC300.icc", "Offset printing, ISO 12647-2:2004/Amd 1, coated paper (PT 1/2), "
                "screen 60/cm (FOGRA39L); TAC 300 %", "http://www.color.org"),
}
DEFAULT_CONDITION = "FOGRA39"

BLACK: CMYK = (0.0, 0.0, 0.0, 1.0)  # text black: K only, so it cannot mis-register
WHITE: CMYK = (0.0, 0.0, 0.0, 0.0)


def profile_path(condition: str = DEFAULT_CONDITION) -> Path:
    """The bundled ICC output profile of an output condition."""
    return ICC_DIR / OUTPUT_PROFILES[condition][0]


@functools.lru_cache(maxsize=4)
def profile_bytes(condition: str = DEFAULT_CONDITION) -> bytes:
    """The bundled ICC output profile's bytes, read once per process (converted with, and embedded in, every PDF)."""
    return profile_path(condition).read_bytes()


@functools.lru_cache(maxsize=4)
def profile_flate(condition: str = DEFAULT_CONDITION) -> bytes:
    """The output profile Flate-compressed, once per process (as qpdf would compress it in every PDF: the same bytes)."""
    return zlib.compress(profile_bytes(condition))


@functools.lru_cache(maxsize=4)
def _output_profile(condition: str) -> ImageCms.ImageCmsProfile:
    """The output profile, held in memory: littleCMS reads the tags of a profile opened from a file path
    lazily through one open file, whose offset forked workers share, and then fails ("Could not get profile")."""
    return ImageCms.getOpenProfile(io.BytesIO(profile_bytes(condition)))


@functools.lru_cache(maxsize=8)
def _to_cmyk_transform(condition: str, black_point_compensation: bool) -> ImageCms.ImageCmsTransform:
    flags = ImageCms.Flags.BLACKPOINTCOMPENSATION if black_point_compensation else ImageCms.Flags.NONE
    return ImageCms.buildTransform(ImageCms.createProfile("sRGB"), _output_profile(condition), "RGB", "CMYK",
                                   renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC, flags=flags)


@functools.lru_cache(maxsize=4)
def _to_lab_transform(condition: str) -> ImageCms.ImageCmsTransform:
    # absolute colorimetric is not wanted here: the ΔE is judged on paper white, as a viewer adapts to it
    return ImageCms.buildTransform(_output_profile(condition), ImageCms.createProfile("LAB", 5000), "CMYK", "LAB",
                                   renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)


@functools.lru_cache(maxsize=4)
def _k_lightness(condition: str) -> np.ndarray:
    """L* of every K tint 0..255 printed alone, for the neutral -> K mapping."""
    ramp = Image.frombytes("CMYK", (256, 1), bytes(v for k in range(256) for v in (0, 0, 0, k)))
    lab = ImageCms.applyTransform(ramp, _to_lab_transform(condition))
    return np.asarray(lab, dtype=np.float64)[0, :, 0] * 100.0 / 255.0


@functools.lru_cache(maxsize=4)
def _grey_to_k(condition: str) -> np.ndarray:
    """K (0..255) of every sRGB grey 0..255: the K tint of the same L* (0 -> 100 % K, 255 -> paper)."""
    def compute() -> list[int]:
        lightness = _k_lightness(condition)
        table = [int(np.argmin(np.abs(lightness - srgb_lightness(v, v, v)))) for v in range(256)]
        table[0], table[255] = 255, 0
        return table

    return np.array(_kept(condition, "grey_to_k", "", compute), np.uint8)


# --- conversions kept between builds ------------------------------------------------------------------
# Building a littleCMS transform costs 10-45 ms, and the grey -> K table needs two of them and 256 conversions:
# ~0.09 s of every build's serial start for a handful of numbers that only change with the profile, this code
# or the libraries. They are kept in the build's cache (pipeline.cache) under a name made of all of those, read
# back exactly as computed (JSON keeps floats to the last bit); outside a build nothing is kept.

_kept_tables: dict[str, dict] = {}   # by entry path
_computing = 0


_KEPT_LENGTHS = {"grey_to_k": 256, "rgb_to_cmyk": 4, "srgb_to_lab": 3, "cmyk_to_lab": 3}  # 8-bit values each


def _kept(condition: str, table: str, argument: str, compute):
    """`compute()` (a list of 8-bit values) for `argument` of `table`, from the build's cache when it was computed
    before; an entry of another shape (an old or altered file) is computed again."""
    global _computing
    name = _kept_name(condition)
    path = cache.path_of("colours", name)
    if path is None:
        return compute()
    tables = _kept_tables.get(str(path))
    if tables is None:
        payload = cache.read("colours", name)
        try:
            tables = json.loads(payload) if payload is not None else {}
        except ValueError:
            tables = {}
        tables = _kept_tables.setdefault(str(path), tables if isinstance(tables, dict) else {})
    entries = tables.setdefault(table, {})
    if not isinstance(entries, dict):
        entries = tables[table] = {}
    value = entries.get(argument)
    if not (isinstance(value, list) and len(value) == _KEPT_LENGTHS[table]
            and all(isinstance(v, int) and 0 <= v <= 255 for v in value)):
        _computing += 1
        try:
            entries[argument] = compute()
        finally:
            _computing -= 1
        if not _computing:   # once for a table and the conversions it was computed from
            cache.write("colours", name, json.dumps(tables, sort_keys=True).encode("ascii"))
    return entries[argument]


@functools.lru_cache(maxsize=4)
def _kept_name(condition: str) -> str:
    return cache.key("colours", condition=condition, code=cache.source_hash("pipeline.leaflets.colors"),
                     **conversion_inputs(condition))


@functools.lru_cache(maxsize=4)
def conversion_inputs(condition: str = DEFAULT_CONDITION) -> dict[str, str | None]:
    """What a conversion to `condition` depends on besides its input: the profile's digest and the versions of
    Pillow, littleCMS and numpy. Part of the name of every converted colour or image kept in the build's cache."""
    from PIL import __version__ as pillow_version

    return {"profile": hashlib.sha256(profile_bytes(condition)).hexdigest(), "pillow": pillow_version,
            "lcms": getattr(ImageCms.core, "littlecms_version", None), "numpy": np.__version__}


def srgb_lightness(red: int, green: int, blue: int) -> float:
    """CIE L* (D50-adapted, as the PCS) of an 8-bit sRGB colour."""
    return srgb_to_lab((red, green, blue))[0]


@functools.lru_cache(maxsize=4096)  # each conversion serialises the output profile (Pillow): once per colour
def rgb_to_cmyk(red: int, green: int, blue: int, condition: str = DEFAULT_CONDITION) -> CMYK:
    """An 8-bit sRGB colour as CMYK 0..1 on the output profile (relative colorimetric, no BPC).

    Neutrals print on K alone, at the K tint of the same L* on the press (black = 100 % K).
    """
    if red == green == blue:
        return (0.0, 0.0, 0.0, round(int(_grey_to_k(condition)[red]) / 255.0, 3))

    def compute() -> list[int]:
        pixel = Image.new("RGB", (1, 1), (red, green, blue))
        return list(ImageCms.applyTransform(pixel, _to_cmyk_transform(condition, False)).getpixel((0, 0)))

    c, m, y, k = _kept(condition, "rgb_to_cmyk", f"{red},{green},{blue}", compute)
    return limit_ink((round(c / 255.0, 3), round(m / 255.0, 3), round(y / 255.0, 3), round(k / 255.0, 3)))


@functools.lru_cache(maxsize=4096)
def srgb_to_lab(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    """CIE L*a*b* (D50) of an 8-bit sRGB colour, by littleCMS."""
    def compute() -> list[int]:
        pixel = Image.new("RGB", (1, 1), tuple(rgb))
        return list(ImageCms.applyTransform(pixel, _srgb_lab_transform()).getpixel((0, 0)))

    return _lab_from_pil(_kept(DEFAULT_CONDITION, "srgb_to_lab", ",".join(map(str, rgb)), compute))


@functools.lru_cache(maxsize=1)
def _srgb_lab_transform() -> ImageCms.ImageCmsTransform:
    return ImageCms.buildTransform(ImageCms.createProfile("sRGB"), ImageCms.createProfile("LAB", 5000), "RGB", "LAB",
                                   renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)


@functools.lru_cache(maxsize=4096)
def cmyk_to_lab(cmyk: CMYK, condition: str = DEFAULT_CONDITION) -> tuple[float, float, float]:
    """CIE L*a*b* (D50) that a CMYK colour prints as on the output condition (its profile, relative)."""
    values = tuple(int(round(max(0.0, min(1.0, v)) * 255)) for v in cmyk)

    def compute() -> list[int]:
        pixel = Image.new("CMYK", (1, 1), values)
        return list(ImageCms.applyTransform(pixel, _to_lab_transform(condition)).getpixel((0, 0)))

    return _lab_from_pil(_kept(condition, "cmyk_to_lab", ",".join(map(str, values)), compute))


def _lab_from_pil(lab: tuple[int, int, int]) -> tuple[float, float, float]:
    # Pillow's LAB mode: L 0..255 for 0..100, a* and b* offset by 128
    lightness, a, b = lab
    return (lightness * 100.0 / 255.0, float(a - 128), float(b - 128))


def delta_e76(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIE76 colour difference: the Euclidean distance in L*a*b*."""
    return math.dist(lab1, lab2)


def brand_delta_e(hex_colour: str, cmyk: CMYK, condition: str = DEFAULT_CONDITION) -> float:
    """ΔE76 between a brand colour (sRGB hex) and what its CMYK prints as on the output condition."""
    return delta_e76(srgb_to_lab(hex_to_rgb(hex_colour)), cmyk_to_lab(cmyk, condition))


def hex_to_cmyk(hex_colour: str) -> CMYK:
    """A hex brand colour as CMYK 0..1."""
    return rgb_to_cmyk(*hex_to_rgb(hex_colour))


def total_ink(cmyk: CMYK) -> float:
    """Total area coverage of a colour, 0..4 (1.0 = 100 %)."""
    return float(sum(cmyk))


def limit_ink(cmyk: CMYK, max_ink: float = MAX_INK) -> CMYK:
    """Scale C, M and Y down (K is kept) so the total ink stays within `max_ink`."""
    c, m, y, k = cmyk
    cmy = c + m + y
    if cmy + k <= max_ink or cmy == 0:
        return cmyk
    scale = max(0.0, max_ink - k) / cmy
    # round down, so the limited colour never lands a rounding step over the limit
    return (_floor3(c * scale), _floor3(m * scale), _floor3(y * scale), k)


def _floor3(value: float) -> float:
    return math.floor(value * 1000 + 1e-9) / 1000


def tint(cmyk: CMYK, amount: float) -> CMYK:
    """A tint of a colour (`amount` 0..1 of every ink), as printed with a screen."""
    return tuple(round(v * amount, 4) for v in cmyk)  # type: ignore[return-value]


def to_reportlab(cmyk: CMYK) -> CMYKColor:
    """A ReportLab CMYKColor for a CMYK tuple."""
    return CMYKColor(*cmyk)


@dataclass(frozen=True)
class Palette:
    """The print colours of a campaign: brand primary and accent in CMYK, tints, text black."""

    primary: CMYK
    accent: CMYK

    @classmethod
    def from_brand(cls, brand: Brand) -> "Palette":
        """Brand CMYK values when campaign.yaml gives them, else converted from the hex colours."""
        primary = brand.primary_cmyk or hex_to_cmyk(brand.primary)
        accent = brand.accent_cmyk or hex_to_cmyk(brand.accent)
        return cls(limit_ink(tuple(primary)), limit_ink(tuple(accent)))  # type: ignore[arg-type]

    @property
    def black(self) -> CMYKColor:
        """Text black, 100 % K."""
        return to_reportlab(BLACK)

    @property
    def grey(self) -> CMYKColor:
        """Secondary text: a K tint, still on one plate."""
        return to_reportlab((0.0, 0.0, 0.0, 0.72))

    @property
    def rule(self) -> CMYKColor:
        """Hairlines and separators."""
        return to_reportlab((0.0, 0.0, 0.0, 0.2))

    @property
    def white(self) -> CMYKColor:
        """Paper (no ink): knock-out text on colour."""
        return to_reportlab(WHITE)

    def primary_color(self, amount: float = 1.0) -> CMYKColor:
        """The primary colour or a tint of it."""
        return to_reportlab(tint(self.primary, amount))

    def accent_color(self, amount: float = 1.0) -> CMYKColor:
        """The accent colour or a tint of it."""
        return to_reportlab(tint(self.accent, amount))


def image_to_cmyk(image: Image.Image, background: tuple[int, int, int] = (255, 255, 255),
                  max_ink: float = MAX_INK, condition: str = DEFAULT_CONDITION) -> Image.Image:
    """A raster image as a CMYK Pillow image: alpha flattened onto `background`, sRGB -> the output
    profile (relative colorimetric + BPC), ink-limited."""
    if image.mode == "CMYK":
        cmyk = np.asarray(image, dtype=np.float32) / 255.0
    else:
        if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
            rgba = image.convert("RGBA")
            flat = Image.new("RGBA", rgba.size, background + (255,))
            flat.alpha_composite(rgba)
            rgb = flat.convert("RGB")
        else:
            rgb = image.convert("RGB")
        converted = ImageCms.applyTransform(rgb, _to_cmyk_transform(condition, True))
        cmyk = np.asarray(converted, dtype=np.float32) / 255.0
        # neutral pixels on K alone (black = 100 % K), as flat colours: no rich black to mis-register,
        # and paper white stays paper
        pixels = np.asarray(rgb)
        neutral = (pixels[..., 0] == pixels[..., 1]) & (pixels[..., 1] == pixels[..., 2])
        cmyk[neutral] = 0.0
        cmyk[neutral, 3] = _grey_to_k(condition)[pixels[..., 0][neutral]] / 255.0
    total = cmyk.sum(axis=2)
    over = total > max_ink
    if over.any():
        cmy_sum = cmyk[..., :3].sum(axis=2)
        scale = np.where(over & (cmy_sum > 0),
                         np.clip(max_ink - cmyk[..., 3], 0.0, None) / np.maximum(cmy_sum, 1e-6), 1.0)
        cmyk[..., :3] *= scale[..., None]
    # round down so that 8-bit quantisation never pushes a pixel over the limit
    data = np.clip(np.floor(cmyk * 255.0), 0, 255).astype(np.uint8)
    return Image.frombytes("CMYK", (data.shape[1], data.shape[0]), data.tobytes())


def image_max_ink(image: Image.Image) -> float:
    """Highest total ink of any pixel of a CMYK or grey image (0..4)."""
    if image.mode == "CMYK":
        data = np.asarray(image)
        total = data[:, :, 0].astype(np.uint16)  # the four planes added in place: ten times numpy's sum(axis=2)
        for plate in (1, 2, 3):
            total += data[:, :, plate]
        return float(total.max()) / 255.0
    if image.mode in ("L", "1"):
        data = np.asarray(image.convert("L"), dtype=np.uint16)
        return float(255 - data.min()) / 255.0  # grey as K: dark = ink
    raise ValueError(f"not a print image mode: {image.mode}")
