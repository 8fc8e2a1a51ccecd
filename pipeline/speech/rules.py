"""Written Vietnamese -> text a TTS engine (or a station announcer) reads out.

`prepare_script` runs ordered passes over each line. The order matters: codes that contain
digits and slashes (web addresses, document numbers, phone numbers, dates, times) are read before
plain numbers, and abbreviations are expanded before unknown acronyms are spelled out.
Every pass's output is words, so a later pass never re-reads an earlier one's work.
"""

from __future__ import annotations

import functools

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Mapping

from pipeline.speech.lexicon import lexicon_pattern, load_lexicon, spell_letters
from pipeline.speech.numbers import (
    date_to_words,
    month_to_words,
    number_to_words,
    ordinal_to_words,
    read_digits,
    roman_to_int,
    written_number_to_words,
)

log = logging.getLogger(__name__)

# A number as written: "2.000.000", "2.000.000,5", "2,000,000", "1,5", "1.5", "15".
NUM = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)|\d{1,3}(?:,\d{3}){2,}(?![\d,]\d)|\d+,\d+|\d+\.\d+|\d+)"
_NUM_START = r"(?<![\d.,])"  # a number starts after anything but a digit or a separator
_NUM_END = r"(?!\d)"

# The first part of a document code that names its kind ("NĐ" in "NĐ-CP"); how each is spoken
# comes from the lexicon, like every other abbreviation.
DOC_TYPE_CODES = frozenset({
    "NĐ", "QĐ", "TT", "TTLT", "NQ", "NQLT", "CT", "KH", "CV", "TB", "BC", "HD", "CĐ", "TTr", "KL", "HĐ",
})
# Issuers whose digits are a term of office: "QH15" -> "Quốc hội khóa mười lăm".
_TERM_ISSUERS = frozenset({"QH", "UBTVQH"})

# Readings for the parts of a web address that the lexicon does not know.
URL_WORDS = {
    "gov": "gờ o vê", "vn": "vê nờ", "com": "com", "net": "nét", "org": "o rờ gờ", "edu": "e đu",
    "info": "in phô", "int": "in", "io": "i o", "www": "vê kép vê kép vê kép",
}

# Words after "/" that make the slash mean "per": "đồng/tháng" -> "đồng mỗi tháng".
_PER_UNITS = r"(?:ngày|tuần|tháng|quý|năm|giờ|người|lần|hộ|con|suất|kỳ|lượt|ca|buổi)"

_UNITS = {
    "km²": "ki lô mét vuông", "km2": "ki lô mét vuông", "m²": "mét vuông", "m2": "mét vuông",
    "kg": "ki lô gam", "km": "ki lô mét", "cm": "xăng ti mét", "mm": "mi li mét", "ha": "héc ta",
    "m": "mét", "kWh": "ki lô oát giờ", "kW": "ki lô oát",
}


@dataclass(frozen=True)
class _Context:
    """What every pass may need: the merged lexicon, its regex and a case-blind lookup for URLs."""

    lexicon: dict[str, str]
    pattern: re.Pattern[str] | None
    casefolded: dict[str, str]
    web_words: dict[str, str]  # lexicon entries an address may contain: not all-capitals abbreviations
    document_words: str  # regex alternation of the spoken kinds of documents ("Luật|Nghị định|...")


def _context(extra: Mapping[str, str] | None) -> _Context:
    """The lexicon context for these extra entries, built once per distinct lexicon (it compiles a big regex)."""
    return _cached_context(tuple(sorted(extra.items())) if extra else ())


@functools.lru_cache(maxsize=16)
def _cached_context(extra_items: tuple[tuple[str, str], ...]) -> _Context:
    lexicon = load_lexicon(dict(extra_items) or None)
    casefolded = {key.casefold(): value for key, value in lexicon.items()}
    # The kinds as said ("Nghị định") and as written ("NĐ"): "NĐ 158/2025" is a document number too.
    kinds = {"Luật"} | {lexicon[code] for code in DOC_TYPE_CODES if lexicon.get(code)} | DOC_TYPE_CODES
    document_words = "|".join(re.escape(kind) for kind in sorted(kinds, key=len, reverse=True))
    # "bhxh" in an address is typed letter by letter, never expanded: only words written in
    # lower or mixed case in the lexicon ("baohiemxahoi", "VssID") are read as words there.
    web_words = {key.casefold(): value for key, value in lexicon.items() if key != key.upper()}
    return _Context(lexicon, lexicon_pattern(lexicon), casefolded, web_words=web_words, document_words=document_words)


def _before(match: re.Match[str]) -> str:
    return match.string[: match.start()]


def _after(match: re.Match[str]) -> str:
    return match.string[match.end():]


def _ends_with_word(text: str, words: str) -> bool:
    """Does `text` end with one of `words` (a regex alternation), ignoring case and spaces?"""
    return re.search(rf"(?<!\w)(?:{words})\s*$", text, re.IGNORECASE) is not None


def _pad(words: str) -> str:
    """Spoken words set apart by spaces, so they never glue to neighbouring text (cleanup collapses them)."""
    return f" {words} "


