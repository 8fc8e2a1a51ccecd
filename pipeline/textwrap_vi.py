"""Where a Vietnamese line must not break (pure): ordinary spaces turned into U+00A0 NO-BREAK SPACE.

`keep_together` joins, with no-break spaces, what a reader must see on one line:
  - the digit groups of a phone number ("0912 345 678", "1900 9068", "(024) 3936 5678", "+84 912 345 678");
  - a dash between two times or numbers ("7h30 - 11h30", "8 - 10"), on both sides of the dash;
  - a number and the unit or counted word right after it ("15 năm", "2.000.000 đồng", "30 %");
  - "số", "Điều", "khoản" (any case) and the number they introduce ("số 58", "Điều 2").
Nothing else changes: the result differs from the input only where a space became U+00A0, so the words
extracted from what is typeset stay the same (U+00A0 is white space for str.split).
Line breakers that honour U+00A0: ReportLab's Paragraph, pipeline.imaging.text.wrap_lines and the clip
caption splitter (pipeline.clips.captions).
"""

from __future__ import annotations

import re

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
# Words that introduce a number ("số 58/2014/QH13", "Điều 2", "khoản 3").
NUMBER_PREFIXES = frozenset(("số", "điều", "khoản"))


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


def _kept_gaps(words: list[str]) -> set[int]:
    """Indices of the gaps (gap i lies between words[i] and words[i + 1]) that must not break."""
    kept: set[int] = set()
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
    """`text` with U+00A0 instead of the ordinary spaces where a line must not break (see the module doc)."""
    if not text or " " not in text:
        return text
    parts = re.split(r"( +)", text)
    words = parts[0::2]
    kept = _kept_gaps(words)
    phone = _phone_spaces(text)
    out: list[str] = []
    offset = 0
    for index, part in enumerate(parts):
        if index % 2 and ((index // 2) in kept or offset in phone):
            out.append(NBSP * len(part))
        else:
            out.append(part)
        offset += len(part)
    return "".join(out)


def break_apart(text: str) -> str:
    """The inverse: every U+00A0 back to an ordinary space (for output that must not carry them)."""
    return text.replace(NBSP, " ")
