"""Settings of the audio stage: the `audio:` block of campaign.yaml, validated."""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from typing import Any, Mapping

ENGINES = ("auto", "gtts", "espeak")
# Bitrates an MPEG-1 Layer III stream can carry at 44.1 kHz.
MP3_BITRATES_KBPS = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
# How the engine is reached, not what it says: changing these must not rebuild any bulletin.
NETWORK_FIELDS = ("gtts_timeout_s", "gtts_retries", "gtts_backoff_s", "gtts_probe_timeout_s")

_TLD = re.compile(r"^[a-z]{2,6}(\.[a-z]{2,3})?$")
_VOICE = re.compile(r"^[A-Za-z0-9_\-]+(\+[A-Za-z0-9_\-]+)?$")


@dataclass(frozen=True)
class AudioSettings:
    """How bulletins are spoken and mastered; defaults suit open-air horn loudspeakers."""

    engine: str = "auto"            # auto | gtts | espeak
    voice: str = "vi+f3"            # espeak-ng voice (+variant; gTTS takes the language before "+")
    target_lufs: float = -16.0      # integrated loudness of the finished file
    true_peak_dbtp: float = -1.5    # ceiling of the finished file (4x oversampled peak)
    repeat: int = 2                 # how many times the message is read ("Xin nhắc lại" between)
    bitrate_kbps: int = 96          # MP3 CBR
    speed: float = 1.0              # tempo change without pitch shift (ffmpeg atempo), 1.0 = none
    # The offline voice scripts/bench_voice.py found clearest: 0.85x the word errors of "vi" at 145 wpm.
    espeak_rate: int = 125          # words (Vietnamese: syllables) per minute; slow for outdoors
    espeak_pitch: int = 50          # 0-99, espeak-ng's scale
    espeak_range: int = 90          # 0-99, how far the pitch moves: Vietnamese tones (espeak-ng's own 50)
    espeak_word_gap: int = 0        # extra pause between words, in 10 ms steps at the normal rate
    gtts_tld: str = "com.vn"        # translate.google.<tld>
    gtts_slow: bool = False         # Google's own slow reading (very slow); prefer `speed`
    chime: bool = True              # a short chime before and after the bulletin
    sentence_pause_s: float = 0.45  # silence between sentences
    paragraph_pause_s: float = 0.9  # silence between paragraphs (title, lead, body blocks)
    highpass_hz: float = 170.0      # horns reproduce nothing useful below ~150-200 Hz
    lowpass_hz: float = 7000.0      # nor above ~7 kHz
    presence_db: float = 3.0        # lift around 3 kHz: consonants carry over a horn
    compression_ratio: float = 3.0  # gentle, above the threshold
    gtts_timeout_s: float = 10.0    # per HTTP request to Google
    gtts_retries: int = 3           # extra tries after HTTP 429 / 5xx
    gtts_backoff_s: float = 1.0     # first retry delay; doubles each try
    gtts_probe_timeout_s: float = 3.0  # "auto": how long the reachability check may take

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> "AudioSettings":
        """Build settings from campaign.yaml's `audio:` block; ValueError("audio.<field>: ...") if invalid."""
        problems = cls.problems(data)
        if problems:
            raise ValueError("; ".join(problems))
        values = dict(data or {})
        for name, value in list(values.items()):
            if _FIELD_TYPES[name] is float:
                values[name] = float(value)
        return cls(**values)

    @classmethod
    def problems(cls, data: Mapping[str, Any] | None) -> list[str]:
        """Every problem of an `audio:` block, each as "audio.<field>: <problem>" (empty when valid)."""
        if data is None:
            return []
        if not isinstance(data, Mapping):
            return [f"audio: must be a mapping of settings, not {type(data).__name__}"]
        problems = []
        for key, value in data.items():
            if key not in _FIELD_TYPES:
                known = ", ".join(sorted(_FIELD_TYPES))
                problems.append(f"audio.{key}: unknown setting (known: {known})")
                continue
            problem = _check(key, value)
            if problem:
                problems.append(f"audio.{key}: {problem}")
        return problems

    def as_params(self) -> dict[str, Any]:
        """The settings that shape the rendered audio, JSON-able (network knobs left out)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name not in NETWORK_FIELDS}


_FIELD_TYPES: dict[str, type] = {f.name: {"str": str, "float": float, "int": int, "bool": bool}[str(f.type)]
                                  for f in dataclasses.fields(AudioSettings)}


def _number_in(value: Any, low: float, high: float, integer: bool = False) -> str | None:
    """A problem if `value` is not a number (an integer when asked) within [low, high]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"must be {'an integer' if integer else 'a number'}, not {value!r}"
    if integer and not isinstance(value, int):
        return f"must be an integer, not {value!r}"
    if not math.isfinite(value) or not low <= value <= high:
        return f"must be between {low:g} and {high:g}, not {value!r}"
    return None


def _check(name: str, value: Any) -> str | None:
    """The problem with one setting's value, or None."""
    if name == "engine":
        return None if value in ENGINES else f"must be one of {', '.join(ENGINES)}, not {value!r}"
    if name == "voice":
        ok = isinstance(value, str) and _VOICE.match(value)
        return None if ok else f"must be a voice name such as 'vi' or 'vi+f2', not {value!r}"
    if name == "gtts_tld":
        ok = isinstance(value, str) and _TLD.match(value)
        return None if ok else f"must be a Google domain ending such as 'com.vn' or 'com', not {value!r}"
    if name in ("chime", "gtts_slow"):
        return None if isinstance(value, bool) else f"must be true or false, not {value!r}"
    if name == "bitrate_kbps":
        if isinstance(value, bool) or value not in MP3_BITRATES_KBPS:
            return f"must be an MP3 bitrate, one of {', '.join(map(str, MP3_BITRATES_KBPS))}, not {value!r}"
        return None
    ranges: dict[str, tuple[float, float, bool]] = {
        "target_lufs": (-36, -8, False),
        "true_peak_dbtp": (-9, 0, False),
        "repeat": (1, 5, True),
        "speed": (0.5, 2.0, False),
        "espeak_rate": (80, 450, True),
        "espeak_pitch": (0, 99, True),
        "espeak_range": (0, 99, True),
        "espeak_word_gap": (0, 20, True),
        "sentence_pause_s": (0, 5, False),
        "paragraph_pause_s": (0, 10, False),
        "highpass_hz": (20, 400, False),
        "lowpass_hz": (3000, 16000, False),
        "compression_ratio": (1, 10, False),
        "presence_db": (0, 9, False),
        "gtts_timeout_s": (0.1, 120, False),
        "gtts_retries": (0, 10, True),
        "gtts_backoff_s": (0, 60, False),
        "gtts_probe_timeout_s": (0.1, 60, False),
    }
    low, high, integer = ranges[name]
    return _number_in(value, low, high, integer)