def _capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- markup
_BULLET = re.compile(r"^\s*(?:[-*+•●▪◦–—]|\u2022)\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(?=\D)")


def _strip_markup(line: str) -> str:
    """Remove Markdown that is not read: bold/italic markers, headings, bullet dashes."""
    line = _HEADING.sub("", line)
    line = _BULLET.sub("", line)
    # "1. Lương hưu" is an enumeration: said as "Một là, Lương hưu" on the radio.
    line = _NUMBERED.sub(lambda m: _capitalize_first(number_to_words(int(m.group(1)))) + " là, ", line)
    line = line.replace("**", "").replace("__", "")
    return line


# ---------------------------------------------------------------- web addresses and e-mail
_SCHEMED_URL = re.compile(r"(?<!\w)https?://[^\s<>\"]*[^\s<>\".,;:!?)\]]", re.IGNORECASE)
_BARE_URL = re.compile(
    r"(?<![\w@.])(?:www\.)?(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:vn|com|net|org|gov|edu|info|int|io)"
    r"(?![A-Za-z0-9-])(?:/[^\s<>\"]*[^\s<>\".,;:!?)\]])?",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![\w.])[A-Za-z0-9][\w.+-]*@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])")


def _read_url_label(label: str, ctx: _Context) -> str:
    """One dot- or slash-separated part of an address."""
    key = label.casefold()
    if key in URL_WORDS:
        return URL_WORDS[key]  # before the lexicon: "vn" in an address is not "Việt Nam"
    if key in ctx.web_words:
        return ctx.web_words[key]
    if "-" in label or "_" in label:
        return " gạch ngang ".join(_read_url_label(part, ctx) for part in re.split(r"[-_]", label) if part)
    pieces = re.findall(r"\d+|[^\W\d_]+", label)
    words = []
    for piece in pieces:
        if piece.isdigit():
            words.append(read_digits(piece))
        elif re.search(r"[aeiouy]", piece, re.IGNORECASE) and len(piece) > 1:
            words.append(piece.lower())  # a pronounceable word: leave it to the reader
        else:
            words.append(spell_letters(piece))
    return " ".join(words)


def _read_host_and_path(address: str, ctx: _Context) -> str:
    host, _, path = address.partition("/")
    host_words = " chấm ".join(_read_url_label(label, ctx) for label in host.split(".") if label)
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return host_words
    path_words = " gạch chéo ".join(
        " chấm ".join(_read_url_label(part, ctx) for part in segment.split(".") if part) for segment in segments
    )
    return f"{host_words} gạch chéo {path_words}"


def read_web_address(url: str, lexicon: Mapping[str, str] | None = None) -> str:
    """A web address read aloud: "https://baohiemxahoi.gov.vn" -> "bảo hiểm xã hội chấm gov chấm vê nờ"."""
    return _read_url(url, _context(lexicon))


def _read_url(url: str, ctx: _Context) -> str:
    # The scheme and "www." are left out: browsers add them, and listeners cannot type them from a horn.
    address = re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
    address = re.sub(r"^www\.", "", address, flags=re.IGNORECASE)
    address = address.split("?")[0].split("#")[0]
    return _read_host_and_path(address, ctx)


_LOCAL_SEPARATORS = {".": "chấm", "_": "gạch dưới", "-": "gạch ngang", "+": "cộng"}


def _read_email_local(local: str) -> str:
    """The part before "@" is typed, so spelled: letter names, digits one by one ("bhxh" -> "bê hát ích hát")."""
    words = []
    for piece in re.findall(r"\d+|[^\W\d_]+|[._+-]", local):
        if piece in _LOCAL_SEPARATORS:
            words.append(_LOCAL_SEPARATORS[piece])
        elif piece.isdigit():
            words.append(read_digits(piece))
        else:
            words.append(spell_letters(piece))
    return " ".join(words)


def _read_email(email: str, ctx: _Context) -> str:
    local, _, domain = email.partition("@")
    local_words = _read_email_local(local)
    return f"{local_words} a còng {_read_host_and_path(domain, ctx)}"


def _web_pass(line: str, ctx: _Context) -> str:
    line = _EMAIL.sub(lambda m: _pad(_read_email(m.group(), ctx)), line)
    line = _SCHEMED_URL.sub(lambda m: _pad(_read_url(m.group(), ctx)), line)
    return _BARE_URL.sub(lambda m: _pad(_read_url(m.group(), ctx)), line)


# ---------------------------------------------------------------- document numbers
_CODE_PART = r"[A-ZĐ][A-Za-zĐđ&]*\d*"
_DOC_NUMBER = re.compile(
    rf"(?<![\w/.,])(\d{{1,5}})(?:/(\d{{4}}))?/({_CODE_PART}(?:-{_CODE_PART})*)(?![\w-])"
)
# The text names the issuer itself right after the code, maybe after the date of signing:
# "75/2024/NĐ-CP ngày 30/6/2024 của Chính phủ", "1234/QĐ-UBND của UBND tỉnh Nghệ An".
_ISSUER_FOLLOWS = re.compile(
    r"\s*,?\s*(?:(?i:ngày)\s+\d{1,2}(?:([/.-])\d{1,2}\1\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,?\s*)?"
    r"(?i:của)\s+\w"
)
_TERM_ALONE = re.compile(r"(?<![\w/])(QH|UBTVQH)(\d{1,2})(?!\w)")


