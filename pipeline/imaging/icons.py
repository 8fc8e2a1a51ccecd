"""The bundled icon set for key figures (assets/icons/: a subset of Font Awesome Free's solid font, SIL OFL 1.1,
icons CC BY 4.0; made by scripts/make_icons.py): names, drawn with Pillow, and as vector paths for ReportLab.

An icon is a font glyph, so every renderer draws the same outline: Pillow through FreeType (`icon_image`),
ReportLab as a filled path on its canvas (`draw_icon_pdf`, no font to embed).
"""

from __future__ import annotations

import difflib
import functools
import json
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ICON_DIR = Path(__file__).resolve().parents[2] / "assets" / "icons"
FONT_PATH = ICON_DIR / "icons.ttf"


@functools.lru_cache(maxsize=1)
def _codepoints() -> dict[str, int]:
    entries = json.loads((ICON_DIR / "icons.json").read_text("utf-8"))
    return {name: int(entry["codepoint"], 16) for name, entry in entries.items()}


def names() -> tuple[str, ...]:
    """Every icon name, sorted."""
    return tuple(sorted(_codepoints()))


def problem(name: object) -> str | None:
    """Why `name` is no icon of the set (naming the close ones, else all), or None when it is one."""
    if isinstance(name, str) and name in _codepoints():
        return None
    if not isinstance(name, str) or not name.strip():
        return f"must be the name of an icon: {', '.join(names())}"
    close = difflib.get_close_matches(name.strip().lower(), names(), n=4, cutoff=0.5)
    if close:
        return f"no icon {name!r}; did you mean {', '.join(close)}? (all: {', '.join(names())})"
    return f"no icon {name!r}; the icons are {', '.join(names())}"


def glyph(name: str) -> str:
    """The character that draws icon `name` in the icon font."""
    return chr(_codepoints()[name])


@functools.lru_cache(maxsize=32)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_PATH), size)


def icon_image(name: str, size: int, color: tuple[int, int, int]) -> Image.Image:
    """Icon `name` as an RGBA image of `size` x `size` px in `color`, centred (its glyph's own proportions)."""
    image = Image.new("RGBA", (size, size), color + (0,))
    font = _font(size)
    x0, y0, x1, y1 = font.getbbox(glyph(name))
    scale = min(size / max(1, x1 - x0), size / max(1, y1 - y0))
    if scale < 1:  # a wide glyph (the money bill): drawn smaller so it fits the square
        font = _font(max(1, int(size * scale)))
        x0, y0, x1, y1 = font.getbbox(glyph(name))
    draw = ImageDraw.Draw(image)
    draw.text(((size - (x1 - x0)) / 2 - x0, (size - (y1 - y0)) / 2 - y0), glyph(name), font=font, fill=color + (255,))
    return image


@functools.lru_cache(maxsize=64)
def outline(name: str) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """Icon `name` as path operations in font units, y up: ("moveTo", (x, y)), ("lineTo", ...), ("curveTo",
    (x1, y1, x2, y2, x3, y3)), ("close", ()); and its box is `outline_box(name)`."""
    from fontTools.pens.basePen import BasePen

    ops: list[tuple[str, tuple[float, ...]]] = []

    class Recorder(BasePen):
        def _moveTo(self, pt):
            ops.append(("moveTo", pt))

        def _lineTo(self, pt):
            ops.append(("lineTo", pt))

        def _curveToOne(self, pt1, pt2, pt3):
            ops.append(("curveTo", (*pt1, *pt2, *pt3)))

        def _closePath(self):
            ops.append(("close", ()))

    font = _ttfont()
    glyph_set = font.getGlyphSet()
    glyph_name = font.getBestCmap()[_codepoints()[name]]
    glyph_set[glyph_name].draw(Recorder(glyph_set))  # quadratic curves arrive as cubic ones (BasePen)
    return tuple(ops)


@functools.lru_cache(maxsize=1)
def _ttfont():
    from fontTools.ttLib import TTFont

    return TTFont(str(FONT_PATH))


@functools.lru_cache(maxsize=64)
def outline_box(name: str) -> tuple[float, float, float, float]:
    """(x_min, y_min, x_max, y_max) of icon `name`'s outline in font units."""
    from fontTools.pens.boundsPen import BoundsPen

    font = _ttfont()
    glyph_set = font.getGlyphSet()
    pen = BoundsPen(glyph_set)
    glyph_set[font.getBestCmap()[_codepoints()[name]]].draw(pen)
    return pen.bounds


def draw_icon_pdf(canvas, name: str, x: float, y: float, size: float, color=None) -> None:
    """Draw icon `name` on a ReportLab canvas as a filled vector path, fitted and centred in the square of
    `size` pt whose lower left corner is (`x`, `y`); `color` (a CMYKColor for print) is the fill, else the
    canvas's current fill colour. No font is embedded."""
    x_min, y_min, x_max, y_max = outline_box(name)
    scale = size / max(x_max - x_min, y_max - y_min)
    dx = x + (size - (x_max - x_min) * scale) / 2 - x_min * scale
    dy = y + (size - (y_max - y_min) * scale) / 2 - y_min * scale
    path = canvas.beginPath()
    for op, points in outline(name):
        moved = [value * scale + (dx if i % 2 == 0 else dy) for i, value in enumerate(points)]
        getattr(path, op)(*moved)
    canvas.saveState()
    if color is not None:
        canvas.setFillColor(color)
    canvas.drawPath(path, stroke=0, fill=1, fillMode=1)  # FILL_NON_ZERO: non-zero winding, as the font's outlines are drawn
    canvas.restoreState()
