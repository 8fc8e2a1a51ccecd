"""The espeak-ng helper process: loads libespeak-ng once and speaks every sentence in a fresh fork of itself.

    python espeak_helper.py LIBRARY DATA_FOLDER      (started by pipeline.audio.espeak, never by hand)

libespeak-ng keeps state between utterances in static variables that no call resets (the position in the
pitch flutter table, among others), so a sentence came out different depending on what the process had
said before it. This process initialises the library and then never speaks itself: for each request it
forks a child that speaks from that untouched state, sends the samples back and exits. Forking this small
process costs about a millisecond; a sentence takes 50-200 ms to speak.

Protocol on stdin/stdout, one exchange at a time: the helper first writes a JSON line
`{"ok": true, "rate": R, "version": V}` (or `{"ok": false, "error": ...}`); each request is a JSON line
`{"voice", "rate_wpm", "pitch", "range", "word_gap", "volume", "seed", "text"}`; each answer a JSON line
`{"status": S, "bytes": N}` (or `{"error": ...}`) followed by N bytes of 16-bit little-endian mono PCM.
Only the standard library is imported here, so the helper starts in a few tens of milliseconds.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import sys

AUDIO_OUTPUT_SYNCHRONOUS = 2
ESPEAK_RATE, ESPEAK_VOLUME, ESPEAK_PITCH, ESPEAK_RANGE, ESPEAK_WORDGAP = 1, 2, 3, 4, 7
POS_CHARACTER = 1
ESPEAK_CHARS_UTF8 = 1
EE_OK = 0
SYNTH_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


def load(library: str, data: str) -> tuple[ctypes.CDLL, int]:
    """libespeak-ng loaded, its functions typed, initialised for synchronous output; (lib, sample rate)."""
    lib = ctypes.CDLL(library)
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_Info.restype = ctypes.c_char_p
    lib.espeak_Info.argtypes = [ctypes.c_void_p]
    lib.espeak_SetSynthCallback.argtypes = [SYNTH_CALLBACK]
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
    rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data.encode(), 0)
    if rate <= 0:
        raise OSError(f"espeak_Initialize failed with data at {data}")
    return lib, rate


def speak(lib: ctypes.CDLL, request: dict) -> tuple[int, bytes]:
    """Speak one request (in the forked child): (espeak status, PCM bytes)."""
    chunks: list[bytes] = []

    def on_samples(wav, count, _events):
        if count > 0 and wav:
            chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    callback = SYNTH_CALLBACK(on_samples)
    lib.espeak_SetSynthCallback(callback)
    status = lib.espeak_SetVoiceByName(request["voice"].encode())
    if status != EE_OK or not request["text"]:
        return status, b""
    for parameter, key in ((ESPEAK_RATE, "rate_wpm"), (ESPEAK_PITCH, "pitch"), (ESPEAK_RANGE, "range"),
                           (ESPEAK_WORDGAP, "word_gap"), (ESPEAK_VOLUME, "volume")):
        lib.espeak_SetParameter(parameter, int(request[key]), 0)
    if hasattr(lib, "espeak_ng_SetRandSeed"):  # espeak-ng's noise generator (breath) starts the same too
        lib.espeak_ng_SetRandSeed(int(request["seed"]))
    data = request["text"].encode("utf-8") + b"\0"
    status = lib.espeak_Synth(data, len(data), 0, POS_CHARACTER, 0, ESPEAK_CHARS_UTF8, None, None)
    return status, b"".join(chunks)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def read_all(fd: int) -> bytes:
    parts = []
    while True:
        part = os.read(fd, 1 << 16)
        if not part:
            return b"".join(parts)
        parts.append(part)


def answer(lib: ctypes.CDLL, request: dict) -> bytes:
    """The answer to one request, spoken by a forked child from the untouched initialised state."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: speak, hand the result to the helper through the pipe, leave at once
        os.close(read_fd)
        try:
            status, pcm = speak(lib, request)
            write_all(write_fd, json.dumps({"status": status, "bytes": len(pcm)}).encode() + b"\n" + pcm)
        finally:
            os._exit(0)
    os.close(write_fd)
    reply = read_all(read_fd)
    os.close(read_fd)
    _, wait_status = os.waitpid(pid, 0)
    if not os.WIFEXITED(wait_status) or b"\n" not in reply:
        signum = os.WTERMSIG(wait_status) if os.WIFSIGNALED(wait_status) else None
        how = f"killed by signal {signum}" if signum else f"exit status {os.waitstatus_to_exitcode(wait_status)}"
        return json.dumps({"error": f"the espeak-ng child process failed ({how})"}).encode() + b"\n"
    return reply


def main(argv: list[str]) -> int:
    library, data = argv[1], argv[2]
    if sys.platform.startswith("linux"):  # die with the process that started us
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (AttributeError, OSError):
            pass
    out = sys.stdout.fileno()
    try:
        lib, rate = load(library, data)
    except (OSError, AttributeError) as exc:
        write_all(out, json.dumps({"ok": False, "error": str(exc)}).encode() + b"\n")
        return 1
    version = (lib.espeak_Info(None) or b"").decode()
    write_all(out, json.dumps({"ok": True, "rate": rate, "version": version}).encode() + b"\n")
    for line in sys.stdin.buffer:  # ends when the process that started us closes the pipe (or dies)
        try:
            request = json.loads(line)
        except ValueError as exc:
            write_all(out, json.dumps({"error": f"bad request ({exc})"}).encode() + b"\n")
            continue
        write_all(out, answer(lib, request))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
