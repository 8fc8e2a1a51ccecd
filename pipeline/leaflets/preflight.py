"""Preflight: check a written PDF against the print rules, from the file itself (pikepdf + pypdfium2).

Checks, each reported as (name, ok, detail):
- boxes: every page has its own /TrimBox and /BleedBox; TrimBox inside BleedBox inside MediaBox;
  the bleed is 3 mm on every side.
- fonts: every font embedded (FontFile/FontFile2/FontFile3), subset, with a ToUnicode map; no
  unembedded standard-14 font (Helvetica...).
- colour: every colour operator and colour space of the content streams is DeviceCMYK (or grey,
  which prints on K alone); no RGB, Lab or spot colour.
- images: every image CMYK or grey, at least 300 ppi at its placed size (CTM tracked to each `Do`).
- ink: the highest total ink of any colour painted inside the bleed box, and of any image pixel,
  is at most 300 %. Marks in the slug do not count: they are cut away.
- black text: text in black is 100 % K, never a rich black (mis-registers on small type).
- safe zone: every glyph (pypdfium2 character boxes) lies at least 5 mm inside the trim, and on a
  tri-fold at least 5 mm from each fold.

A 297 x 210 mm two-page PDF is taken to be the tri-fold (the only A4-landscape product of the
pipeline): page 1 has its folds at 97 and 197 mm, page 2 at 100 and 200 mm; pass `folds_mm` to override.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple, Sequence

import pikepdf
import pypdfium2 as pdfium

from pipeline.leaflets.colors import MAX_INK, image_max_ink
from pipeline.leaflets.geometry import A4_LANDSCAPE_MM, BLEED_MM, MM, SAFE_MM, Box, trifold_folds_mm

log = logging.getLogger(__name__)

MIN_PPI = 300.0
BOX_TOLERANCE_MM = 0.1
CHECK_NAMES = ("boxes", "fonts", "colour", "images", "ink", "black text", "safe zone")
SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
STANDARD_14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
               "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
               "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}
PAINT_FILL = {"f", "F", "f*", "B", "B*", "b", "b*"}
PAINT_STROKE = {"S", "s", "B", "B*", "b", "b*"}
TEXT_SHOW = {"Tj", "TJ", "'", '"'}
MAX_EXAMPLES = 3


class Check(NamedTuple):
    """One preflight rule's result."""

    name: str
    ok: bool
    detail: str


@dataclass
class PreflightReport:
    """Every check of one PDF."""

    path: Path
    checks: list[Check]
    pages: int = 0

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return all(check.ok for check in self.checks)

    def failures(self) -> list[Check]:
        """The checks that failed."""
        return [check for check in self.checks if not check.ok]

    def as_dict(self) -> dict:
        """JSON-able summary for the manifest."""
        return {"result": "pass" if self.ok else "fail",
                "checks": {check.name: {"ok": check.ok, "detail": check.detail} for check in self.checks}}


def preflight(pdf_path: Path | str, folds_mm: Mapping[int, Sequence[float]] | None = None) -> PreflightReport:
    """Check a PDF file against the print rules; never raises for a bad PDF, reports it."""
    pdf_path = Path(pdf_path)
    try:
        pdf = pikepdf.open(pdf_path)
    except (pikepdf.PdfError, OSError) as exc:
        return PreflightReport(pdf_path, [Check("file", False, f"not a readable PDF: {exc}")])
    with pdf:
        pages = list(pdf.pages)
        boxes = [page_boxes(page) for page in pages]
        box_check = check_boxes(boxes)
        if folds_mm is None:
            folds_mm = infer_folds(boxes)
        scan = ContentScan()
        for index, page in enumerate(pages):
            bleed = boxes[index].get("bleed") or boxes[index]["media"]
            scan.scan_page(index, page, bleed)
        font_check = check_fonts(pdf, pages)
    safe_check = check_safe_zone(pdf_path, boxes, folds_mm or {})
    checks = [box_check, font_check, scan.colour_check(), scan.image_check(), scan.ink_check(),
              scan.black_text_check(), safe_check]
    return PreflightReport(pdf_path, checks, pages=len(pages))


