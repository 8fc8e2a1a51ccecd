"""Vietnamese number reading: cardinals, decimals, digit strings, ordinals, months and dates.

The rules are those of standard spoken Vietnamese (northern, as on national radio):
"mười" for the tens digit 1 and "mươi" from 20 on; "mốt" and "tư" for a unit 1 and 4 after
"mươi"; "lăm" for a unit 5 after any tens digit; "linh" for an empty tens place after hundreds
("một trăm linh năm"); a non-leading group of three digits always says its hundreds
("hai nghìn không trăm hai mươi lăm"); groups are nghìn, triệu, tỷ.
"""

from __future__ import annotations

import re

DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")

_BILLION = 1_000_000_000
_GROUP_NAMES = ("", "nghìn", "triệu")


def digit_word(digit: int | str) -> str:
    """The plain name of one digit (0 -> "không" ... 9 -> "chín")."""
    return DIGIT_WORDS[int(digit)]


def _below_thousand(n: int, full: bool) -> list[str]:
    """Words for 0 < n < 1000; `full` reads the hundreds even when they are 0 ("không trăm")."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [DIGIT_WORDS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words += ["linh", DIGIT_WORDS[units]]
            else:
                words.append(DIGIT_WORDS[units])
        return words
    if tens == 1:
        words.append("mười")
    else:
        words += [DIGIT_WORDS[tens], "mươi"]
    if units == 1:
        words.append("mốt" if tens >= 2 else "một")
    elif units == 4:
        words.append("tư" if tens >= 2 else "bốn")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGIT_WORDS[units])
    return words


def _below_billion(n: int, full: bool) -> list[str]:
    """Words for 0 < n < 10^9; `full` when a larger group precedes (so leading zeros are read)."""
    groups = [(n // 1_000_000) % 1000, (n // 1000) % 1000, n % 1000]
    words: list[str] = []
    for index, group in enumerate(groups):
        if group == 0:
            continue  # an empty group is not read: 1.000.005 is "một triệu không trăm linh năm"
        words += _below_thousand(group, full=full or bool(words))
        name = _GROUP_NAMES[2 - index]
        if name:
            words.append(name)
    return words


def _words(n: int, full: bool = False) -> list[str]:
    """Words for n > 0, grouping by tỷ (so 10^12 is "một nghìn tỷ")."""
    high, low = divmod(n, _BILLION)
    words: list[str] = []
    if high:
        words += _words(high, full) + ["tỷ"]
    if low:
        words += _below_billion(low, full=full or bool(high))
    return words


def number_to_words(n: int) -> str:
    """A whole number in Vietnamese words: 21 -> "hai mươi mốt", 2025 -> "hai nghìn không trăm hai mươi lăm"."""
    if n < 0:
        return "âm " + number_to_words(-n)
    if n == 0:
        return DIGIT_WORDS[0]
    return " ".join(_words(n))


def read_digits(digits: str) -> str:
    """Digits read one by one ("0912" -> "không chín một hai"); other characters are ignored."""
    return " ".join(DIGIT_WORDS[int(ch)] for ch in digits if ch.isdigit())


def fraction_digits_to_words(digits: str) -> str:
    """The part after the decimal comma: up to three digits as a number ("25" -> "hai mươi lăm", "195" -> "một trăm
    chín mươi lăm", as "42,195 km" is said), a leading zero or more digits one by one ("03" -> "không ba")."""
    if len(digits) <= 3 and not digits.startswith("0"):
        return number_to_words(int(digits))
    return read_digits(digits)


_GROUPED_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_GROUPED_COMMAS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_DECIMAL_DOT = re.compile(r"\d+\.\d+")


def written_number_to_words(written: str) -> str:
    """A number as written in Vietnamese text, read aloud.

    "2.000.000" -> "hai triệu" (dots group thousands), "1,5" -> "một phẩy năm" (comma is the
    decimal mark), "2,000,000" -> "hai triệu" (English grouping, only with two or more groups),
    "1.5" -> "một chấm năm" (a dot that does not group thousands, as in version numbers).
    """
    written = written.strip()
    if _GROUPED_DOTS.fullmatch(written):
        whole, _, fraction = written.partition(",")
        words = number_to_words(int(whole.replace(".", "")))
        return f"{words} phẩy {fraction_digits_to_words(fraction)}" if fraction else words
    if _GROUPED_COMMAS.fullmatch(written):
        return number_to_words(int(written.replace(",", "")))
    if _DECIMAL_COMMA.fullmatch(written):
        whole, fraction = written.split(",")
        return f"{number_to_words(int(whole))} phẩy {fraction_digits_to_words(fraction)}"
    if _DECIMAL_DOT.fullmatch(written):
        whole, fraction = written.split(".")
        return f"{number_to_words(int(whole))} chấm {read_digits(fraction)}"
    if written.isdigit():
        return number_to_words(int(written))
    raise ValueError(f"not a written number: {written!r}")


def ordinal_to_words(n: int) -> str:
    """An ordinal: 1 -> "thứ nhất", 2 -> "thứ hai", 4 -> "thứ tư", 14 -> "thứ mười bốn"."""
    if n == 1:
        return "thứ nhất"
    if n == 4:
        return "thứ tư"
    return "thứ " + number_to_words(n)


def month_to_words(month: int) -> str:
    """The name of a month without "tháng": 4 -> "tư" (April is "tháng tư"), 12 -> "mười hai"."""
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    return "tư" if month == 4 else number_to_words(month)


def date_to_words(day: int | None, month: int, year: int | None = None, say_day_word: bool = True) -> str:
    """A date read aloud: (1, 7, 2025) -> "ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm".

    `day` None reads a month and year ("tháng bảy năm ..."); `say_day_word` False leaves out the
    leading "ngày" (or "tháng") when the text already says it.
    """
    parts: list[str] = []
    if day is not None:
        if not 1 <= day <= 31:
            raise ValueError(f"no day {day}")
        if say_day_word:
            parts.append("ngày")
        parts += [number_to_words(day), "tháng", month_to_words(month)]
    else:
        if say_day_word:
            parts.append("tháng")
        parts.append(month_to_words(month))
    if year is not None:
        parts += ["năm", number_to_words(year)]
    return " ".join(parts)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_CANONICAL = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def roman_to_int(roman: str) -> int:
    """The value of a well-formed Roman numeral ("XV" -> 15); ValueError otherwise."""
    if not roman or not _ROMAN_CANONICAL.fullmatch(roman):
        raise ValueError(f"not a Roman numeral: {roman!r}")
    total = 0
    for ch, nxt in zip(roman, roman[1:] + " "):
        value = _ROMAN_VALUES[ch]
        total += -value if nxt != " " and _ROMAN_VALUES[nxt] > value else value
    return total
