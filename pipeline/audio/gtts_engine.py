"""Google Translate's voice through the gTTS library, with a content-addressed cache, retries and a timeout."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Callable

import gtts
import numpy as np
import requests
from gtts import gTTS
from gtts.tts import gTTSError

from pipeline.atomic import atomic_path
from pipeline.audio.engines import OUTPUT_RATE, Engine, EngineUnavailable, Speech, trim_silence
from pipeline.audio.ffmpeg import FfmpegError, decode_audio
from pipeline.audio.settings import AudioSettings
from pipeline.speech import chunk_for_tts, split_sentences

log = logging.getLogger(__name__)

MAX_CHARS = 100             # what Google's endpoint takes in one request (gTTS.GOOGLE_TTS_MAX_CHARS)
CHUNK_GAP_S = 0.12          # between chunks of one sentence: a breath, not a sentence pause
SENTENCE_GAP_S = 0.35       # between sentences when one call carries several
_WORDLESS = re.compile(r"^[\W_]*$")


def default_cache_dir() -> Path:
    """Where gTTS answers are kept: $XDG_CACHE_HOME/media-pipeline/gtts (~/.cache/... by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "media-pipeline" / "gtts"


def probe(url: str, timeout_s: float) -> str | None:
    """None when `url` answers HTTP at all within `timeout_s`, else why not (DNS, refused, timeout...)."""
    outcome: dict[str, Any] = {}
    # Like gTTS itself (verify=False, so proxies that re-sign TLS work): no warning per request.
    requests.packages.urllib3.disable_warnings(requests.packages.urllib3.exceptions.InsecureRequestWarning)

    def attempt() -> None:
        try:
            requests.head(url, timeout=timeout_s, allow_redirects=False, verify=False,
                          proxies=urllib.request.getproxies())
            outcome["ok"] = True
        except requests.exceptions.RequestException as exc:
            outcome["error"] = _reason(exc)

    # Name resolution ignores requests' timeout: bound the whole check with a thread.
    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout_s + 0.5)
    if outcome.get("ok"):
        return None
    return outcome.get("error") or f"no answer within {timeout_s:g} s"


def _reason(exc: BaseException | None) -> str:
    """A short human reason for a network failure."""
    if exc is None:
        return "unknown network error"
    if isinstance(exc, requests.exceptions.Timeout):
        return "timed out"
    text = str(exc)
    for pattern, reason in (("Name or service not known", "name not resolved (no internet or DNS?)"),
                            ("Temporary failure in name resolution", "name not resolved (no internet or DNS?)"),
                            ("Connection refused", "connection refused"),
                            ("Network is unreachable", "network unreachable")):
        if pattern in text:
            return reason
    return f"{type(exc).__name__}: {text[:200]}"


