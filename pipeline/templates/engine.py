"""The layout engine: a template and a data record in, placed items out (boxes in px), for any renderer.

Text is measured through a `Measurer` (the Pillow one is pipeline.templates.pillow), so the same engine
can later drive ReportLab (print) and the clip cards. Fitting follows the template's rule: every text
shrinks together with one `scale` (1 = the styles' largest sizes, 0 = their smallest) so the type
hierarchy holds; below `fit.drop_below` layers with a `priority` are dropped, least important (highest
number) first; when nothing fits at the smallest sizes the render fails naming the layer, with the
height needed and the room there is. Every shrink below the preferred size, every drop and every
fallback is recorded as a fit event. Contrast (4.5:1) and minimum sizes are enforced here, whatever the
template says.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Callable, Protocol

from pipeline.imaging.colors import (BLACK, RGB, WHITE, contrast_ratio, darken, ensure_contrast, lighten, mix,
                                     rgb_to_hex, text_color_on, to_rgb)
from pipeline.templates.expr import Env, Expr, ExprError, evaluate, parse
from pipeline.templates.model import Layer, Style, Template, parse_binding, unit_px

Box = tuple[float, float, float, float]
MIN_CONTRAST = 4.5
MIN_ICON_CONTRAST = 3.0  # a graphic that carries meaning (WCAG 1.4.11 non-text contrast)
SCALES = tuple(round(1.2 - 0.05 * i, 2) for i in range(25))  # 1.2 .. 0.0, largest first


class Measurer(Protocol):
    """What the engine needs to know about text: how it wraps and how tall it is at a size."""

    def fit(self, content: str, style: Style, width: float, height: float | None, size: int,
            split_words: bool = True) -> Any | None:
        """`content` at the largest size from `size` down to the style's smallest that fits `width` (and
        `height`, and the style's lines); None when none does. The result has `size`, `height`, `width`,
        `lines`, `top` (block top to first baseline). `split_words=False`: never break a word to fit."""

    def explain(self, content: str, style: Style, width: float, height: float | None = None) -> str:
        """Why `content` fits no size of the style in `width` (and `height`, when fixed) (for the error message)."""

    def missing(self, content: str, weight: str) -> list[str]:
        """Characters the font cannot draw."""


class LayoutError(Exception):
    """A template that cannot be laid out for this data whatever the sizes: message for the user."""


@dataclass
class Placed:
    """One drawable item: a shape, a text block, the logo or a QR code, in px, in drawing order."""

    layer: str  # layer id; repeat items: "figures[1].value"
    kind: str  # rect | ellipse | text | logo | qr
    box: Box
    fill: RGB | None = None
    radius: float = 0.0
    clip: Box | None = None
    mark: RGB | None = None  # ellipse: a tick inside
    fitted: Any = None  # text: the measurer's result
    color: RGB | None = None
    background: RGB | None = None
    align: str = "left"
    field: str | None = None  # the data field shown (alt text): title, key_figures[0].value...
    data: str = ""  # qr: the address; logo: "file" or "mark"
    plate: RGB | None = None  # logo: drawn on a plate of this colour
    style: str | None = None
    spec: Any = None  # the layer (text colour and logo plate are chosen once every item is placed)
    picture: Any = None  # image bound to the text's picture: pipeline.imaging.pictures.Picture


@dataclass
class Plan:
    """A laid-out template: size, items in drawing order, the scale it fits at and what the fit did."""

    template: Template
    width: int
    height: int
    background: RGB
    items: list[Placed]
    scale: float
    events: list[dict]
    boxes: dict[str, Box]  # every present layer's box (guides)

    def texts(self) -> list[Placed]:
        """Every text block."""
        return [item for item in self.items if item.kind == "text"]

    def picture(self, kind: str) -> Placed:
        """The logo or QR item."""
        return next(item for item in self.items if item.kind == kind)


class _Overflow(Exception):
    def __init__(self, layer: str, needed: float, room: float, detail: str = ""):
        super().__init__(layer, needed, room)
        self.layer, self.needed, self.room, self.detail = layer, needed, room, detail


@dataclass
class Data:
    """The data a template binds to: fields by name, the logo facts, the colours of the brand."""

    fields: dict[str, Any]
    brand: dict[str, RGB]
    badge: dict[str, RGB] | None = None  # fill and text of the priority badge
    logo_aspect: float = 1.0
    logo_is_mark: bool = False
    logo_color: RGB | None = None  # the logo's average ink colour (plate: auto)
    label: str = ""  # for messages: the text id


def _filtered(value: Any, filters: tuple[str, ...]) -> Any:
    from pipeline.templates.filters import apply

    return apply(value, filters)


_COLOR_FUNCS = {
    "darken": lambda c, a: darken(to_rgb(c), a),
    "lighten": lambda c, a: lighten(to_rgb(c), a),
    "mix": lambda a, b, t: mix(to_rgb(a), to_rgb(b), t),
    "on": lambda c: text_color_on(to_rgb(c)),  # black-ish or white, whichever reads on c
}


def color_value(value: Any, names: dict[str, Any], extra: dict[str, Callable] | None = None) -> RGB:
    """A colour from a template value: '#RRGGBB', a colour name, brand.primary or an expression."""
    if isinstance(value, str) and value.startswith("#"):
        return to_rgb(value)
    result = evaluate(parse(value), Env(names, functions={**_COLOR_FUNCS, **(extra or {})}))
    if isinstance(result, str):
        return to_rgb(result)
    if isinstance(result, tuple) and len(result) == 3:
        return result
    raise ExprError(f"{value!r} is not a colour")


def palette(template: Template, data: Data) -> dict[str, Any]:
    """The template's colours for this brand, each named colour in order (later ones may use earlier)."""
    names: dict[str, Any] = {"brand": dict(data.brand), "white": WHITE, "black": BLACK}
    if data.badge:
        names["badge"] = dict(data.badge)
    for name, value in template.colors.items():
        try:
            names[name] = color_value(value, names)
        except (ExprError, ValueError) as exc:
            raise LayoutError(f"{template.path}: colors.{name}: {exc}") from None
    return names


