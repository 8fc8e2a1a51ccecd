"""Shared print furniture: a CMYK canvas with real page boxes, crop and fold marks, logo, QR code, contacts."""

from __future__ import annotations

import collections
import contextlib
import copy
import functools
import io
import logging
import math
import os
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Sequence

from PIL import Image
from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import CMYKColor
from reportlab.lib.boxstuff import aspectRatioFix
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader, _digester
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas

import pipeline
from pipeline import cache
from pipeline.content import Campaign
from pipeline.errors import RenderError
from pipeline.snapshot import Asset
from pipeline.leaflets.colors import Palette, conversion_inputs, image_to_cmyk
from pipeline.leaflets.geometry import (
    MARK_WIDTH_PT,
    SheetGeometry,
    crop_mark_segments,
    fold_mark_segments,
)
from pipeline.leaflets.pdfx import make_pdfx
from pipeline.leaflets.typeset import font, register_fonts

log = logging.getLogger(__name__)

MIN_IMAGE_PPI = 300
TARGET_IMAGE_PPI = 400  # resample raster art to this at its printed size: above the 300 ppi floor, files stay small
REVERSED_MIN_PT = 8.0  # white type out of a multi-ink colour: no smaller, and no light weight (it fills in)
# Registration colour: every plate at 100 %, so the marks print on each separation and the press can check
# register and cut on any of them. 400 % ink, but only in the slug, outside the bleed box: preflight's ink
# limit counts what reaches the bleed box, and the marks are cut away with the slug.
MARK_COLOUR = CMYKColor(1, 1, 1, 1)


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Write Flate-only (binary) streams while a leaflet is made, then restore ReportLab's setting.

    ReportLab's ASCII85 wrapping is pure Python without the optional rl_accel package: it costs about
    a fifth of the render time and makes files a quarter larger. The switch is scoped, not global,
    because ReportLab's drawInlineImage breaks with binary streams.
    """
    previous = rl_config.useA85
    compressor = pdfdoc.PDFZCompress  # the one Flate filter of every ReportLab stream (pages, fonts, cmaps)
    previous_encode = vars(compressor).get("encode")
    previous_format = pdfdoc.format
    rl_config.useA85 = 0
    compressor.encode = _flate
    pdfdoc.format = functools.partial(_format, previous_format)
    try:
        yield
    finally:
        rl_config.useA85 = previous
        pdfdoc.format = previous_format
        if previous_encode is None:
            del compressor.encode
        else:
            compressor.encode = previous_encode


_NUMBERS = (int, float)


def _format(reportlab_format, element, document, toplevel=0) -> bytes:
    """ReportLab's pdfdoc.format, to the same bytes, with numbers (most of what a leaflet's font widths and
    dictionaries hold) written straight away: ReportLab encodes each one's digits through its own pure-Python
    codec, which writes ASCII digits, signs and points as they are, after testing whether it is a PDF object."""
    if type(element) in _NUMBERS:
        return fp_str(element).encode("ascii")
    return reportlab_format(element, document, toplevel)


FLATE_LEVEL = 3  # of ReportLab's streams: a flyer's fonts and pages at 60 % of zlib's default time, 1 % larger


def _flate(data: bytes | str) -> bytes:
    """ReportLab's Flate filter at FLATE_LEVEL (its own compresses at zlib's default, 6); a remembered font
    subset (see remember_subsets) is compressed once."""
    program = _programs.get(id(data))
    if program is not None and program[0] is data:
        if program[1] is None:
            program[1] = zlib.compress(data, FLATE_LEVEL)
        return program[1]
    return zlib.compress(data.encode("utf8") if isinstance(data, str) else data, FLATE_LEVEL)


SUBSETS_KEPT = 64  # font subset programs remembered in a process, the most recently used
_subsets: collections.OrderedDict[tuple[str, tuple[int, ...]], bytes] = collections.OrderedDict()
_programs: dict[int, list] = {}  # id(remembered program) -> [program, its Flate bytes once made]


def remember_subsets() -> None:
    """Make each registered face remember the subset programs it made, by the characters in them, and
    _flate their compressed bytes: ReportLab builds and compresses every subset again in every document,
    ~0.7 ms a font, though a campaign's leaflets set their furniture (contacts, labels) in the same
    characters of the same font every time. The same face and characters give the same program bytes."""
    for name in register_fonts().values():
        face = pdfmetrics.getFont(name).face
        if "makeSubset" not in vars(face):
            face.makeSubset = functools.partial(_subset, face.makeSubset, str(face.filename))


def _subset(make, filename: str, subset) -> bytes:
    key = (filename, tuple(subset))
    program = _subsets.get(key)
    if program is not None:
        _subsets.move_to_end(key)
        return program
    program = _subsets[key] = make(subset)
    _programs[id(program)] = [program, None]
    while len(_subsets) > SUBSETS_KEPT:
        _programs.pop(id(_subsets.popitem(last=False)[1]), None)
    return program


def new_canvas(dest_path: Path, sheet: SheetGeometry, title: str, campaign: Campaign, subject: str) -> Canvas:
    """A CMYK-only canvas with MediaBox, TrimBox and BleedBox set for every page it will make."""
    remember_subsets()
    source_date_epoch()  # a bad value is named before ReportLab reads it
    canvas = Canvas(
        str(dest_path),
        pagesize=sheet.media_size,
        trimBox=sheet.trim_box.as_list(),
        bleedBox=sheet.bleed_box.as_list(),
        enforceColorSpace="cmyk",
        # the page preamble selects the initial font; a registered TTF keeps an unembedded Helvetica out
        initialFontName=font("Regular"),
        initialFontSize=10,
        invariant=True,  # no timestamps or random ids: the same input gives the same bytes
        pageCompression=1,
        lang="vi",
    )
    canvas.setTitle(title)
    canvas.setAuthor(campaign.organisation)
    canvas.setSubject(subject)
    canvas.setCreator(f"media-pipeline {pipeline.__version__}")
    canvas.setProducer(f"media-pipeline {pipeline.__version__} (ReportLab)")
    return canvas


def save_pdf(canvas: Canvas, settings, created: datetime | None = None) -> None:
    """Write the canvas, then make the file PDF/X (settings.pdfx) for settings.output_condition."""
    canvas.save()
    make_pdfx(Path(canvas._filename), settings.pdfx, settings.output_condition, created)  # noqa: SLF001


def approval_moment(texts) -> datetime | None:
    """The newest approval date of `texts` (a day, read as midnight UTC when it has no time)."""
    moments = []
    for text in texts:
        try:
            moment = datetime.fromisoformat(str(text.approved_at).replace("Z", "+00:00"))
        except ValueError:
            continue
        moments.append(moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc))
    return max(moments, default=None)


def source_files(campaign: Campaign, texts) -> list[Path]:
    """The files a leaflet is made from: its texts, campaign.yaml, approval.yaml, the variants file, the logo
    and the campaign's templates (those that exist)."""
    root = Path(campaign.root)
    paths = [Path(text.source_path) for text in texts if getattr(text, "source_path", None)]
    paths += [root / "campaign.yaml", root / "approval.yaml", *sorted(root.glob("variants.*"))]
    if campaign.brand.logo is not None:
        paths.append(Path(campaign.brand.logo))
    if (root / "templates").is_dir():
        paths += sorted(path for path in (root / "templates").rglob("*") if path.is_file())
    return [path for path in paths if path.is_file()]


