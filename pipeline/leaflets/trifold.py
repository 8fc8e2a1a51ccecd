"""The A4 tri-fold (tờ gấp 3): 297 x 210 mm, two sides, panels of 97 / 100 / 100 mm, drawn from print templates.

Page 1 is the outside sheet [flap 97 | back 100 | cover 100] (trifold-outside.yaml), page 2 the inside sheet
[inside-left 100 | inside-middle 100 | inside-flap 97] (trifold-inside.yaml); the folds are the sheets'
`page.folds`, and the panels lie between them (see geometry.TRIFOLD_PANEL_ORDER for the diagram). The four text
panels are, in reading order: the outside of the flap (seen first when the cover is opened), then the three inside
panels left to right; each is drawn from trifold-panel.yaml at its panel's width, its colour clipped 1.5 mm past a
fold, so no text can span one. A key figure or point a panel has no room for is a fit event and a warning naming
the text and the panel: never left out silently. The text panels are set alike: each at the scale the fullest of
them needs (`same_scale`), so the type sizes do not change from panel to panel as the reader turns the leaflet.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Sequence

from pipeline.content import Campaign, KeyFigure, Text
from pipeline.errors import RenderError
from pipeline.leaflets.geometry import BLEED_MM, FOLD_OVERLAP_MM, TRIFOLD_TEXT_PANELS
from pipeline.leaflets.settings import LeafletSettings
from pipeline.templates.model import PRINT_UNITS_PER_MM

OUTSIDE, INSIDE, PANEL = "trifold-outside", "trifold-inside", "trifold-panel"
MAX_TEXTS = len(TRIFOLD_TEXT_PANELS)
PANEL_INDEX = {"flap": 0, "inside-left": 0, "inside-middle": 1, "inside-flap": 2}  # left to right on its sheet


def panels(template) -> list[tuple[float, float]]:
    """The panels of a sheet template, left to right: (x0, x1) in canvas units, between its folds."""
    edges = [0.0, *template.folds, float(template.width)]
    return list(zip(edges[:-1], edges[1:]))


def cover_contents(texts: Sequence[Text]) -> list[KeyFigure]:
    """What is inside, for the cover: each text's number and title (the outside sheet's `key_figures`)."""
    return [KeyFigure(f"{n:02d}", text.title) for n, text in enumerate(texts, 1)]


def panel_clip(sheet, x0: float, x1: float) -> tuple[float, float, float, float]:
    """Where a panel's colour may reach, in its own canvas units: the bleed at a sheet edge, FOLD_OVERLAP_MM past a
    fold (a fold that drifts then shows the panel's colour, never a sliver of paper, and never much of it)."""
    bleed = BLEED_MM * PRINT_UNITS_PER_MM
    overlap = FOLD_OVERLAP_MM * PRINT_UNITS_PER_MM
    return (-(bleed if x0 <= 0 else overlap), -bleed, (x1 - x0) + (bleed if x1 >= sheet.width else overlap),
            sheet.height + bleed)


def same_scale(parts: list, lay_out) -> None:
    """Lay out `parts` (the text panels), then set each at the smallest scale any of them needs, so that a summary,
    a key figure or a point has the same size on every panel. A panel keeps its own, larger, scale only where the
    smaller one would leave out more of it (a layout is not always monotonic in its scale). A matched panel says so
    in a fit event, beside its `shrunk` sizes."""
    for part in parts:
        part.plan = lay_out(part.template, part.data)
    if len(parts) < 2:
        return
    fullest = min(parts, key=lambda part: part.plan.scale)
    for part in parts:
        if part.plan.scale <= fullest.plan.scale:
            continue
        matched = lay_out(part.template, part.data, at_most=fullest.plan.scale)
        if _dropped(matched) > _dropped(part.plan):
            continue
        matched.events.append({"layer": "panel", "event": "matched",
                               "reason": f"set at scale {fullest.plan.scale:g} like the fullest panel, "
                                         f"{fullest.data.label}, so that every text panel has the same type sizes "
                                         f"(on its own it fits at {part.plan.scale:g})"})
        part.plan = matched


def _dropped(plan) -> int:
    return sum(1 for event in plan.events if event["event"] == "dropped")


def render_trifold(campaign: Campaign, texts: Sequence[Text], dest_path: Path | str,
                   settings: LeafletSettings) -> dict:
    """Render the campaign tri-fold with 1 to 4 texts on its text panels; returns the media dict."""
    from pipeline.leaflets.pages import Part, lay_out, page_data, print_template, render_pages

    texts = list(texts)
    if not 1 <= len(texts) <= MAX_TEXTS:
        raise RenderError(f"the tri-fold takes 1 to {MAX_TEXTS} texts, not {len(texts)}")
    outside, inside, panel = (print_template(campaign, name, settings) for name in (OUTSIDE, INSIDE, PANEL))
    for sheet in (outside, inside):
        if len(sheet.folds) != 2:
            raise RenderError(f"{sheet.path}: page.folds: a tri-fold sheet has two folds, not {len(sheet.folds)}")
    contents = cover_contents(texts)
    sides = {"outside": [Part(outside, page_data(campaign, None, settings, "trifold", outside, key_figures=contents))],
             "inside": [Part(inside, page_data(campaign, None, settings, "trifold", inside))]}
    text_parts = []
    for index, (side, name) in enumerate(TRIFOLD_TEXT_PANELS):
        sheet = outside if side == "outside" else inside
        x0, x1 = panels(sheet)[PANEL_INDEX[name]]
        width = round(x1 - x0)
        template = dataclasses.replace(panel, width=width)
        text = texts[index] if index < len(texts) else None
        data = page_data(campaign, text, settings, "trifold", template, number=f"{index + 1:02d}" if text else "")
        data.label = f"{text.id} (panel {index + 1}, {side} {name})" if text else f"closing panel {index + 1}"
        sides[side].append(Part(template, data, x0, panel_clip(sheet, x0, x1)))
        if text is not None:
            text_parts.append(sides[side][-1])
    same_scale(text_parts, lay_out)
    media = render_pages(campaign, [sides["outside"], sides["inside"]], dest_path, settings,
                         f"{campaign.name} (tờ gấp)", tuple(texts), "tri-fold", "tri-fold")
    media["panels_mm"] = {side: [round((b - a) / PRINT_UNITS_PER_MM) for a, b in panels(sheet)]
                          for side, sheet in (("outside", outside), ("inside", inside))}
    media["texts"] = [text.id for text in texts]
    return media
