"""Where a Vietnamese line must not break (pure): ordinary spaces turned into U+00A0 NO-BREAK SPACE.

`keep_together` joins, with no-break spaces, what a reader must see on one line:
  - the digit groups of a phone number ("0912 345 678", "1900 9068", "(024) 3936 5678", "+84 912 345 678");
  - a dash between two times or numbers ("7h30 - 11h30", "8 - 10"), on both sides of the dash;
  - a number and the unit or counted word right after it ("15 năm", "2.000.000 đồng", "30 %");
  - a number written in words, by rule (`_number_gaps`: which word may follow which), with its unit
    ("mười hai", "hai mươi lăm", "một trăm", "ba nghìn người", "mười lăm năm", "2 triệu đồng");
  - "số", "Điều", "khoản", "ngày", "tháng", "năm", "quý", "chương", "mục", "thứ" (any case) and the number
    they introduce ("số 58", "Điều 2", "ngày 1/7/2025", "năm 2025");
  - the syllables of a word of two to four syllables ("lương hưu", "xã hội", "người lao động"): words
    from assets/words_vi.txt (extracted from pyvi's MIT word list) and assets/words_vi_extra.txt (the
    project's own), found by dictionary matching that covers the most syllables (`word_spans`).
Nothing else changes: the result differs from the input only where a space became U+00A0, so the words
extracted from what is typeset stay the same (U+00A0 is white space for str.split).
Line breakers that honour U+00A0: ReportLab's Paragraph, pipeline.imaging.text.wrap_lines and the clip
caption splitter (pipeline.clips.captions); each of them breaks a group at its no-break spaces when the
group alone is wider than a line, so joining never makes a text overflow. Where a text must fit a
fixed box and fits at no allowed size with its words whole, the fitting tries again `words_apart()`
(only the numbers, phones and ranges above kept together): a word is split only when nothing else fits.
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from contextvars import ContextVar
from pathlib import Path
from typing import Callable, Iterator, TypeVar

NBSP = "\u00a0"
DASHES = frozenset("-–—")

# Digit groups of a phone number: a leading "0" group, an area code in brackets, "+84", or a 1800/1900
# service number, then groups of 2-4 digits separated by single spaces (or no-break spaces).
_PHONE = re.compile(r"(?<![\w.,/])(?:\+\d{2,3}|\(0?\d{1,4}\)|0\d{1,4}|1[89]00)(?:[ \u00a0]\d{2,4})+(?![\w/])")
_PHONE_DIGITS = (7, 13)  # total digits of a plausible phone number (ranges of numbers are not phones)

_NUMBER = re.compile(r"^\(?\d[\d.,]*%?$")
_STARTS_WITH_DIGIT = re.compile(r"^[(\[]?\d")
_HAS_DIGIT = re.compile(r"\d")
_TRAILING_PUNCTUATION = ".,;:!?)]…\"'”’"

# Words that count or measure the number before them: a break between the two reads badly.
UNITS = frozenset("""
    % ‰ đồng đ vnđ vnd usd triệu tỷ tỉ nghìn ngàn trăm chục vạn
    năm tháng tuần ngày giờ tiếng phút giây buổi lần lượt đợt kỳ kì
    tuổi người hộ xã phường huyện tỉnh thôn bản
    km m cm mm kg g tấn lít ml ha m2 m² m³ độ °c
    bước mục trang tờ cuốn suất chiếc cái con
