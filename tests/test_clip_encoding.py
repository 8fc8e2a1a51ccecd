"""How clip frames reach the encoder: held pictures sent once, zoom frames made as Y'CbCr planes.

Checked against what ffmpeg itself makes of every frame sent as RGB (the previous path): the decoded frames
are the same.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import numpy as np

from pipeline.clips import ClipSettings
from pipeline.clips.captions import CaptionCue
from pipeline.clips.cards import CardArt, Palette, draw_caption_strip
from pipeline.clips.encoder import TO_BT709, frame_runs, sent_frames, timestamps_expression
from pipeline.clips.motion import FrameFunction, PlanarFrames, to_planes
from pipeline.clips.render import encode_clip, encoder_params
from pipeline.clips.storyboard import Card, Storyboard

W, H = 1080, 1920
CUE = "Gọi tổng đài 1900 9068"


def ffmpeg() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def picture(w: int, h: int, seed: int) -> np.ndarray:
    """A card-like picture: a gradient with sharp blocks of colour (edges for the encoder and the chroma)."""
    rng = np.random.default_rng(seed)
    image = np.empty((h, w, 3), np.uint8)
    image[..., 0] = np.linspace(30, 220, w, dtype=np.float32)[None, :]
    image[..., 1] = np.linspace(200, 40, h, dtype=np.float32)[:, None]
    image[..., 2] = 120
    for _ in range(12):
        x, y = int(rng.integers(0, w - 200)), int(rng.integers(0, h - 200))
        image[y:y + int(rng.integers(20, 200)), x:x + int(rng.integers(20, 200))] = rng.integers(0, 256, 3)
    return image


def board() -> Storyboard:
    """Two cards with a crossfade, the second revealing a point."""
    cards = (Card("opening", 0.0, 1.5, title="a"), Card("points", 1.5, 3.0, items=("x", "y"), reveals=(1.5, 2.2)))
    return Storyboard(cards, 3.0, 0.5)


def arts(scale: float) -> list[CardArt]:
    w, h = int(round(W * scale)), int(round(H * scale))
    second = picture(w, h, 2)
    revealed = second.copy()
    revealed[701:901, 101:601] = (250, 240, 10)    # odd edges: the chroma of this box is shared with outside
    return [CardArt([picture(w, h, 1)]), CardArt([second, revealed], reveal_boxes=[(101, 701, 601, 901)])]


def strips() -> tuple[list[CaptionCue], list]:
    strip = draw_caption_strip("vertical", (CUE,), 44, Palette.from_brand("#0B5FA5", "#F5A623"))
    return [CaptionCue(0.6, 2.4, (CUE,))], [strip]


def decoded(path: Path) -> np.ndarray:
    raw = subprocess.run([ffmpeg(), "-v", "error", "-i", str(path), "-f", "rawvideo", "-pix_fmt", "gray", "-"],
                         capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, H, W)


def every_frame_encoded(frames: FrameFunction, count: int, settings: ClipSettings, dest: Path) -> None:
    """The previous path: every frame piped as RGB, converted by ffmpeg, same encoder options."""
    cmd = [ffmpeg(), "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{W}x{H}", "-framerate",
           str(settings.fps), "-i", "pipe:0", "-vf", TO_BT709, *encoder_params(settings), "-an", str(dest)]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE)
    for index in range(count):
        proc.stdin.write(np.ascontiguousarray(frames(index / settings.fps)).tobytes())
    proc.stdin.close()
    assert proc.wait() == 0


def test_runs_and_timestamps_of_held_pictures():
    runs = frame_runs(["a", "a", "a", None, None, "b", "b", ("c", 1), ("c", 1)])
    assert runs == [(0, 3), (3, 1), (4, 1), (5, 2), (7, 2)]
    starts = sent_frames(runs)
    assert starts == [0, 3, 4, 5, 7, 8]   # the held last picture is sent again for the last frame
    expression = timestamps_expression(starts)
    assert expression == "N+2*gt(N\\,0)+1*gt(N\\,3)"
    for n, start in enumerate(starts):   # picture N starts at N + the frames held before it
        assert n + 2 * (n > 0) + 1 * (n > 3) == start


def test_a_clip_of_held_pictures_is_the_clip_of_every_frame(tmp_path):
    settings = ClipSettings.from_mapping({"motion": "none", "preset": "superfast"})
    cues, caption_strips = strips()
    frames = FrameFunction(board(), arts(1.0), "vertical", settings.fps, "none", 1.0, cues=cues,
                           strips=caption_strips)
    count = int(round(3.0 * settings.fps))
    runs = frame_runs(frames.signature(index / settings.fps) for index in range(count))
    assert len(runs) < count / 2            # most frames are held, not sent
    encode_clip(frames, 3.0, tmp_path / "held.mp4", settings, None)
    every_frame_encoded(FrameFunction(board(), arts(1.0), "vertical", settings.fps, "none", 1.0, cues=cues,
                                      strips=caption_strips), count, settings, tmp_path / "every.mp4")
    held, every = decoded(tmp_path / "held.mp4"), decoded(tmp_path / "every.mp4")
    assert held.shape == every.shape == (count, H, W)
    assert np.abs(held.astype(int) - every).max() <= 2


def test_zoom_frames_as_planes_are_the_rgb_frames_converted():
    cues, caption_strips = strips()
    frames = FrameFunction(board(), arts(1.05), "vertical", 30, "zoom", 1.05, 1.05, cues=cues,
                           strips=caption_strips)
    reference = FrameFunction(board(), arts(1.05), "vertical", 30, "zoom", 1.05, 1.05, cues=cues,
                              strips=caption_strips)
    planar = PlanarFrames(frames)
    for t in (0.0, 0.5, 1.2, 1.9, 2.3, 2.9):    # still, caption, crossfade, point appearing, zooming
        expected, got = to_planes(reference(t)), planar(t)
        assert [plane.shape for plane in got] == [(H, W), (H // 2, W // 2), (H // 2, W // 2)]
        assert np.abs(expected[0].astype(int) - got[0]).max() <= 3, t
        for k in (1, 2):   # chroma differs only where a sharp colour edge falls inside a chroma sample
            difference = np.abs(expected[k].astype(int) - got[k])
            assert difference.mean() < 1.0 and np.percentile(difference, 99) <= 8, (t, k)


def test_planes_are_what_ffmpeg_makes_of_rgb():
    rgb = picture(W // 4 * 2, H // 4 * 2, 5)
    h, w = rgb.shape[:2]
    raw = subprocess.run([ffmpeg(), "-v", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{w}x{h}",
                          "-i", "pipe:0", "-vf", TO_BT709, "-f", "rawvideo", "-"], input=rgb.tobytes(),
                         capture_output=True, check=True).stdout
    luma = np.frombuffer(raw, np.uint8)[: w * h].reshape(h, w)
    chroma = np.frombuffer(raw, np.uint8)[w * h:].reshape(2, h // 2, w // 2)
    ours = to_planes(rgb)
    assert np.abs(ours[0].astype(int) - luma).max() <= 1
    # chroma: equal where the colour is smooth (at a sharp edge, ffmpeg's bicubic and our 2x2 mean differ)
    edges = np.zeros((h // 2, w // 2), np.uint8)
    for k in (1, 2):
        plane = ours[k].astype(int)
        edges |= (np.abs(np.diff(plane, axis=0, prepend=plane[:1])) > 2) | \
            (np.abs(np.diff(plane, axis=1, prepend=plane[:, :1])) > 2)
    smooth = cv2.dilate(edges, np.ones((5, 5), np.uint8)) == 0
    assert smooth.mean() > 0.5
    for k in (1, 2):
        assert np.abs(ours[k][smooth].astype(int) - chroma[k - 1][smooth]).max() <= 1
