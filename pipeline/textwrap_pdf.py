"""ReportLab paragraphs that break a group kept together (pipeline.textwrap_vi) at its no-break spaces
when the group alone is wider than a line, instead of cutting a syllable.

ReportLab's Paragraph never breaks at U+00A0, and with `splitLongWords` it cuts a word wider than the
line between two letters ("người lao đ|ộng"). `WordParagraph` lets such a paragraph break as if the
too-wide group's no-break spaces were ordinary spaces; every other group stays whole. It costs nothing
when no group is too wide (ReportLab counts the words it had to cut: `_splitLongWordCount`).
"""

from __future__ import annotations

import re
from typing import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from pipeline.textwrap_vi import NBSP

# ReportLab breaks at white space other than U+00A0 (reportlab.platypus.paragraph._wsc).
_GROUP = re.compile(r"(?:[^\s]|\u00a0)+")


def _pieces(frags: Sequence, texts: Sequence[str]) -> list[list[tuple[int, int, int]]]:
    """The words of the fragments' texts as (fragment index, start, end) pieces; a word with no space
    between two fragments ("**15**\u00a0năm") has a piece in each."""
    words: list[list[tuple[int, int, int]]] = []
    joined = False  # the previous fragment ended inside a word
    for index, (frag, text) in enumerate(zip(frags, texts)):
        if not text or hasattr(frag, "cbDefn") or getattr(frag, "lineBreak", False):
            joined = False
            continue
        for match in _GROUP.finditer(text):
            piece = (index, match.start(), match.end())
            if joined and match.start() == 0 and words:
                words[-1].append(piece)
            else:
                words.append([piece])
            joined = match.end() == len(text)
    return words


def relaxed_texts(frags: Sequence, texts: Sequence[str], limit: float) -> list[str]:
    """`texts` (one per fragment) with ordinary spaces for the no-break spaces of every word (across
    fragments) wider than `limit` points in its fragments' fonts; the others unchanged."""
    out = list(texts)
    for word in _pieces(frags, texts):
        if not any(NBSP in texts[i][a:b] for i, a, b in word):
            continue
        width = sum(stringWidth(texts[i][a:b], frags[i].fontName, frags[i].fontSize) for i, a, b in word)
        if width > limit:
            for i, a, b in word:
                out[i] = out[i][:a] + out[i][a:b].replace(NBSP, " ") + out[i][b:]
    return out


class WordParagraph(Paragraph):
    """A Paragraph whose too-wide no-break groups break at their no-break spaces (see the module doc)."""

    def breakLines(self, width):
        """ReportLab's line breaking; again with too-wide groups opened up when it had to cut a word.

        ReportLab replaces `self.frags` by its word list when a paragraph has several fragments (bold, or
        text around `&`, `<`, `>`), so the parsed fragments and their texts are kept and put back first.
        """
        kept = getattr(self, "_kept", None)
        if kept is None:
            if not all(hasattr(frag, "fontName") for frag in self.frags):  # already a word list: as ReportLab does
                return super().breakLines(width)
            kept = self._kept = (list(self.frags), [getattr(frag, "text", "") for frag in self.frags])
        frags, texts = kept
        lines = self._break_with(frags, texts, width)
        if not getattr(self, "_splitLongWordCount", 0):
            return lines
        narrowest = min(width) if isinstance(width, (list, tuple)) else width
        return self._break_with(frags, relaxed_texts(frags, texts, narrowest), width)

    def _break_with(self, frags: list, texts: list[str], width):
        """ReportLab's line breaking of the parsed fragments with these texts."""
        for frag, text in zip(frags, texts):
            if hasattr(frag, "text"):
                frag.text = text
        self.frags = list(frags)
        return super().breakLines(width)


def breakable(flowable):
    """`flowable`, when it is a plain ReportLab Paragraph, made a WordParagraph (the same object: the
    subclass only changes how lines break)."""
    if type(flowable) is Paragraph:
        flowable.__class__ = WordParagraph
    return flowable
