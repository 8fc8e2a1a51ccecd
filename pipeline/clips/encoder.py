"""Frames to an MP4 through one ffmpeg process: each distinct picture is sent once and held by ffmpeg.

A 30 s 1080x1920 clip is 900 frames of 6.2 MB of RGB; most of them repeat the one before (a still card, a
caption on screen). Piping every frame cost more than encoding them, so only the frames that differ from
the one before are sent (straight from their numpy buffers, never copied in Python), with the frame number
each starts at: ffmpeg converts each to BT.709 yuv420p once, places it at its time (`setpts`) and repeats
it until the next one (`fps`), so the encoder still gets constant 30 fps.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Hashable, Iterable, Sequence

import numpy as np

from pipeline.audio.ffmpeg import FfmpegError, ffmpeg_pipe
from pipeline.errors import RenderError

# RGB to YUV with the BT.709 matrix, and say so: players assume BT.709 for HD, and the brand colours would
# shift with swscale's default BT.601.
BT709_TAGS = "setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709:range=tv"
TO_BT709 = f"scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,{BT709_TAGS}"


def frame_runs(signatures: Iterable[Hashable | None]) -> list[tuple[int, int]]:
    """(first frame, frame count) of each run of equal signatures; a None signature (a moving frame) is alone."""
    runs: list[tuple[int, int]] = []
    previous: Hashable | None = None
    for index, signature in enumerate(signatures):
        if signature is not None and signature == previous and runs:
            first, count = runs[-1]
            runs[-1] = (first, count + 1)
        else:
            runs.append((index, 1))
        previous = signature
    return runs


def sent_frames(runs: Sequence[tuple[int, int]]) -> list[int]:
    """The output frame each sent picture starts at: each run's first frame, and the last frame once more
    when the last run is held (so ffmpeg repeats it to the end)."""
    starts = [first for first, _ in runs]
    if runs and runs[-1][1] > 1:
        starts.append(runs[-1][0] + runs[-1][1] - 1)
    return starts


def timestamps_expression(starts: Sequence[int]) -> str:
    """A setpts expression taking sent picture N (numbered from 0) to the output frame it starts at.

    starts[N] = N + the frames held before picture N, a sum of steps: one term per held picture.
    """
    terms = ["N"]
    for n in range(len(starts) - 1):
        held = starts[n + 1] - starts[n] - 1
        if held > 0:
            terms.append(f"{held}*gt(N\\,{n})")
    return "+".join(terms)


def encode_frames(frame_at: Callable[[int], np.ndarray | Sequence[np.ndarray]], runs: Sequence[tuple[int, int]],
                  size: tuple[int, int], fps: int, dest_path: Path, output_args: Sequence[str],
                  audio_path: Path | None = None, progress: Callable[[int, int], None] | None = None,
                  planar: bool = False) -> None:
    """Encode the pictures `frame_at(first frame)` of `runs` at `fps`: HxWx3 uint8 RGB, or with `planar` the
    (Y', Cb, Cr) planes of BT.709 TV-range 4:2:0 (sent as they are). `output_args` are the codec options;
    `progress(frames done, total)` is called as pictures are sent."""
    width, height = size
    expected = [(height, width), (height // 2, width // 2), (height // 2, width // 2)] if planar else \
        [(height, width, 3)]
    starts = sent_frames(runs)
    total = runs[-1][0] + runs[-1][1] if runs else 0
    graph = (f"[0:v]{BT709_TAGS if planar else TO_BT709},setpts='{timestamps_expression(starts)}',"
             f"fps={fps}[v]")
    args = ["-y", "-f", "rawvideo", "-pix_fmt", "yuv420p" if planar else "rgb24", "-s", f"{width}x{height}",
            "-framerate", str(fps), "-i", "pipe:0"]
    args += ["-i", str(audio_path)] if audio_path is not None else []
    args += ["-filter_complex", graph, "-map", "[v]"] + (["-map", "1:a"] if audio_path is not None else [])
    args += [*output_args, "-frames:v", str(total), str(dest_path)]
    try:
        with ffmpeg_pipe(args, "w") as stdin:
            fd = stdin.fileno()
            for number, first in enumerate(starts):
                picture = frame_at(first)
                planes = picture if planar else [picture]
                if [plane.shape for plane in planes] != expected or any(p.dtype != np.uint8 for p in planes):
                    raise ValueError(f"frame {first}: {[plane.shape for plane in planes]}, expected {expected} uint8")
                for plane in planes:
                    _write_all(fd, np.ascontiguousarray(plane))
                if progress is not None:
                    progress(starts[number + 1] if number + 1 < len(starts) else total, total)
    except FfmpegError as exc:
        raise RenderError(f"encoding {Path(dest_path).name}: {exc}") from None


def _write_all(fd: int, frame: np.ndarray) -> None:
    """Write an array's buffer to a pipe as it is in memory (no bytes copy); a pipe may take it in parts."""
    view = memoryview(frame).cast("B")
    while view:
        view = view[os.write(fd, view):]
