"""A slash between a quantity and a unit or noun: a price, a ratio of two measures, or so much per period.

How the slash is said depends on what stands on each side of it, as an announcer reads it:
- a price, money before the slash: "một" and the unit ("60.000 đồng/kg" -> "... đồng một ki lô gam",
  "2.000 đồng/trang" -> "... đồng một trang"), but "mỗi" before a period or a counted person or thing
  ("đồng/tháng", "đồng/người", "đồng/con" -> "mỗi tháng", "mỗi người", "mỗi con");
- a ratio of two measures: "trên" ("30 km/h" -> "ba mươi ki lô mét trên giờ", "65 tạ/ha" -> "... tạ trên
  héc ta", "100 con/m²" -> "... con trên mét vuông");
- any other quantity before a word: "mỗi" ("100 lần/phút", "30 kg cỏ/ngày", "12 ngày/năm");
- a period before a slash and "lần" or "đợt" after it: how often, "một" ("6 tháng/lần" -> "sáu tháng một lần"),
  but after a verb of leave, stay or treatment it is what each occasion takes, "mỗi" ("nghỉ 2 ngày/lần");
- a number of periods after the slash: what the amount covers, "cho" after money ("1.263.600 đồng/12 tháng"
  -> "... đồng cho mười hai tháng"), "trong" after any other quantity ("2 lần/3 tháng" -> "hai lần trong ba
  tháng"); "/1 tháng" is "mỗi tháng".
A slash with no number just before it ("con/cháu", "CCCD/CMND") is left alone: it means "or" (said
"hoặc" by the symbol pass), unless money comes before it or a period after it ("đồng/kg", "đồng/tháng" in
a table's heading) or it joins two unit symbols ("km/h").
"""

from __future__ import annotations

import re

from pipeline.speech.context import pad, text_before

# Units written as symbols after a number, and how they are said.
UNITS = {
    "km²": "ki lô mét vuông", "km2": "ki lô mét vuông", "m²": "mét vuông", "m2": "mét vuông",
    "m³": "mét khối", "m3": "mét khối", "kg": "ki lô gam", "km": "ki lô mét", "cm": "xăng ti mét",
    "mm": "mi li mét", "ha": "héc ta", "m": "mét", "kWh": "ki lô oát giờ", "kW": "ki lô oát",
    "cm³": "xăng ti mét khối", "cm3": "xăng ti mét khối", "ml": "mi li lít", "mg": "mi li gam", "g": "gam",
    "kV": "ki lô vôn", "MW": "mê ga oát", "µg": "mi crô gam", "μg": "mi crô gam",
    # electricity, sound, frequency, data, pressure, concentration and power as notices write them after a number
    "V": "vôn", "W": "oát", "Wh": "oát giờ", "MWh": "mê ga oát giờ", "GWh": "gi ga oát giờ", "kVA": "ki lô vôn am pe",
    "MVA": "mê ga vôn am pe", "mAh": "mi li am pe giờ", "HP": "mã lực", "dB": "đê xi ben", "Hz": "héc",
    "kHz": "ki lô héc", "MHz": "mê ga héc", "GHz": "gi ga héc", "KB": "ki lô bai", "MB": "mê ga bai", "GB": "gi ga bai",
    "Mbps": "mê ga bít trên giây", "Gbps": "gi ga bít trên giây", "mmHg": "mi li mét thủy ngân",
    "kPa": "ki lô pát xcan", "MPa": "mê ga pát xcan", "ppm": "phần triệu", "mmol": "mi li mol", "µm": "mi crô mét",
    "μm": "mi crô mét", "kcal": "ki lô ca lo", "mcg": "mi crô gam", "mm²": "mi li mét vuông", "mm2": "mi li mét vuông",
    "mm³": "mi li mét khối", "mm3": "mi li mét khối", "ppt": "phần nghìn", "hPa": "héc tô pát xcan",
    "dBA": "đê xi ben a",
    "kWp": "ki lô oát đỉnh", "mA": "mi li am pe", "nm": "na nô mét", "µSv": "mi crô xi vơ", "μSv": "mi crô xi vơ",
    "CV": "mã lực",
}
# After a slash, "h" and "s" are the hour and the second of a physical unit ("km/h", "m/s"), "l" the litre ("mg/l").
_UNITS_AFTER_SLASH = {**UNITS, "h": "giờ", "s": "giây", "l": "lít"}
# Measures written as words: after a slash they make a ratio ("tạ/ha", "kg/sào", "lít/ha").
_MEASURE_WORDS = frozenset({"tấn", "tạ", "yến", "lít", "sào", "mẫu", "giờ", "giây"})
# Periods and counted people or things: after a slash after a quantity they are "mỗi".
PERIODS = ("ngày", "tuần", "tháng", "quý", "năm", "giờ", "phút", "giây")
# An amount given to each of a count of people, households, homes, bodies or places is "mỗi" too ("đồng/căn",
# "đồng/thành viên", "đồng/thôn"): they receive it, nobody buys them. Goods and copies priced by the piece ("đồng/kg",
# "đồng/trang", "đồng/bó") stay "một", and so does "bản" (a copy more often than a village). Several words are one
# noun ("hộ gia đình", "học sinh").
_COUNTED = (
    "người", "lần", "hộ", "con", "suất", "kỳ", "lượt", "ca", "buổi", "khẩu", "lao động",
    "hộ gia đình", "gia đình", "căn", "căn hộ", "ngôi nhà", "nhà", "học sinh", "sinh viên", "trẻ", "cháu", "em",
    "thành viên", "hội viên", "đoàn viên", "tổ viên", "đối tượng", "bệnh nhân", "người bệnh", "cán bộ", "giáo viên",
    "tổ", "nhóm", "đội", "thôn", "xóm", "ấp", "tổ dân phố", "khu phố", "xã", "phường", "trường", "lớp",
    "đơn vị", "cơ sở", "doanh nghiệp", "hợp tác xã", "mô hình", "công trình", "dự án", "thửa", "hồ sơ", "trận",
    "tiết", "đêm", "khách", "du khách",
)
# The same counted nouns as commune texts abbreviate them ("300.000 đồng/HS/tháng"), expanded later by the lexicon.
_COUNTED_ABBREVIATIONS = frozenset({"HS", "SV", "HGĐ", "GV", "NLĐ", "ĐV", "HV", "BN"})

