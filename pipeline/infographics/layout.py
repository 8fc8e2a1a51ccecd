"""Infographic layout: a text and its campaign bound to the format's template, laid out by the engine."""

from __future__ import annotations


from pipeline.content import Campaign, Text
from pipeline.errors import RenderError
from pipeline.imaging.badge import priority_badge
from pipeline.imaging.colors import RGB, to_rgb
from pipeline.imaging.logo import logo_facts
from pipeline.templates.engine import Data, LayoutError, Plan, solve
from pipeline.templates.filters import website_label  # noqa: F401 - part of this module's interface
from pipeline.templates.model import Template, TemplateError, load_template
from pipeline.templates.pillow import PillowMeasurer

MEASURER = PillowMeasurer()


def template_for(campaign: Campaign, format_name: str) -> Template:
    """The format's template for this campaign (its own `templates/` first); RenderError when invalid."""
    try:
        return load_template(format_name, campaign.root)
    except (TemplateError, ValueError) as exc:
        raise RenderError(f"infographic format {format_name}: {exc}") from None


def text_data(campaign: Campaign, text: Text, show_summary: bool = True) -> Data:
    """What a template can bind for one text of a campaign."""
    badge = priority_badge(text.priority, campaign.brand.accent)
    aspect, is_mark, ink = logo_facts(campaign.logo_asset)
    fields = {
        "title": text.title, "summary": text.summary if show_summary else "",
        "key_figures": list(text.key_figures), "points": list(text.points),
        "organisation": campaign.organisation, "name": campaign.name, "hotline": campaign.hotline,
        "website": campaign.website, "address": campaign.address or "", "link": campaign.qr_target(text),
        "badge": badge.label if badge else "",
        "image": text.image or "", "image_credit": text.image.credit_line if text.image else "",
    }
    brand: dict[str, RGB] = {"primary": to_rgb(campaign.brand.primary), "accent": to_rgb(campaign.brand.accent)}
    return Data(fields, brand, {"fill": badge.fill, "text": badge.text} if badge else None, aspect, is_mark, ink,
                text.id)


def plan_infographic(campaign: Campaign, text: Text, format_name: str, show_summary: bool = True,
                     template: Template | None = None) -> Plan:
    """Lay out one infographic from its template; RenderError naming text, template and layer when it cannot."""
    template = template or template_for(campaign, format_name)
    try:
        return solve(template, text_data(campaign, text, show_summary), MEASURER)
    except LayoutError as exc:
        raise RenderError(str(exc)) from None
