"""The storyboard of a clip (pure): which cards, in which order, and when each appears.

Cards: an opening card (title, logo), one card per key figure (the number counts up or is revealed), a
card whose points appear one by one, and a closing card (hotline, website, QR, organisation). With
narration, every "beat" (a card, or one point of the points card) is tied to the start of the sentence
that best matches it (shared words, numbers weighted most), in order; without narration, beats last as
long as their words take to read.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Sequence

from pipeline.clips.captions import TimedSentence
from pipeline.content import Campaign, Text

COUNT_UP_S = 1.2          # how long a key figure takes to count up (or be revealed)
REVEAL_S = 0.45           # fade-in of one point
MIN_CARD_S = 2.0          # no card flashes by faster than this (silent timing)
POINTS_HEADING = "Những điểm chính"
CLOSING_HEADING = "Cần tư vấn, xin liên hệ"


@dataclass(frozen=True)
class Card:
    """One card of the storyboard: what it shows and when.

    `start` is when the card is fully on screen (its crossfade in ends there); `end` is when the next card
    is fully on screen (or the clip ends). `reveals` are the times its points appear (points card) or
    its figure starts counting (figure card).
    """

    kind: str                       # opening | figure | points | summary | closing
    start: float
    end: float
    title: str = ""
    value: str = ""                 # figure
    label: str = ""                 # figure
    items: tuple[str, ...] = ()     # points
    reveals: tuple[float, ...] = ()
    index: int = 0                  # figure number (0-based)


@dataclass(frozen=True)
class Storyboard:
    """Every card in order, the crossfade length and the clip's duration."""

    cards: tuple[Card, ...]
    duration: float
    crossfade_s: float
    narrated: bool = False
    notes: tuple[str, ...] = field(default=())

    def card_index_at(self, t: float) -> int:
        """Index of the card that owns time t (the one fully shown, or fading in, at t)."""
        for index in range(len(self.cards) - 1, 0, -1):
            if t >= self.cards[index].start - self.crossfade_s:
                return index
        return 0


@dataclass(frozen=True)
class Beat:
    """Something that appears: a card, or one point of the points card."""

    kind: str
    words: str        # what it says, for matching with the narration and for reading time
    item: int = 0     # point number within the points card


# ---------------------------------------------------------------- content

def story_points(text: Text) -> tuple[str, ...]:
    """The points a clip shows one by one: the text's `points`, else its body bullets."""
    if text.points:
        return tuple(text.points)
    return tuple(block.plain for block in text.blocks if block.kind == "bullet")[:6]


def beats_for(text: Text, campaign: Campaign) -> list[Beat]:
    """The beats of a text in screen order."""
    beats = [Beat("opening", f"{text.title}")]
    beats += [Beat("figure", f"{fig.value} {fig.label}", item=i) for i, fig in enumerate(text.key_figures)]
    points = story_points(text)
    beats += [Beat("points", point, item=i) for i, point in enumerate(points)]
    if not text.key_figures and not points:
        beats.append(Beat("summary", text.summary))
    beats.append(Beat("closing", f"{CLOSING_HEADING} {campaign.hotline} {campaign.website} "
                                 f"{campaign.organisation} {campaign.address or ''}".rstrip()))
    return beats


# ---------------------------------------------------------------- matching

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-case syllables and numbers (thousand separators dropped) of a text, for matching."""
    text = unicodedata.normalize("NFC", text.lower())
    numbers = [n.replace(".", "") for n in _NUMBER.findall(text)]
    words = _WORD.findall(_NUMBER.sub(" ", text))
    return [f"#{n}" for n in numbers] + words


def similarity_matrix(beats: Sequence[Beat], sentences: Sequence[str],
                      speak: Callable[[str], str] | None = None) -> list[list[float]]:
    """How well each beat matches each sentence (0..1): shared tokens weighted by rarity, numbers x3.

    `speak` turns a beat's written words into their spoken form (numbers in words...), as the
    narration says them.
    """
    sentence_tokens = [set(tokens(s)) for s in sentences]
    n = max(len(sentences), 1)
    doc_freq: dict[str, int] = {}
    for toks in sentence_tokens:
        for tok in toks:
            doc_freq[tok] = doc_freq.get(tok, 0) + 1

    def weight(tok: str) -> float:
        rarity = math.log(1.0 + n / (1.0 + doc_freq.get(tok, 0)))
        return rarity * (3.0 if tok.startswith("#") else 1.0)

    matrix = []
    for beat in beats:
        beat_tokens = set(tokens(beat.words))
        if speak is not None:
            beat_tokens |= set(tokens(speak(beat.words)))
        total = sum(weight(tok) for tok in beat_tokens) or 1.0
        matrix.append([sum(weight(tok) for tok in beat_tokens & toks) / total for toks in sentence_tokens])
    return matrix


def shares_sentence(beat: Beat) -> bool:
    """Whether a beat may start in the same sentence as the beat before it (a second or later point)."""
    return beat.kind == "points" and beat.item > 0


def align_beats(beats: Sequence[Beat], sentences: Sequence[str],
                speak: Callable[[str], str] | None = None) -> list[int]:
    """Sentence index where each beat starts, in order, the first beat at sentence 0.

    Cards start in different sentences; points of the points card may share one. Maximises the
    similarity of each beat with its sentence, with a gentle pull towards an even spread so that a
    beat nothing matches still lands in a sensible place. Raises ValueError when there are fewer
    sentences than cards.
    """
    b_count, s_count = len(beats), len(sentences)
    steps = [0] + [0 if shares_sentence(beat) else 1 for beat in beats[1:]]
    if sum(steps) >= s_count:
        raise ValueError("more cards than sentences")
    lowest = [sum(steps[:b + 1]) for b in range(b_count)]
    highest = [s_count - 1 - sum(steps[b + 1:]) for b in range(b_count)]
    sim = similarity_matrix(beats, sentences, speak)
    inf = float("-inf")
    # score[b][s]: best total with beat b at sentence s
    score = [[inf] * s_count for _ in range(b_count)]
    back = [[-1] * s_count for _ in range(b_count)]
    score[0][0] = sim[0][0]
    for b in range(1, b_count):
        expected = b * s_count / b_count
        for s in range(lowest[b], highest[b] + 1):
            prior = -0.25 * abs(s - expected) / s_count
            best_prev, best_score = -1, inf
            for p in range(lowest[b - 1], s + 1 - steps[b]):
                if score[b - 1][p] > best_score:
                    best_prev, best_score = p, score[b - 1][p]
            if best_prev >= 0:
                score[b][s] = best_score + sim[b][s] + prior
                back[b][s] = best_prev
    s = max(range(s_count), key=lambda k: score[b_count - 1][k])
    anchors = [0] * b_count
    for b in range(b_count - 1, -1, -1):
        anchors[b] = s
        s = back[b][s]
    return anchors


# ---------------------------------------------------------------- timing

def reading_time(words: str, cps: float, minimum: float) -> float:
    """Seconds needed to read `words` at `cps` characters per second, at least `minimum`."""
    return max(minimum, len(words) / cps)


def silent_beat_times(beats: Sequence[Beat], cps: float, closing_min_s: float) -> tuple[list[float], float]:
    """Start of each beat and the clip's duration when nothing is narrated: time to read each beat."""
    starts, t = [], 0.0
    for beat in beats:
        starts.append(t)
        if beat.kind == "opening":
            t += reading_time(beat.words, cps, 3.0) + 0.5
        elif beat.kind == "figure":
            t += reading_time(beat.words, cps, MIN_CARD_S) + COUNT_UP_S
        elif beat.kind == "points":
            t += reading_time(beat.words, cps, 1.5) + REVEAL_S
        elif beat.kind == "closing":
            t += max(closing_min_s, reading_time(beat.words, cps, closing_min_s))
        else:
            t += reading_time(beat.words, cps, MIN_CARD_S)
    return starts, round(t, 3)


