"""Layout maths of a clip (pure): platform safe areas, where card content may go, where captions sit.

Display coordinates are pixels of the output frame. Card content is laid out in "design" coordinates
(the frame at scale 1) and is then zoomed about the frame's centre by up to `zoom` (or panned by the same
margin); `content_box` shrinks the design area so that content stays inside the safe area at every
moment of the motion.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pipeline.clips.settings import SHAPES


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in pixels (x0, y0 inclusive; x1, y1 exclusive)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def w(self) -> float:
        """Width."""
        return self.x1 - self.x0

    @property
    def h(self) -> float:
        """Height."""
        return self.y1 - self.y0

    @property
    def cx(self) -> float:
        """Horizontal centre."""
        return (self.x0 + self.x1) / 2

    def contains(self, other: "Box") -> bool:
        """True when `other` lies wholly inside this box."""
        return (other.x0 >= self.x0 - 1e-6 and other.y0 >= self.y0 - 1e-6
                and other.x1 <= self.x1 + 1e-6 and other.y1 <= self.y1 + 1e-6)

    def pixels(self) -> tuple[int, int, int, int]:
        """Whole-pixel box that covers this one."""
        return math.floor(self.x0), math.floor(self.y0), math.ceil(self.x1), math.ceil(self.y1)


# Fractions of the frame kept clear of platform UI (profile names, buttons, descriptions, progress bars).
# Vertical (Reels, Shorts, TikTok, Zalo stories): ~6 % at the sides, ~10 % at the top, the bottom 20 %.
# Landscape (YouTube, TV, screens): the 5 % title-safe area on every side.
SAFE_FRACTIONS = {
    "vertical": (0.06, 0.10, 0.06, 0.20),    # left, top, right, bottom
    "landscape": (0.05, 0.05, 0.05, 0.05),
}
# Extra breathing room between the safe area and card content (design choice, not a platform rule).
CONTENT_INSET = {"vertical": (0.025, 0.0), "landscape": (0.025, 0.03)}   # sides, top
CAPTION_FONT = {"vertical": (46, 32), "landscape": (54, 36)}              # max, min px
CAPTION_PAD = {"vertical": (26, 16), "landscape": (30, 16)}               # x, y px inside the strip
CAPTION_GAP = {"vertical": 32, "landscape": 24}                          # content stops this far above captions
CAPTION_LINE_SPACING = 1.28


def safe_area(shape: str) -> Box:
    """The part of the frame no platform covers with its UI."""
    width, height = SHAPES[shape]
    left, top, right, bottom = SAFE_FRACTIONS[shape]
    return Box(width * left, height * top, width * (1 - right), height * (1 - bottom))


def caption_strip_height(font_px: int, lines: int = 2, shape: str = "vertical") -> int:
    """Height of a caption strip holding `lines` lines at `font_px`."""
    pad_y = CAPTION_PAD[shape][1]
    return round(font_px * (1.0 + CAPTION_LINE_SPACING * (lines - 1)) + font_px * 0.55) + 2 * pad_y


def caption_zone(shape: str, font_px: int | None = None) -> Box:
    """The band at the bottom of the safe area where a two-line caption strip sits."""
    safe = safe_area(shape)
    font_px = font_px or CAPTION_FONT[shape][0]
    height = caption_strip_height(font_px, 2, shape)
    return Box(safe.x0, safe.y1 - height, safe.x1, safe.y1)


def caption_text_width(shape: str) -> float:
    """Widest a caption line may be, in px (the safe width less the strip's padding)."""
    safe = safe_area(shape)
    return safe.w - 2 * CAPTION_PAD[shape][0]


def caption_box(shape: str, text_w: float, lines: int, font_px: int) -> Box:
    """The strip of one cue: centred, its bottom on the bottom of the safe area."""
    safe = safe_area(shape)
    pad_x = CAPTION_PAD[shape][0]
    width = min(text_w + 2 * pad_x, safe.w)
    height = caption_strip_height(font_px, lines, shape)
    x0 = round(safe.cx - width / 2)
    return Box(x0, safe.y1 - height, x0 + round(width), safe.y1)


def to_display(shape: str, zoom: float, box: Box) -> Box:
    """Where a design box appears at zoom `zoom` (about the frame centre)."""
    width, height = SHAPES[shape]
    cx, cy = width / 2, height / 2
    return Box(cx + (box.x0 - cx) * zoom, cy + (box.y0 - cy) * zoom,
               cx + (box.x1 - cx) * zoom, cy + (box.y1 - cy) * zoom)


def to_design(shape: str, zoom: float, box: Box) -> Box:
    """The design box that appears as display box `box` at zoom `zoom`."""
    width, height = SHAPES[shape]
    cx, cy = width / 2, height / 2
    return Box(cx + (box.x0 - cx) / zoom, cy + (box.y0 - cy) / zoom,
               cx + (box.x1 - cx) / zoom, cy + (box.y1 - cy) / zoom)


def pan_axis(shape: str) -> str:
    """The direction a card pans in: along the frame's long side."""
    width, height = SHAPES[shape]
    return "x" if width > height else "y"


def pan_travel(shape: str, zoom: float) -> int:
    """How far (display px) a pan moves: the whole margin of a card enlarged by `zoom`, along its axis."""
    width, height = SHAPES[shape]
    length = width if pan_axis(shape) == "x" else height
    return int(round(length * zoom)) - length


def content_box(shape: str, zoom: float = 1.0, captions: bool = True, pan: bool = False) -> Box:
    """Design area for card text and pictures: inside the safe area (and above the captions) at any zoom.

    With `pan`, the card is shown at `zoom` and slides by up to half the pan travel either way of the
    centre along the pan axis, so the area shrinks by that much too.
    """
    width, height = SHAPES[shape]
    safe = safe_area(shape)
    side, top = CONTENT_INSET[shape]
    bottom = caption_zone(shape).y0 - CAPTION_GAP[shape] if captions else safe.y1
    display = Box(safe.x0 + side * width, safe.y0 + top * height, safe.x1 - side * width, bottom)
    if pan:
        half = pan_travel(shape, zoom) / 2
        if pan_axis(shape) == "x":
            display = Box(display.x0 + half, display.y0, display.x1 - half, display.y1)
        else:
            display = Box(display.x0, display.y0 + half, display.x1, display.y1 - half)
    # Zooming in pushes content away from the centre: the design box is the display box pulled in.
    return to_design(shape, zoom, display)
