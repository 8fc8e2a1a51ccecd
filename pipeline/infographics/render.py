"""Draw an infographic plan with Pillow and save it as a PNG (atomically)."""

from __future__ import annotations

import logging
from pathlib import Path

from PIL import Image, ImageDraw

from pipeline.atomic import atomic_path
from pipeline.content import Campaign, Text
from pipeline.imaging import shapes
from pipeline.imaging.logo import logo_image
from pipeline.imaging.qr import qr_image
from pipeline.imaging.text import draw_text
from pipeline.infographics.alt_text import alt_text
from pipeline.infographics.layout import CircleItem, PictureItem, Plan, RectItem, TextItem, plan_infographic
from pipeline.infographics.settings import InfographicSettings

log = logging.getLogger(__name__)


def draw_plan(plan: Plan, campaign: Campaign) -> Image.Image:
    """Paint every item of `plan` onto a new RGB image."""
    image = Image.new("RGB", (plan.width, plan.height), plan.background)
    draw = ImageDraw.Draw(image)
    for item in plan.items:
        if isinstance(item, RectItem):
            shapes.rounded_rectangle(image, item.box, item.radius, item.fill)
        elif isinstance(item, CircleItem):
            shapes.ellipse(image, item.box, item.fill, item.clip)
            if item.mark is not None:
                x0, y0, x1, y1 = item.box
                inset = (x1 - x0) * 0.2
                shapes.check_mark(image, (x0 + inset, y0 + inset, x1 - inset, y1 - inset), item.mark)
        elif isinstance(item, TextItem):
            draw_text(draw, item.fitted, (item.x, item.y), item.fill, item.align, item.box_width, item.top)
        elif isinstance(item, PictureItem):
            _draw_picture(image, item, plan, campaign)
    return image


def _draw_picture(image: Image.Image, item: PictureItem, plan: Plan, campaign: Campaign) -> None:
    """The QR code (whole-pixel modules, quiet zone included) or the logo, centred in the item's box."""
    x0, y0, x1, y1 = (round(v) for v in item.box)
    size = min(x1 - x0, y1 - y0)
    if item.kind == "qr":
        picture = qr_image(item.data, size, dark=plan.palette.qr_dark, light=(255, 255, 255))
        # Rounded corners cut only into the quiet zone (at least 4 modules wide), never the code.
        image.paste(picture, (x0, y0), shapes.rounded_mask(size, size, size * 0.08))
        return
    picture = logo_image(campaign.logo_asset, None, (x1 - x0, y1 - y0), plan.palette.primary,
                         plan.palette.accent)
    left = x0 + (x1 - x0 - picture.width) // 2
    top = y0 + (y1 - y0 - picture.height) // 2
    image.paste(picture, (left, top), picture)


def render_infographic(campaign: Campaign, text: Text, format_name: str, dest_path: Path,
                       settings: InfographicSettings | None = None) -> dict:
    """Render one infographic PNG to `dest_path`; returns its media facts (width, height, format, mode and
    the Vietnamese `alt_text` of what it shows).

    Settings default to the campaign's `infographics:` section. Raises RenderError when the text
    cannot fit the format at legible sizes.
    """
    if settings is None:
        settings = InfographicSettings.from_mapping(campaign.section("infographics"))
    plan = plan_infographic(campaign, text, format_name, show_summary=settings.show_summary)
    image = draw_plan(plan, campaign)
    with atomic_path(dest_path) as tmp_path:
        image.save(tmp_path, format="PNG", compress_level=settings.compress_level)
    log.debug("%s: %s infographic at scale %.2f -> %s", text.id, format_name, plan.scale, dest_path)
    return {"width": image.width, "height": image.height, "format": format_name, "mode": image.mode,
            "alt_text": alt_text(plan, campaign, text)}
