"""Print geometry as small pure functions: page boxes, bleed and slug, crop and fold marks, tri-fold panels.

Everything is in PDF points (1/72 inch) with the origin at the bottom-left corner of the MediaBox,
except where a name ends in `_mm`.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72.0 / 25.4  # points per millimetre

BLEED_MM = 3.0  # print-shop standard on every side
SAFE_MM = 5.0  # text stays this far inside the trim and away from folds
FOLD_OVERLAP_MM = 1.5  # colour that meets a fold runs this far past it (folding drifts about a millimetre)
MARK_OFFSET_MM = 3.0  # crop marks start this far beyond the bleed, so they never print on the sheet
MARK_LENGTH_MM = 5.0
MARK_WIDTH_PT = 0.25
SLUG_MM = BLEED_MM + MARK_OFFSET_MM + MARK_LENGTH_MM + 2.0  # trim to MediaBox edge when marks are drawn

A5_MM = (148.0, 210.0)
A4_LANDSCAPE_MM = (297.0, 210.0)
A3_MM = (297.0, 420.0)

# Tri-fold (roll fold) panel widths. The 97 mm panel is the flap that folds in first; it is narrower so
# that it tucks inside the other two without buckling against the fold.
#
#   INSIDE sheet (page 2), seen from the printed side:
#   +------------+------------+-----------+
#   | I1  100 mm | I2  100 mm | I3  97 mm |   I3 = inside of the flap; it folds onto I2 first,
#   |  text 2    |  text 3    |  text 4   |   then I1 folds over it (I1 is the back of the cover).
#   +------------+------------+-----------+
#   x=0        100          200         297    folds at 100 and 200 mm
#
#   OUTSIDE sheet (page 1) = the same paper turned over about its vertical axis, so the panels mirror:
#   +-----------+------------+------------+
#   | O1  97 mm | O2  100 mm | O3  100 mm |   O1 = outside of the flap: the first panel read when the
#   |  text 1   |  back      |  cover     |        cover is opened (it faces I1);
#   +-----------+------------+------------+   O2 = back of the folded leaflet (behind I2);
#   x=0        97          197          297   O3 = front cover (behind I1). Folds at 97 and 197 mm.
#
# Folded: cover O3 on top; open it and O1 (right) faces I1 (left); unfold the flap to read I1 I2 I3.
TRIFOLD_PANEL_ORDER = {
    "outside": (("flap", 97.0), ("back", 100.0), ("cover", 100.0)),
    "inside": (("inside-left", 100.0), ("inside-middle", 100.0), ("inside-flap", 97.0)),
}
# Which text (index into the chosen texts) each text panel carries, in reading order.
TRIFOLD_TEXT_PANELS = (("outside", "flap"), ("inside", "inside-left"), ("inside", "inside-middle"),
                       ("inside", "inside-flap"))


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in points: lower-left (x0, y0), upper-right (x1, y1)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        """Width in points."""
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        """Height in points."""
        return self.y1 - self.y0

    def inset(self, left: float, bottom: float | None = None, right: float | None = None,
              top: float | None = None) -> "Box":
        """A box shrunk by the given distances (CSS-like: one value shrinks every side)."""
        bottom = left if bottom is None else bottom
        right = left if right is None else right
        top = bottom if top is None else top
        return Box(self.x0 + left, self.y0 + bottom, self.x1 - right, self.y1 - top)

    def outset(self, distance: float) -> "Box":
        """A box grown by `distance` on every side."""
        return self.inset(-distance)

    def contains(self, other: "Box", tolerance: float = 0.01) -> bool:
        """True when `other` lies inside this box (edges may touch)."""
        return (other.x0 >= self.x0 - tolerance and other.y0 >= self.y0 - tolerance
                and other.x1 <= self.x1 + tolerance and other.y1 <= self.y1 + tolerance)

    def as_list(self) -> list[float]:
        """[x0, y0, x1, y1] rounded to 1/1000 pt, as written into a PDF box array."""
        return [round(v, 3) for v in (self.x0, self.y0, self.x1, self.y1)]

    def size_mm(self) -> tuple[float, float]:
        """(width, height) in millimetres, rounded to 0.01 mm."""
        return (round(self.width / MM, 2), round(self.height / MM, 2))


@dataclass(frozen=True)
class SheetGeometry:
    """The boxes of one printed sheet: trim, bleed and media (trim + slug for the marks)."""

    trim_w_mm: float
    trim_h_mm: float
    bleed_mm: float = BLEED_MM
    slug_mm: float = SLUG_MM

    @property
    def media_size(self) -> tuple[float, float]:
        """(width, height) of the MediaBox in points."""
        return ((self.trim_w_mm + 2 * self.slug_mm) * MM, (self.trim_h_mm + 2 * self.slug_mm) * MM)

    @property
    def media_box(self) -> Box:
        """The whole PDF page."""
        width, height = self.media_size
        return Box(0.0, 0.0, width, height)

    @property
    def trim_box(self) -> Box:
        """The finished size after cutting."""
        return self.media_box.inset(self.slug_mm * MM)

    @property
    def bleed_box(self) -> Box:
        """The trim plus the bleed: backgrounds run to here."""
        return self.trim_box.outset(self.bleed_mm * MM)

    def x(self, mm: float) -> float:
        """A distance from the left trim edge, in mm, as a page x coordinate in points."""
        return self.trim_box.x0 + mm * MM

    def y(self, mm: float) -> float:
        """A distance from the bottom trim edge, in mm, as a page y coordinate in points."""
        return self.trim_box.y0 + mm * MM

    def y_top(self, mm: float) -> float:
        """A distance down from the top trim edge, in mm, as a page y coordinate in points."""
        return self.trim_box.y1 - mm * MM


def sheet_geometry(trim_size_mm: tuple[float, float], marks: bool, bleed_mm: float = BLEED_MM) -> SheetGeometry:
    """The sheet for a trim size: with a slug for crop marks, or MediaBox = BleedBox when there are none."""
    slug_mm = SLUG_MM if marks else bleed_mm
    return SheetGeometry(trim_size_mm[0], trim_size_mm[1], bleed_mm=bleed_mm, slug_mm=slug_mm)


Segment = tuple[float, float, float, float]


def crop_mark_segments(trim: Box, bleed_mm: float = BLEED_MM, offset_mm: float = MARK_OFFSET_MM,
                       length_mm: float = MARK_LENGTH_MM) -> list[Segment]:
    """The eight crop-mark lines (x0, y0, x1, y1): in line with the trim edges, starting beyond the bleed."""
    start = (bleed_mm + offset_mm) * MM
    end = start + length_mm * MM
    segments: list[Segment] = []
    for x, x_dir in ((trim.x0, -1), (trim.x1, 1)):
        for y, y_dir in ((trim.y0, -1), (trim.y1, 1)):
            # horizontal mark in line with the horizontal trim edge, then the vertical one
            segments.append((x + x_dir * start, y, x + x_dir * end, y))
            segments.append((x, y + y_dir * start, x, y + y_dir * end))
    return segments


def fold_mark_segments(trim: Box, folds_mm: tuple[float, ...], bleed_mm: float = BLEED_MM,
                       offset_mm: float = MARK_OFFSET_MM, length_mm: float = MARK_LENGTH_MM) -> list[Segment]:
    """Short vertical marks above and below the sheet at each fold, outside the bleed like the crop marks."""
    start = (bleed_mm + offset_mm) * MM
    end = start + length_mm * MM
    segments: list[Segment] = []
    for fold_mm in folds_mm:
        x = trim.x0 + fold_mm * MM
        segments.append((x, trim.y1 + start, x, trim.y1 + end))
        segments.append((x, trim.y0 - start, x, trim.y0 - end))
    return segments


@dataclass(frozen=True)
class Panel:
    """One tri-fold panel on one side of the sheet: its role, its left edge and width from the left trim (mm)."""

    side: str
    name: str
    x_mm: float
    width_mm: float

    @property
    def x1_mm(self) -> float:
        """Right edge from the left trim, in mm."""
        return self.x_mm + self.width_mm


def trifold_panels(side: str) -> tuple[Panel, ...]:
    """The three panels of one side ("outside" = page 1, "inside" = page 2), left to right."""
    if side not in TRIFOLD_PANEL_ORDER:
        raise ValueError(f"side must be 'outside' or 'inside', not {side!r}")
    panels: list[Panel] = []
    x_mm = 0.0
    for name, width_mm in TRIFOLD_PANEL_ORDER[side]:
        panels.append(Panel(side, name, x_mm, width_mm))
        x_mm += width_mm
    return tuple(panels)


def trifold_folds_mm(side: str) -> tuple[float, ...]:
    """Fold positions from the left trim edge (mm) on one side: the panel boundaries."""
    return tuple(panel.x1_mm for panel in trifold_panels(side)[:-1])


def trifold_panel(side: str, name: str) -> Panel:
    """The panel called `name` on `side`."""
    for panel in trifold_panels(side):
        if panel.name == name:
            return panel
    raise KeyError(f"{side}/{name}")


def panel_box(sheet: SheetGeometry, panel: Panel) -> Box:
    """The trim area of a panel in page points (full height)."""
    return Box(sheet.x(panel.x_mm), sheet.trim_box.y0, sheet.x(panel.x1_mm), sheet.trim_box.y1)


def panel_bleed_box(sheet: SheetGeometry, panel: Panel) -> Box:
    """A panel's area extended into the bleed at the sheet edges it touches, and FOLD_OVERLAP_MM past
    each fold it meets: a fold that drifts then shows the panel's colour, never a sliver of paper."""
    box = panel_box(sheet, panel)
    bleed = sheet.bleed_mm * MM
    trim_w = sheet.trim_w_mm
    left = bleed if panel.x_mm <= 0.0 else FOLD_OVERLAP_MM * MM
    right = bleed if panel.x1_mm >= trim_w else FOLD_OVERLAP_MM * MM
    return Box(box.x0 - left, box.y0 - bleed, box.x1 + right, box.y1 + bleed)


def fold_clear_spans_mm(folds_mm: tuple[float, ...], clear_mm: float = SAFE_MM) -> tuple[tuple[float, float], ...]:
    """The x ranges (mm from the left trim) where text must not be: `clear_mm` either side of each fold."""
    return tuple((fold - clear_mm, fold + clear_mm) for fold in folds_mm)
