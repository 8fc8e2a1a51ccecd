"""What every pass of prepare_script shares: the lexicon context, the written-number pattern, small text helpers."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Mapping

from pipeline.speech.lexicon import lexicon_pattern, load_lexicon

# A number as written: "2.000.000", "2.000.000,5", "2,000,000", "1,5", "1.5", "15".
NUM = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)|\d{1,3}(?:,\d{3}){2,}(?![\d,]\d)|\d+,\d+|\d+\.\d+|\d+)"
NUM_START = r"(?<![\d.,])"  # a number starts after anything but a digit or a separator
NUM_END = r"(?!\d)"

# The first part of a document code that names its kind ("NĐ" in "NĐ-CP"); how each is spoken
# comes from the lexicon, like every other abbreviation, except the kinds of Decree 30/2020 whose letters mean
# something else on their own ("BB" is a bệnh binh, "PA", "GM", "TC" ...): those are read so only in a code.
DOC_TYPE_NAMES = {
    "QC": "Quy chế", "QyĐ": "Quy định", "TC": "Thông cáo", "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án",
    "BB": "Biên bản", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền", "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo",
}
DOC_TYPE_CODES = frozenset({
    "NĐ", "QĐ", "TT", "TTLT", "NQ", "NQLT", "CT", "KH", "CV", "TB", "BC", "HD", "CĐ", "TTr", "KL", "HĐ", "QĐi", "CTr",
}) | DOC_TYPE_NAMES.keys()


# The sectors that name an office after "Phòng", "Sở", "Bộ" or glued to its letter ("Sở CT", "PNV"): short codes that
# mean something else alone ("CT" a Chỉ thị, "TP" a thành phố). Longer ones come from the lexicon (its names).
SECTORS = {
    "NV": "Nội vụ", "TC": "Tài chính", "TP": "Tư pháp", "XD": "Xây dựng", "YT": "Y tế", "CT": "Công Thương",
    "KT": "Kinh tế", "VH": "Văn hóa", "GD": "Giáo dục", "NN": "Nông nghiệp", "DT": "Dân tộc",
    "DTTG": "Dân tộc và Tôn giáo", "TNMT": "Tài nguyên và Môi trường", "NNMT": "Nông nghiệp và Môi trường",
    "LĐTBXH": "Lao động Thương binh và Xã hội", "VHTT": "Văn hóa và Thông tin", "TCKH": "Tài chính, Kế hoạch",
    "GDĐT": "Giáo dục và Đào tạo",
}


def _body_patterns(lexicon: Mapping[str, str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"Sở CT" (a body's word and a sector) and "PGD&ĐT" (its letter glued to a sector, maybe one of the lexicon's
    names of two or more letters that start with no body's letter)."""
    named = [key for key, value in lexicon.items() if len(key) >= 3 and key.upper() == key and value[:1].isupper()
             and " " not in key and not key.startswith(("B", "S", "P")) and key not in DOC_TYPE_CODES]
    short = "|".join(map(re.escape, sorted(SECTORS, key=len, reverse=True)))
    sectors = "|".join(map(re.escape, sorted({*SECTORS, *named}, key=len, reverse=True)))
    return (re.compile(rf"(?<!\w)(Phòng|Sở|Bộ|PHÒNG|SỞ|BỘ)\s+({short})(?![\w&-])"),
            re.compile(rf"(?<![\w&-])([PSB])({sectors})(?![\w&-])"))


def document_kind(code: str, lexicon: Mapping[str, str]) -> str | None:
    """How the kind of a document written `code` in a document's code is said ("GM" -> "Giấy mời"), or None."""
    return DOC_TYPE_NAMES.get(code) or lexicon.get(code)


@dataclass(frozen=True)
class Context:
    """What every pass may need: the merged lexicon, its regex and a case-blind lookup for URLs (web_words)."""

    lexicon: dict[str, str]
    pattern: re.Pattern[str] | None
    web_words: dict[str, str]  # lexicon entries an address may contain: not all-capitals abbreviations
    document_words: str  # regex alternation of the spoken kinds of documents ("Luật|Nghị định|...")
    coded_pattern: re.Pattern[str] | None  # lexicon keys holding digits ("COVID-19"): read before the numbers are
    body_after: re.Pattern[str] | None = None  # "Sở CT": a body's word and the letters of its sector
    body_glued: re.Pattern[str] | None = None  # "PGD&ĐT", "SNV": a body's letter glued to its sector's
    defined_pattern: re.Pattern[str] | None = None  # the abbreviations this text defines itself ("(BQLDA)")


def context_for(extra: Mapping[str, str] | None) -> Context:
    """The lexicon context for these extra entries, built once per distinct lexicon (it compiles a big regex)."""
    return _cached_context(tuple(sorted(extra.items())) if extra else ())


@functools.lru_cache(maxsize=16)
def _cached_context(extra_items: tuple[tuple[str, str], ...]) -> Context:
    lexicon = load_lexicon(dict(extra_items) or None)
    # The kinds as said ("Nghị định") and as written ("NĐ"): "NĐ 158/2025" is a document number too.
    kinds = {"Luật"} | {document_kind(code, lexicon) for code in DOC_TYPE_CODES if document_kind(code, lexicon)}
    kinds |= DOC_TYPE_CODES
    document_words = "|".join(re.escape(kind) for kind in sorted(kinds, key=len, reverse=True))
    # "bhxh" in an address is typed letter by letter, never expanded: only words written in
    # lower or mixed case in the lexicon ("baohiemxahoi", "VssID") are read as words there.
    web_words = {key.casefold(): value for key, value in lexicon.items() if key != key.upper()}
    coded = {key: value for key, value in lexicon.items() if any(ch.isdigit() for ch in key)}
    body_after, body_glued = _body_patterns(lexicon)
    return Context(lexicon, lexicon_pattern(lexicon), web_words=web_words, document_words=document_words,
                   coded_pattern=lexicon_pattern(coded), body_after=body_after, body_glued=body_glued)


def with_definitions(ctx: Context, defined: Mapping[str, str]) -> Context:
    """`ctx` with the abbreviations a text defines read its way (a small regex of their own: the lexicon's is kept)."""
    if not defined:
        return ctx
    return dataclasses.replace(ctx, lexicon={**ctx.lexicon, **defined}, defined_pattern=lexicon_pattern(defined))


def text_before(match: re.Match[str]) -> str:
    """The line up to where `match` starts."""
    return match.string[: match.start()]


def text_after(match: re.Match[str]) -> str:
    """The line from where `match` ends."""
    return match.string[match.end():]


def ends_with_word(text: str, words: str) -> bool:
    """Does `text` end with one of `words` (a regex alternation), ignoring case and spaces?"""
    return re.search(rf"(?<!\w)(?:{words})\s*$", text, re.IGNORECASE) is not None


def pad(words: str) -> str:
    """Spoken words set apart by spaces, so they never glue to neighbouring text (cleanup collapses them)."""
    return f" {words} "


def capitalize_first(text: str) -> str:
    """`text` with its first letter in capitals (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]
