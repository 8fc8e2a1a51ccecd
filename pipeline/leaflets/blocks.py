"""Reusable content blocks as platypus Flowables, so the stacker measures them exactly as drawn."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from reportlab.lib.colors import CMYKColor
from reportlab.platypus import Flowable, Paragraph

from pipeline.content import KeyFigure
from pipeline.leaflets.geometry import MM
from pipeline.leaflets.typeset import (
    BULLET,
    Stacked,
    draw_stack,
    font,
    line_size,
    plain_markup,
    stack_height,
    style,
)
from pipeline.textwrap_pdf import breakable


def figure_columns(count: int, max_columns: int = 2) -> int:
    """How many columns a grid of `count` key figures uses (3 side by side only when allowed)."""
    if count <= 1:
        return 1
    if count == 3 and max_columns >= 3:
        return 3
    return min(2, max_columns)


@dataclass
class FigureColors:
    """Colours of a key-figure grid."""

    value: CMYKColor
    label: CMYKColor
    rule: CMYKColor


class KeyFigureGrid(Flowable):
    """Key figures in a grid: a short accent rule, the value large, its label below."""

    def __init__(self, figures: Sequence[KeyFigure], value_max_pt: float, label_pt: float, colors: FigureColors,
                 max_columns: int = 2, gap: float = 6 * MM, row_gap: float = 6 * MM, value_min_pt: float = 12.0):
        super().__init__()
        self.figures = list(figures)
        self.value_max_pt = value_max_pt
        self.value_min_pt = value_min_pt
        self.label_pt = label_pt
        self.colors = colors
        self.columns = figure_columns(len(self.figures), max_columns)
        self.gap = gap
        self.row_gap = row_gap
        self._rows: list[tuple[float, list[Paragraph]]] = []
        self.value_pt = value_max_pt

    def _column_width(self, width: float) -> float:
        return (width - self.gap * (self.columns - 1)) / self.columns

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Lay the grid out in `available_width`; returns (width, height)."""
        self.width = available_width
        column_width = self._column_width(available_width)
        # one value size for every figure of the grid, so they read as a set
        self.value_pt = min(line_size(f.value, "ExtraBold", column_width, self.value_max_pt, self.value_min_pt,
                                      f"key figure {f.value!r}", "its column")
                            for f in self.figures) if self.figures else self.value_max_pt
        label_style = style("figure-label", "Regular", self.label_pt, self.colors.label, leading=1.3)
        self._rows = []
        height = 0.0
        for start in range(0, len(self.figures), self.columns):
            labels = [breakable(Paragraph(plain_markup(f.label), label_style))  # a too-wide group breaks at a space
                      for f in self.figures[start:start + self.columns]]
            label_height = max(p.wrap(column_width, 1e6)[1] for p in labels)
            row_height = self._head_height() + label_height
            self._rows.append((row_height, labels))
            height += row_height
        height += self.row_gap * max(0, len(self._rows) - 1)
        self.height = height
        return available_width, height

    def _head_height(self) -> float:
        # accent rule, gap, value cap height, gap below the value
        return self._rule_thickness() + self.value_pt * 0.22 + self.value_pt * 0.74 + self.value_pt * 0.34

    def _rule_thickness(self) -> float:
        return max(1.4, self.value_pt * 0.05)

    def draw(self) -> None:
        """Draw the grid (called by drawOn with the origin at the bottom-left)."""
        canvas = self.canv
        column_width = self._column_width(self.width)
        top = self.height
        for row_index, (row_height, labels) in enumerate(self._rows):
            for column, label in enumerate(labels):
                figure = self.figures[row_index * self.columns + column]
                x = column * (column_width + self.gap)
                canvas.setFillColor(self.colors.rule)
                canvas.rect(x, top - self._rule_thickness(), self.value_pt * 0.75, self._rule_thickness(),
                            stroke=0, fill=1)
                baseline = top - self._rule_thickness() - self.value_pt * 0.22 - self.value_pt * 0.74
                canvas.setFillColor(self.colors.value)
                canvas.setFont(font("ExtraBold"), self.value_pt)
                canvas.drawString(x, baseline, figure.value)
                _, label_height = label.wrap(column_width, 1e6)
                label.drawOn(canvas, x, top - self._head_height() - label_height)
            top -= row_height + self.row_gap


POINTS_HEADING = "Điểm cần nhớ"


def figure_colors(palette) -> "FigureColors":
    """Key-figure colours of a campaign palette: primary values, grey labels, accent rules."""
    return FigureColors(palette.primary_color(), palette.grey, palette.accent_color())


def points_box(points: Sequence[str], size_pt: float, palette, padding: float = 5 * MM) -> "PointsBox":
    """The 'remember this' panel in a campaign palette's colours."""
    return PointsBox(POINTS_HEADING, points, size_pt, palette.black, palette.primary_color(), palette.accent_color(),
                     palette.primary_color(0.08), padding=padding)


class PointsBox(Flowable):
    """The text's points in a tinted box with a heading: the 'remember this' panel."""

    def __init__(self, heading: str, points: Sequence[str], size_pt: float, text_color: CMYKColor,
                 heading_color: CMYKColor, bullet_color: CMYKColor, background: CMYKColor, padding: float = 5 * MM):
        super().__init__()
        self.padding = padding
        self.background = background
        # Stacked (see _stack) makes these break between words only
        self.heading = Paragraph(plain_markup(heading), style("points-heading", "Bold", size_pt, heading_color,
                                                              leading=1.3))
        bullet_style = style("point", "Medium", size_pt, text_color, leading=1.36, left_indent=size_pt * 1.25,
                             bullet_color=bullet_color)
        self.items = [Paragraph(plain_markup(p), bullet_style, bulletText=BULLET) for p in points]
        self.size_pt = size_pt

    def _stack(self) -> list[Stacked]:
        gaps = [self.size_pt * (0.55 if index == 0 else 0.35) for index in range(len(self.items))]
        return [Stacked(self.heading)] + [Stacked(item, gap) for item, gap in zip(self.items, gaps)]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Measure the box in `available_width`."""
        self.width = available_width
        self.height = stack_height(self._stack(), available_width - 2 * self.padding) + 2 * self.padding
        return available_width, self.height

    def draw(self) -> None:
        """Draw the tinted box and its contents."""
        canvas = self.canv
        canvas.setFillColor(self.background)
        canvas.roundRect(0, 0, self.width, self.height, 2.2 * MM, stroke=0, fill=1)
        draw_stack(canvas, self._stack(), self.padding, self.height - self.padding, self.width - 2 * self.padding)


