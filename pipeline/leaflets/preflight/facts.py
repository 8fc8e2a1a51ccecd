"""What the checks read: the open PDF, its page boxes, folds, one content scan, and small shared helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import pikepdf

from pipeline.leaflets.geometry import Box
from pipeline.leaflets.preflight.colour import inks
from pipeline.leaflets.preflight.scan import ContentScan


@dataclass
class PdfFacts:
    """What the checks read: the open PDF, its page boxes, folds, one content scan and the request."""

    path: Path
    pdf: pikepdf.Pdf
    boxes: list[dict[str, Box | None]]
    folds_mm: Mapping[int, Sequence[float]]
    scan: ContentScan
    product: str | None = None
    brand: Mapping[str, str] = field(default_factory=dict)


def inherited(obj, key: str, default):
    """A page attribute that may be inherited from the page tree (/Rotate)."""
    while obj is not None:
        if key in obj:
            return int(obj[key])
        obj = obj.get("/Parent")
    return default


def has_ink(area) -> bool:
    """True when a painted area puts ink on paper (an image always may)."""
    return area.kind == "image" or inks(area.family, area.components) > 0


def in_bleed(facts: PdfFacts, area) -> bool:
    """True when a painted area reaches into the page's bleed box (what prints)."""
    page = facts.boxes[area.page - 1]
    bleed = page["bleed"] or page["media"]
    x0, y0, x1, y1 = area.box
    return bleed is not None and x1 > bleed.x0 and x0 < bleed.x1 and y1 > bleed.y0 and y0 < bleed.y1