class _Solver:
    """One layout attempt at one scale with some layers dropped."""

    def __init__(self, template: Template, data: Data, measurer: Measurer, scale: float, dropped: dict[str, int],
                 colors: dict[str, Any], split_words: bool = True):
        self.t, self.data, self.m, self.scale = template, data, measurer, scale
        self.split_words = split_words  # may a text be fitted with a word broken
        self.dropped = dropped  # layer id -> items dropped (0 = the whole layer)
        self.colors = colors
        self.boxes: dict[str, Box | None] = {}
        self.items: dict[str, list[Placed]] = {}
        self.layers = template.all_layers()
        self.parent = {child.id: layer.id for layer in self.layers.values() if layer.type == "stack"
                       for child in layer.children}
        self.names = {"W": template.width, "H": template.height, "safe_top": template.safe[0],
                      "safe_right": template.safe[1], "safe_bottom": template.safe[2], "safe_left": template.safe[3]}
        self.units = unit_px(template)
        self.sizes: dict[str, tuple[int, float]] = {}  # text layer -> (size, preferred)

    # -- data and conditions

    def present(self, layer: Layer, scope: dict | None = None) -> bool:
        if self.dropped.get(layer.id) == 0:
            return False
        if layer.when is not None:
            names = {**self.data.fields, "scale": self.scale, **(scope or {})}
            try:
                if not evaluate(layer.when, Env(names, functions={})):
                    return False
            except ExprError as exc:
                raise LayoutError(f"{self.t.path}: {layer.where}.when: {exc}") from None
        if layer.type == "text":
            return bool(self.content(layer, scope))
        if layer.type == "repeat":
            return bool(self.data.fields.get(layer.get("bind")))
        if layer.type == "icon":
            return bool(scope and getattr(scope["item"], "icon", None))
        if layer.type == "image" and "bind" in layer.spec:
            return bool(self.data.fields.get("image"))
        return True

    def content(self, layer: Layer, scope: dict | None = None) -> str:
        if "text" in layer.spec:
            return layer.spec["text"]
        name, filters = parse_binding(layer.get("bind"), item=scope is not None)
        if scope is not None:
            value = scope["item"]
            if name != "item":
                value = getattr(value, name.split(".")[1])
        else:
            value = self.data.fields.get(name)
        value = _filtered(value, filters)
        return value if isinstance(value, str) else ""

    # -- boxes

    def box_of(self, layer_id: str) -> Box | None:
        if layer_id not in self.boxes:
            self.place(self.layers[self.parent.get(layer_id, layer_id)])
        return self.boxes.get(layer_id)

    def _function(self, local: dict[str, Box | None] | None):
        def box_function(name: str, ids: tuple[str, ...]) -> float:
            box = None
            for layer_id in ids:
                box = local.get(layer_id) if local is not None else self.box_of(layer_id)
                if box is not None:
                    break
            if box is None:  # none present: a zero box where the first would start
                box = self._collapsed(ids[0], local)
            x0, y0, x1, y1 = box
            return {"left": x0, "top": y0, "right": x1, "bottom": y1, "width": x1 - x0, "height": y1 - y0,
                    "center_x": (x0 + x1) / 2, "center_y": (y0 + y1) / 2}[name]
        return box_function

    def _collapsed(self, layer_id: str, local) -> Box:
        layer = self.layers.get(layer_id)
        if local is not None or layer is None or not layer.box or "top" not in layer.box:
            return (0.0, 0.0, 0.0, 0.0)
        y = self.expr(layer, "top", layer.box["top"], self.t.height, None)
        x = self.expr(layer, "left", layer.box["left"], self.t.width, None) if "left" in layer.box else 0.0
        return (x, y, x, y)

    def expr(self, layer: Layer, key: str, value: Expr, axis: float, local, origin: float = 0.0) -> float:
        try:
            result = evaluate(value, Env(self.names, self._function(local), axis, self.units))
        except ExprError as exc:
            raise LayoutError(f"{self.t.path}: {layer.where}.box.{key}: {exc}") from None
        if isinstance(result, bool) or not isinstance(result, (int, float)):
            raise LayoutError(f"{self.t.path}: {layer.where}.box.{key}: {value.source!r} is not a number")
        return origin + result if key in ("left", "right", "top", "bottom") else result

    def span(self, layer: Layer, keys: tuple[str, str, str], axis: float, origin: float, local,
             content: Callable[[float | None], float] | None = None) -> tuple[float, float]:
        start, end, length = keys
        box = layer.box
        values = {key: self.expr(layer, key, box[key], axis, local, origin) for key in keys
                  if key in box and box[key] != "auto"}
        if length in values:
            size = values[length]
        elif start in values and end in values:
            size = values[end] - values[start]
        else:
            size = content(None) if content else 0.0
        if start in values:
            return values[start], values[start] + size
        return values[end] - size, values[end]

    # -- placing layers

    def place(self, layer: Layer) -> None:
        """Resolve one top-level (or stack) layer: its box and its items."""
        if layer.id in self.boxes:
            return
        self.boxes[layer.id] = None  # guards a (validated-away) cycle
        if not self.present(layer):
            self.items[layer.id] = []
            return
        x0, x1 = self.span(layer, ("left", "right", "width"), self.t.width, 0.0, None,
                           self._width_content(layer))
        box, items = self.layout(layer, x0, x1, None, self.t.height, 0.0)
        self.boxes[layer.id] = box
        self.items[layer.id] = items

    def _width_content(self, layer: Layer):
        if layer.type != "logo":
            return None

        def width(_):
            height = self.expr(layer, "height", layer.box["height"], self.t.height, None) \
                if isinstance(layer.box.get("height"), Expr) else 0.0
            return height * self.data.logo_aspect
        return width

    def layout(self, layer: Layer, x0: float, x1: float, local, axis_h: float, origin_y: float,
               scope: dict | None = None, caps: dict | None = None) -> tuple[Box, list[Placed]]:
        """A layer's box and items once its horizontal span is known."""
        kind, width = layer.type, x1 - x0
        if kind == "text":
            style = self.t.styles[layer.get("style")]
            if (layer.get("fit") or {}).get("shrink") is False:  # set at its largest size or not at all
                style = dataclasses.replace(style, size_min=style.size_max)
            content = self.content(layer, scope)
            if width < 1:
                raise LayoutError(f"{self.t.path}: {layer.where}.box: {width:.0f} px wide (from {x0:.0f} to {x1:.0f})")
            fixed_h = None
            if isinstance(layer.box.get("height"), Expr) or ("top" in layer.box and "bottom" in layer.box):
                y0, y1 = self.span(layer, ("top", "bottom", "height"), axis_h, origin_y, local)
                fixed_h = y1 - y0
            pill = layer.get("pill")
            pad_x, pad_y = (pill.get("pad", [0.75, 0.32]) if pill else (0, 0))
            cap = (caps or {}).get(layer.id) or style.size_at(self.scale if self.t.fit["scale"] == "together" else 1)
            fitted = self.m.fit(content, style, width, fixed_h, max(int(style.size_min), int(cap)),
                                split_words=self.split_words)
            if fitted is None:
                name = layer.id if scope is None else f"{scope['prefix']}.{layer.id}"
                smallest = f"{style.size_min * 72 / self.t.dpi:.1f} pt" if self.t.is_print else f"{style.size_min:g} px"
                raise _Overflow(name, 0, 0, f"even at {smallest} ({self.m.explain(content, style, width, fixed_h)})")
            if fitted.size < self.t.min_text:  # MIN_TEXT_PX on an image, 7 pt on paper
                raise _Overflow(layer.id, 0, 0, f"would be {fitted.size} px, below the {self.t.min_text:g} px minimum")
            self.sizes[layer.id if scope is None else f"{scope['prefix']}.{layer.id}"] = (fitted.size, style.size_max)
            block_h = fitted.height
            if pill:
                px_, py_ = pad_x * fitted.height, pad_y * fitted.height
                block_w = fitted.width + 2 * px_
            if fixed_h is None:
                y0, y1 = self.span(layer, ("top", "bottom", "height"), axis_h, origin_y, local,
                                   lambda _: block_h + (2 * py_ if pill else 0))
            top = y0 + {"top": 0, "middle": (y1 - y0 - block_h) / 2,
                        "bottom": y1 - y0 - block_h}[layer.get("valign", "top")]
            items = []
            if pill:
                pill_box = (x0, y0, x0 + block_w, y0 + block_h + 2 * py_)
                items.append(Placed(layer.id + ".pill", "rect", pill_box, self.fill(pill["fill"], layer),
                                    pill.get("radius", (block_h + 2 * py_) / 2)))
                tx, top, text_w = x0 + px_, y0 + py_, fitted.width
                box = pill_box
            else:
                tx, text_w = x0, width
                box = (x0, y0, x1, max(y1, top + block_h))
            field_name = self._field(layer, scope)
            items.append(Placed(layer.id if scope is None else f"{scope['prefix']}.{layer.id}", "text",
                                (tx, top, tx + text_w, top + block_h), fitted=fitted, align=layer.get("align", "left"),
                                field=field_name, style=style.name, color=None))
            items[-1].spec = layer
            return box, items
        if kind == "repeat":
            y0 = self.span(layer, ("top", "bottom", "height"), axis_h, origin_y, local, lambda _: 0.0)[0] \
                if "top" in layer.box else None
            return self.repeat(layer, x0, x1, y0, local, axis_h, origin_y)
        if kind == "stack":
            y0, y1 = self.span(layer, ("top", "bottom", "height"), axis_h, origin_y, local)
            return self.stack(layer, x0, x1, y0, y1)
        y0, y1 = self.span(layer, ("top", "bottom", "height"), axis_h, origin_y, local)
        box = (x0, y0, x1, y1)
        if kind in ("rect", "ellipse"):
            clip = self.box_of(layer.get("clip")) if layer.get("clip") else None
            mark = self.fill(layer.get("mark"), layer) if layer.get("mark") else None
            return box, [Placed(layer.id, kind, box, self.fill(layer.get("fill"), layer), layer.get("radius", 0),
                                clip, mark)]
        if kind == "qr":
            name, filters = parse_binding(layer.get("bind", "link"))
            side = min(x1 - x0, y1 - y0)
            qr_box = (x0 + (x1 - x0 - side) / 2, y0, x0 + (x1 - x0 + side) / 2, y0 + side)
            dark = self.fill(layer.get("dark", "black"), layer)
            return qr_box, [Placed(layer.id, "qr", qr_box, dark, data=str(_filtered(self.data.fields[name], filters)),
                                   field="link")]
        if kind == "image":
            picture = self.data.fields.get("image") if "bind" in layer.spec else None
            return box, [Placed(layer.id, "image", box, radius=layer.get("radius", 0), data=layer.get("path") or "",
                                align=layer.get("fit", "cover"), picture=picture, field="image" if picture else None)]
        if kind == "icon":
            side = min(x1 - x0, y1 - y0)
            return box, [Placed(f"{scope['prefix']}.{layer.id}", "icon", (x0, y0, x0 + side, y0 + side),
                                self.fill(layer.get("fill"), layer), data=scope["item"].icon,
                                field=f"{scope['field']}[{scope['index']}].icon")]
        # logo: the logo's own proportions inside the box, aligned
        box_w, box_h = x1 - x0, y1 - y0
        aspect = self.data.logo_aspect
        w, h = (box_w, box_w / aspect) if box_w / aspect <= box_h else (box_h * aspect, box_h)
        align = layer.get("align", "left")
        lx = {"left": x0, "center": x0 + (box_w - w) / 2, "right": x1 - w}[align]
        logo_box = (lx, y0 + (box_h - h) / 2, lx + w, y0 + (box_h + h) / 2)
        placed = Placed(layer.id, "logo", logo_box, data="mark" if self.data.logo_is_mark else "file")
        placed.spec = layer
        return logo_box, [placed]

    def _field(self, layer: Layer, scope: dict | None) -> str | None:
        if "bind" not in layer.spec:
            return None
        name, _ = parse_binding(layer.get("bind"), item=scope is not None)
        if scope is None:
            return "priority badge" if name == "badge" else name
        base = f"{scope['field']}[{scope['index']}]"
        return base if name == "item" else f"{base}.{name.split('.')[1]}"

    def fill(self, value: Any, layer: Layer) -> RGB:
        try:
            return color_value(value, self.colors)
        except (ExprError, ValueError) as exc:
            raise LayoutError(f"{self.t.path}: {layer.where}: colour {value!r}: {exc}") from None

    # -- repeat and stack

    def repeat(self, layer: Layer, x0: float, x1: float, y0: float | None, local, axis_h, origin_y
               ) -> tuple[Box, list[Placed]]:
        bind = layer.get("bind")
        values = list(self.data.fields.get(bind) or [])
        keep = len(values) - self.dropped.get(layer.id, 0) if self.dropped.get(layer.id) else len(values)
        values = values[:keep]
        count = len(values)
        columns_map = layer.get("columns", {})
        if isinstance(columns_map, int):
            columns_map = {count: columns_map}
        options = [_rows(count, columns_map.get(count, 1))]
        if layer.get("fallback_columns") and _rows(count, layer.get("fallback_columns")) not in options:
            options.append(_rows(count, layer.get("fallback_columns")))
        failure = None
        for rows in options:
            try:
                return self._grid(layer, values, rows, x0, x1, y0, local, axis_h, origin_y)
            except _Overflow as exc:
                failure = failure or exc
        raise failure  # type: ignore[misc]

    def _grid(self, layer, values, rows: list[list[int]], x0, x1, y0, local, axis_h, origin_y):
        gap = layer.get("gap", 24)
        row_gap = layer.get("row_gap", gap)
        cell = layer.get("cell", {})
        pad = cell.get("pad", 0)
        # Rows written out ([1, 2]: the main figure across, two under it) share the width among their own
        # cells; rows of a number of columns keep one cell width, a short last row centred under the others.
        written = len(rows) > 1 and len(rows[0]) < len(rows[1])
        columns = max(len(row) for row in rows)
        width_of = {i: (x1 - x0 - (n - 1) * gap) / n for row in rows for n in [len(row) if written else columns]
                    for i in row}
        # the main figure: alone on the first row, above fuller rows
        lead = 0 if len(rows) > 1 and len(rows[0]) == 1 and len(rows[1]) > 1 else None
        bind = layer.get("bind")
        # Siblings share their text sizes: lay out every cell, then again at the smallest size found.
        caps: dict[str, int] = {}
        for _ in range(2):
            cells = [self._cell(layer, value, i, bind, width_of[i] - 2 * pad, caps, lead == i)
                     for i, value in enumerate(values)]
            sizes: dict[str, int] = {}
            for _, _, cell_sizes in cells:
                for key, size in cell_sizes.items():
                    sizes[key] = min(size, sizes.get(key, size))
            if sizes == caps or all(size == caps.get(key) for key, size in sizes.items()):
                break
            caps = sizes
        if y0 is None:  # anchored at the bottom: measure first
            total = sum(max(cells[i][1] for i in row) + 2 * pad for row in rows) + row_gap * (len(rows) - 1)
            y0 = self.span(layer, ("top", "bottom", "height"), axis_h, origin_y, local, lambda _: total)[0]
        items: list[Placed] = []
        y = y0
        for row in rows:
            row_h = max(cells[i][1] for i in row) + 2 * pad
            cell_w = width_of[row[0]]
            # A short last row is centred under the full ones, never a lone card at the left.
            offset = 0 if written else (columns - len(row)) * (cell_w + gap) / 2
            for col, i in enumerate(row):
                cx = x0 + offset + col * (cell_w + gap)
                if "fill" in cell:
                    items.append(Placed(f"{layer.id}[{i}]", "rect", (cx, y, cx + cell_w, y + row_h),
                                        self.fill(cell["fill"], layer), cell.get("radius", 0)))
                for placed in cells[i][0]:
                    bx0, by0, bx1, by1 = placed.box
                    placed.box = (bx0 + cx + pad, by0 + y + pad, bx1 + cx + pad, by1 + y + pad)
                    if placed.clip:
                        placed.clip = None
                    items.append(placed)
            y += row_h + row_gap
        return (x0, y0, x1, y - row_gap), items

    def _cell(self, layer: Layer, value: Any, index: int, bind: str, width: float, caps: dict, lead: bool = False):
        scope = {"item": value, "index": index, "lead": lead, "field": bind, "prefix": f"{layer.id}[{index}]"}
        local: dict[str, Box | None] = {}
        items: list[Placed] = []
        sizes: dict[str, int] = {}
        order = _local_order(layer.children)
        placed_by_id: dict[str, list[Placed]] = {}
        for child in order:
            if not self.present(child, scope):
                local[child.id] = None
                placed_by_id[child.id] = []
                continue
            cx0, cx1 = self.span(child, ("left", "right", "width"), width, 0.0, local)
            box, placed = self.layout(child, cx0, cx1, local, 0.0, 0.0, scope,
                                      {k: v for k, v in caps.items() if k == child.id})
            local[child.id] = box
            placed_by_id[child.id] = placed
            for p in placed:
                if p.kind == "text":
                    sizes[child.id] = p.fitted.size
        for child in layer.children:  # drawing order as written
            items += placed_by_id.get(child.id, [])
        height = max((box[3] for box in local.values() if box is not None), default=0.0)
        return items, height, sizes

    def stack(self, layer: Layer, x0: float, x1: float, y0: float, y1: float) -> tuple[Box, list[Placed]]:
        gap = layer.get("gap", 40)
        laid: list[tuple[Layer, Box, list[Placed]]] = []
        for child in layer.children:
            if not self.present(child):
                self.boxes[child.id] = None
                continue
            # Children are laid out at the top, then moved into place.
            child_layer = Layer(child.id, child.type, child.spec, child.where,
                                {"left": parse(0), "width": parse(x1 - x0), "top": parse(0),
                                 "height": parse(0) if child.type in ("rect", "ellipse", "qr") else "auto"},
                                child.when, child.priority, child.children)
            box, items = self.layout(child_layer, x0, x1, None, y1 - y0, 0.0)
            laid.append((child, box, items))
        heights = [box[3] - box[1] for _, box, _ in laid]
        needed = sum(heights) + gap * max(0, len(laid) - 1)
        room = y1 - y0
        if needed > room + 0.5:
            blame = max(laid, key=lambda entry: (entry[0].priority or 0))[0].id if laid else layer.id
            raise _Overflow(blame, needed, room)
        spare = room - needed
        align = layer.get("align", "center")
        extra = 0.0
        if align in ("center", "spread") and laid:
            extra = min(gap * 0.8, spare / (len(laid) + 1)) if align == "center" else spare / (len(laid) + 1)
            spare -= extra * (len(laid) + 1)
        y = y0 + (extra + spare / 2 if align != "top" else 0)
        items: list[Placed] = []
        for (child, box, placed), h in zip(laid, heights):
            dy = y - box[1]
            for p in placed:
                bx0, by0, bx1, by1 = p.box
                p.box = (bx0, by0 + dy, bx1, by1 + dy)
            self.boxes[child.id] = (box[0], y, box[2], y + h)
            items += placed
            y += h + gap + extra
        return (x0, y0, x1, y1), items