# ---------------------------------------------------------------------------------------------- boxes

def _rect(value) -> Box | None:
    if value is None:
        return None
    x0, y0, x1, y1 = (float(v) for v in value)
    return Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def page_boxes(page: pikepdf.Page) -> dict[str, Box | None]:
    """The page's media, bleed and trim boxes; bleed/trim only when the page really has them."""
    obj = page.obj
    return {"media": _rect(page.mediabox),  # may be inherited from the page tree: that is legal
            "bleed": _rect(obj.get("/BleedBox")),
            "trim": _rect(obj.get("/TrimBox"))}


def check_boxes(boxes: list[dict[str, Box | None]]) -> Check:
    """TrimBox and BleedBox on every page, nested in MediaBox, bleed of BLEED_MM each side."""
    problems: list[str] = []
    tolerance = BOX_TOLERANCE_MM * MM
    for index, page in enumerate(boxes, 1):
        media, bleed, trim = page["media"], page["bleed"], page["trim"]
        missing = [name for name, box in (("TrimBox", trim), ("BleedBox", bleed)) if box is None]
        if missing:
            problems.append(f"page {index}: no /{' and no /'.join(missing)}")
            continue
        assert media and bleed and trim
        if not bleed.contains(trim, tolerance):
            problems.append(f"page {index}: TrimBox is not inside the BleedBox")
        if not media.contains(bleed, tolerance):
            problems.append(f"page {index}: BleedBox is not inside the MediaBox")
        sides = (trim.x0 - bleed.x0, trim.y0 - bleed.y0, bleed.x1 - trim.x1, bleed.y1 - trim.y1)
        if any(abs(side - BLEED_MM * MM) > tolerance for side in sides):
            got = "/".join(f"{side / MM:.1f}" for side in sides)
            problems.append(f"page {index}: bleed must be {BLEED_MM:g} mm each side, is {got} mm (l/b/r/t)")
    if problems:
        return Check("boxes", False, _join(problems))
    if not boxes:
        return Check("boxes", False, "the PDF has no pages")
    width, height = boxes[0]["trim"].size_mm()  # type: ignore[union-attr]
    return Check("boxes", True, f"{len(boxes)} page(s), trim {width:g} x {height:g} mm, bleed {BLEED_MM:g} mm")


def infer_folds(boxes: list[dict[str, Box | None]]) -> dict[int, tuple[float, ...]]:
    """Fold positions per page index for a two-page 297 x 210 mm PDF (the tri-fold), else none."""
    if len(boxes) != 2 or any(page["trim"] is None for page in boxes):
        return {}
    size = boxes[0]["trim"].size_mm()  # type: ignore[union-attr]
    if all(abs(got - want) <= 0.5 for got, want in zip(size, A4_LANDSCAPE_MM)):
        return {0: trifold_folds_mm("outside"), 1: trifold_folds_mm("inside")}
    return {}


# ---------------------------------------------------------------------------------------------- fonts

def _iter_fonts(resources, seen: set) -> Iterable[tuple[str, pikepdf.Dictionary]]:
    if resources is None:
        return
    fonts = resources.get("/Font")
    if fonts is not None:
        for key, font in fonts.items():
            ident = font.objgen if font.is_indirect else id(font)
            if ident not in seen:
                seen.add(ident)
                yield key, font
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for _, xobject in xobjects.items():
            ident = ("x",) + (xobject.objgen if xobject.is_indirect else (id(xobject),))
            if xobject.get("/Subtype") == "/Form" and ident not in seen:
                seen.add(ident)
                yield from _iter_fonts(xobject.get("/Resources"), seen)


