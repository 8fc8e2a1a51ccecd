"""Clip card templates (`card-<type>-<shape>.yaml`): which ones a clip shape needs, loaded and checked.

Kept apart from the drawing (pipeline.clips.cards) so that checking a campaign's card templates, as every
command does when it loads a campaign, needs only the template model and the clip layout: not numpy, Pillow's
drawing or the caption and storyboard code, which a leaflets or status run would otherwise import for nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from pipeline.clips.layout import Box
from pipeline.clips.settings import SHAPES
from pipeline.templates.expr import Env, ExprError, evaluate
from pipeline.templates.model import Template, TemplateError, _span, load_template, unit_px

CARD_TYPES = ("opening", "figure", "points", "summary", "closing")
RESERVED = "captions"  # the keep-out layer added below the content area: captions and the platforms' controls
_CONTENT_KINDS = ("text", "logo", "qr", "image")


def template_name(kind: str, shape: str) -> str:
    """The template of a card type in a shape: `card-<type>-<shape>` (built in, or the campaign's own)."""
    return f"card-{kind}-{shape}"


def load_card_template(kind: str, shape: str, root: Path | None) -> Template:
    """The card template of `kind` for `shape` (the campaign's `templates/` first); TemplateError naming file and
    field when it is no card template of that shape."""
    template = load_template(template_name(kind, shape), root)
    if template.kind != "card":
        raise TemplateError(template.path, "kind", f"must be card (a clip card template), not {template.kind!r}")
    if (template.width, template.height) != SHAPES[shape]:
        width, height = SHAPES[shape]
        raise TemplateError(template.path, "size", f"must be [{width}, {height}], the {shape} clip's frame, not "
                                                   f"[{template.width}, {template.height}]")
    return template


def card_of(template: Template) -> tuple[str, str]:
    """(card type, shape) of a card template, from its name; TemplateError when the name says neither."""
    match = re.fullmatch(rf"card-({'|'.join(CARD_TYPES)})-({'|'.join(SHAPES)})", template.name)
    if match is None:
        raise TemplateError(template.path, "template", f"a card template is named card-TYPE-SHAPE (TYPE: "
                                                       f"{', '.join(CARD_TYPES)}; SHAPE: {', '.join(SHAPES)})")
    return match[1], match[2]


def check_card_templates(root: Path | None, shapes_: tuple[str, ...], area_of: Callable[[str], Box]) -> dict[str, str]:
    """Load every card template of `shapes_` (before anything renders) and check its fixed boxes against the
    content area of each shape (`area_of`); returns {template name: sha256}. TemplateError names file, layer,
    field."""
    found = {}
    for shape in shapes_:
        area = area_of(shape)
        for kind in CARD_TYPES:
            template = load_card_template(kind, shape, root)
            _check_fixed_boxes(template, area, shape)
            found[template.name] = template.sha256
    return found


def _check_fixed_boxes(template: Template, area: Box, shape: str) -> None:
    """A content layer whose box needs no other layer must lie inside the content area: never over the captions
    or the platforms' controls (a relative box is checked once laid out, see `plan_card`)."""
    width, height = template.width, template.height
    names = {"W": width, "H": height, **_safe_names(area, width, height)}
    for layer in template.layers:
        if layer.type not in _CONTENT_KINDS + ("repeat", "stack") or layer.refs or "auto" in layer.box.values():
            continue
        values = {}
        for key, value in layer.box.items():
            axis = width if key in ("left", "right", "width") else height
            try:
                values[key] = float(evaluate(value, Env(names, axis=axis, unit_px=unit_px(template))))
            except (ExprError, TypeError, ValueError):
                break  # the engine reports it, naming the key
        else:
            x0, x1 = _span(values, "left", "right", "width")
            y0, y1 = _span(values, "top", "bottom", "height")
            if not area_contains(area, (x0, y0, x1, y1)):
                raise TemplateError(template.path, f"{layer.where}.box", _outside(shape, (x0, y0, x1, y1), area))


def _safe_names(area: Box, width: int, height: int) -> dict[str, float]:
    return {"safe_top": area.y0, "safe_right": width - area.x1, "safe_bottom": height - area.y1, "safe_left": area.x0}


def area_contains(area: Box, box: tuple[float, float, float, float]) -> bool:
    """Whether a box (x0, y0, x1, y1) lies inside the content area (half a pixel of rounding allowed)."""
    x0, y0, x1, y1 = box
    return x0 >= area.x0 - 0.5 and y0 >= area.y0 - 0.5 and x1 <= area.x1 + 0.5 and y1 <= area.y1 + 0.5


def _outside(shape: str, box: tuple[float, float, float, float], area: Box) -> str:
    x0, y0, x1, y1 = box
    return (f"({x0:.0f}, {y0:.0f}) to ({x1:.0f}, {y1:.0f}) reaches outside the content area of the {shape} clip "
            f"({area.x0:.0f}, {area.y0:.0f}) to ({area.x1:.0f}, {area.y1:.0f}): the rest of the frame is kept for "
            "the captions and the platforms' controls (place content with safe_top, safe_right, safe_bottom, "
            "safe_left)")