def _rows(count: int, columns: int | list[int]) -> list[list[int]]:
    """Item indexes per row: `columns` a number of columns (the last row may be short), or the rows written
    out ([1, 2]: one item across, then two)."""
    if isinstance(columns, list) and sum(columns) == count:
        starts = [sum(columns[:r]) for r in range(len(columns))]
        return [list(range(start, start + n)) for start, n in zip(starts, columns)]
    columns = max(1, min(count, columns if isinstance(columns, int) else 1))
    return [list(range(i, min(i + columns, count))) for i in range(0, count, columns)]


def _local_order(layers: list[Layer]) -> list[Layer]:
    """Item layers in dependency order (validated acyclic)."""
    done: list[Layer] = []
    by_id = {layer.id: layer for layer in layers}

    def visit(layer: Layer) -> None:
        if layer in done:
            return
        for ref in sorted(layer.refs):
            visit(by_id[ref])
        done.append(layer)
    for layer in layers:
        visit(layer)
    return done


# ---------------------------------------------------------------- the whole fit


def solve(template: Template, data: Data, measurer: Measurer, at_most: float | None = None) -> Plan:
    """Lay `data` out in `template`: the largest scale that fits (and is no larger than `at_most`: panels set
    alike), dropping by priority below `fit.drop_below`; LayoutError naming the layer, needed and room when
    nothing fits."""
    colors = palette(template, data)
    background = colors.get("page", WHITE)
    _check_characters(template, data, measurer)
    droppable = _droppable(template, data)
    dropped: dict[str, int] = {}
    events: list[dict] = []
    floor = template.fit["drop_below"]
    while True:
        scales = tuple(s for s in SCALES if s >= floor) if droppable else SCALES
        if template.is_print:  # on paper a style's largest size is the largest (an image may grow past it)
            scales = tuple(s for s in scales if s <= 1.0)
        if template.fit["scale"] == "none":
            scales = (1.0,)
        elif at_most is not None:
            scales = tuple(s for s in scales if s <= at_most) or scales[-1:]
        found = _largest(template, data, measurer, scales, dropped, colors)
        if isinstance(found, _Solver):
            break
        if not droppable:
            raise LayoutError(_overflow_message(template, data, found))
        layer_id, items = droppable.pop(0)
        if not _Solver(template, data, measurer, floor, dropped, colors).present(template.layer(layer_id)):
            continue  # not shown anyway (its condition is false): nothing to drop or report
        reason = (f"no room with the texts at {floor:.0%} of their preferred sizes or more" if floor > 0
                  else "no room even at the smallest text sizes")
        if items:
            dropped[layer_id] = dropped.get(layer_id, 0) + 1
            events.append({"layer": f"{layer_id}[{len(data.fields.get(template.layer(layer_id).get('bind')) or []) - dropped[layer_id]}]",
                           "event": "dropped", "reason": reason})
        else:  # the whole layer: one event for it, not one per item already gone
            dropped[layer_id] = 0
            events = [e for e in events if not e["layer"].startswith(f"{layer_id}[")]
            events.append({"layer": layer_id, "event": "dropped", "reason": reason})
    solver = found
    items: list[Placed] = []
    for layer in template.layers:
        items += solver.items.get(layer.id, [])
    _colour_texts(template, solver, items, colors, background)
    _plates(template, data, items, background, colors)
    events += _picture_events(template, data, items) + _icon_colours(items, background)
    if data.fields.get("image") and not any(item.picture is not None for item in items):
        placing = [layer.id for layer in template.all_layers().values()
                   if layer.type == "image" and layer.get("bind") == "image"]
        if placing:  # the template places the text's picture, but not for this text: say so, never silently
            events.append({"layer": placing[0], "event": "dropped",
                           "reason": "the text's picture is not shown: the conditions of "
                                     + ", ".join(placing) + " leave it out for this text"})
    if data.logo_is_mark and any(item.kind == "logo" for item in items):
        events.append({"layer": next(item.layer for item in items if item.kind == "logo"), "event": "fallback",
                       "reason": "the campaign has no logo file: the drawn brand mark"})
    shown = {item.layer for item in items}
    shrunk: dict[str, tuple[int, int]] = {}
    for layer_id, (size, preferred) in solver.sizes.items():
        if layer_id in shown and size < round(preferred):
            group = re.sub(r"\[\d+\]", "", layer_id)  # the items of a repeat share their size
            shrunk[group] = (min(size, shrunk.get(group, (size, 0))[0]), round(preferred))
    kept: dict[str, list[str]] = {}  # why a text is smaller: a group it keeps whole ("bảy mươi lăm tuổi")
    for item in (item for item in items if item.kind == "text"):
        group = re.sub(r"\[\d+\]", "", item.layer)
        broken = tuple(getattr(item.fitted, "broken", ()))
        for word in getattr(item.fitted, "kept_whole", ()) if group in shrunk else ():
            if word not in kept.setdefault(group, []):
                kept[group].append(word)
        if broken or not getattr(item.fitted, "words_whole", True):  # a last resort, never silent
            events.append({"layer": item.layer, "event": "split", "words": list(broken),
                           "reason": "no size fits with every word and number whole: "
                                     + (", ".join(map(repr, broken)) or "words") + " broken at spaces"})
    events += [{"layer": group, "event": "shrunk", "size": size, "preferred": preferred,
                **({"kept_whole": kept[group]} if kept.get(group) else {})}
               for group, (size, preferred) in sorted(shrunk.items())]
    boxes = {key: box for key, box in solver.boxes.items() if box is not None}
    return Plan(template, template.width, template.height, background, items, solver.scale, events, boxes)


