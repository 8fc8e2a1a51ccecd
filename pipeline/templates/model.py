"""Template files: find, read (within the campaign's limits), merge `extends:` and validate them.

A template is YAML: its size, colours, text styles and a list of layers, each with a box, a binding to a
data field, a condition and a fit rule (docs/templates.md). Every problem is a TemplateError naming the
file, the layer and the field, found before anything renders.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import hashlib
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.templates.expr import BOX_FUNCTIONS, Expr, ExprError, parse

BUILTIN_DIR = Path(__file__).parent / "builtin"
TEMPLATES_DIR = "templates"  # in a campaign folder
TEMPLATE_MAX_BYTES = 256 * 1024
MIN_TEXT_PX = 22  # no text on an image below this: about 8 pt on a phone showing a 1080 px image full width
MAX_SIZE = 8000  # px per side
MAX_BOX_CHAIN = 50  # relative boxes resting on one another: the engine resolves them recursively

KINDS = ("image", "card", "print")  # card: a clip card (pipeline.clips.cards), named card-<type>-<shape>
PRINT_UNITS_PER_MM = 10  # a print template's canvas unit is 0.1 mm: A5, A4 and A3 are whole numbers of them
PRINT_DPI = 25.4 * PRINT_UNITS_PER_MM
MIN_PRINT_PT = 7.0  # no text on paper below this (the imprint's size)
LAYER_TYPES = ("rect", "ellipse", "text", "logo", "image", "icon", "qr", "repeat", "stack")
IMAGE_MAX_BYTES = 16 * 1024 * 1024  # a picture of a template (templates/*.png, *.jpg)
FIELDS = ("title", "summary", "key_figures", "points", "organisation", "name", "hotline", "website",
          "address", "link", "badge", "image", "image_credit", "body", "imprint",
          "number", "unit", "label")  # number, unit, label: a clip's figure card
ITEM_FIELDS = ("item", "item.value", "item.label", "item.icon")
FILTERS = ("upper", "lower", "website", "strip")
WRAPS = ("greedy", "balanced", "no-orphans")
_ID = re.compile(r"^[a-z_][a-z0-9_]*$")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$")
_BOX_KEYS = ("left", "top", "right", "bottom", "width", "height")
_COMMON = {"id", "type", "box", "when", "priority", "overlap", "comment"}
_KEYS = {
    "rect": {"fill", "radius", "clip"},
    "ellipse": {"fill", "clip", "mark"},
    "text": {"bind", "text", "style", "color", "align", "valign", "fit", "pill"},
    "logo": {"plate", "align"},
    "image": {"src", "bind", "fit", "radius"},
    "icon": {"bind", "fill"},
    "qr": {"bind", "dark"},
    "repeat": {"bind", "columns", "fallback_columns", "gap", "row_gap", "cell", "item", "drop"},
    "stack": {"children", "gap", "align"},
}
_TOP_KEYS = {"template", "kind", "extends", "size", "sizes", "safe", "colors", "styles", "fit", "layers",
             "description", "dpi", "page"}
MAX_SIZES = 8  # extra pixel sizes of one design
_PAGE_KEYS = {"trim", "bleed", "safe", "folds"}
_STYLE_KEYS = {"weight", "size", "leading", "max_lines", "preferred_lines", "wrap"}
WEIGHTS = ("Regular", "Medium", "SemiBold", "Bold", "ExtraBold")


class TemplateError(ValueError):
    """A problem in a template file: the file, where in it (layer and field) and what is wrong."""

    def __init__(self, path: Path | str, where: str, message: str):
        from pipeline.errors import display_path

        self.path, self.where, self.message = display_path(path), where, message
        super().__init__(f"{self.path}: {where}: {message}" if where else f"{self.path}: {message}")


@dataclass(frozen=True)
class Style:
    """How a kind of text is set: weight, size range (px at scale 1 .. at the smallest), leading, lines."""

    name: str
    weight: str
    size_max: float
    size_min: float
    leading: float = 1.25
    max_lines: int | None = None
    preferred_lines: int | None = None
    wrap: str = "greedy"

    def size_at(self, scale: float) -> int:
        """The size at a layout scale: 0 gives `size_min`, 1 gives `size_max`, above 1 grows further."""
        return round(self.size_min + scale * (self.size_max - self.size_min))


@dataclass
class Layer:
    """One layer of a template, as written (expressions parsed), with its place in the file for errors."""

    id: str
    type: str
    spec: dict
    where: str
    box: dict[str, Expr | str] = field(default_factory=dict)  # left/top/right/bottom/width/height -> Expr|"auto"
    when: Expr | None = None
    priority: int | None = None
    children: list["Layer"] = field(default_factory=list)  # stack children, repeat item layers

    def get(self, key: str, default: Any = None) -> Any:
        """A key of the layer as written."""
        return self.spec.get(key, default)

    @property
    def refs(self) -> set[str]:
        """Layer ids this layer's box refers to."""
        return {ref for value in self.box.values() if isinstance(value, Expr) for ref in value.refs}


@dataclass
class Template:
    """A validated template: the merged data and the files it came from (hashed into build params)."""

    name: str
    path: Path
    kind: str
    width: int
    height: int
    safe: tuple[float, float, float, float]  # top, right, bottom, left (px)
    colors: dict[str, Any]
    styles: dict[str, Style]
    fit: dict
    layers: list[Layer]
    files: tuple[Path, ...]
    sha256: str
    dpi: float = 96.0
    sizes: tuple[tuple[int, int], ...] = ()  # more pixel sizes of the same design (`sizes:`), each its own file
    bleed: float = 0.0  # print: the bleed beyond the trim, in canvas units (0.1 mm)
    folds: tuple[float, ...] = ()  # print: x of each vertical fold from the left trim, in canvas units
    min_text: float = MIN_TEXT_PX  # the smallest text size, in canvas units

    @property
    def is_print(self) -> bool:
        """A page for ReportLab (canvas units of 0.1 mm, sizes in pt) rather than an image in px."""
        return self.kind == "print"

    def at(self, width: int, height: int) -> "Template":
        """The same design laid out on a canvas of another size (`sizes:`, `preview --size`)."""
        return dataclasses.replace(self, width=width, height=height)

    def layer(self, layer_id: str) -> Layer | None:
        """The layer with this id anywhere in the template (stack children included)."""
        return self.all_layers().get(layer_id)

    def all_layers(self) -> dict[str, Layer]:
        """Every layer by id (top level and stack children; repeat item layers are the cell's own)."""
        found: dict[str, Layer] = {}

        def walk(layers: list[Layer]) -> None:
            for layer in layers:
                found[layer.id] = layer
                if layer.type == "stack":
                    walk(layer.children)
        walk(self.layers)
        return found


