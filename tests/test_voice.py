"""The offline voice's settings: espeak-ng's pitch range and word gap reach the voice a listener hears."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest

from pipeline.audio import AudioSettings, get_engine

RATE = 44100
SENTENCE = "Kính thưa bà con, sau đây là thông tin của Bảo hiểm xã hội Việt Nam."  # 15 syllables, 14 gaps


def pitch_track_semitones(samples: np.ndarray, rate: int = RATE) -> np.ndarray:
    """Pitch of each voiced 40 ms frame (hop 20 ms, autocorrelation), in semitones from the median."""
    frame, hop = int(0.04 * rate), int(0.02 * rate)
    low_lag, high_lag = int(rate / 500), int(rate / 60)
    pitches = []
    for start in range(0, len(samples) - frame, hop):
        segment = samples[start:start + frame] - samples[start:start + frame].mean()
        if np.sqrt(np.mean(segment ** 2)) < 0.03:
            continue  # silence or a consonant
        correlation = np.correlate(segment, segment, "full")[frame - 1:]
        lag = low_lag + int(np.argmax(correlation[low_lag:high_lag]))
        if correlation[lag] > 0.4 * correlation[0]:
            pitches.append(rate / lag)
    hertz = np.array(pitches)
    return 12 * np.log2(hertz / np.median(hertz))


def spread(semitones: np.ndarray) -> float:
    """How far the pitch moves: the 10th to the 90th percentile, in semitones."""
    low, high = np.percentile(semitones, [10, 90])
    return float(high - low)


def test_pitch_range_moves_the_tones():
    # Vietnamese tones are pitch movements: espeak-ng scales them by its range (0 is a monotone).
    flat = get_engine("espeak", AudioSettings(espeak_range=0)).synthesize(SENTENCE).samples
    usual = get_engine("espeak", AudioSettings(espeak_range=50)).synthesize(SENTENCE).samples
    wide = get_engine("espeak", AudioSettings(espeak_range=99)).synthesize(SENTENCE).samples
    spreads = [spread(pitch_track_semitones(samples)) for samples in (flat, usual, wide)]
    assert spreads[0] < 1.0, spreads
    assert spreads[0] * 2 < spreads[1] < spreads[2] / 1.5, spreads


def test_word_gap_adds_a_pause_between_words():
    plain = get_engine("espeak", AudioSettings(espeak_word_gap=0)).synthesize(SENTENCE)
    spaced = get_engine("espeak", AudioSettings(espeak_word_gap=5)).synthesize(SENTENCE)
    added_per_gap = (spaced.duration_s - plain.duration_s) / 14
    assert 0.03 <= added_per_gap <= 0.2, added_per_gap


def test_voice_settings_are_recorded_and_validated():
    settings = AudioSettings.from_mapping({"voice": "vi+f3", "espeak_range": 80, "espeak_word_gap": 2})
    engine = get_engine("espeak", settings)
    recorded = engine.settings()
    assert (recorded["voice"], recorded["range"], recorded["word_gap"]) == ("vi+f3", 80, 2)
    params = settings.as_params()
    assert params["espeak_range"] == 80 and params["espeak_word_gap"] == 2  # a change rebuilds the bulletins
    for data in ({"espeak_range": 100}, {"espeak_range": 50.5}, {"espeak_word_gap": -1}, {"espeak_word_gap": "2"}):
        field = next(iter(data))
        with pytest.raises(ValueError, match=re.escape(f"audio.{field}:")):
            AudioSettings.from_mapping(data)


def test_the_default_voice_moves_its_tones_further_at_an_outdoor_pace():
    # The default scripts/bench_voice.py chose: a wider range than espeak-ng's own 50, a slow rate.
    default = AudioSettings()
    ours = get_engine("espeak", default).synthesize(SENTENCE)
    usual = get_engine("espeak", replace(default, espeak_range=50)).synthesize(SENTENCE)
    assert spread(pitch_track_semitones(ours.samples)) > 1.3 * spread(pitch_track_semitones(usual.samples))
    assert 2.5 <= 15 / ours.duration_s <= 4.0