def source_date_epoch() -> datetime | None:
    """SOURCE_DATE_EPOCH as a UTC datetime, None when unset; RenderError naming it when it is not whole seconds
    (checked before ReportLab, which reads it too and would fail with a bare ValueError)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return None
    try:
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    except (ValueError, OverflowError, OSError) as exc:
        raise RenderError(f"SOURCE_DATE_EPOCH: not a time in whole seconds since 1970: {epoch!r}") from exc


def build_moment(campaign: Campaign, texts) -> datetime | None:
    """The creation and modification date of a leaflet PDF (Info and XMP): SOURCE_DATE_EPOCH when set (the
    reproducible-builds convention), else the latest of the texts' approvals and the last change of the files
    it is made from (`source_files`), to the second. The same inputs give the same date, so the same bytes;
    a text approved again, or a changed setting, logo or template, gives a new one."""
    epoch = source_date_epoch()
    if epoch is not None:
        return epoch
    changed = [datetime.fromtimestamp(int(path.stat().st_mtime), timezone.utc)
               for path in source_files(campaign, texts)]
    return max([moment for moment in (approval_moment(texts),) if moment] + changed, default=None)


def used_fonts(canvas: Canvas) -> list[str]:
    """PostScript names of the fonts the document embeds (as pdffonts shows them, without subset tags).

    ReportLab lists a document's fonts under their registration names, and registers one font object per
    face: if other code registered the same TTF under another name first, that name is what it lists.
    The face name is what is really in the file.
    """
    names = set()
    for registered in canvas._doc.fontMapping:  # noqa: SLF001 - ReportLab keeps no public list
        font_object = pdfmetrics.getFont(registered)
        face = getattr(font_object, "face", None)
        name = getattr(face, "name", registered)
        names.add(name.decode("latin-1") if isinstance(name, bytes) else str(name))
    return sorted(names)


def draw_marks(canvas: Canvas, sheet: SheetGeometry, folds_mm: Sequence[float] = ()) -> None:
    """Crop marks (and dashed fold marks) in the slug, outside the bleed, hairlines in registration colour."""
    canvas.saveState()
    canvas.setStrokeColor(MARK_COLOUR)
    canvas.setLineWidth(MARK_WIDTH_PT)
    path = canvas.beginPath()
    for x0, y0, x1, y1 in crop_mark_segments(sheet.trim_box, sheet.bleed_mm):
        path.moveTo(x0, y0)
        path.lineTo(x1, y1)
    canvas.drawPath(path, stroke=1, fill=0)
    if folds_mm:
        canvas.setDash(1.5, 1.5)
        path = canvas.beginPath()
        for x0, y0, x1, y1 in fold_mark_segments(sheet.trim_box, tuple(folds_mm), sheet.bleed_mm):
            path.moveTo(x0, y0)
            path.lineTo(x1, y1)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


@functools.lru_cache(maxsize=64)
def qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix (error correction M) of `value`; cached: a campaign's flyers mostly share one address."""
    qr = QrCodeWidget(value, barLevel="M", barBorder=0).qr
    qr.make()
    return tuple(tuple(bool(module) for module in row) for row in qr.modules)


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float, color: CMYKColor) -> None:
    """A vector QR code (ReportLab's encoder), one filled path of module runs; quiet zone is the caller's."""
    modules = qr_modules(value)
    count = len(modules)
    module = size / count
    canvas.saveState()
    canvas.setFillColor(color)
    path = canvas.beginPath()
    for row_index, row in enumerate(modules):
        column = 0
        while column < count:
            if row[column]:
                start = column
                while column < count and row[column]:
                    column += 1
                path.rect(x + start * module, y + size - (row_index + 1) * module, (column - start) * module,
                          module)
            else:
                column += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def draw_image(canvas: Canvas, reader: ImageReader, x: float, y: float, width: float, height: float) -> None:
    """`canvas.drawImage(reader, x, y, width, height)`, to the same bytes, with the image XObject made once per
    reader (and stream mode): ReportLab hashes and compresses the pixels again in every document, about 4 ms
    a flyer for the logo alone. The reader's pixels must not change after its first use."""
    made = reader.__dict__.setdefault("_xobjects", {})
    key = bool(rl_config.useA85)  # the stream's filters follow it
    if key not in made:
        name = _digester(reader.getRGBData() + b"None")  # drawImage's name of an image with no mask
        made[key] = pdfdoc.PDFImageXObject(name, reader)
        made[key].name = name
    model: pdfdoc.PDFImageXObject = made[key]
    document = canvas._doc  # noqa: SLF001 - as drawImage registers an image, with a copy of the made object
    registered = document.getXObjectName(model.name)
    canvas._currentPageHasImages = 1  # noqa: SLF001
    if not document.idToObject.get(registered):
        xobject = copy.copy(model)  # a document names its objects: each gets its own, sharing the stream bytes
        canvas._setXObjects(xobject)  # noqa: SLF001
        document.Reference(xobject, registered)
        document.addForm(model.name, xobject)
    x, y, width, height, _ = aspectRatioFix(False, "c", x, y, width, height, model.width, model.height)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")  # noqa: SLF001
    canvas.restoreState()
    canvas._formsinuse.append(model.name)  # noqa: SLF001


