"""Bleed rules: artwork that reaches a trim edge runs on to the bleed edge, in the file's geometry and as printed.

The geometry rule reads the painted areas; the printed rule renders a strip on each side of every trim
edge (pypdfium2) and finds where the artwork just inside the trim is coloured but the bleed outside it
shows paper: a white box over the bleed, or a background that stops at the trim under one that does not.
"""

from __future__ import annotations

import numpy as np

from pipeline.leaflets.geometry import BLEED_MM, MM, Box
from pipeline.leaflets.preflight.facts import PdfFacts, RenderedPages, has_ink, inherited
from pipeline.leaflets.preflight.report import Check, failing

STRIP_DPI = 150.0
STRIP_NEAR_MM, STRIP_FAR_MM = 0.75, 2.25  # each strip lies this far from the trim line, inside and outside
PAPER = 250  # a rendered pixel at least this light in every channel is paper (white on press)
COLOURED = 240  # a pixel darker than this in some channel is coloured
MIN_WHITE_RUN_MM = 1.0  # shorter runs along an edge are anti-aliasing or a design's white line across it


def check_bleed(facts: PdfFacts) -> Check:
    """Artwork that reaches a trim edge runs on to the bleed edge (else a white sliver shows after cutting)."""
    short = []
    tolerance = 0.1 * MM
    for area in facts.scan.painted:
        page = facts.boxes[area.page - 1]
        trim, bleed = page["trim"], page["bleed"]
        if area.kind == "stroke" or trim is None or bleed is None or not has_ink(area):
            continue
        x0, y0, x1, y1 = area.box
        if x1 <= trim.x0 or x0 >= trim.x1 or y1 <= trim.y0 or y0 >= trim.y1:
            continue  # in the slug
        gaps = {"left": (x0 <= trim.x0 + tolerance, x0 - bleed.x0), "right": (x1 >= trim.x1 - tolerance, bleed.x1 - x1),
                "bottom": (y0 <= trim.y0 + tolerance, y0 - bleed.y0), "top": (y1 >= trim.y1 - tolerance, bleed.y1 - y1)}
        for side, (reaches, gap) in gaps.items():
            if reaches and gap > tolerance:
                short.append(f"page {area.page}: {area.kind} stops {gap / MM:.1f} mm short of the {side} bleed edge")
    short += white_bleed(facts.rendered, facts.boxes, [inherited(page.obj, "/Rotate", 0) % 360 == 0
                                                   for page in facts.pdf.pages])
    if short:
        return failing("bleed", short, f"artwork at the trim must run {BLEED_MM:g} mm into the bleed: ")
    return Check("bleed", True, "artwork at the trim runs to the bleed edge (geometry and rendered)")


def white_bleed(pages: RenderedPages, boxes: list[dict[str, Box | None]], upright: list[bool]) -> list[str]:
    """Per page and trim edge, where the rendered bleed shows paper although the artwork at the trim is coloured."""
    problems: list[str] = []
    scale = STRIP_DPI / 72.0
    for index in range(len(pages)):
        trim, bleed = boxes[index]["trim"], boxes[index]["bleed"]
        if trim is None or bleed is None or not upright[index]:
            continue  # no boxes: the boxes check says so; a rotated page: the rotation check
        page = pages.page(index)
        view = Box(*page.get_cropbox())
        for side, inside, outside in _strips(trim):
            inner, outer = _render(page, view, inside, scale), _render(page, view, outside, scale)
            if inner is None or outer is None:
                continue
            along = 1 if side in ("top", "bottom") else 0  # the axis that runs along the edge
            coloured = (_darkest(inner) < COLOURED).all(axis=1 - along)  # the whole inner strip
            paper = (_darkest(outer) >= PAPER).any(axis=1 - along)  # any part of the bleed strip
            if along == 0:
                coloured, paper = coloured[::-1], paper[::-1]  # rows run top down: bottom up like mm
            length = min(len(coloured), len(paper))
            for start, end in _runs(coloured[:length] & paper[:length]):
                if (end - start) / scale >= MIN_WHITE_RUN_MM * MM:
                    problems.append(f"page {index + 1}: the {side} bleed shows paper over {(end - start) / scale / MM:.0f} mm "
                                    f"({start / scale / MM:.0f} to {end / scale / MM:.0f} mm along the trim) where "
                                    f"the artwork at the trim is coloured")
    return problems


def _darkest(pixels):
    """Each pixel's darkest channel (pairwise minimum: numpy's min over a 3-wide axis is several times slower)."""
    return np.minimum(np.minimum(pixels[:, :, 0], pixels[:, :, 1]), pixels[:, :, 2])


def _strips(trim: Box) -> list[tuple[str, Box, Box]]:
    """(edge, strip just inside the trim, strip in the bleed outside it) for the four edges."""
    near, far = STRIP_NEAR_MM * MM, STRIP_FAR_MM * MM
    return [("left", Box(trim.x0 + near, trim.y0, trim.x0 + far, trim.y1), Box(trim.x0 - far, trim.y0, trim.x0 - near, trim.y1)),
            ("right", Box(trim.x1 - far, trim.y0, trim.x1 - near, trim.y1), Box(trim.x1 + near, trim.y0, trim.x1 + far, trim.y1)),
            ("bottom", Box(trim.x0, trim.y0 + near, trim.x1, trim.y0 + far), Box(trim.x0, trim.y0 - far, trim.x1, trim.y0 - near)),
            ("top", Box(trim.x0, trim.y1 - far, trim.x1, trim.y1 - near), Box(trim.x0, trim.y1 + near, trim.x1, trim.y1 + far))]


def _render(page, view: Box, area: Box, scale: float):
    """The RGB pixels of `area` (page coordinates) of a page shown as `view` (its crop box), or None outside it."""
    crop = (area.x0 - view.x0, area.y0 - view.y0, view.x1 - area.x1, view.y1 - area.y1)
    if min(crop) < 0:
        return None
    bitmap = page.render(scale=scale, crop=crop, draw_annots=False, fill_color=(255, 255, 255, 255))
    pixels = bitmap.to_numpy()
    return pixels[:, :, :3] if pixels.ndim == 3 else np.repeat(pixels[:, :, None], 3, axis=2)


def _runs(flags) -> list[tuple[int, int]]:
    """(start, end) of each run of True."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], np.asarray(flags, dtype=np.int8), [0]))))
    return [(int(start), int(end)) for start, end in zip(edges[::2], edges[1::2])]