def _read_code_part(part: str, ctx: _Context) -> str:
    """One part of a document code: "CP" -> "Chính phủ", "QH15" -> "Quốc hội khóa mười lăm"."""
    match = re.fullmatch(r"(.*?)(\d*)", part)
    letters, digits = match.group(1), match.group(2)
    spoken = ctx.lexicon.get(letters) or spell_letters(letters)
    if digits:
        joiner = " khóa " if letters in _TERM_ISSUERS else " "
        spoken += joiner + number_to_words(int(digits))
    return _capitalize_first(spoken)


def _join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " và " + names[-1]


def read_document_number(match: re.Match[str], ctx: _Context) -> str:
    """"41/2024/QH15" -> "số bốn mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc hội khóa mười lăm".

    The kind of document ("Nghị định" for NĐ) is said after the number unless the text already
    said it just before; "số" is not repeated; "của <issuer>" is left out if the text says it next.
    """
    number, year, code = match.group(1), match.group(2), match.group(3)
    parts = code.split("-")
    doc_type = ""
    if parts[0] in DOC_TYPE_CODES:
        doc_type = _capitalize_first(ctx.lexicon.get(parts[0]) or spell_letters(parts[0]))
        parts = parts[1:]
    if not doc_type and len(parts) > 1:
        # "1234/BHXH-CSXH", "56/UBND-VX": a letter of the issuer; the later parts name its department.
        parts = parts[:1]
    issuers = _join_names([_read_code_part(part, ctx) for part in parts])
    whole = ctx.lexicon.get(code, "")
    if doc_type and whole.casefold().startswith(doc_type.casefold() + " của "):
        issuers = whole[len(doc_type) + len(" của "):]  # the lexicon names this issuer in full

    before = _before(match)
    so_match = re.search(r"(?<!\w)số\s*$", before, re.IGNORECASE)
    before_so = before[: so_match.start()] if so_match else before
    words = [] if so_match else ["số"]
    words.append(number_to_words(int(number)))
    if year:
        words += ["năm", number_to_words(int(year))]
    said_type = rf"(?:{re.escape(doc_type)}|{re.escape(code.split('-')[0])})"  # "Quyết định" or "QĐ" before
    if doc_type and not re.search(rf"(?<!\w){said_type}\s*$", before_so, re.IGNORECASE):
        words.append(doc_type)
    if issuers and not _ISSUER_FOLLOWS.match(_after(match)):
        words += ["của", issuers]
    return _pad(" ".join(words))


def _document_pass(line: str, ctx: _Context) -> str:
    line = _DOC_NUMBER.sub(lambda m: read_document_number(m, ctx), line)
    return _TERM_ALONE.sub(lambda m: _pad(_read_code_part(m.group(), ctx)), line)


# ---------------------------------------------------------------- phone numbers
_SERVICE_NUMBER = re.compile(r"(?<![\d.,/])(1[89]00)[ .-]?(\d{4}|\d{2}[ .]\d{2}|\d{3}[ .]\d{3}|\d{6})(?![\d])")
_SUBSCRIBER_NUMBER = re.compile(r"(?<![\w.,/+])(?:\+84[ .-]?|0)\d(?:[ .-]?\d){7,10}(?!\d)")


def read_phone_number(written: str) -> str:
    """A phone number read digit by digit, a pause (comma) between the groups as written.

    "1900 9068" -> "một chín không không, chín không sáu tám"; an unbroken 10-digit mobile number
    is grouped 4-3-3, an 11-digit one 3-4-4; "+84" is "cộng tám bốn".
    """
    written = written.strip()
    prefix = ""
    if written.startswith("+"):
        prefix = "cộng " + read_digits(written[1:3]) + ", "
        written = written[3:].lstrip(" .-")
    groups = [group for group in re.split(r"[ .-]", written) if group]
    if len(groups) == 1:
        digits = groups[0]
        sizes = {8: (4, 4), 9: (3, 3, 3), 10: (4, 3, 3), 11: (3, 4, 4)}.get(len(digits), (len(digits),))
        groups, start = [], 0
        for size in sizes:
            groups.append(digits[start:start + size])
            start += size
    return prefix + ", ".join(read_digits(group) for group in groups)


def _subscriber(match: re.Match[str]) -> str:
    written = match.group()
    digit_count = len(re.sub(r"\D", "", written)) - (1 if written.startswith("+84") else 0)
    if not 9 <= digit_count <= 11:
        return written  # not a Vietnamese subscriber number: leave it to the number pass
    return _pad(read_phone_number(written))


