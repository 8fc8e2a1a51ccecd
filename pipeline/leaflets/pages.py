"""Leaflet pages drawn from print templates (pipeline/templates/builtin/*.yaml, or a campaign's `templates/`).

The template decides the layout; this module keeps what print needs whatever a template says: CMYK through
the output profile, embedded fonts, PDF/X, crop and fold marks, the imprint shown whole, text inside the safe
zone and clear of folds, nothing under 7 pt (8 pt reversed), 4.5:1 contrast (the engine's), and every shrink,
drop or fallback recorded as a fit event and printed as a warning.
"""

from __future__ import annotations

import io
import logging
import math
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from pipeline.atomic import atomic_path
from pipeline.content import Campaign, Text
from pipeline.errors import RenderError
from pipeline.imaging.badge import priority_badge
from pipeline.imaging.colors import RGB, to_rgb
from pipeline.leaflets.colors import Palette, image_to_cmyk
from pipeline.leaflets.geometry import MM, sheet_geometry
from pipeline.leaflets.printing import (MIN_IMAGE_PPI, TARGET_IMAGE_PPI, binary_streams, build_moment, draw_marks,
                                       draw_qr, draw_vector_mark, imprint_line, media_info, new_canvas, save_pdf)
from pipeline.leaflets.settings import LeafletSettings
from pipeline.templates.engine import Data, LayoutError, Plan, solve
from pipeline.templates.model import PRINT_UNITS_PER_MM, Template, TemplateError, load_template
from pipeline.templates.pdf import MEASURER, PT, Body, Inks, Page, draw_plan, print_problems

log = logging.getLogger(__name__)


def print_template(campaign: Campaign, name: str) -> Template:
    """A print template for this campaign (its own `templates/` first); RenderError naming file, layer and field."""
    try:
        template = load_template(name, campaign.root)
    except (TemplateError, ValueError) as exc:
        raise RenderError(f"print template {name}: {exc}") from None
    if not template.is_print:
        raise RenderError(f"{template.path}: kind: the {name} template must be kind: print")
    return template


def trim_mm(template: Template) -> tuple[float, float]:
    """The template's trim size in mm."""
    return template.width / PRINT_UNITS_PER_MM, template.height / PRINT_UNITS_PER_MM


def size_cm(template: Template) -> str:
    """The trim size as the imprint states it ("14,8 × 21")."""
    return " × ".join(f"{v / 10:g}".replace(".", ",") for v in trim_mm(template))


def page_data(campaign: Campaign, text: Text | None, settings: LeafletSettings, product: str, template: Template,
              **fields) -> Data:
    """What a print template can bind: the text's fields (and its body), the campaign's contacts, the imprint."""
    badge = priority_badge(text.priority, campaign.brand.accent) if text is not None else None
    values = {
        "title": text.title if text else "", "summary": text.summary if text else "",
        "key_figures": list(text.key_figures) if text else [], "points": list(text.points) if text else [],
        "body": Body.of(text.body_plain, text.blocks) if text else "",
        "organisation": campaign.organisation, "name": campaign.name, "hotline": campaign.hotline,
        "website": campaign.website, "address": campaign.address or "",
        "link": campaign.qr_target(text) if text else campaign.website,
        "badge": badge.label if badge else "",
        "imprint": imprint_line(campaign, size_cm(template), settings.quantity_for(product), settings.imprint),
    }
    values.update(fields)
    aspect, is_mark, ink = _logo_facts(campaign.logo_asset)
    brand: dict[str, RGB] = {"primary": to_rgb(campaign.brand.primary), "accent": to_rgb(campaign.brand.accent)}
    return Data(values, brand, {"fill": badge.fill, "text": badge.text} if badge else None, aspect, is_mark, ink,
                text.id if text else product)


def _logo_facts(asset) -> tuple[float, bool, RGB | None]:
    """(aspect, is the drawn mark, average ink colour) of the campaign's logo, from the build's snapshot."""
    from pipeline.imaging.logo import load_logo, logo_ink

    if asset is None:
        return 1.0, True, None
    image = load_logo(asset)
    return image.width / image.height, False, logo_ink(image)


def lay_out(template: Template, data: Data) -> Plan:
    """The template laid out for `data`, and checked against the rules of print; RenderError when it cannot be."""
    try:
        plan = solve(template, data, MEASURER)
    except LayoutError as exc:
        raise RenderError(str(exc)) from None
    problems = print_problems(plan)
    if problems:
        raise RenderError(f"{data.label}: {template.path.name}: " + "; ".join(problems))
    if "imprint" in _bound(template) and not any(item.field == "imprint" for item in plan.items):
        raise RenderError(f"{data.label}: {template.path.name}: layers: the imprint (bind: imprint) was left out: "
                          "the law asks every leaflet to carry it")
    for event in plan.events:  # sizes in pt for people
        if event["event"] == "shrunk":
            event["size"], event["preferred"] = round(event["size"] * PT, 1), round(event["preferred"] * PT, 1)
            event["unit"] = "pt"
    return plan


def _bound(template: Template) -> set[str]:
    return {str(layer.get("bind", "")).split("|")[0].strip() for layer in template.all_layers().values()}


