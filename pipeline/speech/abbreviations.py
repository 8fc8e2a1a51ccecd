"""Place units before names, the abbreviation lexicon, and capital-letter acronyms nobody put in it."""

from __future__ import annotations

import re

from pipeline.speech.context import SECTORS, Context, capitalize_first, pad, text_after, text_before
from pipeline.speech.definitions import definition_pass
from pipeline.speech.lexicon import spell_letters
from pipeline.speech.numbers import number_to_words, read_digits

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
        previous = re.search(r"([^\W\d_]+)[ \t]*$", text_before(match))
        if previous and (_is_personal_name(previous.group(1))
                         or previous.group(1).casefold() in _NOT_A_PLACE_BEFORE):
            return match.group()
    return pad(_PLACE_UNITS[unit])


def address_pass(line: str) -> str:
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


def _beside_shouted_word(match: re.Match[str]) -> bool:
    """Is the word just before or just after `match` a Vietnamese word typed in capitals ("SỬA")?"""
    previous = _WORD.findall(text_before(match))[-1:]
    following = _WORD.findall(text_after(match))[:1]
    return any(word.isupper() and _is_shouted_word(word) for word in previous + following)


# An abbreviation with another sense among the words of one field: "THT" is a tổ hợp tác (the lexicon's) except
# beside the words of livestock and their vaccines ("tiêm phòng THT, LMLM cho trâu bò": tụ huyết trùng).
_LIVESTOCK_WORDS = re.compile(
    r"(?<!\w)(?:(?i:tiêm|vắc xin|vác xin|bệnh|ổ dịch|dịch bệnh|trâu|bò|lợn|heo|gia súc|gia cầm|thú y)"
    r"|LMLM|DTLCP|VDNC|THT)(?!\w)"
)
# "TB" is a thương binh beside the words of those who served ("Gia đình LS, TB, BB"), not a Thông báo.
_SERVICE_WORDS = re.compile(r"(?<!\w)(?:(?i:thương binh|bệnh binh|liệt sĩ|người có công|chính sách)|LS|BB|NCC|TBLS)(?!\w)")
_SCANNER_WORDS = re.compile(r"(?i:chụp|máy|phim|cắt lớp|tòa|khối nhà)(?!\w)")  # a CT scan, tower CT3
_JOB_WORDS = re.compile(r"(?i:ứng viên|mang theo|xin việc|bằng cấp|tuyển dụng|phỏng vấn|viết)(?!\w)")  # a résumé
_UNION_WORDS = re.compile(r"(?i:đoàn viên|công nhân|người lao động|cán bộ|chủ tịch|quỹ|kinh phí)(?!\w)")
_OTHER_SENSES = {"THT": (_LIVESTOCK_WORDS, "tụ huyết trùng"), "TB": (_SERVICE_WORDS, "thương binh"),
                 "CT": (_SCANNER_WORDS, "xê tê"), "CĐ": (_UNION_WORDS, "công đoàn"),
                 "CV": (_JOB_WORDS, "xê vê")}
# Senses told by the very next word: "TT ĐU", "TT HĐND" is the Thường trực (standing committee) of that body, not a
# Thông tư; "CT UBND", "CT xã", "CT, PCT" a Chủ tịch, not a Chỉ thị.
_BODIES_AFTER = r"ĐU|HU|TU|HĐND|UBND|UBMTTQ|MTTQ|HĐND&UBND|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Hội đồng|Ủy ban"
# "TT DVNN", "TT Văn hóa" is a Trung tâm; "BCH QS", "BCH PCTT" a Ban Chỉ huy (of a force), not a Ban Chấp hành.
_CENTRES_AFTER = (r"[A-ZĐ]{2,}|(?:Y tế|Văn hóa|Dịch vụ|Chính trị|Phục vụ|Khuyến nông|Giáo dục|Kiểm soát|Hành chính|"
                  r"Giống|Phát triển|Nước sạch|Truyền thông|Thông tin)(?!\w)")
_NEXT_SENSES = {  # the first of an abbreviation's senses whose pattern matches what follows it
    "TT": ((re.compile(rf"\s*(?:{_BODIES_AFTER})(?![\w&-])"), "Thường trực"),
           (re.compile(rf"\s*(?:{_CENTRES_AFTER})"), "Trung tâm")),
    "CT": ((re.compile(rf"\s*(?:{_BODIES_AFTER}|xã|phường|thị trấn|huyện|tỉnh|nước|,\s*PCT)(?![\w&-])"), "Chủ tịch"),),
    "BCH": ((re.compile(r"\s*(?:QS|(?i:quân sự)|PCTT|PCLB|TKCN|(?i:phòng chống|phòng, chống))(?!\w)"), "Ban Chỉ huy"),),
}