# ---------------------------------------------------------------- finding and reading


def builtin_names() -> tuple[str, ...]:
    """The templates shipped in the package."""
    return tuple(sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml")))


def campaign_template_files(root: Path | None) -> list[Path]:
    """The campaign's own template files (`templates/*.yaml`), sorted."""
    if root is None:
        return []
    folder = Path(root) / TEMPLATES_DIR
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def template_folder_files(root: Path) -> list[Path]:
    """Every file of the campaign's `templates/` folder (templates and their pictures), sorted: what the
    campaign's approval covers."""
    folder = Path(root) / TEMPLATES_DIR
    return sorted(p for p in folder.iterdir() if not p.is_dir()) if folder.is_dir() else []


_NAME = re.compile(r"(builtin:)?[a-z0-9][a-z0-9_-]*")  # a template's name: no path, no dots


def find_template(name: str, root: Path | None) -> Path:
    """The file of template `name`: the campaign's `templates/NAME.yaml` first, else the built-in one."""
    if name.startswith("builtin:"):
        path = BUILTIN_DIR / f"{name[8:]}.yaml"
    else:
        own = Path(root) / TEMPLATES_DIR / f"{name}.yaml" if root is not None else None
        path = own if own is not None and own.is_file() else BUILTIN_DIR / f"{name}.yaml"
    if not _NAME.fullmatch(name) or not path.is_file():
        known = sorted(set(builtin_names()) | {p.stem for p in campaign_template_files(root)})
        raise ValueError(f"unknown template {name!r}; one of {', '.join(known)}")
    return path


def template_names(root: Path | None) -> tuple[str, ...]:
    """Every template a campaign can name: the built-in ones and its own."""
    return tuple(sorted(set(builtin_names()) | {p.stem for p in campaign_template_files(root)}))


def _read(path: Path, root: Path | None) -> dict:
    """One template file as a mapping, read within the campaign's YAML limits."""
    import yaml

    from pipeline.textfile import ProblemError, decode_utf8, load_yaml, normalise, read_capped, yaml_problem

    try:
        if root is not None and Path(root) in path.parents:
            data = read_capped(path, Path(root), TEMPLATE_MAX_BYTES)
        else:
            data = path.read_bytes()
        loaded = load_yaml(normalise(decode_utf8(data, path)))
    except ProblemError as exc:
        raise TemplateError(path, "", exc.problem.message) from None
    except yaml.YAMLError as exc:
        raise TemplateError(path, "", yaml_problem(exc)) from None
    except OSError as exc:
        raise TemplateError(path, "", f"cannot be read ({exc.strerror or exc})") from None
    if not isinstance(loaded, dict):
        raise TemplateError(path, "", "must be a YAML mapping (template, size, styles, layers...)")
    return loaded


def load_template(name: str, root: Path | None = None) -> Template:
    """Template `name` for a campaign folder `root` (its own `templates/` first), merged and validated.

    Cached per version of the files it reads; raises TemplateError naming file, layer and field.
    """
    path = find_template(name, root)
    chain = _chain(path, root)
    stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in chain)
    pictures = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for folder in {p.parent for p in chain}
                     for p in sorted(folder.iterdir()) if p.suffix.lower() in (".png", ".jpg", ".jpeg") and p.is_file())
    return _load_cached(str(path), str(root) if root is not None else None, stamp, pictures)


def load_print_template(name: str, root: Path) -> Template:
    """The print template `name` (the campaign's own first); TemplateError or ValueError naming file, layer
    and field, also when the file is not a print template."""
    template = load_template(name, root)
    if not template.is_print:
        raise ValueError(f"{template.path}: kind: the {name} template must be kind: print")
    return template


def _chain(path: Path, root: Path | None, seen: tuple[Path, ...] = ()) -> list[Path]:
    """The file and the files it extends, base first."""
    if path in seen:
        raise TemplateError(path, "extends", "extends itself (through " + " -> ".join(p.name for p in seen) + ")")
    try:
        info = path.stat()
    except OSError as exc:
        raise TemplateError(path, "", f"cannot be read ({exc.strerror or exc})") from None
    base = _extends_of(str(path), str(root) if root is not None else None,
                       (info.st_mtime_ns, info.st_size, info.st_ino))
    if base is None:
        return [path]
    if not isinstance(base, str) or not _NAME.fullmatch(base):
        # a path (/tmp/x, ../x) would read a file outside the campaign, past its size limit
        raise TemplateError(path, "extends", f"must name a template (builtin:portrait, or one of the campaign's "
                                             f"templates/), not {base!r}")
    try:
        base_path = find_template(base, root) if base.startswith("builtin:") else \
            Path(root) / TEMPLATES_DIR / f"{base}.yaml" if root is not None else find_template(base, None)
        if not base_path.is_file():
            raise ValueError(f"no template {base!r} (a built-in one is named builtin:NAME)")
    except ValueError as exc:
        raise TemplateError(path, "extends", str(exc)) from None
    return _chain(base_path, root, seen + (path,)) + [path]


def _extends_of(path: str, root: str | None, version: tuple[int, int, int]) -> Any:
    """The `extends:` of a template file at this version (mtime, size, inode): each version parsed once, so
    loading a cached template only stats its files (load_template runs per job, even on a no-op build)."""
    return _parsed(path, root, version).get("extends")


@functools.lru_cache(maxsize=256)
def _parsed(path: str, root: str | None, version: tuple[int, int, int]) -> dict:
    """A template file at this version (mtime, size, inode) as parsed, once: _extends_of reads its `extends:`
    and _load_cached merges a deep copy (YAML parsing was two thirds of loading a template; it was done twice).
    A TemplateError is not kept: the next call reads the file again."""
    return _read(Path(path), Path(root) if root is not None else None)


def _version(path: Path) -> tuple[int, int, int]:
    """A template file's version, as _chain stats it."""
    try:
        info = path.stat()
    except OSError as exc:
        raise TemplateError(path, "", f"cannot be read ({exc.strerror or exc})") from None
    return info.st_mtime_ns, info.st_size, info.st_ino


