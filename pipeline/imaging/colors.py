"""Colour helpers for screens: hex parsing, mixing, and WCAG contrast so text stays readable."""

from __future__ import annotations

import functools
import re

RGB = tuple[int, int, int]

WHITE: RGB = (255, 255, 255)
BLACK: RGB = (0, 0, 0)
MIN_BODY_CONTRAST = 4.5  # WCAG 2.x AA for normal-size text

_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def hex_to_rgb(value: str) -> RGB:
    """Parse "#0B5FA5", "0B5FA5" or "#abc" into an (r, g, b) tuple of 0..255."""
    match = _HEX.match(value.strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"not a hex colour: {value!r} (expected #RRGGBB)")
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def rgb_to_hex(color: RGB) -> str:
    """Format an (r, g, b) tuple as "#RRGGBB"."""
    return "#{:02X}{:02X}{:02X}".format(*color)


def to_rgb(color: str | RGB) -> RGB:
    """Accept a hex string or an (r, g, b) tuple; return the tuple."""
    if isinstance(color, str):
        return hex_to_rgb(color)
    r, g, b = color[:3]
    return (int(r), int(g), int(b))


def mix(color_a: str | RGB, color_b: str | RGB, amount: float) -> RGB:
    """Blend `amount` (0..1) of `color_b` into `color_a` (0 gives a, 1 gives b)."""
    a, b = to_rgb(color_a), to_rgb(color_b)
    amount = min(1.0, max(0.0, amount))
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b))  # type: ignore[return-value]


def lighten(color: str | RGB, amount: float) -> RGB:
    """Move `amount` (0..1) of the way towards white."""
    return mix(color, WHITE, amount)


def darken(color: str | RGB, amount: float) -> RGB:
    """Move `amount` (0..1) of the way towards black."""
    return mix(color, BLACK, amount)


def relative_luminance(color: str | RGB) -> float:
    """WCAG relative luminance of an sRGB colour (0 black .. 1 white)."""
    return _luminance(to_rgb(color))


@functools.lru_cache(maxsize=4096)
def _luminance(rgb: RGB) -> float:
    """relative_luminance of an (r, g, b) tuple, remembered: a page's layout asks it of the same few colours
    hundreds of times (every text against every fill under it)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(color_a: str | RGB, color_b: str | RGB) -> float:
    """WCAG contrast ratio between two colours (1 .. 21)."""
    la, lb = relative_luminance(color_a), relative_luminance(color_b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def ensure_contrast(foreground: str | RGB, background: str | RGB,
                    min_ratio: float = MIN_BODY_CONTRAST) -> RGB:
    """`foreground`, darkened or lightened just enough to reach `min_ratio` against `background`.

    Keeps the brand hue as far as possible: a light orange on white becomes a darker orange,
    not black. Moves towards whichever of black/white can reach the ratio.
    """
    fg, bg = to_rgb(foreground), to_rgb(background)
    if contrast_ratio(fg, bg) >= min_ratio:
        return fg
    towards = BLACK if contrast_ratio(BLACK, bg) >= contrast_ratio(WHITE, bg) else WHITE
    for step in range(1, 101):
        candidate = mix(fg, towards, step / 100)
        if contrast_ratio(candidate, bg) >= min_ratio:
            return candidate
    return towards


def text_color_on(background: str | RGB, dark: str | RGB = (17, 24, 39),
                  light: str | RGB = WHITE) -> RGB:
    """The better of a dark and a light text colour on `background` (highest contrast)."""
    dark_rgb, light_rgb = to_rgb(dark), to_rgb(light)
    if contrast_ratio(dark_rgb, background) >= contrast_ratio(light_rgb, background):
        return dark_rgb
    return light_rgb