_MONEY = frozenset({"₫", "đồng", "đ", "VNĐ", "VND", "vnđ", "vnd", "USD", "$", "EUR", "€"})
_MONEY_WORDS = frozenset({"đồng", "VNĐ", "VND", "USD", "EUR"})  # money even with no number before: "Giá (đồng/kg)"
_NUMBER_WORDS = ("nghìn", "ngàn", "triệu", "tỷ", "tỉ")
# After a period, these say how often: "6 tháng/lần" is once in six months.
_OCCASIONS = ("lần", "đợt")
# ... unless the period is what is taken off or spent each time: "được nghỉ 2 ngày/lần" is two days off for each
# occasion ("mỗi lần"), after a verb of leave, stay or treatment (a check-up, "khám 6 tháng/lần", is how often).
_DURATION_VERB = re.compile(
    r"(?<!\w)(?i:nghỉ(?:\s+(?:phép|việc|ốm|dưỡng sức|dưỡng|bù))?|nằm viện|điều trị|cách ly|kéo dài)"
    r"(?:\s+(?i:tối đa|không quá|từ|thêm))?\s+\d{1,3}\s+[^\W\d_]+\s*$"
)

_UNIT_PAIR = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)) + r")\s*/\s*("
    + "|".join(sorted(map(re.escape, _UNITS_AFTER_SLASH), key=len, reverse=True)) + r")(?![\w²³])"
    r"(?:\s*/\s*(lần|liều|ngày|tuần|tháng|năm|giờ|đợt)(?!\w))?"
)
_SLASH = re.compile(
    r"(?<=[^\W_]|[%²³₫$])\s*/\s*(" + "|".join(sorted(map(re.escape, _UNITS_AFTER_SLASH), key=len, reverse=True))
    + "|" + "|".join(sorted((noun for noun in _COUNTED if " " in noun), key=len, reverse=True))
    + r"|[^\W\d_]+)(?![\w²³])"
)
_MEASURES = "|".join(sorted(map(re.escape, [*UNITS, *_MEASURE_WORDS]), key=len, reverse=True))
_MEASURE_OF = re.compile(rf"\d\s?(?:{_MEASURES})(?:\s+[^\W\d_]+){{1,3}}$")
# "80 mg/100 ml", "5 kg/1.000 m²": a measure over a quantity of a measure, said "trên".
# A noun may follow the first measure: "1 lít dung dịch/4 m²", "5 kg phân/1.000 m²".
_MEASURE_OVER = re.compile(
    rf"(?<![\w.,])(\d[\d.,]*\s?(?:{_MEASURES})(?:\s+[^\W\d_]+){{0,3}})\s*/\s*(?=\d[\d.,]*\s?(?:{_MEASURES})(?![\w²³]))"
)
# The tokens before the slash that may hold its quantity: "60.000 đồng", "1 lít", "30 kg cỏ", "1,5 triệu đồng",
# "20 con gà giống".
_QUANTITY_BEFORE = re.compile(r"(?:^|[\s(])((?:\S+\s+){0,3}\S+)$")