def event_lines(events: list[dict], where: str, unit: str) -> list[str]:
    """A plan's fit events as warnings starting with `where` (text and product): one per element left out or
    fallback, one for every text set below its preferred size (in `unit`, px or pt)."""
    lines, shrunk = [], []
    for event in events:
        if event["event"] == "dropped":
            lines.append(f"{where}: {event['layer']} left out ({event['reason']})")
        elif event["event"] == "shrunk":
            kept = "".join(f", keeping {word!r} whole" for word in event.get("kept_whole", ()))
            shrunk.append(f"{event['layer']} {event['size']:g} {unit} ({event['preferred']:g}{kept})")
        else:
            lines.append(f"{where}: {event['layer']}: {event['reason']}")
    if shrunk:
        lines.append(f"{where}: set below the preferred size: {', '.join(shrunk)}")
    return lines


def _icon_colours(items: list[Placed], background: RGB) -> list[dict]:
    """Every icon reaches 3:1 on the fill under it whatever the template says: a fill below that is darkened or
    lightened just enough (keeping its hue), recorded as a fallback event."""
    events = []
    for index, item in enumerate(items):
        if item.kind != "icon":
            continue
        fill: RGB = item.fill  # type: ignore[assignment]
        worst = min(_under(items, index, item.box, background), key=lambda bg: contrast_ratio(fill, bg))
        ratio = contrast_ratio(fill, worst)
        if ratio < MIN_ICON_CONTRAST:
            item.fill = ensure_contrast(fill, worst, MIN_ICON_CONTRAST)
            events.append({"layer": item.layer, "event": "fallback",
                           "reason": f"icon colour {rgb_to_hex(fill)} is {ratio:.1f}:1 on {rgb_to_hex(worst)}: drawn "
                                     f"{rgb_to_hex(item.fill)} for the {MIN_ICON_CONTRAST:g}:1 an icon needs"})
    return events


