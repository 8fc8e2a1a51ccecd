"""One clip of one text in one shape: MP4 (H.264 High, yuv420p, AAC, +faststart), SRT, WebVTT and a poster JPEG."""

from __future__ import annotations

import logging
import math
import re
import tempfile
import time
from pathlib import Path
from typing import Sequence

from PIL import Image

from pipeline.atomic import atomic_path, write_text
from pipeline.clips.captions import (CaptionCue, TimedSentence, caption_cues, card_cues, to_srt, to_vtt,
                                     written_captions)
from pipeline.clips.cards import (CardArt, Palette, caption_font_size, card_context, display_url, draw_card,
                                  draw_caption_strip)
from pipeline.clips.encoder import encode_frames, frame_runs
from pipeline.clips.motion import FrameFunction, PlanarFrames
from pipeline.clips.narration import Narration, narrate, write_wav
from pipeline.clips.probe import count_frames, is_faststart, probe_video
from pipeline.clips.settings import SHAPES, ClipSettings, card_scale, motion_kind
from pipeline.clips.storyboard import Storyboard, build_storyboard
from pipeline.content import Campaign, Text
from pipeline.errors import RenderError

log = logging.getLogger(__name__)

_END_PUNCTUATION = re.compile(r"[.!?…:;]$")


# ---------------------------------------------------------------- encoding

def encoder_params(settings: ClipSettings) -> list[str]:
    """ffmpeg output options of every clip: H.264 High yuv420p, AAC mono, +faststart."""
    params = ["-c:v", "libx264", "-preset", settings.preset, "-threads", str(settings.threads),
              "-crf", str(settings.crf), "-profile:v", "high", "-pix_fmt", "yuv420p"]
    if settings.tune:
        params += ["-tune", settings.tune]
    params += ["-c:a", "aac", "-b:a", f"{settings.audio_bitrate_kbps}k", "-ar", str(settings.audio_sample_rate),
               "-ac", "1"]
    params += ["-movflags", "+faststart"]
    return params


def encode_clip(frame_function: FrameFunction, duration_s: float, dest_path: Path, settings: ClipSettings,
                audio_path: Path | None, metadata: dict[str, str] | None = None) -> None:
    """Encode a clip's frames (each distinct picture sent once, see pipeline.clips.encoder) and its soundtrack
    file (muxed by ffmpeg as it is) into an MP4."""
    from pipeline.executors import frames_done   # frames done, to the build's progress display

    fps = settings.fps
    frame_count = int(round(duration_s * fps))
    runs = frame_runs(frame_function.signature(index / fps) for index in range(frame_count))
    params = encoder_params(settings)
    for key, value in (metadata or {}).items():
        params += ["-metadata", f"{key}={value}"]
    # A zoom moves every frame: its frames are made as Y'CbCr planes (see PlanarFrames), the others as RGB.
    planar = frame_function.motion == "zoom"
    frame_at = PlanarFrames(frame_function) if planar else frame_function
    encode_frames(lambda index: frame_at(index / fps), runs, SHAPES[frame_function.shape], fps, dest_path, params,
                  audio_path, frames_done, planar=planar)


# ---------------------------------------------------------------- text helpers

def as_sentence(line: str) -> str:
    """A line closed with a full stop when it has no end punctuation (as the audio stage reads it)."""
    line = " ".join(line.split())
    return line if not line or _END_PUNCTUATION.search(line) else line + "."


def added_sentences(campaign: Campaign | None) -> list[str]:
    """The sentences the bulletin adds to a text, written with the campaign's data: its hotline sentence,
    and a variant's office address.

    The narration reuses the bulletin's words; these are not in the text, so without them their captions
    would show the spoken words ("không hai ba tám...", "Số tám mươi sáu") instead of "0238 3844 567", "Số 86".
    """
    if campaign is None:
        return []
    from pipeline.audio.bulletin import ADDRESS_LINE, HOTLINE_LINE

    added = [HOTLINE_LINE.format(hotline=campaign.hotline)] if campaign.hotline else []
    if campaign.address:
        added.append(ADDRESS_LINE.format(address=campaign.address))
    return added


def written_sentences(text: Text, campaign: Campaign | None = None) -> list[str]:
    """The text's sentences as written (title, summary, body), then the bulletin's added ones (see
    `added_sentences`), to caption the narration in written form."""
    from pipeline.speech import split_sentences

    lines = [text.title, text.summary] + [block.plain for block in text.blocks] + added_sentences(campaign)
    return [sentence for line in lines for sentence in split_sentences(as_sentence(line))]


def speak(text: str) -> str:
    """Written Vietnamese as the narration says it (pipeline.speech)."""
    from pipeline.speech import prepare_script

    return prepare_script(text)


