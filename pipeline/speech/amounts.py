"""Numbers with words around them: amounts, units, percentages, ranges, ordinals, months, Roman numerals."""

from __future__ import annotations

import re

from pipeline.speech.context import NUM, NUM_END, NUM_START, pad
from pipeline.speech.numbers import (
    month_to_words,
    number_to_words,
    ordinal_to_words,
    read_digits,
    roman_to_int,
    written_number_to_words,
)

_UNITS = {
    "km²": "ki lô mét vuông", "km2": "ki lô mét vuông", "m²": "mét vuông", "m2": "mét vuông",
    "kg": "ki lô gam", "km": "ki lô mét", "cm": "xăng ti mét", "mm": "mi li mét", "ha": "héc ta",
    "m": "mét", "kWh": "ki lô oát giờ", "kW": "ki lô oát",
}

# "T2-T6": weekdays (thứ hai ... thứ bảy) as written on opening hours.
_WEEKDAY_RANGE = re.compile(r"(?<!\w)T([2-7])\s*[-–—]\s*T([2-7])(?!\w)")
_WEEKDAY = re.compile(r"(?<!\w)T([2-7])(?!\w)")
# "Q.1", "P.5": quận and phường with their number (a dotted letter alone stays a letter).
_DISTRICT = re.compile(r"(?<!\w)([QP])\.\s?(\d{1,2})(?!\d)")
_DISTRICT_WORDS = {"Q": "quận", "P": "phường"}
# "2 triệu/1 con": a slash before "1" and a word means "per".
_PER_ONE = re.compile(r"\s*/\s*1\s+(?=[^\W\d_])")
# Units said after a number; a range "5-10%" or "1-2 triệu đ" keeps the unit of its second number.
_SUFFIX_WORDS = {
    "%": "phần trăm", "₫": "đồng", "đ": "đồng", "VNĐ": "đồng", "VND": "đồng", "vnđ": "đồng", "vnd": "đồng",
    "USD": "đô la Mỹ", "k": "nghìn", **_UNITS,
}
_SUFFIX = "|".join(sorted(map(re.escape, _SUFFIX_WORDS), key=len, reverse=True))
_RANGE = re.compile(rf"{NUM_START}({NUM})\s*[-–—]\s*({NUM}){NUM_END}(?:\s?({_SUFFIX})(?![\w²]))?(?![/]\d)")
_ORDINAL = re.compile(r"(?<!\w)(thứ)\s+(\d{1,3})(?![\d.,/]\d|\d)", re.IGNORECASE)
_MONTH = re.compile(r"(?<!\w)(tháng)\s+(\d{1,2})(?![\d/]|[.,]\d)", re.IGNORECASE)
# Roman numerals only after the words that take them, and only I, V, X ("Phần C" is a letter).
_ROMAN_AFTER = re.compile(
    r"(?<!\w)((?i:khóa|khoá|chương|phần|mục|quý|vùng|đại hội|thế kỷ|kỳ|lần|phụ lục))\s+([IVX]+)(?!\w)"
)
_CURRENCY = re.compile(rf"{NUM_START}({NUM})\s?(₫|đồng|đ|VNĐ|VND|vnđ|vnd){NUM_END}(?!\w)")
_DOLLARS_BEFORE = re.compile(rf"(?<!\w)(?:\$|US\$)\s?({NUM}){NUM_END}")
_DOLLARS_AFTER = re.compile(rf"{NUM_START}({NUM})\s?(?:USD|\$)(?!\w)")
_PERCENT = re.compile(rf"{NUM_START}({NUM})\s?%")
_THOUSANDS_K = re.compile(rf"{NUM_START}({NUM})k(?!\w)")
_UNIT = re.compile(
    rf"{NUM_START}({NUM})\s?({'|'.join(sorted(map(re.escape, _UNITS), key=len, reverse=True))})(?![\w²])"
)
_FRACTION = re.compile(rf"{NUM_START}({NUM})\s?/\s?({NUM}){NUM_END}(?![/.,]\d)")
_LONG_DIGITS = re.compile(r"(?<![\d.,])\d{9,}(?![\d])")
_ANY_NUMBER = re.compile(rf"{NUM_START}{NUM}{NUM_END}")
_STRAY_DIGITS = re.compile(r"\d{1,8}")


