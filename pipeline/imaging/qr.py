"""QR codes as crisp Pillow images (segno builds the symbol; modules are scaled by whole pixels)."""

from __future__ import annotations

import functools

import numpy as np
import segno
from PIL import Image

from pipeline.imaging.colors import RGB, to_rgb

QUIET_ZONE = 4  # modules of light margin the QR standard asks for


@functools.lru_cache(maxsize=64)
def qr_matrix(data: str, error: str = "m") -> np.ndarray:
    """The QR symbol for `data` as a bool array (True = dark module), without quiet zone; cached, read-only.

    Every format of an infographic and every clip card of a text draw the same code.
    """
    symbol = segno.make_qr(data, error=error, boost_error=True)
    matrix = np.array([list(row) for row in symbol.matrix], dtype=bool)
    matrix.setflags(write=False)
    return matrix


def qr_image(url: str, size_px: int, dark: str | RGB = (0, 0, 0), light: str | RGB = (255, 255, 255),
             border: int = QUIET_ZONE, error: str = "m") -> Image.Image:
    """An RGB image exactly `size_px` square holding the QR code of `url` with its quiet zone.

    Modules are a whole number of pixels (no blurry resampling); left-over pixels widen the quiet
    zone evenly. Raises ValueError when `size_px` cannot give every module at least 2 px.
    """
    matrix = qr_matrix(url, error)
    modules = matrix.shape[0] + 2 * border
    module_px = size_px // modules
    if module_px < 2:
        raise ValueError(f"a {size_px} px QR code is too small for {url!r} "
                         f"({modules} modules need at least {modules * 2} px)")
    dark_rgb, light_rgb = np.array(to_rgb(dark), np.uint8), np.array(to_rgb(light), np.uint8)
    scaled = np.kron(matrix, np.ones((module_px, module_px), dtype=bool))
    canvas = np.empty((size_px, size_px, 3), np.uint8)
    canvas[:] = light_rgb
    offset = (size_px - scaled.shape[0]) // 2
    region = canvas[offset:offset + scaled.shape[0], offset:offset + scaled.shape[1]]
    region[scaled] = dark_rgb
    return Image.fromarray(canvas)
