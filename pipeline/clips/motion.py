"""The frame function of a clip: cheap array operations over cards drawn once.

Why it is fast (see REFERENCE.md, "What made MoviePy fast here"):
- a frame that does not move is returned from a cache, the very same array object;
- crossfades blend two frames with cv2.addWeighted, and only inside the fade window;
- a point appearing, or a figure counting up, touches only its own box;
- slow zoom is a centred crop of a card drawn larger, shrunk with cv2.resize; pan is integer slicing;
- a caption strip is blended only over its own region, from a premultiplied strip drawn once.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Sequence

import cv2
import numpy as np

from pipeline.clips.captions import CaptionCue
from pipeline.clips.cards import CaptionStrip, CardArt
from pipeline.clips.layout import pan_axis
from pipeline.clips.settings import SHAPES
from pipeline.clips.storyboard import COUNT_UP_S, REVEAL_S, Storyboard

log = logging.getLogger(__name__)

ZOOM_RATE_PER_S = 0.012   # a gentle zoom: at most 1.2 % of scale per second


@dataclass(frozen=True)
class CardMotion:
    """How one card moves while it is on screen: zoom from z0 to z1, or a pan from p0 to p1 (0..1)."""

    kind: str          # zoom | pan | none
    t0: float          # first moment on screen (start of its crossfade in)
    t1: float          # last moment on screen
    a: float
    b: float

    def at(self, t: float) -> float:
        """The zoom factor (or pan position) at time t, linear over the card's time on screen."""
        if self.t1 <= self.t0:
            return self.a
        u = min(max((t - self.t0) / (self.t1 - self.t0), 0.0), 1.0)
        return self.a + (self.b - self.a) * u


def plan_motion(storyboard: Storyboard, motion: str, zoom: float) -> list[CardMotion]:
    """The motion of every card: alternately zooming in and out (or panning back and forth)."""
    plans = []
    for index, card in enumerate(storyboard.cards):
        t0 = max(card.start - storyboard.crossfade_s, 0.0) if index else 0.0
        t1 = card.end if index + 1 < len(storyboard.cards) else storyboard.duration
        if motion == "zoom":
            amount = min(zoom - 1.0, ZOOM_RATE_PER_S * (t1 - t0))
            a, b = (1.0, 1.0 + amount) if index % 2 == 0 else (1.0 + amount, 1.0)
        elif motion == "pan":
            # The pan travel is fixed by the card's scale; slow cards simply move slower.
            a, b = (0.0, 1.0) if index % 2 == 0 else (1.0, 0.0)
        else:
            a = b = 1.0
        plans.append(CardMotion(motion, t0, t1, a, b))
    return plans


def zoom_crop(source_w: int, source_h: int, width: int, height: int, scale: float, z: float
              ) -> tuple[int, int, int, int]:
    """(x0, y0, crop_w, crop_h) of the centred crop of a card drawn at `scale` that shows zoom `z`.

    The crop keeps the parity of the source, so it stays exactly centred (no sideways jitter).
    """
    crop_w = min(source_w, max(width, 2 * int(round(width * scale / z / 2))))
    crop_h = min(source_h, max(height, 2 * int(round(crop_w * height / width / 2))))
    return (source_w - crop_w) // 2, (source_h - crop_h) // 2, crop_w, crop_h


def blend_strip(frame: np.ndarray, strip: CaptionStrip) -> None:
    """Blend a caption strip into `frame` in place, touching only the strip's region."""
    x0, y0, x1, y1 = strip.box
    region = frame[y0:y1, x0:x1]
    frame[y0:y1, x0:x1] = cv2.add(cv2.multiply(region, strip.inverse_alpha, scale=1.0 / 255.0),
                                  strip.premultiplied)


