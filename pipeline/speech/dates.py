"""Dates, date ranges, fractions that look like dates, quarters, the year of a law, and times of day."""

from __future__ import annotations

import re

from pipeline.speech.context import Context, ends_with_word, pad, text_after, text_before
from pipeline.speech.numbers import date_to_words, number_to_words, roman_to_int

_DAY_WORDS = r"ngày|mùng|mồng"
_FULL_DATE = re.compile(r"(?<![\d/.,-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/]|[.,]\d)")
_MONTH_YEAR = re.compile(r"(?<![\d/.,-])(\d{1,2}|\d{3,5}(?=/))([/-])(\d{4})(?![\d/]|[.,]\d)")
_DAY_MONTH = re.compile(r"(?<![\d/.,-])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)")


# A date right after the word or the name of an occasion is part of that name and said bare, with no "ngày":
# "Quốc khánh 2/9", "dịp 27/7", "Nghỉ lễ 30/4 - 1/5", "kỷ niệm 19/5", "Ngày Quốc tế Phụ nữ 8/3", "Ngày Thương
# binh - Liệt sĩ 27/7", "lễ Quốc tế Lao động 1/5", "Ngày thành lập Đoàn 26/3" (a body's founding day, by its name).
# A name is capitalised words after "ngày", "lễ", "Tết" ... (and "Ngày thành lập", "Ngày truyền thống"), up to the
# date, with no number and no word that would give the date a role of its own ("từ", "đến", "vào" ...).
_OCCASION_WORDS = r"quốc khánh|dịp|lễ|tết|kỷ niệm|chào mừng|mừng"
_OCCASION_NAME = re.compile(
    r"(?<!\w)(?i:ngày|lễ|tết|dịp|kỷ niệm|chào mừng)\s+(?:(?i:hội|truyền thống|quốc tế|thành lập)\s+)?"
    r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\d,;:()/.!?]{0,60}$"
)
_NOT_IN_A_NAME = re.compile(r"(?<!\w)(?i:từ|đến|tới|vào|lúc|trước|sau|hết|hạn|trong|ngày|mùng|mồng)\s*$")


# A street, square, park, bridge or market named by a date ("đường 30/4", "Quảng trường 2/4", "chợ 19/5") says the
# date bare too: it is the place's name.
_PLACES_NAMED_BY_DATE = r"đường|phố|quảng trường|công viên|cầu|chợ|sân vận động|bến"


def is_occasion(before: str) -> bool:
    """Does `before` end with the word or the name of an occasion, so that a date after it is said bare?"""
    if ends_with_word(before, _OCCASION_WORDS):
        return True
    if _NOT_IN_A_NAME.search(before):
        return False
    tail = before[-80:]
    return _OCCASION_NAME.search(tail) is not None


def _full_date(match: re.Match[str]) -> str:
    day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group()
    before = text_before(match)
    say_day = not (ends_with_word(before, _DAY_WORDS) or is_occasion(before))
    return pad(date_to_words(day, month, year, say_day_word=say_day))


# "Tuần 41/2025", "đợt 2/2025", "học kỳ 1/2025": a numbered period of a year, "tuần bốn mươi mốt năm ...", neither a
# month nor a document's number.
_PERIOD_OF_YEAR = r"tuần|đợt|kỳ|học kỳ"


def _month_year(match: re.Match[str], doc_words: str) -> str:
    first, separator, year = int(match.group(1)), match.group(2), int(match.group(3))
    before = text_before(match)
    if separator == "/" and 1 <= first <= 53 and ends_with_word(before, _PERIOD_OF_YEAR):
        return pad(f"{number_to_words(first)} năm {number_to_words(year)}")  # "Tuần 41/2025": week 41 of 2025
    said_so = ends_with_word(before, "số")
    # "Nghị quyết số 12/2025", "Nghị quyết 68/2025": a document number and its year, read like one.
    is_document = said_so or ends_with_word(before, doc_words)
    if 1 <= first <= 12 and not is_document and (separator == "/" or ends_with_word(before, "tháng")):
        return pad(date_to_words(None, first, year, say_day_word=not ends_with_word(before, "tháng")))
    if separator == "/" and first >= 1 and (first < 100 or is_document):
        so = "" if said_so else "số "
        return pad(f"{so}{number_to_words(first)} năm {number_to_words(year)}")
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
    before = text_before(match)
    if ends_with_word(before, _DATE_BEFORE) or re.search(r"[-–—]\s*$", before):
        return False
    if ends_with_word(before, _FRACTION_BEFORE):
        return True
    return denominator in _COMMON_DENOMINATORS and _FRACTION_AFTER.match(text_after(match)) is not None


