"""Caption cues from timed narration sentences (pure): at most two lines, line length and reading speed capped.

Policy for reading speed (decided here, see the issue's note): a sentence's cues share its time span in
proportion to their characters. When the sentence is spoken faster than `max_cps`, its last cue may stay
on screen into the pause that follows, up to the next sentence (the narration already lengthens that
pause, within limits, for fast sentences: pipeline.clips.narration.pause_after). What is still too fast
after that is reported as a `ReadingSpeedWarning`; the speaking rate itself is the audio engine's call.
Characters are counted as displayed, spaces and punctuation included, the line break not.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Sequence

from pipeline.textwrap_vi import NBSP, break_apart, keep_together, word_spans

MIN_CUE_S = 1.0          # a cue shorter than this flickers; short sentences linger when there is room
CLAUSE_END = re.compile(r"[,;:–—)]$")
NUMBER = re.compile(r"^\d[\d.,/%]*$")
# Small words that open a phrase: a line or cue break before them reads naturally.
PHRASE_OPENERS = frozenset("""và hoặc nhưng để cho của tại từ khi là được thay theo với vào trên nếu mà thì
    nên vì do bằng như hay còn sau trước trong ngoài đến tới qua""".split())


@dataclass(frozen=True)
class TimedSentence:
    """A narrated sentence with the exact time span of its speech in the clip."""

    text: str
    start: float
    end: float


@dataclass(frozen=True)
class CaptionCue:
    """One caption: its lines and when it is on screen."""

    start: float
    end: float
    lines: tuple[str, ...]
    sentence_index: int = 0

    @property
    def text(self) -> str:
        """The cue's text on one line."""
        return " ".join(self.lines)

    @property
    def cps(self) -> float:
        """Reading speed in characters per second."""
        return len(self.text) / max(self.end - self.start, 1e-6)


@dataclass(frozen=True)
class ReadingSpeedWarning:
    """A sentence whose captions stay faster than the reading-speed limit."""

    sentence_index: int
    text: str
    cps: float

    def __str__(self) -> str:
        return f"sentence {self.sentence_index + 1} needs {self.cps:.1f} characters/s: {self.text[:60]!r}"


def _hard_split(word: str, max_chars: int) -> list[str]:
    """A word longer than a line (a long web address) broken into line-sized pieces."""
    return [word[i:i + max_chars] for i in range(0, len(word), max_chars)]


_ORDINARY_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def caption_words(text: str, max_chars: int = 42) -> list[str]:
    """The words of a caption text, any word longer than a line broken into pieces.

    What must stay on one line (a phone number, "7h30 - 11h30", "15 năm": pipeline.textwrap_vi) is one
    word, its inner spaces U+00A0, unless it is longer than a line: then it is split into its words.
    """
    words: list[str] = []
    for group in _ORDINARY_SPACE.split(keep_together(text.strip())):
        if not group:
            continue
        parts = [group] if len(group) <= max_chars else group.split(NBSP)
        for word in parts:
            if word:
                words.extend(_hard_split(word, max_chars) if len(word) > max_chars else [word])
    return words


def _shown(line: str) -> str:
    """A caption line as shown and written to SRT/VTT: no-break spaces back to spaces."""
    return break_apart(line)


# A cue split inside a common two-syllable word ("nhiều đối | tượng giả danh") is never worth the better
# balance: the cost outweighs any length difference, and is paid only when no other split fits.
COMPOUND_CUE_COST = 50.0


def inside_compound(words: Sequence[str], cut: int) -> bool:
    """Whether the break between words[cut - 1] and words[cut] falls inside a two-syllable word (of the
    word list of pipeline.textwrap_vi; such words are split only when longer than a caption line)."""
    before = words[cut - 1].rsplit(NBSP, 1)[-1]
    after = words[cut].split(NBSP, 1)[0]
    return bool(word_spans([before, after]))


def break_cost(words: Sequence[str], cut: int) -> float:
    """How bad a break between words[cut - 1] and words[cut] is: negative after a comma or before a phrase
    opener, positive inside a common two-syllable word, between a number and its unit ("15 | năm") or
    after a phrase opener."""
    before, after = words[cut - 1], words[cut]
    if CLAUSE_END.search(before):
        return -1.0
    cost = 0.0
    if inside_compound(words, cut):
        cost += 1.0
    if after.lower() in PHRASE_OPENERS:
        cost -= 0.5
    if before.lower() in PHRASE_OPENERS:
        cost += 0.5
    if NUMBER.match(before) and not NUMBER.match(after) and after.lower() not in PHRASE_OPENERS:
        cost += 1.0
    return cost


