"""Text layout with Pillow's raqm engine: cached fonts, measuring, wrapping and fitting text into boxes.

Layout (what lines, what size, how tall) is computed without drawing, so it can be tested and reused;
`draw_text` only paints a `FittedText` that was laid out before.

Vietnamese words are syllables separated by spaces, so lines break only at spaces (never inside a
syllable). A no-break space (U+00A0) keeps two syllables together ("15\u00a0năm", "lương\u00a0hưu":
pipeline.textwrap_vi); `fit_text` splits words only when the text fits no allowed size with them whole.
"""

from __future__ import annotations

import functools
import io
import logging
import math
import re
import dataclasses
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont, features

from pipeline.fonts import font_path
from pipeline.textwrap_vi import keep_together, words_apart, words_whole

log = logging.getLogger(__name__)

_SPACES = re.compile(r"[ \t\r]+")
_WORD = re.compile(r"[^ \t\r]+")
_REFERENCE_SIZE = 200  # px at which per-character ink extents are measured
LANGUAGE = "vi"  # passed to raqm so the font's Vietnamese shaping (locl) applies


def raqm_available() -> bool:
    """True when Pillow was built with libraqm (needed for correct Vietnamese diacritic stacking)."""
    return bool(features.check("raqm"))


@functools.lru_cache(maxsize=None)
def unhinted_font_bytes(weight: str) -> bytes:
    """The campaign font file of `weight` with TrueType hinting switched off, as bytes (cached).

    Be Vietnam Pro carries heavy ttfautohint bytecode: with it FreeType takes about 20x longer to
    measure and 8x longer to draw a line. Hinting only snaps outlines to the pixel grid at small
    sizes, which images at display sizes do not need. A `prep` program that sets INSTCTRL
    (selector 1) makes FreeType skip every glyph program; outlines, metrics and advances are unchanged.
    """
    from fontTools.ttLib import TTFont, newTable
    from fontTools.ttLib.tables import ttProgram

    with TTFont(str(font_path(weight)), lazy=True) as font:
        program = ttProgram.Program()
        program.fromAssembly(["PUSHB[ ]", "1 1", "INSTCTRL[ ]"])
        prep = newTable("prep")
        prep.program = program
        font["prep"] = prep
        buffer = io.BytesIO()
        font.save(buffer)
    return buffer.getvalue()


@functools.lru_cache(maxsize=512)
def load_font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    """Be Vietnam Pro at `weight` ("Regular", "Bold"...) and `size` px, laid out by raqm (cached, unhinted)."""
    if not raqm_available():
        raise RuntimeError("Pillow has no raqm support: Vietnamese text would be laid out wrongly")
    if size < 1:
        raise ValueError(f"font size must be positive, got {size}")
    return ImageFont.truetype(io.BytesIO(unhinted_font_bytes(weight)), size,
                              layout_engine=ImageFont.Layout.RAQM)


@functools.lru_cache(maxsize=131072)
def text_length(font: ImageFont.FreeTypeFont, text: str) -> float:
    """Advance width in px of `text` set on one line in `font` (cached)."""
    return font.getlength(text, language=LANGUAGE)


@functools.lru_cache(maxsize=8192)
def _char_ink_top(weight: str, char: str) -> float:
    """Ink height above the baseline of one character, in em (stacked marks like "Ễ" reach 1.16 em)."""
    if not char.strip():
        return 0.0
    font = load_font(weight, _REFERENCE_SIZE)
    return -font.getbbox(char, anchor="ls", language=LANGUAGE)[1] / _REFERENCE_SIZE


def ink_top(weight: str, size: int, text: str) -> int:
    """Height in px of the ink above the baseline of `text` set in one line.

    Measured per character at a reference size and scaled (Pillow's getbbox of a whole line costs
    about a millisecond, and layout asks this for every candidate size); NFC Vietnamese letters are
    single glyphs, so a line's top is its tallest character's.
    """
    tallest = max((_char_ink_top(weight, char) for char in set(text)), default=0.0)
    return math.ceil(tallest * size)


@functools.lru_cache(maxsize=512)
def _font_cap_and_descent(font: ImageFont.FreeTypeFont) -> tuple[int, int]:
    """(cap height, descender) of a font in px."""
    cap = -font.getbbox("H", anchor="ls")[1]
    return cap, font.getmetrics()[1]


def _raw_words(line: str) -> list[str]:
    # str.split() would also split at U+00A0, which must keep its two syllables together.
    return [word for word in _SPACES.split(line) if word]


def split_words(text: str) -> list[list[str]]:
    """Paragraphs (split at hard line breaks) of words (split at ordinary spaces only)."""
    return [_raw_words(line) for line in text.split("\n")]