class FrameFunction:
    """Callable t -> HxWx3 uint8 frame for moviepy's VideoClip, over pre-drawn cards."""

    def __init__(self, storyboard: Storyboard, arts: Sequence[CardArt], shape: str, fps: int, motion: str,
                 scale: float, zoom: float | None = None, cues: Sequence[CaptionCue] = (),
                 strips: Sequence[CaptionStrip] = ()):
        self.storyboard = storyboard
        self.cards = storyboard.cards
        self.arts = list(arts)
        self.width, self.height = SHAPES[shape]
        self.shape = shape
        self.fps = fps
        self.motion = motion
        self.scale = scale
        self.plans = plan_motion(storyboard, motion, zoom if zoom is not None else scale)
        self.cues = list(cues)
        self.strips = list(strips)
        self._scratch: dict[int, tuple[object, np.ndarray]] = {}
        self._stills: OrderedDict[tuple, np.ndarray] = OrderedDict()
        self._cue_index = 0
        expected = (self.height, self.width) if motion == "none" else None
        for art in self.arts:
            h, w = art.states[0].shape[:2]
            if expected and (h, w) != expected:
                raise ValueError("with motion 'none' cards must be drawn at scale 1")

    # -------------------------------------------------------------- time helpers

    def frame_time(self, t: float) -> float:
        """t snapped to the frame grid (moviepy passes index / fps)."""
        return round(t * self.fps) / self.fps

    def cue_at(self, t: float) -> int | None:
        """Index of the caption on screen at t (cues are sorted; frames come in order, so search from the last)."""
        cues = self.cues
        if not cues:
            return None
        k = self._cue_index if self._cue_index < len(cues) and cues[self._cue_index].start <= t else 0
        while k < len(cues) and cues[k].end <= t:
            k += 1
        self._cue_index = k
        if k < len(cues) and cues[k].start <= t < cues[k].end:
            return k
        return None

    # -------------------------------------------------------------- one card's picture

    def card_source(self, index: int, t: float) -> tuple[np.ndarray, object, bool]:
        """The card's picture at t before motion: (array, a key of what it shows or None, changing)."""
        card, art = self.cards[index], self.arts[index]
        if art.figure is not None:
            figure = art.figure
            started = t - card.reveals[0] if card.reveals else COUNT_UP_S
            progress = min(max(started / COUNT_UP_S, 0.0), 1.0)
            if progress >= 1.0:
                return art.states[0], ("final",), False
            x0, y0, x1, y1 = figure.box
            buffer = self._buffer(index, art.states[0])
            if figure.countable is not None:
                shown = figure.countable.at(progress)
                buffer[y0:y1, x0:x1] = figure.patch(shown)
                return buffer, ("count", shown), True
            # Not a plain number (a date, a word): reveal it left to right.
            final = figure.patch(figure.final)
            eased = 1.0 - (1.0 - progress) ** 3
            edge = int(round((x1 - x0) * eased))
            buffer[y0:y1, x0:x1] = figure.empty
            buffer[y0:y1, x0:x0 + edge] = final[:, :edge]
            return buffer, ("wipe", edge), True
        if len(art.states) > 1:
            reveals = card.reveals
            shown = max(1, sum(1 for r in reveals if r <= t + 1e-9))
            state = shown - 1
            if state >= 1:
                fade = (t - reveals[state]) / REVEAL_S
                if fade < 1.0:
                    x0, y0, x1, y1 = art.reveal_boxes[state - 1]
                    buffer = self._buffer(index, art.states[state - 1])
                    before = art.states[state - 1][y0:y1, x0:x1]
                    after = art.states[state][y0:y1, x0:x1]
                    alpha = max(fade, 0.0)
                    buffer[y0:y1, x0:x1] = cv2.addWeighted(before, 1.0 - alpha, after, alpha, 0.0)
                    return buffer, ("reveal", state, round(alpha, 4)), True
            return art.states[state], ("state", state), False
        return art.states[0], ("still",), False

    def _buffer(self, index: int, base: np.ndarray) -> np.ndarray:
        """A scratch copy of `base` for card `index` (copied again only when the base changes)."""
        held = self._scratch.get(index)
        if held is None or held[0] is not base:
            held = (base, base.copy())
            self._scratch[index] = held
        return held[1]

    def moved(self, index: int, source: np.ndarray, t: float) -> tuple[np.ndarray, bool]:
        """The card on screen at t after its motion: (frame, whether the array is a fresh one)."""
        plan = self.plans[index]
        if plan.kind == "none":
            return source, False
        src_h, src_w = source.shape[:2]
        if plan.kind == "zoom":
            x0, y0, crop_w, crop_h = zoom_crop(src_w, src_h, self.width, self.height, self.scale, plan.at(t))
            crop = source[y0:y0 + crop_h, x0:x0 + crop_w]
            if (crop_w, crop_h) == (self.width, self.height):
                return np.ascontiguousarray(crop), True
            return cv2.resize(crop, (self.width, self.height), interpolation=cv2.INTER_LINEAR), True
        # pan: integer window sliding along the long side, centred across it
        position = plan.at(t)
        if pan_axis(self.shape) == "x":
            x0 = int(round((src_w - self.width) * position))
            y0 = (src_h - self.height) // 2
        else:
            x0 = (src_w - self.width) // 2
            y0 = int(round((src_h - self.height) * position))
        return source[y0:y0 + self.height, x0:x0 + self.width], False

    # -------------------------------------------------------------- the frame

    def __call__(self, t: float) -> np.ndarray:
        """The frame at time t."""
        t = self.frame_time(t)
        index = self.storyboard.card_index_at(t)
        card = self.cards[index]
        source, key, changing = self.card_source(index, t)
        frame, fresh = self.moved(index, source, t)
        fading = index > 0 and t < card.start
        if fading:
            alpha = (t - (card.start - self.storyboard.crossfade_s)) / self.storyboard.crossfade_s
            alpha = min(max(alpha, 0.0), 1.0)
            prev_source, _, _ = self.card_source(index - 1, t)
            prev_frame, _ = self.moved(index - 1, prev_source, t)
            frame = cv2.addWeighted(prev_frame, 1.0 - alpha, frame, alpha, 0.0)
            fresh = True
        cue = self.cue_at(t)
        strip = self.strips[cue] if cue is not None and self.strips else None
        if fresh:
            if strip is not None:
                blend_strip(frame, strip)
            return frame
        if self.motion == "none" and not changing:
            # A still frame: composed once, then the same array object for every frame that shows it.
            still_key = (index, key, cue if strip is not None else None)
            cached = self._stills.get(still_key)
            if cached is None:
                cached = frame if strip is None else frame.copy()
                if strip is not None:
                    blend_strip(cached, strip)
                self._stills[still_key] = cached
                while len(self._stills) > 4:
                    self._stills.popitem(last=False)
            return cached
        if strip is not None:
            frame = frame.copy()
            blend_strip(frame, strip)
        return frame