def font_problems(font: pikepdf.Dictionary) -> tuple[str, list[str]]:
    """(font name, what is wrong with it) for one font dictionary."""
    name = str(font.get("/BaseFont", "/?"))[1:]
    subtype = str(font.get("/Subtype", ""))
    problems: list[str] = []
    if subtype == "/Type3":
        return name or "Type3", problems  # glyphs are content streams in the file: embedded by nature
    descriptor_owner = font
    if subtype == "/Type0":
        descendants = font.get("/DescendantFonts")
        descriptor_owner = descendants[0] if descendants else font
    descriptor = descriptor_owner.get("/FontDescriptor")
    embedded = descriptor is not None and any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    if not embedded:
        problems.append("not embedded" + (" (standard-14 font)" if name.split("+")[-1] in STANDARD_14 else ""))
    elif not SUBSET_PREFIX.match(name):
        problems.append("not subset")
    if "/ToUnicode" not in font:
        problems.append("no ToUnicode map (text cannot be searched or copied)")
    return name, problems


def check_fonts(pdf: pikepdf.Pdf, pages: list[pikepdf.Page]) -> Check:
    """Every font embedded, subset, with ToUnicode."""
    seen: set = set()
    names: set[str] = set()
    problems: list[str] = []
    for index, page in enumerate(pages, 1):
        for _, font in _iter_fonts(page.obj.get("/Resources"), seen):
            name, font_issues = font_problems(font)
            names.add(name.split("+")[-1])
            problems.extend(f"{name} {issue}" for issue in font_issues)
    if problems:
        return Check("fonts", False, _join(sorted(set(problems))))
    if not names:
        return Check("fonts", True, "no fonts")
    return Check("fonts", True, f"{len(names)} font(s) embedded and subset with ToUnicode: {', '.join(sorted(names))}")


# --------------------------------------------------------------------------------------- content scan

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
    xs: list[float] = []
    ys: list[float] = []
    for op, operands in path:
        values = [float(v) for v in operands]
        if op == "re" and len(values) == 4:
            x, y, w, h = values
            points = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
        else:
            points = [(values[i], values[i + 1]) for i in range(0, len(values) - 1, 2)]
        for x, y in points:
            px, py = transform(ctm, x, y)
            xs.append(px)
            ys.append(py)
    if not xs:
        return (0.0, 0.0, 0.0, 0.0)
    return (min(xs), min(ys), max(xs), max(ys))


def colour_family(space, resources) -> str:
    """What a colour space prints as: cmyk, gray, rgb, lab, spot, pattern or unknown."""
    if isinstance(space, pikepdf.Name):
        name = str(space)
        direct = {"/DeviceCMYK": "cmyk", "/CMYK": "cmyk", "/DeviceGray": "gray", "/G": "gray", "/DeviceRGB": "rgb",
                  "/RGB": "rgb", "/Pattern": "pattern"}
        if name in direct:
            return direct[name]
        named = resources.get("/ColorSpace") if resources is not None else None
        if named is not None and name in named:
            return colour_family(named[name], resources)
        return "unknown"
    if isinstance(space, pikepdf.Array) and len(space) > 0:
        kind = str(space[0])
        if kind == "/ICCBased":
            components = int(space[1].get("/N", 0))
            return {1: "gray", 3: "rgb", 4: "cmyk"}.get(components, "unknown")
        if kind in ("/CalRGB",):
            return "rgb"
        if kind == "/CalGray":
            return "gray"
        if kind == "/Lab":
            return "lab"
        if kind in ("/Separation", "/DeviceN"):
            names = space[1]
            if kind == "/Separation" and str(names) in ("/All", "/None"):
                return "registration"
            return "spot"
        if kind in ("/Indexed", "/I"):
            return colour_family(space[1], resources)
        if kind == "/Pattern":
            return "pattern"
    return "unknown"


def _ink(family: str, components: list[float]) -> float | None:
    if family == "cmyk" and len(components) == 4:
        return sum(components)
    if family == "gray" and len(components) == 1:
        return 1.0 - components[0]
    return None