class GttsEngine(Engine):
    """Google Translate's Vietnamese voice via gTTS; needs the internet except for cached text."""

    name = "gtts"

    def __init__(self, settings: AudioSettings, cache_dir: Path | None = None, *, base_url: str | None = None,
                 sleep: Callable[[float], None] = time.sleep):
        self.lang = settings.voice.split("+")[0]
        self.tld = settings.gtts_tld
        self.slow = settings.gtts_slow
        self.timeout_s = settings.gtts_timeout_s
        self.retries = settings.gtts_retries
        self.backoff_s = settings.gtts_backoff_s
        self.probe_timeout_s = settings.gtts_probe_timeout_s
        self.base_url = (base_url or f"https://translate.google.{self.tld}").rstrip("/")
        self.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.version = f"gTTS {gtts.__version__}"
        self._sleep = sleep

    def settings(self) -> dict[str, Any]:
        """Language, Google domain and slow flag: what changes Google's answer."""
        return {"lang": self.lang, "tld": self.tld, "slow": self.slow}

    @property
    def host(self) -> str:
        """The host asked, for messages."""
        return urllib.parse.urlsplit(self.base_url).netloc

    def check_reachable(self) -> None:
        """Raise EngineUnavailable unless Google's host answers within the probe timeout."""
        reason = probe(self.base_url + "/", self.probe_timeout_s)
        if reason:
            raise EngineUnavailable(f"gTTS: cannot reach {self.host}: {reason}")

    def cache_key(self, chunk: str) -> str:
        """SHA-256 of engine, settings and text: the cache file name of one request's answer."""
        identity = json.dumps({"engine": self.name, "settings": self.settings(), "text": chunk},
                              sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(identity.encode("utf-8")).hexdigest()

    def cache_path(self, chunk: str) -> Path:
        """Where the MP3 answer for `chunk` is (or will be) kept."""
        key = self.cache_key(chunk)
        return self.cache_dir / key[:2] / f"{key}.mp3"

    def fetch_mp3(self, chunk: str) -> bytes:
        """Google's MP3 for one chunk of at most 100 characters, from the cache when asked before."""
        path = self.cache_path(chunk)
        if path.is_file() and path.stat().st_size > 0:
            return path.read_bytes()
        data = self._request(chunk)
        with atomic_path(path) as tmp_path:
            tmp_path.write_bytes(data)
        return data

    def _request(self, chunk: str) -> bytes:
        """Ask Google for one chunk, retrying HTTP 429 and 5xx with exponential backoff."""
        tries = self.retries + 1
        for attempt in range(tries):
            tts = _RoutedGTTS(chunk, base_url=self.base_url, lang=self.lang, tld=self.tld, slow=self.slow,
                              lang_check=False, pre_processor_funcs=[], timeout=self.timeout_s)
            try:
                data = b"".join(tts.stream())
            except gTTSError as exc:
                status = exc.rsp.status_code if exc.rsp is not None else None
                if status is None:
                    raise EngineUnavailable(f"gTTS: cannot reach {self.host}: {_reason(exc.__context__)}") from exc
                if status == 429 or status >= 500:
                    if attempt + 1 < tries:
                        delay = self.backoff_s * 2 ** attempt
                        log.info("gTTS: HTTP %d from %s, retrying in %.2g s (%d/%d)",
                                 status, self.host, delay, attempt + 1, self.retries)
                        self._sleep(delay)
                        continue
                    raise EngineUnavailable(
                        f"gTTS: {self.host} answered HTTP {status} {exc.rsp.reason} {tries} times; "
                        f"try again later or use engine: espeak") from exc
                raise EngineUnavailable(f"gTTS: {self.host}: {exc}") from exc
            if not data:
                raise EngineUnavailable(f"gTTS: {self.host} sent no audio for {chunk!r}")
            return data
        raise AssertionError("unreachable")

    def synthesize(self, text: str) -> Speech:
        """Speak `text`: sentence by sentence, each cut at phrase marks into requests of at most 100 characters."""
        pieces: list[np.ndarray] = []
        # Sentence by sentence, then at phrase marks (the normaliser's rule): never cut mid-phrase or mid-word.
        for sentence in split_sentences(text.strip()) or [text.strip()]:
            for chunk_index, chunk in enumerate(chunk_for_tts(sentence, max_chars=MAX_CHARS)):
                if _WORDLESS.match(chunk):
                    continue
                if pieces:
                    gap = CHUNK_GAP_S if chunk_index else SENTENCE_GAP_S
                    pieces.append(np.zeros(int(gap * OUTPUT_RATE), dtype=np.float32))
                pieces.append(self._decode(self.fetch_mp3(chunk), chunk))
        samples = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
        return Speech(samples.astype(np.float32), OUTPUT_RATE)

    def _decode(self, mp3: bytes, chunk: str) -> np.ndarray:
        """Decode one answer to trimmed mono samples; a broken answer is dropped from the cache."""
        try:
            samples = decode_audio(mp3, sample_rate=OUTPUT_RATE, channels=1)
        except FfmpegError as exc:
            self.cache_path(chunk).unlink(missing_ok=True)
            raise EngineUnavailable(f"gTTS: {self.host} sent audio that cannot be decoded: {exc}") from exc
        return trim_silence(samples, OUTPUT_RATE)


class _RoutedGTTS(gTTS):
    """gTTS whose requests go to `base_url` + the usual path instead of https://translate.google.<tld>."""

    def __init__(self, text: str, *, base_url: str, **kwargs):
        super().__init__(text, **kwargs)
        self.base_url = base_url

    def _prepare_requests(self):
        prepared = super()._prepare_requests()
        for request in prepared:
            path = urllib.parse.urlsplit(request.url).path
            request.prepare_url(self.base_url + path, None)
        return prepared
