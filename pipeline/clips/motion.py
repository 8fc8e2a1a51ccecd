"""The frame function of a clip: cheap array operations over cards drawn once.

Why it is fast:
- a frame that does not move is returned from a cache, the very same array object, and `signature` tells the
  encoder which frames show the same picture, so each is sent to ffmpeg once (pipeline.clips.encoder);
- crossfades blend two frames with cv2.addWeighted, and only inside the fade window;
- a point appearing, or a figure counting up, touches only its own box;
- slow zoom is a centred crop of a card drawn larger, shrunk with cv2.resize: for the encoder as Y'CbCr 4:2:0
  planes converted once per card picture (PlanarFrames), half the pixels to shrink; pan is integer slicing;
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
    """Callable t -> HxWx3 uint8 RGB frame, over pre-drawn cards."""

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
        """t snapped to the frame grid (callers pass index / fps)."""
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

    def source_key(self, index: int, t: float) -> tuple[tuple, bool]:
        """What card `index` shows at t before motion, without drawing it: (a key of it, changing)."""
        card, art = self.cards[index], self.arts[index]
        if art.figure is not None:
            figure = art.figure
            started = t - card.reveals[0] if card.reveals else COUNT_UP_S
            progress = min(max(started / COUNT_UP_S, 0.0), 1.0)
            if progress >= 1.0:
                return ("final",), False
            if figure.countable is not None:
                return ("count", figure.countable.at(progress)), True
            # Not a plain number (a date, a word): revealed left to right.
            x0, _, x1, _ = figure.box
            eased = 1.0 - (1.0 - progress) ** 3
            return ("wipe", int(round((x1 - x0) * eased))), True
        if len(art.states) > 1:
            reveals = card.reveals
            state = max(1, sum(1 for r in reveals if r <= t + 1e-9)) - 1
            if state >= 1:
                fade = (t - reveals[state]) / REVEAL_S
                if fade < 1.0:
                    return ("reveal", state, round(max(fade, 0.0), 4)), True
            return ("state", state), False
        return ("still",), False

    def card_source(self, index: int, t: float) -> tuple[np.ndarray, object, bool]:
        """The card's picture at t before motion: (array, a key of what it shows, changing)."""
        art = self.arts[index]
        key, changing = self.source_key(index, t)
        kind = key[0]
        if kind == "count":
            x0, y0, x1, y1 = art.figure.box
            buffer = self._buffer(index, art.states[0])
            buffer[y0:y1, x0:x1] = art.figure.patch(key[1])
            return buffer, key, True
        if kind == "wipe":
            figure, edge = art.figure, key[1]
            x0, y0, x1, y1 = figure.box
            buffer = self._buffer(index, art.states[0])
            buffer[y0:y1, x0:x1] = figure.empty
            buffer[y0:y1, x0:x0 + edge] = figure.patch(figure.final)[:, :edge]
            return buffer, key, True
        if kind == "reveal":
            _, state, alpha = key
            x0, y0, x1, y1 = art.reveal_boxes[state - 1]
            buffer = self._buffer(index, art.states[state - 1])
            before = art.states[state - 1][y0:y1, x0:x1]
            after = art.states[state][y0:y1, x0:x1]
            buffer[y0:y1, x0:x1] = cv2.addWeighted(before, 1.0 - alpha, after, alpha, 0.0)
            return buffer, key, True
        if kind == "state":
            return art.states[key[1]], key, False
        return art.states[0], key, False

    def signature(self, t: float) -> tuple | None:
        """A key equal for frames that show the same picture (a still card, a count-up step, a caption);
        None for a frame that moves (zoom, pan, a crossfade). Nothing is drawn."""
        t = self.frame_time(t)
        index = self.storyboard.card_index_at(t)
        card = self.cards[index]
        if self.plans[index].kind != "none" or (index > 0 and t < card.start):
            return None
        key, _ = self.source_key(index, t)
        cue = self.cue_at(t)
        return index, key, cue if cue is not None and self.strips else None

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


# ---------------------------------------------------------------- zoom frames as Y'CbCr 4:2:0 planes

Planes = tuple[np.ndarray, np.ndarray, np.ndarray]