def _day_month(match: re.Match[str]) -> str:
    day, month = int(match.group(1)), int(match.group(2))
    before = text_before(match)
    said_day = ends_with_word(before, _DAY_WORDS)
    if ends_with_word(before, "hạng"):  # "thương binh hạng 2/4": a grade out of four, "hai trên bốn"
        return pad(f"{number_to_words(day)} trên {number_to_words(month)}")
    if _is_fraction(match, day, month):
        return pad(fraction_to_words(day, month))
    if match.group() == "24/7" and not said_day:
        return pad("hai mươi tư trên bảy")  # round the clock, not the 24th of July
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group()
    bare = said_day or is_occasion(before) or ends_with_word(before, _PLACES_NAMED_BY_DATE)
    return pad(date_to_words(day, month, None, say_day_word=not bare))


# "quý III/2025", "quý 3/2025": a quarter and its year; so is a round or phase numbered in Roman ("đợt I/2026",
# "giai đoạn II/2025", "kỳ I/2025"): Roman numerals are no months, the slash can only join the round to its year.
_QUARTER_YEAR = re.compile(
    r"(?<!\w)((?i:quý)\s+|Q|(?i:đợt|kỳ|giai đoạn)\s+(?=[IVX]+\s*/))(IX|IV|VI{0,3}|X|I{1,3}|[1-4])\s*/\s*"
    r"((?:19|20)\d{2})(?![\d/]|[.,]\d)"
)
# "Luật BHXH 2024", "LUẬT BẢO HIỂM XÃ HỘI 2024", "Luật Trật tự, an toàn giao thông đường bộ 2024", "BLDS 2015": the
# year of a law or a code is said "năm hai nghìn ...".
_LAW_YEAR = re.compile(
    r"(?<!\w)(?P<law>(?:(?i:luật)\s+(?P<name>[^\W\d_]+)|BL(?:HS|DS|LĐ|TTHS|TTDS))"
    r"(?:,?\s+(?!(?i:năm)(?!\w))[^\W\d_]+){0,9})\s+(?P<year>(?:19|20)\d{2})(?![\d/.,]\d|\d|[/-])"
)


def _quarter_year(match: re.Match[str]) -> str:
    quarter = match.group(2)
    value = int(quarter) if quarter.isdigit() else roman_to_int(quarter)
    quarter_word = "quý" if match.group(1) == "Q" else match.group(1).strip()  # "Q1/2026": a quarter, as "quý 1/2026"
    if quarter_word.casefold() == "quý" and value > 4:
        return match.group()  # a year has four quarters
    return pad(f"{quarter_word} {number_to_words(value)} năm {number_to_words(int(match.group(3)))}")


def _law_year(match: re.Match[str]) -> str:
    name = match.group("name")
    if name is not None and not name[0].isupper():
        return match.group()  # "Luật mới giúp 2000 người": no law's name, no year
    return f"{match.group('law')} năm {match.group('year')}"


# "(14/10/1930 - 14/10/2025)": two whole dates alone in brackets are the span an anniversary counts, said as
# an aside with no "ngày" ("mười bốn tháng mười năm ... đến mười bốn tháng mười năm ...").
_BRACKETED_SPAN = re.compile(
    r"\(\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*[-–—]\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*\)"
)


def _bracketed_span(match: re.Match[str]) -> str:
    first, last = ([int(match.group(i)) for i in range(start, start + 3)] for start in (1, 4))
    if not all(1 <= day <= 31 and 1 <= month <= 12 for day, month, _ in (first, last)):
        return match.group()
    return f"({date_to_words(*first, say_day_word=False)} đến {date_to_words(*last, say_day_word=False)})"