def _other_sense(match: re.Match[str]) -> str | None:
    for pattern, spoken in _NEXT_SENSES.get(match.group(), ()):
        if pattern.match(text_after(match)):
            return spoken
    sense = _OTHER_SENSES.get(match.group())
    if sense is None:
        return None
    words, spoken = sense
    before, after = _neighbour_words(match, 3)
    return spoken if words.search(before) or words.search(after) else None


def _expand(match: re.Match[str], ctx: Context) -> str:
    if _PLAUSIBLE_SYLLABLE.fullmatch(match.group()) and _beside_shouted_word(match):
        return match.group()  # "TU SỬA", "ĐU ĐỦ": a word of a heading in capitals, not "Tỉnh ủy", "Đảng ủy"
    if re.search(r"[^\W\d_]&$", text_before(match)) or re.match(r"&[^\W\d_]", text_after(match)):
        return match.group()  # a piece of a name joined by "&" the lexicon does not know: "CN" of it is no Sunday
    spoken = _other_sense(match) or ctx.lexicon[match.group()]
    following = text_after(match).lstrip()
    if _NAME_BEFORE.search(text_before(match)) or (
        match.group() in _AGENCY_ABBREVIATIONS and _AGENCY_AFTER.match(text_after(match))
    ):
        spoken = capitalize_first(spoken)
    if match.group() in _SENTENCE_FINAL_ABBREVIATIONS and (not following or following[0].isupper()):
        spoken += "."  # the dot was also the sentence's: keep the stop
    return pad(spoken)


# "MN", "MG", "TH" mean mầm non, mẫu giáo, tiểu học only beside a school, a child or another level ("trường MN",
# "trẻ MN", "MN, TH, THCS", "TH&THCS"); elsewhere they stay letters ("TH" is also "trường hợp"). So do "TC", "CĐ",
# "ĐH" for trung cấp, cao đẳng, đại học, also after a schooling ("trình độ CĐ, ĐH", "tốt nghiệp ĐH"): "CĐ" is
# otherwise a Công điện, "ĐH" spelled.
_SCHOOL_LEVELS = {
    "MN": "mầm non", "MG": "mẫu giáo", "TH": "tiểu học", "TC": "trung cấp", "CĐ": "cao đẳng", "ĐH": "đại học",
}
_LEVEL = r"(?:MN|MG|TH|THCS|THPT|PTDTNT|PTDTBT|GDTX|TC|CĐ|ĐH)"
_SCHOOL_LEVEL = re.compile(r"(?<![\w&-])(MN|MG|TH|TC|CĐ|ĐH)(?![\w&-])")
_SCHOOL_BEFORE = re.compile(
    rf"(?:(?<!\w)(?i:trường|bậc|cấp|khối|ngành|giáo viên|trẻ|trình độ|tốt nghiệp|hệ|xét tuyển|tuyển sinh|thi vào|"
    rf"học phí|sinh viên)"
    rf"|{_LEVEL}\s*(?:,|&|và|-|–)"
    r"|PTDTBT|PTDTNT)\s*$"
)
_SCHOOL_AFTER = re.compile(rf"\s*(?:,|&|và|-|–)\s*{_LEVEL}(?!\w)")


# "HS" is học sinh beside school words ("HS lớp 9", "GV và HS", "HS mầm non"), hồ sơ beside the words of paperwork
# ("nộp HS", "HS đăng ký", "bộ HS"); with neither it is spelled.
_HS = re.compile(r"(?<![\w&/-])HS(?![\w&/-])")
_PUPIL_WORDS = re.compile(
    r"(?i:lớp|trường|mầm non|tiểu học|học|giáo viên|sinh viên|phụ huynh|khối|giỏi|khá|tiên tiến|thi|"
    r"khai giảng|tựu trường|bán trú|nội trú|năm học|học bổng|vượt khó)(?!\w)|GV|SV|THCS|THPT|TH|MN|HSSV|DTTS"
)
_FILE_WORDS = re.compile(r"(?i:nộp|tiếp nhận|thủ tục|giải quyết|bộ|thành phần|đăng ký|hợp lệ|trả|xét duyệt)(?!\w)")


