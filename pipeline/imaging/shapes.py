"""Antialiased shapes for Pillow: ImageDraw draws hard edges, so shapes are drawn on a larger mask and reduced."""

from __future__ import annotations

import functools
import math
from typing import Callable, Sequence

from PIL import Image, ImageDraw

from pipeline.imaging.colors import RGB, to_rgb

Box = tuple[float, float, float, float]
SUPERSAMPLE = 4


def _int_box(box: Box) -> tuple[int, int, int, int]:
    """Pixel box that contains `box`."""
    x0, y0, x1, y1 = box
    return math.floor(x0), math.floor(y0), math.ceil(x1), math.ceil(y1)


def paint_mask(image: Image.Image, box: Box, painter: Callable[[ImageDraw.ImageDraw, float], None],
               fill: str | RGB, scale: int = SUPERSAMPLE) -> None:
    """Fill `fill` through an antialiased mask that `painter(draw, scale)` draws in white.

    The painter draws in coordinates relative to the box's top-left corner, multiplied by `scale`.
    Works on RGB and RGBA images (RGBA is alpha-composited so edges do not darken).
    """
    x0, y0, x1, y1 = _int_box(box)
    width, height = x1 - x0, y1 - y0
    if width <= 0 or height <= 0:
        return
    if width * height > 250_000:
        scale = min(scale, 2)  # large shapes curve gently: 2x is smooth enough and 4x the cheaper
    mask = Image.new("L", (width * scale, height * scale), 0)
    painter(ImageDraw.Draw(mask), scale)
    mask = mask.reduce(scale) if scale > 1 else mask
    _fill_through(image, (x0, y0, x1, y1), mask, fill)


def _fill_through(image: Image.Image, box: tuple[int, int, int, int], mask: Image.Image, fill: str | RGB) -> None:
    """Fill `fill` into `box` of `image` through `mask` (alpha-composited on RGBA so edges do not darken)."""
    x0, y0, x1, y1 = box
    color = to_rgb(fill)
    if image.mode == "RGBA":
        layer = Image.new("RGBA", (x1 - x0, y1 - y0), color + (0,))
        layer.putalpha(mask)
        image.alpha_composite(layer, (x0, y0))
    else:
        image.paste(color, (x0, y0, x1, y1), mask)


@functools.lru_cache(maxsize=64)
def _corner_mask(radius: int) -> Image.Image:
    """An antialiased `radius` px square mask: the quarter disc of a top-left rounded corner."""
    big = Image.new("L", (radius * 2 * SUPERSAMPLE, radius * 2 * SUPERSAMPLE), 0)
    ImageDraw.Draw(big).ellipse((0, 0, big.width - 1, big.height - 1), fill=255)
    return big.reduce(SUPERSAMPLE).crop((0, 0, radius, radius))


