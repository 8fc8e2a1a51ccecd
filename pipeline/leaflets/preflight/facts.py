"""What the checks read: the open PDF, its page boxes, folds, one content scan, and small shared helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import pikepdf
import pypdfium2 as pdfium

from pipeline.leaflets.geometry import Box
from pipeline.leaflets.preflight.colour import inks
from pipeline.leaflets.preflight.scan import ContentScan


class RenderedPages:
    """The file opened once in pdfium, each page loaded once, for every check that reads it as rendered
    (bleed strips, glyph boxes); closed by the preflight."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._document: pdfium.PdfDocument | None = None
        self._pages: dict[int, pdfium.PdfPage] = {}

    def __len__(self) -> int:
        return len(self._open())

    def page(self, index: int) -> pdfium.PdfPage:
        """Page `index` (0-based), loaded on first use."""
        if index not in self._pages:
            self._pages[index] = self._open()[index]
        return self._pages[index]

    def close(self) -> None:
        """Close the pages, then the document (pdfium needs that order)."""
        for page in self._pages.values():
            page.close()
        self._pages.clear()
        if self._document is not None:
            self._document.close()
            self._document = None

    def _open(self) -> pdfium.PdfDocument:
        if self._document is None:
            self._document = pdfium.PdfDocument(str(self.path))
        return self._document


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
    rendered: RenderedPages | None = None

    def __post_init__(self) -> None:
        if self.rendered is None:
            self.rendered = RenderedPages(self.path)


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
