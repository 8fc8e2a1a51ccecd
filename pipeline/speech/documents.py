"""Numbers of legal and administrative documents: "158/2025/NĐ-CP", "1234/QĐ-UBND", "QH15"."""

from __future__ import annotations

import re

from pipeline.speech.context import (
    DOC_TYPE_CODES,
    Context,
    document_kind,
    capitalize_first,
    pad,
    text_after,
    text_before,
)
from pipeline.speech.lexicon import spell_letters
from pipeline.speech.numbers import number_to_words

# Issuers whose digits are a term of office: "QH15" -> "Quốc hội khóa mười lăm".
_TERM_ISSUERS = frozenset({"QH", "UBTVQH"})

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
# A kind code that also stands for another kind the text may have named: the Party's rules were coded "QĐ" before
# "QĐi" ("Quy định số 296-QĐ/TW"), so "Quy định" before the number is the kind already said.
_ALSO_NAMED = {"QĐ": ("Quy định",)}
# Party documents put the number first and the issuer after a slash: "28-NQ/TW", "125-KH/HU", "08-QĐi/TW".
_PARTY_NUMBER = re.compile(
    rf"(?<![\w/.,-])(\d{{1,5}})-({_CODE_PART})/({_CODE_PART}(?:-{_CODE_PART})*)(?![\w/-])"
)
# A code with no number, "KH-UBND", "CT/TU": the kind of document and its issuer, both known words.
_CODE_ALONE = re.compile(rf"(?<![\w/.&-])({_CODE_PART})[-/]({_CODE_PART})(?![\w/&-])")
_TERM_ALONE = re.compile(r"(?<![\w/])(QH|UBTVQH)(\d{1,2})(?!\w)")


def _read_code_part(part: str, ctx: Context) -> str:
    """One part of a document code: "CP" -> "Chính phủ", "QH15" -> "Quốc hội khóa mười lăm"."""
    match = re.fullmatch(r"(.*?)(\d*)", part)
    letters, digits = match.group(1), match.group(2)
    spoken = ctx.lexicon.get(letters) or spell_letters(letters)
    if digits:
        joiner = " khóa " if letters in _TERM_ISSUERS else " "
        spoken += joiner + number_to_words(int(digits))
    return capitalize_first(spoken)


def _join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " và " + names[-1]


def read_document_number(match: re.Match[str], ctx: Context) -> str:
    """A state document's number ("41/2024/QH15") read aloud: see `_read_document`."""
    if re.search(r"(?<!\w)thứ\s*$", text_before(match), re.IGNORECASE):
        return match.group()  # "thứ 7/CN": days of the week, not document number 7
    return _read_document(match, match.group(1), match.group(2), match.group(3), ctx)


def _read_party_document(match: re.Match[str], ctx: Context) -> str:
    """"28-NQ/TW" -> "số hai mươi tám Nghị quyết của Trung ương" (or less, as the text around says)."""
    if match.group(2) not in DOC_TYPE_CODES:
        return match.group()
    return _read_document(match, match.group(1), None, f"{match.group(2)}-{match.group(3)}", ctx)


def _read_code_alone(match: re.Match[str], ctx: Context) -> str:
    """"KH-UBND" -> "Kế hoạch của Ủy ban nhân dân", "CT/TU" -> "Chỉ thị của Tỉnh ủy"."""
    kind, issuer = match.group(1), match.group(2)
    if kind not in DOC_TYPE_CODES or match.group() in ctx.lexicon or issuer not in ctx.lexicon:
        return match.group()  # the lexicon says a whole code its own way; an unknown issuer is not guessed
    return pad(f"{capitalize_first(document_kind(kind, ctx.lexicon) or spell_letters(kind))} của {_read_code_part(issuer, ctx)}")


def _read_document(match: re.Match[str], number: str, year: str | None, code: str, ctx: Context) -> str:
    """"41/2024/QH15" -> "số bốn mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc hội khóa mười lăm".

    The kind of document ("Nghị định" for NĐ) is said after the number unless the text already
    said it just before; "số" is not repeated; "của <issuer>" is left out if the text says it next.
    """
    parts = code.split("-")
    doc_type = ""
    if parts[0] in DOC_TYPE_CODES:
        doc_type = capitalize_first(document_kind(parts[0], ctx.lexicon) or spell_letters(parts[0]))
        parts = parts[1:]
    if not doc_type and len(parts) > 1:
        # "1234/BHXH-CSXH", "56/UBND-VX": a letter of the issuer; the later parts name its department.
        parts = parts[:1]
    issuers = _join_names([_read_code_part(part, ctx) for part in parts])
    whole = ctx.lexicon.get(code, "")
    if doc_type and whole.casefold().startswith(doc_type.casefold() + " của "):
        issuers = whole[len(doc_type) + len(" của "):]  # the lexicon names this issuer in full

    before = text_before(match)
    so_match = re.search(r"(?<!\w)số\s*$", before, re.IGNORECASE)
    before_so = before[: so_match.start()] if so_match else before
    words = [] if so_match else ["số"]
    words.append(number_to_words(int(number)))
    if year:
        words += ["năm", number_to_words(int(year))]
    kind_code = code.split("-")[0]
    said_type = "(?:" + "|".join(map(re.escape, (doc_type, kind_code, *_ALSO_NAMED.get(kind_code, ())))) + ")"
    if doc_type and not re.search(rf"(?<!\w){said_type}\s*$", before_so, re.IGNORECASE):
        words.append(doc_type)
    if issuers and not _ISSUER_FOLLOWS.match(text_after(match)):
        words += ["của", issuers]
    return pad(" ".join(words))


def document_pass(line: str, ctx: Context) -> str:
    line = _DOC_NUMBER.sub(lambda m: read_document_number(m, ctx), line)
    line = _PARTY_NUMBER.sub(lambda m: _read_party_document(m, ctx), line)
    line = _CODE_ALONE.sub(lambda m: _read_code_alone(m, ctx), line)
    return _TERM_ALONE.sub(lambda m: pad(_read_code_part(m.group(), ctx)), line)
