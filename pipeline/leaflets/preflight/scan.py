"""One walk over every page's content (and form XObjects), collecting the facts the checks judge.

Colour operators and spaces, images with their placed size and ink, ink of every painted colour,
the text shown (size, colour, where, over what), painted areas and strokes (for bleed, hairlines and
folds) and transparency (ExtGState alpha, blend modes, soft masks).
"""

from __future__ import annotations

import hashlib
import logging
import math
from dataclasses import dataclass, field
from typing import Callable, Sequence

import pikepdf

from pipeline.leaflets.colors import MAX_INK, image_max_ink
from pipeline.leaflets.geometry import MM, Box
from pipeline.leaflets.pdfx import TEXT_SHOW
from pipeline.leaflets.preflight.colour import (as_cmyk, colour_family, initial_colour, inks, process_plates,
                                                resolve_space, total_ink)
from pipeline.leaflets.preflight.report import Check, failing
from pipeline.leaflets.preflight.shading import shading_max_ink

log = logging.getLogger(__name__)

MIN_PPI = 300.0
DEVICE_FAMILIES = {"g": "gray", "G": "gray", "k": "cmyk", "K": "cmyk", "rg": "rgb", "RG": "rgb"}  # colour operators
PAINT_FILL = {"f", "F", "f*", "B", "B*", "b", "b*"}
PAINT_STROKE = {"S", "s", "B", "B*", "b", "b*"}
ALLOWED_FAMILIES = ("cmyk", "gray", "process", "pattern", "registration")


@dataclass(frozen=True)
class Painted:
    """An area or stroke painted on a page: its device-space box, colour, and (strokes) line width."""

    page: int
    box: tuple[float, float, float, float]
    family: str
    components: tuple[float, ...]
    kind: str  # "fill", "stroke" or "image"
    line_width: float = 0.0


@dataclass(frozen=True)
class ShownText:
    """A run of text: where it starts, its size in points on the page, colour, and the area it sits on."""

    page: int
    x: float
    y: float
    size: float
    font: str
    family: str
    components: tuple[float, ...]
    background: Painted | None


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """m x n for PDF matrices [a b c d e f] (apply m first, then n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def transform(m: Matrix, x: float, y: float) -> tuple[float, float]:
    """A point through a matrix."""
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def placed_ppi(width_px: int, height_px: int, ctm: Matrix) -> float:
    """The lower of horizontal and vertical resolution of an image drawn in the unit square under `ctm`."""
    width_pt = math.hypot(ctm[0], ctm[1])
    height_pt = math.hypot(ctm[2], ctm[3])
    if width_pt <= 0 or height_pt <= 0:
        return math.inf
    return min(width_px / (width_pt / 72.0), height_px / (height_pt / 72.0))


def path_bbox(path: Sequence[tuple[str, Sequence]], ctm: Matrix) -> tuple[float, float, float, float]:
    """Device-space bounding box (x0, y0, x1, y1) of a path's points (control points included)."""
    # transform() inlined, with min() and max() kept as running values (the same comparisons, in the same order):
    # a QR code is one path of a few hundred rectangles
    a, b, c, d, e, f = ctm
    box: list[float] | None = None
    for op, operands in path:
        values = [float(v) for v in operands]
        if op == "re" and len(values) == 4:
            x, y, w, h = values
            points = ((x, y), (x + w, y), (x, y + h), (x + w, y + h))
        else:
            points = [(values[i], values[i + 1]) for i in range(0, len(values) - 1, 2)]
        for x, y in points:
            px, py = a * x + c * y + e, b * x + d * y + f
            if box is None:
                box = [px, py, px, py]
                continue
            if px < box[0]:
                box[0] = px
            if py < box[1]:
                box[1] = py
            if px > box[2]:
                box[2] = px
            if py > box[3]:
                box[3] = py
    if box is None:
        return (0.0, 0.0, 0.0, 0.0)
    return (box[0], box[1], box[2], box[3])


def subpaths(path: Sequence[tuple[str, Sequence]]) -> list[list[tuple[str, Sequence]]]:
    """A path's construction operators split into subpaths (each "m" or "re" starts one)."""
    pieces: list[list[tuple[str, Sequence]]] = []
    for op, operands in path:
        if op in ("m", "re") or not pieces:
            pieces.append([])
        pieces[-1].append((op, operands))
    return pieces


