"""Abbreviations a text defines itself: "Ban Quản lý dự án (BQLDA)", "BQLDA (Ban Quản lý dự án)",
"Ban Chỉ đạo ... (sau đây gọi tắt là BCĐ)". The writer's definition is how the abbreviation is read everywhere
in that text (over the lexicon's, which may mean another body), and the bracket that defines it is not read.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Mapping

_WORD = re.compile(r"[^\W\d_]+")
# An abbreviation: capitals (a small letter may follow one: "TTr"), maybe joined by "&" or "-" ("KH&ĐT").
_ABBREVIATION = r"[A-ZĐ][A-ZĐa-zđ]*(?:[&-][A-ZĐ][A-ZĐa-zđ]*)*"
# "words (ABBR)", "words (sau đây gọi tắt là ABBR)", "words (viết tắt: ABBR)".
_DEFINED_AFTER = re.compile(
    rf"\(\s*((?:(?i:sau đây\s+)?(?i:gọi|viết)\s+tắt\s*(?:(?i:là)|:)\s*)?)({_ABBREVIATION})\s*\)"
)
# "ABBR (words)": the abbreviation first, its words in brackets.
_DEFINED_BEFORE = re.compile(rf"(?<![\w&-])({_ABBREVIATION})\s*\(\s*([^\W\d_][^()\d]*?)\s*\)")
# Words an abbreviation may leave out ("Lao động - Thương binh và Xã hội": "LĐTBXH", or "&" for "và").
# The level a body's name may end with before its bracketed abbreviation ("Trạm Y tế xã (TYT)").
_LEVEL = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|khu vực)"
_SKIPPABLE = frozenset({"và", "của", "các", "với", "về", "cho", "tại", "trên"})
_MAX_WORDS = 14


def without_tone(letters: str) -> str:
    """"á" -> "a": an acronym drops the marks of its words' first letters ("Áp thấp nhiệt đới" -> "ATNĐ")."""
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", letters) if not unicodedata.combining(ch)))


def _letters(abbreviation: str) -> str:
    """The letters words must begin with; "" for what is no acronym (fewer than two capitals: "(Zalo)")."""
    if sum(ch.isupper() for ch in abbreviation) < 2:
        return ""
    return without_tone(re.sub(r"[^\w]", "", abbreviation).casefold())


def _spells(words: list[str], letters: str) -> bool:
    """Do `words` give `letters` by their first letters, leaving out small joining words as acronyms do?"""
    if not words:
        return not letters
    word = words[0]
    if letters and without_tone(word[0].casefold()) == letters[0] and _spells(words[1:], letters[1:]):
        return True
    return word.casefold() in _SKIPPABLE and _spells(words[1:], letters)


# A body's name, "Trung tâm Kiểm soát bệnh tật", "Tổ chức Y tế Thế giới": one of these words, then words of which at
# least one has a capital. An acronym in Latin capitals the lexicon does not know, in brackets right after such a
# name, is the body's foreign acronym ("(CDC)", "(UNDP)", "(BIDV)"): a definition whatever its letters. After a
# common noun ("qua ngân hàng (BIDV)", "nhà mạng (VNPT)") it names which one, an aside, and stays.
_BODY_WORDS = (r"Trung tâm|Tổ chức|Quỹ|Chương trình|Ngân hàng|Cơ quan|Viện|Hiệp hội|Liên đoàn|Liên minh|Ủy ban|"
               r"Hội đồng|Tập đoàn|Tổng công ty|Công ty|Cục|Tổng cục|Văn phòng|Diễn đàn|Mạng lưới|Bệnh viện")
_BODY_NAME = re.compile(rf"(?<!\w)((?:{_BODY_WORDS})(?:\s+[^\W\d_]+){{1,12}})\s*$")
_LATIN_ACRONYM = re.compile(r"[A-Z]{2,8}")


def _foreign_acronym_of(abbreviation: str, before: str) -> str | None:
    """The body's name before a bracketed foreign acronym ("Trung tâm Kiểm soát bệnh tật" before "(CDC)"), or None."""
    if not _LATIN_ACRONYM.fullmatch(abbreviation):
        return None
    clause = re.split(r"[,;:.!?()\[\]\"“”-]", before)[-1]
    match = _BODY_NAME.search(clause)
    if not match or not any(word[0].isupper() for word in _WORD.findall(match.group(1))[1:]):
        return None
    return _as_said_mid_sentence(match.group(1), before[: len(before) - len(clause) + match.start(1)])


