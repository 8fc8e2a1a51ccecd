"""Leaflet pages drawn from print templates (pipeline/templates/builtin/*.yaml, or a campaign's `templates/`).

The template decides the layout; this module keeps what print needs whatever a template says: CMYK through
the output profile, embedded fonts, PDF/X, crop and fold marks, the imprint shown whole, text inside the safe
zone and clear of folds, nothing under 7 pt (8 pt reversed), 4.5:1 contrast (the engine's), and every shrink,
drop or fallback recorded as a fit event and printed as a warning.
"""

from __future__ import annotations

import dataclasses
import functools
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
from pipeline.imaging.logo import logo_facts
from pipeline.leaflets.colors import Palette
from pipeline.leaflets.geometry import MM, sheet_geometry
from pipeline.leaflets.printing import (MIN_IMAGE_PPI, TARGET_IMAGE_PPI, binary_streams, build_moment, draw_image,
                                       draw_marks, draw_qr, draw_vector_mark, imprint_line, logo_cmyk, logo_pixels,
                                       media_info, new_canvas, save_pdf)
from pipeline.leaflets.settings import LeafletSettings
from pipeline.templates.engine import Data, LayoutError, Plan, event_lines, solve
from pipeline.templates.model import PRINT_DPI, PRINT_UNITS_PER_MM, Template, TemplateError, load_print_template
from pipeline.templates.pdf import MEASURER, PT, QR_QUIET_MODULES, Body, Inks, Page, draw_plan, print_problems

log = logging.getLogger(__name__)


def print_template(campaign: Campaign, name: str, settings: LeafletSettings | None = None) -> Template:
    """A print template for this campaign (its own `templates/` first); RenderError naming file, layer and field.

    With `settings`, its `body` style (the flyer's body, a tri-fold panel's summary) takes the size range of
    leaflets.max_body_pt and min_body_pt.
    """
    try:
        template = load_print_template(name, campaign.root)
    except (TemplateError, ValueError) as exc:
        raise RenderError(f"print template {name}: {exc}") from None
    body = template.styles.get("body")
    if settings is not None and body is not None:
        per_pt = PRINT_DPI / 72
        low = math.ceil(settings.min_body_pt * per_pt - 1e-6)
        sized = dataclasses.replace(body, size_max=max(low, math.floor(settings.max_body_pt * per_pt + 1e-6)),
                                    size_min=low)
        template = dataclasses.replace(template, styles={**template.styles, "body": sized})
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
        "image": (text.image or "") if text else "",
        "image_credit": text.image.credit_line if text is not None and text.image else "",
        "imprint": imprint_line(campaign, size_cm(template), settings.quantity_for(product), settings.imprint),
    }
    values.update(fields)
    aspect, is_mark, ink = logo_facts(campaign.logo_asset)
    brand: dict[str, RGB] = {"primary": to_rgb(campaign.brand.primary), "accent": to_rgb(campaign.brand.accent)}
    return Data(values, brand, {"fill": badge.fill, "text": badge.text} if badge else None, aspect, is_mark, ink,
                text.id if text else product)


def lay_out(template: Template, data: Data, at_most: float | None = None) -> Plan:
    """The template laid out for `data` (at a scale no larger than `at_most`, when given), and checked against the
    rules of print; RenderError when it cannot be."""
    try:
        plan = solve(template, data, MEASURER, at_most)
    except LayoutError as exc:
        message = str(exc)
        imprint = [layer.id for layer in template.all_layers().values()
                   if str(layer.get("bind", "")).split("|")[0].strip() == "imprint"]
        if any(f": {layer_id} does not fit" in message for layer_id in imprint):
            message += "; the imprint is leaflets.imprint of campaign.yaml: shorten its note or address"
        raise RenderError(message) from None
    problems = print_problems(plan)
    if problems:
        raise RenderError(f"{data.label}: {template.path.name}: " + "; ".join(problems))
    for event in plan.events:  # sizes in pt for people
        if event["event"] == "shrunk":
            event["size"], event["preferred"] = round(event["size"] * PT, 1), round(event["preferred"] * PT, 1)
            event["unit"] = "pt"
    return plan


