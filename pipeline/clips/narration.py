"""Narration of a clip: each sentence synthesised on its own, joined with pauses, so every start and end is exact.

The speech comes from the audio stage's engine (pipeline.audio), which trims the silence around each
sentence; the pauses are ours. A pause after a sentence grows (up to `max_pause_s`) when the sentence's
caption needs longer on screen than the speech takes, so captions stay readable without touching the
speaking rate. The whole is normalised for the web (-16 LUFS, true peak -1 dBTP by default, with a
little headroom because AAC encoding lifts peaks).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from pipeline.clips.captions import TimedSentence
from pipeline.clips.settings import ClipSettings

log = logging.getLogger(__name__)

AAC_HEADROOM_DB = 0.5


@dataclass(frozen=True)
class Narration:
    """Normalised mono speech and the exact span of every sentence in it (seconds from the clip's start)."""

    samples: np.ndarray
    sample_rate: int
    sentences: tuple[TimedSentence, ...]   # spoken text with its span
    speech_end: float                      # end of the last word

    @property
    def duration_s(self) -> float:
        """Length of the samples."""
        return len(self.samples) / self.sample_rate


def pause_after(caption_chars: int, speech_s: float, base_pause_s: float, max_pause_s: float,
                max_cps: float) -> float:
    """The pause after a sentence: the usual one, or longer if its caption needs more time to be read."""
    needed = caption_chars / max_cps - speech_s
    return min(max(base_pause_s, needed), max_pause_s)


def sentence_spans(durations: Sequence[float], caption_chars: Sequence[int], lead_in_s: float,
                   base_pause_s: float, max_pause_s: float, max_cps: float) -> list[tuple[float, float]]:
    """(start, end) of each sentence laid end to end with its pause (pure timing, no audio)."""
    spans = []
    t = lead_in_s
    for index, (duration, chars) in enumerate(zip(durations, caption_chars)):
        spans.append((t, t + duration))
        t += duration
        if index + 1 < len(durations):
            t += pause_after(chars, duration, base_pause_s, max_pause_s, max_cps)
    return spans


def _engine_key(engine) -> str:
    """What identifies an engine's voice, for the narration cache."""
    describe = getattr(engine, "describe", None)
    info = describe() if callable(describe) else {"name": getattr(engine, "name", repr(engine))}
    return json.dumps(info, sort_keys=True, default=str)


_CACHE: dict[tuple, Narration] = {}


def narrate(sentences: Sequence[str], engine, settings: ClipSettings,
            caption_texts: Sequence[str] | None = None) -> Narration:
    """Speak `sentences` one by one with `engine`, place them in time and normalise the whole.

    `caption_texts` (one per sentence) are what the captions will show; their length sets the pauses.
    The result for the same engine, sentences and settings is reused (both shapes of a text share it).
    """
    from pipeline.audio import normalize_loudness
    from pipeline.audio.engines import resample

    sentences = [s.strip() for s in sentences if s.strip()]
    if caption_texts is None:
        caption_texts = sentences
    key = (_engine_key(engine), tuple(sentences), tuple(caption_texts), settings.audio_sample_rate,
           settings.lead_in_s, settings.sentence_pause_s, settings.max_pause_s, settings.caption_max_cps,
           settings.target_lufs, settings.true_peak_dbtp)
    if key in _CACHE:
        return _CACHE[key]
    rate = settings.audio_sample_rate
    spoken: dict[str, np.ndarray] = {}
    pieces = []
    for sentence in sentences:
        if sentence not in spoken:
            speech = engine.synthesize(sentence)
            spoken[sentence] = resample(np.asarray(speech.samples, dtype=np.float32), speech.sample_rate, rate)
        pieces.append(spoken[sentence])
    durations = [len(piece) / rate for piece in pieces]
    spans = sentence_spans(durations, [len(c) for c in caption_texts], settings.lead_in_s,
                           settings.sentence_pause_s, settings.max_pause_s, settings.caption_max_cps)
    speech_end = spans[-1][1] if spans else 0.0
    total = np.zeros(int(np.ceil(speech_end * rate)) + 1, dtype=np.float32)
    for piece, (start, _end) in zip(pieces, spans):
        offset = int(round(start * rate))
        total[offset:offset + len(piece)] = piece[: len(total) - offset]
    if np.any(total):
        total = normalize_loudness(total, rate, settings.target_lufs,
                                   settings.true_peak_dbtp - AAC_HEADROOM_DB).astype(np.float32)
    timed = tuple(TimedSentence(text, round(start, 3), round(end, 3))
                  for text, (start, end) in zip(sentences, spans))
    narration = Narration(total, rate, timed, round(speech_end, 3))
    _CACHE.clear()  # one text at a time: keep only the latest
    _CACHE[key] = narration
    return narration


def write_wav(narration: Narration | None, duration_s: float, sample_rate: int, dest_path: Path) -> None:
    """The clip's soundtrack as float WAV, exactly `duration_s` long (silence after the narration)."""
    from scipy.io import wavfile

    length = int(round(duration_s * sample_rate))
    track = np.zeros(length, dtype=np.float32)
    if narration is not None:
        samples = narration.samples[:length]
        track[: len(samples)] = samples
    wavfile.write(str(dest_path), sample_rate, track)
