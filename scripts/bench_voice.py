"""Benchmark: how well the offline espeak-ng voice is understood, scored by an offline Vietnamese recogniser.

    pip install -e '.[bench]'     # viet-asr, a pre-release whose model is inside the wheel
    python scripts/bench_voice.py [--sentences 8] [--horn] [--voices vi,vi+f3] [--rates 130,145] ...

Takes a fixed set of sentences from the bundled campaign's prepared scripts (the words a bulletin
reads, as pipeline.speech prepares them), speaks each with every voice setting through the same
EspeakEngine the audio stage uses, optionally through the horn mastering chain (`--horn`: presence
lift, 170 Hz-7 kHz band, compression, -16 LUFS), transcribes it with viet-asr (recogniser only: no
punctuation or number rewriting) and scores the word error rate against the prepared script
(Vietnamese words are syllables: edits / reference syllables, over all sentences).

Prints one row per setting, sorted by WER, with the ratio to the current default (`AudioSettings()`,
the baseline, always run): WER < 1.0x of it means listeners (as far as a recogniser can tell) follow
better. Without options a curated grid of about a dozen settings runs in a few minutes on 2 cores;
`--voices/--rates/--pitches/--ranges/--gaps` run their cross product instead.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.audio import AudioSettings  # noqa: E402
from pipeline.audio.bulletin import message_paragraphs  # noqa: E402
from pipeline.audio.engines import OUTPUT_RATE, resample  # noqa: E402
from pipeline.audio.espeak import EspeakEngine, espeak_version  # noqa: E402
from pipeline.audio.master import master_for_horns  # noqa: E402
from pipeline.campaign import load_campaign  # noqa: E402
from pipeline.stages.audio import lexicon_for  # noqa: E402

ASR_RATE = 16000
INSTALL_HINT = "pip install -e '.[bench]'  (or: pip install 'viet-asr==0.1.0.dev11')"


@dataclass(frozen=True)
class Voice:
    """One espeak-ng setting under test."""

    voice: str
    rate: int
    pitch: int
    pitch_range: int
    word_gap: int

    @classmethod
    def of(cls, settings: AudioSettings) -> "Voice":
        """The voice part of audio settings."""
        return cls(settings.voice, settings.espeak_rate, settings.espeak_pitch, settings.espeak_range,
                   settings.espeak_word_gap)

    def settings(self) -> AudioSettings:
        """Audio settings speaking with this voice (everything else at its default)."""
        return AudioSettings(engine="espeak", voice=self.voice, espeak_rate=self.rate, espeak_pitch=self.pitch,
                             espeak_range=self.pitch_range, espeak_word_gap=self.word_gap)

    @property
    def label(self) -> str:
        """"vi+f3 140wpm p50 r80 g0"."""
        return f"{self.voice} {self.rate}wpm p{self.pitch} r{self.pitch_range} g{self.word_gap}"


# The offline voice before this benchmark chose one: espeak-ng's Vietnamese voice at 145 wpm, usual range.
PREVIOUS_DEFAULT = Voice("vi", 145, 50, 50, 0)


def curated_grid(default: Voice) -> list[Voice]:
    """About a dozen settings: the default and the previous one, other voice variants at the default's pace
    and range, then the default's voice with one of rate, range, pitch or word gap changed."""
    grid = [default, PREVIOUS_DEFAULT]
    for variant in ("vi", "vi+f2", "vi+f5", "vi+m3", "vi+Nguyen"):
        grid.append(replace(default, voice=variant))
    grid += [
        replace(default, rate=default.rate - 10),
        replace(default, rate=default.rate + 15),
        replace(default, pitch_range=50),
        replace(default, pitch=35),
        replace(default, word_gap=3),
    ]
    return list(dict.fromkeys(grid))


def cross_grid(default: Voice, args: argparse.Namespace) -> list[Voice]:
    """The cross product of the values given on the command line (the default for each one not given)."""
    def values(text: str | None, fallback, cast=int) -> list:
        return [cast(v) for v in text.split(",")] if text else [fallback]

    grid = [default]
    for voice in values(args.voices, default.voice, str):
        for rate in values(args.rates, default.rate):
            for pitch in values(args.pitches, default.pitch):
                for pitch_range in values(args.ranges, default.pitch_range):
                    for gap in values(args.gaps, default.word_gap):
                        grid.append(Voice(voice, rate, pitch, pitch_range, gap))
    return list(dict.fromkeys(grid))


def campaign_sentences(count: int) -> list[str]:
    """`count` sentences of the bundled campaign as a bulletin reads them, taken in turn from each text."""
    campaign = load_campaign(ROOT / "assets" / "campaign")
    per_text = []
    for text in campaign.texts:
        sentences = [s for paragraph in message_paragraphs(campaign, text, lexicon_for(campaign))
                     for s in paragraph.sentences if 6 <= len(s.split()) <= 30]
        per_text.append(sentences)
    chosen: list[str] = []
    depth = 0
    while len(chosen) < count and any(depth < len(s) for s in per_text):
        chosen += [s[depth] for s in per_text if depth < len(s)]
        depth += 1
    return chosen[:count]


def words(text: str) -> list[str]:
    """Lower-case NFC syllables, punctuation left out: what the word error rate counts."""
    text = unicodedata.normalize("NFC", text).casefold()
    return re.findall(r"[^\W_]+", text)


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    """Levenshtein distance over words: substitutions, deletions and insertions each cost 1."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, 1):
        current = [i] + [0] * len(hypothesis)
        for j, hyp_word in enumerate(hypothesis, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_word != hyp_word))
        previous = current
    return previous[-1]


def load_recogniser():
    """viet-asr's recogniser alone (no VAD, punctuation or inverse normalisation), or exit with why not."""
    try:
        import vietasr
    except ImportError as exc:
        sys.exit(f"bench_voice: viet-asr is not installed ({exc}); {INSTALL_HINT}")
    try:
        return vietasr.Pipeline.new().add("vietasr").build()
    except Exception as exc:  # noqa: BLE001 - the native library says why in its own words
        sys.exit(f"bench_voice: viet-asr cannot start its recogniser: {exc}")


