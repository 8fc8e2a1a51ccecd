"""The shortcuts that make mastering fast give what the plain computations give.

Loudness measured by our own K-weighting and gating against pyloudnorm, true peak per block against the full
oversampled envelope, the limiter's interpolation against np.interp, the one-pass float32 horn filter
against the four float64 filters it replaces, and a bulletin's facts measured while decoding against
measure_file.
"""

from __future__ import annotations

import numpy as np
import pyloudnorm
import pytest
from scipy.signal import butter, sosfilt

from conftest import make_campaign
from pipeline.audio import AudioSettings, get_engine
from pipeline.audio.bulletin import measure_mp3_streaming, render_bulletin
from pipeline.audio.master import (PHASE_ROTATOR, PRESENCE_HZ, _allpass_sos, _peaking_sos, block_gains_per_sample,
                                   horn_filter, integrated_lufs, measure_file, sosfilt32, true_peak_blocks,
                                   true_peak_envelope)

RATE = 44100


def speechlike(seconds: float, seed: int = 3) -> np.ndarray:
    """Noise in 100 ms bursts of changing level, with a stretch of digital silence (a pause)."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    levels = np.repeat(rng.uniform(0.0, 0.4, n // 4410 + 1), 4410)[:n]
    samples = (rng.standard_normal(n) * levels).astype(np.float32)
    samples[RATE: 3 * RATE] = 0.0
    return samples


def test_loudness_is_pyloudnorms():
    samples = speechlike(20)
    assert integrated_lufs(samples, RATE) == pytest.approx(
        pyloudnorm.Meter(RATE).integrated_loudness(samples.astype(np.float64)), abs=0.01)
    stereo = np.stack([samples, 0.5 * samples], axis=1)
    assert integrated_lufs(stereo, RATE) == pytest.approx(pyloudnorm.Meter(RATE).integrated_loudness(stereo), abs=0.01)
    assert integrated_lufs(samples[: RATE // 4], RATE) == float("-inf")


@pytest.mark.parametrize("block, floor", [(44, 0.0), (44, 0.5), (128, 0.9), (1024, 2.0)])
def test_true_peak_blocks_are_exact_where_they_matter(block, floor):
    samples = speechlike(8)
    envelope = true_peak_envelope(samples)
    blocks = -(-len(samples) // block)
    padded = np.zeros(blocks * block, np.float32)
    padded[: len(samples)] = envelope
    exact = padded.reshape(blocks, block).max(axis=1)
    got = true_peak_blocks(samples, block, floor)
    assert (got >= exact - 1e-6).all()                       # never under the true peak
    loud = got > floor
    assert np.array_equal(got[loud], exact[loud])            # exact wherever it could reach the floor
    assert loud[exact > floor].all()                         # no block over the floor is missed


@pytest.mark.parametrize("block", [44, 45])
def test_limiter_gains_are_interpolated_as_np_interp_would(block):
    gains = np.random.default_rng(1).uniform(0.3, 1.0, 200)
    length = 200 * block - 7
    expected = np.interp(np.arange(length), (np.arange(200) + 0.5) * block, gains)
    assert np.abs(block_gains_per_sample(gains, block, length) - expected).max() < 1e-6


def test_one_float32_pass_is_the_four_filters():
    samples = speechlike(6)
    settings = AudioSettings()
    one_pass = sosfilt32(horn_filter(RATE, settings.presence_db, settings.highpass_hz, settings.lowpass_hz), samples)
    x = samples.astype(np.float64)
    x = sosfilt(_peaking_sos(PRESENCE_HZ, settings.presence_db, 0.9, RATE)[np.newaxis, :], x)
    x = sosfilt(butter(6, settings.highpass_hz, btype="highpass", fs=RATE, output="sos"), x)
    x = sosfilt(butter(4, settings.lowpass_hz, btype="lowpass", fs=RATE, output="sos"), x)
    x = sosfilt(np.vstack([_allpass_sos(f, q, RATE) for f, q in PHASE_ROTATOR]), x)
    error = np.sqrt(np.mean((one_pass - x) ** 2)) / np.sqrt(np.mean(x ** 2))
    assert error < 10 ** (-80 / 20)   # -80 dB: float32 rounding, nothing audible


def test_a_bulletins_facts_measured_while_decoding_are_measure_files(tmp_path):
    campaign = make_campaign()
    engine = get_engine("espeak", AudioSettings())
    media = render_bulletin(campaign, campaign.texts[0], tmp_path / "b.mp3", tmp_path / "b.txt",
                            AudioSettings(engine="espeak", repeat=1), engine)
    assert media == measure_mp3_streaming(tmp_path / "b.mp3")
    reference = measure_file(tmp_path / "b.mp3")
    assert media["lufs"] == pytest.approx(reference["lufs"], abs=0.02)
    assert media["true_peak_dbtp"] == pytest.approx(reference["true_peak_dbtp"], abs=0.02)
    assert media["duration_s"] == pytest.approx(reference["duration_s"], abs=0.03)
    assert (media["sample_rate"], media["channels"], media["bitrate_kbps"]) == (44100, 1, 96)
    assert -16.5 <= pyloudnorm.Meter(RATE).integrated_loudness(decoded(tmp_path / "b.mp3")) <= -15.5


def decoded(path) -> np.ndarray:
    from pipeline.audio.ffmpeg import decode_audio

    return decode_audio(path, RATE, 1).astype(np.float64)
