"""Audio stage: engines, mastering for horns, bulletins — checked on the decoded files, as a station would."""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import threading

import mutagen.id3
import mutagen.mp3
import numpy as np
import pyloudnorm
import pytest
import scipy.fft
from scipy.signal import resample_poly

from conftest import make_campaign, make_text
from gtts_standin import TONE_S, GoogleStandIn
from pipeline.atomic import sha256_file
from pipeline.audio import AudioSettings, EngineUnavailable, Speech, get_engine
from pipeline.audio.bulletin import bulletin_paragraphs, message_from_script, render_bulletin, script_text
from pipeline.audio.chime import CHIME_NOTES_HZ, make_chime
from pipeline.audio.ffmpeg import decode_audio, probe_audio
from pipeline.audio.gtts_engine import GttsEngine
from pipeline.audio.master import change_tempo, encode_mp3, master_for_horns, measure_file, normalize_loudness
from pipeline.errors import RenderError

RATE = 44100
FAST_GTTS = dict(gtts_backoff_s=0.001, gtts_probe_timeout_s=1.0, gtts_timeout_s=5.0)


# --- independent measurements (pyloudnorm, scipy; not the pipeline's own helpers) -----------------------------

def decoded(path) -> np.ndarray:
    """The MP3 decoded by ffmpeg at its own rate and channel count."""
    return decode_audio(path).astype(np.float64)


def lufs_of(samples: np.ndarray, rate: int = RATE) -> float:
    """Integrated loudness by pyloudnorm."""
    return pyloudnorm.Meter(rate).integrated_loudness(samples)


def true_peak_of(samples: np.ndarray) -> float:
    """dBTP from a 4x polyphase upsampling by scipy."""
    return 20 * np.log10(np.max(np.abs(resample_poly(samples, 4, 1))))


def band_share(samples: np.ndarray, low_hz: float, high_hz: float, rate: int = RATE) -> float:
    """Share of the signal's energy between two frequencies."""
    size = scipy.fft.next_fast_len(len(samples), real=True)  # a length with a large prime factor is slow
    power = np.abs(scipy.fft.rfft(samples, n=size)) ** 2
    freqs = scipy.fft.rfftfreq(size, 1 / rate)
    return float(power[(freqs >= low_hz) & (freqs < high_hz)].sum() / power.sum())


def dominant_hz(samples: np.ndarray, rate: int = RATE) -> float:
    """The strongest frequency of a stretch of audio."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[np.argmax(spectrum)])


def median_f0(samples: np.ndarray, rate: int = RATE) -> float:
    """Median pitch of the voiced 40 ms frames, by autocorrelation."""
    frame = int(0.04 * rate)
    pitches = []
    for start in range(0, len(samples) - frame, frame):
        seg = samples[start:start + frame] - samples[start:start + frame].mean()
        if np.sqrt(np.mean(seg ** 2)) < 0.03:
            continue
        ac = np.correlate(seg, seg, "full")[frame - 1:]
        low, high = int(rate / 400), int(rate / 70)
        lag = low + int(np.argmax(ac[low:high]))
        if ac[lag] > 0.4 * ac[0]:
            pitches.append(rate / lag)
    return float(np.median(pitches))


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """gTTS routes through proxies from the environment; the stand-in is local."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


# --- settings -------------------------------------------------------------------------------------------------

def test_settings_defaults_suit_horns():
    settings = AudioSettings.from_mapping({})
    assert (settings.engine, settings.target_lufs, settings.true_peak_dbtp, settings.repeat,
            settings.bitrate_kbps, settings.gtts_tld) == ("auto", -16.0, -1.5, 2, 96, "com.vn")
    assert AudioSettings.from_mapping(None) == AudioSettings()


def test_settings_from_mapping_reads_values():
    settings = AudioSettings.from_mapping({"engine": "espeak", "repeat": 3, "target_lufs": -18,
                                           "speed": 0.9, "chime": False})
    assert settings.engine == "espeak" and settings.repeat == 3 and settings.chime is False
    assert settings.target_lufs == -18.0 and isinstance(settings.target_lufs, float)
    params = settings.as_params()
    assert json.loads(json.dumps(params)) == params
    assert params["repeat"] == 3 and params["espeak_rate"] == settings.espeak_rate
    assert "gtts_timeout_s" not in params  # how Google is reached does not change the audio


