"""The highest total ink of a shading (a gradient), read from its colour function.

Ink is linear in the colour components, and every function type met here interpolates linearly (or
monotonically) between a few colours, so the highest ink is reached at one of those colours: the two
ends of an exponential function (type 2), the ends of each piece of a stitching function (type 3), the
samples of a sampled function (type 0). PostScript functions (type 4) and mesh shadings (types 4 to 7,
colours in the stream) are not measured.
"""

from __future__ import annotations

import logging
from typing import Sequence

import pikepdf

from pipeline.leaflets.preflight.colour import as_cmyk, total_ink

log = logging.getLogger(__name__)

Colours = list[list[float]]
MAX_SAMPLES = 65536  # a sampled function larger than this is not read (a gradient needs a few hundred)


def shading_max_ink(shading, family: str, plates: Sequence[int] = ()) -> float | None:
    """Highest total ink a shading paints in colour `family` (process DeviceN through `plates`), or None."""
    function = shading.get("/Function")
    if function is None:
        return None
    domain = [float(v) for v in shading.get("/Domain", [0.0, 1.0])][:2]
    try:
        if isinstance(function, pikepdf.Array):  # one function per component: each reaches its own maximum
            parts = [key_colours(part, domain) for part in function]
            if any(part is None for part in parts):
                return None
            colours = [[max(colour[0] for colour in part) for part in parts]]  # type: ignore[union-attr]
        else:
            colours = key_colours(function, domain)
    except (KeyError, ValueError, TypeError, ZeroDivisionError, pikepdf.PdfError) as exc:
        log.debug("shading function not read: %s", exc)
        return None
    if not colours:
        return None
    if family == "process":
        colours = [as_cmyk(plates, colour) for colour in colours]
    inks = [total_ink(family, colour) for colour in colours]  # process colours are CMYK by now (as_cmyk)
    measured = [ink for ink in inks if ink is not None]
    return max(measured) if measured else None


def key_colours(function, domain: Sequence[float]) -> Colours | None:
    """The colours among which `function` interpolates over `domain` (the highest ink is one of them)."""
    kind = int(function.get("/FunctionType", -1))
    if kind == 2:
        c0 = [float(v) for v in function.get("/C0", [0.0])]
        c1 = [float(v) for v in function.get("/C1", [1.0])]
        exponent = float(function.get("/N", 1.0))
        return _clip([[a + (x ** exponent) * (b - a) for a, b in zip(c0, c1)] for x in (domain[0], domain[1])],
                     function)
    if kind == 3:
        bounds = [float(v) for v in function.get("/Bounds", [])]
        encode = [float(v) for v in function.get("/Encode", [])]
        colours: Colours = []
        for index, part in enumerate(function.get("/Functions", [])):
            found = key_colours(part, encode[2 * index:2 * index + 2] or domain)
            if found is None:
                return None
            colours += found
        return _clip(colours, function) if len(bounds) + 1 == len(function.get("/Functions", [])) else None
    if kind == 0:
        return _clip(_samples(function), function)
    return None


def _samples(function) -> Colours:
    """Every sample of a sampled (type 0) function, decoded to its output range."""
    size = [int(v) for v in function.get("/Size", [])]
    outputs = len(function.get("/Range", [])) // 2
    bits = int(function.get("/BitsPerSample", 8))
    count = outputs
    for dimension in size:
        count *= dimension
    if count > MAX_SAMPLES or bits not in (8, 16) or not outputs:
        raise ValueError(f"sampled function of {count} values at {bits} bits not read")
    data = function.read_bytes()
    step = bits // 8
    top = (1 << bits) - 1
    decode = [float(v) for v in function.get("/Decode", function.get("/Range"))]
    values = [int.from_bytes(data[i * step:(i + 1) * step], "big") for i in range(min(count, len(data) // step))]
    colours = []
    for start in range(0, len(values) - outputs + 1, outputs):
        colours.append([decode[2 * j] + values[start + j] / top * (decode[2 * j + 1] - decode[2 * j])
                        for j in range(outputs)])
    return colours


def _clip(colours: Colours, function) -> Colours:
    value_range = function.get("/Range")
    if value_range is None:
        return colours
    bounds = [float(v) for v in value_range]
    return [[min(max(value, bounds[2 * j]), bounds[2 * j + 1]) if 2 * j + 1 < len(bounds) else value
             for j, value in enumerate(colour)] for colour in colours]
