"""Offline speech: libespeak-ng (from the espeakng-loader wheel) driven through ctypes."""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from typing import Any

import numpy as np

from pipeline.audio.engines import OUTPUT_RATE, Engine, EngineUnavailable, Speech, resample, trim_silence
from pipeline.audio.settings import AudioSettings

log = logging.getLogger(__name__)

# espeak_AUDIO_OUTPUT, espeak_PARAMETER, flags and positions from speak_lib.h.
AUDIO_OUTPUT_SYNCHRONOUS = 2
ESPEAK_RATE, ESPEAK_VOLUME, ESPEAK_PITCH, ESPEAK_RANGE, ESPEAK_WORDGAP = 1, 2, 3, 4, 7
POS_CHARACTER = 1
ESPEAK_CHARS_UTF8 = 1
EE_OK = 0
# espeak-ng's volume 100 clips on loud vowels (samples at +-32767); 60 leaves headroom.
ESPEAK_VOLUME_LEVEL = 60

RANDOM_SEED = 1

_SYNTH_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)

# libespeak-ng is one global state per process: one lock for every call into it.
_LOCK = threading.Lock()
_STATE: dict[str, Any] = {"pid": None, "lib": None, "rate": 0, "version": "", "callback": None, "chunks": []}


def _load() -> tuple[ctypes.CDLL, int]:
    """Load and initialise libespeak-ng once (caller holds _LOCK).

    A worker forked from a process that has it loaded inherits the initialised library, its callback and
    its buffers with the process's memory: it goes on with them. Initialising libespeak-ng a second time in
    the same address space reloads its phoneme data under the voices already set up, and crashed workers
    (SIGSEGV in espeak_Synth) after the parent had spoken with several voices.
    """
    if _STATE["lib"] is not None:
        _STATE["pid"] = os.getpid()
        return _STATE["lib"], _STATE["rate"]
    try:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        data_path = espeakng_loader.get_data_path()
    except (ImportError, OSError, RuntimeError) as exc:
        raise EngineUnavailable(f"espeak: cannot load libespeak-ng from espeakng-loader: {exc}") from exc
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_Info.restype = ctypes.c_char_p
    lib.espeak_Info.argtypes = [ctypes.c_void_p]
    lib.espeak_SetSynthCallback.argtypes = [_SYNTH_CALLBACK]
    lib.espeak_SetSynthCallback.restype = None
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetVoiceByName.restype = ctypes.c_int
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_SetParameter.restype = ctypes.c_int
    lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                 ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
    lib.espeak_Synth.restype = ctypes.c_int
    if hasattr(lib, "espeak_ng_SetRandSeed"):
        lib.espeak_ng_SetRandSeed.argtypes = [ctypes.c_long]
        lib.espeak_ng_SetRandSeed.restype = None
    sample_rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path.encode(), 0)
    if sample_rate <= 0:
        raise EngineUnavailable(f"espeak: espeak_Initialize failed with data at {data_path}")

    chunks: list[np.ndarray] = []

    def on_samples(wav, count, _events):  # called by espeak_Synth, in this thread
        if count > 0 and wav:
            chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
        return 0  # go on synthesising

    callback = _SYNTH_CALLBACK(on_samples)  # kept referenced: ctypes must not free it
    lib.espeak_SetSynthCallback(callback)
    _STATE.update(pid=os.getpid(), lib=lib, rate=sample_rate, callback=callback, chunks=chunks,
                  version=(lib.espeak_Info(None) or b"").decode())
    log.debug("libespeak-ng %s initialised at %d Hz", _STATE["version"], sample_rate)
    return lib, sample_rate


def espeak_version() -> str:
    """The libespeak-ng version string ("1.52.0")."""
    with _LOCK:
        _load()
        return _STATE["version"]


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
        with _LOCK:
            lib, _ = _load()
            if lib.espeak_SetVoiceByName(self.voice.encode()) != EE_OK:
                raise EngineUnavailable(f"espeak: no voice {self.voice!r} in espeak-ng's data")

    def settings(self) -> dict[str, Any]:
        """Voice, rate, pitch, pitch range, word gap and volume given to espeak-ng."""
        return {"voice": self.voice, "rate_wpm": self.rate, "pitch": self.pitch, "range": self.pitch_range,
                "word_gap": self.word_gap, "volume": ESPEAK_VOLUME_LEVEL}

    def synthesize(self, text: str) -> Speech:
        """Speak `text` with espeak-ng; 44.1 kHz float samples, edges trimmed, peak well below full scale."""
        text = text.strip()
        if not text:
            return Speech(np.zeros(0, dtype=np.float32), OUTPUT_RATE)
        data = text.encode("utf-8") + b"\0"
        with _LOCK:
            lib, native_rate = _load()
            chunks: list[np.ndarray] = _STATE["chunks"]
            chunks.clear()
            # Parameters are global too: set them every time, another engine may have changed them.
            lib.espeak_SetVoiceByName(self.voice.encode())
            lib.espeak_SetParameter(ESPEAK_RATE, self.rate, 0)
            lib.espeak_SetParameter(ESPEAK_PITCH, self.pitch, 0)
            lib.espeak_SetParameter(ESPEAK_RANGE, self.pitch_range, 0)
            lib.espeak_SetParameter(ESPEAK_WORDGAP, self.word_gap, 0)
            lib.espeak_SetParameter(ESPEAK_VOLUME, ESPEAK_VOLUME_LEVEL, 0)
            if hasattr(lib, "espeak_ng_SetRandSeed"):
                # Fixes espeak-ng's own noise generator. Output still varies by a few samples from call
                # to call: the voice's pitch flutter carries over between utterances (static state).
                lib.espeak_ng_SetRandSeed(RANDOM_SEED)
            status = lib.espeak_Synth(data, len(data), 0, POS_CHARACTER, 0, ESPEAK_CHARS_UTF8, None, None)
            pcm = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
            chunks.clear()
        if status != EE_OK:
            raise EngineUnavailable(f"espeak: espeak_Synth failed with status {status}")
        samples = pcm.astype(np.float32) / 32768.0
        samples = trim_silence(samples, native_rate)
        return Speech(resample(samples, native_rate, OUTPUT_RATE), OUTPUT_RATE)