@dataclass
class GraphicsState:
    """The parts of the PDF graphics state the checks need."""

    ctm: Matrix = IDENTITY
    fill_family: str = "gray"
    stroke_family: str = "gray"
    fill: list[float] = field(default_factory=lambda: [0.0])
    stroke: list[float] = field(default_factory=lambda: [0.0])

    def copy(self) -> "GraphicsState":
        """A copy for `q`."""
        return GraphicsState(self.ctm, self.fill_family, self.stroke_family, list(self.fill), list(self.stroke))


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
                if op in PAINT_FILL:
                    self._record_paint(state.fill_family, state.fill, f"fill {op}", path, state.ctm)
                if op in PAINT_STROKE:
                    self._record_paint(state.stroke_family, state.stroke, f"stroke {op}", path, state.ctm)
                path = []
            elif op == "n":
                path = []
            elif op in ("cs", "CS"):
                family = colour_family(operands[0], resources)
                self._check_family(family, f"{op} {operands[0]}")
                if op == "cs":
                    state.fill_family, state.fill = family, _initial(family)
                else:
                    state.stroke_family, state.stroke = family, _initial(family)
            elif op in ("sc", "scn", "SC", "SCN"):
                values = [float(v) for v in operands if isinstance(v, (int, float)) or _is_number(v)]
                if op in ("sc", "scn"):
                    state.fill = values
                else:
                    state.stroke = values
                self.operators += 1
            elif op in ("g", "G", "k", "K", "rg", "RG"):
                family = {"g": "gray", "G": "gray", "k": "cmyk", "K": "cmyk", "rg": "rgb", "RG": "rgb"}[op]
                values = [float(v) for v in operands]
                self._check_family(family, op)
                if op.islower():
                    state.fill_family, state.fill = family, values
                else:
                    state.stroke_family, state.stroke = family, values
            elif op in TEXT_SHOW:
                self._record_ink(state.fill_family, state.fill, "text")
                self._check_text_black(state)
            elif op == "sh":
                self._shading(operands[0], resources)
            elif op == "Do":
                self._xobject(operands[0], resources, state, depth)

    def _record_paint(self, family: str, components: list[float], what: str, path: list, ctm: Matrix) -> None:
        """Ink of a painted path; one over the limit counts only where it reaches into the bleed box
        (crop marks in registration colour lie in the slug and are cut away)."""
        ink = _ink(family, components)
        if ink is not None and ink > MAX_INK and path and not self._touches_bleed(path_bbox(path, ctm)):
            return
        self._record_ink(family, components, what)

    def _touches_bleed(self, box: Sequence[float]) -> bool:
        bleed = self._bleed
        return box[2] > bleed.x0 and box[0] < bleed.x1 and box[3] > bleed.y0 and box[1] < bleed.y1

    # -- colour and ink
    def _check_family(self, family: str, what: str) -> None:
        self.operators += 1
        if family not in ("cmyk", "gray", "pattern"):
            label = {"rgb": "RGB", "lab": "Lab", "spot": "a spot colour", "registration": "registration/All",
                     "unknown": "an unknown colour space"}.get(family, family)
            self.colour_problems.append(f"page {self._page}: {what} uses {label}")

    def _record_ink(self, family: str, components: list[float], what: str) -> None:
        ink = _ink(family, components)
        if ink is not None and ink > self.max_ink + 1e-9:
            self.max_ink = ink
            self.max_ink_where = f"page {self._page} {what} " + " ".join(f"{v:g}" for v in components)

    def _check_text_black(self, state: GraphicsState) -> None:
        if state.fill_family != "cmyk" or len(state.fill) != 4:
            return
        c, m, y, k = state.fill
        if k >= 0.8 and c + m + y > 0.001:
            self.black_text_problems.append(f"page {self._page}: text in rich black "
                                            f"C{c * 100:.0f} M{m * 100:.0f} Y{y * 100:.0f} K{k * 100:.0f}")

    def _shading(self, name, resources) -> None:
        shadings = resources.get("/Shading") if resources is not None else None
        shading = shadings.get(name) if shadings is not None else None
        if shading is not None:
            self._check_family(colour_family(shading.get("/ColorSpace"), resources), f"shading {name}")

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
        self._placed(name, width, height, state)
        if xobject.get("/ImageMask", False):
            self._record_ink(state.fill_family, state.fill, "stencil mask")
            return
        family = colour_family(xobject.get("/ColorSpace", pikepdf.Name("/DeviceGray")), resources)
        if family not in ("cmyk", "gray"):
            label = {"rgb": "RGB", "lab": "Lab", "spot": "spot colour"}.get(family, family)
            self.image_problems.append(f"page {self._page}: image {name} is {label}")
            return
        key = xobject.objgen if xobject.is_indirect else None
        ink = self._image_ink_cache.get(key) if key else None
        if ink is None:
            ink = _decoded_image_ink(xobject)
            if key:
                self._image_ink_cache[key] = ink
        if ink is not None and ink > self.max_ink:
            self.max_ink = ink
            self.max_ink_where = f"page {self._page} image {name}"

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
        if family not in ("cmyk", "gray"):
            self.image_problems.append(f"page {self._page}: inline image is {family.upper()}")

    def _placed(self, name: str, width: int, height: int, state: GraphicsState) -> None:
        ppi = placed_ppi(width, height, state.ctm)
        self.min_ppi = min(self.min_ppi, ppi)
        if ppi < MIN_PPI:
            size_mm = math.hypot(state.ctm[0], state.ctm[1]) / MM
            self.image_problems.append(f"page {self._page}: {name} is {ppi:.0f} ppi at its placed size "
                                       f"({width} px over {size_mm:.1f} mm; needs {MIN_PPI:.0f})")

    # -- results
    def colour_check(self) -> Check:
        """CMYK (or grey) only."""
        if self.colour_problems:
            return Check("colour", False, _join(self.colour_problems))
        return Check("colour", True, f"DeviceCMYK/grey only ({self.operators} colour operators)")

    def image_check(self) -> Check:
        """Images CMYK/grey at 300 ppi or more."""
        if self.image_problems:
            return Check("images", False, _join(self.image_problems))
        if not self.images:
            return Check("images", True, "no raster images")
        return Check("images", True, f"{self.images} image(s), CMYK/grey, at least {self.min_ppi:.0f} ppi")

    def ink_check(self) -> Check:
        """Total ink at most 300 %."""
        percent = self.max_ink * 100
        if self.max_ink > MAX_INK + 0.005:
            return Check("ink", False, f"total ink {percent:.0f} % over the {MAX_INK * 100:.0f} % limit "
                                       f"({self.max_ink_where})")
        return Check("ink", True, f"max {percent:.0f} % (limit {MAX_INK * 100:.0f} %)")

    def black_text_check(self) -> Check:
        """Black text on K alone."""
        if self.black_text_problems:
            return Check("black text", False, _join(sorted(set(self.black_text_problems))))
        return Check("black text", True, "black text is 100 % K")