def _picture_events(template: Template, data: Data, items: list[Placed]) -> list[dict]:
    """A fit event for each placement of the text's picture that enlarges it past the sharp limit (on paper:
    under 300 ppi, resampled up to it); LayoutError when it would be too blurred to use
    (pipeline.imaging.pictures.screen_check, print_check)."""
    from pipeline.imaging.pictures import print_check, screen_check

    events = []
    for item in items:
        if item.picture is None:
            continue
        x0, y0, x1, y1 = item.box
        try:
            if template.is_print:  # the placed size in pt
                pt = 72 / template.dpi
                warning = print_check(item.picture, (x1 - x0) * pt, (y1 - y0) * pt)
            else:
                warning = screen_check(item.picture, x1 - x0, y1 - y0)
        except ValueError as exc:
            raise LayoutError(f"{data.label}: {item.layer}: {exc}") from None
        if warning:
            events.append({"layer": item.layer, "event": "fallback", "reason": warning})
    return events


def _droppable(template: Template, data: Data) -> list[tuple[str, bool]]:
    """(layer id, one item at a time) in dropping order: highest priority number first, items before the layer."""
    order: list[tuple[str, bool]] = []
    for layer in sorted((l for l in template.all_layers().values() if l.priority is not None
                         and not _protected(l)),  # `else: fail` said: never dropped
                        key=lambda l: -l.priority):
        if layer.type == "repeat" and layer.get("drop") == "items":
            count = len(data.fields.get(layer.get("bind")) or [])
            order += [(layer.id, True)] * max(0, count - 1)
        order.append((layer.id, False))
    return order