# A landline with its area code in brackets: "(024) 3936 5678".
_BRACKETED_AREA = re.compile(r"\((0\d{1,3})\)\s*(\d{3,4})[ .-]?(\d{3,4})(?!\d)")
# Emergency numbers 111-115 are dialled, so said digit by digit ("một một ba"), when the text says
# they are called: after "gọi", "đường dây", "tổng đài", "hotline", "điện thoại", or after "số" when
# nothing counted follows ("số 115 người" stays a number); a list "113, 114, 115" follows its first.
_EMERGENCY = r"11[1-5]"
_EMERGENCY_AFTER_CALL = re.compile(
    rf"(?<!\w)((?i:gọi|đường dây(?: nóng)?|tổng đài|hotline|điện thoại)(?:\s+(?i:ngay|số|khẩn cấp))*\s+)"
    rf"({_EMERGENCY}(?:\s*(?:,|và|hoặc)\s*{_EMERGENCY})*)(?![\d.,]\d|\d)"
)
_EMERGENCY_AFTER_SO = re.compile(
    rf"(?<!\w)((?i:số)\s+)({_EMERGENCY})(?=\s*(?:$|[,.;:!?)]|(?:để|hoặc|và|khi|ngay|nếu|miễn phí)(?!\w)))"
)
_EMERGENCY_ALONE = re.compile(rf"^(\s*)({_EMERGENCY})(\s*[.!]?\s*)$")


def _emergency(match: re.Match[str]) -> str:
    numbers = re.sub(r"\d+", lambda m: _pad(read_digits(m.group())), match.group(2))
    return match.group(1) + numbers + (match.group(3) if match.lastindex >= 3 else "")


def _phone_pass(line: str) -> str:
    line = _BRACKETED_AREA.sub(lambda m: _pad(read_phone_number(" ".join(m.groups()))), line)
    line = _EMERGENCY_AFTER_CALL.sub(_emergency, line)
    line = _EMERGENCY_AFTER_SO.sub(_emergency, line)
    line = _EMERGENCY_ALONE.sub(_emergency, line)
    line = _SERVICE_NUMBER.sub(lambda m: _pad(read_phone_number(m.group())), line)
    return _SUBSCRIBER_NUMBER.sub(_subscriber, line)


# ---------------------------------------------------------------- dates
_DAY_WORDS = r"ngày|mùng|mồng"
_FULL_DATE = re.compile(r"(?<![\d/.,-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/]|[.,]\d)")
_MONTH_YEAR = re.compile(r"(?<![\d/.,-])(\d{1,2}|\d{3,5}(?=/))([/-])(\d{4})(?![\d/]|[.,]\d)")
_DAY_MONTH = re.compile(r"(?<![\d/.,-])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)")


def _full_date(match: re.Match[str]) -> str:
    day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group()
    say_day = not _ends_with_word(_before(match), _DAY_WORDS)
    return _pad(date_to_words(day, month, year, say_day_word=say_day))


def _month_year(match: re.Match[str], doc_words: str) -> str:
    first, separator, year = int(match.group(1)), match.group(2), int(match.group(3))
    before = _before(match)
    said_so = _ends_with_word(before, "số")
    # "Nghị quyết số 12/2025", "Nghị quyết 68/2025": a document number and its year, read like one.
    is_document = said_so or _ends_with_word(before, doc_words)
    if 1 <= first <= 12 and not is_document and (separator == "/" or _ends_with_word(before, "tháng")):
        return _pad(date_to_words(None, first, year, say_day_word=not _ends_with_word(before, "tháng")))
    if separator == "/" and first >= 1 and (first < 100 or is_document):
        so = "" if said_so else "số "
        return _pad(f"{so}{number_to_words(first)} năm {number_to_words(year)}")
    return match.group()


# A day/month that is a fraction of something: "tỷ lệ 3/4", "hỗ trợ 1/2 chi phí", "2/3 số người".
# Only a proper fraction with a denominator up to 10, after words that announce a share ("hỗ trợ",
# "giảm", "chiếm" ...) or before words that name what is shared ("chi phí", "mức", "số" ...); with only a
# word after it, only the usual halves, thirds, quarters, fifths and tenths ("1/7 mức lương" stays a date).
# "ngày", "từ", "đến", "trước", "sáng", "dịp" ... just before always keep a date, and so does a date of
# a range ("30/4 - 1/5").
_FRACTION_BEFORE = (
    r"tỷ lệ|tỉ lệ|khoảng|hơn|gần|chiếm|dưới|trên|quá|hỗ trợ|trợ cấp|giảm|tăng|miễn|miễn giảm|chi trả|bằng|"
    r"còn|chỉ|thêm|tương đương|tối đa|tối thiểu|ít nhất|nhiều nhất|mất|xuống|lên"
)
_FRACTION_AFTER = re.compile(
    r"\s*(?:dân số|số|tổng|diện tích|kinh phí|quỹ|giá trị|thời gian|chi phí|phí|học phí|viện phí|mức|"
    r"tiền|lương|thu nhập|giá|phần|khoản|lượng|định mức|trợ cấp|lương hưu|quãng|chặng)(?!\w)",
    re.IGNORECASE,
)
_COMMON_DENOMINATORS = frozenset({2, 3, 4, 5, 10})
_DATE_BEFORE = (
    rf"{_DAY_WORDS}|từ|đến|tới|trước|sau|hết|hạn|đầu|cuối|giữa|lúc|vào|kể từ|sáng|trưa|chiều|tối|đêm|"
    r"hôm|dịp|lễ|tết|khánh"
)