def _initial(family: str) -> list[float]:
    # the initial colour after cs/CS: black for device spaces, tint 1 for spot colours
    return {"cmyk": [0.0, 0.0, 0.0, 1.0], "gray": [0.0]}.get(family, [1.0])


def _is_number(value) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


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


# ------------------------------------------------------------------------------------------ safe zone

def check_safe_zone(pdf_path: Path, boxes: list[dict[str, Box | None]],
                    folds_mm: Mapping[int, Sequence[float]]) -> Check:
    """Every glyph at least SAFE_MM inside the trim and SAFE_MM from any fold (pypdfium2 char boxes)."""
    problems: list[str] = []
    closest = math.inf
    chars = 0
    safe = SAFE_MM * MM
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        for index in range(len(pdf)):
            trim = boxes[index]["trim"] if index < len(boxes) else None
            if trim is None:
                continue  # reported by the boxes check
            folds = [trim.x0 + fold * MM for fold in folds_mm.get(index, ())]
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                count = textpage.count_chars()
                text = textpage.get_text_range(0, count) if count else ""
                per_char = len(text) == count
                worst: dict[tuple[str, str], float] = {}  # (word, 'the trim'/'a fold') -> closest distance
                for i in range(count):
                    char = text[i] if per_char else textpage.get_text_range(i, 1)
                    if not char or char.isspace():
                        continue
                    left, bottom, right, top = textpage.get_charbox(i)
                    if right <= left and top <= bottom:
                        continue  # generated or empty glyph
                    chars += 1
                    trim_distance = min(left - trim.x0, bottom - trim.y0, trim.x1 - right, trim.y1 - top)
                    fold_distance = min((gap_to_fold(left, right, fold) for fold in folds), default=math.inf)
                    distance = min(trim_distance, fold_distance)
                    closest = min(closest, distance)
                    if distance < safe - 0.01:
                        key = (_context(text, i) if per_char else char,
                               "a fold" if fold_distance < trim_distance else "the trim")
                        worst[key] = min(worst.get(key, math.inf), distance)
                problems.extend(f"page {index + 1}: {word!r} is {distance / MM:.1f} mm from {zone}"
                                for (word, zone), distance in worst.items())
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()
    rule = f"{SAFE_MM:g} mm inside the trim" + (" and from the folds" if folds_mm else "")
    if problems:
        return Check("safe zone", False, f"text must stay {rule}: " + _join(problems))
    if not chars:
        return Check("safe zone", True, "no text")
    return Check("safe zone", True, f"{chars} glyphs, all at least {rule} (closest {closest / MM:.1f} mm)")


