"""MP4 clips: caption rules, layout inside the platforms' safe areas, the frame function, and rendered clips
checked the way a receiver sees them (stream info, box order, decoded loudness, captions in step with speech)."""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import make_campaign, make_text
from pipeline.clips import SHAPES, ClipSettings
from pipeline.clips.captions import (CaptionCue, TimedSentence, caption_cues, split_into_chunks, to_srt, to_vtt,
                                     wrap_caption, written_captions)
from pipeline.clips.cards import (CardArt, CountUp, Palette, caption_font_size, draw_caption_strip,
                                  parse_countable, split_figure)
from pipeline.clips.layout import caption_zone, content_box, safe_area, to_display
from pipeline.clips.motion import FrameFunction, zoom_crop
from pipeline.clips.narration import pause_after, sentence_spans
from pipeline.clips.storyboard import Card, Storyboard, build_storyboard
from pipeline.content import KeyFigure

LONG_SENTENCE = ("Từ ngày 1/7/2025, người lao động chỉ cần đóng bảo hiểm xã hội đủ 15 năm là được hưởng "
                 "lương hưu hằng tháng, thay vì 20 năm như trước, và có thể tra cứu quá trình đóng trên "
                 "ứng dụng VssID - BHXH số bất cứ lúc nào.")


def ffmpeg() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


# ---------------------------------------------------------------- settings

def test_settings_defaults_and_errors():
    settings = ClipSettings.from_mapping({"shapes": ["vertical", "landscape"], "crf": 22})
    assert settings.shapes == ("vertical", "landscape") and settings.fps == 30 and settings.crf == 22
    assert settings.as_params()["shapes"] == ["vertical", "landscape"]
    for data, field in (({"shapes": ["square"]}, "shapes"), ({"fps": 29}, "fps"), ({"crf": "x"}, "crf"),
                        ({"colour": 1}, "colour"), ({"closing_min_s": 1}, "closing_min_s")):
        with pytest.raises(ValueError, match=rf"^clips\.{field}: "):
            ClipSettings.from_mapping(data)
    with pytest.raises(ValueError, match=r"^clips\.preset: ultrafast makes H\.264 Main-profile video"):
        ClipSettings.from_mapping({"preset": "ultrafast"})   # every clip would fail the High-profile check


# ---------------------------------------------------------------- captions (pure)

def test_caption_lines_never_exceed_42_chars_or_two_lines():
    for text in (LONG_SENTENCE, "Ngắn.", "https://baohiemxahoi.gov.vn/tin-tuc/chinh-sach-moi-nhat-ve-bhxh-2025 "
                 "là địa chỉ tra cứu."):
        chunks = split_into_chunks(text)
        assert " ".join(" ".join(lines) for lines in chunks).split() == text.split() or "https" in text
        for lines in chunks:
            assert 1 <= len(lines) <= 2
            assert all(len(line) <= 42 for line in lines)
    assert wrap_caption("Gọi tổng đài 1900 9068 để được tư vấn miễn phí.") == (
        "Gọi tổng đài 1900 9068", "để được tư vấn miễn phí.")


def test_cues_follow_sentence_spans_and_reading_speed():
    end = 0.4 + len(LONG_SENTENCE) / 14.0
    sentences = [TimedSentence(LONG_SENTENCE, 0.4, end), TimedSentence("Gọi tổng đài 1900 9068.", end + 0.4,
                                                                       end + 1.6)]
    cues, warnings = caption_cues(sentences, clip_end=end + 3.0)
    assert not warnings
    first = [c for c in cues if c.sentence_index == 0]
    assert first[0].start == pytest.approx(0.4) and first[-1].end == pytest.approx(sentences[0].end, abs=0.01)
    assert all(a.end <= b.start + 1e-6 for a, b in zip(cues, cues[1:]))
    assert all(cue.cps <= 17.0 + 1e-6 for cue in cues)
    assert all(len(line) <= 42 for cue in cues for line in cue.lines)