""".split()) | {unit.replace("_", " ") for unit in "gia_đình lao_động trẻ_em học_sinh".split()}
# Words that introduce a number ("số 58/2014/QH13", "Điều 2", "khoản 3", "ngày 1/7/2025", "năm 2025").
NUMBER_PREFIXES = frozenset(("số", "điều", "khoản", "ngày", "tháng", "năm", "quý", "chương", "mục", "thứ"))

# Numbers written in words ("mười hai", "hai mươi lăm", "một trăm", "ba nghìn", "2 triệu"): which word may
# follow which inside one number. A word list cannot hold them all; these few rules do.
DIGIT_WORDS = frozenset("một hai ba bốn năm sáu bảy bẩy tám chín".split())
SCALE_WORDS = frozenset("trăm nghìn ngàn vạn triệu tỷ tỉ".split())
_UNIT_DIGIT_WORDS = frozenset("lăm nhăm mốt tư".split())  # a units digit only after "mười"/"mươi"
_NUMBER_NEXT = {
    "digits": SCALE_WORDS,  # "2 triệu", "1,5 tỷ"
    "digit": frozenset({"mươi", "chục", "rưỡi"}) | SCALE_WORDS,
    "mười": DIGIT_WORDS | frozenset({"lăm", "nhăm", "rưỡi"}) | SCALE_WORDS,
    "mươi": DIGIT_WORDS | _UNIT_DIGIT_WORDS | SCALE_WORDS,
    "chục": DIGIT_WORDS | SCALE_WORDS,
    "scale": DIGIT_WORDS | SCALE_WORDS | frozenset({"mười", "linh", "lẻ", "không", "rưỡi"}),
    "linh": DIGIT_WORDS,
    "không": frozenset({"trăm"}),
    "unit": SCALE_WORDS,
}


WORD_LIST_PATH = Path(__file__).resolve().parents[1] / "assets" / "words_vi.txt"
EXTRA_WORDS_PATH = WORD_LIST_PATH.with_name("words_vi_extra.txt")
LONGEST_WORD = 4  # syllables
_OPENING_PUNCTUATION = "([\"'“‘"
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below (NFD)
# A syllable ending in one of these nuclei takes its tone on either vowel: "hoà"/"hòa", "thuỷ"/"thủy".
_MOVABLE_TONE = re.compile(r"(?<!q)(?:oa|oe|uy)$")
_SYLLABLE = re.compile(r"[^\s]+")
_WORDS_WHOLE: ContextVar[bool] = ContextVar("words_whole", default=True)
T = TypeVar("T")


def words_whole() -> bool:
    """Whether keep_together joins the syllables of words here (False inside `words_apart()`)."""
    return _WORDS_WHOLE.get()


@contextlib.contextmanager
def words_apart(apart: bool = True) -> Iterator[None]:
    """Within the block, keep_together leaves words breakable (for a text that fits no other way)."""
    token = _WORDS_WHOLE.set(not apart)
    try:
        yield
    finally:
        _WORDS_WHOLE.reset(token)


def apart_or_raise(retry: Callable[[], T], error: Exception) -> T:
    """`retry()` with words apart, when words were whole; else raise `error` (nothing else is left to try)."""
    if not words_whole():
        raise error
    with words_apart():
        return retry()


def tone_variants(word: str) -> set[str]:
    """`word` (NFC) in both tone placements of "oa", "oe", "uy" ("hoà bình", "hòa bình"), itself included."""
    variants = {word}
    for index, syllable in enumerate(word.split(" ")):
        decomposed = unicodedata.normalize("NFD", syllable)
        tones = [ch for ch in decomposed if ch in _TONES]
        bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
        if len(tones) != 1 or not _MOVABLE_TONE.search(bare.casefold()):
            continue
        for at in (len(bare) - 2, len(bare) - 1):
            moved = unicodedata.normalize("NFC", bare[:at + 1] + tones[0] + bare[at + 1:])
            variants |= {" ".join([*v.split(" ")[:index], moved, *v.split(" ")[index + 1:]]) for v in set(variants)}
    return variants


def read_word_list(path: Path, variants: bool = True) -> set[str]:
    """The words of a word list file: one a line, "#" comments, case-folded NFC (with `variants`: both tone
    placements; assets/words_vi.txt has them already)."""
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = " ".join(unicodedata.normalize("NFC", line).casefold().split())
        if word and not word.startswith("#"):
            words |= tone_variants(word) if variants else {word}
    return words


@functools.lru_cache(maxsize=None)
def vietnamese_words() -> frozenset[str]:
    """The words of 2-4 syllables that a line must not break inside (both word lists, read once); a
    "-" before an entry of words_vi_extra.txt takes that entry out."""
    extra = read_word_list(EXTRA_WORDS_PATH)
    removed = {word.lstrip("-").strip() for word in extra if word.startswith("-")}
    return frozenset((read_word_list(WORD_LIST_PATH, variants=False) | extra) - removed
                     - {word for word in extra if word.startswith("-")})


def _syllable_key(syllable: str) -> str:
    """A syllable as looked up in the word list: case-folded, closing and opening punctuation off."""
    return syllable.strip(_TRAILING_PUNCTUATION + _OPENING_PUNCTUATION).casefold()


def word_spans(syllables: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the listed words of 2-4 syllables in a run of syllables, not overlapping.

    Of the ways to read the run as listed words and single syllables, the one that covers the most
    syllables with words wins; between equals, the one whose words lie further right (Vietnamese puts a
    one-syllable head before its compound: "người | làm việc", "thì | có thể", "sáu tháng | một lần").
    A word does not run across punctuation: only its first syllable may open with "(" or a quote, only
    its last may close with "," or ".".
    """
    words = vietnamese_words()
    keys = [_syllable_key(s) for s in syllables]
    # A word may not go on past a syllable that closes with punctuation, nor take in one that opens with it.
    closes = [s[-1] in _TRAILING_PUNCTUATION for s in syllables]
    opens = [s[0] in _OPENING_PUNCTUATION for s in syllables]
    n = len(syllables)
    best = [0] * (n + 1)  # best[j]: most syllables covered by words in syllables[:j]
    choice = [1] * (n + 1)  # length of what ends at j in that reading (1: a lone syllable)
    for j in range(1, n + 1):
        best[j], choice[j] = best[j - 1], 1
        for length in range(2, min(LONGEST_WORD, j) + 1):
            if opens[j - length + 1] or closes[j - length]:
                break
            if " ".join(keys[j - length:j]) in words and length + best[j - length] >= best[j]:
                best[j], choice[j] = length + best[j - length], length
    spans, j = [], n
    while j > 0:
        if choice[j] > 1:
            spans.append((j - choice[j], j))
        j -= choice[j]
    return spans[::-1]