@functools.lru_cache(maxsize=16)
def logo_cmyk(logo: Asset, width_px: int, height_px: int) -> ImageReader:
    """The logo at this pixel size as a CMYK image (alpha flattened onto white paper); cached per logo content and
    size: a campaign of 50 flyers converts its logo once, and a build converts it only when the logo, the size,
    the output profile or the conversion changed since the last build (pipeline.cache: ~0.1 s of the build's
    serial warm-up, littleCMS building its transform most of it)."""
    name = _logo_cmyk_key(logo.sha256, width_px, height_px)
    kept = cache.read("logo-cmyk", name)
    if kept is not None and len(kept) == width_px * height_px * 4:
        return ImageReader(Image.frombytes("CMYK", (width_px, height_px), kept))
    with Image.open(io.BytesIO(logo.data)) as image:
        image.load()
        resized = image.convert("RGBA").resize((width_px, height_px), Image.Resampling.LANCZOS)
    converted = image_to_cmyk(resized)
    cache.write("logo-cmyk", name, converted.tobytes())
    return ImageReader(converted)


def _logo_cmyk_key(logo_sha256: str, width_px: int, height_px: int) -> str:
    """What a converted logo depends on: the logo, its size, the output profile, this code and the libraries."""
    return cache.key("logo-cmyk", logo=logo_sha256, size=[width_px, height_px],
                     code=cache.source_hash("pipeline.leaflets.colors", "pipeline.leaflets.printing"),
                     **conversion_inputs())