def silent_card_entries(storyboard: Storyboard, campaign: Campaign) -> list[tuple[str, float, float]]:
    """(words, start, end) of what each card of a silent clip shows, for its sidecar captions."""
    entries = []
    for card in storyboard.cards:
        start = max(card.start - storyboard.crossfade_s, 0.0) if entries else 0.0
        if card.kind == "points":
            times = list(card.reveals) + [card.end]
            for k, item in enumerate(card.items):
                entries.append((item, start if k == 0 else times[k], times[k + 1]))
            continue
        if card.kind == "opening":
            words = card.title
        elif card.kind == "figure":
            words = f"{card.value}: {card.label}"
        elif card.kind == "summary":
            words = card.label
        else:
            words = f"Tổng đài {campaign.hotline}. {display_url(campaign.website)}"
        entries.append((words, start, card.end))
    return entries


# ---------------------------------------------------------------- the clip

def plan_clip(campaign: Campaign, text: Text, settings: ClipSettings, sentences: Sequence[str] | None,
              engine) -> tuple[Storyboard, Narration | None, list[CaptionCue], list[str]]:
    """Narration (if any), storyboard and caption cues of a text (shared by every shape)."""
    notes: list[str] = []
    narrated = bool(sentences) and not settings.silent
    if narrated:
        if engine is None:
            raise ValueError("a narrated clip needs a speech engine")
        from pipeline.speech import split_sentences

        spoken = [s.strip() for s in sentences if s.strip()]  # type: ignore[union-attr]
        shown = written_captions(spoken, written_sentences(text, campaign), speak, split_sentences)
        from pipeline.audio import EngineUnavailable

        try:
            narration = narrate(spoken, engine, settings, caption_texts=shown)
        except EngineUnavailable as exc:
            raise RenderError(f"text {text.id}: clip narration: {exc}") from exc
        timed = narration.sentences
        storyboard = build_storyboard(text, campaign, timed, crossfade_s=settings.crossfade_s,
                                      tail_s=settings.tail_s, closing_min_s=settings.closing_min_s,
                                      silent_cps=settings.silent_cps, narration_end=narration.speech_end,
                                      speak=speak)
        duration = math.ceil(storyboard.duration * settings.fps) / settings.fps
        captioned = [TimedSentence(caption, s.start, s.end) for caption, s in zip(shown, timed)]
        cues, warnings = caption_cues(captioned, duration, settings.caption_max_chars, settings.caption_max_cps,
                                      weigh=lambda piece: len(speak(piece)))
        for warning in warnings:
            # The speaking rate is the audio engine's call; the clip reports what it could not fix.
            log.warning("%s: captions faster than %g characters/s: %s", text.id, settings.caption_max_cps, warning)
            notes.append(f"captions too fast: {warning}")
    else:
        narration = None
        storyboard = build_storyboard(text, campaign, None, crossfade_s=settings.crossfade_s,
                                      tail_s=settings.tail_s, closing_min_s=settings.closing_min_s,
                                      silent_cps=settings.silent_cps)
        duration = math.ceil(storyboard.duration * settings.fps) / settings.fps
        cues = card_cues(silent_card_entries(storyboard, campaign), settings.caption_max_chars)
    storyboard = Storyboard(storyboard.cards, duration, storyboard.crossfade_s, storyboard.narrated,
                            storyboard.notes + tuple(notes))
    return storyboard, narration, cues, notes


def draw_clip_cards(campaign: Campaign, text: Text, shape: str, storyboard: Storyboard,
                    settings: ClipSettings, captions: bool) -> list[CardArt]:
    """Every card of the storyboard drawn once for `shape`."""
    ctx = card_context(campaign, text, shape, card_scale(settings), captions=captions,
                       pan=motion_kind(settings) == "pan")
    return [draw_card(card, ctx) for card in storyboard.cards]


def make_frame_function(campaign: Campaign, text: Text, shape: str, storyboard: Storyboard,
                        settings: ClipSettings, cues: Sequence[CaptionCue], burn: bool,
                        arts: list[CardArt] | None = None) -> FrameFunction:
    """The frame function of a clip (cards drawn, caption strips drawn)."""
    if arts is None:
        arts = draw_clip_cards(campaign, text, shape, storyboard, settings, captions=burn)
    strips = []
    if burn and cues:
        palette = Palette.from_brand(campaign.brand.primary, campaign.brand.accent)
        font_px = caption_font_size(shape, [line for cue in cues for line in cue.lines])
        strips = [draw_caption_strip(shape, cue.lines, font_px, palette) for cue in cues]
    return FrameFunction(storyboard, arts, shape, settings.fps, motion_kind(settings), card_scale(settings),
                         settings.zoom, cues if burn else (), strips)