# "từ 2/8 - 25/8", "30/4 - 1/5/2025": a range of dates, said "... đến ...".
_DATE_RANGE = re.compile(
    r"(?<![\d/.,-])(\d{1,2})/(\d{1,2})((?:/\d{4})?)\s*[-–—]\s*(?=(\d{1,2})/(\d{1,2})(?:/\d{4})?(?![\d/]|[.,]\d))"
)


def _date_range(match: re.Match[str]) -> str:
    days_months = [int(match.group(i)) for i in (1, 2, 4, 5)]
    if not all(1 <= day <= 31 for day in days_months[::2]) or not all(1 <= m <= 12 for m in days_months[1::2]):
        return match.group()
    return f"{match.group(1)}/{match.group(2)}{match.group(3)} đến "


# "Nghỉ lễ 30/4 - 1/5", "dịp 30/4 - 1/5/2025": both ends of an occasion's span are said bare.
_OCCASION_SPAN = re.compile(
    r"(?<![\d/.,-])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s*[-–—]\s*(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/]|[.,]\d)"
)


def _occasion_span(match: re.Match[str]) -> str:
    if not is_occasion(text_before(match)):
        return match.group()
    day, month, year, last_day, last_month, last_year = (int(g) if g else None for g in match.groups())
    if not all(1 <= d <= 31 and 1 <= m <= 12 for d, m in ((day, month), (last_day, last_month))):
        return match.group()
    first = date_to_words(day, month, year, say_day_word=False)
    return pad(f"{first} đến {date_to_words(last_day, last_month, last_year, say_day_word=False)}")


# "ngày 26 và 27/6", "ngày 26 - 27/6/2025": days listed before the one that carries the month share its "ngày";
# a dash between them is a range.
# "từ 15 - 21/5": a range of days from "từ", said "từ ngày ... đến ...".
# "sáng 24 và 25/8": after a part of the day the list has no "ngày" yet; it goes before the first day.
_PARTS_OF_DAY = r"sáng|trưa|chiều|tối|đêm"
_DAY_LIST = re.compile(
    rf"(?<!\w)((?i:{_DAY_WORDS}|{_PARTS_OF_DAY})\s+\d{{1,2}}(?:\s*(?:,|và|hoặc)\s*\d{{1,2}})*"
    r"|(?i:từ)\s+\d{1,2})"
    r"\s*(,|và|hoặc|đến|[-–—])\s*(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/]|[.,]\d)"
)
# "ngày 20-11", "mùng 2-9": a day and month joined by a dash, the newspapers' way (not a range of days: the month
# is at most 12 and no month follows).
_DAY_DASH_MONTH = re.compile(
    rf"(?<!\w)((?i:{_DAY_WORDS})\s+)(\d{{1,2}})-(\d{{1,2}})(?![\d/-]|[.,]\d|\s*(?i:tháng)(?!\w))"
)


def _day_list(match: re.Match[str]) -> str:
    day, month, year = int(match.group(3)), int(match.group(4)), match.group(5)
    first, joiner = match.group(1), "đến" if match.group(2) in ("-", "–", "—") else match.group(2)
    from_day = first[:2].casefold() == "từ"
    if not (1 <= day <= 31 and 1 <= month <= 12) or from_day and joiner != "đến":
        return match.group()
    if from_day:
        first = f"{first[:2]} ngày {first[2:].strip()}"
    elif re.match(rf"(?i:{_PARTS_OF_DAY})\s", first):
        word, days = first.split(None, 1)
        first = f"{word} ngày {days}"
    spoken = date_to_words(day, month, int(year) if year else None, say_day_word=False)
    return f"{first}{'' if joiner == ',' else ' '}{joiner} {spoken} "


# "chia 3 đợt: 10 - 15/8, 20 - 25/8 và 1 - 5/9": a range of days standing alone in a list (after a colon, a comma or
# "và") is a span of dates, "ngày mười đến mười lăm tháng tám".
_BARE_DAY_RANGE = re.compile(
    r"(?<![\w/.,-])(\d{1,2})\s*[-–—]\s*(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/]|[.,]\d)"
    r"(?!\s*(?i:điểm|phần|câu|người|lần)(?!\w))"   # "3 - 5/10 điểm" is a mark, not a date
)