def logo_pixels(source_px: tuple[int, int], width_pt: float, height_pt: float) -> tuple[int, int, float]:
    """Pixel size to embed a logo at (TARGET_IMAGE_PPI at its printed size) and the source's own ppi there."""
    source_ppi = source_px[0] / (width_pt / 72.0)
    width_px = max(1, math.ceil(width_pt / 72.0 * TARGET_IMAGE_PPI))
    height_px = max(1, math.ceil(height_pt / 72.0 * TARGET_IMAGE_PPI))
    return width_px, height_px, source_ppi


def draw_vector_mark(canvas: Canvas, palette: Palette, center_x: float, center_y: float, size: float) -> None:
    """A simple emblem when the campaign has no logo, in vector form: the same design as the screen mark
    (pipeline.imaging.logo.brand_mark): a brand-colour disc, a white shield and an accent tick.

    Proportions are fractions of `size`, measured down from the top of the mark's square as there.
    """
    s = size
    left, top = center_x - s / 2, center_y + s / 2

    def at(fx: float, fy: float) -> tuple[float, float]:
        return left + fx * s, top - fy * s

    canvas.saveState()
    canvas.setFillColor(palette.primary_color())
    canvas.circle(center_x, center_y, s / 2, stroke=0, fill=1)
    # shield: flat top, straight sides to 0.46, then a quadratic curve (control 0.66 down the side) to the point
    half, shield_top, side_end, point, control = 0.25, 0.22, 0.46, 0.80, 0.66
    cx = 0.5
    path = canvas.beginPath()
    path.moveTo(*at(cx - half, shield_top))
    path.lineTo(*at(cx + half, shield_top))
    path.lineTo(*at(cx + half, side_end))
    # quadratic (P0, P1, P2) as a cubic: C1 = P0 + 2/3 (P1 - P0), C2 = P2 + 2/3 (P1 - P2)
    for sign in (1, -1):
        p0 = (cx + sign * half, side_end) if sign == 1 else (cx, point)
        p2 = (cx, point) if sign == 1 else (cx - half, side_end)
        p1 = (cx + sign * half, control) if sign == 1 else (cx - half, control)
        c1 = (p0[0] + 2 / 3 * (p1[0] - p0[0]), p0[1] + 2 / 3 * (p1[1] - p0[1]))
        c2 = (p2[0] + 2 / 3 * (p1[0] - p2[0]), p2[1] + 2 / 3 * (p1[1] - p2[1]))
        path.curveTo(*at(*c1), *at(*c2), *at(*p2))
    path.close()
    canvas.setFillColor(palette.white)
    canvas.drawPath(path, stroke=0, fill=1)
    # tick, as pipeline.imaging.shapes.check_mark draws it in the box (0.33, 0.30)-(0.67, 0.64)
    x0, y0, w, h = cx - 0.17, 0.30, 0.34, 0.34
    tick = canvas.beginPath()
    tick.moveTo(*at(x0 + 0.16 * w, y0 + 0.52 * h))
    tick.lineTo(*at(x0 + 0.40 * w, y0 + 0.74 * h))
    tick.lineTo(*at(x0 + 0.84 * w, y0 + 0.28 * h))
    canvas.setStrokeColor(palette.accent_color())
    canvas.setLineWidth(0.065 * s)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    canvas.drawPath(tick, stroke=1, fill=0)
    canvas.restoreState()


