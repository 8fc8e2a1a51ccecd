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
# comes from the lexicon, like every other abbreviation.
DOC_TYPE_CODES = frozenset({
    "NĐ", "QĐ", "TT", "TTLT", "NQ", "NQLT", "CT", "KH", "CV", "TB", "BC", "HD", "CĐ", "TTr", "KL", "HĐ", "QĐi", "CTr",
})


@dataclass(frozen=True)
class Context:
    """What every pass may need: the merged lexicon, its regex and a case-blind lookup for URLs (web_words)."""

    lexicon: dict[str, str]
    pattern: re.Pattern[str] | None
    web_words: dict[str, str]  # lexicon entries an address may contain: not all-capitals abbreviations
    document_words: str  # regex alternation of the spoken kinds of documents ("Luật|Nghị định|...")
    coded_pattern: re.Pattern[str] | None  # lexicon keys holding digits ("COVID-19"): read before the numbers are
    defined_pattern: re.Pattern[str] | None = None  # the abbreviations this text defines itself ("(BQLDA)")


def context_for(extra: Mapping[str, str] | None) -> Context:
    """The lexicon context for these extra entries, built once per distinct lexicon (it compiles a big regex)."""
    return _cached_context(tuple(sorted(extra.items())) if extra else ())


@functools.lru_cache(maxsize=16)
def _cached_context(extra_items: tuple[tuple[str, str], ...]) -> Context:
    lexicon = load_lexicon(dict(extra_items) or None)
    # The kinds as said ("Nghị định") and as written ("NĐ"): "NĐ 158/2025" is a document number too.
    kinds = {"Luật"} | {lexicon[code] for code in DOC_TYPE_CODES if lexicon.get(code)} | DOC_TYPE_CODES
    document_words = "|".join(re.escape(kind) for kind in sorted(kinds, key=len, reverse=True))
    # "bhxh" in an address is typed letter by letter, never expanded: only words written in
    # lower or mixed case in the lexicon ("baohiemxahoi", "VssID") are read as words there.
    web_words = {key.casefold(): value for key, value in lexicon.items() if key != key.upper()}
    coded = {key: value for key, value in lexicon.items() if any(ch.isdigit() for ch in key)}
    return Context(lexicon, lexicon_pattern(lexicon), web_words=web_words, document_words=document_words,
                   coded_pattern=lexicon_pattern(coded))


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