def _word_spaces(text: str) -> set[int]:
    """Offsets of the single ordinary spaces inside listed words (see `word_spans`)."""
    offsets: set[int] = set()
    run: list[re.Match[str]] = []
    for match in [*_SYLLABLE.finditer(text), None]:
        # Syllables one space (or no-break space) apart form a run; anything else ends it.
        if match is not None and run and text[run[-1].end():match.start()] in (" ", NBSP):
            run.append(match)
            continue
        for start, end in word_spans([m.group() for m in run]):
            offsets.update(m.end() for m in run[start:end - 1] if text[m.end()] == " ")
        run = [match] if match is not None else []
    return offsets


def _last_line(word: str) -> str:
    return word.rsplit("\n", 1)[-1]


def _first_line(word: str) -> str:
    return word.split("\n", 1)[0]


def _bare(word: str) -> str:
    """A word without the punctuation that may close it (and what follows a slash: "đồng/tháng"), lower-cased."""
    return word.split("/", 1)[0].rstrip(_TRAILING_PUNCTUATION).casefold()


def _phone_spaces(text: str) -> set[int]:
    """Offsets of the spaces inside phone numbers."""
    offsets: set[int] = set()
    for match in _PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group())
        if not _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]:
            continue
        offsets.update(match.start() + i for i, ch in enumerate(match.group()) if ch == " ")
    return offsets


def _number_class(word: str) -> str | None:
    """What part of a number `word` can be (a key of _NUMBER_NEXT, "rưỡi" for a closing half), else None."""
    if _NUMBER.match(word):
        return "digits"
    key = word.lstrip(_OPENING_PUNCTUATION).casefold()
    if key in DIGIT_WORDS:
        return "digit"
    if key in SCALE_WORDS:
        return "scale"
    if key in ("mười", "mươi", "chục", "không", "rưỡi"):
        return key
    if key in ("linh", "lẻ"):
        return "linh"
    return "unit" if key in _UNIT_DIGIT_WORDS else None