@dataclass
class GraphicsState:
    """The parts of the PDF graphics state the checks need."""

    ctm: Matrix = IDENTITY
    fill_family: str = "gray"
    stroke_family: str = "gray"
    fill: list[float] = field(default_factory=lambda: [0.0])
    stroke: list[float] = field(default_factory=lambda: [0.0])
    line_width: float = 1.0
    font: str = ""
    font_size: float = 0.0
    leading: float = 0.0
    fill_plates: tuple[int, ...] = ()  # the plates of a process DeviceN fill or stroke space's components
    stroke_plates: tuple[int, ...] = ()
    fill_overprint: bool = False  # ExtGState /op (fill) and /OP (stroke)
    stroke_overprint: bool = False
    overprint_mode: int = 0  # ExtGState /OPM: 1 leaves a plate whose DeviceCMYK value is 0 unchanged
    font_dict: object = None  # the current font's dictionary (for the glyphs its text uses)
    render_mode: int = 0  # Tr: 3 is invisible text

    def copy(self) -> "GraphicsState":
        """A copy for `q` (its fields as they are, the colour lists copied): what dataclasses.replace gives, without
        its walk over the fields, for every `q` of every page."""
        state = object.__new__(GraphicsState)
        state.__dict__.update(self.__dict__)
        state.fill, state.stroke = list(self.fill), list(self.stroke)
        return state


