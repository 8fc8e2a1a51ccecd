"""Synthesised sentences kept by content hash, so a sentence is spoken once however many variants read it.

A sentence's audio depends only on the engine (name, version, voice settings) and the prepared text, so the
body of a text read by 34 provinces' bulletins is synthesised once and the other 33 read it from
`<out>/.cache/speech/`. Entries are raw float32 samples with a small header, written atomically; a
damaged entry is synthesised again.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import numpy as np

from pipeline import atomic
from pipeline.audio.engines import Engine, Speech

log = logging.getLogger(__name__)

_MAGIC = b"MPSC1"


class CachedSpeech(Engine):
    """An engine that looks every sentence up in a content-addressed folder before asking `engine`."""

    def __init__(self, engine: Engine, cache_dir: Path):
        self.engine = engine
        self.cache_dir = Path(cache_dir)
        self.name, self.version = engine.name, engine.version
        self.hits = 0
        self.synthesised = 0
        self._voice = json.dumps(engine.describe(), sort_keys=True, ensure_ascii=False, default=str)

    def settings(self) -> dict:
        """The wrapped engine's settings (the cache changes nothing that is heard)."""
        return self.engine.settings()

    def key(self, text: str) -> str:
        """SHA-256 of the voice and the sentence: the entry's name."""
        return hashlib.sha256(f"{self._voice}\n{text}".encode("utf-8")).hexdigest()

    def path(self, text: str) -> Path:
        """Where the sentence's samples are kept."""
        key = self.key(text)
        return self.cache_dir / key[:2] / f"{key}.f32"

    def synthesize(self, text: str) -> Speech:
        """The sentence from the cache, else from the engine (and then kept)."""
        path = self.path(text)
        speech = _read_entry(path)
        if speech is not None:
            self.hits += 1
            return speech
        speech = self.engine.synthesize(text)
        self.synthesised += 1
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            header = _MAGIC + int(speech.sample_rate).to_bytes(4, "little")
            atomic.write_bytes(path, header + np.asarray(speech.samples, dtype="<f4").tobytes())
        except OSError as exc:  # a full disk costs the sharing, never the bulletin
            log.warning("speech cache: cannot keep %s: %s", path, exc)
        return speech

    def counts(self) -> dict[str, int]:
        """What this bulletin shared: sentences read from the cache and sentences synthesised."""
        return {"sentences_from_cache": self.hits, "sentences_synthesised": self.synthesised}


def _read_entry(path: Path) -> Speech | None:
    """A cached sentence, or None when it is absent or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(_MAGIC) or (len(data) - len(_MAGIC) - 4) % 4:
        return None
    rate = int.from_bytes(data[len(_MAGIC):len(_MAGIC) + 4], "little")
    samples = np.frombuffer(data, dtype="<f4", offset=len(_MAGIC) + 4).astype(np.float32)
    return Speech(samples, rate) if rate > 0 else None