@pytest.mark.parametrize("data, field", [
    ({"colour": "red"}, "audio.colour"),
    ({"engine": "google"}, "audio.engine"),
    ({"repeat": 0}, "audio.repeat"),
    ({"repeat": True}, "audio.repeat"),
    ({"repeat": 1.5}, "audio.repeat"),
    ({"bitrate_kbps": 100}, "audio.bitrate_kbps"),
    ({"target_lufs": "loud"}, "audio.target_lufs"),
    ({"true_peak_dbtp": 2}, "audio.true_peak_dbtp"),
    ({"speed": 3}, "audio.speed"),
    ({"chime": "yes"}, "audio.chime"),
    ({"espeak_rate": 20}, "audio.espeak_rate"),
    ({"gtts_tld": "google.com/"}, "audio.gtts_tld"),
    ({"voice": "vi; rm -rf"}, "audio.voice"),
])
def test_settings_reject_bad_values_naming_the_field(data, field):
    with pytest.raises(ValueError, match=re.escape(field + ":")):
        AudioSettings.from_mapping(data)


def test_settings_report_every_problem_at_once():
    problems = AudioSettings.problems({"engine": "x", "repeat": 9, "colour": 1})
    assert sorted(p.split(":")[0] for p in problems) == ["audio.colour", "audio.engine", "audio.repeat"]
    assert AudioSettings.problems("espeak") == ["audio: must be a mapping of settings, not str"]


# --- espeak -----------------------------------------------------------------------------------------------------

SENTENCE = "Kính thưa bà con, sau đây là thông tin của Bảo hiểm xã hội Việt Nam."  # 15 syllables


def test_espeak_speaks_vietnamese_at_an_outdoor_pace():
    engine = get_engine("espeak", AudioSettings())
    speech = engine.synthesize(SENTENCE)
    assert isinstance(speech, Speech) and speech.sample_rate == RATE and speech.samples.dtype == np.float32
    assert speech.samples.ndim == 1
    assert np.sqrt(np.mean(speech.samples ** 2)) > 0.02           # not silence
    assert np.max(np.abs(speech.samples)) < 0.95                  # lowered from espeak's full scale
    syllables_per_s = 15 / speech.duration_s
    assert 2.5 <= syllables_per_s <= 5.0, syllables_per_s
    assert engine.name == "espeak" and engine.version.startswith("espeak-ng 1.")
    assert engine.settings()["voice"] == AudioSettings().voice


@pytest.mark.parametrize("voice", ["vi+f3", "vi"])
def test_espeak_says_a_sentence_the_same_whatever_it_said_before(voice):
    # libespeak-ng's static state (pitch flutter...) made a bulletin depend on its worker's history
    engine = get_engine("espeak", AudioSettings(voice=voice))
    first = engine.synthesize(SENTENCE).samples
    engine.synthesize("Một câu khác hẳn, dài hơn một chút, để giọng đọc đi tiếp.")
    again = engine.synthesize(SENTENCE).samples
    assert len(first) == len(again) and np.array_equal(first, again)


def test_espeak_speaks_on_after_its_helper_process_dies_and_in_a_forked_child():
    from pipeline.audio import espeak

    engine = get_engine("espeak", AudioSettings())
    first = engine.synthesize(SENTENCE).samples
    espeak._STATE["helper"].process.kill()            # as the OOM killer or a stray kill would
    espeak._STATE["helper"].process.wait()
    assert np.array_equal(engine.synthesize(SENTENCE).samples, first)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # a forked build worker: its own helper, the same samples
        try:
            same = np.array_equal(engine.synthesize(SENTENCE).samples, first)
            os.write(write_fd, b"1" if same else b"0")
        finally:
            os._exit(0)
    os.close(write_fd)
    answer = os.read(read_fd, 1)
    os.waitpid(pid, 0)
    assert answer == b"1"