def rounded_mask(width: int, height: int, radius: float) -> Image.Image:
    """An "L" mask of a `width` x `height` rounded rectangle with antialiased corners (for pasting images)."""
    radius = min(round(radius), width // 2, height // 2)
    mask = Image.new("L", (width, height), 255)
    if radius <= 0:
        return mask
    # Only the corners need antialiasing: four supersampled corner tiles on a full-size mask are
    # much cheaper than supersampling the whole rectangle.
    corner = _corner_mask(radius)
    mask.paste(corner, (0, 0))
    mask.paste(corner.transpose(Image.Transpose.FLIP_LEFT_RIGHT), (width - radius, 0))
    mask.paste(corner.transpose(Image.Transpose.FLIP_TOP_BOTTOM), (0, height - radius))
    mask.paste(corner.transpose(Image.Transpose.ROTATE_180), (width - radius, height - radius))
    return mask


def rounded_rectangle(image: Image.Image, box: Box, radius: float, fill: str | RGB) -> None:
    """An antialiased rounded rectangle (plain rectangle, drawn directly, when `radius` is 0)."""
    x0, y0, x1, y1 = _int_box(box)
    width, height = x1 - x0, y1 - y0
    if width <= 0 or height <= 0:
        return
    r = min(round(radius), width // 2, height // 2)
    if r <= 0:
        ImageDraw.Draw(image).rectangle((x0, y0, x1 - 1, y1 - 1), fill=to_rgb(fill))
        return
    if image.mode != "RGB":
        _fill_through(image, (x0, y0, x1, y1), rounded_mask(width, height, radius), fill)
        return
    # The same pixels as through rounded_mask, without a full-size mask (a page-sized panel's mask cost more
    # than the fill): the body as two plain rectangles, only the four corner tiles through their masks.
    color, draw, corner = to_rgb(fill), ImageDraw.Draw(image), _corner_mask(r)
    if width > 2 * r:
        draw.rectangle((x0 + r, y0, x1 - r - 1, y1 - 1), fill=color)
    if height > 2 * r:
        draw.rectangle((x0, y0 + r, x1 - 1, y1 - r - 1), fill=color)
    image.paste(color, (x0, y0, x0 + r, y0 + r), corner)
    image.paste(color, (x1 - r, y0, x1, y0 + r), corner.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    image.paste(color, (x0, y1 - r, x0 + r, y1), corner.transpose(Image.Transpose.FLIP_TOP_BOTTOM))
    image.paste(color, (x1 - r, y1 - r, x1, y1), corner.transpose(Image.Transpose.ROTATE_180))


def ellipse(image: Image.Image, box: Box, fill: str | RGB, clip: Box | None = None) -> None:
    """An antialiased filled ellipse (a circle when the box is square), optionally cut to `clip`."""
    x0, y0, x1, y1 = _int_box(box)
    if clip is not None:
        cx0, cy0, cx1, cy1 = _int_box(clip)
        x0, y0, x1, y1 = max(x0, cx0), max(y0, cy0), min(x1, cx1), min(y1, cy1)
    x0, y0 = max(x0, 0), max(y0, 0)
    x1, y1 = min(x1, image.width), min(y1, image.height)
    if x1 <= x0 or y1 <= y0:
        return
    ox, oy = box[0] - x0, box[1] - y0

    def painter(draw: ImageDraw.ImageDraw, scale: float) -> None:
        draw.ellipse((ox * scale, oy * scale, (ox + box[2] - box[0]) * scale - 1,
                      (oy + box[3] - box[1]) * scale - 1), fill=255)

    paint_mask(image, (x0, y0, x1, y1), painter, fill)


def polygon(image: Image.Image, points: Sequence[tuple[float, float]], fill: str | RGB) -> None:
    """An antialiased filled polygon (absolute coordinates)."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, y0, x1, y1 = _int_box((min(xs), min(ys), max(xs), max(ys)))

    def painter(draw: ImageDraw.ImageDraw, scale: float) -> None:
        draw.polygon([((x - x0) * scale, (y - y0) * scale) for x, y in points], fill=255)

    paint_mask(image, (x0, y0, x1 + 1, y1 + 1), painter, fill)


def polyline(image: Image.Image, points: Sequence[tuple[float, float]], width: float, fill: str | RGB) -> None:
    """An antialiased stroked line through `points` with round joints and caps."""
    pad = width
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, y0, x1, y1 = _int_box((min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad))

    def painter(draw: ImageDraw.ImageDraw, scale: float) -> None:
        scaled = [((x - x0) * scale, (y - y0) * scale) for x, y in points]
        stroke = max(1, round(width * scale))
        draw.line(scaled, fill=255, width=stroke, joint="curve")
        r = stroke / 2
        for cx, cy in (scaled[0], scaled[-1]):
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)

    paint_mask(image, (x0, y0, x1, y1), painter, fill)


def check_mark(image: Image.Image, box: Box, fill: str | RGB, stroke: float | None = None) -> None:
    """A tick drawn inside `box` (a bullet marker icon)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    stroke = stroke or max(2.0, w * 0.14)
    points = [(x0 + 0.16 * w, y0 + 0.52 * h), (x0 + 0.40 * w, y0 + 0.74 * h), (x0 + 0.84 * w, y0 + 0.28 * h)]
    polyline(image, points, stroke, fill)
