"""A local stand-in for Google Translate's TTS endpoint, answering gTTS like Google does (tests only)."""

from __future__ import annotations

import base64
import functools
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

from pipeline.audio.ffmpeg import run_ffmpeg

RPC_PATH = "/_/TranslateWebserverUi/data/batchexecute"
TONE_S = 0.5


@functools.lru_cache(maxsize=None)
def tone_mp3() -> bytes:
    """A real 0.5 s MP3 (24 kHz mono, 32 kb/s, like Google's answers): a 440 Hz tone."""
    rate = 24000
    t = np.arange(int(TONE_S * rate)) / rate
    tone = (0.3 * np.sin(2 * np.pi * 440 * t)).astype("<f4")
    return run_ffmpeg(["-f", "f32le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0",
                       "-c:a", "libmp3lame", "-b:a", "32k", "-f", "mp3", "pipe:1"], input_bytes=tone.tobytes())


def batchexecute_body(mp3: bytes) -> bytes:
    """Google's answer framing: an anti-JSON prefix, then length-prefixed JSON lines carrying the base64 MP3."""
    payload = json.dumps([["wrb.fr", "jQ1olc", json.dumps([base64.b64encode(mp3).decode("ascii")]),
                           None, None, None, "generic"], ["di", 48]], separators=(",", ":"))
    tail = json.dumps([["e", 4, None, None, len(payload)]], separators=(",", ":"))
    return f")]}}'\n\n{len(payload)}\n{payload}\n{len(tail)}\n{tail}\n".encode("utf-8")


class GoogleStandIn:
    """HTTP server on 127.0.0.1: records each asked text, can fail with given statuses before answering."""

    def __init__(self):
        self.texts: list[str] = []          # every text asked for, in order (failed tries included)
        self.failures: list[int] = []       # statuses to answer, one per request, before succeeding
        self.delay_s = 0.0                  # wait this long before answering (timeouts)
        self.lock = threading.Lock()
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep pytest output clean
                pass

            def do_HEAD(self):
                self.send_response(200)
                self.end_headers()

            do_GET = do_HEAD

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
                rpc = json.loads(form["f.req"][0])
                text = json.loads(rpc[0][0][1])[0]
                with standin.lock:
                    standin.texts.append(text)
                    status = standin.failures.pop(0) if standin.failures else 200
                if standin.delay_s:
                    time.sleep(standin.delay_s)
                if self.path != RPC_PATH:
                    status = 404
                body = batchexecute_body(tone_mp3()) if status == 200 else b"error"
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """Where gTTS should send its requests instead of https://translate.google.<tld>."""
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "GoogleStandIn":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