def _kept_words(paragraph: str, font: ImageFont.FreeTypeFont, max_width: float,
                broken: list[str] | None = None) -> list[tuple[str, str]]:
    """(word as measured and broken, word as given back) of one paragraph, what must stay together grouped.

    A group (a phone number, "7h30 - 11h30", "15 năm": pipeline.textwrap_vi.keep_together) is one word,
    its inner spaces U+00A0, unless it is wider than a whole line: then it breaks as ordinary words (and
    is added to `broken`, so a fitter can rather set the text smaller).
    """
    kept = keep_together(paragraph)  # same length: only spaces become U+00A0
    words: list[tuple[str, str]] = []
    for match in _WORD.finditer(kept):
        group, original = match.group(), paragraph[match.start():match.end()]
        if group != original and text_length(font, group) > max_width:
            words += [(word, word) for word in _raw_words(original)]
            if broken is not None and len(_raw_words(original)) > 1:
                broken.append(original)
        else:
            words.append((group, original))
    return words


WRAPS = ("greedy", "balanced", "no-orphans")


def _greedy(words: list[str], font: ImageFont.FreeTypeFont, max_width: float) -> list[str]:
    """First-fit line breaking of one paragraph; a word wider than `max_width` gets a line of its own."""
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if not current or text_length(font, candidate) <= max_width:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return lines


def _balanced(words: list[str], font: ImageFont.FreeTypeFont, max_width: float) -> list[str]:
    """The greedy line count, with lines as even as possible (the narrowest width giving that count)."""
    lines = _greedy(words, font, max_width)
    if len(lines) < 2:
        return lines
    widest_word = max(text_length(font, w) for w in words)
    lo, hi = max(widest_word, 1.0), float(max_width)
    if lo >= hi:
        return lines
    while hi - lo > 1.0:
        mid = (lo + hi) / 2
        if len(_greedy(words, font, mid)) <= len(lines):
            hi = mid
        else:
            lo = mid
    return _greedy(words, font, hi)


def _no_orphans(words: list[str], font: ImageFont.FreeTypeFont, max_width: float) -> list[str]:
    """Greedy lines, but a lone last word takes the previous line's last word with it when that fits."""
    lines = _greedy(words, font, max_width)
    if len(lines) >= 2 and " " not in lines[-1]:
        previous = lines[-2].split(" ")
        moved = f"{previous[-1]} {lines[-1]}"
        if len(previous) >= 3 and text_length(font, moved) <= max_width:
            lines[-2:] = [" ".join(previous[:-1]), moved]
    return lines


def wrap_lines(text: str, font: ImageFont.FreeTypeFont, max_width: float, wrap: str = "greedy") -> list[str]:
    """Break `text` into lines no wider than `max_width` px, at spaces only; "\n" forces a break.

    A single word wider than `max_width` is left on its own (too wide) line: the caller shrinks the
    font (see `fit_text`), because cutting a Vietnamese syllable would change its meaning.
    `wrap`: "greedy" (fill each line), "balanced" (same line count, lines as even as possible: titles)
    or "no-orphans" (greedy, but never one word alone on the last line when it can be helped).
    """
    return _wrap(text, font, max_width, wrap)[0]


def _wrap(text: str, font: ImageFont.FreeTypeFont, max_width: float, wrap: str) -> tuple[list[str], list[str]]:
    """wrap_lines, and the groups that had to break at their spaces (each wider than a line)."""
    breaker = {"greedy": _greedy, "balanced": _balanced, "no-orphans": _no_orphans}.get(wrap)
    if breaker is None:
        raise ValueError(f"unknown wrap {wrap!r}; one of {', '.join(WRAPS)}")
    lines: list[str] = []
    broken: list[str] = []
    for paragraph in text.split("\n"):
        # Lines break between kept words (see _kept_words) and are given back with the paragraph's own
        # characters: the spaces inside a group stay ordinary spaces in the lines.
        words = _kept_words(paragraph, font, max_width, broken)
        if not words:
            lines.append("")
            continue
        done = 0
        for line in breaker([group for group, _ in words], font, max_width):
            count = len(_raw_words(line))
            lines.append(" ".join(original for _, original in words[done:done + count]))
            done += count
    return lines, broken


@dataclass(frozen=True)
class FittedText:
    """A text laid out at one size: its lines and the block's measurements in px."""

    text: str
    weight: str
    size: int
    lines: tuple[str, ...]
    line_spacing: float
    line_height: int  # baseline to baseline
    width: float  # widest line
    top: int  # block top to first baseline (room for stacked diacritics of the first line)
    descent: int  # last baseline to block bottom
    height: int  # whole block
    words_whole: bool = True  # False: laid out within textwrap_vi.words_apart() (nothing else fitted)
    broken: tuple[str, ...] = ()  # groups ("bảy mươi lăm tuổi", a phone number) broken at their spaces
    kept_whole: tuple[str, ...] = ()  # groups that would have broken at the largest size: set smaller instead

    @property
    def font(self) -> ImageFont.FreeTypeFont:
        """The font the text was laid out in."""
        return load_font(self.weight, self.size)

    @property
    def line_count(self) -> int:
        """Number of lines."""
        return len(self.lines)