def _left_word(before: str) -> str:
    match = re.search(r"([^\W\d_]+|[%²³₫$])\s*$", before)
    return match.group(1) if match else ""


def _has_quantity(before: str) -> bool:
    """Is there a number among the (at most four) tokens before the slash, in the same clause?"""
    clause = re.split(r"[,;:()]", before)[-1]
    match = _QUANTITY_BEFORE.search(clause.rstrip())
    return bool(match and re.search(r"\d", match.group(1)))


def _has_measure(before: str) -> bool:
    """A measure of something (up to three words), before a slash and a unit: "10 tấn phân chuồng/ha"."""
    clause = re.split(r"[,;:()]", before)[-1]
    return _MEASURE_OF.search(clause.rstrip()) is not None


def _said(right: str) -> str:
    return _UNITS_AFTER_SLASH.get(right, right)


def _per(match: re.Match[str]) -> str:
    before, right = text_before(match), match.group(1)
    left = _left_word(before)
    if not _has_quantity(before) and left not in _MONEY_WORDS and not (
        (right in _UNITS_AFTER_SLASH or right.casefold() in _MEASURE_WORDS) and _has_measure(before)
    ):
        return match.group()
    is_money = left in _MONEY
    said = _said(right)
    if left.casefold() in PERIODS and right.casefold() in _OCCASIONS:
        if _DURATION_VERB.search(before):
            return pad(f"mỗi {said}")  # "nghỉ 2 ngày/lần": two days off each time
        return pad(f"một {said}")  # "6 tháng/lần": once every six months
    if (right.casefold() in PERIODS + _COUNTED or right in _COUNTED_ABBREVIATIONS) and right not in ("h", "s"):
        if left in UNITS and right.casefold() in ("giờ", "giây"):
            return pad(f"trên {said}")  # "40 km/giờ": a speed
        return pad(f"mỗi {said}")
    if is_money:
        return pad(f"một {said}")
    if right in _UNITS_AFTER_SLASH or right.casefold() in _MEASURE_WORDS:
        return pad(f"trên {said}")
    if left.casefold() in _NUMBER_WORDS:
        return pad(f"một {said}")  # "1,5 triệu/hộ" is money too
    return pad(f"mỗi {said}")


# "120 ha/350 ha", "45 hộ/50 hộ", "30%/100%": a quantity over another is a share, said "trên".
_SHARE = re.compile(r"(?<=\d)(\s?(?:%|[^\W\d_]{1,8}(?:\s[^\W\d_]{1,8})?))\s*/\s*(?=\d[\d.,]*\s?\1(?!\w))")


# "1.263.600 đồng/12 tháng", "2 lần/3 tháng": a slash before a number of periods.
_SPAN = re.compile(
    r"(?<=[^\W\d_]|[%²³₫$])\s*/\s*(?=\d{1,3}\s+(?:" + "|".join(PERIODS) + r")(?!\w))", re.IGNORECASE
)


def _span(match: re.Match[str]) -> str:
    before = text_before(match)
    left = _left_word(before)
    if left in _MONEY:
        return pad("cho")
    return pad("trong") if _has_quantity(before) else match.group()


def rate_pass(line: str) -> str:
    """Say the slash of "60.000 đồng/kg", "30 km/h", "65 tạ/ha", "100 lần/phút" as an announcer does."""
    if "/" not in line:  # every reading below is of a slash: most lines have none
        return line
    line = _SHARE.sub(lambda m: f"{m.group(1)} trên ", line)
    line = _SPAN.sub(_span, line)
    line = _MEASURE_OVER.sub(r"\1 trên ", line)
    # Two unit symbols are a unit of their own, with or without a number: "(km/h)", "kg/ha".
    line = _UNIT_PAIR.sub(lambda m: pad(f"{UNITS[m.group(1)]} trên {_said(m.group(2))}"
                                        + (f" mỗi {m.group(3)}" if m.group(3) else "")), line)
    return _SLASH.sub(_per, line)