def fraction_to_words(numerator: int, denominator: int) -> str:
    """"3/4" of something -> "ba phần tư"."""
    bottom = "tư" if denominator == 4 else number_to_words(denominator)
    return f"{number_to_words(numerator)} phần {bottom}"


def _is_fraction(match: re.Match[str], numerator: int, denominator: int) -> bool:
    if not 1 <= numerator < denominator <= 10:
        return False
    before = _before(match)
    if _ends_with_word(before, _DATE_BEFORE) or re.search(r"[-–—]\s*$", before):
        return False
    if _ends_with_word(before, _FRACTION_BEFORE):
        return True
    return denominator in _COMMON_DENOMINATORS and _FRACTION_AFTER.match(_after(match)) is not None


def _day_month(match: re.Match[str]) -> str:
    day, month = int(match.group(1)), int(match.group(2))
    before = _before(match)
    said_day = _ends_with_word(before, _DAY_WORDS)
    if _is_fraction(match, day, month):
        return _pad(fraction_to_words(day, month))
    if match.group() == "24/7" and not said_day:
        return _pad("hai mươi tư trên bảy")  # round the clock, not the 24th of July
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group()
    return _pad(date_to_words(day, month, None, say_day_word=not said_day))


# "quý III/2025", "quý 3/2025": a quarter and its year.
_QUARTER_YEAR = re.compile(r"(?<!\w)((?i:quý))\s+(IV|I{1,3}|[1-4])\s*/\s*(\d{4})(?![\d/]|[.,]\d)")
# "Luật BHXH 2024", "LUẬT BẢO HIỂM XÃ HỘI 2024": the year of a law is said "năm hai nghìn ...".
_LAW_YEAR = re.compile(
    r"(?<!\w)((?i:luật)\s+([^\W\d_]+)(?:\s+(?!(?i:năm)(?!\w))[^\W\d_]+){0,7})"
    r"\s+((?:19|20)\d{2})(?![\d/.,]\d|\d|[/-])"
)


def _quarter_year(match: re.Match[str]) -> str:
    quarter = match.group(2)
    value = int(quarter) if quarter.isdigit() else roman_to_int(quarter)
    return _pad(f"{match.group(1)} {number_to_words(value)} năm {number_to_words(int(match.group(3)))}")


def _law_year(match: re.Match[str]) -> str:
    if not match.group(2)[0].isupper():
        return match.group()  # "Luật mới giúp 2000 người": no law's name, no year
    return f"{match.group(1)} năm {match.group(3)}"


# "từ 2/8 - 25/8", "30/4 - 1/5/2025": a range of dates, said "... đến ...".
_DATE_RANGE = re.compile(
    r"(?<![\d/.,-])(\d{1,2})/(\d{1,2})((?:/\d{4})?)\s*[-–—]\s*(?=(\d{1,2})/(\d{1,2})(?:/\d{4})?(?![\d/]|[.,]\d))"
)


def _date_range(match: re.Match[str]) -> str:
    days_months = [int(match.group(i)) for i in (1, 2, 4, 5)]
    if not all(1 <= day <= 31 for day in days_months[::2]) or not all(1 <= m <= 12 for m in days_months[1::2]):
        return match.group()
    return f"{match.group(1)}/{match.group(2)}{match.group(3)} đến "


def _date_pass(line: str, ctx: _Context) -> str:
    line = _DATE_RANGE.sub(_date_range, line)
    line = _QUARTER_YEAR.sub(_quarter_year, line)
    line = _LAW_YEAR.sub(_law_year, line)
    line = _FULL_DATE.sub(_full_date, line)
    line = _MONTH_YEAR.sub(lambda m: _month_year(m, ctx.document_words), line)
    return _DAY_MONTH.sub(_day_month, line)


# ---------------------------------------------------------------- times
_TIME = r"(?:(\d{1,2})[hHg](\d{2})|(\d{1,2})[hH]|(\d{1,2}):(\d{2}))"
_TIME_RE = re.compile(rf"(?<![\w.,:/]){_TIME}(?![\w:])")
_TIME_RANGE = re.compile(rf"(?<![\w.,:/]){_TIME}\s*[-–—]\s*{_TIME}(?![\w:])")
# "14 giờ 00", "14 giờ 00 phút": on the hour, said "mười bốn giờ" (never "... giờ không").
_ON_THE_HOUR = re.compile(r"(?<![\w.,])(\d{1,2}\s*(?i:giờ))\s*00?(?:\s*(?i:phút))?(?!\w|[.,]\d)")


def _time_words(hour: str | None, minute: str | None) -> str | None:
    hours = int(hour)
    if minute is None:
        return f"{number_to_words(hours)} giờ" if hours <= 99 else None
    minutes = int(minute)
    if hours > 24 or minutes > 59:
        return None
    if minutes == 0:
        return f"{number_to_words(hours)} giờ"
    return f"{number_to_words(hours)} giờ {number_to_words(minutes)} phút"


