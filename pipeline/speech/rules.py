"""Written Vietnamese -> text a TTS engine (or a station announcer) reads out.

`prepare_script` runs ordered passes over each line. The order matters: codes that contain
digits and slashes (web addresses, document numbers, phone numbers, dates, times) are read before
plain numbers, and abbreviations are expanded before unknown acronyms are spelled out.
Every pass's output is words, so a later pass never re-reads an earlier one's work.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Mapping

from pipeline.speech.abbreviations import (
    acronym_pass,
    address_pass,
    body_pass,
    coded_pass,
    lexicon_pass,
    school_level_pass,
)
from pipeline.speech.amounts import house_number_pass, number_pass
from pipeline.speech.context import Context, capitalize_first, context_for, text_before, with_definitions
from pipeline.speech.definitions import find_definitions
from pipeline.speech.dates import date_pass, time_pass
from pipeline.speech.documents import document_pass
from pipeline.speech.lexicon import spell_letters
from pipeline.speech.numbers import number_to_words, roman_to_int
from pipeline.speech.phones import phone_pass, read_phone_number
from pipeline.speech.rates import PERIODS
from pipeline.speech.web import read_web_address, web_pass

__all__ = ["prepare_line", "prepare_script", "read_phone_number", "read_web_address"]

# A period after "/" makes the slash mean "per" even with no number before it ("đồng/tháng" in a table's
# heading); after a quantity the rate pass has read the slash already ("con/cháu" stays "or").
_PER_UNITS = "(?:" + "|".join(PERIODS) + ")"


# ---------------------------------------------------------------- markup
_BULLET = re.compile(r"^\s*(?:[-*+•●▪◦–—]|\u2022)\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(?=\D)")
# "I. MỤC ĐÍCH", "II. Nội dung": a section heading numbered in Roman, said "Phần một, ...". Not "X. Nghi Phong"
# (a commune: two capitalised words).
_ROMAN_HEADING = re.compile(r"^\s*([IVX]{1,4})[.)]\s+(?=([^\W\d_]+)(?:\s+([^\W\d_]+))?)")


def _strip_markup(line: str) -> str:
    """Remove Markdown that is not read: bold/italic markers, headings, bullet dashes."""
    line = _HEADING.sub("", line)
    line = _BULLET.sub("", line)
    # "1. Lương hưu" is an enumeration: said as "Một là, Lương hưu" on the radio.
    line = _NUMBERED.sub(lambda m: capitalize_first(number_to_words(int(m.group(1)))) + " là, ", line)
    line = _ROMAN_HEADING.sub(_roman_heading, line)
    line = line.replace("**", "").replace("__", "")
    return line


def _roman_heading(match: re.Match[str]) -> str:
    first, second = match.group(2), match.group(3) or ""
    heading = first.isupper() and len(first) > 1 or first[0].isupper() and not second[:1].isupper()
    try:
        number = roman_to_int(match.group(1))
    except ValueError:
        return match.group()
    return f"Phần {number_to_words(number)}, " if heading else match.group()


# ---------------------------------------------------------------- symbols and tidying
def _per_unit(match: re.Match[str]) -> str:
    """"đồng/tháng" -> "đồng mỗi tháng", but "ngày/tháng/năm sinh" (a form's fields) -> "ngày tháng năm sinh"."""
    unit = match.group(1)
    previous = re.search(r"([^\W\d_]*)\s*$", text_before(match)).group(1).casefold()
    if (previous, unit.casefold()) in {("ngày", "tháng"), ("tháng", "năm")}:
        return f" {unit}"
    return f" mỗi {unit}"


_SYMBOLS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(rf"\s*/\s*({_PER_UNITS})(?!\w)"), _per_unit),
    (re.compile(r"±|\+/-"), " cộng trừ "),
    (re.compile(r"(?<!\w)((?i:khoảng))\s*~\s*"), r"\1 "),  # "khoảng ~ 100": the sign says the word again
    (re.compile(r"<([^\W\d_][^<>]{0,40}?)>"), r" \1 "),  # "soạn V <số điện thoại>": what to type, not a comparison
    (re.compile(r"≈"), " xấp xỉ "),
    # "tệp có đuôi .apk": a file's extension after a space, "chấm a pê ca"
    (re.compile(r"(?<!\S)\.(apk|exe|pdf|docx?|xlsx?|zip|rar|jpg|png|mp3|mp4)(?!\w)", re.IGNORECASE),
     lambda m: " chấm " + spell_letters(m.group(1).upper()) + " "),
    (re.compile(r"≥|>="), " lớn hơn hoặc bằng "),
    (re.compile(r"≤|<="), " nhỏ hơn hoặc bằng "),
    (re.compile(r">"), " lớn hơn "),
    (re.compile(r"<"), " nhỏ hơn "),
    (re.compile(r"&"), " và "),
    (re.compile(r"%"), " phần trăm "),
    (re.compile(r"‰"), " phần nghìn "),
    (re.compile(r"@"), " a còng "),
    (re.compile(r"\+"), " cộng "),
    (re.compile(r"="), " bằng "),
    (re.compile(r"×|(?<=\s)x(?=\s)"), " nhân "),  # "22% x mức thu nhập": a lone x is a times sign
    (re.compile(r"~"), " khoảng "),
    (re.compile(r"°C"), " độ xê "),
    (re.compile(r"(?<!\w)(độ)\s+C(?!\w)"), r"\1 xê"),  # "39 độ C": the letter of Celsius, said
    (re.compile(r"°"), " độ "),
    (re.compile(r"\s*/\s*"), " hoặc "),
    (re.compile(r"(?:\.\.\.|…)(\s*)(\S?)"), lambda m: (". " if not m.group(2) or m.group(2).isupper() else ", ")
     + m.group(2)),
    (re.compile(r"\s*[(\[{]\s*"), ", "),
    (re.compile(r"\s*[)\]}]"), ", "),
    (re.compile(r"\s+[-–—]+\s+|\s*[–—]+\s*"), ", "),
    (re.compile(r"(?<=\w)-(?=\w)"), " "),
    (re.compile(r"[\"“”„«»‹›]|(?<!\w)['‘’]|['‘’](?!\w)"), " "),
    (re.compile(r"[*#_`|^\\•●▪◦-]"), " "),
]