def fit_warnings(plans: list[Plan], labels: list[str], product: str) -> list[str]:
    """The fit events of a product's pages as warnings naming the text, the product, the template and the element."""
    return [line for plan, label in zip(plans, labels)
            for line in event_lines(plan.events, f"{label} {product} ({plan.template.name})", "pt")]


@dataclass
class LogoDrawer:
    """Draws the campaign's logo (raster converted to CMYK at print resolution) or the vector mark."""

    campaign: Campaign
    palette: Palette

    def __call__(self, canvas, page: Page, item, under: RGB, inks: Inks) -> None:
        x, y, w, h = page.rect(item.box)
        logo = self.campaign.logo_asset
        mark = item.data == "mark" or logo is None
        # the engine asks for a plate where the logo would not stand out; a raster logo is flattened onto white
        # paper, so off white it always gets its plate
        plate = item.plate is not None or (not mark and tuple(under) != (255, 255, 255))
        if plate:  # a raster logo is flattened onto white paper: off white, on its white plate
            canvas.setFillColor(inks.color((255, 255, 255)))
            if abs(w - h) < 0.02 * max(w, h):
                canvas.circle(x + w / 2, y + h / 2, w / 2, stroke=0, fill=1)
                inset = w * 0.13
            else:
                canvas.roundRect(x, y, w, h, min(w, h) * 0.22, stroke=0, fill=1)
                inset = min(w, h) * 0.14
            x, y, w, h = x + inset, y + inset, w - 2 * inset, h - 2 * inset
        if mark:
            draw_vector_mark(canvas, self.palette, x + w / 2, y + h / 2, min(w, h))
            return
        source_px = _pixel_size(logo)
        ratio = source_px[0] / source_px[1]
        dw, dh = (w, w / ratio) if w / ratio <= h else (h * ratio, h)
        width_px, height_px, ppi = logo_pixels(source_px, dw, dh)
        if ppi < MIN_IMAGE_PPI:
            log.warning("logo %s has %d ppi at its printed size (%.0f mm wide); upsampled to %d ppi: give a larger "
                        "image for a sharp print", logo.rel_path, ppi, dw / MM, TARGET_IMAGE_PPI)
        draw_image(canvas, logo_cmyk(logo, width_px, height_px), x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)


@functools.lru_cache(maxsize=16)
def _pixel_size(asset) -> tuple[int, int]:
    """A logo's size in px, read once per logo (not on every page of every PDF)."""
    with Image.open(io.BytesIO(asset.data)) as image:
        return image.size


@dataclass
class Part:
    """A template laid out on a page: the whole page, or a panel `offset` (canvas units) from the left trim,
    clipped to `clip` (its own canvas units) so its colour stops just past the folds."""

    template: Template
    data: Data
    offset: float = 0.0
    clip: tuple[float, float, float, float] | None = None
    plan: Plan | None = None