def _protected(layer: Layer) -> bool:
    """The layer says `fit: {else: fail}`, or holds one that does (a stack's child, a repeat's item): dropping
    it would drop that text, so it is never dropped."""
    return (layer.get("fit") or {}).get("else") == "fail" or any(_protected(child) for child in layer.children)


def _largest(template, data, measurer, scales, dropped, colors) -> "_Solver | _Overflow":
    """The largest of `scales` at which everything fits with every word whole; only when none does, the largest
    at which it fits with words broken where they must be (a smaller title beats a split "bảy mươi | lăm")."""
    found = _bisect(template, data, measurer, scales, dropped, colors, split_words=False)
    return found if isinstance(found, _Solver) else _bisect(template, data, measurer, scales, dropped, colors)


def _bisect(template, data, measurer, scales, dropped, colors, split_words: bool = True) -> "_Solver | _Overflow":
    """Bisect `scales` (largest first) for the largest that fits; else the smallest's overflow."""
    def attempt(scale: float):
        solver = _Solver(template, data, measurer, scale, dict(dropped), colors, split_words)
        try:
            for layer in template.layers:
                solver.place(layer)
            _check_room(template, solver)
        except _Overflow as exc:
            return exc
        return solver

    first = attempt(scales[0])
    if isinstance(first, _Solver):
        return first
    last = attempt(scales[-1])
    if not isinstance(last, _Solver):
        return last
    lo, hi, best = len(scales) - 1, 0, last
    while lo - hi > 1:
        mid = (lo + hi) // 2
        result = attempt(scales[mid])
        if isinstance(result, _Solver):
            lo, best = mid, result
        else:
            hi = mid
    return best