# BT.709, TV range, from 8-bit R'G'B' (as ffmpeg's scale=out_color_matrix=bt709:out_range=tv): affine rows
# for cv2.transform, offset last.
_KR, _KB = 0.2126, 0.0722
_KG = 1.0 - _KR - _KB
_TO_Y = np.array([[_KR * 219 / 255, _KG * 219 / 255, _KB * 219 / 255, 16.0]], np.float32)
_TO_CBCR = np.array([[-_KR / (2 - 2 * _KB) * 224 / 255, -_KG / (2 - 2 * _KB) * 224 / 255, 0.5 * 224 / 255, 128.0],
                     [0.5 * 224 / 255, -_KG / (2 - 2 * _KR) * 224 / 255, -_KB / (2 - 2 * _KR) * 224 / 255, 128.0]],
                    np.float32)


def to_planes(rgb: np.ndarray) -> Planes:
    """Y', Cb, Cr planes (BT.709, TV range, 4:2:0: chroma from each 2x2 block's mean) of an RGB image with even
    sides."""
    h, w = rgb.shape[:2]
    luma = cv2.transform(rgb, _TO_Y)
    chroma = cv2.transform(cv2.resize(rgb, (w // 2, h // 2), interpolation=cv2.INTER_AREA), _TO_CBCR)
    return luma.reshape(h, w), np.ascontiguousarray(chroma[..., 0]), np.ascontiguousarray(chroma[..., 1])


def even_sides(rgb: np.ndarray) -> np.ndarray:
    """The image with a last row and column repeated where its height or width is odd."""
    h, w = rgb.shape[:2]
    if h % 2 == 0 and w % 2 == 0:
        return rgb
    return cv2.copyMakeBorder(rgb, 0, h % 2, 0, w % 2, cv2.BORDER_REPLICATE)


def even_box(box: tuple[int, int, int, int], width: int, height: int) -> tuple[int, int, int, int]:
    """The box grown to even edges (so it covers whole chroma samples), inside width x height (both even)."""
    x0, y0, x1, y1 = box
    return x0 - x0 % 2, y0 - y0 % 2, min(x1 + x1 % 2, width), min(y1 + y1 % 2, height)


@dataclass(frozen=True)
class PlanarStrip:
    """A caption strip as Y'CbCr planes: premultiplied colour and inverse alpha per plane, at even x0, y0."""

    x0: int
    y0: int
    premultiplied: Planes
    inverse_alpha: Planes

    @classmethod
    def of(cls, strip: CaptionStrip) -> "PlanarStrip":
        """The strip converted (grown by a transparent row or column to even edges)."""
        x0, y0, x1, y1 = strip.box
        left, top = x0 % 2, y0 % 2
        right, bottom = (x1 - x0 + left) % 2, (y1 - y0 + top) % 2
        premultiplied = cv2.copyMakeBorder(strip.premultiplied, top, bottom, left, right, cv2.BORDER_CONSTANT,
                                           value=(0, 0, 0))
        inverse = cv2.copyMakeBorder(strip.inverse_alpha[..., 0], top, bottom, left, right, cv2.BORDER_CONSTANT,
                                     value=255)
        h, w = inverse.shape
        alpha = 1.0 - inverse.astype(np.float32) / 255.0
        alpha_half = cv2.resize(alpha, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
        # colour x alpha in Y'CbCr: the matrix applied to the premultiplied colour, plus the offsets x alpha
        luma = premultiplied.astype(np.float32) @ _TO_Y[0, :3] + 16.0 * alpha
        half = cv2.resize(premultiplied.astype(np.float32), (w // 2, h // 2), interpolation=cv2.INTER_AREA)
        chroma = [half @ _TO_CBCR[k, :3] + 128.0 * alpha_half for k in (0, 1)]

        def u8(plane: np.ndarray) -> np.ndarray:
            return np.ascontiguousarray(np.clip(plane + 0.5, 0, 255).astype(np.uint8))

        inverse_half = u8(255.0 * (1.0 - alpha_half) - 0.5)
        return cls(x0 - left, y0 - top, (u8(luma), u8(chroma[0]), u8(chroma[1])),
                   (np.ascontiguousarray(inverse), inverse_half, inverse_half))

    def blend(self, planes: Planes) -> None:
        """Blend into `planes` in place, touching only the strip's region."""
        for k, plane in enumerate(planes):
            shift = 0 if k == 0 else 1
            h, w = self.inverse_alpha[k].shape
            x0, y0 = self.x0 >> shift, self.y0 >> shift
            region = plane[y0:y0 + h, x0:x0 + w]
            plane[y0:y0 + h, x0:x0 + w] = cv2.add(cv2.multiply(region, self.inverse_alpha[k], scale=1.0 / 255.0),
                                                  self.premultiplied[k])


class PlanarFrames:
    """The frames of a zooming clip as Y'CbCr 4:2:0 planes, ready for the encoder.

    Each card picture is converted once (at the size it is drawn, before the zoom shrinks it); a count-up or
    a point appearing converts only its own box. Shrinking three planes (chroma at a quarter of the pixels)
    costs half of shrinking RGB, the encoder gets its own format and the pipe half the bytes.
    """

    def __init__(self, frames: FrameFunction):
        if frames.motion != "zoom":
            raise ValueError("planar frames are made for the zoom motion")
        self.frames = frames
        self.width, self.height = frames.width, frames.height
        self._converted: OrderedDict[tuple, Planes] = OrderedDict()
        self._scratch: dict[int, tuple[object, Planes]] = {}
        self._strips: dict[int, PlanarStrip] = {}

    def _still(self, index: int, state: int) -> Planes:
        """Card `index`'s state converted (kept for the few cards on screen around now)."""
        key = (index, state)
        planes = self._converted.get(key)
        if planes is None:
            planes = self._converted[key] = to_planes(even_sides(self.frames.arts[index].states[state]))
            while len(self._converted) > 6:
                self._converted.popitem(last=False)
        return planes

    def source(self, index: int, t: float) -> Planes:
        """Card `index` at t before the zoom."""
        frames = self.frames
        key, changing = frames.source_key(index, t)
        if key[0] == "state":
            return self._still(index, key[1])
        if not changing:
            return self._still(index, 0)
        rgb, _, _ = frames.card_source(index, t)   # the RGB picture, changed only in its box
        art = frames.arts[index]
        if key[0] == "reveal":   # between states k-1 and k, inside the box where they differ
            base_state, box = key[1] - 1, art.reveal_boxes[key[1] - 1]
        else:                    # a count-up or a wipe, inside the figure's box
            base_state, box = 0, art.figure.box
        base = self._still(index, base_state)
        held = self._scratch.get(index)
        if held is None or held[0] is not base:
            held = (base, tuple(plane.copy() for plane in base))
            self._scratch[index] = held
        planes = held[1]
        x0, y0, x1, y1 = even_box(box, planes[0].shape[1], planes[0].shape[0])
        region = even_sides(rgb[y0:y1, x0:x1])
        converted = to_planes(region)
        planes[0][y0:y1, x0:x1] = converted[0][: y1 - y0, : x1 - x0]
        for k in (1, 2):
            planes[k][y0 // 2:y1 // 2, x0 // 2:x1 // 2] = converted[k][: (y1 - y0) // 2, : (x1 - x0) // 2]
        return planes

    def zoomed(self, index: int, planes: Planes, t: float) -> Planes:
        """The card's planes at t after its zoom: a centred crop shrunk to the frame."""
        src_h, src_w = planes[0].shape
        x0, y0, crop_w, crop_h = zoom_crop(src_w, src_h, self.width, self.height, self.frames.scale,
                                           self.frames.plans[index].at(t))
        out = []
        for k, plane in enumerate(planes):
            s = 0 if k == 0 else 1
            crop = plane[y0 >> s:(y0 >> s) + (crop_h >> s), x0 >> s:(x0 >> s) + (crop_w >> s)]
            size = (self.width >> s, self.height >> s)
            out.append(crop.copy() if crop.shape[::-1] == size else   # a copy: captions are blended into it
                       cv2.resize(crop, size, interpolation=cv2.INTER_LINEAR))
        return out[0], out[1], out[2]

    def __call__(self, t: float) -> Planes:
        """The frame at time t, as (Y', Cb, Cr)."""
        frames = self.frames
        t = frames.frame_time(t)
        index = frames.storyboard.card_index_at(t)
        card = frames.cards[index]
        planes = self.zoomed(index, self.source(index, t), t)
        if index > 0 and t < card.start:
            alpha = (t - (card.start - frames.storyboard.crossfade_s)) / frames.storyboard.crossfade_s
            alpha = min(max(alpha, 0.0), 1.0)
            before = self.zoomed(index - 1, self.source(index - 1, t), t)
            planes = tuple(cv2.addWeighted(a, 1.0 - alpha, b, alpha, 0.0) for a, b in zip(before, planes))
        cue = frames.cue_at(t)
        if cue is not None and frames.strips:
            strip = self._strips.get(cue)
            if strip is None:
                strip = self._strips[cue] = PlanarStrip.of(frames.strips[cue])
            strip.blend(planes)
        return planes
