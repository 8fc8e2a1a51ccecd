"""Speech engines behind one small interface: text in, mono float samples out."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from math import gcd
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.audio.settings import AudioSettings

log = logging.getLogger(__name__)

# Every engine hands back speech at the delivery rate, so callers never resample.
OUTPUT_RATE = 44100


@dataclass
class Speech:
    """Synthesised speech: float32 mono samples in [-1, 1] at `sample_rate`."""

    samples: np.ndarray
    sample_rate: int

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return len(self.samples) / float(self.sample_rate)


class EngineUnavailable(Exception):
    """The engine cannot work here; the message says which engine and why."""


class Engine:
    """A text-to-speech engine: `name`, `version`, the `settings()` that shape its voice, `synthesize()`."""

    name: str = "engine"
    version: str = ""

    def settings(self) -> dict[str, Any]:
        """The engine settings that change what it says (recorded in the manifest)."""
        return {}

    def describe(self) -> dict[str, Any]:
        """Name, version and settings, as the manifest records them."""
        return {"name": self.name, "version": self.version, "settings": self.settings()}

    def synthesize(self, text: str) -> Speech:
        """Speak `text` (already prepared for speech) and return the samples."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} {self.version}>"


def resample(samples: np.ndarray, from_rate: int, to_rate: int) -> np.ndarray:
    """Polyphase resampling of mono float samples (a no-op at the same rate)."""
    if from_rate == to_rate:
        return np.asarray(samples, dtype=np.float32)
    from scipy.signal import resample_poly

    divisor = gcd(from_rate, to_rate)
    return resample_poly(samples, to_rate // divisor, from_rate // divisor).astype(np.float32)


def trim_silence(samples: np.ndarray, sample_rate: int, threshold_db: float = -45.0,
                 keep_s: float = 0.03) -> np.ndarray:
    """Cut leading and trailing silence (relative to the peak), keeping a short margin so no onset is clipped."""
    if len(samples) == 0:
        return samples
    peak = float(np.max(np.abs(samples)))
    if peak == 0.0:
        return samples[:0]
    loud = np.flatnonzero(np.abs(samples) > peak * 10 ** (threshold_db / 20))
    keep = int(keep_s * sample_rate)
    start = max(int(loud[0]) - keep, 0)
    end = min(int(loud[-1]) + keep + 1, len(samples))
    return samples[start:end]


def get_engine(name: str, settings: AudioSettings, cache_dir: Path | None = None, *,
               gtts_base_url: str | None = None) -> Engine:
    """The engine called `name` ("espeak" | "gtts" | "auto"); raises EngineUnavailable if it cannot work.

    "auto" probes Google quickly and falls back to espeak with a warning; the returned engine's
    `name` says which one it is. `gtts_base_url` replaces https://translate.google.<tld> (tests).
    """
    if name == "espeak":
        from pipeline.audio.espeak import EspeakEngine

        return EspeakEngine(settings)
    if name == "gtts":
        from pipeline.audio.gtts_engine import GttsEngine

        engine = GttsEngine(settings, cache_dir=cache_dir, base_url=gtts_base_url)
        engine.check_reachable()
        return engine
    if name == "auto":
        from pipeline.audio.gtts_engine import GttsEngine

        engine = GttsEngine(settings, cache_dir=cache_dir, base_url=gtts_base_url)
        try:
            engine.check_reachable()
            return engine
        except EngineUnavailable as exc:
            log.warning("audio engine auto: %s; using the offline espeak engine instead", exc)
            from pipeline.audio.espeak import EspeakEngine

            return EspeakEngine(settings)
    raise ValueError(f"unknown audio engine {name!r}; one of espeak, gtts, auto")