_CONTENT = ("text", "logo", "image", "qr", "repeat", "stack")


def _check_room(template: Template, solver: _Solver) -> None:
    """Every content layer inside the canvas, and no two content layers overlapping."""
    # Shapes are decoration, unless marked `overlap: deny`: then they keep content out (a margin, a keep-out zone).
    content = [(layer, solver.boxes.get(layer.id)) for layer in template.layers
               if (layer.type in _CONTENT or layer.get("overlap") == "deny") and solver.boxes.get(layer.id) is not None]
    for layer, box in content:
        x0, y0, x1, y1 = box
        if y1 > template.height + 0.5 or y0 < -0.5 or x0 < -0.5 or x1 > template.width + 0.5:
            raise _Overflow(layer.id, y1 - y0, template.height - y0, "reaches outside the canvas")
    for i, (a, box_a) in enumerate(content):
        for b, box_b in content[i + 1:]:
            if "allow" in (a.get("overlap"), b.get("overlap")) or a.type == "stack" and b.type == "stack":
                continue
            if box_a[0] < box_b[2] - 0.5 and box_b[0] < box_a[2] - 0.5 and box_a[1] < box_b[3] - 0.5 \
                    and box_b[1] < box_a[3] - 0.5:
                upper, lower = (a, b) if box_a[1] <= box_b[1] else (b, a)
                ub, lb = solver.boxes[upper.id], solver.boxes[lower.id]
                blame = upper if (upper.priority or 0) >= (lower.priority or 0) else lower
                raise _Overflow(blame.id, ub[3] - ub[1], lb[1] - ub[1], f"runs into {lower.id if blame is upper else upper.id}")