def _symbol_pass(line: str) -> str:
    for pattern, replacement in _SYMBOLS:
        line = pattern.sub(replacement, line)
    return line


def _tidy(line: str) -> str:
    """Collapse spaces and stray punctuation left by the passes; end the line with a stop."""
    line = re.sub(r"\s+", " ", line).strip()
    line = re.sub(r"\s+([,.;:!?])", r"\1", line)
    line = re.sub(r",(?:\s*,)+", ",", line)
    line = re.sub(r":\s*,", ":", line)
    line = re.sub(r"[,:]\s*([.;!?])", r"\1", line)
    line = re.sub(r"([.;!?])\s*,", r"\1", line)
    line = re.sub(r"([,;:!?])(?=[^\W\d_])", r"\1 ", line)
    line = re.sub(r"^[\s,.;:]+", "", line)
    line = line.rstrip(" ,")
    if line and (line[-1].isalnum()):
        line += "."
    # Capital letter at the start of the line and of each sentence, as a reader expects.
    line = capitalize_first(line)
    return re.sub(r"([.!?]\s+)([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), line)


def prepare_line(line: str, ctx: Context) -> str:
    """All passes over one line of text."""
    line = _strip_markup(line)
    if not line.strip():
        return ""
    line = web_pass(line, ctx)
    line = coded_pass(line, ctx)
    line = document_pass(line, ctx)
    line = phone_pass(line)
    line = house_number_pass(line)
    line = date_pass(line, ctx)
    line = time_pass(line)
    line = number_pass(line)
    line = address_pass(line)
    line = school_level_pass(line)
    line = body_pass(line, ctx)
    line = lexicon_pass(line, ctx)
    line = acronym_pass(line)
    line = _symbol_pass(line)
    return _tidy(line)


def prepare_script(text: str, lexicon: Mapping[str, str] | None = None) -> str:
    """Turn written Vietnamese into what a TTS engine should read aloud (no digits, codes or symbols left).

    `lexicon` adds or overrides abbreviations of the bundled assets/lexicon.yaml (a campaign's own); an
    abbreviation the text defines itself ("Ban Quản lý dự án (BQLDA)") is read as the text defines it.
    Lines are kept (paragraphs stay paragraphs); each ends with a stop so engines pause there.
    """
    ctx = context_for(lexicon)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # An abbreviation the text defines ("Ban Quản lý dự án (BQLDA)") is read as defined on every line.
    ctx = with_definitions(ctx, find_definitions(text, ctx.lexicon))
    lines = [prepare_line(line, ctx) for line in text.split("\n")]
    script = "\n".join(lines)
    script = re.sub(r"\n{3,}", "\n\n", script).strip()
    return unicodedata.normalize("NFC", script)
