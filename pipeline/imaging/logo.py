"""The campaign logo as an RGBA image, or a simple drawn brand mark when the campaign has none."""

from __future__ import annotations

import functools
import io
import logging
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, UnidentifiedImageError

from pipeline.errors import RenderError
from pipeline.imaging import shapes
from pipeline.imaging.colors import RGB, WHITE, to_rgb
from pipeline.snapshot import Asset

log = logging.getLogger(__name__)


def resolve_logo_path(logo: Path | str | None, root: Path | None = None) -> Path | None:
    """The logo file's path: relative paths are taken from the campaign folder `root`."""
    if logo is None:
        return None
    path = Path(logo)
    if not path.is_absolute() and root is not None:
        path = Path(root) / path
    return path


LOGO_MAX_PIXELS = 16_000_000  # 4000 x 4000: 34 cm at 300 dpi; a larger logo only costs memory and time


@functools.lru_cache(maxsize=16)
def _read_logo(path: Path, mtime_ns: int, size: int) -> Image.Image:
    """Decode a logo file once per version of the file; ValueError when it is too large, truncated or not an image."""
    return _decode(path)


@functools.lru_cache(maxsize=16)
def _decode_asset(asset: Asset) -> Image.Image:
    """Decode a logo's bytes once per content (every render of a build draws the same snapshot)."""
    return _decode(io.BytesIO(asset.data))


def _decode(source) -> Image.Image:
    try:
        with Image.open(source) as image:
            width, height = image.size
            if width * height > LOGO_MAX_PIXELS:
                raise ValueError(f"{width} x {height} pixels is more than the {LOGO_MAX_PIXELS:,} pixels a logo may "
                                 "have; scale it down")
            image.load()
            opaque = image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info
            converted = image.convert("RGBA")
            return knock_out_background(converted) if opaque else converted
    except (OSError, SyntaxError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise ValueError(f"cannot be read as an image ({exc})") from None


def knock_out_background(image: Image.Image, tolerance: int = 28) -> Image.Image:
    """An opaque logo (a JPG) with its plain background made transparent, so it never shows as a box.

    The background is the colour the four corners share (within `tolerance` per channel); only pixels of
    that colour connected to the border go, so a white shape inside the logo stays. A logo whose corners
    differ (a photo, a full-bleed badge), or that would keep under a tenth of its pixels (a solid square), is
    kept as it is.
    """
    import numpy as np

    rgb = np.asarray(image.convert("RGB"), dtype=np.int16)
    corners = rgb[[0, 0, -1, -1], [0, -1, 0, -1]]
    if np.abs(corners - corners[0]).max() > tolerance:
        return image
    distance = np.abs(rgb - corners.mean(axis=0)).max(axis=2)
    near = Image.fromarray(np.where(distance <= tolerance, 0, 255).astype(np.uint8)).copy()  # writable
    # Flood from each corner through the near-background pixels: 0 becomes 128 where it is connected.
    for xy in ((0, 0), (near.width - 1, 0), (0, near.height - 1), (near.width - 1, near.height - 1)):
        if near.getpixel(xy) == 0:
            ImageDraw.floodfill(near, xy, 128)
    background = np.asarray(near) == 128
    if background.mean() > 0.9:  # hardly anything but "background": a solid badge, not a mark on paper
        return image
    # Soft edge: the alpha of a pixel at the border follows its distance from the background colour.
    alpha = np.asarray(image.getchannel("A"), dtype=np.float32)
    soft = np.clip(distance / (tolerance * 3), 0, 1) * 255
    edge = np.asarray(Image.fromarray(background.astype(np.uint8) * 255).filter(ImageFilter.MaxFilter(3))) > 0
    alpha = np.where(background, 0, np.where(edge, np.minimum(alpha, soft), alpha))
    result = image.copy()
    result.putalpha(Image.fromarray(alpha.astype(np.uint8)))
    return result


def logo_ink(image: Image.Image) -> RGB:
    """The average colour of a logo's visible pixels, weighted by their alpha (to tell whether it stands out from
    a fill).

    Exact integer sums of channel x alpha (products in uint32, sums in uint64), one plane at a time: a third of the
    time of scaling all four planes as float64 (0.015 s against 0.045 s for a 1200 px logo, once per process, in
    the build's serial warm-up), and no float rounding to land on the wrong side of a half."""
    import numpy as np

    pixels = np.asarray(image if image.mode == "RGBA" else image.convert("RGBA"))
    alpha = pixels[..., 3].ravel().astype(np.uint32)
    total = int(alpha.sum(dtype=np.uint64))
    if total == 0:
        return WHITE
    return tuple(int(round(int((alpha * pixels[..., i].ravel()).sum(dtype=np.uint64)) / total))  # type: ignore[return-value]
                 for i in range(3))


def check_logo(asset: Asset) -> None:
    """Decode the logo's bytes once (cached): ValueError naming the problem when they are truncated, too large or
    not an image."""
    _decode_asset(asset)


def load_logo(logo: Asset | Path | str | None, root: Path | None = None) -> Image.Image | None:
    """The logo as RGBA (a copy), or None when the campaign names none; an unreadable file is a RenderError.

    Renders pass the snapshot's Asset (pipeline.snapshot), so the logo drawn is the one the build planned."""
    if isinstance(logo, Asset):
        try:
            return _decode_asset(logo).copy()
        except ValueError as exc:
            raise RenderError(f"brand logo {logo.rel_path}: {exc}") from exc
    path = resolve_logo_path(logo, root)
    if path is None:
        return None
    try:
        stat = path.stat()
        return _read_logo(path, stat.st_mtime_ns, stat.st_size).copy()
    except OSError as exc:
        raise RenderError(f"brand logo {path}: cannot be read ({exc})") from exc
    except ValueError as exc:
        raise RenderError(f"brand logo {path}: {exc}") from exc


def fit_into(image: Image.Image, box_w: int, box_h: int) -> Image.Image:
    """`image` scaled (up or down, keeping its proportions) to fit a `box_w` x `box_h` box."""
    scale = min(box_w / image.width, box_h / image.height)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS) if size != image.size else image.copy()


