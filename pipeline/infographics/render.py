"""Draw a laid-out template (pipeline.templates.engine.Plan) with Pillow and save it as a PNG (atomically)."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

from pipeline.atomic import atomic_path
from pipeline.content import Campaign, Text
from pipeline.imaging import shapes
from pipeline.imaging.icons import icon_image
from pipeline.imaging.logo import logo_image
from pipeline.imaging.pictures import cover
from pipeline.imaging.qr import qr_image
from pipeline.imaging.text import draw_text, load_font
from pipeline.infographics.alt_text import alt_text
from pipeline.infographics.layout import plan_infographic, template_for
from pipeline.infographics.settings import InfographicSettings
from pipeline.templates.engine import Placed, Plan, _intersect, event_lines

log = logging.getLogger(__name__)
GUIDE = (236, 0, 140)  # magenta, as layout guides are in design tools


def draw_plan(plan: Plan, campaign: Campaign, guides: bool = False) -> Image.Image:
    """Paint every item of `plan` onto a new RGB image (with each layer's box, name and the safe zone if `guides`)."""
    image = Image.new("RGB", (plan.width, plan.height), plan.background)
    draw_items(image, plan.items, campaign)
    if guides:
        _draw_guides(image, plan)
    return image


def draw_items(image: Image.Image, items: list[Placed], campaign: Campaign) -> None:
    """Paint `items` in order onto `image` (the clip cards draw their states item by item)."""
    draw = ImageDraw.Draw(image)
    for item in items:
        if item.kind == "rect":
            # clipped: only the part inside the clip layer's box, as the contrast check assumed (engine._under)
            box = _intersect(item.box, item.clip) if item.clip else item.box
            if box is not None:
                shapes.rounded_rectangle(image, box, item.radius, item.fill)
        elif item.kind == "ellipse":
            shapes.ellipse(image, item.box, item.fill, item.clip)
            if item.mark is not None:
                x0, y0, x1, y1 = item.box
                inset = (x1 - x0) * 0.2
                shapes.check_mark(image, (x0 + inset, y0 + inset, x1 - inset, y1 - inset), item.mark)
        elif item.kind == "text":
            x0, y0, x1, _ = item.box
            draw_text(draw, item.fitted, (x0, y0), item.color, item.align, x1 - x0)
        elif item.kind == "qr":
            _draw_qr(image, item)
        elif item.kind == "logo":
            _draw_logo(image, item, campaign)
        elif item.kind == "image":
            _draw_picture(image, item)
        elif item.kind == "icon":
            x0, y0, x1, _ = (round(v) for v in item.box)
            glyph = icon_image(item.data, x1 - x0, item.fill)
            image.paste(glyph, (x0, y0), glyph)


def _draw_qr(image: Image.Image, item: Placed) -> None:
    """The QR code (whole-pixel modules, quiet zone included) on white, corners rounded in the quiet zone only."""
    x0, y0, x1, y1 = (round(v) for v in item.box)
    size = min(x1 - x0, y1 - y0)
    picture = qr_image(item.data, size, dark=item.fill, light=(255, 255, 255))
    image.paste(picture, (x0, y0), shapes.rounded_mask(size, size, size * 0.08))


def _draw_logo(image: Image.Image, item: Placed, campaign: Campaign) -> None:
    """The logo in its box; on a white plate (a disc for a square logo) when the engine asked for one."""
    x0, y0, x1, y1 = item.box
    w, h = x1 - x0, y1 - y0
    if item.plate is not None:
        if abs(w - h) < 2:
            shapes.ellipse(image, item.box, item.plate)
            inset = w * 0.13
        else:
            shapes.rounded_rectangle(image, item.box, min(w, h) * 0.22, item.plate)
            inset = min(w, h) * 0.14
        x0, y0, x1, y1 = x0 + inset, y0 + inset, x1 - inset, y1 - inset
    brand = campaign.brand
    picture = _fitted_logo(campaign.logo_asset, max(1, round(x1 - x0)), max(1, round(y1 - y0)), brand.primary,
                           brand.accent)
    left = round(x0 + (x1 - x0 - picture.width) / 2)
    top = round(y0 + (y1 - y0 - picture.height) / 2)
    image.paste(picture, (left, top), picture)


@functools.lru_cache(maxsize=32)
def _fitted_logo(asset, width: int, height: int, primary, accent) -> Image.Image:
    """The logo (or drawn mark) fitted to a box, once per size: a build draws the same one on every image and
    a LANCZOS resize of a large logo cost a fifth of an image's CPU. Only pasted from, never changed."""
    return logo_image(asset, None, (width, height), primary, accent)


def _draw_picture(image: Image.Image, item: Placed) -> None:
    """A template's picture: `cover` fills the box (cropped to its centre), `contain` fits whole inside it."""
    x0, y0, x1, y1 = (round(v) for v in item.box)
    w, h = x1 - x0, y1 - y0
    if item.picture is not None:  # the text's picture: cropped around its focus point, opaque
        picture = cover(item.picture.image(), w, h, item.picture.focus).convert("RGBA")
        mask = picture.getchannel("A")
        if item.radius:
            mask = ImageChops.multiply(mask, shapes.rounded_mask(w, h, item.radius))
        image.paste(picture.convert("RGB"), (x0, y0), mask)
        return
    stat = Path(item.data).stat()
    picture = _fitted_picture(item.data, stat.st_mtime_ns, stat.st_size, w, h, item.align)
    left, top = x0 + (w - picture.width) // 2, y0 + (h - picture.height) // 2
    mask = picture.getchannel("A")
    if item.radius:
        rounded = shapes.rounded_mask(picture.width, picture.height, item.radius)
        mask = ImageChops.multiply(mask, rounded)
    image.paste(picture.convert("RGB"), (left, top), mask)


@functools.lru_cache(maxsize=32)
def _fitted_picture(path: str, mtime_ns: int, size: int, w: int, h: int, align: str) -> Image.Image:
    """A template's picture fitted to a box once per file version and size (only pasted from, never changed)."""
    from PIL import ImageOps

    picture = _read_picture(path, mtime_ns, size)
    if align == "contain":
        return ImageOps.contain(picture, (w, h), Image.Resampling.LANCZOS)
    return ImageOps.fit(picture, (w, h), Image.Resampling.LANCZOS)


@functools.lru_cache(maxsize=8)
def _read_picture(path: str, mtime_ns: int, size: int) -> Image.Image:
    """A template's picture decoded once per file version, as RGBA (a photo keeps its background)."""
    from pipeline.errors import RenderError
    from pipeline.imaging.logo import LOGO_MAX_PIXELS

    try:
        with Image.open(path) as picture:
            if picture.width * picture.height > LOGO_MAX_PIXELS:
                raise RenderError(f"{path}: {picture.width} x {picture.height} pixels, more than {LOGO_MAX_PIXELS:,}")
            return picture.convert("RGBA")
    except (OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise RenderError(f"{path}: cannot be read as an image ({exc})") from None


def _draw_guides(image: Image.Image, plan: Plan) -> None:
    """Each layer's box outlined with its id, and the template's safe zone dashed."""
    draw = ImageDraw.Draw(image)
    font = load_font("Bold", 18)
    top, right, bottom, left = plan.template.safe
    if any(plan.template.safe):
        x0, y0, x1, y1 = left, top, plan.width - right, plan.height - bottom
        for x in range(int(x0), int(x1), 24):
            draw.line((x, y0, min(x + 12, x1), y0), fill=GUIDE, width=2)
            draw.line((x, y1, min(x + 12, x1), y1), fill=GUIDE, width=2)
        for y in range(int(y0), int(y1), 24):
            draw.line((x0, y, x0, min(y + 12, y1)), fill=GUIDE, width=2)
            draw.line((x1, y, x1, min(y + 12, y1)), fill=GUIDE, width=2)
    boxes = dict(plan.boxes)
    for item in plan.items:  # repeat cells and their texts too
        if "[" in item.layer:
            boxes.setdefault(item.layer, item.box)
    for name, (x0, y0, x1, y1) in boxes.items():
        draw.rectangle((x0, y0, max(x0, x1 - 1), max(y0, y1 - 1)), outline=GUIDE, width=1)
        label_w = draw.textlength(name, font=font)
        draw.rectangle((x0, y0, x0 + label_w + 8, y0 + 22), fill=GUIDE)
        draw.text((x0 + 4, y0 + 1), name, font=font, fill=(255, 255, 255))


def fit_warnings(plan: Plan, text_id: str, format_name: str) -> list[str]:
    """The fit events as warnings naming the text, the product and the element (engine.event_lines)."""
    return event_lines(plan.events, f"{text_id} {format_name}", "px")


def render_infographic(campaign: Campaign, text: Text, format_name: str, dest_path: Path,
                       settings: InfographicSettings | None = None, guides: bool = False,
                       size: tuple[int, int] | None = None) -> dict:
    """Render one infographic PNG to `dest_path`; returns its media facts (width, height, format, mode, the
    template, the Vietnamese `alt_text` of what it shows and the `fit` events: what shrank, was left out or
    fell back).

    Settings default to the campaign's `infographics:` section; `size` is one of the template's `sizes:` (the
    same design on another canvas). Raises RenderError when the text cannot fit the format at legible sizes.
    """
    if settings is None:
        settings = InfographicSettings.from_mapping(campaign.section("infographics"), campaign.root)
    template = template_for(campaign, format_name)
    if size is not None:
        template = template.at(*size)
    plan = plan_infographic(campaign, text, format_name, show_summary=settings.show_summary, template=template)
    image = draw_plan(plan, campaign, guides)
    with atomic_path(dest_path) as tmp_path:
        image.save(tmp_path, format="PNG", compress_level=settings.compress_level)
    shown = format_name if size is None else f"{format_name} {size[0]}x{size[1]}"
    warnings = fit_warnings(plan, text.id, shown)
    for line in warnings:  # returned in media["warnings"]: the build reports them once, named by job
        log.debug("%s", line)
    return {"width": image.width, "height": image.height, "format": format_name, "mode": image.mode,
            "template": plan.template.path.name, "alt_text": alt_text(plan, campaign, text),
            "fit": plan.events, "warnings": warnings}