def _time_from_groups(groups: tuple[str | None, ...]) -> str | None:
    h1, m1, h_only, h2, m2 = groups
    if h1 is not None:
        return _time_words(h1, m1)
    if h_only is not None:
        return _time_words(h_only, None)
    return _time_words(h2, m2)


def _time_range(match: re.Match[str]) -> str:
    start, end = _time_from_groups(match.groups()[:5]), _time_from_groups(match.groups()[5:])
    return match.group() if start is None or end is None else _pad(f"{start} đến {end}")


def _time(match: re.Match[str]) -> str:
    spoken = _time_from_groups(match.groups())
    return match.group() if spoken is None else _pad(spoken)


def _time_pass(line: str) -> str:
    line = _ON_THE_HOUR.sub(r"\1", line)
    line = _TIME_RANGE.sub(_time_range, line)
    return _TIME_RE.sub(_time, line)


# ---------------------------------------------------------------- numbers with words around them
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
_RANGE = re.compile(rf"{_NUM_START}({NUM})\s*[-–—]\s*({NUM}){_NUM_END}(?:\s?({_SUFFIX})(?![\w²]))?(?![/]\d)")
_ORDINAL = re.compile(r"(?<!\w)(thứ)\s+(\d{1,3})(?![\d.,/]\d|\d)", re.IGNORECASE)
_MONTH = re.compile(r"(?<!\w)(tháng)\s+(\d{1,2})(?![\d/]|[.,]\d)", re.IGNORECASE)
# Roman numerals only after the words that take them, and only I, V, X ("Phần C" is a letter).
_ROMAN_AFTER = re.compile(
    r"(?<!\w)((?i:khóa|khoá|chương|phần|mục|quý|vùng|đại hội|thế kỷ|kỳ|lần|phụ lục))\s+([IVX]+)(?!\w)"
)
_CURRENCY = re.compile(rf"{_NUM_START}({NUM})\s?(₫|đồng|đ|VNĐ|VND|vnđ|vnd){_NUM_END}(?!\w)")
_DOLLARS_BEFORE = re.compile(rf"(?<!\w)(?:\$|US\$)\s?({NUM}){_NUM_END}")
_DOLLARS_AFTER = re.compile(rf"{_NUM_START}({NUM})\s?(?:USD|\$)(?!\w)")
_PERCENT = re.compile(rf"{_NUM_START}({NUM})\s?%")
_THOUSANDS_K = re.compile(rf"{_NUM_START}({NUM})k(?!\w)")
_UNIT = re.compile(
    rf"{_NUM_START}({NUM})\s?({'|'.join(sorted(map(re.escape, _UNITS), key=len, reverse=True))})(?![\w²])"
)
_FRACTION = re.compile(rf"{_NUM_START}({NUM})\s?/\s?({NUM}){_NUM_END}(?![/.,]\d)")
_LONG_DIGITS = re.compile(r"(?<![\d.,])\d{9,}(?![\d])")
_ANY_NUMBER = re.compile(rf"{_NUM_START}{NUM}{_NUM_END}")
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
    return _pad(", ".join(read_digits(group) for group in groups))


def _number_pass(line: str) -> str:
    line = _WEEKDAY_RANGE.sub(lambda m: _pad(f"thứ {_ordinal_tail(int(m.group(1)))} đến thứ "
                                             f"{_ordinal_tail(int(m.group(2)))}"), line)
    line = _WEEKDAY.sub(lambda m: _pad(f"thứ {_ordinal_tail(int(m.group(1)))}"), line)
    line = _DISTRICT.sub(lambda m: _pad(f"{_DISTRICT_WORDS[m.group(1)]} {number_to_words(int(m.group(2)))}"), line)
    line = _PER_ONE.sub(" mỗi ", line)
    line = _RANGE.sub(_range, line)
    line = _ORDINAL.sub(lambda m: _pad(m.group(1) + " " + _ordinal_tail(int(m.group(2)))), line)
    line = _MONTH.sub(lambda m: _month(m), line)
    line = _ROMAN_AFTER.sub(_roman, line)
    line = _CURRENCY.sub(lambda m: _pad(f"{_amount(m.group(1))} đồng"), line)
    line = _DOLLARS_BEFORE.sub(lambda m: _pad(f"{_amount(m.group(1))} đô la Mỹ"), line)
    line = _DOLLARS_AFTER.sub(lambda m: _pad(f"{_amount(m.group(1))} đô la Mỹ"), line)
    line = _PERCENT.sub(lambda m: _pad(f"{_amount(m.group(1))} phần trăm"), line)
    line = _THOUSANDS_K.sub(lambda m: _pad(f"{_amount(m.group(1))} nghìn"), line)
    line = _UNIT.sub(lambda m: _pad(f"{_amount(m.group(1))} {_UNITS[m.group(2)]}"), line)
    line = _FRACTION.sub(lambda m: _pad(f"{_amount(m.group(1))} trên {_amount(m.group(2))}"), line)
    line = _LONG_DIGITS.sub(_read_long_digits, line)
    line = _ANY_NUMBER.sub(lambda m: _pad(written_number_to_words(m.group())), line)
    # Whatever digits are left sit in odd punctuation (".5", "a,4"): still never hand a digit to an engine.
    return _STRAY_DIGITS.sub(lambda m: _pad(number_to_words(int(m.group()))), line)


