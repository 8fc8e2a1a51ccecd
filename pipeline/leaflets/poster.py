"""The optional A3 poster (297 x 420 mm) per text, drawn from its print template
(pipeline/templates/builtin/poster-a3.yaml: designed for A3, read from a few metres), or from the campaign's own
templates/poster-a3.yaml (`extends: builtin:poster-a3` to change only some of it).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.content import Campaign, Text
from pipeline.leaflets.settings import LeafletSettings

TEMPLATE = "poster-a3"


def render_poster(campaign: Campaign, text: Text, dest_path: Path | str, settings: LeafletSettings) -> dict:
    """Render the one-page A3 poster of `text`; returns the manifest's media dict (with its fit events)."""
    from pipeline.leaflets.pages import page_data, print_template, render_pages

    template = print_template(campaign, TEMPLATE, settings)
    return render_pages(campaign, [(template, page_data(campaign, text, settings, "poster", template))], dest_path,
                        settings, text.title, (text,), "poster", text.id)