def brand_mark(size_px: int, primary: str | RGB, accent: str | RGB) -> Image.Image:
    """A simple drawn mark (disc, shield and tick in the brand colours) for campaigns without a logo file."""
    primary_rgb, accent_rgb = to_rgb(primary), to_rgb(accent)
    mark = Image.new("RGBA", (size_px, size_px), (0, 0, 0, 0))
    s = float(size_px)
    shapes.ellipse(mark, (0, 0, s, s), primary_rgb)
    # A shield: flat top, straight sides, then a curve down to the point (sampled quadratic curve).
    cx, top, side_end, bottom, half = s / 2, 0.22 * s, 0.46 * s, 0.80 * s, 0.25 * s
    curve = []
    for i in range(13):
        t = i / 12
        # Bezier from the side's end, via a control point low on the side, to the bottom point.
        x = (1 - t) ** 2 * half + 2 * (1 - t) * t * half + t * t * 0
        y = (1 - t) ** 2 * side_end + 2 * (1 - t) * t * (0.66 * s) + t * t * bottom
        curve.append((x, y))
    right = [(cx + x, y) for x, y in curve]
    left = [(cx - x, y) for x, y in reversed(curve)]
    shapes.polygon(mark, [(cx - half, top), (cx + half, top), *right, *left[1:]], WHITE)
    shapes.check_mark(mark, (cx - 0.17 * s, 0.30 * s, cx + 0.17 * s, 0.64 * s), accent_rgb, stroke=0.065 * s)
    return mark


def logo_facts(asset: Asset | None) -> tuple[float, bool, RGB | None]:
    """(aspect, is the drawn mark, average ink colour) of a campaign's logo from the build's snapshot, measured
    once per logo: every image and every leaflet page lays out with them."""
    if asset is None:
        return 1.0, True, None
    return _logo_facts_of(asset)


@functools.lru_cache(maxsize=16)
def _logo_facts_of(asset: Asset) -> tuple[float, bool, RGB | None]:
    image = load_logo(asset)
    return image.width / image.height, False, logo_ink(image)


def logo_aspect(logo: Asset | Path | str | None, root: Path | None = None) -> float:
    """Width / height of the campaign logo (1.0 for the drawn mark)."""
    loaded = load_logo(logo, root)
    return 1.0 if loaded is None else loaded.width / loaded.height


def logo_image(logo: Asset | Path | str | None, root: Path | None, size_px: int | tuple[int, int], primary: str | RGB,
               accent: str | RGB) -> Image.Image:
    """An RGBA image within `size_px` (a square side or a (w, h) box): the campaign logo fitted in, or the mark.

    The drawn brand mark is used when the campaign names no logo; it is square, as large as fits.
    """
    box_w, box_h = (size_px, size_px) if isinstance(size_px, int) else size_px
    loaded = load_logo(logo, root)
    if loaded is None:
        return brand_mark(min(box_w, box_h), primary, accent)
    return fit_into(loaded, box_w, box_h)
