"""What a receiver sees in an MP4: stream info parsed from `ffmpeg -i`, frame count, and the MP4 box order."""

from __future__ import annotations

import re
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pipeline.audio.ffmpeg import ffmpeg_exe


@dataclass(frozen=True)
class VideoInfo:
    """Streams of a video file as ffmpeg reports them."""

    duration_s: float
    video_codec: str | None
    profile: str | None
    pix_fmt: str | None
    width: int | None
    height: int | None
    fps: float | None
    video_bitrate_kbps: int | None
    audio_codec: str | None
    audio_profile: str | None
    sample_rate: int | None
    channels: str | None
    audio_bitrate_kbps: int | None


_DURATION = re.compile(r"Duration: (\d+):(\d+):(\d+(?:\.\d+)?)")
_VIDEO = re.compile(r"Stream #\S+.*?: Video: (?P<codec>\w+)(?: \((?P<profile>[^)]*)\))?.*?, "
                    r"(?P<pix>[a-z0-9]+)(?:\([^)]*\))?, (?P<w>\d+)x(?P<h>\d+)(?P<rest>.*)")
_AUDIO = re.compile(r"Stream #\S+.*?: Audio: (?P<codec>\w+)(?: \((?P<profile>[^)]*)\))?.*?, (?P<rate>\d+) Hz, "
                    r"(?P<layout>[^,]+)(?P<rest>.*)")


def parse_ffmpeg_report(report: str) -> VideoInfo:
    """Parse the stream lines that `ffmpeg -i file` prints."""
    duration = _DURATION.search(report)
    video = _VIDEO.search(report)
    audio = _AUDIO.search(report)

    def number(pattern: str, text: str | None, cast=float):
        found = re.search(pattern, text or "")
        return cast(found.group(1)) if found else None

    return VideoInfo(
        duration_s=(int(duration[1]) * 3600 + int(duration[2]) * 60 + float(duration[3])) if duration else 0.0,
        video_codec=video["codec"] if video else None,
        profile=video["profile"] if video else None,
        pix_fmt=video["pix"] if video else None,
        width=int(video["w"]) if video else None,
        height=int(video["h"]) if video else None,
        fps=number(r"([\d.]+) fps", video["rest"] if video else None),
        video_bitrate_kbps=number(r"(\d+) kb/s", video["rest"] if video else None, int),
        audio_codec=audio["codec"] if audio else None,
        audio_profile=audio["profile"] if audio else None,
        sample_rate=int(audio["rate"]) if audio else None,
        channels=audio["layout"].strip() if audio else None,
        audio_bitrate_kbps=number(r"(\d+) kb/s", audio["rest"] if audio else None, int),
    )


def probe_video(path: Path | str) -> VideoInfo:
    """Stream info of a video file (ffmpeg -i, nothing decoded)."""
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    return parse_ffmpeg_report(proc.stderr.decode("utf-8", "replace"))


def count_frames(path: Path | str) -> int:
    """Number of video frames, counted by copying the stream to nowhere (nothing is decoded)."""
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path), "-map", "0:v:0", "-c", "copy",
                           "-f", "null", "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL)
    counts = re.findall(r"frame=\s*(\d+)", proc.stderr.decode("utf-8", "replace"))
    if proc.returncode != 0 or not counts:
        raise RuntimeError(f"cannot count the frames of {path}")
    return int(counts[-1])


def top_level_boxes(path: Path | str) -> list[str]:
    """Types of the top-level MP4 boxes in file order ("ftyp", "moov", "mdat"...)."""
    boxes = []
    with open(path, "rb") as f:
        f.seek(0, 2)
        end = f.tell()
        offset = 0
        while offset + 8 <= end:
            f.seek(offset)
            size, kind = struct.unpack(">I4s", f.read(8))
            if size == 1:
                size = struct.unpack(">Q", f.read(8))[0]
            elif size == 0:
                size = end - offset
            if size < 8:
                break
            boxes.append(kind.decode("latin-1"))
            offset += size
    return boxes


def is_faststart(path: Path | str) -> bool:
    """True when the index (moov) comes before the media data (mdat): playback starts before the download ends."""
    boxes = top_level_boxes(path)
    return "moov" in boxes and "mdat" in boxes and boxes.index("moov") < boxes.index("mdat")