_LIST_BEFORE = re.compile(r"(?:[:,;]|(?<!\w)(?:và|hoặc))\s*$")


def _bare_day_range(match: re.Match[str]) -> str:
    first, last, month = int(match.group(1)), int(match.group(2)), int(match.group(3))
    before = text_before(match)
    if not (1 <= first < last <= 31 and 1 <= month <= 12) or not (
            not before.strip() or _LIST_BEFORE.search(before, max(0, len(before) - 16))):  # the tail only
        return match.group()
    year = int(match.group(4)) if match.group(4) else None
    return pad(f"ngày {number_to_words(first)} đến {date_to_words(last, month, year, say_day_word=False)}")


def _day_dash_month(match: re.Match[str]) -> str:
    day, month = int(match.group(2)), int(match.group(3))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group()
    return match.group(1) + pad(date_to_words(day, month, None, say_day_word=False))


# "trực 24/24h", "24/24 giờ": round the clock, the hours said ("hai mươi tư trên hai mươi tư giờ").
_ROUND_THE_CLOCK = re.compile(r"(?<![\d/.,-])24/24\s?(h|giờ)(?!\w)")


def date_pass(line: str, ctx: Context) -> str:
    if "24/24" in line:
        line = _ROUND_THE_CLOCK.sub(lambda m: pad("hai mươi tư trên hai mươi tư giờ"), line)
    if "(" in line:
        line = _BRACKETED_SPAN.sub(_bracketed_span, line)
    line = _DAY_LIST.sub(_day_list, line)
    if "-" in line or "–" in line or "—" in line:
        line = _BARE_DAY_RANGE.sub(_bare_day_range, line)
    line = _DAY_DASH_MONTH.sub(_day_dash_month, line)
    if "-" in line or "–" in line or "—" in line:
        line = _OCCASION_SPAN.sub(_occasion_span, line)
    line = _DATE_RANGE.sub(_date_range, line)
    line = _QUARTER_YEAR.sub(_quarter_year, line)
    line = _LAW_YEAR.sub(_law_year, line)
    line = _FULL_DATE.sub(_full_date, line)
    line = _MONTH_YEAR.sub(lambda m: _month_year(m, ctx.document_words), line)
    return _DAY_MONTH.sub(_day_month, line)


# ---------------------------------------------------------------- times
_TIME = r"(?:(\d{1,2})[hHg](\d{2})|(\d{1,2})[hH]|(\d{1,2}):(\d{2}))"
_TIME_RE = re.compile(rf"(?<![\w.,:/]){_TIME}(?!\w|:\d|[.,]\d)")  # "1:10.000" is a scale; "lúc 15h30:" a time
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
    return match.group() if start is None or end is None else pad(f"{start} đến {end}")


def _time(match: re.Match[str]) -> str:
    spoken = _time_from_groups(match.groups())
    return match.group() if spoken is None else pad(spoken)


# "7 giờ 30'", "7g30'": the minutes' mark is "phút". "lúc 7g", "7g sáng": "g" is giờ where a time is due (after
# "lúc", "từ", "đến", "khoảng" or before a part of the day), elsewhere a gram ("200g muối").
_MINUTE_MARK = re.compile(r"(?<![\w.,])(\d{1,2}\s*(?i:giờ)\s*\d{1,2})\s*['’′](?!\w)")
_HOUR_G = re.compile(
    r"(?<!\w)((?i:lúc|từ|đến|tới|khoảng|trước|sau|vào|hồi)\s+)(\d{1,2})g(?!\w)"
    r"|(?<![\w.,])()(\d{1,2})g(?=\s+(?i:sáng|trưa|chiều|tối|đêm)(?!\w))"
)


def time_pass(line: str) -> str:
    if "'" in line or "’" in line or "′" in line:
        line = _MINUTE_MARK.sub(r"\1 phút", line)
    if "g" in line:
        line = _HOUR_G.sub(lambda m: (m.group(1) or "") + pad(f"{number_to_words(int(m.group(2) or m.group(4)))} giờ"),
                           line)
    line = _ON_THE_HOUR.sub(r"\1", line)
    line = _TIME_RANGE.sub(_time_range, line)
    return _TIME_RE.sub(_time, line)