def wrap_caption(text: str, max_chars: int = 42) -> tuple[str, ...] | None:
    """One line if it fits, else two balanced lines (each <= max_chars), or None if two lines cannot hold it."""
    words = caption_words(text, max_chars)
    one_line = " ".join(words)
    if len(one_line) <= max_chars:
        return (_shown(one_line),)
    best: tuple[float, tuple[str, str]] | None = None
    for cut in range(1, len(words)):
        top, bottom = " ".join(words[:cut]), " ".join(words[cut:])
        if len(top) > max_chars or len(bottom) > max_chars:
            continue
        # Balanced lines read best; a break at a phrase boundary, or a slightly longer bottom line, wins.
        cost = abs(len(top) - len(bottom)) + 8 * break_cost(words, cut)
        cost += 0.5 if len(top) > len(bottom) else 0
        if best is None or cost < best[0]:
            best = (cost, (top, bottom))
    return tuple(_shown(line) for line in best[1]) if best else None


def split_into_chunks(text: str, max_chars: int = 42, max_lines: int = 2) -> list[tuple[str, ...]]:
    """Split a sentence into the fewest cues that each wrap into at most `max_lines` lines, balanced in length.

    Breaks after a comma or semicolon are preferred; every chunk is returned already wrapped.
    """
    words = caption_words(text, max_chars)
    if not words:
        return []
    n = len(words)

    def wrapped(i: int, j: int) -> tuple[str, ...] | None:
        chunk = " ".join(words[i:j])
        if max_lines == 1:
            return (_shown(chunk),) if len(chunk) <= max_chars else None
        return wrap_caption(chunk, max_chars)

    total = len(" ".join(words))
    k_min = max(1, math.ceil(total / (max_chars * max_lines + 1)))
    for k in range(k_min, n + 1):
        target = total / k
        # best[j][c]: (cost, prev) for covering words[:j] with c chunks
        inf = float("inf")
        best = [[(inf, -1)] * (k + 1) for _ in range(n + 1)]
        best[0][0] = (0.0, -1)
        for j in range(1, n + 1):
            for c in range(1, min(k, j) + 1):
                for i in range(c - 1, j):
                    prev_cost = best[i][c - 1][0]
                    if prev_cost == inf:
                        continue
                    lines = wrapped(i, j)
                    if lines is None:
                        continue
                    length = len(" ".join(words[i:j]))
                    cost = prev_cost + ((length - target) / max(target, 1.0)) ** 2
                    if j < n:
                        cost += 0.4 * break_cost(words, j)
                        if inside_compound(words, j):
                            cost += COMPOUND_CUE_COST
                    if cost < best[j][c][0]:
                        best[j][c] = (cost, i)
        if best[n][k][0] < inf:
            bounds: list[tuple[int, int]] = []
            j, c = n, k
            while c > 0:
                i = best[j][c][1]
                bounds.append((i, j))
                j, c = i, c - 1
            return [wrapped(i, j) for i, j in reversed(bounds)]  # type: ignore[misc]
    raise AssertionError("a single word always fits a line")  # pragma: no cover


def sentence_cues(sentence: TimedSentence, index: int, limit: float, max_chars: int = 42,
                  max_cps: float = 17.0, max_lines: int = 2,
                  weigh: Callable[[str], float] | None = None) -> list[CaptionCue]:
    """The cues of one sentence: its span shared by characters, lingering up to `limit` if reading needs it.

    `weigh` gives how long a piece of caption takes to say (default: its length); with written numbers
    in the caption ("1/7/2025") the spoken length is the better measure of where the voice is.
    """
    chunks = split_into_chunks(sentence.text, max_chars, max_lines)
    if not chunks:
        return []
    texts = [" ".join(lines) for lines in chunks]
    weights = [max(float(weigh(text)) if weigh else float(len(text)), 1e-6) for text in texts]
    total_chars = sum(len(text) for text in texts)
    start = sentence.start
    needed_end = start + max(total_chars / max_cps, MIN_CUE_S)
    end = min(max(sentence.end, needed_end), max(limit, sentence.end))
    durations = share_span(end - start, weights, [len(text) / max_cps for text in texts])
    cues: list[CaptionCue] = []
    cue_start = start
    for lines, duration in zip(chunks, durations):
        cues.append(CaptionCue(round(cue_start, 3), round(cue_start + duration, 3), lines, index))
        cue_start += duration
    return cues