@functools.lru_cache(maxsize=64)
def _load_cached(path: str, root: str | None, stamp: tuple, pictures: tuple = ()) -> Template:
    """The template at this version of its files (`pictures`: the versions of the pictures beside them)."""
    files = [Path(p) for p, _, _ in stamp]
    merged: dict = {}
    digest = hashlib.sha256()
    for file in files:
        data = copy.deepcopy(_parsed(str(file), root, _version(file)))
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
        merged = _merge(merged, data, file)
    merged.pop("extends", None)
    return _validate(merged, Path(path), tuple(files), digest.hexdigest())


def _merge(base: dict, child: dict, path: Path) -> dict:
    """`child` over `base`: mappings merged key by key, layers merged by id (`remove: true` drops one)."""
    out = copy.deepcopy(base)
    for key, value in child.items():
        if key == "layers" and base.get("layers") is not None:
            if not isinstance(value, list):
                raise TemplateError(path, "layers", "must be a list of layers")
            out["layers"] = _merge_layers(out["layers"], value, path)
        elif key in ("colors", "styles", "fit") and isinstance(value, dict) and isinstance(out.get(key), dict):
            merged = out[key]
            for name, entry in value.items():
                if isinstance(entry, dict) and isinstance(merged.get(name), dict):
                    merged[name] = {**merged[name], **entry}
                else:
                    merged[name] = entry
        else:
            out[key] = copy.deepcopy(value)
    return out


def _merge_layers(base: list, changes: list, path: Path) -> list:
    """Layers of `changes` merged into `base` by id: keys replaced, `remove: true`, new ones placed by
    `before:`/`after:` (else at the end)."""
    layers = copy.deepcopy(base)

    def locate(items: list, layer_id: str) -> tuple[list, int] | None:
        for i, item in enumerate(items):
            if isinstance(item, dict) and item.get("id") == layer_id:
                return items, i
            for nested in ("children", "item"):
                if isinstance(item, dict) and isinstance(item.get(nested), list):
                    found = locate(item[nested], layer_id)
                    if found:
                        return found
        return None

    for i, change in enumerate(changes):
        if not isinstance(change, dict) or not isinstance(change.get("id"), str):
            raise TemplateError(path, f"layers[{i}]", "each layer is a mapping with an id")
        change = dict(change)
        before, after = change.pop("before", None), change.pop("after", None)
        found = locate(layers, change["id"])
        if found is not None:
            items, at = found
            if change.get("remove") is True:
                del items[at]
            else:
                items[at] = {**items[at], **change}
            continue
        if change.get("remove") is True:
            raise TemplateError(path, f"layers[{change['id']}]", "remove: no such layer in the template it extends")
        anchor = before or after
        if anchor is not None:
            spot = locate(layers, anchor)
            if spot is None:
                raise TemplateError(path, f"layers[{change['id']}]", f"{'before' if before else 'after'}: "
                                                                     f"no layer {anchor!r}")
            items, at = spot
            items.insert(at if before else at + 1, change)
        else:
            layers.append(change)
    return layers


# ---------------------------------------------------------------- validation


def _validate(data: dict, path: Path, files: tuple[Path, ...], sha: str) -> Template:
    def fail(where: str, message: str):
        raise TemplateError(path, where, message)

    for key in sorted(set(data) - _TOP_KEYS):
        fail(key, f"unknown key (known: {', '.join(sorted(_TOP_KEYS))})")
    name = data.get("template", path.stem)
    if name != path.stem:
        fail("template", f"must be the file's name, {path.stem!r}, not {name!r}")
    kind = data.get("kind", "image")
    if kind not in KINDS:
        fail("kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
    bleed, folds, min_text, sizes = 0.0, (), float(MIN_TEXT_PX), []
    if kind == "print":
        if "sizes" in data:
            fail("sizes", "a print template has one page size (page.trim); sizes: is for images in px")
        width, height, safe, bleed, folds = _page(data, fail)
        dpi, min_text = PRINT_DPI, MIN_PRINT_PT * PRINT_DPI / 72
    else:
        if "page" in data:
            fail("page", "only a print template (kind: print) has a page; an image has a size in px")
        size = data.get("size")
        if (not isinstance(size, list) or len(size) != 2 or
                not all(isinstance(v, int) and not isinstance(v, bool) and 16 <= v <= MAX_SIZE for v in size)):
            fail("size", f"must be [width, height] in px, whole numbers from 16 to {MAX_SIZE}, not {size!r}")
        width, height = size
        sizes = data.get("sizes", [])
        if not isinstance(sizes, list) or len(sizes) > MAX_SIZES:
            fail("sizes", f"must be a list of at most {MAX_SIZES} more sizes [width, height] in px, not {sizes!r}")
        for i, extra in enumerate(sizes):
            if (not isinstance(extra, list) or len(extra) != 2 or
                    not all(isinstance(v, int) and not isinstance(v, bool) and 16 <= v <= MAX_SIZE for v in extra)):
                fail(f"sizes[{i}]", f"must be [width, height] in px, whole numbers from 16 to {MAX_SIZE}, not {extra!r}")
            if extra == size or extra in sizes[:i]:
                fail(f"sizes[{i}]", f"{extra[0]}x{extra[1]} is already {'the size' if extra == size else 'listed'}")
        dpi = data.get("dpi", 96)
        if isinstance(dpi, bool) or not isinstance(dpi, (int, float)) or not 36 <= dpi <= 2400:
            fail("dpi", f"must be a number from 36 to 2400, not {dpi!r}")
        safe = data.get("safe", 0)
        if isinstance(safe, (int, float)) and not isinstance(safe, bool):
            safe = [safe] * 4
        if (not isinstance(safe, list) or len(safe) != 4 or
                not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 for v in safe)):
            fail("safe", f"must be a margin in px or [top, right, bottom, left], not {safe!r}")
        for w, h in [size, *sizes]:
            if safe[0] + safe[2] >= h or safe[1] + safe[3] >= w:
                fail("safe", "leaves no room inside the canvas" + ("" if [w, h] == size else f" of {w}x{h} (sizes)"))
    colors = data.get("colors") or {}
    if not isinstance(colors, dict):
        fail("colors", "must map colour names to colours (brand.primary, '#0B5FA5', darken(brand.primary, 0.4))")
    for cname, value in colors.items():
        if not isinstance(cname, str) or not _ID.match(cname):
            fail(f"colors.{cname}", "a colour name is lower case letters, digits and _")
        _check_color(value, f"colors.{cname}", fail)
    _check_palette(colors, fail)
    styles = _styles(data.get("styles") or {}, fail, PRINT_DPI / 72 if kind == "print" else 1.0, min_text)
    fit = data.get("fit") or {}
    if not isinstance(fit, dict) or set(fit) - {"scale", "drop_below"}:
        fail("fit", "must be {scale: together, drop_below: 0.6}")
    if fit.get("scale", "together") not in ("together", "none"):
        fail("fit.scale", f"must be together or none, not {fit.get('scale')!r}")
    drop_below = fit.get("drop_below", 0.6)
    if isinstance(drop_below, bool) or not isinstance(drop_below, (int, float)) or not 0 <= drop_below <= 1.2:
        fail("fit.drop_below", f"must be a scale from 0 to 1.2, not {drop_below!r}")
    raw_layers = data.get("layers")
    if not isinstance(raw_layers, list) or not raw_layers:
        fail("layers", "must be a non-empty list of layers")
    ids: set[str] = set()
    units = {"px": 1.0, "mm": dpi / 25.4, "cm": dpi / 2.54, "pt": dpi / 72}
    raw_layers = [_lengths(raw, units) for raw in raw_layers]
    layers = [_layer(raw, f"layers[{i}]", styles, colors, ids, fail, nested=None) for i, raw in enumerate(raw_layers)]
    pictures = _pictures(layers, files, fail)
    if pictures:  # a picture is part of the design: its bytes are in the template's hash
        digest = hashlib.sha256(sha.encode())
        for picture in pictures:
            digest.update(picture.name.encode() + b"\0" + picture.read_bytes())
        sha = digest.hexdigest()
    template = Template(name, path, kind, width, height, tuple(float(v) for v in safe), colors, styles,
                        {"scale": fit.get("scale", "together"), "drop_below": float(drop_below)}, layers,
                        files + tuple(pictures), sha, float(dpi), sizes=tuple(tuple(extra) for extra in sizes),
                        bleed=bleed, folds=folds, min_text=min_text)
    _check_refs(template, fail)
    _check_static_boxes(template, fail)
    for w, h in template.sizes:  # a fixed box must be inside every canvas the design is drawn on
        _check_static_boxes(template.at(w, h), lambda where, message: fail(where, f"{message} (sizes: {w}x{h})"))
    return template