def _number_gaps(words: list[str]) -> set[int]:
    """Gaps inside a number written in words, and between such a number and its unit ("mười lăm năm",
    "hai mươi lăm tuổi", "2 triệu đồng", "ba nghìn người"): a number starts with a digit word, "mười" or
    digits, and goes on while each word may follow the one before (`_NUMBER_NEXT`) with no punctuation."""
    kept: set[int] = set()
    state: str | None = None  # the number class of words[i] while it is inside a number
    for i in range(len(words) - 1):
        before, after = _last_line(words[i]), _first_line(words[i + 1])
        if state is None:
            state = _number_class(before) if _number_class(before) in ("digits", "digit", "mười") else None
        if state is None or not before or not after or before[-1] in _TRAILING_PUNCTUATION \
                or after[0] in _OPENING_PUNCTUATION:
            state = None
            continue
        after_class = _number_class(after)
        if after_class and _syllable_key(after) in _NUMBER_NEXT.get(state, ()):
            kept.add(i)
            state = after_class if after[-1] not in _TRAILING_PUNCTUATION else None
            continue
        if state != "digits" and (_bare(after) in UNITS or (i + 2 < len(words) and
                                  f"{after.casefold()} {_bare(_first_line(words[i + 2]))}" in UNITS)):
            kept.add(i)  # digits and their unit are kept by _kept_gaps; a two-word unit there too
            if _bare(after) not in UNITS:
                kept.add(i + 1)
        state = None
    return kept


def _kept_gaps(words: list[str]) -> set[int]:
    """Indices of the gaps (gap i lies between words[i] and words[i + 1]) that must not break."""
    kept: set[int] = _number_gaps(words)
    for i in range(len(words) - 1):
        before, after = _last_line(words[i]), _first_line(words[i + 1])
        if not before or not after:
            continue
        # A dash between two times or numbers: "7h30 - 11h30" stays whole.
        if after in DASHES and i + 2 < len(words):
            following = _first_line(words[i + 2])
            if _HAS_DIGIT.search(before) and _STARTS_WITH_DIGIT.match(following):
                kept.update((i, i + 1))
        # A number and its unit: "15 năm", "2.000.000 đồng", "30 %".
        if _NUMBER.match(before) and _bare(after) in UNITS:
            kept.add(i)
        # Two-word units ("gia đình", "lao động") after a number.
        if (_NUMBER.match(before) and i + 2 < len(words)
                and f"{after.casefold()} {_bare(_first_line(words[i + 2]))}" in UNITS):
            kept.update((i, i + 1))
        # "số 58", "Điều 2", "khoản 3".
        if before.lstrip("([").casefold() in NUMBER_PREFIXES and _STARTS_WITH_DIGIT.match(after):
            kept.add(i)
    return kept


def keep_together(text: str) -> str:
    """`text` with U+00A0 instead of the ordinary spaces where a line must not break (see the module doc);
    the syllables of words are joined unless within `words_apart()`."""
    return _keep_together(text, words_whole())


@functools.lru_cache(maxsize=4096)
def _keep_together(text: str, whole_words: bool) -> str:
    if not text or " " not in text:
        return text
    parts = re.split(r"( +)", text)
    words = parts[0::2]
    kept = _kept_gaps(words)
    joined = _phone_spaces(text) | (_word_spaces(text) if whole_words else set())
    out: list[str] = []
    offset = 0
    for index, part in enumerate(parts):
        if index % 2 and ((index // 2) in kept or offset in joined):
            out.append(NBSP * len(part))
        else:
            out.append(part)
        offset += len(part)
    return "".join(out)


def break_apart(text: str) -> str:
    """The inverse: every U+00A0 back to an ordinary space (for output that must not carry them)."""
    return text.replace(NBSP, " ")