def _overflow_message(template: Template, data: Data, failure: _Overflow) -> str:
    verb = "do" if failure.layer.endswith("s") else "does"
    where = f"{data.label}: {failure.layer} {verb} not fit the {template.name} template ({template.path.name})"
    if failure.needed or failure.room:
        if template.is_print:  # canvas units of 0.1 mm: said in mm
            return (f"{where} even at the smallest text sizes (needs {failure.needed / 10:.0f} mm of height, room "
                    f"for {failure.room / 10:.0f} mm" + (f"; {failure.detail})" if failure.detail else ")"))
        return (f"{where} even at the smallest text sizes (needs {round(failure.needed)} px of height, room for "
                f"{round(failure.room)}" + (f"; {failure.detail})" if failure.detail else ")"))
    return f"{where} {failure.detail}"


def _check_characters(template: Template, data: Data, measurer: Measurer) -> None:
    """A character the font cannot draw is an error naming the field (no tofu boxes)."""
    values: list[tuple[str, str]] = []
    for key, value in data.fields.items():
        if isinstance(value, str):
            values.append((key, value))
        elif isinstance(value, (list, tuple)):
            for i, entry in enumerate(value):
                if isinstance(entry, str):
                    values.append((f"{key}[{i}]", entry))
                else:
                    values += [(f"{key}[{i}].{name}", getattr(entry, name)) for name in ("value", "label")]
    for name, content in values:
        missing = measurer.missing(content, "ExtraBold") or measurer.missing(content, "Regular")
        if missing:
            raise LayoutError(f"{data.label}: {name}: the font cannot draw {', '.join(map(repr, missing))}")


def _under(items: list[Placed], upto: int, box: Box, background: RGB) -> list[RGB]:
    """The fills visible under `box`: every earlier shape overlapping it that a later shape does not cover."""
    shapes = [item for item in items[:upto] if item.kind in ("rect", "ellipse") and item.fill is not None]
    found: list[RGB] = []
    covered = False
    for shape in reversed(shapes):
        sb = shape.clip and _intersect(shape.box, shape.clip) or shape.box
        if sb is None or not _overlaps(sb, box):
            continue
        found.append(shape.fill)  # type: ignore[arg-type]
        if shape.kind == "rect" and _contains(sb, box):
            covered = True
            break
    if not covered:
        found.append(background)
    return found


def _colour_texts(template: Template, solver: _Solver, items: list[Placed], colors: dict, background: RGB) -> None:
    """Each text's colour: `auto` the readable one, an expression with `bg`/`auto` in it, or a fixed colour
    that must reach 4.5:1 on every fill under it (else an error naming template and layer)."""
    ink = colors.get("ink", (17, 24, 39))
    for index, item in enumerate(items):
        if item.kind != "text":
            continue
        layer: Layer = item.spec  # type: ignore[attr-defined]
        under = _under(items, index, item.box, background)
        worst = min(under, key=lambda bg: max(contrast_ratio(ink, bg), contrast_ratio(WHITE, bg)))
        auto = ink if min(contrast_ratio(ink, bg) for bg in under) >= min(contrast_ratio(WHITE, bg) for bg in under) \
            else WHITE
        auto = ensure_contrast(auto, worst, MIN_CONTRAST)
        value = layer.get("color", "auto")
        if value == "auto":
            color = auto
        else:
            extra = {"readable": lambda c, ratio=MIN_CONTRAST: ensure_contrast(to_rgb(c), worst, ratio)}
            try:
                color = color_value(value, {**colors, "bg": worst, "auto": auto}, extra)
            except (ExprError, ValueError) as exc:
                raise LayoutError(f"{template.path}: {layer.where}.color: {exc}") from None
        ratio = min(contrast_ratio(color, bg) for bg in under)
        if ratio < MIN_CONTRAST - 1e-6 and value == "auto":
            raise LayoutError(f"{template.path}: {layer.where}.color: no text colour reaches {MIN_CONTRAST}:1 on all "
                              f"the fills under it ({', '.join(rgb_to_hex(bg) for bg in under)}): change a fill or "
                              "move the layer")
        if ratio < MIN_CONTRAST - 1e-6:
            raise LayoutError(f"{template.path}: {layer.where}.color: {value!r} on its background is "
                              f"{ratio:.1f}:1, below {MIN_CONTRAST}:1 (use color: auto or readable(...))")
        item.color, item.background = color, worst


def _plates(template: Template, data: Data, items: list[Placed], background: RGB, colors: dict) -> None:
    """`plate: auto` puts the logo on a white plate only where it would not stand out from the fill under it."""
    for index, item in enumerate(items):
        if item.kind != "logo":
            continue
        layer: Layer = item.spec  # type: ignore[attr-defined]
        mode = layer.get("plate", "auto")
        under = _under(items, index, item.box, background)
        ink = data.logo_color or data.brand["primary"]
        needs = mode == "always" or (mode == "auto" and min(contrast_ratio(ink, bg) for bg in under) < 3)
        if needs:
            item.plate = WHITE


def _intersect(a: Box, b: Box) -> Box | None:
    box = (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))
    return box if box[0] < box[2] and box[1] < box[3] else None


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _contains(outer: Box, inner: Box) -> bool:
    return outer[0] <= inner[0] + 0.5 and outer[1] <= inner[1] + 0.5 and outer[2] >= inner[2] - 0.5 \
        and outer[3] >= inner[3] - 0.5