def _page(data: dict, fail) -> tuple[int, int, list[float], float, tuple[float, ...]]:
    """A print template's `page:` (mm): (width, height, safe [t, r, b, l], bleed, folds) in canvas units."""
    if "size" in data or "safe" in data or "dpi" in data:
        key = next(k for k in ("size", "safe", "dpi") if k in data)
        fail(key, "a print template gives its size in page: {trim: [width, height], bleed, safe, folds} (mm)")
    page = data.get("page")
    if not isinstance(page, dict):
        fail("page", "required: {trim: [width, height], bleed: 3, safe: 5, folds: []} in mm")
    for key in sorted(set(page) - _PAGE_KEYS):
        fail(f"page.{key}", f"unknown key (known: {', '.join(sorted(_PAGE_KEYS))})")
    trim = page.get("trim")
    if (not isinstance(trim, list) or len(trim) != 2 or not all(_is_length(v) and 50 <= v <= 1200 for v in trim)):
        fail("page.trim", f"must be [width, height] in mm, from 50 to 1200, not {trim!r}")
    unit = PRINT_UNITS_PER_MM
    width, height = round(trim[0] * unit), round(trim[1] * unit)
    bleed = page.get("bleed", 3)
    if not _is_length(bleed) or bleed > 10:
        fail("page.bleed", f"must be a number of mm from 0 to 10, not {bleed!r}")
    safe = page.get("safe", 5)
    if _is_length(safe):
        safe = [safe] * 4
    if not isinstance(safe, list) or len(safe) != 4 or not all(_is_length(v) for v in safe):
        fail("page.safe", f"must be a margin in mm or [top, right, bottom, left], not {safe!r}")
    if min(safe) < 3:
        fail("page.safe", "text must stay at least 3 mm inside the trim (cutting drifts): give 3 or more")
    if safe[0] + safe[2] >= trim[1] or safe[1] + safe[3] >= trim[0]:
        fail("page.safe", "leaves no room inside the trim")
    folds = page.get("folds", [])
    if not isinstance(folds, list) or not all(_is_length(v) and 0 < v < trim[0] for v in folds) \
            or folds != sorted(folds):
        fail("page.folds", f"must be the x of each vertical fold from the left trim in mm, in order, not {folds!r}")
    return (width, height, [v * unit for v in safe], bleed * unit, tuple(v * unit for v in folds))


_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(px|mm|pt|cm)\s*$")


def _lengths(raw: Any, units: dict[str, float]) -> Any:
    """A layer with its gaps, paddings and radii written with a unit ("4mm") turned into canvas units."""
    if not isinstance(raw, dict):
        return raw
    out = dict(raw)
    for key in ("gap", "row_gap", "radius", "pad"):
        match = _LENGTH.match(out[key]) if isinstance(out.get(key), str) else None
        if match:
            out[key] = float(match.group(1)) * units[match.group(2)]
    for key in ("cell", "pill"):
        if isinstance(out.get(key), dict):
            out[key] = _lengths(out[key], units)
    for key in ("children", "item"):
        if isinstance(out.get(key), list):
            out[key] = [_lengths(child, units) for child in out[key]]
    return out


def _check_palette(colors: dict, fail) -> None:
    """Every named colour evaluates (for a sample brand): a name used before it is defined, a misspelt
    function or a non-colour is found now, not at the first render."""
    from pipeline.templates.engine import color_value

    grey = (128, 128, 128)
    names: dict[str, Any] = {"brand": {"primary": grey, "accent": grey}, "badge": {"fill": grey, "text": grey},
                             "white": (255, 255, 255), "black": (0, 0, 0)}
    for cname, value in colors.items():
        try:
            names[cname] = color_value(value, names)
        except (ExprError, ValueError, TypeError) as exc:
            fail(f"colors.{cname}", str(exc))


