"""The ffmpeg binary shipped by imageio-ffmpeg, used as a pipe: raw float samples in and out."""

from __future__ import annotations

import contextlib
import functools
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

import numpy as np


class FfmpegError(RuntimeError):
    """ffmpeg failed; the message carries the end of its error output."""


@functools.lru_cache(maxsize=None)
def ffmpeg_exe() -> str:
    """Path of the ffmpeg executable (from imageio-ffmpeg)."""
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def run_ffmpeg(args: list[str], input_bytes: bytes | None = None) -> bytes:
    """Run ffmpeg with `args` (quiet), feeding `input_bytes` on stdin; return stdout or raise FfmpegError."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", *args]
    if input_bytes is not None:
        # -nostdin only stops interactive keys; stdin still carries the piped input.
        cmd.remove("-nostdin")
    proc = subprocess.run(cmd, input=input_bytes, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          stdin=None if input_bytes is not None else subprocess.DEVNULL)
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace").strip()[-800:]
        raise FfmpegError(f"ffmpeg failed ({proc.returncode}): {tail}")
    return proc.stdout


@contextlib.contextmanager
def ffmpeg_pipe(args: list[str], mode: str) -> Iterator[BinaryIO]:
    """ffmpeg with `args` running while the block writes its stdin (mode "w") or reads its stdout ("r"), so
    samples stream through it without a file in between; FfmpegError when it fails."""
    writing = mode == "w"
    cmd = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", *([] if writing else ["-nostdin"]), *args]
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if writing else subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL if writing else subprocess.PIPE, stderr=errors)
        stream = proc.stdin if writing else proc.stdout
        try:
            yield stream
            stream.close()
        except BrokenPipeError:   # ffmpeg stopped reading: its own message says why
            pass
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        finally:
            with contextlib.suppress(BrokenPipeError):
                stream.close()
        code = proc.wait()
        if code != 0:
            errors.seek(0)
            tail = errors.read().decode("utf-8", "replace").strip()[-800:]
            raise FfmpegError(f"ffmpeg failed ({code}): {tail}")


@dataclass(frozen=True)
class StreamInfo:
    """What ffmpeg reports about the first audio stream of a file."""

    codec: str
    sample_rate: int
    channels: int
    bitrate_kbps: int | None


_CHANNEL_LAYOUTS = {"mono": 1, "stereo": 2, "2.1": 3, "quad": 4, "5.0": 5, "5.1": 6, "7.1": 8}
_AUDIO_LINE = re.compile(r"Stream #\S+.*?: Audio: (?P<codec>\w+)[^,]*, (?P<rate>\d+) Hz, (?P<layout>[^,]+),"
                         r"(?P<rest>.*)")


def probe_audio(path: Path | str) -> StreamInfo:
    """Codec, sample rate, channels and bitrate of the first audio stream of `path`."""
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    report = proc.stderr.decode("utf-8", "replace")
    match = _AUDIO_LINE.search(report)
    if not match:
        raise FfmpegError(f"no audio stream in {path}: {report.strip()[-400:]}")
    layout = match["layout"].strip()
    channels = _CHANNEL_LAYOUTS.get(layout)
    if channels is None:
        count = re.match(r"(\d+) channels", layout)
        channels = int(count.group(1)) if count else 0
    bitrate = re.search(r"(\d+) kb/s", match["rest"])
    return StreamInfo(match["codec"], int(match["rate"]), channels, int(bitrate.group(1)) if bitrate else None)


def decode_audio(src: Path | str | bytes, sample_rate: int | None = None, channels: int | None = None) -> np.ndarray:
    """Decode a file (or in-memory file bytes) to float32 samples: shape (n,) for mono, (n, channels) otherwise."""
    if channels is None or sample_rate is None:
        if isinstance(src, bytes):
            raise ValueError("give sample_rate and channels when decoding bytes")
        info = probe_audio(src)
        sample_rate = sample_rate or info.sample_rate
        channels = channels or info.channels
    source = "pipe:0" if isinstance(src, bytes) else str(src)
    raw = run_ffmpeg(["-i", source, "-vn", "-f", "f32le", "-acodec", "pcm_f32le",
                      "-ac", str(channels), "-ar", str(sample_rate), "pipe:1"],
                     input_bytes=src if isinstance(src, bytes) else None)
    samples = np.frombuffer(raw, dtype="<f4").astype(np.float32)
    if channels > 1:
        samples = samples[: len(samples) // channels * channels].reshape(-1, channels)
    return samples


def filter_mono(samples: np.ndarray, sample_rate: int, audio_filter: str) -> np.ndarray:
    """Run mono float samples through an ffmpeg audio filter chain at the same rate."""
    data = np.ascontiguousarray(samples, dtype="<f4").tobytes()
    raw = run_ffmpeg(["-f", "f32le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0",
                      "-af", f"{audio_filter},aresample={sample_rate}",
                      "-f", "f32le", "-acodec", "pcm_f32le", "-ac", "1", "-ar", str(sample_rate), "pipe:1"],
                     input_bytes=data)
    return np.frombuffer(raw, dtype="<f4").astype(np.float32)
