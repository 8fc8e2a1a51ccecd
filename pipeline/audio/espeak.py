"""Offline speech: libespeak-ng (from the espeakng-loader wheel), every sentence spoken from a fresh state.

libespeak-ng keeps state from one utterance to the next in static variables no call resets (the position in
its pitch flutter table, among others): the same sentence came out different depending on what the process
had said before, so a bulletin depended on which worker rendered it and in what order, and two builds of
the same text differed. Each process that speaks therefore starts one helper process
(pipeline/audio/espeak_helper.py) that initialises the library once and speaks each sentence in a fresh fork
of itself. The same sentence with the same settings is the same samples in any process, worker or order.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.audio.engines import OUTPUT_RATE, Engine, EngineUnavailable, Speech, resample, trim_silence
from pipeline.audio.settings import AudioSettings

log = logging.getLogger(__name__)

# espeak-ng's volume 100 clips on loud vowels (samples at +-32767); 60 leaves headroom.
ESPEAK_VOLUME_LEVEL = 60
RANDOM_SEED = 1
HELPER = Path(__file__).with_name("espeak_helper.py")

# One helper per process (a forked worker starts its own: the parent's pipes are not its to use).
_LOCK = threading.Lock()
_STATE: dict[str, Any] = {"pid": None, "helper": None}


class _Helper:
    """The helper process of this process, and one request/answer exchange with it at a time."""

    def __init__(self):
        try:
            import espeakng_loader

            library, data = espeakng_loader.get_library_path(), espeakng_loader.get_data_path()
        except (ImportError, OSError, RuntimeError) as exc:
            raise EngineUnavailable(f"espeak: cannot find libespeak-ng from espeakng-loader: {exc}") from exc
        try:
            self.process = subprocess.Popen([sys.executable, "-I", str(HELPER), str(library), str(data)],
                                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True)
        except OSError as exc:
            raise EngineUnavailable(f"espeak: cannot start its helper process: {exc}") from exc
        hello = self._header()
        if not hello.get("ok"):
            self.close()
            raise EngineUnavailable(f"espeak: cannot load libespeak-ng: {hello.get('error')}")
        self.rate, self.version = int(hello["rate"]), str(hello["version"])

    def _header(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            code = self.process.poll()
            raise EngineUnavailable(f"espeak: its helper process ended (exit status {code})")
        return json.loads(line)

    def speak(self, request: dict) -> tuple[int, bytes]:
        """(espeak status, 16-bit PCM) for one request; EngineUnavailable when the helper or its child fails."""
        try:
            self.process.stdin.write(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
            self.process.stdin.flush()
            header = self._header()
        except (OSError, ValueError) as exc:
            raise EngineUnavailable(f"espeak: its helper process stopped answering ({exc})") from exc
        if "error" in header:
            raise EngineUnavailable(f"espeak: {header['error']}")
        size = int(header["bytes"])
        pcm = self.process.stdout.read(size) if size else b""
        if len(pcm) != size:
            raise EngineUnavailable("espeak: its helper process ended in the middle of an answer")
        return int(header["status"]), pcm

    def close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _helper() -> _Helper:
    """This process's helper, started on first use (caller holds _LOCK)."""
    if _STATE["pid"] != os.getpid() or _STATE["helper"] is None:
        _STATE["helper"] = _Helper()  # a forked worker leaves its parent's helper to the parent
        _STATE["pid"] = os.getpid()
        # Ended and reaped when this process exits (a worker too: multiprocessing runs these finalizers, not
        # atexit), instead of outliving it for a moment as an orphan in the build's process group.
        from multiprocessing.util import Finalize

        Finalize(None, _close_helper, exitpriority=0)
    return _STATE["helper"]


def _close_helper() -> None:
    """End this process's helper, if it started one."""
    with _LOCK:
        if _STATE["pid"] == os.getpid() and _STATE["helper"] is not None:
            _STATE["helper"].close()
            _STATE["helper"] = None


def _exchange(request: dict) -> tuple[int, bytes, int]:
    """One request to the helper (started again once if it died): (status, PCM, sample rate)."""
    with _LOCK:
        for attempt in (1, 2):
            helper = _helper()
            try:
                status, pcm = helper.speak(request)
                return status, pcm, helper.rate
            except EngineUnavailable:
                if helper.process.poll() is None or attempt == 2:
                    raise
                log.warning("espeak: its helper process died (exit status %s); starting another",
                            helper.process.returncode)
                _STATE["helper"] = None
    raise AssertionError("unreachable")


def espeak_version() -> str:
    """The libespeak-ng version string ("1.52.0")."""
    with _LOCK:
        return _helper().version


class EspeakEngine(Engine):
    """espeak-ng's Vietnamese voice, offline; slow rate for outdoor horns."""

    name = "espeak"

    def __init__(self, settings: AudioSettings):
        self.voice = settings.voice
        self.rate = settings.espeak_rate
        self.pitch = settings.espeak_pitch
        self.pitch_range = settings.espeak_range
        self.word_gap = settings.espeak_word_gap
        self.version = f"espeak-ng {espeak_version()}"
        if _exchange(self._request(""))[0] != 0:
            raise EngineUnavailable(f"espeak: no voice {self.voice!r} in espeak-ng's data")

    def settings(self) -> dict[str, Any]:
        """Voice, rate, pitch, pitch range, word gap and volume given to espeak-ng."""
        return {"voice": self.voice, "rate_wpm": self.rate, "pitch": self.pitch, "range": self.pitch_range,
                "word_gap": self.word_gap, "volume": ESPEAK_VOLUME_LEVEL}

    def _request(self, text: str) -> dict:
        """What the helper is asked: the settings recorded in the manifest, the noise seed and the text."""
        return {**self.settings(), "seed": RANDOM_SEED, "text": text}

    def synthesize(self, text: str) -> Speech:
        """Speak `text` with espeak-ng; 44.1 kHz float samples, edges trimmed, peak well below full scale."""
        text = text.strip()
        if not text:
            return Speech(np.zeros(0, dtype=np.float32), OUTPUT_RATE)
        status, pcm, native_rate = _exchange(self._request(text))
        if status != 0:
            raise EngineUnavailable(f"espeak: espeak_Synth failed with status {status}")
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        samples = trim_silence(samples, native_rate)
        return Speech(resample(samples, native_rate, OUTPUT_RATE), OUTPUT_RATE)