def render_clip(campaign: Campaign, text: Text, shape: str, dest_dir: Path, settings: ClipSettings, *,
                sentences: list[str] | None = None, engine=None) -> dict:
    """Render `<shape>.mp4`, `.srt`, `.vtt` and `.jpg` of one text into `dest_dir`; return their media facts.

    `sentences` are the narration, already prepared for speech (the audio stage's script without its
    chimes and repeat); None or `settings.silent` makes a silent clip timed by reading speed, whose
    captions go only to the sidecars (its cards already carry every word).
    """
    if shape not in SHAPES:
        raise ValueError(f"unknown clip shape {shape!r}")
    started = time.perf_counter()
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    storyboard, narration, cues, _ = plan_clip(campaign, text, settings, sentences, engine)
    notes = list(storyboard.notes)
    burn = settings.burn_captions and narration is not None
    arts = draw_clip_cards(campaign, text, shape, storyboard, settings, captions=burn)
    frames = make_frame_function(campaign, text, shape, storyboard, settings, cues, burn, arts)
    width, height = SHAPES[shape]

    mp4_path = dest_dir / f"{shape}.mp4"
    # Inside the output folder, not /tmp: a killed render leaves nothing outside it (and the next build's
    # folder clean-up or the user sees it where they look).
    with tempfile.TemporaryDirectory(prefix=f".{shape}.", suffix=".tmp", dir=dest_dir) as tmp_dir:
        wav_path = Path(tmp_dir) / "soundtrack.wav"
        write_wav(narration, storyboard.duration, settings.audio_sample_rate, wav_path)
        with atomic_path(mp4_path) as tmp_mp4:
            encode_clip(frames, storyboard.duration, tmp_mp4, settings, wav_path,
                        {"title": text.title, "artist": campaign.organisation, "album": campaign.name,
                         "language": "vie"})
            media = check_delivery(tmp_mp4, shape, settings, text.id)
    media["captions"] = [f"{shape}.srt", f"{shape}.vtt"]
    media["templates"] = list(dict.fromkeys(art.template for art in arts))
    fit = [event for art in arts for event in art.events]
    if fit:  # what a card's layout gave up (a text set smaller, the drawn mark for a missing logo): never silent
        media["fit"] = fit
        media["warnings"] = [line for art in arts for line in art.warnings]
        for line in media["warnings"]:  # the build reports them once, named by job
            log.debug("%s", line)
    media["narrated"] = narration is not None
    media["captions_burned_in"] = burn
    if cues:
        media["caption_max_cps"] = round(max(cue.cps for cue in cues), 2)
    if notes:
        media["notes"] = list(notes)
    if narration is not None:
        media.update(_measure_audio(mp4_path))

    write_text(dest_dir / f"{shape}.srt", to_srt(cues))
    write_text(dest_dir / f"{shape}.vtt", to_vtt(cues))
    caption_media = {"cues": len(cues), "language": "vi",
                     "duration_s": round(max((cue.end for cue in cues), default=0.0), 3)}

    poster = FrameFunction(storyboard, arts, shape, settings.fps, motion_kind(settings), card_scale(settings),
                           settings.zoom)
    poster_frame = poster(poster_time(storyboard))
    with atomic_path(dest_dir / f"{shape}.jpg") as tmp_jpg:
        Image.fromarray(poster_frame).save(tmp_jpg, "JPEG", quality=settings.poster_quality, optimize=True,
                                           progressive=True)
    for note in notes:
        log.info("%s/%s: %s", text.id, shape, note)
    log.info("%s/%s: %.1f s clip in %.1f s", text.id, shape, storyboard.duration, time.perf_counter() - started)
    return {f"{shape}.mp4": media, f"{shape}.srt": dict(caption_media), f"{shape}.vtt": dict(caption_media),
            f"{shape}.jpg": {"width": width, "height": height}}


def poster_time(storyboard: Storyboard) -> float:
    """When the poster frame is taken: the opening card, settled, before anything fades."""
    first = storyboard.cards[0]
    return min(0.5, max(first.end - storyboard.crossfade_s - 0.1, 0.0))


def check_delivery(path: Path, shape: str, settings: ClipSettings, text_id: str) -> dict:
    """Probe the encoded file; anything off the delivery spec is a RenderError. Returns the media facts."""
    info = probe_video(path)
    width, height = SHAPES[shape]
    problems = []
    if info.video_codec != "h264" or (info.profile or "") != "High":
        problems.append(f"video is {info.video_codec} {info.profile}, not h264 High")
    if info.pix_fmt != "yuv420p":
        problems.append(f"pixel format is {info.pix_fmt}, not yuv420p")
    if (info.width, info.height) != (width, height):
        problems.append(f"size is {info.width}x{info.height}, not {width}x{height}")
    if info.audio_codec != "aac":
        problems.append(f"audio is {info.audio_codec}, not aac")
    faststart = is_faststart(path)
    if not faststart:
        problems.append("the index (moov) is not before the media data")
    if problems:
        raise RenderError(f"text {text_id}: clip {shape}: " + "; ".join(problems))
    frame_count = count_frames(path)
    return {
        "width": width, "height": height, "fps": settings.fps,
        "duration_s": round(frame_count / settings.fps, 3), "frames": frame_count,
        "video_codec": "h264", "profile": "High", "pix_fmt": "yuv420p",
        "video_bitrate_kbps": info.video_bitrate_kbps,
        "audio_codec": "aac", "audio_bitrate_kbps": info.audio_bitrate_kbps or settings.audio_bitrate_kbps,
        "audio_sample_rate": info.sample_rate, "faststart": True,
    }


def _measure_audio(path: Path) -> dict:
    """Loudness and true peak of the clip's decoded soundtrack."""
    from pipeline.audio import measure_file

    measured = measure_file(path)
    return {"lufs": measured.get("lufs"), "true_peak_dbtp": measured.get("true_peak_dbtp")}

