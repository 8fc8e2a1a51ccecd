"""A loudspeaker bulletin for one text: the spoken script, the speech, chimes, repeat, mastering, MP3."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from pipeline.atomic import write_text
from pipeline.audio.chime import make_chime
from pipeline.audio.engines import OUTPUT_RATE, Engine, resample
from pipeline.audio.master import (DELIVERY_RATE, MP3_HEADROOM_DB, change_tempo, encode_mp3, integrated_lufs,
                                   measure_file, normalize_loudness, shape_for_horns)
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
PRIORITY_LABELS = {"normal": "thông thường", "priority": "ưu tiên", "emergency": "khẩn cấp"}

LEAD_IN_S = 0.3          # silence before the first chime (players cut the first instant)
CHIME_GAP_S = 0.6        # between a chime and the voice
TAIL_S = 0.5
CHIME_BELOW_SPEECH_LU = 3.0   # the chime announces, it must not startle
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


def speak_paragraphs(paragraphs: list[Paragraph], engine: Engine, settings: AudioSettings) -> np.ndarray:
    """Synthesise sentence by sentence with pauses; each distinct sentence is synthesised once."""
    spoken: dict[str, np.ndarray] = {}
    pieces: list[np.ndarray] = []

    def silence(seconds: float) -> np.ndarray:
        return np.zeros(int(round(seconds * OUTPUT_RATE)), dtype=np.float32)

    for index, paragraph in enumerate(paragraphs):
        if index:
            pieces.append(silence(pause_between(paragraphs[index - 1], paragraph, settings)))
        for sentence_index, sentence in enumerate(paragraph.sentences):
            if sentence not in spoken:
                speech = engine.synthesize(sentence)
                spoken[sentence] = resample(speech.samples, speech.sample_rate, OUTPUT_RATE)
            if sentence_index:
                pieces.append(silence(settings.sentence_pause_s))
            pieces.append(spoken[sentence])
    return np.concatenate(pieces) if pieces else silence(0)


def assemble(speech: np.ndarray, settings: AudioSettings, sample_rate: int = OUTPUT_RATE) -> np.ndarray:
    """Lead-in, rising chime, speech, falling chime, tail; the chimes levelled a little below the speech."""
    def silence(seconds: float) -> np.ndarray:
        return np.zeros(int(round(seconds * sample_rate)), dtype=np.float32)

    if not settings.chime:
        return np.concatenate([silence(LEAD_IN_S), speech, silence(TAIL_S)])
    opening, closing = make_chime(sample_rate, rising=True), make_chime(sample_rate, rising=False)
    speech_lufs = integrated_lufs(speech, sample_rate)
    chime_lufs = integrated_lufs(opening, sample_rate)
    if np.isfinite(speech_lufs) and np.isfinite(chime_lufs):
        gain = 10 ** ((speech_lufs - CHIME_BELOW_SPEECH_LU - chime_lufs) / 20)
        opening, closing = opening * gain, closing * gain
    return np.concatenate([silence(LEAD_IN_S), opening, silence(CHIME_GAP_S), speech,
                           silence(CHIME_GAP_S), closing, silence(TAIL_S)]).astype(np.float32)


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


def render_bulletin(campaign: Campaign, text: Text, dest_mp3: Path, dest_script: Path, settings: AudioSettings,
                    engine: Engine, lexicon: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Render the bulletin MP3 and its script for one text; return the media facts measured from the MP3."""
    paragraphs = bulletin_paragraphs(campaign, text, settings, lexicon)
    speech = speak_paragraphs(paragraphs, engine, settings)
    if not np.any(speech):
        raise RenderError(f"{text.id}: audio: the {engine.name} engine produced silence")
    speech = change_tempo(speech, OUTPUT_RATE, settings.speed)
    shaped = shape_for_horns(resample(assemble(speech, settings), OUTPUT_RATE, DELIVERY_RATE), DELIVERY_RATE,
                             settings)
    headroom_db = MP3_HEADROOM_DB
    for _ in range(3):
        mastered = normalize_loudness(shaped, DELIVERY_RATE, settings.target_lufs,
                                      settings.true_peak_dbtp - headroom_db)
        encode_mp3(mastered, DELIVERY_RATE, dest_mp3, bitrate_kbps=settings.bitrate_kbps,
                   tags=id3_tags(campaign, text))
        media = measure_file(dest_mp3)
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
