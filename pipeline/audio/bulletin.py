"""A loudspeaker bulletin for one text: the spoken script, the speech, chimes, repeat, mastering, MP3."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterator, Mapping

import numpy as np

from pipeline.atomic import atomic_path, write_text
from pipeline.audio.chime import make_chime
from pipeline.audio.engines import OUTPUT_RATE, Engine, resample
from pipeline.audio.ffmpeg import ffmpeg_pipe, run_ffmpeg
from pipeline.audio.master import (DELIVERY_RATE, MP3_HEADROOM_DB, Loudness, _lame_args, change_tempo,
                                   encoder_gain_db, id3_frames, integrated_lufs, normalize_loudness,
                                   shape_for_horns, true_peak_blocks)
from pipeline.audio.settings import AudioSettings
from pipeline.content import Campaign, Text
from pipeline.errors import RenderError

log = logging.getLogger(__name__)

REPEAT_INTRO = "Xin nhắc lại."
CLOSING = "Xin cảm ơn bà con đã chú ý lắng nghe."
OPENINGS = {
    "normal": ("Kính thưa bà con!", "Sau đây là thông tin của {organisation}."),
    "priority": ("Kính thưa bà con!", "Sau đây là thông báo quan trọng của {organisation}."),
    "emergency": ("Thông báo khẩn!", "Kính thưa bà con, sau đây là thông báo khẩn của {organisation}."),
}
HOTLINE_LINE = "Mọi thắc mắc, xin liên hệ tổng đài {hotline}."
ADDRESS_LINE = "Địa chỉ: {address}."
PRIORITY_LABELS = {"normal": "thông thường", "priority": "ưu tiên", "emergency": "khẩn cấp"}

LEAD_IN_S = 0.3          # silence before the first chime (players cut the first instant)
CHIME_GAP_S = 0.6        # between a chime and the voice
TAIL_S = 0.5
CHIME_BELOW_SPEECH_LU = 3.0   # the chime announces, it must not startle
# Memory stays flat in the body's length: speech is mastered in stretches of about this many seconds, streamed
# through pipes to the encoder and from the decoder, never held whole (a 10 KB body is ~25 minutes of audio).
CHUNK_S = 30.0
SENTENCE_CACHE_S = 120.0      # synthesised sentences kept for the repeat, in seconds of audio
_END_PUNCTUATION = re.compile(r"[.!?…:;]$")


@dataclass(frozen=True)
class Paragraph:
    """Sentences read together; `kind` decides the pause before the next paragraph."""

    sentences: tuple[str, ...]
    kind: str = "paragraph"  # "opening" | "title" | "lead" | "paragraph" | "bullet" | "repeat" | "closing"


def as_sentence(line: str) -> str:
    """A line ended with a full stop if it has no end punctuation, so it is read and paused as a sentence."""
    line = " ".join(line.split())
    return line if not line or _END_PUNCTUATION.search(line) else line + "."


def _speech_tools():
    """prepare_script and split_sentences from the speech normaliser."""
    from pipeline.speech import prepare_script, split_sentences

    return prepare_script, split_sentences


def mentions_number(text: str, number: str) -> bool:
    """Whether `number` (a phone number, spaces and dots ignored) is already in `text`."""
    digits = re.sub(r"\D", "", number)
    return bool(digits) and digits in re.sub(r"[\s.\-]", "", text)


def message_paragraphs(campaign: Campaign, text: Text, lexicon: Mapping[str, str] | None) -> list[Paragraph]:
    """The message read (and repeated): the title, then the body (paragraphs, bullets as sentences).

    The body is what the contract says is read aloud; the summary, written as the lead of print and
    social assets, mostly restates it, so it is read only when there is no body. The hotline is added
    when the text does not give it.
    """
    prepare_script, split_sentences = _speech_tools()

    def spoken(line: str) -> tuple[str, ...]:
        return tuple(s for s in split_sentences(prepare_script(as_sentence(line), lexicon)) if s.strip())

    body = [Paragraph(spoken(block.plain), "bullet" if block.kind == "bullet" else "paragraph")
            for block in text.blocks]
    body = [p for p in body if p.sentences] or [Paragraph(spoken(text.summary), "lead")]
    paragraphs = [p for p in (Paragraph(spoken(text.title), "title"), *body) if p.sentences]
    if not paragraphs:
        return []
    written = "\n".join((text.title, text.summary, text.body))
    if campaign.hotline and not mentions_number(written, campaign.hotline):
        paragraphs.append(Paragraph(spoken(HOTLINE_LINE.format(hotline=campaign.hotline)), "paragraph"))
    if campaign.address:  # a variant's office: where to go in person
        paragraphs.append(Paragraph(spoken(ADDRESS_LINE.format(address=campaign.address)), "paragraph"))
    return paragraphs


def bulletin_paragraphs(campaign: Campaign, text: Text, settings: AudioSettings,
                        lexicon: Mapping[str, str] | None = None) -> list[Paragraph]:
    """The whole spoken bulletin: opening, the message `repeat` times with "Xin nhắc lại" between, closing.

    `lexicon` (the campaign's own) adds pronunciations to the normaliser's bundled ones.
    """
    prepare_script, split_sentences = _speech_tools()
    message = message_paragraphs(campaign, text, lexicon)
    if not message:
        raise RenderError(f"{text.id}: audio: nothing to read (title, summary and body are empty)")
    opening_lines = OPENINGS.get(text.priority, OPENINGS["normal"])
    opening = tuple(s for line in opening_lines
                    for s in split_sentences(prepare_script(line.format(organisation=campaign.organisation),
                                                            lexicon)))
    paragraphs = [Paragraph(opening, "opening"), *message]
    for _ in range(settings.repeat - 1):
        paragraphs += [Paragraph((REPEAT_INTRO,), "repeat"), *message]
    paragraphs.append(Paragraph((CLOSING,), "closing"))
    return paragraphs


def script_text(paragraphs: list[Paragraph]) -> str:
    """The exact words read, one paragraph (or bullet) a line, blank lines between."""
    return "\n\n".join(" ".join(p.sentences) for p in paragraphs) + "\n"


def message_from_script(script: str) -> list[str]:
    """The message paragraphs of a written script, said once: without the opening, the repeats and the closing.

    For narration that reuses the bulletin's words (clips): the script's first paragraph is the
    opening, "Xin nhắc lại." starts each repeat and the last paragraph is the closing.
    """
    paragraphs = [p.strip() for p in script.split("\n\n") if p.strip()]
    message = paragraphs[1:-1] if len(paragraphs) > 2 else paragraphs
    if REPEAT_INTRO in message:
        message = message[: message.index(REPEAT_INTRO)]
    return message


def pause_between(before: Paragraph, after: Paragraph, settings: AudioSettings) -> float:
    """Silence between two paragraphs: a sentence pause between bullets, a paragraph pause otherwise."""
    if before.kind == "bullet" and after.kind == "bullet":
        return settings.sentence_pause_s
    return settings.paragraph_pause_s


def id3_tags(campaign: Campaign, text: Text) -> dict[str, str]:
    """Title, organisation (artist), campaign (album), approval date and priority for the MP3."""
    return {
        "title": text.title,
        "artist": campaign.organisation,
        "album": campaign.name,
        "date": text.approved_at or dt.date.today().isoformat(),
        "comment": f"{text.id}; mức ưu tiên: {PRIORITY_LABELS.get(text.priority, text.priority)}",
        "priority": text.priority,
        "genre": "Speech",
        "language": "vie",
    }


def speech_stretches(paragraphs: list[Paragraph], engine: Engine, settings: AudioSettings) -> Iterator[np.ndarray]:
    """The spoken bulletin at OUTPUT_RATE in stretches of about CHUNK_S seconds, cut at sentence ends.

    Sentences are synthesised in order with their pauses; recent ones are kept (SENTENCE_CACHE_S) so a
    short message's repeat is not synthesised twice, while a long one never sits whole in memory.
    """
    cache: OrderedDict[str, np.ndarray] = OrderedDict()
    pieces: list[np.ndarray] = []
    pending = 0

    def silence(seconds: float) -> np.ndarray:
        return np.zeros(int(round(seconds * OUTPUT_RATE)), dtype=np.float32)

    def sentence_audio(sentence: str) -> np.ndarray:
        if sentence in cache:
            cache.move_to_end(sentence)
            return cache[sentence]
        speech = engine.synthesize(sentence)
        audio = resample(speech.samples, speech.sample_rate, OUTPUT_RATE).astype(np.float32)
        cache[sentence] = audio
        while sum(len(a) for a in cache.values()) > SENTENCE_CACHE_S * OUTPUT_RATE and len(cache) > 1:
            cache.popitem(last=False)
        return audio

    for index, paragraph in enumerate(paragraphs):
        for sentence_index, sentence in enumerate(paragraph.sentences):
            if sentence_index:
                pieces.append(silence(settings.sentence_pause_s))
            elif index:
                pieces.append(silence(pause_between(paragraphs[index - 1], paragraph, settings)))
            pieces.append(sentence_audio(sentence))
            pending += len(pieces[-1])
            if pending >= CHUNK_S * OUTPUT_RATE:
                yield np.concatenate(pieces)
                pieces, pending = [], 0
    if pieces:
        yield np.concatenate(pieces)


def bulletin_stretches(paragraphs: list[Paragraph], engine: Engine, settings: AudioSettings) -> Iterator[np.ndarray]:
    """The whole bulletin at OUTPUT_RATE in stretches: the speech at its tempo, with the lead-in and rising chime
    before the first stretch and the falling chime and tail after the last."""
    stretches = (change_tempo(s, OUTPUT_RATE, settings.speed) for s in speech_stretches(paragraphs, engine, settings))
    current = next(stretches, None)
    heard, first = False, True
    while current is not None:
        following = next(stretches, None)
        heard = heard or bool(np.any(current))
        if following is None and not heard:
            raise RenderError(f"audio: the {engine.name} engine produced silence")
        parts = [current]
        if first:
            parts.insert(0, _chime_part(current, settings, rising=True))
        if following is None:
            parts.append(_chime_part(current, settings, rising=False))
        yield np.concatenate(parts).astype(np.float32)
        current, first = following, False


@functools.lru_cache(maxsize=4)
def _chime(sample_rate: int, rising: bool) -> tuple[np.ndarray, float]:
    """The chime and its loudness (the same for every bulletin)."""
    chime = make_chime(sample_rate, rising=rising)
    return chime, integrated_lufs(chime, sample_rate)


def _chime_part(speech: np.ndarray, settings: AudioSettings, rising: bool) -> np.ndarray:
    """Lead-in, rising chime, gap (or gap, falling chime, tail); the chime CHIME_BELOW_SPEECH_LU under `speech`."""
    def silence(seconds: float) -> np.ndarray:
        return np.zeros(int(round(seconds * OUTPUT_RATE)), dtype=np.float32)

    if not settings.chime:
        return silence(LEAD_IN_S if rising else TAIL_S)
    chime, chime_lufs = _chime(OUTPUT_RATE, rising)
    speech_lufs = integrated_lufs(speech, OUTPUT_RATE)
    if np.isfinite(speech_lufs) and np.isfinite(chime_lufs):
        chime = chime * 10 ** ((speech_lufs - CHIME_BELOW_SPEECH_LU - chime_lufs) / 20)
    parts = [silence(LEAD_IN_S), chime, silence(CHIME_GAP_S)] if rising else [silence(CHIME_GAP_S), chime,
                                                                                silence(TAIL_S)]
    return np.concatenate(parts).astype(np.float32)


def master_stretches(paragraphs: list[Paragraph], engine: Engine, settings: AudioSettings, headroom_db: float,
                     raw: BinaryIO) -> None:
    """Shape and master the bulletin stretch by stretch, appending float32 samples at DELIVERY_RATE to `raw`.

    Each stretch is levelled to the target loudness under the true-peak ceiling: the whole is then at the
    target too (speech is levelled per stretch on the air anyway), and memory is one stretch.
    """
    compensation = 10 ** (-encoder_gain_db(settings.bitrate_kbps) / 20)  # what LAME takes away, given back
    for stretch in bulletin_stretches(paragraphs, engine, settings):
        shaped = shape_for_horns(resample(stretch, OUTPUT_RATE, DELIVERY_RATE), DELIVERY_RATE, settings)
        mastered = normalize_loudness(shaped, DELIVERY_RATE, settings.target_lufs,
                                      settings.true_peak_dbtp - headroom_db)
        raw.write(np.ascontiguousarray(mastered * compensation, dtype="<f4"))


def encode_raw_mp3(raw_path: Path, dest_mp3: Path, settings: AudioSettings, tags: Mapping[str, Any]) -> None:
    """Encode a file of mono float32 samples at DELIVERY_RATE to the tagged MP3, atomically (ffmpeg streams it)."""
    with atomic_path(dest_mp3) as tmp_mp3:
        run_ffmpeg(["-f", "f32le", "-ar", str(DELIVERY_RATE), "-ac", "1", "-i", str(raw_path),
                    *_lame_args(settings.bitrate_kbps), "-y", str(tmp_mp3)])
        tag_mp3(tmp_mp3, tags)


def encoding(dest_mp3: Path, bitrate_kbps: int):
    """A pipe into LAME (ffmpeg) for mono float32 samples at DELIVERY_RATE, writing `dest_mp3` untagged."""
    return ffmpeg_pipe(["-f", "f32le", "-ar", str(DELIVERY_RATE), "-ac", "1", "-i", "pipe:0",
                        *_lame_args(bitrate_kbps), "-y", str(dest_mp3)], "w")


def decoding(mp3_path: Path, sample_rate: int):
    """A pipe out of ffmpeg decoding `mp3_path` to mono float32 samples."""
    return ffmpeg_pipe(["-i", str(mp3_path), "-f", "f32le", "-ac", "1", "-ar", str(sample_rate), "pipe:1"], "r")


def tag_mp3(path: Path, tags: Mapping[str, Any]) -> None:
    """Write the ID3v2.3 tags (mutagen) into an MP3."""
    from mutagen.id3 import ID3

    id3 = ID3()
    for frame in id3_frames(tags):
        id3.add(frame)
    id3.save(str(path), v2_version=3)


def measure_mp3_streaming(mp3_path: Path) -> dict[str, Any]:
    """measure_file's facts (duration, integrated loudness, true peak...) of the decoded MP3, read from
    ffmpeg's output in CHUNK_S pieces as it decodes, memory flat."""
    import mutagen.mp3

    info = mutagen.mp3.MP3(str(mp3_path)).info
    rate, channels = info.sample_rate, info.channels
    meter = Loudness(rate)
    peak, count = 0.0, 0
    chunk = int(CHUNK_S * rate)
    with decoding(mp3_path, rate) as stream:
        while True:
            samples = np.frombuffer(stream.read(chunk * 4), dtype="<f4")
            if samples.size == 0:
                break
            count += samples.size
            meter.add(samples)
            # only blocks that could beat the peak so far are oversampled
            floor = max(peak, float(np.abs(samples).max()))
            peak = max(floor, float(true_peak_blocks(samples, 128, floor).max()))
    lufs = meter.lufs()
    return {
        "duration_s": round(count / rate, 3),
        "lufs": round(lufs, 2) if np.isfinite(lufs) else None,
        "true_peak_dbtp": round(20 * np.log10(peak), 2) if peak > 0 else None,
        "sample_rate": rate, "channels": channels, "bitrate_kbps": int(round(info.bitrate / 1000)),
    }


def render_bulletin(campaign: Campaign, text: Text, dest_mp3: Path, dest_script: Path, settings: AudioSettings,
                    engine: Engine, lexicon: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Render the bulletin MP3 and its script for one text; return the media facts measured from the MP3.

    Streamed stretch by stretch through the encoder and the decoder, so memory does not grow with the body.
    """
    paragraphs = bulletin_paragraphs(campaign, text, settings, lexicon)
    headroom_db = MP3_HEADROOM_DB
    dest_mp3.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(3):
        with atomic_path(dest_mp3) as tmp_mp3:
            # mastered stretch by stretch straight into LAME, which encodes while the next stretch is mastered
            with encoding(tmp_mp3, settings.bitrate_kbps) as raw:
                try:
                    master_stretches(paragraphs, engine, settings, headroom_db, raw)
                except RenderError as exc:
                    raise RenderError(f"{text.id}: {exc}") from None
            tag_mp3(tmp_mp3, id3_tags(campaign, text))
            media = measure_mp3_streaming(tmp_mp3)
        excess_db = (media["true_peak_dbtp"] or -np.inf) - settings.true_peak_dbtp
        if excess_db <= 0:
            break
        # The encoder lifted peaks by more than the usual headroom: master again with that much more.
        headroom_db += excess_db + 0.1
        log.info("%s: true peak %.2f dBTP after MP3 encoding; mastering again %.2f dB under the ceiling",
                 text.id, media["true_peak_dbtp"], headroom_db)
    else:
        log.warning("%s: true peak %.2f dBTP is above the %.1f dBTP ceiling", text.id, media["true_peak_dbtp"],
                    settings.true_peak_dbtp)
    write_text(dest_script, script_text(paragraphs))
    log.debug("%s: bulletin %.1f s, %.2f LUFS, %.2f dBTP", text.id, media["duration_s"], media["lufs"],
              media["true_peak_dbtp"])
    return media