class ContentScan:
    """Walks every page's content (and form XObjects) once, collecting colour, image and ink facts."""

    def __init__(self) -> None:
        self.colour_problems: list[str] = []
        self.operators = 0
        self.image_problems: list[str] = []
        self.images = 0
        self.min_ppi = math.inf
        self.max_ink = 0.0
        self.max_ink_where = ""
        self.black_text_problems: list[str] = []
        self._image_ink_cache: dict = {}
        self.painted: list[Painted] = []
        self.texts: list[ShownText] = []
        self.transparency: list[str] = []
        self.overprint_problems: list[str] = []
        self.glyph_uses: dict = {}  # (page, font object key) -> (font dictionary, set of strings shown)
        self._patterns_seen: set = set()

    # -- walking
    def scan_page(self, index: int, page: pikepdf.Page, bleed: Box) -> None:
        """Scan one page's content streams."""
        self._page = index + 1
        self._bleed = bleed
        try:
            instructions = pikepdf.parse_content_stream(page)
        except pikepdf.PdfError as exc:
            self.colour_problems.append(f"page {self._page}: unreadable content stream: {exc}")
            return
        self._walk(instructions, page.obj.get("/Resources"), GraphicsState(), depth=0)

    def _walk(self, instructions, resources, state: GraphicsState, depth: int) -> None:
        stack: list[GraphicsState] = []
        path: list[tuple[str, list]] = []  # the current path's construction operators, transformed lazily
        text_matrix: Matrix = IDENTITY
        line_matrix: Matrix = IDENTITY
        for instruction in instructions:
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                self._inline_image(instruction.iimage, state, resources)
                continue
            op = str(instruction.operator)
            operands = instruction.operands
            if op == "q":
                stack.append(state.copy())
            elif op == "Q":
                if stack:
                    state = stack.pop()
            elif op == "cm":
                state.ctm = multiply(tuple(float(v) for v in operands), state.ctm)  # type: ignore[arg-type]
            elif op in ("m", "l", "c", "v", "y", "re"):
                path.append((op, operands))
            elif op in PAINT_FILL or op in PAINT_STROKE:
                box = path_bbox(path, state.ctm)
                if op in PAINT_FILL:
                    self._record_paint(state.fill_family, state.fill, f"fill {op}", path, state.ctm)
                    self._check_white_overprint(state, state.fill_family, state.fill, state.fill_overprint, "fill")
                    self.painted.append(Painted(self._page, box, state.fill_family, tuple(state.fill), "fill"))
                if op in PAINT_STROKE:
                    self._record_paint(state.stroke_family, state.stroke, f"stroke {op}", path, state.ctm)
                    self._check_white_overprint(state, state.stroke_family, state.stroke, state.stroke_overprint,
                                                "line")
                    width = state.line_width * math.sqrt(abs(state.ctm[0] * state.ctm[3] - state.ctm[1] * state.ctm[2]))
                    self.painted.append(Painted(self._page, box, state.stroke_family, tuple(state.stroke), "stroke",
                                                width))
                path = []
            elif op == "w":
                state.line_width = float(operands[0])
            elif op == "gs":
                self._ext_gstate(operands[0], resources, state)
            elif op == "BT":
                text_matrix = line_matrix = IDENTITY
            elif op == "Tf":
                state.font, state.font_size = _base_font(operands[0], resources), float(operands[1])
                state.font_dict = _font(operands[0], resources)
            elif op == "Tr":
                state.render_mode = int(operands[0])
            elif op == "TL":
                state.leading = float(operands[0])
            elif op == "Tm":
                text_matrix = line_matrix = tuple(float(v) for v in operands)  # type: ignore[assignment]
            elif op in ("Td", "TD"):
                tx, ty = float(operands[0]), float(operands[1])
                if op == "TD":
                    state.leading = -ty
                text_matrix = line_matrix = multiply((1, 0, 0, 1, tx, ty), line_matrix)
            elif op in ("T*", "'", '"'):
                text_matrix = line_matrix = multiply((1, 0, 0, 1, 0, -state.leading), line_matrix)
            elif op == "n":
                path = []
            elif op in ("cs", "CS"):
                family = colour_family(operands[0], resources)
                self._check_family(family, f"{op} {operands[0]}")
                plates = process_plates(resolve_space(operands[0], resources)) or ()
                if op == "cs":
                    state.fill_family, state.fill_plates, state.fill = family, plates, initial_colour(family, plates)
                else:
                    state.stroke_family, state.stroke_plates = family, plates
                    state.stroke = initial_colour(family, plates)
            elif op in ("sc", "scn", "SC", "SCN"):
                values = [float(v) for v in operands if isinstance(v, (int, float)) or _is_number(v)]
                fill = op in ("sc", "scn")
                if (state.fill_family if fill else state.stroke_family) == "process":
                    values = as_cmyk(state.fill_plates if fill else state.stroke_plates, values)
                if fill:
                    state.fill = values
                else:
                    state.stroke = values
                if operands and isinstance(operands[-1], pikepdf.Name):
                    self._pattern(operands[-1], resources, depth)
                self.operators += 1
            elif op in ("g", "G", "k", "K", "rg", "RG"):
                family = DEVICE_FAMILIES[op]
                values = [float(v) for v in operands]
                self._check_family(family, op)
                if op.islower():
                    state.fill_family, state.fill = family, values
                else:
                    state.stroke_family, state.stroke = family, values
            if op in TEXT_SHOW and state.render_mode != 3:  # mode 3 is invisible (OCR layers): nothing prints
                self._record_ink(state.fill_family, state.fill, "text")
                self._check_text_black(state)
                self._check_white_overprint(state, state.fill_family, state.fill, state.fill_overprint, "text")
                self._record_text(state, multiply(text_matrix, state.ctm))
                self._record_codes(state, operands)
            elif op == "sh":
                self._shading(operands[0], resources)
            elif op == "Do":
                self._xobject(operands[0], resources, state, depth)

    def _record_paint(self, family: str, components: list[float], what: str, path: list, ctm: Matrix) -> None:
        """Ink of a painted path; one over the limit counts only where it reaches into the bleed box
        (crop marks in registration colour lie in the slug and are cut away)."""
        ink = total_ink(family, components)
        # each subpath on its own: crop marks drawn as one path of eight segments span the page, yet none
        # of them reaches the bleed box
        if ink is not None and ink > MAX_INK and path and \
                not any(self._touches_bleed(path_bbox(subpath, ctm)) for subpath in subpaths(path)):
            return
        self._record_ink(family, components, what)

    def _touches_bleed(self, box: Sequence[float]) -> bool:
        bleed = self._bleed
        return box[2] > bleed.x0 and box[0] < bleed.x1 and box[3] > bleed.y0 and box[1] < bleed.y1

    # -- colour and ink
    def _check_family(self, family: str, what: str) -> None:
        self.operators += 1
        if family not in ALLOWED_FAMILIES:
            label = {"rgb": "RGB", "lab": "Lab", "spot": "a spot colour", "registration": "registration/All",
                     "unknown": "an unknown colour space"}.get(family, family)
            self.colour_problems.append(f"page {self._page}: {what} uses {label}")

    def _record_ink(self, family: str, components: list[float], what: str) -> None:
        self._raise_ink(total_ink(family, components),
                        lambda: f"page {self._page} {what} " + " ".join(f"{v:g}" for v in components))

    def _raise_ink(self, ink: float | None, where: Callable[[], str]) -> None:
        """Keep the highest total ink seen and where it is (`where` is only worked out for a new highest: this
        runs for every colour operator). A tie keeps the first place."""
        if ink is not None and ink > self.max_ink + 1e-9:
            self.max_ink, self.max_ink_where = ink, where()

    def _check_text_black(self, state: GraphicsState) -> None:
        if state.fill_family not in ("cmyk", "process") or len(state.fill) != 4:
            return
        c, m, y, k = state.fill
        if k >= 0.8 and c + m + y > 0.001:
            self.black_text_problems.append(f"page {self._page}: text in rich black "
                                            f"C{c * 100:.0f} M{m * 100:.0f} Y{y * 100:.0f} K{k * 100:.0f}")

    def _check_white_overprint(self, state: GraphicsState, family: str, components: list[float], overprint: bool,
                               what: str) -> None:
        """White (no ink) set to overprint paints no plate, so it vanishes on press: grey and process DeviceN set
        only their own plates, DeviceCMYK leaves its zero plates alone in overprint mode 1 (with 0 it knocks out)."""
        if not overprint or family not in ("cmyk", "process", "gray") or inks(family, components):
            return
        if family == "cmyk" and state.overprint_mode != 1:
            return
        mode = f", overprint mode {state.overprint_mode}" if family == "cmyk" else ""
        self.overprint_problems.append(f"page {self._page}: white {what} set to overprint{mode} (it vanishes on press)")

    def _shading(self, name, resources) -> None:
        shadings = resources.get("/Shading") if resources is not None else None
        shading = shadings.get(name) if shadings is not None else None
        if shading is not None:
            self._check_shading(shading, f"shading {name}", resources)

    def _check_shading(self, shading, what: str, resources) -> None:
        """The colour space of a gradient, and the highest ink along it."""
        space = shading.get("/ColorSpace")
        family = colour_family(space, resources)
        self._check_family(family, what)
        ink = shading_max_ink(shading, family, process_plates(resolve_space(space, resources)) or ())
        self._raise_ink(ink, lambda: f"page {self._page} {what}")

    def _pattern(self, name, resources, depth: int) -> None:
        """What a pattern paints: a shading pattern's gradient, or a tiling pattern's cell (colour, images, ink)."""
        patterns = resources.get("/Pattern") if resources is not None else None
        pattern = patterns.get(name) if patterns is not None else None
        if pattern is None or depth >= 12:
            return
        key = (self._page, pattern.objgen if pattern.is_indirect else id(pattern))
        if key in self._patterns_seen:
            return
        self._patterns_seen.add(key)
        if int(pattern.get("/PatternType", 0)) == 2 and "/Shading" in pattern:
            self._check_shading(pattern.Shading, f"pattern {name} shading", resources)
            return
        try:
            instructions = pikepdf.parse_content_stream(pattern)
        except pikepdf.PdfError as exc:
            self.colour_problems.append(f"page {self._page}: unreadable pattern {name}: {exc}")
            return
        cell = ContentScan()  # the cell's geometry is in pattern space: only its colours are merged
        cell._page, cell._bleed, cell._patterns_seen = self._page, self._bleed, self._patterns_seen
        cell._walk(instructions, pattern.get("/Resources", resources), GraphicsState(), depth + 1)
        prefix = f"page {self._page}: "
        self.colour_problems += [f"{prefix}pattern {name}: {p.removeprefix(prefix)}" for p in cell.colour_problems]
        self.image_problems += [f"{prefix}pattern {name}: {p.removeprefix(prefix)}" for p in cell.image_problems]
        self.transparency += cell.transparency
        self.operators += cell.operators
        self._raise_ink(cell.max_ink, lambda: f"{cell.max_ink_where} in pattern {name}")

    def _record_codes(self, state: GraphicsState, operands) -> None:
        """The character codes a text operator shows, per font (for the glyphs check)."""
        font = state.font_dict
        if font is None:
            return
        key = (self._page, font.objgen if font.is_indirect else (id(font),))  # a tuple either way: keys sort
        _, codes = self.glyph_uses.setdefault(key, (font, set()))
        for operand in operands:
            strings = operand if isinstance(operand, pikepdf.Array) else [operand]
            for string in strings:
                if isinstance(string, pikepdf.String):
                    codes.add(bytes(string))

    # -- images
    def _xobject(self, name, resources, state: GraphicsState, depth: int) -> None:
        xobjects = resources.get("/XObject") if resources is not None else None
        xobject = xobjects.get(name) if xobjects is not None else None
        if xobject is None:
            return
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            self._image(xobject, str(name), state, resources)
        elif subtype == "/Form" and depth < 12:
            group = xobject.get("/Group")
            if group is not None and group.get("/S") == "/Transparency":
                self.transparency.append(f"page {self._page}: form {name} is a transparency group")
            matrix = tuple(float(v) for v in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0]))
            inner = state.copy()
            inner.ctm = multiply(matrix, state.ctm)  # type: ignore[arg-type]
            try:
                instructions = pikepdf.parse_content_stream(xobject)
            except pikepdf.PdfError as exc:
                self.colour_problems.append(f"page {self._page}: unreadable form {name}: {exc}")
                return
            self._walk(instructions, xobject.get("/Resources", resources), inner, depth + 1)

    def _image(self, xobject, name: str, state: GraphicsState, resources) -> None:
        self.images += 1
        width, height = int(xobject.get("/Width", 0)), int(xobject.get("/Height", 0))
        self.painted.append(Painted(self._page, path_bbox([("re", [0, 0, 1, 1])], state.ctm), "image", (), "image"))
        if "/SMask" in xobject or int(xobject.get("/SMaskInData", 0)):
            self.transparency.append(f"page {self._page}: image {name} has a soft mask")
        self._placed(name, width, height, state)
        if xobject.get("/ImageMask", False):
            self._record_ink(state.fill_family, state.fill, "stencil mask")
            return
        family = colour_family(xobject.get("/ColorSpace", pikepdf.Name("/DeviceGray")), resources)
        if family not in ("cmyk", "gray", "process"):
            label = {"rgb": "RGB", "lab": "Lab", "spot": "spot colour"}.get(family, family)
            self.image_problems.append(f"page {self._page}: image {name} is {label}")
            return
        key = xobject.objgen if xobject.is_indirect else None
        ink = self._image_ink_cache.get(key) if key else None
        if ink is None:
            ink = image_ink(xobject)
            if key:
                self._image_ink_cache[key] = ink
        self._raise_ink(ink, lambda: f"page {self._page} image {name}")

    def _inline_image(self, image, state: GraphicsState, resources) -> None:
        self.images += 1
        obj = image.obj
        width = int(obj.get("/W", obj.get("/Width", 0)))
        height = int(obj.get("/H", obj.get("/Height", 0)))
        self._placed("inline image", width, height, state)
        if obj.get("/IM", obj.get("/ImageMask", False)):
            return
        space = obj.get("/CS", obj.get("/ColorSpace", pikepdf.Name("/DeviceGray")))
        family = colour_family(space, resources)
        if family not in ("cmyk", "gray", "process"):
            self.image_problems.append(f"page {self._page}: inline image is {family.upper()}")

    def _placed(self, name: str, width: int, height: int, state: GraphicsState) -> None:
        ppi = placed_ppi(width, height, state.ctm)
        self.min_ppi = min(self.min_ppi, ppi)
        if ppi < MIN_PPI:
            size_mm = math.hypot(state.ctm[0], state.ctm[1]) / MM
            self.image_problems.append(f"page {self._page}: {name} is {ppi:.0f} ppi at its placed size "
                                       f"({width} px over {size_mm:.1f} mm; needs {MIN_PPI:.0f})")

    def _ext_gstate(self, name, resources, graphics: GraphicsState) -> None:
        states = resources.get("/ExtGState") if resources is not None else None
        state = states.get(name) if states is not None else None
        if state is None:
            return
        if "/OP" in state:
            graphics.stroke_overprint = graphics.fill_overprint = bool(state.OP)  # /op defaults to /OP
        if "/op" in state:
            graphics.fill_overprint = bool(state.op)
        if "/OPM" in state:
            graphics.overprint_mode = int(state.OPM)
        for key in ("/CA", "/ca"):
            if key in state and float(state[key]) < 1.0:
                self.transparency.append(f"page {self._page}: {name} sets {key[1:]} {float(state[key]):g}")
        blend = state.get("/BM")
        if blend is not None and str(blend) not in ("/Normal", "/Compatible", "[ /Normal ]"):
            self.transparency.append(f"page {self._page}: {name} blend mode {blend}")
        if "/SMask" in state and state.SMask != pikepdf.Name("/None"):
            self.transparency.append(f"page {self._page}: {name} sets a soft mask")

    def _record_text(self, state: GraphicsState, matrix: Matrix) -> None:
        size = state.font_size * math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]))
        x, y = matrix[4], matrix[5] + size * 0.3  # a point inside the first letters, above the baseline
        background = next((area for area in reversed(self.painted)
                           if area.page == self._page and area.kind != "stroke"
                           and area.box[0] <= x <= area.box[2] and area.box[1] <= y <= area.box[3]), None)
        self.texts.append(ShownText(self._page, x, y, size, state.font, state.fill_family, tuple(state.fill),
                                    background))

    # -- results
    def font_pages(self) -> dict[tuple, int]:
        """Font object key -> the first page whose text shows it."""
        first: dict[tuple, int] = {}
        for page, key in sorted(self.glyph_uses):
            first.setdefault(key, page)
        return first

    def colour_check(self) -> Check:
        """CMYK (or grey) only."""
        if self.colour_problems:
            return failing("colour", self.colour_problems)
        return Check("colour", True, f"DeviceCMYK/grey only ({self.operators} colour operators)")

    def image_check(self) -> Check:
        """Images CMYK/grey at 300 ppi or more."""
        if self.image_problems:
            return failing("images", self.image_problems)
        if not self.images:
            return Check("images", True, "no raster images")
        return Check("images", True, f"{self.images} image(s), CMYK/grey, at least {self.min_ppi:.0f} ppi")

    def ink_check(self) -> Check:
        """Total ink at most 300 %."""
        percent = self.max_ink * 100
        if self.max_ink > MAX_INK + 0.005:
            return failing("ink", [f"total ink {percent:.0f} % over the {MAX_INK * 100:.0f} % limit "
                                   f"({self.max_ink_where})"])
        return Check("ink", True, f"max {percent:.0f} % (limit {MAX_INK * 100:.0f} %)")

    def black_text_check(self) -> Check:
        """Black text on K alone."""
        if self.black_text_problems:
            return failing("black text", sorted(set(self.black_text_problems)))
        return Check("black text", True, "black text is 100 % K")


