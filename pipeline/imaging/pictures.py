"""A text's picture (`image: {file, credit, focus}`): checked once when the campaign loads, then cropped to any
box around its focus point, checked for resolution where it is placed, and converted for print.

Screens (infographics, clips) draw `cover()`; print draws `print_picture()` (CMYK through the bundled output
profile, effective ppi at the placed size checked: a warning below `PRINT_WARN_PPI`, a RenderError below
`PRINT_MIN_PPI`).
"""

from __future__ import annotations

import functools
import io
import math
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

PICTURE_MAX_BYTES = 32 * 1024 * 1024
PICTURE_MAX_PIXELS = 40_000_000  # a 7,700 x 5,200 camera photo; more only costs memory in every worker
PICTURE_MIN_SIDE = 600  # px on the shorter side: below this even a phone-sized band is blurred
FORMATS = ("PNG", "JPEG")
# Screens: the part of the picture in a box has at least this many of its px per px of the box, else a
# warning (up to 25 % enlarged looks fine on a phone); below SCREEN_MIN_SCALE the render is refused.
SCREEN_WARN_SCALE = 0.8
SCREEN_MIN_SCALE = 0.5
# Print: effective ppi at the placed size (300 is the press norm; 200 still looks sharp at reading distance).
PRINT_WARN_PPI = 200
PRINT_MIN_PPI = 120
PRESS_PPI = 300  # what preflight asks of every placed image: a leaflet's picture is resampled up to it
CREDIT_PREFIX = "Ảnh: "


@dataclass(frozen=True)
class Picture:
    """A text's picture as planned: its file's bytes (pipeline.snapshot.Asset), pixel size, credit and focus
    point ((0, 0) top left, (1, 1) bottom right)."""

    file: str  # as written in the text, relative to the campaign folder
    asset: object  # pipeline.snapshot.Asset
    width: int
    height: int
    credit: str | None = None
    focus: tuple[float, float] = (0.5, 0.5)
    alt: str | None = None  # what it shows, in words (the alt text of the images that show it)

    @property
    def credit_line(self) -> str:
        """The credit as printed under or on the picture ("Ảnh: …"), or "" without one."""
        return credit_line(self.credit)

    def image(self) -> Image.Image:
        """The picture decoded as sRGB (RGB, or RGBA when it has transparency); cached per content."""
        return decode(self.asset)


def credit_line(credit: str | None) -> str:
    """"Ảnh: <credit>", unless the credit already says where it is from ("Ảnh: …", "Nguồn: …")."""
    if not credit:
        return ""
    lowered = credit.lower()
    if lowered.startswith(("ảnh", "nguồn", "minh hoạ", "minh họa", "photo", "©")):
        return credit
    return CREDIT_PREFIX + credit


def check(data: bytes) -> tuple[int, int]:
    """(width, height) of a picture file's bytes as drawn (EXIF rotation applied); ValueError naming the problem:
    not a PNG or JPEG, truncated, too many pixels, too small. Every campaign load checks every picture, so a JPEG
    is decoded at 1/8 scale (all its data is still read: a truncated file is found)."""
    width, height = _open(data, check_only=True).size
    if min(width, height) < PICTURE_MIN_SIDE:
        raise ValueError(f"{width} x {height} px is too small: at least {PICTURE_MIN_SIDE} px on the "
                         "shorter side (a photo straight from a phone or camera is fine; a thumbnail is not)")
    return width, height


_TURNED = (5, 6, 7, 8)  # EXIF orientations that swap width and height