def test_fast_sentence_lingers_into_the_pause_then_is_reported():
    text = "Người lao động có thêm cơ hội nhận lương hưu hằng tháng."  # 56 characters
    roomy, warnings = caption_cues([TimedSentence(text, 1.0, 3.0), TimedSentence("Tiếp.", 5.0, 5.5)], 8.0)
    assert not warnings and roomy[0].end == pytest.approx(1.0 + len(text) / 17.0, abs=0.01)
    assert roomy[0].end <= 5.0
    cramped, warnings = caption_cues([TimedSentence(text, 1.0, 3.0), TimedSentence("Tiếp.", 3.1, 3.6)], 8.0)
    assert cramped[0].end == pytest.approx(3.1) and len(warnings) == 1 and warnings[0].cps > 17


def test_pauses_grow_for_fast_sentences_within_limits():
    assert pause_after(34, 2.0, 0.35, 1.2, 17.0) == pytest.approx(0.35)
    assert pause_after(51, 2.5, 0.35, 1.2, 17.0) == pytest.approx(0.5)
    assert pause_after(200, 2.0, 0.35, 1.2, 17.0) == pytest.approx(1.2)
    spans = sentence_spans([2.0, 1.0], [51, 10], 0.4, 0.35, 1.2, 17.0)
    assert spans == [(0.4, 2.4), (pytest.approx(3.4), pytest.approx(4.4))]


def test_captions_show_the_written_form_of_spoken_sentences():
    speak = {"Gọi 1900 9068.": "Gọi một chín không không, chín không sáu tám."}.get
    spoken = ["Gọi một chín không không, chín không sáu tám.", "Câu thêm của đài."]
    shown = written_captions(spoken, ["Gọi 1900 9068."], lambda s: speak(s, s), lambda s: [s])
    assert shown == ["Gọi 1900 9068.", "Câu thêm của đài."]


def parse_subtitles(text: str) -> list[tuple[float, float, list[str]]]:
    """(start, end, lines) of every cue of an SRT or WebVTT file."""
    stamp = r"(\d\d):(\d\d):(\d\d)[,.](\d\d\d)"
    cues = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        for i, line in enumerate(lines):
            match = re.match(rf"{stamp} --> {stamp}$", line)
            if match:
                g = [int(x) for x in match.groups()]
                start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
                end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
                cues.append((start, end, lines[i + 1:]))
    return cues


def test_srt_and_vtt_carry_the_same_cues():
    cues = [CaptionCue(0.4, 2.25, ("Dòng một", "dòng hai")), CaptionCue(3661.5, 3662.0, ("Hết.",))]
    srt, vtt = to_srt(cues), to_vtt(cues)
    assert vtt.startswith("WEBVTT\n") and "00:00:02,250" in srt and "01:01:01.500" in vtt
    assert parse_subtitles(srt) == parse_subtitles(vtt) == [(0.4, 2.25, ["Dòng một", "dòng hai"]),
                                                           (3661.5, 3662.0, ["Hết."])]


# ---------------------------------------------------------------- layout (pure)

@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_caption_strip_stays_inside_the_safe_area(shape):
    width, height = SHAPES[shape]
    worst = ["Ư" * 42, "W" * 42, "m" * 42]  # wider than any real caption line
    font_px = caption_font_size(shape, worst)
    strip = draw_caption_strip(shape, ("Ư" * 42, "W" * 42), font_px, Palette.from_brand("#0B5FA5", "#F5A623"))
    x0, y0, x1, y1 = strip.box
    safe = safe_area(shape)
    assert safe.x0 <= x0 and x1 <= safe.x1 and safe.y0 <= y0 and y1 <= safe.y1
    if shape == "vertical":
        assert y1 <= height * 0.80 and x0 >= width * 0.06 - 1e-6 and x1 <= width * 0.94 + 1e-6
    else:
        assert x0 >= width * 0.05 - 1e-6 and y1 <= height * 0.95 + 1e-6


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_card_content_stays_clear_of_captions_and_platform_ui_while_zooming(shape):
    zoom = 1.05
    area = content_box(shape, zoom, captions=True)
    for z in (1.0, 1.025, zoom):
        shown = to_display(shape, z, area)
        assert safe_area(shape).contains(shown)
        assert shown.y1 <= caption_zone(shape).y0


# ---------------------------------------------------------------- numbers and storyboard

