"""The priority badge shared by every medium: "KHẨN CẤP" (emergency) and "QUAN TRỌNG" (priority).

Normal texts carry no badge. Colours are screen RGB here; print converts them to CMYK (the badge
text is then white paper or 100 % K, never RGB).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.imaging.colors import BLACK, MIN_BODY_CONTRAST, RGB, WHITE, contrast_ratio, ensure_contrast, to_rgb

EMERGENCY_RGB: RGB = (198, 40, 40)  # strong red: white text on it is 5.6:1
LABELS = {"emergency": "KHẨN CẤP", "priority": "QUAN TRỌNG"}


@dataclass(frozen=True)
class Badge:
    """A badge's label, fill and text colour (text on fill is at least 4.5:1)."""

    label: str
    fill: RGB
    text: RGB


def priority_badge(priority: str | None, accent: str | RGB) -> Badge | None:
    """The badge for a text's priority, or None for a normal text.

    Emergency: white on a strong red. Priority: the campaign accent with black or white text,
    the accent darkened just enough when neither reaches 4.5:1.
    """
    label = LABELS.get((priority or "normal").strip().lower())
    if label is None:
        return None
    if label == LABELS["emergency"]:
        return Badge(label, EMERGENCY_RGB, WHITE)
    fill = to_rgb(accent)
    text = BLACK if contrast_ratio(BLACK, fill) >= contrast_ratio(WHITE, fill) else WHITE
    if contrast_ratio(text, fill) < MIN_BODY_CONTRAST:
        fill = ensure_contrast(fill, text, MIN_BODY_CONTRAST + 0.05)
    return Badge(label, fill, text)
