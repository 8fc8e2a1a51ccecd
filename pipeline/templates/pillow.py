"""The Pillow (raqm) text measurer of the layout engine: Vietnamese words kept whole (pipeline.imaging.text)."""

from __future__ import annotations

import functools

from pipeline.fonts import missing_characters
from pipeline.imaging.text import FittedText, fit_text
from pipeline.templates.model import Style
from pipeline.textwrap_vi import words_whole


class PillowMeasurer:
    """Measures and wraps text with Be Vietnam Pro through Pillow's raqm layout."""

    def fit(self, content: str, style: Style, width: float, height: float | None, size: int,
            split_words: bool = True) -> FittedText | None:
        """The largest size from `size` down to the style's smallest at which `content` fits (see engine.Measurer);
        `split_words=False` never breaks a word (the engine tries that first, at every scale).

        With `preferred_lines`, fewer lines win when they cost at most 20 % of the size (a title on three
        lines reads better than on four at a hair larger).
        """
        return _fit(content, style, width, height, size, split_words, words_whole())

    def explain(self, content: str, style: Style, width: float, height: float | None = None) -> str:
        """Why `content` fits no size of the style: a word wider than the column, or too many lines."""
        from pipeline.imaging.text import layout_text, load_font, split_words, text_length

        font = load_font(style.weight, int(style.size_min))
        too_wide = [word for words in split_words(content) for word in words if text_length(font, word) > width]
        if too_wide:
            return f"the word {too_wide[0]!r} is wider than the {int(width)} px column"
        smallest = layout_text(content, style.weight, int(style.size_min), width, style.leading, style.wrap)
        return f"needs {smallest.line_count} lines, room for {style.max_lines}"

    def missing(self, content: str, weight: str) -> list[str]:
        """Characters Be Vietnam Pro cannot draw."""
        return list(missing_characters(content, weight))


@functools.lru_cache(maxsize=4096)
def _fit(content: str, style: Style, width: float, height: float | None, size: int, split_words: bool,
         whole: bool) -> FittedText | None:
    """PillowMeasurer.fit, once per text, style, box and size: the bisection over scales asks again for what it
    measured, and the footer's texts are the same on every image. `whole`: textwrap_vi's mode, part of the key."""
    low = int(style.size_min)
    size = max(low, size)
    if style.preferred_lines and (style.max_lines is None or style.preferred_lines < style.max_lines):
        fewer = fit_text(content, style.weight, width, height, size, max(low, round(size * 0.8)), style.leading,
                         style.preferred_lines, style.wrap, split_words=False)
        if fewer is not None:
            return fewer
    return fit_text(content, style.weight, width, height, size, low, style.leading, style.max_lines, style.wrap,
                    split_words=split_words)
