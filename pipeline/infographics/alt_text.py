"""Vietnamese alt text of an infographic: what it shows, in reading order, for the people who publish it.

Built from the laid-out plan, so it says only what the image shows (the summary is left out where the
layout left it out) and from the text's own fields, never from the wrapped lines.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.content import Campaign, Text
from pipeline.imaging.badge import LABELS as BADGE_LABELS
from pipeline.infographics.formats import LABELS
from pipeline.infographics.layout import Plan, website_label

_SENTENCE_END = (".", "!", "?", "…", ":", ";")


def sentence(words: str) -> str:
    """One sentence: whitespace collapsed, a full stop added unless it already ends a sentence."""
    words = re.sub(r"\s+", " ", words).strip()
    return words if not words or words.endswith(_SENTENCE_END) else words + "."


def alt_text(plan: Plan, campaign: Campaign, text: Text) -> str:
    """The alt text of the infographic `plan` draws: badge, title, the picture (where shown, as its `alt` says),
    summary (where shown), key figures, points, contacts and where the QR code leads, one sentence each, NFC."""
    shown = {item.field for item in plan.texts()}
    parts: list[str] = []
    if "priority badge" in shown:
        parts.append(BADGE_LABELS[text.priority].capitalize())
    parts.append(text.title)
    if text.image is not None and text.image.alt and any(item.kind == "image" and item.field == "image"
                                                          for item in plan.items):
        parts.append(f"Ảnh: {text.image.alt}")
    if "summary" in shown:
        parts.append(text.summary)
    parts += [f"{figure.value}: {figure.label}" for i, figure in enumerate(text.key_figures)
              if f"key_figures[{i}].value" in shown]
    parts += [point for i, point in enumerate(text.points) if f"points[{i}]" in shown]
    contacts = [campaign.organisation]
    if "address" in shown:
        contacts.append(f"địa chỉ {campaign.address}")
    if "hotline" in shown:
        contacts.append(f"{LABELS['hotline'].lower()} {campaign.hotline}")
    if "website" in shown:
        contacts.append(website_label(campaign.website))
    parts.append(", ".join(contacts))
    qr = next((item for item in plan.items if getattr(item, "kind", None) == "qr"), None)
    if qr is not None:
        parts.append(f"Mã QR dẫn tới {qr.data}")
    return unicodedata.normalize("NFC", " ".join(sentence(part) for part in parts))