def layout_text(text: str, weight: str, size: int, max_width: float, line_spacing: float = 1.25,
                wrap: str = "greedy") -> FittedText:
    """Lay `text` out at exactly `size` px within `max_width` (lines may still be too wide: check `width`)."""
    font = load_font(weight, size)
    wrapped, broken = _wrap(text, font, max_width, wrap)
    lines = tuple(wrapped)
    cap, descent = _font_cap_and_descent(font)
    top = max(cap, ink_top(weight, size, lines[0]))
    line_height = round(size * line_spacing)
    width = max(text_length(font, line) for line in lines)
    height = top + (len(lines) - 1) * line_height + descent
    return FittedText(text, weight, size, lines, line_spacing, line_height, width, top, descent, height,
                      words_whole(), tuple(broken))


def text_fits(fitted: FittedText, box_w: float, box_h: float | None = None, max_lines: int | None = None) -> bool:
    """True when every line is within `box_w`, the block within `box_h` and the lines within `max_lines`."""
    if fitted.width > box_w:
        return False
    if box_h is not None and fitted.height > box_h:
        return False
    return max_lines is None or fitted.line_count <= max_lines


def fit_text(text: str, weight: str, box_w: float, box_h: float | None, max_size: int, min_size: int,
             line_spacing: float = 1.25, max_lines: int | None = None,
             wrap: str = "greedy", split_words: bool = True) -> FittedText | None:
    """The largest size in [min_size, max_size] at which `text` fits the box, or None if even `min_size` does not.

    `box_h` None means only `max_lines` (if given) limits the height. Words and groups (numbers in words
    with their unit, phone numbers: pipeline.textwrap_vi) stay whole at every size that allows it: a group
    wider than the line makes the text smaller (the result's `kept_whole` names it) rather than break.
    When no size does and `split_words`, groups wider than a line break at their spaces (`broken`), and
    then words too (the result's `words_whole` is then False).
    """
    fitted = _fit_text(text, weight, box_w, box_h, max_size, min_size, line_spacing, max_lines, wrap, True)
    if fitted is None and split_words:
        fitted = _fit_text(text, weight, box_w, box_h, max_size, min_size, line_spacing, max_lines, wrap, False)
        if fitted is None and words_whole():
            with words_apart():
                return _fit_text(text, weight, box_w, box_h, max_size, min_size, line_spacing, max_lines, wrap,
                                 False)
    return fitted


def _fit_text(text: str, weight: str, box_w: float, box_h: float | None, max_size: int, min_size: int,
              line_spacing: float, max_lines: int | None, wrap: str, keep_groups: bool = False) -> FittedText | None:
    """fit_text with the words as they are kept now (`keep_groups`: a layout breaking a group does not fit)."""
    if min_size > max_size:
        raise ValueError(f"min_size {min_size} > max_size {max_size}")

    largest: list[FittedText] = []

    def attempt(size: int) -> FittedText | None:
        fitted = layout_text(text, weight, size, box_w, line_spacing, wrap)
        largest[:] = largest or [fitted]
        return fitted if text_fits(fitted, box_w, box_h, max_lines) and not (keep_groups and fitted.broken) else None

    best = attempt(max_size)
    if best is not None:
        return best
    smallest = attempt(min_size)
    if smallest is None:
        return None
    # Fitting is monotonic in size (smaller glyphs never need more lines), so bisect.
    lo, hi = min_size, max_size  # lo fits, hi does not
    best = smallest
    while hi - lo > 1:
        mid = (lo + hi) // 2
        fitted = attempt(mid)
        if fitted is None:
            hi = mid
        else:
            lo, best = mid, fitted
    top = largest[0]
    if keep_groups and top.broken and text_fits(top, box_w, box_h, max_lines):
        # the largest size failed only because a group would break: that is why the text is smaller
        best = dataclasses.replace(best, kept_whole=top.broken)
    return best


def draw_text(target: ImageDraw.ImageDraw | Image.Image, fitted: FittedText, xy: tuple[float, float],
              fill, align: str = "left", box_width: float | None = None, top: int | None = None) -> None:
    """Paint `fitted` with its block's top-left at `xy`.

    `align` is "left", "center" or "right" within `box_width` (default: the block's own width).
    `top` overrides the block-top-to-baseline distance, to share a baseline with neighbouring blocks.
    """
    draw = ImageDraw.Draw(target) if isinstance(target, Image.Image) else target
    x, y = xy
    width = fitted.width if box_width is None else box_width
    anchor = {"left": "ls", "center": "ms", "right": "rs"}[align]
    line_x = {"left": x, "center": x + width / 2, "right": x + width}[align]
    baseline = y + (fitted.top if top is None else top)
    font = fitted.font
    for line in fitted.lines:
        draw.text((line_x, baseline), line, font=font, fill=fill, anchor=anchor, language=LANGUAGE)
        baseline += fitted.line_height