def _pictures(layers: list[Layer], files: tuple[Path, ...], fail) -> list[Path]:
    """The picture of each image layer, found beside the template files (the campaign's own first), read
    within the limits (inside the folder, a regular file, at most 16 MB, an image)."""
    from pipeline.textfile import ProblemError, read_capped

    found: list[Path] = []
    stack = list(layers)
    while stack:
        layer = stack.pop(0)
        stack += layer.children
        if layer.type != "image" or "bind" in layer.spec:  # a bound picture is the text's, not the template's
            continue
        candidates = [file.parent / layer.get("src") for file in reversed(files)]
        path = next((c for c in candidates if os.path.lexists(c)), None)
        if path is None:
            fail(f"{layer.where}.src", f"no file {layer.get('src')!r} beside the template")
        try:
            read_capped(path, path.parent, IMAGE_MAX_BYTES)
        except ProblemError as exc:
            fail(f"{layer.where}.src", exc.problem.message)
        layer.spec = {**layer.spec, "path": str(path)}
        found.append(path)
    return found


def _styles(raw: Any, fail, per_unit: float = 1.0, minimum: float = MIN_TEXT_PX) -> dict[str, Style]:
    """The styles; sizes are written in px (an image) or pt (print: `per_unit` canvas units to the pt)."""
    if not isinstance(raw, dict):
        fail("styles", "must map style names to {weight, size: [max, min], leading, max_lines}")
    styles = {}
    for sname, spec in raw.items():
        where = f"styles.{sname}"
        if not isinstance(spec, dict):
            fail(where, "must be a mapping {weight, size, leading, max_lines, wrap}")
        for key in sorted(set(spec) - _STYLE_KEYS):
            fail(f"{where}.{key}", f"unknown key (known: {', '.join(sorted(_STYLE_KEYS))})")
        weight = spec.get("weight", "Regular")
        if weight not in WEIGHTS:
            fail(f"{where}.weight", f"must be one of {', '.join(WEIGHTS)}, not {weight!r}")
        size = spec.get("size")
        if isinstance(size, (int, float)) and not isinstance(size, bool):
            size = [size, size]
        if (not isinstance(size, list) or len(size) != 2 or
                not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in size) or size[0] < size[1]):
            unit = "pt" if per_unit != 1.0 else "px"
            fail(f"{where}.size", f"must be [largest, smallest] in {unit} (or one size), not {spec.get('size')!r}")
        if per_unit != 1.0 and size[1] * per_unit < minimum - 1e-6:
            fail(f"{where}.size", f"{size[1]} pt is below the {MIN_PRINT_PT:g} pt minimum for print")
        if per_unit == 1.0 and size[1] < MIN_TEXT_PX:
            fail(f"{where}.size", f"{size[1]} px is below the {MIN_TEXT_PX} px minimum for text on an image")
        if per_unit != 1.0:  # whole canvas units, never over the size written (fit events compare against it)
            size = [max(math.floor(size[0] * per_unit + 1e-6), math.ceil(size[1] * per_unit - 1e-6)),
                    math.ceil(size[1] * per_unit - 1e-6)]
        leading = spec.get("leading", 1.25)
        if isinstance(leading, bool) or not isinstance(leading, (int, float)) or not 0.8 <= leading <= 3:
            fail(f"{where}.leading", f"must be a line height from 0.8 to 3 (times the size), not {leading!r}")
        for key in ("max_lines", "preferred_lines"):
            value = spec.get(key)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                fail(f"{where}.{key}", f"must be a whole number of lines, at least 1, not {value!r}")
        wrap = spec.get("wrap", "greedy")
        if wrap not in WRAPS:
            fail(f"{where}.wrap", f"must be one of {', '.join(WRAPS)}, not {wrap!r}")
        styles[sname] = Style(sname, weight, float(size[0]), float(size[1]), float(leading), spec.get("max_lines"),
                              spec.get("preferred_lines"), wrap)
    return styles


_COLOR_NAMES = {"brand", "badge", "white", "black"}
_COLOR_ATTRIBUTES = {"brand": ("primary", "accent"), "badge": ("fill", "text")}


def _check_color(value: Any, where: str, fail, allow_auto: bool = False, colors: dict | None = None) -> None:
    """A colour value parses, and names only colours (with `colors`: the template's own, and for a text's
    colour `bg` and `auto`)."""
    import ast

    if isinstance(value, str) and (_HEX.match(value) or (allow_auto and value == "auto")):
        return
    try:
        expr = parse(value)
    except ExprError as exc:
        fail(where, str(exc))
    if colors is None:
        return
    known = _COLOR_NAMES | set(colors) | ({"bg", "auto"} if allow_auto else set())
    unknown = expr.names() - known
    if unknown:
        fail(where, f"unknown colour {sorted(unknown)[0]!r}; known: {', '.join(sorted(known))}")
    for node in ast.walk(expr.tree):
        if isinstance(node, ast.Attribute) and node.attr not in _COLOR_ATTRIBUTES.get(node.value.id, ()):
            fail(where, f"unknown colour {node.value.id}.{node.attr}")