def gap_to_fold(left: float, right: float, fold: float) -> float:
    """Distance from a glyph spanning [left, right] to a fold line; negative when the glyph crosses it."""
    if right <= fold:
        return fold - right
    if left >= fold:
        return left - fold
    return -min(fold - left, right - fold)


def _context(text: str, index: int) -> str:
    """The word around character `index`, for a message a person can find on the page."""
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = index
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end][:40]


def _join(problems: list[str]) -> str:
    counts: dict[str, int] = {}
    for problem in problems:
        counts[problem] = counts.get(problem, 0) + 1
    problems = [p if n == 1 else f"{p} (x{n})" for p, n in counts.items()]
    shown = problems[:MAX_EXAMPLES]
    more = len(problems) - len(shown)
    return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")


# -------------------------------------------------------------------------------------------- report

def format_report(reports: Sequence[PreflightReport], root: Path | None = None) -> str:
    """A table for `media-pipeline preflight`: one row per PDF, a column per check; details of failures below."""
    names = list(CHECK_NAMES)
    for report in reports:
        for check in report.checks:
            if check.name not in names:
                names.append(check.name)
    label = [_display_path(report.path, root) for report in reports]
    width = max([len("PDF")] + [len(item) for item in label])
    widths = [max(len(name), 4) for name in names]
    header = "  ".join(["PDF".ljust(width)] + [name.ljust(w) for name, w in zip(names, widths)] + ["result"])
    lines = [header, "-" * len(header)]
    for report, path_label in zip(reports, label):
        by_name = {check.name: check for check in report.checks}
        cells = []
        for name, w in zip(names, widths):
            check = by_name.get(name)
            cell = "-" if check is None else ("ok" if check.ok else "FAIL")
            cells.append(cell.ljust(w))
        lines.append("  ".join([path_label.ljust(width)] + cells + ["pass" if report.ok else "FAIL"]))
    failures = [(path_label, check) for report, path_label in zip(reports, label) for check in report.failures()]
    if failures:
        lines.append("")
        for path_label, check in failures:
            lines.append(f"{path_label}: {check.name}: {check.detail}")
    passed = sum(report.ok for report in reports)
    lines.append("")
    lines.append(f"{passed} of {len(reports)} PDF(s) pass preflight")
    return "\n".join(lines)


def _display_path(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return str(Path(path).resolve().relative_to(Path(root).resolve()))
        except ValueError:
            pass
    return str(path)
