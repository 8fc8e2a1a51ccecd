"""A soft three-tone chime, synthesised here (no third-party audio): rising before a bulletin, falling after."""

from __future__ import annotations

import numpy as np

# C5, E5, G5: a major triad inside the horn band, bright enough to carry, low enough not to shrill.
CHIME_NOTES_HZ = (523.25, 659.26, 783.99)
NOTE_SPACING_S = 0.42
RING_S = 1.4
# Partials of a soft bell/vibraphone: (frequency multiple, relative level, decay time constant in s).
PARTIALS = ((1.0, 1.0, 0.55), (2.0, 0.28, 0.25), (3.0, 0.08, 0.15), (4.0, 0.05, 0.08))
ATTACK_S = 0.008


def chime_note(frequency_hz: float, duration_s: float, sample_rate: int) -> np.ndarray:
    """One struck note: harmonic partials decaying exponentially, a soft attack, a faded end."""
    t = np.arange(int(duration_s * sample_rate)) / sample_rate
    note = np.zeros_like(t)
    for multiple, level, decay_s in PARTIALS:
        note += level * np.exp(-t / decay_s) * np.sin(2 * np.pi * frequency_hz * multiple * t)
    attack = np.minimum(t / ATTACK_S, 1.0)
    attack = 0.5 - 0.5 * np.cos(np.pi * attack)  # raised cosine: no click
    fade_len = min(len(t), int(0.2 * sample_rate))
    fade = np.ones_like(t)
    fade[len(t) - fade_len:] = np.linspace(1.0, 0.0, fade_len)
    return note * attack * fade


def make_chime(sample_rate: int = 44100, rising: bool = True, peak: float = 0.5) -> np.ndarray:
    """The three notes, rising (opening) or falling (closing), overlapping like a struck chime; float32 mono."""
    notes = CHIME_NOTES_HZ if rising else tuple(reversed(CHIME_NOTES_HZ))
    total_s = NOTE_SPACING_S * (len(notes) - 1) + RING_S
    out = np.zeros(int(total_s * sample_rate) + 1)
    for index, frequency in enumerate(notes):
        start = int(index * NOTE_SPACING_S * sample_rate)
        # Earlier notes are damped sooner so the chord does not smear.
        length_s = RING_S if index == len(notes) - 1 else NOTE_SPACING_S * 2
        note = chime_note(frequency, length_s, sample_rate)
        out[start:start + len(note)] += note
    out *= peak / np.max(np.abs(out))
    return out.astype(np.float32)