# Numbers are words by the time a sense is chosen ("lớp 10 (540 HS)": "lớp mười, năm trăm bốn mươi HS"): they are
# skipped when looking for the words beside an abbreviation.
_NUMBER_WORDS = frozenset("không một hai ba bốn tư năm lăm sáu bảy tám chín mười mươi mốt linh lẻ trăm nghìn ngàn "
                          "triệu tỷ phẩy".split())


def _neighbour_words(match: re.Match[str], count: int = 2) -> tuple[str, str]:
    """The words just before and after `match` within its clause ("45 HS; nộp hồ sơ": no word after), numbers
    skipped."""
    def words(text: str) -> list[str]:
        return [word for word in re.findall(r"[^\W\d_]+", text) if word.casefold() not in _NUMBER_WORDS]

    before = " ".join(words(re.split(r"[;:]", text_before(match))[-1])[-count:])
    after = " ".join(words(re.split(r"[;:]", text_after(match))[0])[:count])
    return before, after


def _pupils_or_papers(match: re.Match[str]) -> str:
    before, after = _neighbour_words(match)
    if _PUPIL_WORDS.search(before) or _PUPIL_WORDS.match(after):
        return pad("học sinh")
    if _FILE_WORDS.search(before) or _FILE_WORDS.match(after):
        return pad("hồ sơ")
    # With neither beside it, the words of its clause ("Mỗi lớp 1 không quá 35 HS": a count of pupils).
    clause = re.split(r"[,;:()]", text_before(match))[-1] + re.split(r"[,;:()]", text_after(match))[0]
    if _PUPIL_WORDS.search(clause):
        return pad("học sinh")
    if _FILE_WORDS.search(clause):
        return pad("hồ sơ")
    return match.group()


def school_level_pass(line: str) -> str:
    def level(match: re.Match[str]) -> str:
        if _SCHOOL_BEFORE.search(text_before(match)) or _SCHOOL_AFTER.match(text_after(match)):
            return pad(_SCHOOL_LEVELS[match.group(1)])
        return match.group()

    line = _HS.sub(_pupils_or_papers, line)
    return _SCHOOL_LEVEL.sub(level, line)


# An office named by its sector's letters after "Phòng", "Sở", "Bộ" ("Sở CT" is the Sở Công Thương, "Phòng TP" the
# Phòng Tư pháp), or glued to that word's letter: "PGD&ĐT", "SNV", "PTNMT", "PLĐTBXH" (context.SECTORS). A whole
# code the lexicon knows ("BTC", "PCT", "BNN") is read the lexicon's way.
_BODY_LETTERS = {"P": "Phòng", "S": "Sở", "B": "Bộ"}


def body_pass(line: str, ctx: Context) -> str:
    if ctx.body_glued is None or not ("P" in line or "S" in line or "B" in line):
        return line

    def sector(code: str) -> str:
        return SECTORS.get(code) or ctx.lexicon[code]

    line = ctx.body_after.sub(lambda m: f"{m.group(1)} {sector(m.group(2))}", line)
    return ctx.body_glued.sub(lambda m: m.group() if m.group() in ctx.lexicon
                              else pad(f"{_BODY_LETTERS[m.group(1)]} {sector(m.group(2))}"), line)


# Codes with digits in them are read before the numbers are, or "COVID-19" would lose its "19" to the number pass:
# the lexicon's such keys, flu subtypes ("A/H5N1": "a hát năm nờ một") and fine dust ("PM2.5": "pê mờ hai phẩy năm").
_FLU = re.compile(r"(?<![\w/])(A/)?H(\d{1,2})N(\d{1,2})(?!\w)")
_DUST = re.compile(r"(?<!\w)PM\s?(\d{1,2})(?:[.,](\d))?(?![\w.,]?\d)")


# A chemical formula, "N2O", "CO2", "H2S", "NH3", "CH4": two or more elements of one capital letter, at least one with a
# count, said by the letters' names and the counts ("nờ hai o", "xê o hai"), before the number pass splits it.
_ELEMENT = r"[BCFHIKNOPSUVWY]"
_FORMULA = re.compile(rf"(?<![\w/.-])(?=(?:{_ELEMENT}\d{{0,2}}){{2,}}(?![\w-]))(?=[A-Z]*\d)(?:{_ELEMENT}\d{{0,2}}){{2,}}")


