"""Cutting a prepared script into sentences, and sentences into chunks a TTS request accepts."""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# Words written with a full stop that does not end a sentence ("TP. Hồ Chí Minh", "ThS. Lan").
DOTTED_ABBREVIATIONS = frozenset({
    "TP", "Tp", "TX", "Tx", "TT", "Q", "P", "X", "H", "ThS", "Ths", "TS", "GS", "PGS", "BS", "KS", "CN", "Th.S",
    "GS.TS", "PGS.TS", "St", "Tr", "tr", "Số", "No", "Mr", "Mrs", "Dr", "vv",
})

_SENTENCE_END = re.compile(r"[.!?;…]+(?=\s|$)")

# Where a long sentence may be cut, best first: after a pause mark, before a conjunction, at a space.
_PAUSE_MARKS = re.compile(r"[,;:.!?…](?=\s)|\s[-–—](?=\s)")
CONJUNCTIONS = ("và", "hoặc", "nhưng", "để", "mà", "nên", "vì", "nếu", "khi", "thì", "hay", "song", "còn")
_CONJUNCTION = re.compile(r"\s(?=(?:%s)(?!\w))" % "|".join(CONJUNCTIONS), re.IGNORECASE)


def _word_before(text: str, end: int) -> str:
    match = re.search(r"[\w.]*$", text[:end])
    return match.group().rstrip(".") if match else ""


def _is_sentence_end(line: str, match: re.Match[str]) -> bool:
    marks = match.group()
    if re.search(r"[!?;]", marks):
        return True
    if marks == ".":
        if re.fullmatch(r"\s*(?:\d{1,2}|[IVX]{1,4})", line[:match.start()]):
            return False  # "1. Lương hưu", "IV. Kinh phí": the number of a list item or a section
        word = _word_before(line, match.start())
        if word in DOTTED_ABBREVIATIONS or re.fullmatch(r"[A-ZĐ]", word):
            return False  # "TP. Hồ Chí Minh", "Nguyễn V. An"
    following = line[match.end():].lstrip()
    # A full stop or an ellipsis followed by a small letter does not end the sentence ("v.v. và", "chờ... rồi").
    return not (following and following[0].islower())


def split_sentences(script: str) -> list[str]:
    """The sentences of a prepared script, each with its closing mark; a newline or . ! ? ; ends one.

    Full stops inside numbers ("1.000") and after abbreviations ("TP. Hà Nội") do not.
    """
    sentences: list[str] = []
    for line in script.splitlines():
        start = 0
        for match in _SENTENCE_END.finditer(line):
            if _is_sentence_end(line, match):
                sentences.append(line[start:match.end()])
                start = match.end()
        sentences.append(line[start:])
    cleaned = (" ".join(sentence.split()) for sentence in sentences)
    return [sentence for sentence in cleaned if re.search(r"\w", sentence)]


def _last_cut(pattern: re.Pattern[str], text: str, limit: int, shortest: int, after_match: bool) -> int | None:
    """The last cut position <= limit found by `pattern` that leaves a first chunk of at least `shortest`."""
    best = None
    for match in pattern.finditer(text):
        cut = match.end() if after_match else match.start()
        if cut > limit:
            break
        if len(text[:cut].rstrip()) >= shortest:
            best = cut
    return best


def _cut_position(text: str, max_chars: int) -> int:
    """Where to cut `text` so the first chunk fits: at a pause, a conjunction or a space; never in a word."""
    shortest = max(1, max_chars // 3)  # a cut that leaves a stub is worse than a cut at a lower level
    for pattern, after_match in ((_PAUSE_MARKS, True), (_CONJUNCTION, False)):
        cut = _last_cut(pattern, text, max_chars, shortest, after_match)
        if cut is not None:
            return cut
    space = text.rfind(" ", 0, max_chars + 1)
    if space > 0:
        return space
    log.warning("a word longer than %d characters had to be cut: %r", max_chars, text[:max_chars])
    return max_chars


def chunk_for_tts(sentence: str, max_chars: int = 100) -> list[str]:
    """Split a sentence into chunks of at most `max_chars` characters (gTTS takes 100 a request).

    Cuts fall after a comma, semicolon, colon or dash first, then before a conjunction ("và", "hoặc",
    "nhưng", "để" ...), then at a space; a word is cut only if it alone is longer than `max_chars`.
    The chunks joined by single spaces give back the sentence (with its spaces collapsed).
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    text = " ".join(sentence.split())
    chunks: list[str] = []
    while len(text) > max_chars:
        cut = _cut_position(text, max_chars)
        head, text = text[:cut].rstrip(), text[cut:].lstrip()
        if head:
            chunks.append(head)
    if text:
        chunks.append(text)
    return chunks
