"""The A5 flyer (tờ rơi), drawn from its print templates: front = title, summary, key figures
(pipeline/templates/builtin/flyer-front.yaml); back = body, points, imprint, contacts and QR (flyer-back.yaml).
A campaign changes either with its own templates/flyer-front.yaml or flyer-back.yaml (`extends:` allowed).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.content import Campaign, Text
from pipeline.leaflets.settings import LeafletSettings

FRONT, BACK = "flyer-front", "flyer-back"  # the templates of the flyer's two pages


def render_flyer(campaign: Campaign, text: Text, dest_path: Path | str, settings: LeafletSettings) -> dict:
    """Render the two-page A5 flyer of `text` from its templates (flyer-front, flyer-back) to `dest_path`;
    returns the manifest's media dict (with the fit events of both pages).

    The points the front shows (a text without key figures, when they fit there) are not repeated on the back.
    """
    from pipeline.leaflets.pages import Part, lay_out, page_data, print_template, render_pages

    front, back = print_template(campaign, FRONT, settings), print_template(campaign, BACK, settings)
    front_data = page_data(campaign, text, settings, "flyer", front)
    front_plan = lay_out(front, front_data)
    on_front = any(item.field and item.field.startswith("points[") for item in front_plan.items)
    back_data = page_data(campaign, text, settings, "flyer", back, **({"points": []} if on_front else {}))
    return render_pages(campaign, [[Part(front, front_data, plan=front_plan)], (back, back_data)], dest_path,
                        settings, text.title, (text,), "flyer", text.id)