def _range(match: re.Match[str]) -> str:
    unit = _SUFFIX_WORDS.get(match.group(3) or "", "")
    return _pad(f"{_amount(match.group(1))} đến {_amount(match.group(2))} {unit}")


def _ordinal_tail(n: int) -> str:
    return ordinal_to_words(n).removeprefix("thứ ")


def _month(match: re.Match[str]) -> str:
    month = int(match.group(2))
    if not 1 <= month <= 12:
        return match.group()
    return _pad(f"{match.group(1)} {month_to_words(month)}")


def _roman(match: re.Match[str]) -> str:
    try:
        value = roman_to_int(match.group(2))
    except ValueError:
        return match.group()
    return _pad(f"{match.group(1)} {number_to_words(value)}")


# ---------------------------------------------------------------- addresses
# "Q. Ba Đình", "P.Hưng Bình", "H. Nghi Lộc", "X. Nghi Phong", "TT. Quán Hành": a unit before a place name,
# which capitalises each of its (two or more) words ("TP." and "TX." are in the lexicon: they mean nothing
# else). "P." is also a department ("P. Tổ chức cán bộ": only its first word capitalised), and a single
# letter is also a person's initial ("Nguyễn Văn H. Lan", "ông H. Nam") or a numbering ("Phụ lục X."):
# after a name-like word or such a word it stays as written.
_PLACE_UNITS = {"Q": "quận", "P": "phường", "H": "huyện", "X": "xã", "TT": "thị trấn"}
_PLACE_UNIT = re.compile(r"(?<![\w.])(TT|[QPHX])\.\s?(?=([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?)")
_NOT_A_PLACE_BEFORE = frozenset({
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "lục", "phần", "chương", "mục",
    "khóa", "khoá", "điều", "khoản", "điểm", "loại", "hạng", "nhóm", "mẫu", "biểu", "số",
})
_TITLES = frozenset({"Giám", "Trưởng", "Phó", "Chủ", "Chánh", "Bí", "Tổng", "Kế"})


def _is_personal_name(word: str) -> bool:
    """"Văn", "Lê": a capitalised word that is not an all-capitals acronym ("UBND")."""
    return word[:1].isupper() and not word.isupper()


def _place_unit(match: re.Match[str]) -> str:
    unit, name, second = match.group(1), match.group(2), match.group(3) or ""
    # A place's name capitalises each of its words ("Hưng Bình"); a department's only the first ("P. Tổ chức").
    if not (name[0].isupper() and second[:1].isupper()) or name in _TITLES:
        return match.group()
    if len(unit) == 1:
        previous = re.search(r"([^\W\d_]+)[ \t]*$", _before(match))
        if previous and (_is_personal_name(previous.group(1))
                         or previous.group(1).casefold() in _NOT_A_PLACE_BEFORE):
            return match.group()
    return _pad(_PLACE_UNITS[unit])


def _address_pass(line: str) -> str:
    return _PLACE_UNIT.sub(_place_unit, line)


# ---------------------------------------------------------------- abbreviations and acronyms
_PLAUSIBLE_SYLLABLE = re.compile(
    r"(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDĐGHKLMNPRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPTIYOU])?"
)
_ASCII_CAPS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")
_WORD = re.compile(r"[^\W\d_]+")


# Abbreviations whose full stop may also close the sentence ("..., v.v. Người lao động ...").
_SENTENCE_FINAL_ABBREVIATIONS = frozenset({"v.v.", "vv."})


# An abbreviation that is part of a name is said as a name, with capitals an announcer sees:
# "Luật BHXH" -> "Luật Bảo hiểm xã hội", "BHXH Việt Nam" / "BHXH tỉnh" -> "Bảo hiểm xã hội ...".
_NAME_BEFORE = re.compile(r"(?<!\w)(?:Luật|LUẬT)\s*$")
_AGENCY_ABBREVIATIONS = frozenset({"BHXH"})
_AGENCY_AFTER = re.compile(
    r"\s*(?:Việt Nam|VN|tỉnh|thành phố|TP|Tp|huyện|quận|thị xã|TX|khu vực|cấp tỉnh|cấp huyện|cơ sở)(?!\w)"
)


def _expand(match: re.Match[str], ctx: _Context) -> str:
    spoken = ctx.lexicon[match.group()]
    following = _after(match).lstrip()
    if _NAME_BEFORE.search(_before(match)) or (
        match.group() in _AGENCY_ABBREVIATIONS and _AGENCY_AFTER.match(_after(match))
    ):
        spoken = _capitalize_first(spoken)
    if match.group() in _SENTENCE_FINAL_ABBREVIATIONS and (not following or following[0].isupper()):
        spoken += "."  # the dot was also the sentence's: keep the stop
    return _pad(spoken)


# "Bảo hiểm xã hội (BHXH)", "Người có công (NCC)": an abbreviation defined in brackets just after the words
# it stands for is not read (it would say the same words twice).
_BRACKETED_ABBREVIATION = re.compile(r"\s*\(\s*([^\W\d_][^\W_]*(?:[-&][^\W_]+)?)\s*\)")