def _open(data: bytes, check_only: bool = False) -> Image.Image:
    """The decoded picture, upright, in RGB or RGBA (CMYK, palette, grey, 16-bit converted); `check_only`: a
    stand-in of the upright size, the file decoded (cheaply) only to find it whole."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in FORMATS:
                raise ValueError(f"is a {image.format or 'unknown'} image; only PNG and JPEG pictures are used")
            if image.width * image.height > PICTURE_MAX_PIXELS:
                raise ValueError(f"{image.width} x {image.height} px is more than the {PICTURE_MAX_PIXELS:,} pixels "
                                 "a picture may have; scale it down")
            if check_only:
                size = image.size
                turned = image.getexif().get(0x0112) in _TURNED
                image.draft(image.mode, (size[0] // 8, size[1] // 8))  # JPEG only; PNG ignores it
                image.load()
                return Image.new("1", size[::-1] if turned else size)
            image.load()
            return _to_srgb(ImageOps.exif_transpose(image))
    except (OSError, SyntaxError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise ValueError(f"cannot be read as a PNG or JPEG image ({exc})") from None


def _to_srgb(image: Image.Image) -> Image.Image:
    """RGB (or RGBA when the picture has transparency), through its embedded ICC profile when it has one; a CMYK
    picture without one is taken as printed on the bundled output condition (FOGRA39), not naively inverted."""
    profile = _profile(image.info.get("icc_profile"))
    if image.mode == "CMYK":
        return ImageCms.profileToProfile(image, profile or _fogra39(), ImageCms.createProfile("sRGB"), outputMode="RGB")
    transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if transparent else "RGB"
    if profile and image.mode in ("RGB", "RGBA"):
        try:
            return ImageCms.profileToProfile(image, profile, ImageCms.createProfile("sRGB"), outputMode=mode)
        except ImageCms.PyCMSError:
            pass  # a profile that does not fit the pixels: them as they are (most such files are sRGB anyway)
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda v: v / 256).convert("L")
    return image.convert(mode)


def _profile(data: bytes | None) -> ImageCms.ImageCmsProfile | None:
    """The embedded ICC profile, or None without one or when it cannot be parsed (a broken profile is ignored, as
    browsers do, rather than refusing the picture)."""
    if not data:
        return None
    try:
        return ImageCms.ImageCmsProfile(io.BytesIO(data))
    except (ImageCms.PyCMSError, OSError, ValueError):
        return None


@functools.lru_cache(maxsize=1)
def _fogra39() -> ImageCms.ImageCmsProfile:
    from pipeline.leaflets.colors import profile_bytes

    return ImageCms.getOpenProfile(io.BytesIO(profile_bytes()))


@functools.lru_cache(maxsize=2)  # a 24 MP photo is 72 MB decoded; a worker renders one text's formats in a row
def decode(asset) -> Image.Image:
    """A picture Asset decoded once per content (every format of a text draws the same snapshot)."""
    return _open(asset.data)


# ---------------------------------------------------------------- cropping and resolution


def cover_box(size: tuple[int, int], box: tuple[float, float], focus: tuple[float, float] = (0.5, 0.5)
              ) -> tuple[float, float, float, float]:
    """The region of a `size` picture that covers a box of `box` (w, h) proportions: the largest region of the
    box's aspect, centred on the focus point as far as the picture's edges allow (so the focus stays inside)."""
    width, height = size
    box_w, box_h = box
    aspect = box_w / box_h
    crop_w, crop_h = (width, width / aspect) if width / aspect <= height else (height * aspect, height)
    fx, fy = focus[0] * width, focus[1] * height
    left = min(max(fx - crop_w / 2, 0.0), width - crop_w)
    top = min(max(fy - crop_h / 2, 0.0), height - crop_h)
    return left, top, left + crop_w, top + crop_h


def cover(image: Image.Image, box_w: int, box_h: int, focus: tuple[float, float] = (0.5, 0.5)) -> Image.Image:
    """`image` cropped around `focus` and scaled to exactly `box_w` x `box_h` px (cover: no empty margin)."""
    region = cover_box(image.size, (box_w, box_h), focus)
    return image.resize((box_w, box_h), Image.Resampling.LANCZOS, box=region)


def scale_in_box(picture: Picture, box_w: float, box_h: float) -> float:
    """Picture px per box px of the part shown in a `box_w` x `box_h` box (1.0: pixel for pixel; 0.5: each
    picture px drawn twice as large)."""
    left, _, right, _ = cover_box((picture.width, picture.height), (box_w, box_h), picture.focus)
    return (right - left) / box_w


def screen_check(picture: Picture, box_w: float, box_h: float) -> str | None:
    """A warning when the picture is enlarged past SCREEN_WARN_SCALE in this box, None when sharp enough;
    ValueError below SCREEN_MIN_SCALE."""
    scale = scale_in_box(picture, box_w, box_h)
    shown = f"{picture.file} ({picture.width} x {picture.height} px) is enlarged {1 / scale:.1f}x to fill " \
            f"{round(box_w)} x {round(box_h)} px"
    if scale < SCREEN_MIN_SCALE:
        raise ValueError(f"{shown}: too blurred (at most {1 / SCREEN_MIN_SCALE:.0f}x); use a larger picture")
    if scale < SCREEN_WARN_SCALE:
        return f"{shown}: it may look soft; a larger picture would be sharper"
    return None


def effective_ppi(picture: Picture, width_pt: float, height_pt: float) -> float:
    """Picture px per inch where it is placed `width_pt` x `height_pt` (points, 72 an inch) by cover crop."""
    return scale_in_box(picture, width_pt, height_pt) * 72.0


@dataclass(frozen=True)
class PrintPicture:
    """A picture made ready for one print box: CMYK pixels (the output profile, ink-limited), the ppi they
    have at the placed size and the warning to print (or None)."""

    image: Image.Image
    ppi: float
    warning: str | None


def print_check(picture: Picture, width_pt: float, height_pt: float) -> str | None:
    """What a print shop would say of `picture` placed `width_pt` x `height_pt`: ValueError below
    PRINT_MIN_PPI; a warning below PRESS_PPI (resampled up to it, so preflight passes; softer below
    PRINT_WARN_PPI); None when it has the press's ppi."""
    ppi = effective_ppi(picture, width_pt, height_pt)
    size = f"{width_pt / 72 * 25.4:.0f} x {height_pt / 72 * 25.4:.0f} mm"
    if ppi < PRINT_MIN_PPI:
        raise ValueError(f"{picture.file} ({picture.width} x {picture.height} px) has only {ppi:.0f} ppi at "
                         f"{size}: at least {PRINT_MIN_PPI} ppi are needed in print; use a larger picture")
    if ppi < PRINT_WARN_PPI:
        return f"{picture.file} has {ppi:.0f} ppi at {size}, below the {PRINT_WARN_PPI} ppi print looks sharp at"
    if ppi < PRESS_PPI - 0.5:
        return (f"{picture.file} has {ppi:.0f} ppi at {size}: resampled up to the press's {PRESS_PPI} ppi "
                f"(a picture {PRESS_PPI / ppi:.2f}x larger would need none)")
    return None


