"""Print colour: hex brand colours to CMYK, ink limits, tints, and raster images converted to CMYK.

Conversion uses full grey-component replacement (K carries the darkness, at most two of C/M/Y are
needed): neutral greys and black print on the K plate alone, which keeps black text 100 % K and
total ink low. Pillow's own `convert("CMYK")` is a naive inversion (K = 0, black = 300 % C+M+Y),
muddy and at the ink limit, so it is not used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image
from reportlab.lib.colors import CMYKColor

from pipeline.content import Brand
from pipeline.imaging.colors import hex_to_rgb  # one parser for every medium

MAX_INK = 3.0  # 300 % total area coverage: the usual limit for coated stock on offset presses

CMYK = tuple[float, float, float, float]

BLACK: CMYK = (0.0, 0.0, 0.0, 1.0)  # text black: K only, so it cannot mis-register
WHITE: CMYK = (0.0, 0.0, 0.0, 0.0)


def rgb_to_cmyk(red: int, green: int, blue: int) -> CMYK:
    """An 8-bit RGB colour as CMYK 0..1 with full grey-component replacement."""
    r, g, b = red / 255.0, green / 255.0, blue / 255.0
    k = 1.0 - max(r, g, b)
    if k >= 1.0:
        return BLACK
    c, m, y = ((1.0 - v - k) / (1.0 - k) for v in (r, g, b))
    return limit_ink((round(c, 3), round(m, 3), round(y, 3), round(k, 3)))


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
                  max_ink: float = MAX_INK) -> Image.Image:
    """A raster image as a CMYK Pillow image: alpha flattened onto `background`, GCR, ink-limited."""
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
        values = np.asarray(rgb, dtype=np.float32) / 255.0
        k = 1.0 - values.max(axis=2)
        denominator = np.where(k < 1.0, 1.0 - k, 1.0)
        cmy = np.where((k < 1.0)[..., None], (1.0 - values - k[..., None]) / denominator[..., None], 0.0)
        cmyk = np.concatenate([cmy, k[..., None]], axis=2)
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
        data = np.asarray(image, dtype=np.uint16)
        return float(data.sum(axis=2).max()) / 255.0
    if image.mode in ("L", "1"):
        data = np.asarray(image.convert("L"), dtype=np.uint16)
        return float(255 - data.min()) / 255.0  # grey as K: dark = ink
    raise ValueError(f"not a print image mode: {image.mode}")