def share_span(span: float, weights: Sequence[float], minimums: Sequence[float]) -> list[float]:
    """Split `span` in proportion to `weights` (where the voice is), lifting any share below its minimum
    (its reading time) at the others' expense while the span allows; else in proportion to the minimums."""
    if sum(minimums) >= span:
        total = sum(minimums) or 1.0
        return [span * minimum / total for minimum in minimums]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        rest = span - sum(fixed.values())
        free_weight = sum(weights[i] for i in free) or 1.0
        shares = {i: rest * weights[i] / free_weight for i in free}
        short = [i for i in free if shares[i] < minimums[i]]
        if not short:
            break
        fixed.update({i: minimums[i] for i in short})
    return [fixed[i] if i in fixed else shares[i] for i in range(len(weights))]


def caption_cues(sentences: Sequence[TimedSentence], clip_end: float, max_chars: int = 42,
                 max_cps: float = 17.0, max_lines: int = 2, weigh: Callable[[str], float] | None = None
                 ) -> tuple[list[CaptionCue], list[ReadingSpeedWarning]]:
    """Caption cues for every narrated sentence, and the sentences still read too fast."""
    cues: list[CaptionCue] = []
    warnings: list[ReadingSpeedWarning] = []
    for index, sentence in enumerate(sentences):
        limit = sentences[index + 1].start if index + 1 < len(sentences) else clip_end
        these = sentence_cues(sentence, index, limit, max_chars, max_cps, max_lines, weigh)
        cues.extend(these)
        worst = max((cue.cps for cue in these), default=0.0)
        if worst > max_cps + 0.05:
            warnings.append(ReadingSpeedWarning(index, sentence.text, worst))
    return cues, warnings


def _sentence_key(sentence: str) -> str:
    """A sentence compared loosely: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", sentence).casefold().split())


def written_captions(spoken: Sequence[str], written: Sequence[str], speak: Callable[[str], str],
                     split: Callable[[str], list[str]]) -> list[str]:
    """The written form of each spoken sentence where it can be told ("1/7/2025", not the words), else the spoken one.

    A written sentence stands for a spoken one when preparing it for speech gives exactly that one
    sentence; anything else (a sentence the audio stage added, one split differently) keeps its spoken
    words, which are still right, only longer.
    """
    table: dict[str, str] = {}
    for sentence in written:
        parts = split(speak(sentence))
        if len(parts) == 1:
            table.setdefault(_sentence_key(parts[0]), sentence)
    return [table.get(_sentence_key(sentence), sentence) for sentence in spoken]


def card_cues(entries: Sequence[tuple[str, float, float]], max_chars: int = 42,
              max_lines: int = 2) -> list[CaptionCue]:
    """Sidecar cues describing what a silent clip shows: each card's words over the card's time."""
    cues: list[CaptionCue] = []
    for index, (words, start, end) in enumerate(entries):
        chunks = split_into_chunks(words, max_chars, max_lines)
        total = sum(len(" ".join(lines)) for lines in chunks) or 1
        done = 0
        for lines in chunks:
            cue_start = start + (end - start) * done / total
            done += len(" ".join(lines))
            cues.append(CaptionCue(round(cue_start, 3), round(start + (end - start) * done / total, 3), lines,
                                   index))
    return cues


def cue_at(cues: Sequence[CaptionCue], t: float) -> int | None:
    """Index of the cue on screen at time t (start inclusive, end exclusive), or None."""
    for index, cue in enumerate(cues):
        if cue.start <= t < cue.end:
            return index
    return None


def _timestamp(seconds: float, separator: str) -> str:
    """HH:MM:SS<sep>mmm."""
    millis = int(round(seconds * 1000))
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def to_srt(cues: Sequence[CaptionCue]) -> str:
    """SubRip text of the cues."""
    blocks = []
    for number, cue in enumerate(cues, start=1):
        blocks.append(f"{number}\n{_timestamp(cue.start, ',')} --> {_timestamp(cue.end, ',')}\n"
                      + "\n".join(cue.lines) + "\n")
    return "\n".join(blocks)


def to_vtt(cues: Sequence[CaptionCue], language: str = "vi") -> str:
    """WebVTT text of the cues (same times as the SRT)."""
    blocks = [f"WEBVTT\nLanguage: {language}\n"]
    for number, cue in enumerate(cues, start=1):
        blocks.append(f"{number}\n{_timestamp(cue.start, '.')} --> {_timestamp(cue.end, '.')}\n"
                      + "\n".join(cue.lines) + "\n")
    return "\n".join(blocks)