def plain_words(text: str) -> str:
    """`text` as bare words for comparing ("sởi - rubella" and "sởi, rubella" are the same words)."""
    return " ".join(_WORD.findall(text.casefold()))


def words_for(abbreviation: str, before: str, named: bool = False) -> str | None:
    """The words at the end of `before` that `abbreviation` stands for ("Ban Chỉ đạo" for "BCĐ"), or None.

    `named`: the text says it names the words before ("(sau đây gọi tắt là BCĐ)"), which may go on past what the
    abbreviation spells ("Ban Chỉ đạo phòng, chống dịch"): the abbreviation stands for the words it spells.
    """
    letters = _letters(abbreviation)
    if not letters:
        return None
    tail = before[-200:]
    offset = len(before) - len(tail)
    words = list(_WORD.finditer(tail))
    longest = min(len(words), len(letters) + _MAX_WORDS // 2)
    for count in range(len(letters), longest + 1):
        chosen = words[-count:]
        if chosen[0].group().casefold() in _SKIPPABLE:
            continue
        ends = [len(chosen)] if not named else range(len(letters), len(chosen) + 1)
        for end in ends:
            if _spells([word.group() for word in chosen[:end]], letters):
                start = offset + chosen[0].start()
                text = before[start: offset + chosen[end - 1].end()]
                if re.search(r"[\d()]", before[start:]):
                    return None
                return _as_said_mid_sentence(text, before[:start])
    return None


def _defined_words(abbreviation: str, before: str, lexicon: Mapping[str, str], named: bool = False) -> str | None:
    """What a bracketed abbreviation after `before` names: the words its letters spell or, for a foreign acronym the
    lexicon does not know, the body's name before it."""
    words = words_for(abbreviation, before, named)
    if words is None and abbreviation not in lexicon:
        words = _foreign_acronym_of(abbreviation, before)
    return words


def _as_said_mid_sentence(words: str, before: str) -> str:
    """"Người cao tuổi" opening a sentence is "người cao tuổi" elsewhere; a name's capitals stay ("Trạm Y tế")."""
    at_start = not before.strip() or re.search(r"[.!?:]\s*$", before)
    rest = words[1:]
    if at_start and words[:1].isupper() and not any(ch.isupper() for ch in rest):
        return words[:1].lower() + rest
    return re.sub(r"\s+", " ", words)


def find_definitions(text: str, lexicon: Mapping[str, str]) -> dict[str, str]:
    """The abbreviations `text` defines, each with the words it stands for in this text.

    Only what the lexicon does not already say the same way is returned ("Bảo hiểm xã hội (BHXH)" adds nothing).
    """
    defined: dict[str, str] = {}
    if "(" not in text:
        return defined
    for line in text.splitlines():
        for match in _DEFINED_AFTER.finditer(line):
            words = _defined_words(match.group(2), line[: match.start()], lexicon, named=bool(match.group(1)))
            if words:
                defined.setdefault(match.group(2), words)
        for match in _DEFINED_BEFORE.finditer(line):
            abbreviation, words = match.group(1), match.group(2)
            if _letters(abbreviation) and _spells(_WORD.findall(words), _letters(abbreviation)):
                defined.setdefault(abbreviation, _as_said_mid_sentence(words, line[: match.start()]))
    return {
        abbreviation: words for abbreviation, words in defined.items()
        if lexicon.get(abbreviation, "").casefold() != words.casefold()
    }


def definition_pass(line: str, lexicon: Mapping[str, str]) -> str:
    """Drop the brackets that define an abbreviation: "words (ABBR)" keeps the words, "ABBR (words)" the words."""
    if "(" not in line:
        return line

    def after(match: re.Match[str]) -> str:
        abbreviation, before = match.group(2), match.string[: match.start()]
        said = plain_words(lexicon.get(abbreviation, ""))
        # "Trung tâm Kiểm soát bệnh tật (CDC)", "vắc xin sởi - rubella (MR)": the lexicon's own words, maybe with the
        # level of the body after them ("Trung tâm Y tế huyện (TTYT)", "Trạm Y tế xã (TYT)").
        if said and re.search(rf"(?:^| ){re.escape(said)}(?: {_LEVEL})?$", plain_words(before)):
            return ""
        return "" if _defined_words(abbreviation, before, lexicon, named=bool(match.group(1))) else match.group()

    def before(match: re.Match[str]) -> str:
        abbreviation, words = match.group(1), match.group(2)
        if _letters(abbreviation) and _spells(_WORD.findall(words), _letters(abbreviation)):
            return words
        return match.group()

    line = _DEFINED_AFTER.sub(after, line)
    return _DEFINED_BEFORE.sub(before, line)