def test_espeak_rate_and_pitch_settings_take_effect():
    slow = get_engine("espeak", AudioSettings(espeak_rate=110)).synthesize(SENTENCE)
    fast = get_engine("espeak", AudioSettings(espeak_rate=200)).synthesize(SENTENCE)
    assert slow.duration_s > 1.5 * fast.duration_s
    low = get_engine("espeak", AudioSettings(espeak_pitch=30)).synthesize(SENTENCE)
    high = get_engine("espeak", AudioSettings(espeak_pitch=70)).synthesize(SENTENCE)
    assert median_f0(high.samples) > 1.2 * median_f0(low.samples)


def test_espeak_is_safe_from_several_threads():
    # libespeak-ng is one global state: without the lock, callbacks of two syntheses would interleave.
    slow = get_engine("espeak", AudioSettings(espeak_rate=110))
    fast = get_engine("espeak", AudioSettings(espeak_rate=250))
    alone = {engine: engine.synthesize(SENTENCE).samples for engine in (slow, fast)}
    results: list[tuple] = []

    def speak(engine):
        results.append((engine, engine.synthesize(SENTENCE).samples))

    threads = [threading.Thread(target=speak, args=(engine,)) for engine in (slow, fast, slow, fast)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4
    for engine, samples in results:
        # espeak-ng's pitch flutter carries over between utterances: a few samples of difference at most.
        assert abs(len(samples) - len(alone[engine])) < 0.01 * len(alone[engine])


def test_espeak_unknown_voice_is_a_clear_error():
    with pytest.raises(EngineUnavailable, match=r"^espeak: no voice 'zz'"):
        get_engine("espeak", AudioSettings(voice="zz"))
    assert get_engine("espeak", AudioSettings()).synthesize("Xin chào.").duration_s > 0.3


def test_unknown_engine_name():
    with pytest.raises(ValueError, match="unknown audio engine"):
        get_engine("festival", AudioSettings())


# --- mastering --------------------------------------------------------------------------------------------------

def test_master_for_horns_band_limits_and_levels_any_input():
    rng = np.random.default_rng(7)
    t = np.arange(6 * RATE) / RATE
    # Hum and rumble at 50/100 Hz, a voice-like buzz, a burst of hiss: what a bad recording brings.
    raw = 0.4 * np.sin(2 * np.pi * 50 * t) + 0.2 * np.sin(2 * np.pi * 100 * t)
    raw += 0.3 * np.sign(np.sin(2 * np.pi * 220 * t)) * (np.sin(2 * np.pi * 2 * t) > 0)
    raw += 0.05 * rng.standard_normal(len(t))
    out = master_for_horns(raw, RATE, AudioSettings())
    assert out.dtype == np.float32 and len(out) == len(raw)
    assert abs(lufs_of(out) - -16.0) < 0.2
    assert true_peak_of(out) <= -1.5 - 0.4  # mastered with headroom for the MP3 encoder
    assert band_share(raw, 0, 150) > 0.5 and band_share(out, 0, 150) < 0.01
    assert band_share(out, 9000, RATE / 2) < 0.001


def test_normalize_loudness_hits_target_under_the_ceiling():
    t = np.arange(4 * RATE) / RATE
    quiet_peaky = 0.02 * np.sin(2 * np.pi * 440 * t) + 0.6 * (np.arange(len(t)) % 11025 == 0)
    out = normalize_loudness(quiet_peaky, RATE, target_lufs=-16.0, true_peak_dbtp=-1.0)
    assert abs(lufs_of(out) - -16.0) < 0.1
    assert true_peak_of(out) <= -1.0 + 0.05
    silence = normalize_loudness(np.zeros(RATE), RATE)
    assert not np.any(silence)


def test_change_tempo_keeps_the_pitch():
    t = np.arange(2 * RATE) / RATE
    tone = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    faster = change_tempo(tone, RATE, 1.25)
    assert abs(len(faster) / RATE - 1.6) < 0.05
    assert abs(dominant_hz(faster[RATE // 4: RATE]) - 440) < 5
    assert change_tempo(tone, RATE, 1.0) is not None and len(change_tempo(tone, RATE, 1.0)) == len(tone)


def test_chime_is_ours_and_tuneful():
    rising, falling = make_chime(RATE, rising=True), make_chime(RATE, rising=False)
    assert 1.5 < len(rising) / RATE < 3.0 and np.max(np.abs(rising)) <= 0.5 + 1e-6
    assert abs(dominant_hz(rising[:int(0.4 * RATE)]) - CHIME_NOTES_HZ[0]) < 5
    assert abs(dominant_hz(falling[:int(0.4 * RATE)]) - CHIME_NOTES_HZ[-1]) < 5
    assert abs(rising[0]) < 1e-3 and abs(rising[-1]) < 1e-3  # no click at either end


def test_encode_mp3_is_cbr_mono_tagged_atomic_and_reproducible(tmp_path):
    t = np.arange(3 * RATE) / RATE
    tone = (0.25 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
    tags = {"title": "Chỉ cần 15 năm", "artist": "Bảo hiểm xã hội Việt Nam", "album": "Luật BHXH 2024",
            "date": "2026-11-24", "priority": "emergency", "comment": "khẩn cấp"}
    first, second = tmp_path / "a.mp3", tmp_path / "b.mp3"
    encode_mp3(tone, RATE, first, bitrate_kbps=64, tags=tags)
    encode_mp3(tone, RATE, second, bitrate_kbps=64, tags=tags)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.mp3", "b.mp3"]  # no temp files left
    assert sha256_file(first) == sha256_file(second)
    info = mutagen.mp3.MP3(first).info
    assert (info.sample_rate, info.channels, round(info.bitrate / 1000)) == (44100, 1, 64)
    assert info.bitrate_mode in (mutagen.mp3.BitrateMode.CBR, mutagen.mp3.BitrateMode.UNKNOWN)
    id3 = mutagen.id3.ID3(first)
    assert id3.version[:2] == (2, 3)
    assert str(id3["TIT2"]) == "Chỉ cần 15 năm" and str(id3["TPE1"]) == "Bảo hiểm xã hội Việt Nam"
    assert str(id3["TXXX:priority"]) == "emergency"
    # Level survives encoding (LAME's own scaling is undone).
    assert abs(np.sqrt(np.mean(decoded(first)[RATE:2 * RATE] ** 2)) / np.sqrt(np.mean(tone[RATE:2 * RATE] ** 2))
               - 1.0) < 0.02
    with pytest.raises(ValueError, match="unknown ID3 tag"):
        encode_mp3(tone, RATE, tmp_path / "c.mp3", tags={"colour": "blue"})
    assert not (tmp_path / "c.mp3").exists()


# --- bulletins --------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def espeak_engine():
    return get_engine("espeak", AudioSettings())


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, espeak_engine):
    """The fixture text rendered with repeat 1 and with the default repeat 2."""
    campaign = make_campaign()
    text = campaign.texts[0]
    out = tmp_path_factory.mktemp("audio")
    results = {}
    for repeat in (1, 2):
        settings = AudioSettings(engine="espeak", repeat=repeat)
        mp3, script = out / f"r{repeat}.mp3", out / f"r{repeat}.txt"
        media = render_bulletin(campaign, text, mp3, script, settings, espeak_engine)
        results[repeat] = (mp3, script, media)
    return results


def test_bulletin_mp3_is_what_a_horn_station_expects(rendered):
    mp3, _, media = rendered[2]
    info = mutagen.mp3.MP3(mp3).info
    assert (info.sample_rate, info.channels, round(info.bitrate / 1000)) == (44100, 1, 96)
    assert probe_audio(mp3).codec == "mp3"
    samples = decoded(mp3)
    assert samples.ndim == 1
    lufs = lufs_of(samples)
    assert abs(lufs - -16.0) <= 1.0, lufs
    assert abs(lufs - -16.0) <= 0.3, lufs  # in practice much closer than the tolerance
    assert true_peak_of(samples) <= -1.5
    assert band_share(samples, 0, 150) < 0.01
    assert band_share(samples, 300, 4000) > 0.5
    # Small enough for 3G: 96 kb/s is 12 kB a second.
    assert mp3.stat().st_size < 12_500 * info.length


def test_bulletin_media_dict_matches_the_file(rendered):
    mp3, _, media = rendered[2]
    samples = decoded(mp3)
    assert set(media) == {"duration_s", "lufs", "true_peak_dbtp", "sample_rate", "channels", "bitrate_kbps"}
    assert abs(media["duration_s"] - len(samples) / RATE) < 0.01
    assert abs(media["lufs"] - lufs_of(samples)) < 0.05
    assert abs(media["true_peak_dbtp"] - true_peak_of(samples)) < 0.1
    assert (media["sample_rate"], media["channels"], media["bitrate_kbps"]) == (44100, 1, 96)
    assert json.loads(json.dumps(media)) == media
    assert measure_file(mp3) == media


def test_bulletin_tags(rendered):
    mp3, _, _ = rendered[2]
    id3 = mutagen.id3.ID3(mp3)
    campaign, text = make_campaign(), make_text()
    assert str(id3["TIT2"]) == text.title
    assert str(id3["TPE1"]) == campaign.organisation
    assert str(id3["TALB"]) == campaign.name
    assert str(id3["TDRC"]).startswith("2026")  # the approval date
    assert str(id3["TXXX:priority"]) == "normal"
    assert "luong-huu-15-nam" in str(id3.getall("COMM")[0])


def test_bulletin_repeat_and_script(rendered):
    _, script1, media1 = rendered[1]
    _, script2, media2 = rendered[2]
    once, twice = script1.read_text(encoding="utf-8"), script2.read_text(encoding="utf-8")
    assert "Xin nhắc lại" not in once and twice.count("Xin nhắc lại") == 1
    assert twice.startswith("Kính thưa bà con!") and "Bảo hiểm xã hội Việt Nam" in twice.split("\n")[0]
    # The message (after the opening) comes twice; the repeat makes the bulletin much longer.
    message = once.split("\n\n")[1:-1]
    assert message and all(twice.count(paragraph) == 2 for paragraph in message)
    assert message_from_script(twice) == message_from_script(once) == message
    assert media2["duration_s"] > media1["duration_s"] * 1.6
    # Prepared for speech: numbers, dates and abbreviations spelt out.
    assert not re.search(r"\d", twice) and "BHXH" not in twice
    assert "mười lăm năm" in twice
    # The body is read; the summary (the print lead, restating it) only when there is no body.
    assert "thay vì hai mươi năm như trước" not in twice
    no_body = script_text(bulletin_paragraphs(make_campaign(), make_text(body=""), AudioSettings()))
    assert no_body.count("thay vì hai mươi năm như trước") == 2

def test_bulletin_speaks_at_an_outdoor_pace_between_chimes(rendered):
    mp3, script, media = rendered[1]
    samples = decoded(mp3)
    syllables = len(re.findall(r"\w+", script.read_text(encoding="utf-8")))
    frame = int(0.02 * RATE)
    energy = (samples[: len(samples) // frame * frame].reshape(-1, frame) ** 2).mean(axis=1)
    voiced_s = (energy > energy.max() * 1e-4).sum() * 0.02
    assert 2.5 <= syllables / media["duration_s"] <= 5.0
    assert syllables / voiced_s <= 5.0
    # Opening chime: the first note right after the lead-in; closing chime: the last note at the end.
    first_note = samples[int(0.32 * RATE): int(0.7 * RATE)]
    assert abs(dominant_hz(first_note) - CHIME_NOTES_HZ[0]) < 8
    last_note = samples[-int(1.8 * RATE): -int(1.2 * RATE)]
    assert abs(dominant_hz(last_note) - CHIME_NOTES_HZ[0]) < 8


def test_bulletin_without_chime_and_faster(tmp_path, espeak_engine):
    campaign = make_campaign()
    short = make_text(summary="Đóng đủ 15 năm là được hưởng lương hưu.", body="Gọi tổng đài 1900 9068.")
    media = {}
    for speed in (1.0, 1.3):
        settings = AudioSettings(repeat=1, chime=False, speed=speed)
        media[speed] = render_bulletin(campaign, short, tmp_path / f"{speed}.mp3", tmp_path / f"{speed}.txt",
                                       settings, espeak_engine)
    ratio = media[1.0]["duration_s"] / media[1.3]["duration_s"]
    assert 1.2 < ratio < 1.35
    assert abs(media[1.3]["lufs"] - -16.0) < 0.5


def test_bulletin_masters_again_when_the_encoder_lifts_peaks(tmp_path, espeak_engine, monkeypatch, caplog):
    import pipeline.audio.bulletin as bulletin

    monkeypatch.setattr(bulletin, "MP3_HEADROOM_DB", -0.5)  # first pass over the ceiling, on purpose
    short = make_text(body="Gọi tổng đài 1900 9068 để được tư vấn miễn phí.")
    with caplog.at_level(logging.INFO, logger="pipeline.audio"):
        media = render_bulletin(make_campaign(), short, tmp_path / "p.mp3", tmp_path / "p.txt",
                                AudioSettings(repeat=1, true_peak_dbtp=-1.0), espeak_engine)
    assert "mastering again" in caplog.text
    assert media["true_peak_dbtp"] <= -1.0 and true_peak_of(decoded(tmp_path / "p.mp3")) <= -1.0
    assert abs(media["lufs"] - -16.0) < 0.3


def test_bulletin_opening_follows_priority_and_adds_the_hotline():
    campaign = make_campaign()
    urgent = make_text(priority="emergency", body="Người lao động cần kiểm tra quá trình đóng.")
    paragraphs = bulletin_paragraphs(campaign, urgent, AudioSettings(repeat=1))
    script = script_text(paragraphs)
    assert script.startswith("Thông báo khẩn!")
    assert "tổng đài" in script.split("\n\n")[-2]  # hotline not in the text: added at the end of the message
    normal = script_text(bulletin_paragraphs(campaign, make_text(), AudioSettings(repeat=1)))
    assert normal.count("tổng đài") == 1  # the body already gives it


def test_bulletin_uses_the_campaign_lexicon():
    campaign = make_campaign()
    text = make_text(body="Tải ứng dụng XYZQ về điện thoại.")
    lexicon = {"XYZQ": "ích y dét quy"}
    assert "ích y dét quy" in script_text(bulletin_paragraphs(campaign, text, AudioSettings(), lexicon))
    assert "ích y dét quy" not in script_text(bulletin_paragraphs(campaign, text, AudioSettings()))


def test_bulletin_with_nothing_to_read_is_a_render_error(tmp_path, espeak_engine):
    empty = make_text(title=" ", summary=" ", body="")
    with pytest.raises(RenderError, match=empty.id):
        render_bulletin(make_campaign(), empty, tmp_path / "x.mp3", tmp_path / "x.txt", AudioSettings(),
                        espeak_engine)
    assert not any(tmp_path.iterdir())


# --- gTTS against a local stand-in for Google -------------------------------------------------------------------

LONG_SENTENCE = ("Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, người lao động chỉ cần đóng "
                 "bảo hiểm xã hội đủ mười lăm năm là được hưởng lương hưu hằng tháng, thay vì hai mươi năm như trước.")


@pytest.fixture
def google():
    with GoogleStandIn() as standin:
        yield standin


def closed_port() -> int:
    """A local port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gtts_speaks_in_phrase_chunks(google, tmp_path):
    engine = get_engine("gtts", AudioSettings(**FAST_GTTS), cache_dir=tmp_path, gtts_base_url=google.base_url)
    assert engine.name == "gtts" and engine.version == "gTTS 2.5.4"
    assert engine.settings() == {"lang": "vi", "tld": "com.vn", "slow": False}
    speech = engine.synthesize(LONG_SENTENCE)
    assert len(google.texts) >= 2 and all(len(t) <= 100 for t in google.texts)
    assert " ".join(google.texts) == LONG_SENTENCE  # nothing lost, no word cut
    assert all(t.endswith((",", ".")) for t in google.texts)  # cut after phrases, not mid-phrase
    assert speech.sample_rate == RATE and speech.samples.dtype == np.float32
    expected = len(google.texts) * TONE_S
    assert expected - 0.2 < speech.duration_s < expected + 0.2 * len(google.texts)
    assert abs(dominant_hz(speech.samples[: int(0.4 * RATE)]) - 440) < 5


def test_gtts_cache_never_asks_twice(google, tmp_path):
    settings = AudioSettings(**FAST_GTTS)
    engine = GttsEngine(settings, cache_dir=tmp_path, base_url=google.base_url)
    first = engine.synthesize("Xin chào bà con.")
    assert google.texts == ["Xin chào bà con."]
    again = GttsEngine(settings, cache_dir=tmp_path, base_url=google.base_url).synthesize("Xin chào bà con.")
    assert google.texts == ["Xin chào bà con."] and np.array_equal(first.samples, again.samples)
    assert len(list(tmp_path.rglob("*.mp3"))) == 1
    # Other settings are another voice: asked again.
    GttsEngine(AudioSettings(gtts_tld="com", **FAST_GTTS), cache_dir=tmp_path,
               base_url=google.base_url).synthesize("Xin chào bà con.")
    assert len(google.texts) == 2


def test_gtts_retries_429_and_5xx_with_backoff(google, tmp_path):
    delays: list[float] = []
    engine = GttsEngine(AudioSettings(**FAST_GTTS), cache_dir=tmp_path, base_url=google.base_url,
                        sleep=delays.append)
    google.failures = [429, 503]
    speech = engine.synthesize("Một câu ngắn.")
    assert speech.duration_s > 0.3
    assert google.texts == ["Một câu ngắn."] * 3
    assert len(delays) == 2 and delays[1] == 2 * delays[0]


def test_gtts_persistent_5xx_is_engine_unavailable(google, tmp_path):
    engine = GttsEngine(AudioSettings(gtts_retries=2, **FAST_GTTS), cache_dir=tmp_path, base_url=google.base_url,
                        sleep=lambda s: None)
    google.failures = [500] * 10
    with pytest.raises(EngineUnavailable, match=r"^gTTS: .*HTTP 500.* 3 times"):
        engine.synthesize("Câu thứ ba.")
    assert len(google.texts) == 3
    assert not list(tmp_path.rglob("*.mp3"))  # a failure is not cached


def test_gtts_timeout_is_engine_unavailable(google, tmp_path):
    google.delay_s = 1.0
    engine = GttsEngine(AudioSettings(gtts_timeout_s=0.2, gtts_backoff_s=0.001), cache_dir=tmp_path,
                        base_url=google.base_url)
    with pytest.raises(EngineUnavailable, match=r"^gTTS: cannot reach 127.0.0.1:\d+: timed out"):
        engine.synthesize("Xin chào.")


def test_gtts_connection_refused_is_engine_unavailable(tmp_path):
    port = closed_port()
    with pytest.raises(EngineUnavailable, match=rf"^gTTS: cannot reach 127.0.0.1:{port}: connection refused"):
        get_engine("gtts", AudioSettings(**FAST_GTTS), cache_dir=tmp_path, gtts_base_url=f"http://127.0.0.1:{port}")
    engine = GttsEngine(AudioSettings(**FAST_GTTS), cache_dir=tmp_path, base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(EngineUnavailable, match="connection refused"):
        engine.synthesize("Xin chào.")


def test_auto_falls_back_to_espeak_with_a_warning(tmp_path, caplog):
    port = closed_port()
    with caplog.at_level(logging.WARNING, logger="pipeline.audio"):
        engine = get_engine("auto", AudioSettings(**FAST_GTTS), cache_dir=tmp_path,
                            gtts_base_url=f"http://127.0.0.1:{port}")
    assert engine.name == "espeak"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings and "cannot reach" in warnings[0].getMessage() and "espeak" in warnings[0].getMessage()


def test_auto_uses_gtts_when_google_answers(google, tmp_path):
    engine = get_engine("auto", AudioSettings(**FAST_GTTS), cache_dir=tmp_path, gtts_base_url=google.base_url)
    assert engine.name == "gtts"
    assert engine.describe()["version"].startswith("gTTS")


def test_bulletin_with_gtts_engine(google, tmp_path):
    engine = get_engine("gtts", AudioSettings(**FAST_GTTS), cache_dir=tmp_path / "cache",
                        gtts_base_url=google.base_url)
    media = render_bulletin(make_campaign(), make_text(), tmp_path / "g.mp3", tmp_path / "g.txt",
                            AudioSettings(**FAST_GTTS), engine)
    assert abs(media["lufs"] - -16.0) < 0.5 and media["true_peak_dbtp"] <= -1.5
    # Every distinct chunk asked once, even though the message is read twice.
    assert len(google.texts) == len(set(google.texts))