# After "khí" (a gas) a formula needs no count to be one: "khí CO" is "khí xê o", "khí CO2" "khí xê o hai".
_GAS = re.compile(rf"(?<!\w)((?i:khí)\s+)((?:{_ELEMENT}\d{{0,2}}){{2,}})(?![\w-])")


def _formula(formula: str) -> str:
    return pad(" ".join(spell_letters(letter) + (f" {number_to_words(int(count))}" if count else "")
                        for letter, count in re.findall(r"([A-Z])(\d*)", formula)))


# A unit's or a subject group's code with a number from 0 ("Phòng PC06", "Cục C06", "tổ hợp B00"): the letters
# spelled, the digits one by one.
# A variety's or model's code, capitals glued to a number ("lúa OM18", "giống ST25"): the letters are spelled even where
# they would make a syllable ("OM" is "o mờ", not the word "om"), unless the lexicon says them ("RON92").
_GLUED_CODE = re.compile(r"(?<![\w/.-])([A-Z]{2,3})(?=\d{1,4}(?![\w/-]|[.,]\d))")


_ZERO_CODE = re.compile(r"(?<![\w/.-])([A-Z]{1,3})(0\d{1,2})(?![\w/-]|[.,]\d)")  # a lone capital kept, as in "E5"


def coded_pass(line: str, ctx: Context) -> str:
    line = _ZERO_CODE.sub(lambda m: m.group() if m.group() in ctx.lexicon
                          else pad(f"{m.group(1) if len(m.group(1)) == 1 else spell_letters(m.group(1))} "
                                   f"{read_digits(m.group(2))}"), line)
    line = _GLUED_CODE.sub(lambda m: m.group() if m.group(1) in ctx.lexicon or not _PLAUSIBLE_SYLLABLE.fullmatch(
        m.group(1)) else pad(spell_letters(m.group(1))), line)
    if ctx.coded_pattern is not None:
        line = ctx.coded_pattern.sub(lambda m: _expand(m, ctx), line)
    if "H" in line:  # the cheap tests first: few lines hold either code
        line = _FLU.sub(lambda m: pad(("a " if m.group(1) else "") + f"hát {number_to_words(int(m.group(2)))} "
                                      f"nờ {number_to_words(int(m.group(3)))}"), line)
    line = _FORMULA.sub(lambda m: _formula(m.group()), line)
    if "khí" in line:
        line = _GAS.sub(lambda m: m.group(1) + _formula(m.group(2)), line)
    if "PM" not in line:
        return line
    return _DUST.sub(lambda m: pad(f"pê mờ {number_to_words(int(m.group(1)))}"
                                   + (f" phẩy {number_to_words(int(m.group(2)))}" if m.group(2) else "")), line)


def lexicon_pass(line: str, ctx: Context) -> str:
    # "Bảo hiểm xã hội (BHXH)", "Ban Quản lý dự án (BQLDA)": the bracket that names an abbreviation is not read
    # (it would say the same words twice); what the text defines is read its way, before the lexicon's.
    line = definition_pass(line, ctx.lexicon)
    if ctx.defined_pattern is not None:
        line = ctx.defined_pattern.sub(lambda m: _expand(m, ctx), line)
    if ctx.pattern is None:
        return line
    return ctx.pattern.sub(lambda m: _expand(m, ctx), line)


def _is_shouted_word(word: str) -> bool:
    """An all-capitals word that is Vietnamese, not an acronym ("LUẬT", "NAM" next to "VIỆT")."""
    return any(ch not in _ASCII_CAPS for ch in word)


def acronym_pass(line: str) -> str:
    """Lower-case words typed in capitals; spell out capital-letter acronyms nobody put in the lexicon."""
    replacements: list[tuple[int, int, str]] = []
    for token in _WORD.finditer(line):
        word = token.group()
        if len(word) < 2 or not word.isupper():
            continue
        if _is_shouted_word(word):
            replacements.append((token.start(), token.end(), word.lower()))
            continue
        if _PLAUSIBLE_SYLLABLE.fullmatch(word):
            if _beside_shouted_word(token):
                replacements.append((token.start(), token.end(), word.lower()))
            continue  # an isolated pronounceable capital word ("AI") is left to the engine
        replacements.append((token.start(), token.end(), pad(spell_letters(word))))
    for start, end, text in reversed(replacements):
        line = line[:start] + text + line[end:]
    return line
