"""The content model every stage renders from: a campaign and its texts, already validated and NFC.

Renderers receive these objects and never read YAML or Markdown themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.broadcast import Broadcast

PRIORITIES = ("normal", "priority", "emergency")


@dataclass(frozen=True)
class Run:
    """A stretch of text in one weight (`**bold**` in the source)."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Block:
    """A paragraph or a bullet line of a text's body."""

    kind: str  # "paragraph" | "bullet"
    runs: tuple[Run, ...]

    @property
    def plain(self) -> str:
        """The block's text without markup."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class KeyFigure:
    """A big number of an infographic: `value` ("15 năm") and what it means (`label`)."""

    value: str
    label: str
    icon: str | None = None  # a name of the bundled icon set (pipeline.imaging.icons)


@dataclass(frozen=True)
class Text:
    """One approved (or not) campaign text: front matter fields plus the body."""

    id: str
    title: str
    summary: str
    body: str
    source_path: Path
    key_figures: tuple[KeyFigure, ...] = ()
    points: tuple[str, ...] = ()
    link: str | None = None
    priority: str = "normal"
    silent_clip: bool = False  # clips of this text carry no narration (cards timed by reading speed)
    broadcast: Broadcast | None = None  # when stations play it (days, times); None: any day
    image: Any = None  # pipeline.imaging.pictures.Picture: the text's picture (file, credit, focus), or None
    status: str | None = None
    approved_by: str | None = None
    approved_at: str | None = None
    approval: str | None = None
    signature: str | None = None  # `ed25519:<base64>` by the approver's key, when approvals are signed
    approval_seq: int | None = None  # the approval's sequence number (signed with it); None: before numbers
    content_hash: str | None = None  # the approval hash of the content as it is now
    refusal: str | None = None  # why it may not be built (draft, not approved, changed after approval)

    @property
    def buildable(self) -> bool:
        """True when the text is approved and unchanged since."""
        return self.refusal is None

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The body parsed into paragraphs and bullets."""
        return parse_body(self.body)

    @property
    def body_plain(self) -> str:
        """The body as plain text, one block a line (bullets without their dash)."""
        return "\n".join(block.plain for block in self.blocks)


@dataclass(frozen=True)
class Brand:
    """Brand colours (hex for screens, CMYK 0..1 for print when given) and the logo file."""

    primary: str = "#0B5FA5"
    accent: str = "#F5A623"
    primary_cmyk: tuple[float, float, float, float] | None = None
    accent_cmyk: tuple[float, float, float, float] | None = None
    logo: Path | None = None


@dataclass(frozen=True)
class Variant:
    """One locality the campaign is built for: its office replaces the campaign's on every asset."""

    id: str
    organisation: str
    hotline: str
    address: str
    website: str | None = None        # replaces the campaign website
    link: str | None = None           # where every QR code of the variant points (else text link / website)
    accent: str | None = None         # brand accent colour (#RRGGBB)
    station_name: str | None = None   # the stations feed's title

    def public_fields(self) -> dict[str, str]:
        """The fields that appear on the variant's assets (approval hash, review page)."""
        return {key: value for key, value in vars(self).items() if value is not None}


@dataclass(frozen=True)
class Campaign:
    """A campaign folder: its settings and every text in it (approved or not)."""

    root: Path
    name: str
    organisation: str
    hotline: str
    website: str
    brand: Brand
    texts: tuple[Text, ...]
    sections: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False, hash=False)
    address: str | None = None        # the office's address (a variant's), printed and spoken when given
    link: str | None = None           # a variant's QR target, over the texts' own links
    variant: str | None = None        # the id of the variant this campaign is, None for the campaign itself
    variants: tuple[Variant, ...] = ()
    approval_policy: Any = field(default=None, compare=False, hash=False)  # pipeline.approval.ApprovalPolicy in force
    campaign_approval: tuple[int, str] | None = None  # (seq, hash) of approval.yaml when signed and verified
    snapshot: Any = field(default=None, compare=False, hash=False)  # pipeline.snapshot.Snapshot: files as read

    def for_variant(self, variant: Variant) -> "Campaign":
        """This campaign as one variant builds it: the variant's office, contacts, accent and station name."""
        sections = dict(self.sections)
        if variant.station_name:
            sections["stations"] = {**self.section("stations"), "title": variant.station_name}
        brand = replace(self.brand, accent=variant.accent, accent_cmyk=None) if variant.accent else self.brand
        return replace(self, organisation=variant.organisation, hotline=variant.hotline, address=variant.address,
                       website=variant.website or self.website, link=variant.link, brand=brand,
                       sections=sections, variant=variant.id, variants=())

    @property
    def logo_asset(self) -> Any:
        """The logo as the build planned it (pipeline.snapshot.Asset: bytes and SHA-256), None without one."""
        from pipeline.snapshot import logo_asset

        return logo_asset(self)

    def section(self, name: str) -> dict[str, Any]:
        """The settings block `name` of campaign.yaml (audio, leaflets, infographics, clips...), or {}."""
        return dict(self.sections.get(name) or {})

    def qr_target(self, text: Text) -> str:
        """Where a text's QR code points: the variant's `link`, else the text's own, else the website."""
        return self.link or text.link or self.website

    @property
    def approved_texts(self) -> tuple[Text, ...]:
        """The texts a build renders, in campaign order."""
        return tuple(text for text in self.texts if text.buildable)

    @property
    def refused_texts(self) -> tuple[Text, ...]:
        """The texts a build refuses, each with its `refusal`."""
        return tuple(text for text in self.texts if not text.buildable)

    def text(self, text_id: str) -> Text:
        """The text with this id."""
        for text in self.texts:
            if text.id == text_id:
                return text
        raise KeyError(text_id)


_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)


def parse_runs(line: str) -> tuple[Run, ...]:
    """Split a line into runs at `**bold**` markers."""
    runs: list[Run] = []
    pos = 0
    for match in _BOLD.finditer(line):
        if match.start() > pos:
            runs.append(Run(line[pos:match.start()]))
        runs.append(Run(match.group(1), bold=True))
        pos = match.end()
    if pos < len(line):
        runs.append(Run(line[pos:]))
    return tuple(runs)


def parse_body(body: str) -> tuple[Block, ...]:
    """Parse a body: blank-line separated paragraphs; lines starting with "- " are bullets."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", parse_runs(" ".join(paragraph))))
            paragraph.clear()

    for raw in body.split("\n"):
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("- "):
            flush()
            blocks.append(Block("bullet", parse_runs(line[2:].strip())))
        else:
            paragraph.append(line)
    flush()
    return tuple(blocks)