def test_figures_count_up_in_vietnamese_notation():
    assert split_figure("15 năm") == ("15", "năm") and split_figure("1/7/2025") == ("1/7/2025", "")
    assert split_figure("0,03 %/ngày") == ("0,03%", "/ngày")
    money = parse_countable("2.000.000")
    assert money.at(1.0) == "2.000.000" and money.at(0.0) == "0" and re.fullmatch(r"[\d.]+", money.at(0.5))
    assert parse_countable("0,03%").at(1.0) == "0,03%" and parse_countable("1/7/2025") is None
    assert CountUp(15, 0, False).at(0.5) in {str(n) for n in range(16)}


def timed(sentences: list[str], rate_cps: float = 14.0, pause: float = 0.4) -> list[TimedSentence]:
    out, t = [], 0.4
    for s in sentences:
        out.append(TimedSentence(s, t, t + len(s) / rate_cps))
        t += len(s) / rate_cps + pause
    return out


def test_storyboard_follows_the_narration():
    text, campaign = make_text(), make_campaign()
    spoken = timed(["Chỉ cần mười lăm năm đóng bảo hiểm xã hội để hưởng lương hưu.",
                    "Người lao động đóng đủ mười lăm năm là được hưởng lương hưu.",
                    "Luật có hiệu lực từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm.",
                    "Trước đây cần hai mươi năm đóng.",
                    "Áp dụng cho người lao động nghỉ hưu từ năm sau.",
                    "Tra cứu quá trình đóng trên ứng dụng VssID.",
                    "Mọi thắc mắc xin gọi tổng đài một chín không không chín không sáu tám."])
    speak = lambda s: (s.replace("15 năm", "mười lăm năm").replace("1/7/2025", "ngày một tháng bảy năm hai "
                                                                    "nghìn không trăm hai mươi lăm"))
    board = build_storyboard(text, campaign, spoken, speak=speak)
    kinds = [card.kind for card in board.cards]
    assert kinds == ["opening", "figure", "figure", "points", "closing"]
    starts = [card.start for card in board.cards]
    assert starts == sorted(starts) and starts[0] == 0.0
    assert board.cards[2].start == pytest.approx(spoken[2].start, abs=0.001)  # the date, when it is said
    points = board.cards[3]
    assert list(points.reveals) == sorted(points.reveals) and len(points.reveals) == 3
    assert all(points.start <= r < points.end for r in points.reveals)
    assert board.duration == pytest.approx(spoken[-1].end + 1.5, abs=0.001)
    assert board.cards[-1].end - board.cards[-1].start >= 3.0


def test_silent_storyboard_is_timed_by_reading():
    board = build_storyboard(make_text(), make_campaign(), None, silent_cps=12.0)
    for card in board.cards:
        words = card.title + card.value + card.label + "".join(card.items)
        assert card.end - card.start >= min(len(words) / 12.0, 3.0) - 1e-6
    assert board.cards[-1].end - board.cards[-1].start >= 3.0


# ---------------------------------------------------------------- frame function

def flat(color, w=1080, h=1920):
    frame = np.empty((h, w, 3), np.uint8)
    frame[:] = color
    return frame


def two_card_board():
    cards = (Card("opening", 0.0, 2.0, title="a"), Card("closing", 2.0, 4.0, title="b"))
    return Storyboard(cards, 4.0, 0.5)


def test_still_frames_are_cached_and_crossfades_blend():
    arts = [CardArt([flat((200, 0, 0))]), CardArt([flat((0, 0, 200))])]
    frames = FrameFunction(two_card_board(), arts, "vertical", 30, "none", 1.0)
    assert frames(0.2) is frames(1.0)
    middle = frames(1.75)  # halfway through the fade window [1.5, 2.0]
    assert 80 < middle[10, 10, 0] < 120 and 80 < middle[10, 10, 2] < 120
    assert (frames(3.0) == arts[1].states[0]).all()


def test_caption_strip_is_blended_only_in_its_region():
    arts = [CardArt([flat((255, 255, 255))]), CardArt([flat((255, 255, 255))])]
    strip = draw_caption_strip("vertical", ("Gọi tổng đài 1900 9068",), 44, Palette.from_brand("#0B5FA5", "#F5A623"))
    frames = FrameFunction(two_card_board(), arts, "vertical", 30, "none", 1.0,
                           cues=[CaptionCue(0.0, 1.0, ("Gọi tổng đài 1900 9068",))], strips=[strip])
    frame = frames(0.5)
    x0, y0, x1, y1 = strip.box
    outside = frame.copy()
    outside[y0:y1, x0:x1] = 255
    assert (outside == 255).all() and frame[y0:y1, x0:x1].mean() < 120
    assert (arts[0].states[0] == 255).all()  # the card itself was not painted on
    assert (frames(1.2) == 255).all()


