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
from pipeline.speech.rates import UNITS, rate_pass

# "T2-T6", "T2 - CN": weekdays (thứ hai ... thứ bảy, chủ nhật) as written on opening hours.
_WEEKDAY_RANGE = re.compile(r"(?<!\w)(?:T|(?i:thứ)\s+)([2-7])\s*[-–—]\s*(?:(?:T|(?i:thứ)\s+)([2-7])|CN)(?!\w)")
_WEEKDAY = re.compile(r"(?<!\w)T([2-7])(?!\w)")
# "thứ 7/CN", "T7/CN": a day and Sunday, said one after the other.
_DAY_AND_SUNDAY = re.compile(r"(?<!\w)(?i:thứ\s*|T)([2-7])\s*/\s*CN(?!\w)")
# "Q.1", "P.5": quận and phường with their number (a dotted letter alone stays a letter).
# "Q1, TP.HCM", "P12, Q. Gò Vấp": with no dot, where the city or the district follows.
_DISTRICT = re.compile(
    r"(?<!\w)([QP])(?:\.\s?(\d{1,2})(?!\d)|(\d{1,2})(?=\s*,\s*(?:TP|Tp|(?i:thành phố|quận)|Q\.?\s?\w)))"
)
_DISTRICT_WORDS = {"Q": "quận", "P": "phường"}
# "2 triệu/1 con": a slash before "1" and a word means "per".
_PER_ONE = re.compile(r"\s*/\s*1\s+(?=[^\W\d_])")
# Units said after a number; a range "5-10%" or "1-2 triệu đ" keeps the unit of its second number, and says
# the first one's too when it is written ("45% - 75%").
_SUFFIX_WORDS = {
    "%": "phần trăm", "‰": "phần nghìn", "tr": "triệu",
    "₫": "đồng", "đ": "đồng", "VNĐ": "đồng", "VND": "đồng", "vnđ": "đồng", "vnd": "đồng",
    "USD": "đô la Mỹ", "EUR": "ơ rô", "€": "ơ rô", "k": "nghìn", **UNITS,
}
_SUFFIX = "|".join(sorted(map(re.escape, _SUFFIX_WORDS), key=len, reverse=True))
# "45% - 75%", "800.000đ - 1.000.000đ": a unit written after both numbers is said after both.
_RANGE = re.compile(
    rf"{NUM_START}({NUM})(?:\s?({_SUFFIX})(?![\w²³]))?\s*[-–—]\s*({NUM}){NUM_END}(?:\s?({_SUFFIX})(?![\w²³]))?(?![/]\d)"
)
# "tháng 9 - tháng 11", "thôn 1 - thôn 5", "khu phố 3 - khu phố 6": the same word (or two) before a number on both
# ends of a dash is a range, said "... đến ...".
_WORD_RANGE = re.compile(
    r"(?<!\w)(((?:[^\W\d_]+\s)?[^\W\d_]+)\s+\d{1,4}[A-Z]?)\s*[-–—]\s*(?=\2\s+\d)", re.IGNORECASE
)
# "Ven biển Thanh Hóa - Hà Tĩnh", "từ Quảng Ninh - Ninh Bình": a dash between two places named after a word of
# where (a coast, a sea, an area, provinces) is a stretch from one to the other, "đến" (elsewhere a dash is a pause).
_PLACE_RANGE = re.compile(
    r"(?<!\w)((?i:ven biển|bờ biển|vùng biển|vùng núi|khu vực|các tỉnh|từ)(?:\s+[^\W\d_]+){1,4}?)\s+[-–—]\s+"
    r"(?=([^\W\d_]+))"
)
# "thứ 2, 4, 6", "thứ 3 và 5": a list of weekdays after one "thứ", each said as a day ("thứ hai, tư, sáu").
_WEEKDAY_LIST = re.compile(r"(?<!\w)((?i:thứ))\s+([2-7])((?:\s*(?:,|và|hoặc)\s*[2-7](?![\d.,/]\d|\d|/))+)(?![\d/])")
# "1.5 triệu", "2.5 tỷ": a dot with one or two digits before nghìn, triệu, tỷ is a decimal point, typed
# the English way ("1.500 triệu" keeps its thousands separator).
_DECIMAL_BEFORE_NUMBER_WORD = re.compile(
    rf"{NUM_START}(\d+\.\d{{1,2}})(?=\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))"
)
# "NPK 16-16-8", "tỷ lệ 1-2-1": three or more numbers joined by dashes are a formula, not a range: each said.
_NUMBER_CHAIN = re.compile(r"(?<![\w.,/-])\d{1,3}(?:-\d{1,3}){2,}(?![\w-]|[.,]\d)")
# "QL1A", "QL 14", "TL.537", "ĐT.535", "ĐT 535": a road and its number (with the letter of a branch), not an
# acronym. "ĐT" is also điện thoại: with a space, a number from 0 ("ĐT 0912 ...") or a service number ("ĐT 113")
# stays a phone's.
_ROAD = re.compile(
    r"(?<!\w)(?:(QL|TL)\.?\s?|(ĐT|ĐH)(?:\.\s?|\s(?=[1-9])(?!11\d)))(\d{1,3})([A-Z]?)(?!\w|[.,]\d)"
)
# "SN 1985" is the year of birth (sinh năm), "SN 12" a house number (số nhà).
_BORN = re.compile(r"(?<!\w)SN:?\s?(?=(?:19|20)\d{2}(?!\d))")
_HOUSE = re.compile(r"(?<!\w)SN:?\s?(?=\d)")
_ROAD_WORDS = {"QL": "quốc lộ", "TL": "tỉnh lộ", "ĐT": "đường tỉnh", "ĐH": "đường huyện"}
_ORDINAL = re.compile(r"(?<!\w)(thứ)\s+(\d{1,3})(?![\d.,/]\d|\d)", re.IGNORECASE)
_MONTH = re.compile(r"(?<!\w)(tháng)\s+(\d{1,2})(?![\d/]|[.,]\d)", re.IGNORECASE)
# Roman numerals only after the words that take them, and only I, V, X ("Phần C" is a letter, "CV" a word):
# after a ranking word as a number ("hạng III" -> "hạng ba", "giai đoạn II" -> "giai đoạn hai"), after "thứ" as
# an ordinal ("lần thứ I" -> "lần thứ nhất", "kỳ họp thứ IV" -> "kỳ họp thứ tư").
_ROMANS = r"[IVX]+(?:\s*(?:[/,–-]|và|hoặc|đến)\s*[IVX]+)*(?!\w|-\w)"  # "I", "I/II", "I và II", "XIV - XV"
_ROMAN_AFTER = re.compile(
    r"(?<!\w)((?i:khóa|khoá|chương|phần|mục|quý|vùng|đại hội|thế kỷ|kỳ|lần|phụ lục|hạng|giai đoạn|đợt|loại|"
    r"báo động|cấp độ|cấp|nhóm độc|nhóm|khu vực|tiểu mục|quân khu|quân đoàn|bậc|tuyến|tập|vòng|tuần|"
    r"khu phố|tiểu khu|phân khu|thôn|xóm|ấp|tổ|đội)|BĐ|KP)\s*"
    rf"(?<=\s|Đ)({_ROMANS})"
)
# After a name ("KCN Hoàng Mai II", "Thủy điện Sông Hinh III", "Thế chiến II"), a numeral of two letters or more is a
# number: the name's last word has a capital and a small letter (not "Lớp MIX", "Phần C"; a lone "X" after a name is a
# placeholder, "Nguyễn Văn X").
_ROMAN_AFTER_NAME = re.compile(r"(?<!\w)([^\W\d_]+)([ \t]+)([IVX]{2,6})(?![\w-])")
_ROMAN_ORDINAL = re.compile(r"(?<!\w)((?i:thứ))\s+([IVX]+)(?!\w|-\w)")
_CURRENCY = re.compile(rf"{NUM_START}({NUM})\s?(₫|đồng|đ|VNĐ|VND|vnđ|vnd){NUM_END}(?!\w)")
_DOLLARS_BEFORE = re.compile(rf"(?<!\w)(?:\$|US\$)\s?({NUM}){NUM_END}")
# "500 USD", "1.500 EUR", "2 euro": a foreign currency after its amount.
_FOREIGN_CURRENCIES = {"USD": "đô la Mỹ", "$": "đô la Mỹ", "EUR": "ơ rô", "€": "ơ rô", "euro": "ơ rô"}
_FOREIGN_AFTER = re.compile(rf"{NUM_START}({NUM})\s?(USD|\$|EUR|€|(?i:euro))(?!\w)")
# "-1°C", "-18 độ": a minus sign glued to a temperature is "âm" ("3 - 6°C" is a range).
_BELOW_ZERO = re.compile(r"(?<![\w.,/-])(?<!\d\s)[-−](?=\d+(?:[.,]\d+)?\s?(?:°C|°|độ)(?!\w))")
_PERCENT = re.compile(rf"{NUM_START}({NUM})\s?([%‰])")
_PERCENT_WORDS = {"%": "phần trăm", "‰": "phần nghìn"}
# "50k", "150tr đồng": nghìn and triệu, as notes shorten them (one regex: each costs a scan of the line).
_SHORT_THOUSANDS = re.compile(rf"{NUM_START}({NUM})(k|\s?tr)(?!\w)")
_UNIT = re.compile(
    rf"{NUM_START}({NUM})\s?({'|'.join(sorted(map(re.escape, UNITS), key=len, reverse=True))})(?![\w²])"
)
# "140/90 mmHg": two numbers over one unit (a blood pressure), "... trên ... mi li mét thủy ngân".
_FRACTION_UNIT = re.compile(
    rf"{NUM_START}({NUM})\s?/\s?({NUM})\s?({'|'.join(sorted(map(re.escape, UNITS), key=len, reverse=True))})(?![\w²])"
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


# "60+ tuổi", "18+": so many and more, "sáu mươi tuổi trở lên".
_AND_OVER = re.compile(r"(?<![\w.,])(\d{1,3})\+(?:\s*(tuổi))?(?![\w+])")
# "5tr5": five and a half million, "năm triệu năm trăm nghìn".
_MILLION_AND = re.compile(r"(?<![\w.,])(\d{1,3})tr(\d)(?!\w)")
# "Điều 2.1.3", "mục 1.2.4": the numbers of nested sections, said one by one with "chấm" (never thousands).
_SECTION_CHAIN = re.compile(r"(?<![\w.,])\d{1,2}(?:\.\d{1,2}){2,}(?![\w]|[.,]\d)")
# "số nhà 25/3", "ngõ 12/5", "kiệt 34/2": a house's number and its branch, "hai mươi lăm trên ba", never a date.
_HOUSE_SLASH = re.compile(
    r"(?<!\w)((?i:số nhà|nhà số|ngõ|ngách|hẻm|kiệt|căn hộ|SN)\s+)(\d{1,4})/(\d{1,4}[A-Z]?)(?![\w/]|[.,]\d)"
)
# "tỷ lệ 1:1000": a scale or a ratio, "một trên một nghìn".
_RATIO = r"\d+\s*:\s*(?:\d{1,3}(?:\.\d{3})+(?!\d)|\d+)"
_RATIO_COLON = re.compile(rf"(?<!\w)((?i:tỷ lệ|tỉ lệ)\s+)({_RATIO}(?:\s*(?:,|và|hoặc)\s*{_RATIO})*)(?![\w:]|[.,]\d)")


# "Km 45", "Km45+500": a kilometre post of a road (the metres past it after "+"), "ki lô mét bốn mươi lăm cộng năm
# trăm"; "Km 45 - Km 52", "Km 45 - 52" is a stretch, "... đến ...". Only before its number: after one "km" is a unit.
_KM = r"[Kk]m\s?(\d{1,4})(?:\s?\+\s?(\d{1,3}))?"
_KM_POST = re.compile(
    rf"(?<![\w.,])(?<!\d\s){_KM}(?:\s*[-–—]\s*(?:[Kk]m\s?)?(\d{{1,4}})(?:\s?\+\s?(\d{{1,3}}))?)?(?![\w²³]|[.,]\d)"
)


def _km_post(match: re.Match[str]) -> str:
    def post(number: str, metres: str | None) -> str:
        return f"ki lô mét {number_to_words(int(number))}" + (f" cộng {number_to_words(int(metres))}" if metres else "")

    spoken = post(match.group(1), match.group(2))
    if match.group(3):
        spoken += " đến " + post(match.group(3), match.group(4))
    return pad(spoken)


def house_number_pass(line: str) -> str:
    """House numbers with a slash, read before the dates are (which would make "25/3" a day of March)."""
    if "/" not in line:
        return line
    return _HOUSE_SLASH.sub(lambda m: m.group(1) + pad(f"{number_to_words(int(m.group(2)))} trên "
                                                      f"{_digits_and_letter(m.group(3))}"), line)


def _digits_and_letter(written: str) -> str:
    number = re.match(r"\d+", written).group()
    return f"{number_to_words(int(number))} {written[len(number):]}".strip()


# "Q. Chủ tịch", "Q. Giám đốc": acting (quyền), before a title.
_ACTING = re.compile(
    r"(?<!\w)Q\.\s?(?=(?:Chủ tịch|Giám đốc|Trưởng|Hiệu trưởng|Bộ trưởng|Chánh|Cục trưởng|Viện trưởng)(?!\w))"
)
# "tỷ số 3-1", "tỉ số lượt đi là 2 - 1": a match's score, the two numbers said one after the other.
_SCORE = re.compile(
    r"(?<!\w)((?:(?i:tỷ số|tỉ số)(?:\s+[^\W\d_]+){0,4}?|(?i:thắng|thua|hòa))\s+)"
    r"(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d/.,-])"
)


# "16,8°N; 111,5°E": a latitude and a longitude.
_COORDINATE = re.compile(r"(\d+(?:,\d+)?)\s?°\s?([NSEW])(?!\w)")
_COORDINATE_WORDS = {"N": "vĩ Bắc", "S": "vĩ Nam", "E": "kinh Đông", "W": "kinh Tây"}
# "số lô 240315": a batch number is typed, said digit by digit.
_BATCH = re.compile(r"(?<!\w)((?i:số lô|lô số|lô sản xuất)\s*:?\s*)(\d{4,})(?![\d.,]\d)")
# "mỗi ha rừng": after "mỗi" the hectare needs no number to be one.
_EACH_HECTARE = re.compile(r"(?<!\w)((?i:mỗi)\s+)ha(?!\w)")


def number_pass(line: str) -> str:
    if "°" in line:
        line = _COORDINATE.sub(lambda m: pad(f"{_amount(m.group(1))} độ {_COORDINATE_WORDS[m.group(2)]}"), line)
    if "lô" in line:
        line = _BATCH.sub(lambda m: m.group(1) + pad(read_digits(m.group(2))), line)
    if "ha" in line:
        line = _EACH_HECTARE.sub(r"\1héc ta", line)
    if "Q." in line:
        line = _ACTING.sub("Quyền ", line)
    if "-" in line or "–" in line:
        line = _SCORE.sub(lambda m: m.group(1) + pad(f"{number_to_words(int(m.group(2)))} "
                                                      f"{number_to_words(int(m.group(3)))}"), line)
    if "°" in line or "độ" in line:
        line = _BELOW_ZERO.sub(" âm ", line)
    if "m" in line:
        line = _KM_POST.sub(_km_post, line)
    if "+" in line:
        line = _AND_OVER.sub(lambda m: pad(f"{number_to_words(int(m.group(1)))} {m.group(2) or ''} trở lên"), line)
    if "tr" in line:
        line = _MILLION_AND.sub(lambda m: pad(f"{number_to_words(int(m.group(1)))} triệu "
                                              f"{number_to_words(int(m.group(2)))} trăm nghìn"), line)
    if "." in line:
        line = _SECTION_CHAIN.sub(lambda m: pad(" chấm ".join(number_to_words(int(n)) for n in m.group().split("."))),
                                  line)
    if ":" in line:
        line = _RATIO_COLON.sub(lambda m: m.group(1) + re.sub(_RATIO, _ratio, m.group(2)), line)
    line = _WEEKDAY_RANGE.sub(_weekday_range, line)
    line = _DAY_AND_SUNDAY.sub(lambda m: pad(f"thứ {_ordinal_tail(int(m.group(1)))}, chủ nhật"), line)
    line = _WEEKDAY.sub(lambda m: pad(f"thứ {_ordinal_tail(int(m.group(1)))}"), line)
    line = _DISTRICT.sub(
        lambda m: pad(f"{_DISTRICT_WORDS[m.group(1)]} {number_to_words(int(m.group(2) or m.group(3)))}"), line)
    if "L" in line or "Đ" in line:  # the cheap test first: most lines name no road
        line = _ROAD.sub(_road, line)
    if "SN" in line:
        line = _HOUSE.sub(" số nhà ", _BORN.sub(" sinh năm ", line))
    line = _PER_ONE.sub(" mỗi ", line)
    line = rate_pass(line)
    line = _DECIMAL_BEFORE_NUMBER_WORD.sub(lambda m: pad(_amount(m.group(1))), line)
    if "-" in line:
        line = _NUMBER_CHAIN.sub(lambda m: pad(", ".join(number_to_words(int(n)) for n in m.group().split("-"))),
                                 line)
    line = _WORD_RANGE.sub(r"\1 đến ", line)
    if "-" in line or "–" in line or "—" in line:
        line = _PLACE_RANGE.sub(_place_range, line)
    line = _WEEKDAY_LIST.sub(_weekday_list, line)
    line = _RANGE.sub(_range, line)
    line = _ORDINAL.sub(lambda m: pad(m.group(1) + " " + _ordinal_tail(int(m.group(2)))), line)
    line = _MONTH.sub(lambda m: _month(m), line)
    line = _ROMAN_AFTER.sub(_roman, line)
    line = _ROMAN_ORDINAL.sub(_roman, line)
    if "II" in line or "V" in line or "X" in line:
        line = _ROMAN_AFTER_NAME.sub(_roman_after_name, line)
    line = _CURRENCY.sub(lambda m: pad(f"{_amount(m.group(1))} đồng"), line)
    line = _DOLLARS_BEFORE.sub(lambda m: pad(f"{_amount(m.group(1))} đô la Mỹ"), line)
    line = _FOREIGN_AFTER.sub(
        lambda m: pad(f"{_amount(m.group(1))} {_FOREIGN_CURRENCIES.get(m.group(2), 'ơ rô')}"), line)
    line = _PERCENT.sub(lambda m: pad(f"{_amount(m.group(1))} {_PERCENT_WORDS[m.group(2)]}"), line)
    line = _SHORT_THOUSANDS.sub(
        lambda m: pad(f"{_amount(m.group(1))} {'nghìn' if m.group(2) == 'k' else 'triệu'}"), line)
    line = _FRACTION_UNIT.sub(lambda m: pad(f"{_amount(m.group(1))} trên {_amount(m.group(2))} {UNITS[m.group(3)]}"),
                              line)
    line = _UNIT.sub(lambda m: pad(f"{_amount(m.group(1))} {UNITS[m.group(2)]}"), line)
    line = _FRACTION.sub(lambda m: pad(f"{_amount(m.group(1))} trên {_amount(m.group(2))}"), line)
    line = _LONG_DIGITS.sub(_read_long_digits, line)
    line = _ANY_NUMBER.sub(lambda m: pad(written_number_to_words(m.group())), line)
    # Whatever digits are left sit in odd punctuation (".5", "a,4"): still never hand a digit to an engine.
    return _STRAY_DIGITS.sub(lambda m: pad(number_to_words(int(m.group()))), line)


def _ratio(match: re.Match[str]) -> str:
    first, second = match.group().split(":")
    return pad(f"{number_to_words(int(first))} trên {written_number_to_words(second.strip())}")


def _road(match: re.Match[str]) -> str:
    kind = _ROAD_WORDS[match.group(1) or match.group(2)]
    return pad(f"{kind} {number_to_words(int(match.group(3)))} {match.group(4)}")


def _place_range(match: re.Match[str]) -> str:
    """"đến" where both sides of the dash are names (capitalised), the dash as it was otherwise."""
    words = match.group(1).split()[1:]
    named = words and words[-1][0].isupper() and match.group(2)[0].isupper()
    return f"{match.group(1)} đến " if named else match.group()


def _weekday_list(match: re.Match[str]) -> str:
    days = re.sub(r"[2-7]", lambda m: _ordinal_tail(int(m.group())), match.group(3))
    return pad(f"{match.group(1)} {_ordinal_tail(int(match.group(2)))}{days}")


def _weekday_range(match: re.Match[str]) -> str:
    last = f"thứ {_ordinal_tail(int(match.group(2)))}" if match.group(2) else "chủ nhật"
    return pad(f"thứ {_ordinal_tail(int(match.group(1)))} đến {last}")


def _range(match: re.Match[str]) -> str:
    first_unit, last_unit = (_SUFFIX_WORDS.get(match.group(i) or "", "") for i in (2, 4))
    return pad(f"{_amount(match.group(1))} {first_unit} đến {_amount(match.group(3))} {last_unit}")


def _ordinal_tail(n: int) -> str:
    return ordinal_to_words(n).removeprefix("thứ ")


def _month(match: re.Match[str]) -> str:
    month = int(match.group(2))
    if not 1 <= month <= 12:
        return match.group()
    return pad(f"{match.group(1)} {month_to_words(month)}")


def _roman(match: re.Match[str]) -> str:
    """"hạng III" -> "hạng ba", "loại I/II" -> "loại một/hai", "lần thứ XIII" -> "lần thứ mười ba"."""
    numerals = re.findall(r"[IVX]+", match.group(2))
    try:
        values = [roman_to_int(numeral) for numeral in numerals]
    except ValueError:
        return match.group()
    say = _ordinal_tail if match.group(1).casefold() == "thứ" else number_to_words
    spoken = re.sub(r"[IVX]+", lambda m: say(values.pop(0)), match.group(2))
    spoken = re.sub(r"\s*[–-]\s*", " đến ", spoken)  # "khóa XIV - XV": a range of terms
    return pad(f"{match.group(1)} {spoken}")


def _roman_after_name(match: re.Match[str]) -> str:
    name = match.group(1)
    if not (name[0].isupper() and not name.isupper()):
        return match.group()
    try:
        return name + match.group(2) + pad(number_to_words(roman_to_int(match.group(3))))
    except ValueError:
        return match.group()