def narrated_beat_times(beats: Sequence[Beat], sentences: Sequence[TimedSentence],
                        speak: Callable[[str], str] | None = None) -> list[float]:
    """Start of each beat when narrated: the start of its sentence (the first beat at 0).

    Points that share a sentence appear one after another within it. With fewer sentences than
    cards, the beats are spread evenly over the narration.
    """
    texts = [s.text for s in sentences]
    try:
        anchors = align_beats(beats, texts, speak)
    except ValueError:
        end = sentences[-1].end if sentences else 0.0
        return [end * k / len(beats) for k in range(len(beats))]
    times: list[float] = []
    for b, anchor in enumerate(anchors):
        group = [k for k, a in enumerate(anchors) if a == anchor]
        sentence = sentences[anchor]
        position = group.index(b)
        times.append(sentence.start + (sentence.end - sentence.start) * position / len(group))
    times[0] = 0.0
    return times


def build_storyboard(text: Text, campaign: Campaign, sentences: Sequence[TimedSentence] | None, *,
                     crossfade_s: float = 0.5, tail_s: float = 1.5, closing_min_s: float = 3.0,
                     silent_cps: float = 12.0, narration_end: float | None = None,
                     speak: Callable[[str], str] | None = None) -> Storyboard:
    """The cards of a text and their times, from narration sentence times or, if None, reading speed."""
    beats = beats_for(text, campaign)
    notes: list[str] = []
    if sentences:
        starts = narrated_beat_times(beats, sentences, speak)
        spoken_end = narration_end if narration_end is not None else sentences[-1].end
        duration = spoken_end + tail_s
    else:
        starts, duration = silent_beat_times(beats, silent_cps, closing_min_s)
    # Keep beats apart enough for their crossfade and a moment of rest.
    min_gap = crossfade_s + 0.5
    for k in range(1, len(starts)):
        starts[k] = max(starts[k], starts[k - 1] + min_gap)
    closing_start = starts[-1]
    if duration < closing_start + closing_min_s:
        notes.append(f"clip lengthened to hold the closing card {closing_min_s:g} s")
        duration = closing_start + closing_min_s
    duration = round(duration, 3)

    figures = text.key_figures
    points = story_points(text)
    cards: list[Card] = []
    k = 0
    while k < len(beats):
        beat = beats[k]
        if beat.kind == "points":
            first = k
            while k < len(beats) and beats[k].kind == "points":
                k += 1
            end = starts[k] if k < len(beats) else duration
            cards.append(Card("points", round(starts[first], 3), end, title=POINTS_HEADING, items=points,
                              reveals=tuple(round(t, 3) for t in starts[first:k])))
            continue
        end = starts[k + 1] if k + 1 < len(beats) else duration
        start = round(starts[k], 3)
        if beat.kind == "opening":
            cards.append(Card("opening", start, end, title=text.title))
        elif beat.kind == "figure":
            fig = figures[beat.item]
            cards.append(Card("figure", start, end, value=fig.value, label=fig.label, index=beat.item,
                              reveals=(start,)))
        elif beat.kind == "summary":
            cards.append(Card("summary", start, end, title=text.title, label=text.summary))
        else:
            cards.append(Card("closing", start, end, title=CLOSING_HEADING))
        k += 1
    cards = [Card(**{**c.__dict__, "end": round(c.end, 3)}) for c in cards]
    return Storyboard(tuple(cards), duration, crossfade_s, narrated=bool(sentences), notes=tuple(notes))