def fit_warnings(plans: list[Plan], label: str, product: str) -> list[str]:
    """The fit events of a product's pages as warnings naming the text, the product, the page and the element."""
    lines = []
    for plan in plans:
        where = f"{label} {product} ({plan.template.name})"
        shrunk = []
        for event in plan.events:
            if event["event"] == "dropped":
                lines.append(f"{where}: {event['layer']} left out ({event['reason']})")
            elif event["event"] == "shrunk":
                shrunk.append(f"{event['layer']} {event['size']:g} pt ({event['preferred']:g})")
            else:
                lines.append(f"{where}: {event['layer']}: {event['reason']}")
        if shrunk:
            lines.append(f"{where}: set below the preferred size: {', '.join(shrunk)}")
    return lines


@dataclass
class LogoDrawer:
    """Draws the campaign's logo (raster converted to CMYK at print resolution) or the vector mark."""

    campaign: Campaign
    palette: Palette

    def __call__(self, canvas, page: Page, item, under: RGB, inks: Inks) -> None:
        x, y, w, h = page.rect(item.box)
        logo = self.campaign.logo_asset
        plate = item.plate is not None or (logo is not None and tuple(under) != (255, 255, 255))
        if item.data == "mark" or logo is None:
            draw_vector_mark(canvas, self.palette, x + w / 2, y + h / 2, min(w, h))
            return
        if plate:  # a raster logo is flattened onto white paper: off white, on its white plate
            canvas.setFillColor(inks.color((255, 255, 255)))
            if abs(w - h) < 0.02 * max(w, h):
                canvas.circle(x + w / 2, y + h / 2, w / 2, stroke=0, fill=1)
                inset = w * 0.13
            else:
                canvas.roundRect(x, y, w, h, min(w, h) * 0.22, stroke=0, fill=1)
                inset = min(w, h) * 0.14
            x, y, w, h = x + inset, y + inset, w - 2 * inset, h - 2 * inset
        with Image.open(io.BytesIO(logo.data)) as image:
            source = image.convert("RGBA")
        ratio = source.width / source.height
        dw, dh = (w, w / ratio) if w / ratio <= h else (h * ratio, h)
        ppi = source.width / (dw / 72)
        if ppi < MIN_IMAGE_PPI:
            log.warning("logo %s has %d ppi at its printed size (%.0f mm wide); upsampled to %d ppi: give a larger "
                        "image for a sharp print", logo.rel_path, ppi, dw / MM, TARGET_IMAGE_PPI)
        size = (max(1, math.ceil(dw / 72 * TARGET_IMAGE_PPI)), max(1, math.ceil(dh / 72 * TARGET_IMAGE_PPI)))
        from reportlab.lib.utils import ImageReader

        picture = image_to_cmyk(source.resize(size, Image.Resampling.LANCZOS))
        canvas.drawImage(ImageReader(picture), x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)


def render_pages(campaign: Campaign, pages: list[tuple[Template, Data]], dest_path: Path | str,
                 settings: LeafletSettings, title: str, texts: tuple[Text, ...], product: str, label: str,
                 guides: bool = False, marks: bool | None = None, check: bool = True) -> dict:
    """Lay out and draw one PDF page per (template, data) into `dest_path` (atomically, then PDF/X); returns the
    manifest's media dict with the fit events and their warnings."""
    plans = []
    for template, data in pages:
        plans.append(lay_out(template, data) if check else solve(template, data, MEASURER))
    width, height = trim_mm(plans[0].template)
    marks = settings.marks if marks is None else marks
    sheet = sheet_geometry((width, height), marks, bleed_mm=plans[0].template.bleed / PRINT_UNITS_PER_MM)
    palette = Palette.from_brand(campaign.brand)
    inks = Inks(palette, {"primary": to_rgb(campaign.brand.primary), "accent": to_rgb(campaign.brand.accent)})
    logo = LogoDrawer(campaign, palette)
    with atomic_path(dest_path) as tmp_path, binary_streams():
        canvas = new_canvas(tmp_path, sheet, title, campaign, subject=campaign.name)
        for plan in plans:
            if trim_mm(plan.template) != (width, height):
                raise RenderError(f"{plan.template.path}: page.trim: every page of the {product} has the trim "
                                  f"{width:g} x {height:g} mm")
            draw_plan(canvas, plan, sheet, inks, logo, draw_qr_quiet, guides)
            if marks:
                draw_marks(canvas, sheet, tuple(f / PRINT_UNITS_PER_MM for f in plan.template.folds))
            canvas.showPage()
        save_pdf(canvas, settings, build_moment(campaign, texts))
        media = media_info(canvas, sheet, pages=len(plans))
    warnings = fit_warnings(plans, label, product)
    for line in warnings:
        log.warning("%s", line)
    media.update(templates=[plan.template.path.name for plan in plans],
                 fit=[{**event, "page": index + 1} for index, plan in enumerate(plans) for event in plan.events],
                 warnings=warnings)
    return media


def draw_qr_quiet(canvas, value: str, x: float, y: float, side: float, color) -> None:
    """The QR code inside its white square, with the quiet zone (four modules) kept inside the square."""
    from pipeline.leaflets.printing import qr_modules

    count = len(qr_modules(value))
    module = side / (count + 2 * 4)
    draw_qr(canvas, value, x + 4 * module, y + 4 * module, side - 8 * module, color)