def render_pages(campaign: Campaign, pages: list, dest_path: Path | str, settings: LeafletSettings, title: str,
                 texts: tuple[Text, ...], product: str, label: str, guides: bool = False, marks: bool | None = None,
                 check: bool = True, imprint: bool = True) -> dict:
    """Lay out and draw one PDF page per entry of `pages` (a (template, data) pair, or a list of Parts: the sheet
    first, then its panels) into `dest_path` (atomically, then PDF/X); returns the manifest's media dict with the
    fit events and their warnings."""
    sheets: list[list[Part]] = [[Part(*entry)] if isinstance(entry, tuple) else list(entry) for entry in pages]
    for parts in sheets:
        for part in parts:
            if part.plan is None:  # a part its product laid out already (the flyer's front) is not solved again
                part.plan = lay_out(part.template, part.data) if check else solve(part.template, part.data, MEASURER)
    if imprint and not any(item.field == "imprint" for parts in sheets for part in parts for item in part.plan.items):
        names = ", ".join(dict.fromkeys(f"{part.template.path.name}" for parts in sheets for part in parts))
        raise RenderError(f"{label}: the {product} shows no imprint ({names}): the law asks every leaflet to carry "
                          "it; keep a text layer with bind: imprint")
    width, height = trim_mm(sheets[0][0].template)
    marks = settings.marks if marks is None else marks
    sheet = sheet_geometry((width, height), marks, bleed_mm=sheets[0][0].template.bleed / PRINT_UNITS_PER_MM)
    palette = Palette.from_brand(campaign.brand)
    inks = Inks(palette, {"primary": to_rgb(campaign.brand.primary), "accent": to_rgb(campaign.brand.accent)})
    logo = LogoDrawer(campaign, palette)
    with atomic_path(dest_path) as tmp_path, binary_streams():
        canvas = new_canvas(tmp_path, sheet, title, campaign, subject=campaign.name)
        for parts in sheets:
            template = parts[0].template
            if trim_mm(template) != (width, height):
                raise RenderError(f"{template.path}: page.trim: every page of the {product} has the trim "
                                  f"{width:g} x {height:g} mm")
            for part in parts:
                draw_plan(canvas, part.plan, sheet, inks, logo, draw_qr_quiet, guides, part.offset, part.clip)
            if marks:
                draw_marks(canvas, sheet, tuple(f / PRINT_UNITS_PER_MM for f in template.folds))
            canvas.showPage()
        save_pdf(canvas, settings, build_moment(campaign, texts))
        media = media_info(canvas, sheet, pages=len(sheets))
    plans = [part.plan for parts in sheets for part in parts]
    pages_of = [index + 1 for index, parts in enumerate(sheets) for _ in parts]
    labels = [part.data.label if len(parts) > 1 else label for parts in sheets for part in parts]
    warnings = fit_warnings(plans, labels, product)
    for line in warnings:  # returned in media["warnings"]: the build reports them once, named by job
        log.debug("%s", line)
    media.update(templates=list(dict.fromkeys(plan.template.path.name for plan in plans)),
                 fit=[{**event, "page": page, "template": plan.template.name, "text": text}
                      for plan, page, text in zip(plans, pages_of, labels) for event in plan.events],
                 warnings=warnings, scale=min(plan.scale for plan in plans))
    return media


def draw_qr_quiet(canvas, value: str, x: float, y: float, side: float, color) -> None:
    """The QR code inside its white square, with the quiet zone (four modules) kept inside the square."""
    from pipeline.leaflets.printing import qr_modules

    count = len(qr_modules(value))
    module = side / (count + 2 * QR_QUIET_MODULES)
    quiet = QR_QUIET_MODULES * module
    draw_qr(canvas, value, x + quiet, y + quiet, side - 2 * quiet, color)


PREVIEW_DPI = 150


def preview_page(campaign: Campaign, text: Text, template: Template, out: Path, guides: bool) -> dict:
    """One print template for one text as a PNG (`preview`): the page with its bleed and crop marks, and with
    `guides` the trim, bleed, safe zone, folds and every layer's box; returns its facts (size, scale, warnings)."""
    import tempfile

    import pypdfium2

    from pipeline.leaflets.settings import LeafletSettings

    settings = LeafletSettings.from_mapping(campaign.section("leaflets"))
    product = next((p for p in ("poster", "trifold") if template.name.startswith(p)), "flyer")
    extra = {}
    if product == "trifold" and template.folds:  # a sheet: its cover lists the texts, as render_trifold does
        from pipeline.leaflets.trifold import MAX_TEXTS, cover_contents

        extra = {"key_figures": cover_contents(campaign.approved_texts[:MAX_TEXTS] or [text])}
    data = page_data(campaign, text, settings, product, template, number="01", **extra)
    with tempfile.TemporaryDirectory() as folder:
        pdf_path = Path(folder) / "preview.pdf"
        media = render_pages(campaign, [(template, data)], pdf_path, settings, text.title, (text,), product, text.id,
                             guides=guides, marks=True, imprint=False)
        document = pypdfium2.PdfDocument(str(pdf_path))
        try:
            image = document[0].render(scale=PREVIEW_DPI / 72).to_pil().convert("RGB")
        finally:
            document.close()
    with atomic_path(out) as tmp:
        image.save(tmp, format="PNG", compress_level=1)
    width, height = trim_mm(template)
    return {"size": image.size, "trim": f"{width:g} x {height:g} mm", "scale": media["scale"],
            "warnings": media["warnings"]}