def print_picture(picture: Picture, width_pt: float, height_pt: float, max_ppi: float = 300.0,
                  min_ppi: float = 0.0) -> PrintPicture:
    """`picture` cover-cropped for a `width_pt` x `height_pt` box, converted to CMYK through the bundled output
    profile (pipeline.leaflets.colors.image_to_cmyk: relative colorimetric, black point compensation, 300 %
    ink) and scaled down to at most `max_ppi`, up only to `min_ppi` (a leaflet: PRESS_PPI); ValueError below
    PRINT_MIN_PPI, a warning below PRINT_WARN_PPI. Draw it with ReportLab's
    `drawImage(ImageReader(result.image), x, y, width_pt, height_pt)`."""
    from pipeline.leaflets.colors import image_to_cmyk

    ppi = effective_ppi(picture, width_pt, height_pt)
    checked = print_check(picture, width_pt, height_pt)  # ValueError under PRINT_MIN_PPI
    warning = checked if ppi < PRINT_WARN_PPI else None
    image = picture.image()
    region = cover_box(image.size, (width_pt, height_pt), picture.focus)
    target_ppi = min(max(ppi, min_ppi), max_ppi)
    out_w = max(1, math.ceil(width_pt / 72 * target_ppi - 1e-6))
    out_h = max(1, math.ceil(height_pt / 72 * target_ppi - 1e-6))
    cropped = image.resize((out_w, out_h), Image.Resampling.LANCZOS, box=region)
    return PrintPicture(image_to_cmyk(cropped), target_ppi, warning)