def test_zoom_crop_is_centred_and_between_card_and_frame_size():
    for z in (1.0, 1.01, 1.03, 1.05):
        x0, y0, w, h = zoom_crop(1134, 2016, 1080, 1920, 1.05, z)
        assert 1080 <= w <= 1134 and 1920 <= h <= 2016
        assert 2 * x0 + w == 1134 and 2 * y0 + h == 2016
    assert zoom_crop(1134, 2016, 1080, 1920, 1.05, 1.05)[2:] == (1080, 1920)


# ---------------------------------------------------------------- rendered clips

def narration_sentences(text) -> list[str]:
    from pipeline.speech import prepare_script, split_sentences

    lines = [text.title + ".", text.summary] + [block.plain for block in text.blocks]
    return [s for line in lines for s in split_sentences(prepare_script(line))]


def mp4_boxes(path: Path) -> list[str]:
    """Top-level box types, read independently of pipeline.clips.probe."""
    boxes, data = [], path.read_bytes()
    offset = 0
    while offset + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if size == 1:
            size = struct.unpack(">Q", data[offset + 8:offset + 16])[0]
        boxes.append(kind.decode("latin-1"))
        offset += size if size else len(data)
    return boxes


def ffmpeg_report(path: Path) -> str:
    return subprocess.run([ffmpeg(), "-hide_banner", "-i", str(path)], capture_output=True, text=True).stderr