def parse_binding(value: Any, item: bool = False) -> tuple[str, tuple[str, ...]]:
    """`"website | website"` -> ("website", ("website",)); ValueError naming an unknown field or filter."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"must name a field ({', '.join(FIELDS)}), not {value!r}")
    field_name, *filters = (part.strip() for part in value.split("|"))
    known = ITEM_FIELDS if item else FIELDS
    if field_name not in known:
        raise ValueError(f"unknown field {field_name!r}; one of {', '.join(known)}")
    for name in filters:
        if name not in FILTERS:
            raise ValueError(f"unknown filter {name!r}; one of {', '.join(FILTERS)}")
    return field_name, tuple(filters)


def _layer(raw: Any, where: str, styles: dict, colors: dict, ids: set[str], fail, nested: str | None) -> Layer:
    if not isinstance(raw, dict):
        fail(where, "a layer is a mapping {id, type, box, ...}")
    layer_id = raw.get("id")
    if not isinstance(layer_id, str) or not _ID.match(layer_id):
        fail(f"{where}.id", f"must be lower case letters, digits and _ (used in expressions), not {layer_id!r}")
    where = f"layers[{layer_id}]"
    if layer_id in ids:
        fail(f"{where}.id", "is used by another layer")
    if layer_id in BOX_FUNCTIONS:
        fail(f"{where}.id", f"{layer_id!r} is a function name; choose another id")
    ids.add(layer_id)
    kind = raw.get("type")
    if kind not in LAYER_TYPES:
        fail(f"{where}.type", f"unknown layer type {kind!r}; one of {', '.join(LAYER_TYPES)}")
    if kind in ("repeat", "stack") and nested == "item":
        fail(f"{where}.type", f"a {kind} cannot be inside a repeat's item")
    for key in sorted(set(raw) - _COMMON - _KEYS[kind]):
        fail(f"{where}.{key}", f"unknown key for a {kind} layer (known: {', '.join(sorted(_COMMON | _KEYS[kind]))})")
    layer = Layer(layer_id, kind, raw, where)
    if nested == "stack":
        if "box" in raw and raw["box"] != "auto":
            fail(f"{where}.box", "a stack child is placed by its stack: leave its box out")
    else:
        layer.box = _box(raw.get("box"), f"{where}.box", kind, fail)
    when = raw.get("when")
    if when is not None:
        try:
            layer.when = parse(when)
        except ExprError as exc:
            fail(f"{where}.when", str(exc))
        unknown = layer.when.names() - set(FIELDS) - {"item", "index", "lead", "scale"}
        if unknown:
            fail(f"{where}.when", f"unknown name {sorted(unknown)[0]!r}; the fields are {', '.join(FIELDS)}")
    priority = raw.get("priority")
    if priority is not None and (isinstance(priority, bool) or not isinstance(priority, int) or priority < 1):
        fail(f"{where}.priority", f"must be a whole number from 1 (kept longest), not {priority!r}")
    layer.priority = priority
    if raw.get("overlap", "deny") not in ("deny", "allow"):
        fail(f"{where}.overlap", "must be allow or deny")
    for key in ("fill", "dark", "mark"):
        if key in raw:
            _check_color(raw[key], f"{where}.{key}", fail, colors=colors)
    if kind == "text":
        _text_layer(raw, where, styles, colors, fail, item=nested == "item")
    elif kind == "qr":
        try:
            parse_binding(raw.get("bind", "link"))
        except ValueError as exc:
            fail(f"{where}.bind", str(exc))
    elif kind == "logo":
        plate = raw.get("plate", "auto")
        if plate not in ("auto", "always", "never"):
            fail(f"{where}.plate", f"must be auto, always or never, not {plate!r}")
        if raw.get("align", "left") not in ("left", "center", "right"):
            fail(f"{where}.align", "must be left, center or right")
    elif kind == "image" and "bind" in raw:  # the text's own picture, cropped around its focus point
        if "src" in raw:
            fail(f"{where}.bind", "an image layer has either src (a file beside the template) or bind: image")
        if raw["bind"] != "image":
            fail(f"{where}.bind", f"an image layer binds the text's picture: bind: image, not {raw['bind']!r}")
        if raw.get("fit", "cover") != "cover":
            fail(f"{where}.fit", "the text's picture is always cover-cropped around its focus point")
    elif kind == "image":
        src = raw.get("src")
        if not isinstance(src, str) or not re.fullmatch(r"[\w.-]+\.(png|jpg|jpeg)", src, re.ASCII | re.IGNORECASE):
            fail(f"{where}.src", f"must name a PNG or JPG file beside the template (photo.jpg), not {src!r}")
        if raw.get("fit", "cover") not in ("cover", "contain"):
            fail(f"{where}.fit", "must be cover (fill the box, cropped) or contain (whole, inside the box)")
    elif kind == "icon":
        if raw.get("bind") != "item.icon" or nested != "item":
            fail(f"{where}.bind", "an icon layer sits in a repeat's item over key_figures: bind: item.icon")
        if "fill" not in raw:
            fail(f"{where}.fill", "required: the icon's colour")
    elif kind in ("rect", "ellipse") and "fill" not in raw:
        fail(f"{where}.fill", "required: the colour to fill with")
    if kind in ("rect", "ellipse") and "clip" in raw and not isinstance(raw["clip"], str):
        fail(f"{where}.clip", "must be the id of the layer to clip to")
    if kind == "repeat":
        _repeat_layer(raw, layer, where, styles, colors, ids, fail)
    if kind == "stack":
        children = raw.get("children")
        if not isinstance(children, list) or not children:
            fail(f"{where}.children", "must be a non-empty list of layers")
        layer.children = [_layer(child, f"{where}.children[{i}]", styles, colors, ids, fail, "stack")
                          for i, child in enumerate(children)]
        if raw.get("align", "center") not in ("top", "center", "spread"):
            fail(f"{where}.align", "must be top, center or spread")
    for key in ("gap", "row_gap", "radius"):
        if key in raw and (isinstance(raw[key], bool) or not isinstance(raw[key], (int, float)) or raw[key] < 0):
            fail(f"{where}.{key}", f"must be a number of px, not {raw[key]!r}")
    return layer


def _is_whole(value: Any) -> bool:
    """A whole number (a bool is no number here)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _is_length(value: Any) -> bool:
    """A number, not negative (a bool is no number here)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0


def _text_layer(raw: dict, where: str, styles: dict, colors: dict, fail, item: bool) -> None:
    if ("bind" in raw) == ("text" in raw):
        fail(f"{where}.bind", "a text layer has either bind (a field) or text (fixed words)")
    if "bind" in raw:
        try:
            bound = parse_binding(raw["bind"], item=item)[0]
        except ValueError as exc:
            fail(f"{where}.bind", str(exc))
        if bound in ("image", "item.icon"):
            fail(f"{where}.bind", f"{bound} is drawn by an {'image' if bound == 'image' else 'icon'} layer; a text "
                                  "layer binds words (image_credit for the picture's credit)")
    elif not isinstance(raw["text"], str):
        fail(f"{where}.text", "must be a string")
    if raw.get("style") not in styles:
        fail(f"{where}.style", f"unknown style {raw.get('style')!r}; the template's styles: {', '.join(styles)}")
    _check_color(raw.get("color", "auto"), f"{where}.color", fail, allow_auto=True, colors=colors)
    if raw.get("align", "left") not in ("left", "center", "right"):
        fail(f"{where}.align", "must be left, center or right")
    if raw.get("valign", "top") not in ("top", "middle", "bottom"):
        fail(f"{where}.valign", "must be top, middle or bottom")
    fit = raw.get("fit", {})
    if not isinstance(fit, dict) or set(fit) - {"shrink", "else"}:
        fail(f"{where}.fit", "must be {shrink: true|false, else: fail|drop}")
    if fit.get("else", "fail") not in ("fail", "drop"):
        fail(f"{where}.fit.else", "must be fail or drop (drop needs a priority)")
    if fit.get("else") == "drop" and raw.get("priority") is None:
        fail(f"{where}.fit.else", "drop needs the layer's priority")
    pill = raw.get("pill")
    if pill is not None:
        if not isinstance(pill, dict) or set(pill) - {"fill", "pad", "radius"} or "fill" not in pill:
            fail(f"{where}.pill", "must be {fill, pad: [x, y], radius}")
        _check_color(pill["fill"], f"{where}.pill.fill", fail, colors=colors)
        pad = pill.get("pad", [0.75, 0.32])
        if not isinstance(pad, list) or len(pad) != 2 or not all(_is_length(v) for v in pad):
            fail(f"{where}.pill.pad", f"must be [x, y] (times the text's height), not {pad!r}")
        if "radius" in pill and not _is_length(pill["radius"]):
            fail(f"{where}.pill.radius", f"must be a number of px, not {pill['radius']!r}")


def _repeat_layer(raw: dict, layer: Layer, where: str, styles: dict, colors: dict, ids: set[str], fail) -> None:
    try:
        field_name, _ = parse_binding(raw.get("bind"))
    except ValueError as exc:
        fail(f"{where}.bind", str(exc))
    if field_name not in ("key_figures", "points"):
        fail(f"{where}.bind", "a repeat binds a list: key_figures or points")
    columns = raw.get("columns", {})
    if isinstance(columns, int) and not isinstance(columns, bool):
        columns = {n: columns for n in range(1, 7)}

    def columns_ok(count: Any, value: Any) -> bool:  # a number of columns, or the rows written out: [1, 2]
        if isinstance(value, list):
            return value != [] and all(_is_whole(n) and 1 <= n <= 6 for n in value) and sum(value) == count
        return _is_whole(value) and 1 <= value <= 6

    if not isinstance(columns, dict) or not all(_is_whole(k) and columns_ok(k, v) for k, v in columns.items()):
        fail(f"{where}.columns", "must map a count of items to a number of columns, or to its rows written out "
                                 "(as many items in all), e.g. {1: 1, 2: 2, 3: [1, 2], 4: 2}")
    fallback = raw.get("fallback_columns")
    if fallback is not None and (isinstance(fallback, bool) or not isinstance(fallback, int) or not 1 <= fallback <= 6):
        fail(f"{where}.fallback_columns", "must be a number of columns from 1 to 6")
    if raw.get("drop", "all") not in ("items", "all"):
        fail(f"{where}.drop", "must be items (the last ones first) or all")
    cell = raw.get("cell", {})
    if not isinstance(cell, dict) or set(cell) - {"fill", "radius", "pad"}:
        fail(f"{where}.cell", "must be {fill, radius, pad}")
    if "fill" in cell:
        _check_color(cell["fill"], f"{where}.cell.fill", fail, colors=colors)
    for key in ("pad", "radius"):
        if key in cell and not _is_length(cell[key]):
            fail(f"{where}.cell.{key}", f"must be a number of px, not {cell[key]!r}")
    item = raw.get("item")
    if not isinstance(item, list) or not item:
        fail(f"{where}.item", "must be a non-empty list of layers placed in each cell")
    local: set[str] = set()
    layer.children = [_layer(child, f"{where}.item[{i}]", styles, colors, local, fail, "item")
                      for i, child in enumerate(item)]
    clash = local & ids
    if clash:
        fail(f"{where}.item", f"the id {sorted(clash)[0]!r} is also a layer of the template")
    for child in layer.children:
        unknown = child.refs - local
        if unknown:
            fail(f"{child.where}.box", f"refers to {sorted(unknown)[0]!r}, not a layer of this item")
    _check_cycles({child.id: child for child in layer.children}, fail)


def _box(raw: Any, where: str, kind: str, fail) -> dict[str, Expr | str]:
    if raw is None:
        fail(where, "required: [left, top, width, height] or {left, top, right, bottom, width, height}")
    if isinstance(raw, list):
        if len(raw) != 4:
            fail(where, f"must be [left, top, width, height], got {len(raw)} values")
        raw = dict(zip(("left", "top", "width", "height"), raw))
    if not isinstance(raw, dict):
        fail(where, "must be [left, top, width, height] or a mapping of left, top, right, bottom, width, height")
    box: dict[str, Expr | str] = {}
    for key, value in raw.items():
        if key not in _BOX_KEYS:
            fail(f"{where}.{key}", f"unknown key (known: {', '.join(_BOX_KEYS)})")
        if value == "auto":
            if key not in ("width", "height"):
                fail(f"{where}.{key}", "only width and height can be auto")
            box[key] = "auto"
            continue
        try:
            box[key] = parse(value)
        except ExprError as exc:
            fail(f"{where}.{key}", str(exc))
    for axis in (("left", "right", "width"), ("top", "bottom", "height")):
        given = [key for key in axis if key in box]
        if len(given) != 2:
            fail(where, f"give two of {', '.join(axis)} (got {', '.join(given) or 'none'})")
    if box.get("height") == "auto" and kind not in ("text", "repeat", "stack", "logo"):
        fail(f"{where}.height", f"a {kind} layer has no content height: give a number or an expression")
    if box.get("width") == "auto" and kind != "logo":
        fail(f"{where}.width", "only a logo can take its width from its content")
    return box


def _check_refs(template: Template, fail) -> None:
    layers = template.all_layers()
    for layer in layers.values():
        for key, value in layer.box.items():
            if isinstance(value, Expr):
                for ref in value.refs:
                    if ref not in layers:
                        fail(f"{layer.where}.box.{key}", f"refers to {ref!r}, which is no layer of the template")
                unknown = value.names() - {"safe_top", "safe_right", "safe_bottom", "safe_left", "W", "H"}
                if unknown:
                    fail(f"{layer.where}.box.{key}", f"unknown name {sorted(unknown)[0]!r} (layers are named in "
                                                     f"functions: bottom(title); variables: W, H, safe_top...)")
        for key in ("clip",):
            if layer.get(key) is not None and layer.get(key) not in layers:
                fail(f"{layer.where}.{key}", f"no layer {layer.get(key)!r}")
    _check_cycles({layer_id: layer for layer_id, layer in layers.items() if layer.box}, fail, layers)


def _check_cycles(layers: dict[str, Layer], fail, everything: dict[str, Layer] | None = None) -> None:
    """A relative box that depends on itself (directly or through others) is an error naming the loop."""
    everything = everything or layers
    parents = {child.id: layer.id for layer in everything.values() if layer.type == "stack" for child in layer.children}

    def deps(layer_id: str) -> set[str]:
        layer = everything[layer_id]
        found = set(layer.refs)
        if layer.type == "stack":
            found |= {ref for child in layer.children for ref in child.refs}
        return {parents.get(ref, ref) for ref in found if ref in everything}

    state: dict[str, int] = {}
    depth: dict[str, int] = {}  # the longest chain of boxes a layer's box rests on, itself included

    def too_deep(chain: list[str]) -> None:
        shown = chain if len(chain) <= 6 else chain[:3] + ["..."] + chain[-2:]
        fail(f"{everything[chain[0]].where}.box", f"relative boxes chained too deep: more than {MAX_BOX_CHAIN} "
                                                  "layers, each placed from the next (" + " -> ".join(shown) + ")")

    def visit(layer_id: str, path: list[str]) -> None:
        if state.get(layer_id) == 2:
            return
        if state.get(layer_id) == 1:
            loop = path[path.index(layer_id):] + [layer_id]
            fail(f"{everything[loop[0]].where}.box", "relative boxes form a cycle: " + " -> ".join(loop))
        if len(path) >= MAX_BOX_CHAIN:
            too_deep(path + [layer_id])
        state[layer_id] = 1
        found = sorted(deps(layer_id))
        for dep in found:
            visit(dep, path + [layer_id])
        depth[layer_id] = 1 + max((depth[dep] for dep in found), default=0)
        if depth[layer_id] > MAX_BOX_CHAIN:
            chain = [layer_id]
            while deps(chain[-1]):
                chain.append(max(sorted(deps(chain[-1])), key=depth.__getitem__))
            too_deep(chain)
        state[layer_id] = 2

    for layer_id in layers:
        if layer_id in parents:
            continue
        visit(layer_id, [])


def _check_static_boxes(template: Template, fail) -> None:
    """A box that needs no other layer must lie inside the canvas (a typo like 1300 on a 1080 canvas)."""
    from pipeline.templates.expr import Env, evaluate

    names = {"W": template.width, "H": template.height, "safe_top": template.safe[0],
             "safe_right": template.safe[1], "safe_bottom": template.safe[2], "safe_left": template.safe[3]}
    if template.is_print:
        _check_print_boxes(template, names, fail)
        return
    for layer in template.layers:
        if not layer.box or layer.refs or "auto" in layer.box.values() or layer.get("clip"):
            continue
        values = {}
        for key, value in layer.box.items():
            axis = template.width if key in ("left", "right", "width") else template.height
            try:
                values[key] = evaluate(value, Env(names, axis=axis, unit_px=unit_px(template)))
            except ExprError as exc:  # 1//0
                fail(f"{layer.where}.box.{key}", str(exc))
            if isinstance(values[key], bool) or not isinstance(values[key], (int, float)):  # 'abc'
                fail(f"{layer.where}.box.{key}", f"{value.source!r} is not a number")
        x0, x1 = _span(values, "left", "right", "width")
        y0, y1 = _span(values, "top", "bottom", "height")
        if x0 < -0.5 or y0 < -0.5 or x1 > template.width + 0.5 or y1 > template.height + 0.5 or x1 < x0 or y1 < y0:
            fail(f"{layer.where}.box", f"({x0:g}, {y0:g}) to ({x1:g}, {y1:g}) is outside the "
                                       f"{template.width} x {template.height} canvas")


def _check_print_boxes(template: Template, names: dict, fail) -> None:
    """On a page, each axis of a box that needs no other layer is checked on its own: inside the page and its
    bleed; for a text (and what holds text), inside the safe zone and clear of every fold."""
    from pipeline.templates.expr import Env, evaluate

    mm = PRINT_UNITS_PER_MM
    top, right, bottom, left = template.safe
    texts = ("text", "repeat", "stack")
    for layer in template.all_layers().values():
        if not layer.box:
            continue
        for keys, axis in ((("left", "right", "width"), template.width), (("top", "bottom", "height"), template.height)):
            values = {}
            for key in keys:
                value = layer.box.get(key)
                if value is None or value == "auto" or value.refs:
                    continue
                try:
                    values[key] = evaluate(value, Env(names, axis=axis, unit_px=unit_px(template)))
                except ExprError as exc:
                    fail(f"{layer.where}.box.{key}", str(exc))
                if isinstance(values[key], bool) or not isinstance(values[key], (int, float)):
                    fail(f"{layer.where}.box.{key}", f"{value.source!r} is not a number")
            start, end, length = keys
            if len(values) < 2:
                continue
            a, b = _span(values, start, end, length)
            field = f"{layer.where}.box.{start if start in values else end}"
            if a < -template.bleed - 0.5 or b > axis + template.bleed + 0.5 or b < a:
                fail(field, f"{a / mm:g} to {b / mm:g} mm is outside the page ({axis / mm:g} mm and "
                            f"{template.bleed / mm:g} mm of bleed)")
            if layer.type not in texts:
                continue
            low, high = (left, axis - right) if start == "left" else (top, axis - bottom)
            if a < low - 0.5 or b > high + 0.5:
                fail(field, f"a {layer.type} from {a / mm:g} to {b / mm:g} mm reaches outside the safe zone "
                            f"({low / mm:g} to {high / mm:g} mm): cutting may take it off")
            if start == "left":
                for fold in template.folds:
                    if a < fold + SAFE_FROM_FOLD and b > fold - SAFE_FROM_FOLD:
                        fail(field, f"a {layer.type} from {a / mm:g} to {b / mm:g} mm runs across the fold at "
                                    f"{fold / mm:g} mm (text keeps {SAFE_FROM_FOLD / mm:g} mm from a fold)")


SAFE_FROM_FOLD = 5 * PRINT_UNITS_PER_MM  # text keeps this far from a fold (canvas units)


def _span(values: dict, start: str, end: str, length: str) -> tuple[float, float]:
    if start in values and end in values:
        return values[start], values[end]
    if start in values:
        return values[start], values[start] + values[length]
    return values[end] - values[length], values[end]


def unit_px(template: Template) -> dict[str, float]:
    """px per unit for the template's numbers written with a unit (12mm, 9pt)."""
    per_inch = template.dpi
    return {"px": 1.0, "mm": per_inch / 25.4, "cm": per_inch / 2.54, "pt": per_inch / 72}