def speak(engine: EspeakEngine, sentence: str, settings: AudioSettings, horn: bool) -> np.ndarray:
    """The sentence as 16-bit samples at 16 kHz, as the recogniser takes them (mastered for horns if asked)."""
    samples = engine.synthesize(sentence).samples
    if horn:
        pad = OUTPUT_RATE // 4  # room for the filters to settle, cut off again: the same extent as unmastered
        padded = np.concatenate([np.zeros(pad, np.float32), samples, np.zeros(pad, np.float32)])
        samples = master_for_horns(padded, OUTPUT_RATE, settings)[pad:pad + len(samples)]
    pcm = resample(np.asarray(samples, dtype=np.float32), OUTPUT_RATE, ASR_RATE)
    return np.clip(np.round(pcm * 32767), -32768, 32767).astype(np.int16)


@dataclass
class Score:
    """What one voice setting scored over all sentences."""

    voice: Voice
    errors: int = 0
    reference_words: int = 0
    audio_s: float = 0.0
    work_s: float = 0.0
    worst: tuple[float, str, str] = (0.0, "", "")  # WER, reference, hypothesis of its worst sentence

    @property
    def wer(self) -> float:
        """Word error rate over every sentence."""
        return self.errors / self.reference_words if self.reference_words else float("nan")


def score(voice: Voice, sentences: list[str], recogniser, horn: bool) -> Score:
    """Speak every sentence with `voice`, transcribe it and count word errors."""
    settings = voice.settings()
    engine = EspeakEngine(settings)
    result = Score(voice)
    started = time.perf_counter()
    for sentence in sentences:
        pcm = speak(engine, sentence, settings, horn)
        hypothesis = recogniser.transcribe(pcm, ASR_RATE).text
        reference = words(sentence)
        errors = edit_distance(reference, words(hypothesis))
        result.errors += errors
        result.reference_words += len(reference)
        result.audio_s += len(pcm) / ASR_RATE
        if errors / len(reference) > result.worst[0]:
            result.worst = (errors / len(reference), sentence, hypothesis)
    result.work_s = time.perf_counter() - started
    return result


def print_table(scores: list[Score], baseline: Score) -> None:
    """Settings sorted by WER, with the ratio to the baseline's WER and the speech length."""
    print(f"\n{'rank':>4}  {'setting':34s} {'WER':>7} {'x default':>9} {'speech s':>8} {'syll/s':>6}")
    for rank, item in enumerate(sorted(scores, key=lambda s: (s.wer, s.audio_s)), 1):
        mark = {baseline.voice: "  <- default", PREVIOUS_DEFAULT: "  <- previous default"}.get(item.voice, "")
        ratio = item.wer / baseline.wer if baseline.wer else float("nan")
        print(f"{rank:>4}  {item.voice.label:34s} {100 * item.wer:6.1f}% {ratio:8.2f}x {item.audio_s:8.1f} "
              f"{item.reference_words / item.audio_s:6.2f}{mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=8, help="sentences of the sample campaign (default 8)")
    parser.add_argument("--horn", action="store_true", help="master each sentence for horns before transcribing")
    parser.add_argument("--voices", help="comma-separated espeak-ng voices, e.g. vi,vi+f3,vi+m3")
    parser.add_argument("--rates", help="comma-separated rates in words (syllables) per minute")
    parser.add_argument("--pitches", help="comma-separated pitches, 0-99")
    parser.add_argument("--ranges", help="comma-separated pitch ranges, 0-99")
    parser.add_argument("--gaps", help="comma-separated word gaps, in 10 ms steps")
    parser.add_argument("--show-worst", action="store_true", help="print each setting's worst sentence")
    parser.add_argument("--max-minutes", type=float, default=8.0,
                        help="start no new setting after this long (default 8; the table shows what ran)")
    args = parser.parse_args()

    recogniser = load_recogniser()
    sentences = campaign_sentences(args.sentences)
    default = Voice.of(AudioSettings())
    custom = any((args.voices, args.rates, args.pitches, args.ranges, args.gaps))
    grid = cross_grid(default, args) if custom else curated_grid(default)
    print(f"viet-asr {metadata.version('viet-asr')}, espeak-ng {espeak_version()}")
    print(f"{len(sentences)} sentences ({sum(len(words(s)) for s in sentences)} syllables) of the sample campaign, "
          f"{len(grid)} settings, {'horn-mastered' if args.horn else 'unmastered'} speech at 16 kHz; "
          f"load average {os.getloadavg()[0]:.2f} (2 cores)")
    started = time.perf_counter()
    scores = []
    for index, voice in enumerate(grid):
        if index and time.perf_counter() - started > 60 * args.max_minutes:
            print(f"  time is up after {args.max_minutes:g} minutes: {len(grid) - index} settings left out")
            break
        item = score(voice, sentences, recogniser, args.horn)
        scores.append(item)
        print(f"  {voice.label:34s} WER {100 * item.wer:5.1f}%  ({item.work_s:.0f} s)", flush=True)
        if args.show_worst:
            print(f"      worst: {item.worst[1]!r}\n      heard: {item.worst[2]!r}")
    print_table(scores, scores[0])
    print(f"\n{time.perf_counter() - started:.0f} s in all; load average after {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
