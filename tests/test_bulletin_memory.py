"""A bulletin's memory does not grow with its body (issue 9: it grew by ~330 MB per KB of body)."""

from __future__ import annotations

import tracemalloc

import numpy as np

from pipeline.audio import AudioSettings
from pipeline.audio.engines import Engine, Speech
from pipeline.audio.bulletin import render_bulletin
from tests.conftest import make_campaign, make_text

SENTENCE = "Người lao động đóng bảo hiểm xã hội đủ mười lăm năm thì được hưởng lương hưu hằng tháng."


class VoicedToneEngine(Engine):
    """A speech stand-in: a voiced, syllable-modulated tone of 70 ms per character (like a slow reader).

    Memory is about how long the bulletin is, not which engine speaks it; espeak would spend minutes.
    """

    name = "tone"
    rate = 22050

    def synthesize(self, text: str) -> Speech:
        """A tone as long as `text` would take to read."""
        t = np.arange(int(len(text) * 0.07 * self.rate)) / self.rate
        envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 4 * t)  # four "syllables" a second
        voice = np.sin(2 * np.pi * 140 * t) + 0.4 * np.sin(2 * np.pi * 1400 * t)
        return Speech((0.3 * envelope * voice).astype(np.float32), self.rate)


def peak_traced_mb(tmp_path, paragraphs: int) -> tuple[float, dict]:
    body = "\n\n".join(f"{SENTENCE} Đoạn {i}." for i in range(paragraphs))  # distinct: none is cached
    text = make_text(body=body)
    tracemalloc.start()
    try:
        media = render_bulletin(make_campaign((text,)), text, tmp_path / f"{paragraphs}.mp3",
                                tmp_path / f"{paragraphs}.txt", AudioSettings(repeat=1), VoicedToneEngine())
        return tracemalloc.get_traced_memory()[1] / 2 ** 20, media
    finally:
        tracemalloc.stop()


def test_bulletin_memory_is_flat_in_body_length(tmp_path, monkeypatch):
    import pipeline.audio.bulletin as bulletin

    monkeypatch.setattr(bulletin, "CHUNK_S", 5.0, raising=False)  # the same streaming, at a scale a test can afford
    short_mb, short = peak_traced_mb(tmp_path, 2)    # about 35 s of speech
    long_mb, long = peak_traced_mb(tmp_path, 8)      # about 80 s
    print(f"{short['duration_s']} s: {short_mb:.0f} MB; {long['duration_s']} s: {long_mb:.0f} MB")
    assert long["duration_s"] > 2 * short["duration_s"]
    assert abs(long["lufs"] - -16.0) < 0.5 and long["true_peak_dbtp"] <= -1.5
    # whole-bulletin float arrays would make the peak grow with the duration (~2x here)
    assert long_mb < 1.5 * short_mb, (short_mb, long_mb)
    assert not list(tmp_path.glob(".*"))  # the streaming files are gone