def _font(name, resources):
    """The font dictionary of a font resource name, or None."""
    fonts = resources.get("/Font") if resources is not None else None
    return fonts.get(name) if fonts is not None else None


def _base_font(name, resources) -> str:
    """The PostScript name (subset tag removed) of a font resource, else the resource name."""
    font = _font(name, resources)
    base = str(font.get("/BaseFont", name)) if font is not None else str(name)
    return base.lstrip("/").split("+")[-1]


def _is_number(value) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


_INK_BY_CONTENT: dict[tuple[bytes, bytes], float | None] = {}


def image_ink(xobject) -> float | None:
    """`_decoded_image_ink` of an image, remembered by its content for the process: the stream's bytes (SHA-256)
    and its dictionary, when that holds nothing indirect (else the image is decoded every time). The same
    campaign logo in every PDF of a build is decoded once."""
    if not _direct(xobject.stream_dict, top=True):
        return _decoded_image_ink(xobject)
    key = (hashlib.sha256(xobject.read_raw_bytes()).digest(), xobject.stream_dict.unparse())
    if key not in _INK_BY_CONTENT:
        if len(_INK_BY_CONTENT) > 256:
            _INK_BY_CONTENT.clear()
        _INK_BY_CONTENT[key] = _decoded_image_ink(xobject)
    return _INK_BY_CONTENT[key]


def _direct(obj, top: bool = False) -> bool:
    """True when a dictionary or array holds no indirect object (a stream's /Length aside: it only frames the
    bytes the key already holds)."""
    if isinstance(obj, pikepdf.Dictionary):
        return all((top and name == "/Length") or not _indirect(value) and _direct(value) for name, value in obj.items())
    if isinstance(obj, pikepdf.Array):
        return all(not _indirect(value) and _direct(value) for value in obj)
    return True


def _indirect(value) -> bool:
    return isinstance(value, pikepdf.Object) and value.is_indirect


def _decoded_image_ink(xobject) -> float | None:
    """Highest total ink of an image's pixels, or None when it cannot be decoded."""
    try:
        image = pikepdf.PdfImage(xobject).as_pil_image()
    except Exception as exc:  # noqa: BLE001 - any decoder failure is reported as 'not measured'
        log.debug("cannot decode image for ink: %s", exc)
        return None
    decode = xobject.get("/Decode")
    if image.mode == "CMYK" and decode is not None and float(decode[0]) == 1.0:
        from PIL import ImageChops

        image = ImageChops.invert(image)  # Adobe-inverted CMYK
    if image.mode not in ("CMYK", "L", "1"):
        return None
    return image_max_ink(image)


