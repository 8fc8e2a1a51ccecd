"""Infographic formats: pixel sizes and, per format, the layout data (margins, type scale, QR size)."""

from __future__ import annotations

from dataclasses import dataclass

FORMATS: dict[str, tuple[int, int]] = {
    "square": (1080, 1080),
    "portrait": (1080, 1350),
    "story": (1080, 1920),
    "landscape": (1920, 1080),
}
DEFAULT_FORMATS: tuple[str, ...] = ("portrait",)

# Fixed wording drawn on every infographic (the campaigns are Vietnamese).
LABELS = {
    "hotline": "Đường dây nóng",
    "scan": "Quét mã QR để xem chi tiết",
}


@dataclass(frozen=True)
class TextStyle:
    """How one kind of text is set: weight, size range (px) and how many lines it may take."""

    weight: str
    max_size: int
    min_size: int
    max_lines: int
    line_spacing: float = 1.25
    # Fewer lines read better: take up to this many lines if that costs at most 20 % of the size.
    preferred_lines: int | None = None
    wrap: str = "no-orphans"  # see pipeline.imaging.text.wrap_lines

    def size_at(self, scale: float) -> int:
        """The size for a layout scale: 0 gives `min_size`, 1 gives `max_size` (above 1 grows further)."""
        return round(self.min_size + scale * (self.max_size - self.min_size))


@dataclass(frozen=True)
class FormatLayout:
    """Everything that differs between formats: shape, margins, type scale, element sizes."""

    name: str
    width: int
    height: int
    kind: str  # "stack": header, body, footer one under the other; "columns": brand panel beside content
    margin: int  # outer margin left/right (and top/bottom inside bands)
    title: TextStyle
    summary: TextStyle
    lead: TextStyle  # the summary set large in the body when a text has neither key figures nor points
    value: TextStyle
    label: TextStyle
    point: TextStyle
    org: TextStyle  # organisation kicker in the header
    campaign: TextStyle  # campaign name under it
    footer_org: TextStyle
    footer_small: TextStyle
    hotline: TextStyle
    logo_px: int
    qr_px: int
    safe_top: int = 0  # extra room that platforms cover with their own controls (stories)
    safe_bottom: int = 0
    gap: int = 40  # between sections
    card_gap: int = 24
    card_pad: int = 28
    point_gap: int = 20
    panel_width: int = 0  # columns only: width of the brand panel
    point_columns: tuple[int, ...] = (1,)  # column counts to try for the points, preferred first
    header_pad: int = 56  # above the brand row and below the header's last text
    header_gap: int = 40  # brand row to the title's accent bar
    footer_pad: int = 36
    show_campaign_name: bool = True
    card_bar: bool = True  # short accent bar on top of each key figure card


def _styles(title: tuple[int, int, int], summary: tuple[int, int, int], value: tuple[int, int, int],
            label: tuple[int, int, int], point: tuple[int, int, int]) -> dict[str, TextStyle]:
    """The type scale of one format from (max, min, max_lines) triples."""
    return dict(
        title=TextStyle("ExtraBold", *title, line_spacing=1.18, preferred_lines=3,
                        wrap="balanced"),
        summary=TextStyle("Regular", *summary, line_spacing=1.4),
        lead=TextStyle("Medium", summary[0] + 16, summary[1] + 4, summary[2] + 2, line_spacing=1.4),
        value=TextStyle("ExtraBold", *value, line_spacing=1.08, preferred_lines=1,
                        wrap="balanced"),
        label=TextStyle("Medium", *label, line_spacing=1.3),
        point=TextStyle("Medium", *point, line_spacing=1.3),
        org=TextStyle("Bold", 26, 22, 1, line_spacing=1.2),
        campaign=TextStyle("Regular", 26, 22, 1, line_spacing=1.2),
        footer_org=TextStyle("Bold", 30, 24, 2, line_spacing=1.25),
        footer_small=TextStyle("Regular", 26, 22, 2, line_spacing=1.3),
        hotline=TextStyle("ExtraBold", 44, 32, 1, line_spacing=1.1),
    )


# Minimum sizes: body text (points, summary) >= 28 px and labels >= 26 px at 1080 px wide, which is
# about 10 pt on a phone showing the image full width; titles and big numbers >= 40 px.
LAYOUTS: dict[str, FormatLayout] = {
    "portrait": FormatLayout(
        "portrait", *FORMATS["portrait"], kind="stack", margin=72, logo_px=80, qr_px=176,
        **_styles(title=(80, 40, 4), summary=(34, 28, 4), value=(92, 44, 2), label=(30, 26, 3),
                  point=(36, 28, 2))),
    "square": FormatLayout(
        "square", *FORMATS["square"], kind="stack", margin=64, logo_px=60, qr_px=148, gap=28,
        card_pad=20, card_gap=20, point_gap=14, header_pad=40, header_gap=28, footer_pad=24,
        show_campaign_name=False, card_bar=False, point_columns=(1, 2),
        **_styles(title=(72, 40, 3), summary=(32, 28, 3), value=(84, 40, 2), label=(28, 26, 2),
                  point=(34, 28, 2))),
    "story": FormatLayout(
        "story", *FORMATS["story"], kind="stack", margin=80, logo_px=88, qr_px=208, safe_top=100,
        safe_bottom=110, gap=48, point_gap=24, header_pad=64, header_gap=44, footer_pad=44,
        **_styles(title=(96, 44, 5), summary=(38, 30, 5), value=(104, 48, 2), label=(32, 26, 3),
                  point=(40, 30, 3))),
    "landscape": FormatLayout(
        "landscape", *FORMATS["landscape"], kind="columns", margin=72, logo_px=80, qr_px=176,
        panel_width=780, point_columns=(1, 2),
        **_styles(title=(80, 40, 5), summary=(34, 28, 5), value=(92, 44, 2), label=(30, 26, 3),
                  point=(36, 28, 3))),
}


def layout_for(format_name: str) -> FormatLayout:
    """The layout data of a format; ValueError naming the known formats for an unknown one."""
    try:
        return LAYOUTS[format_name]
    except KeyError:
        raise ValueError(f"unknown infographic format {format_name!r}; one of {', '.join(FORMATS)}") from None