def decoded_audio(path: Path, rate: int = 48000) -> np.ndarray:
    raw = subprocess.run([ffmpeg(), "-v", "error", "-i", str(path), "-vn", "-ac", "1", "-ar", str(rate), "-f", "f32le",
                          "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, "<f4").astype(np.float64)


def frame_at(path: Path, t: float) -> np.ndarray:
    raw = subprocess.run([ffmpeg(), "-v", "error", "-ss", f"{t:.3f}", "-i", str(path), "-frames:v", "1",
                          "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout
    info = re.search(r", (\d+)x(\d+)", ffmpeg_report(path))
    w, h = int(info[1]), int(info[2])
    return np.frombuffer(raw, np.uint8)[: w * h * 3].reshape(h, w, 3)


def speech_onsets(samples: np.ndarray, rate: int, gap_s: float = 0.4) -> list[float]:
    """Start times of speech that follows at least `gap_s` of silence (20 ms windows, -45 dB below peak)."""
    window = int(0.02 * rate)
    frames = samples[: len(samples) // window * window].reshape(-1, window)
    level = np.sqrt((frames ** 2).mean(axis=1))
    loud = level > level.max() * 10 ** (-45 / 20)
    onsets, quiet = [], gap_s
    for index, is_loud in enumerate(loud):
        if is_loud and quiet >= gap_s:
            onsets.append(index * window / rate)
        quiet = 0.0 if is_loud else quiet + window / rate
    return onsets


SHORT_TEXT = dict(
    title="Chỉ cần 15 năm đóng BHXH",
    summary="Từ ngày 1/7/2025, đóng đủ 15 năm là được hưởng lương hưu.",
    body="Gọi tổng đài 1900 9068 để được tư vấn.",
    key_figures=(KeyFigure("15 năm", "đóng BHXH tối thiểu"),),
    points=("Áp dụng từ ngày 1/7/2025", "Tra cứu trên ứng dụng VssID"),
)


@pytest.fixture(scope="module")
def narrated_clip(tmp_path_factory):
    from pipeline.audio import AudioSettings, get_engine
    from pipeline.clips.render import render_clip

    text = make_text(**SHORT_TEXT)
    campaign = make_campaign(texts=(text,))
    sentences = narration_sentences(text)
    engine = get_engine("espeak", AudioSettings.from_mapping({}))
    settings = ClipSettings.from_mapping({"sentence_pause_s": 0.6, "max_pause_s": 1.2})
    dest = tmp_path_factory.mktemp("clip")
    media = render_clip(campaign, text, "vertical", dest, settings, sentences=sentences, engine=engine)
    return dest, media, settings, sentences


def test_narrated_clip_delivery(narrated_clip):
    dest, media, settings, _ = narrated_clip
    mp4 = dest / "vertical.mp4"
    assert sorted(p.name for p in dest.iterdir()) == ["vertical.jpg", "vertical.mp4", "vertical.srt",
                                                      "vertical.vtt"]
    report = ffmpeg_report(mp4)
    video = re.search(r"Video: h264 \(High\).*?, yuv420p\(.*?\), 1080x1920.*?, 30 fps", report)
    assert video, report
    audio = re.search(r"Audio: aac \(LC\).*?, 48000 Hz, mono.*?, (\d+) kb/s", report)
    assert audio and 100 <= int(audio[1]) <= 160, report
    boxes = mp4_boxes(mp4)
    assert boxes.index("moov") < boxes.index("mdat")  # +faststart
    info = media["vertical.mp4"]
    assert info["width"] == 1080 and info["height"] == 1920 and info["fps"] == 30
    assert info["captions"] == ["vertical.srt", "vertical.vtt"] and info["faststart"] is True
    with Image.open(dest / "vertical.jpg") as poster:
        assert poster.format == "JPEG" and poster.size == (1080, 1920)


def test_narrated_clip_loudness_and_length(narrated_clip):
    import pyloudnorm

    dest, media, settings, _ = narrated_clip
    samples = decoded_audio(dest / "vertical.mp4")
    lufs = pyloudnorm.Meter(48000).integrated_loudness(samples)
    assert lufs == pytest.approx(-16.0, abs=1.0)
    assert 20 * np.log10(np.abs(samples).max()) <= -0.5  # sample peak, well under the ceiling
    onsets = speech_onsets(samples, 48000)
    last_sound = np.flatnonzero(np.abs(samples) > np.abs(samples).max() * 10 ** (-45 / 20))[-1] / 48000
    duration = media["vertical.mp4"]["duration_s"]
    assert duration == pytest.approx(last_sound + settings.tail_s, abs=0.2)
    assert onsets[0] == pytest.approx(settings.lead_in_s, abs=0.1)


def test_captions_follow_the_speech(narrated_clip):
    dest, media, settings, sentences = narrated_clip
    srt = parse_subtitles((dest / "vertical.srt").read_text(encoding="utf-8"))
    vtt = parse_subtitles((dest / "vertical.vtt").read_text(encoding="utf-8"))
    assert srt == vtt and len(srt) >= len(sentences)
    for start, end, lines in srt:
        assert 1 <= len(lines) <= 2 and all(len(line) <= 42 for line in lines)
        assert len(" ".join(lines)) / (end - start) <= 17.0 + 0.05
    # Every sentence starts after a clear pause: each speech onset opens a caption, within a frame or two.
    onsets = speech_onsets(decoded_audio(dest / "vertical.mp4"), 48000)
    assert len(onsets) == len(sentences)
    cue_starts = [start for start, _, _ in srt]
    for onset in onsets:
        assert min(abs(onset - s) for s in cue_starts) <= 0.08
    # Captions show numbers as written, not as spoken.
    text = " ".join(" ".join(lines) for _, _, lines in srt)
    assert "1900 9068" in text and "1/7/2025" in text


def test_captions_are_burned_in(narrated_clip):
    dest, media, settings, _ = narrated_clip
    srt = parse_subtitles((dest / "vertical.srt").read_text(encoding="utf-8"))
    start, end, _ = srt[0]
    captioned = frame_at(dest / "vertical.mp4", (start + end) / 2).astype(int)
    clean = frame_at(dest / "vertical.mp4", media["vertical.mp4"]["duration_s"] - 0.3).astype(int)
    band = slice(int(1920 * 0.80) - 40, int(1920 * 0.80) - 20)   # just above the bottom UI area
    assert captioned[band, 500:580].mean() < 90          # the dark caption strip
    assert clean[band, 500:580].std(axis=(0, 1)).max() < 12               # no caption in the tail: only the card


def test_silent_landscape_clip(tmp_path):
    from pipeline.clips.render import render_clip

    text = make_text(**SHORT_TEXT)
    campaign = make_campaign(texts=(text,))
    settings = ClipSettings.from_mapping({"silent": True, "motion": "none", "shapes": ["landscape"], 
                                         "silent_cps": 20.0})
    media = render_clip(campaign, text, "landscape", tmp_path, settings, sentences=["Không đọc câu này."],
                        engine=None)
    info = media["landscape.mp4"]
    assert (info["width"], info["height"]) == (1920, 1080) and info["narrated"] is False
    report = ffmpeg_report(tmp_path / "landscape.mp4")
    assert re.search(r"Video: h264 \(High\).*?, yuv420p\(.*?\), 1920x1080", report)
    assert np.abs(decoded_audio(tmp_path / "landscape.mp4")).max() < 1e-3
    srt = parse_subtitles((tmp_path / "landscape.srt").read_text(encoding="utf-8"))
    assert srt and srt[-1][1] <= info["duration_s"] + 0.05
    assert any("1900 9068" in " ".join(lines) for _, _, lines in srt)
    # Nothing burned in (the cards carry the words): the bottom of the safe area is plain card.
    frame = frame_at(tmp_path / "landscape.mp4", 1.0).astype(int)
    assert frame[990:1020, 900:1020].std(axis=(0, 1)).max() < 12


BRANDS = [("#0B5FA5", "#F5A623"), ("#3A8DDE", "#FFD166"), ("#1B5E20", "#A5D6A7"), ("#FFC107", "#0D47A1"),
          ("#7B1FA2", "#FF80AB"), ("#E0E0E0", "#FF7043")]


@pytest.mark.parametrize("primary, accent", BRANDS)
def test_every_card_text_colour_reaches_4_5_to_1(primary, accent):
    from pipeline.imaging.colors import contrast_ratio

    pal = Palette.from_brand(primary, accent)
    on_dark = [pal.primary, pal.primary_deep, pal.primary_soft]
    for name in ("on_primary", "accent_on_primary", "muted_on_primary"):
        for background in on_dark:
            assert contrast_ratio(getattr(pal, name), background) >= 4.5, (name, background)
    for name in ("ink", "accent_ink", "primary_ink"):
        assert contrast_ratio(getattr(pal, name), pal.paper) >= 4.5, name
    assert set(pal.text_colours()) == {"ink", "on_primary", "accent_on_primary", "accent_ink",
                                       "muted_on_primary", "primary_ink"}


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("priority", ["emergency", "priority", "normal"])
def test_opening_card_carries_the_priority_badge(shape, priority):
    from pipeline.clips.cards import card_context, draw_card
    from pipeline.imaging.badge import EMERGENCY_RGB, priority_badge

    text = make_text(priority=priority)
    campaign = make_campaign((text,))
    ctx = card_context(campaign, text, shape, 1.0, captions=True)
    frame = draw_card(Card("opening", 0.0, 2.0, title=text.title), ctx).states[0]
    badge = priority_badge(priority, campaign.brand.accent)
    fill = EMERGENCY_RGB if priority == "emergency" else (badge.fill if badge else None)
    pixels = frame.reshape(-1, 3)
    if fill is None:
        assert not (np.abs(pixels.astype(int) - EMERGENCY_RGB).sum(axis=1) < 6).any()
        return
    count = int((np.abs(pixels.astype(int) - fill).sum(axis=1) < 6).sum())
    assert count > 600, count  # a badge-sized patch of the badge colour


def test_share_span_follows_the_voice_but_keeps_every_cue_readable():
    from pipeline.clips.captions import share_span

    # the second cue holds a short written number that takes long to say ("0,03%")
    durations = share_span(6.0, weights=[60, 40], minimums=[60 / 17, 20 / 17])
    assert abs(sum(durations) - 6.0) < 1e-9
    assert durations[0] >= 60 / 17 - 1e-9 and durations[1] >= 20 / 17 - 1e-9
    assert share_span(10.0, [1, 1], [1, 1]) == [5.0, 5.0]          # room enough: the voice decides
    assert share_span(2.0, [5, 1], [3, 1]) == [1.5, 0.5]           # too little: equal reading speed