def _initials(text: str) -> str:
    return "".join(word[0] for word in _WORD.findall(text)).casefold()


def _repeats_what_came_before(match: re.Match[str], ctx: _Context) -> bool:
    """Is the bracketed abbreviation the words just before it, by the lexicon or by their initials?"""
    abbreviation, before = match.group(1), _before(match).rstrip()
    if not abbreviation.isupper() or len(abbreviation) < 2:
        return False
    spoken = ctx.lexicon.get(abbreviation)
    if spoken and before.casefold().endswith(spoken.casefold()):
        return True
    letters = re.sub(r"[^\w]", "", abbreviation).casefold()
    words = _WORD.findall(before)
    return len(words) >= len(letters) and _initials(" ".join(words[-len(letters):])) == letters


def _lexicon_pass(line: str, ctx: _Context) -> str:
    line = _BRACKETED_ABBREVIATION.sub(lambda m: "" if _repeats_what_came_before(m, ctx) else m.group(), line)
    if ctx.pattern is None:
        return line
    return ctx.pattern.sub(lambda m: _expand(m, ctx), line)


def _is_shouted_word(word: str) -> bool:
    """An all-capitals word that is Vietnamese, not an acronym ("LUẬT", "NAM" next to "VIỆT")."""
    return any(ch not in _ASCII_CAPS for ch in word)


def _acronym_pass(line: str) -> str:
    """Lower-case words typed in capitals; spell out capital-letter acronyms nobody put in the lexicon."""
    tokens = list(_WORD.finditer(line))
    replacements: list[tuple[int, int, str]] = []
    for index, token in enumerate(tokens):
        word = token.group()
        if len(word) < 2 or not word.isupper():
            continue
        if _is_shouted_word(word):
            replacements.append((token.start(), token.end(), word.lower()))
            continue
        plausible = _PLAUSIBLE_SYLLABLE.fullmatch(word) is not None
        if plausible:
            neighbours = [tokens[i].group() for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
            if any(n.isupper() and _is_shouted_word(n) for n in neighbours):
                replacements.append((token.start(), token.end(), word.lower()))
            continue  # an isolated pronounceable capital word ("AI") is left to the engine
        replacements.append((token.start(), token.end(), _pad(spell_letters(word))))
    for start, end, text in reversed(replacements):
        line = line[:start] + text + line[end:]
    return line


# ---------------------------------------------------------------- symbols and tidying
def _per_unit(match: re.Match[str]) -> str:
    """"đồng/tháng" -> "đồng mỗi tháng", but "ngày/tháng/năm sinh" (a form's fields) -> "ngày tháng năm sinh"."""
    unit = match.group(1)
    previous = re.search(r"([^\W\d_]*)\s*$", _before(match)).group(1).casefold()
    if (previous, unit.casefold()) in {("ngày", "tháng"), ("tháng", "năm")}:
        return f" {unit}"
    return f" mỗi {unit}"


_SYMBOLS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(rf"\s*/\s*({_PER_UNITS})(?!\w)"), _per_unit),
    (re.compile(r"≥|>="), " lớn hơn hoặc bằng "),
    (re.compile(r"≤|<="), " nhỏ hơn hoặc bằng "),
    (re.compile(r">"), " lớn hơn "),
    (re.compile(r"<"), " nhỏ hơn "),
    (re.compile(r"&"), " và "),
    (re.compile(r"%"), " phần trăm "),
    (re.compile(r"@"), " a còng "),
    (re.compile(r"\+"), " cộng "),
    (re.compile(r"="), " bằng "),
    (re.compile(r"×|(?<=\s)x(?=\s)"), " nhân "),  # "22% x mức thu nhập": a lone x is a times sign
    (re.compile(r"~"), " khoảng "),
    (re.compile(r"°C"), " độ xê "),
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
    line = _capitalize_first(line)
    return re.sub(r"([.!?]\s+)([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), line)


def prepare_line(line: str, ctx: _Context) -> str:
    """All passes over one line of text."""
    line = _strip_markup(line)
    if not line.strip():
        return ""
    line = _web_pass(line, ctx)
    line = _document_pass(line, ctx)
    line = _phone_pass(line)
    line = _date_pass(line, ctx)
    line = _time_pass(line)
    line = _number_pass(line)
    line = _address_pass(line)
    line = _lexicon_pass(line, ctx)
    line = _acronym_pass(line)
    line = _symbol_pass(line)
    return _tidy(line)


def prepare_script(text: str, lexicon: Mapping[str, str] | None = None) -> str:
    """Turn written Vietnamese into what a TTS engine should read aloud (no digits, codes or symbols left).

    `lexicon` adds or overrides abbreviations of the bundled assets/lexicon.yaml (a campaign's own).
    Lines are kept (paragraphs stay paragraphs); each ends with a stop so engines pause there.
    """
    ctx = _context(lexicon)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = [prepare_line(line, ctx) for line in text.split("\n")]
    script = "\n".join(lines)
    script = re.sub(r"\n{3,}", "\n\n", script).strip()
    return unicodedata.normalize("NFC", script)
