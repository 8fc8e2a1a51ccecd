"""The `clips:` section of campaign.yaml, validated: shapes, frame rate, encoder and narration choices."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Mapping

# Each shape is laid out for itself (pipeline.clips.cards), never cropped from the other.
SHAPES: dict[str, tuple[int, int]] = {"vertical": (1080, 1920), "landscape": (1920, 1080)}

# ultrafast is left out: it turns CABAC and the 8x8 transform off, so the video is H.264 Main, not the High
# profile the delivery check (and the platforms' upload guides) ask for, and every clip would fail.
PRESETS = ("superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow")
TUNES = ("animation", "stillimage", "film")
MOTIONS = ("zoom", "pan", "none")
FRAME_RATES = (24, 25, 30, 50, 60)


@dataclass(frozen=True)
class ClipSettings:
    """How clips are made: which shapes, the encoder, the narration and the card timing."""

    shapes: tuple[str, ...] = ("vertical",)
    fps: int = 30
    silent: bool = False
    # libx264 constant-quality: flat graphics with sharp text look clean at 20-23; `animation` gives
    # more reference frames and less deblocking, which suits flat colour areas and text edges.
    crf: int = 21
    preset: str = "veryfast"
    tune: str | None = "animation"
    threads: int = 2
    audio_bitrate_kbps: int = 128
    audio_sample_rate: int = 48000
    target_lufs: float = -16.0
    true_peak_dbtp: float = -1.0
    tail_s: float = 1.5              # after the last spoken word
    lead_in_s: float = 0.4           # before the first spoken word (the title is on screen already)
    sentence_pause_s: float = 0.35   # between sentences
    max_pause_s: float = 2.0         # a pause may grow up to this to keep captions readable (17 chars/s)
    crossfade_s: float = 0.5
    motion: str = "zoom"             # zoom | pan | none
    zoom: float = 1.05               # scale reached at the end of a card's slow zoom
    closing_min_s: float = 3.0       # the closing card (hotline, website, QR) is held at least this long
    caption_max_cps: float = 17.0    # reading speed of burned-in captions
    caption_max_chars: int = 42      # per line
    silent_cps: float = 12.0         # reading speed used to time the cards of a silent clip
    burn_captions: bool = True
    poster_quality: int = 90

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> "ClipSettings":
        """Settings from campaign.yaml's `clips:` mapping; raises ValueError("clips.<field>: <problem>")."""
        data = dict(data or {})
        known = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(f"clips.{unknown[0]}: unknown setting (known: {', '.join(sorted(known))})")
        values: dict[str, Any] = {}
        for name, value in data.items():
            values[name] = _convert(name, value, known[name].default)
        settings = cls(**values)
        settings._check()
        return settings

    def _check(self) -> None:
        """Raise ValueError naming the first field whose value is out of range."""
        def fail(name: str, problem: str) -> None:
            raise ValueError(f"clips.{name}: {problem}")

        if not self.shapes:
            fail("shapes", "at least one shape is needed")
        for shape in self.shapes:
            if shape not in SHAPES:
                fail("shapes", f"unknown shape {shape!r} (one of {', '.join(SHAPES)})")
        if len(set(self.shapes)) != len(self.shapes):
            fail("shapes", "a shape is listed twice")
        if self.fps not in FRAME_RATES:
            fail("fps", f"must be one of {', '.join(map(str, FRAME_RATES))}")
        if not 0 <= self.crf <= 51:
            fail("crf", "must be between 0 and 51")
        if self.preset == "ultrafast":
            fail("preset", "ultrafast makes H.264 Main-profile video (no CABAC, no 8x8 transform), which the clip "
                           "check refuses; superfast is the fastest preset that keeps the High profile")
        if self.preset not in PRESETS:
            fail("preset", f"must be one of {', '.join(PRESETS)}")
        if self.tune is not None and self.tune not in TUNES:
            fail("tune", f"must be one of {', '.join(TUNES)} or null")
        if not 1 <= self.threads <= 64:
            fail("threads", "must be between 1 and 64")
        if not 32 <= self.audio_bitrate_kbps <= 320:
            fail("audio_bitrate_kbps", "must be between 32 and 320")
        if self.audio_sample_rate not in (44100, 48000):
            fail("audio_sample_rate", "must be 44100 or 48000")
        if not -40.0 <= self.target_lufs <= -5.0:
            fail("target_lufs", "must be between -40 and -5")
        if not -9.0 <= self.true_peak_dbtp <= 0.0:
            fail("true_peak_dbtp", "must be between -9 and 0")
        for name in ("tail_s", "lead_in_s", "sentence_pause_s", "crossfade_s"):
            if not 0.0 <= getattr(self, name) <= 10.0:
                fail(name, "must be between 0 and 10 seconds")
        if self.max_pause_s < self.sentence_pause_s:
            fail("max_pause_s", "must be at least sentence_pause_s")
        if self.motion not in MOTIONS:
            fail("motion", f"must be one of {', '.join(MOTIONS)}")
        if not 1.0 <= self.zoom <= 1.2:
            fail("zoom", "must be between 1.0 and 1.2")
        if not 3.0 <= self.closing_min_s <= 20.0:
            fail("closing_min_s", "must be between 3 and 20 seconds")
        if not 8.0 <= self.caption_max_cps <= 25.0:
            fail("caption_max_cps", "must be between 8 and 25")
        if not 20 <= self.caption_max_chars <= 60:
            fail("caption_max_chars", "must be between 20 and 60")
        if not 5.0 <= self.silent_cps <= 25.0:
            fail("silent_cps", "must be between 5 and 25")
        if not 50 <= self.poster_quality <= 100:
            fail("poster_quality", "must be between 50 and 100")

    def as_params(self) -> dict:
        """Every setting as JSON-able values (hashed into the stage's params)."""
        params = dataclasses.asdict(self)
        params["shapes"] = list(self.shapes)
        return params



def _convert(name: str, value: Any, default: Any) -> Any:
    """Coerce a YAML value to the type of the field's default, or raise ValueError naming the field."""
    def fail(problem: str) -> None:
        raise ValueError(f"clips.{name}: {problem}")

    if name == "shapes":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            fail("must be a shape name or a list of shape names")
        return tuple(value)
    if name == "tune":
        if value is None or value in ("none", "null", ""):
            return None
        if not isinstance(value, str):
            fail("must be a tune name or null")
        return value
    if isinstance(default, bool):
        if not isinstance(value, bool):
            fail("must be true or false")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                return int(value)
            fail("must be a whole number")
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            fail("must be a number")
        return float(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            fail("must be a string")
        return value
    return value


def card_scale(settings: ClipSettings) -> float:
    """The scale cards are drawn at: the zoom they reach (so they are only ever shrunk), 1 without motion."""
    return settings.zoom if settings.motion in ("zoom", "pan") and settings.zoom > 1.0 else 1.0


def motion_kind(settings: ClipSettings) -> str:
    """The motion actually used (no motion when the zoom is 1)."""
    return settings.motion if card_scale(settings) > 1.0 else "none"