def _amount(written: str) -> str:
    """An amount where "0.03" typed the English way means a decimal, not a version number."""
    if re.fullmatch(r"\d+\.\d{1,2}", written):
        written = written.replace(".", ",")
    return written_number_to_words(written)


def _read_long_digits(match: re.Match[str]) -> str:
    # Nine or more digits with no separators are an identifier (CCCD, account, code), not an amount.
    digits = match.group()
    groups = [digits[i:i + 3] for i in range(0, len(digits), 3)]
    if len(groups[-1]) == 1:
        groups[-2:] = [groups[-2] + groups[-1]]
    return pad(", ".join(read_digits(group) for group in groups))


def number_pass(line: str) -> str:
    line = _WEEKDAY_RANGE.sub(lambda m: pad(f"thứ {_ordinal_tail(int(m.group(1)))} đến thứ "
                                             f"{_ordinal_tail(int(m.group(2)))}"), line)
    line = _WEEKDAY.sub(lambda m: pad(f"thứ {_ordinal_tail(int(m.group(1)))}"), line)
    line = _DISTRICT.sub(lambda m: pad(f"{_DISTRICT_WORDS[m.group(1)]} {number_to_words(int(m.group(2)))}"), line)
    line = _PER_ONE.sub(" mỗi ", line)
    line = _RANGE.sub(_range, line)
    line = _ORDINAL.sub(lambda m: pad(m.group(1) + " " + _ordinal_tail(int(m.group(2)))), line)
    line = _MONTH.sub(lambda m: _month(m), line)
    line = _ROMAN_AFTER.sub(_roman, line)
    line = _CURRENCY.sub(lambda m: pad(f"{_amount(m.group(1))} đồng"), line)
    line = _DOLLARS_BEFORE.sub(lambda m: pad(f"{_amount(m.group(1))} đô la Mỹ"), line)
    line = _DOLLARS_AFTER.sub(lambda m: pad(f"{_amount(m.group(1))} đô la Mỹ"), line)
    line = _PERCENT.sub(lambda m: pad(f"{_amount(m.group(1))} phần trăm"), line)
    line = _THOUSANDS_K.sub(lambda m: pad(f"{_amount(m.group(1))} nghìn"), line)
    line = _UNIT.sub(lambda m: pad(f"{_amount(m.group(1))} {_UNITS[m.group(2)]}"), line)
    line = _FRACTION.sub(lambda m: pad(f"{_amount(m.group(1))} trên {_amount(m.group(2))}"), line)
    line = _LONG_DIGITS.sub(_read_long_digits, line)
    line = _ANY_NUMBER.sub(lambda m: pad(written_number_to_words(m.group())), line)
    # Whatever digits are left sit in odd punctuation (".5", "a,4"): still never hand a digit to an engine.
    return _STRAY_DIGITS.sub(lambda m: pad(number_to_words(int(m.group()))), line)


def _range(match: re.Match[str]) -> str:
    unit = _SUFFIX_WORDS.get(match.group(3) or "", "")
    return pad(f"{_amount(match.group(1))} đến {_amount(match.group(2))} {unit}")


def _ordinal_tail(n: int) -> str:
    return ordinal_to_words(n).removeprefix("thứ ")


def _month(match: re.Match[str]) -> str:
    month = int(match.group(2))
    if not 1 <= month <= 12:
        return match.group()
    return pad(f"{match.group(1)} {month_to_words(month)}")


def _roman(match: re.Match[str]) -> str:
    try:
        value = roman_to_int(match.group(2))
    except ValueError:
        return match.group()
    return pad(f"{match.group(1)} {number_to_words(value)}")