def media_info(canvas: Canvas, sheet: SheetGeometry, pages: int) -> dict:
    """The manifest's `media` entry of a PDF (the glue adds the preflight result)."""
    return {
        "pages": pages,
        "trim_size_mm": [sheet.trim_w_mm, sheet.trim_h_mm],
        "bleed_mm": sheet.bleed_mm,
        "colour": "CMYK",
        "fonts": used_fonts(canvas),
    }


# The imprint of a leaflet, in the order Luật Xuất bản 2012 (Điều 27) lists what printed matter that is not a
# book shows: publisher, format (khuôn khổ), print run (số lượng in), printing unit (tên và địa chỉ cơ sở in),
# licence number (số giấy phép xuất bản), date of deposit (thời gian nộp lưu chiểu), "không bán".
IMPRINT_LABELS = {"printer": "In\u00a0tại", "licence": "Giấy phép xuất bản số", "deposit": "Nộp lưu chiểu"}
SEPARATOR = "\u00a0· "  # the dot stays at the end of the part before it when the imprint wraps


def imprint_line(campaign: Campaign, trim_size_cm: str, quantity: int | None, imprint) -> str:
    """The small print of a government leaflet: who publishes it, size, print run, printer, licence, deposit,
    not for sale. `imprint` is leaflets.imprint: a line of text, or {licence, licence_date, issued_by,
    printer, deposit, note}. Lines break between words only (see `imprint_paragraph`)."""
    fields = imprint if isinstance(imprint, dict) else {"note": imprint} if imprint else {}
    parts = [campaign.organisation]
    if campaign.address:  # a variant's office, after its name
        parts.append(f"Địa chỉ: {campaign.address}")
    # short labels the pipeline writes stay on one line; the campaign's own words wrap between words
    parts.append(f"Khổ {trim_size_cm} cm".replace(" ", "\u00a0"))
    if quantity:
        parts.append(f"Số lượng {format_thousands(quantity)} bản".replace(" ", "\u00a0"))
    if fields.get("printer"):
        parts.append(f"{IMPRINT_LABELS['printer']} {fields['printer']}")
    if fields.get("licence"):
        parts.append(f"{IMPRINT_LABELS['licence']} {licence_details(fields)}")
    if fields.get("deposit"):
        parts.append(f"{IMPRINT_LABELS['deposit']} {vietnamese_date(fields['deposit'])}")
    if fields.get("note"):
        parts.append(fields["note"])
    parts.append("Tài\u00a0liệu\u00a0không\u00a0bán")
    return SEPARATOR.join(parts)


def licence_details(fields) -> str:
    """A publishing licence as the imprint and the job ticket state it after their label: its number, then
    " ngày dd/mm/yyyy" and " của <issuer>" when given. `fields` is leaflets.imprint as a mapping."""
    details = f"{fields['licence']}"
    if fields.get("licence_date"):
        details += f" ngày {vietnamese_date(fields['licence_date'])}"
    if fields.get("issued_by"):
        details += f" của {fields['issued_by']}"
    return details


def vietnamese_date(value) -> str:
    """An ISO date as dd/mm/yyyy (the way a Vietnamese document writes it); anything else as given."""
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


def format_thousands(number: int) -> str:
    """5000 -> '5.000' (Vietnamese thousands separator)."""
    return f"{number:,}".replace(",", ".")
