"""Mastering for horn loudspeakers (band limit, gentle compression, loudness, true-peak limit) and MP3 delivery."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any, Mapping

import numpy as np
from scipy.ndimage import minimum_filter1d, uniform_filter1d
from scipy.signal import butter, firwin, sosfilt, upfirdn

from pipeline.atomic import atomic_path
from pipeline.audio.ffmpeg import decode_audio, filter_mono, probe_audio, run_ffmpeg
from pipeline.audio.settings import AudioSettings

log = logging.getLogger(__name__)

DELIVERY_RATE = 44100
OVERSAMPLING = 4                 # true peak per ITU-R BS.1770: peak of the 4x oversampled signal
MP3_HEADROOM_DB = 0.5            # decoding an MP3 can lift peaks a little: master this far under the ceiling
PRE_LEVEL_LUFS = -20.0           # the compressor's threshold is absolute: level the input here first
COMPRESSOR_THRESHOLD_DB = -22.0  # RMS dBFS over 1 ms blocks, for input at PRE_LEVEL_LUFS
LIMITER_BLOCK_S = 0.001          # the limiter's gain is computed per 1 ms block, then interpolated
# All-pass sections (centre Hz, Q): a "phase rotator" makes buzz-excited speech less peaky (2 dB lower
# crest factor on espeak-ng) without changing how it sounds, so the limiter has less to do.
PHASE_ROTATOR = ((150.0, 0.5), (300.0, 0.7), (600.0, 0.7), (1200.0, 0.7))
PRESENCE_HZ = 3000.0
_GATE_BLOCK_S, _GATE_STEP_S = 0.4, 0.1  # BS.1770 gating blocks: 400 ms, 75 % overlap
ID3_FIELDS = ("title", "artist", "album", "date", "comment", "priority", "genre", "language")


def to_mono(samples: np.ndarray) -> np.ndarray:
    """Average the channels of a (n, channels) array; mono input is returned as float64."""
    samples = np.asarray(samples, dtype=np.float64)
    return samples.mean(axis=1) if samples.ndim == 2 else samples


def _band_sos(sample_rate: int, highpass_hz: float, lowpass_hz: float) -> np.ndarray:
    sos_high = butter(6, highpass_hz, btype="highpass", fs=sample_rate, output="sos")
    sos_low = butter(4, min(lowpass_hz, 0.45 * sample_rate), btype="lowpass", fs=sample_rate, output="sos")
    return np.vstack([sos_high, sos_low])


@functools.lru_cache(maxsize=16)
def horn_filter(sample_rate: int, presence_db: float, highpass_hz: float, lowpass_hz: float) -> np.ndarray:
    """The whole horn filter as one cascade of float32 SOS rows: presence lift, phase rotator, band limit.

    Linear filters in series commute, so one sosfilt pass over the signal does what four did.
    """
    rows = [np.vstack([_allpass_sos(f, q, sample_rate) for f, q in PHASE_ROTATOR]),
            _band_sos(sample_rate, highpass_hz, lowpass_hz)]
    if abs(presence_db) >= 1e-6:
        rows.insert(0, _peaking_sos(PRESENCE_HZ, presence_db, 0.9, sample_rate)[np.newaxis, :])
    return np.vstack(rows).astype(np.float32)


def sosfilt32(sos: np.ndarray, samples: np.ndarray, zi: np.ndarray | None = None):
    """scipy's sosfilt in float32 (three times faster than float64 on this kind of machine), with its state
    `zi` when given (then returns (output, state)).

    In a pause the filters' states decay towards zero and reach float32's subnormal numbers, which the CPU
    handles a hundred times slower: a -600 dB signal at half the sample rate keeps them out of that range
    (it made the horn filter 7x faster on speech with pauses).
    """
    keep_alive = np.full(len(samples), 1e-30, dtype=np.float32)
    keep_alive[1::2] = -1e-30
    signal = np.asarray(samples, dtype=np.float32) + keep_alive
    sos = np.asarray(sos, dtype=np.float32)
    return sosfilt(sos, signal) if zi is None else sosfilt(sos, signal, zi=zi)


def _allpass_sos(centre_hz: float, q: float, sample_rate: int) -> np.ndarray:
    """One second-order all-pass section (RBJ cookbook) as an SOS row."""
    w0 = 2 * np.pi * centre_hz / sample_rate
    alpha = np.sin(w0) / (2 * q)
    cos_w0 = np.cos(w0)
    b = np.array([1 - alpha, -2 * cos_w0, 1 + alpha])
    a = np.array([1 + alpha, -2 * cos_w0, 1 - alpha])
    return np.concatenate([b / a[0], a / a[0]])


def _peaking_sos(centre_hz: float, gain_db: float, q: float, sample_rate: int) -> np.ndarray:
    """One peaking-EQ section (RBJ cookbook) as an SOS row."""
    amplitude = 10 ** (gain_db / 40)
    w0 = 2 * np.pi * centre_hz / sample_rate
    alpha = np.sin(w0) / (2 * q)
    cos_w0 = np.cos(w0)
    b = np.array([1 + alpha * amplitude, -2 * cos_w0, 1 - alpha * amplitude])
    a = np.array([1 + alpha / amplitude, -2 * cos_w0, 1 - alpha / amplitude])
    return np.concatenate([b / a[0], a / a[0]])


@functools.lru_cache(maxsize=None)
def k_weighting(sample_rate: int) -> np.ndarray:
    """BS.1770 K-weighting (pyloudnorm's shelf and high-pass coefficients) as SOS rows."""
    import pyloudnorm

    rows = []
    for stage in pyloudnorm.Meter(sample_rate)._filters.values():
        b, a = np.asarray(stage.b, dtype=np.float64) * stage.passband_gain, np.asarray(stage.a, dtype=np.float64)
        rows.append(np.concatenate([b / a[0], a / a[0]]))
    return np.array(rows)


class Loudness:
    """BS.1770-4 integrated loudness of mono audio given in pieces: K-weighted energy per 100 ms step.

    The same measure as pyloudnorm's (its filters, 400 ms blocks every 100 ms, both gates), with the filter
    state carried from piece to piece and the gating done on arrays.
    """

    def __init__(self, sample_rate: int):
        self.sos = k_weighting(sample_rate).astype(np.float32)
        self.state = np.zeros((len(self.sos), 2), dtype=np.float32)
        self.step = int(round(_GATE_STEP_S * sample_rate))
        self.carry = np.zeros(0, dtype=np.float32)
        self.energies: list[np.ndarray] = []

    def add(self, samples: np.ndarray) -> "Loudness":
        """Take the next piece of audio."""
        weighted, self.state = sosfilt32(self.sos, samples, self.state)
        squares = np.concatenate([self.carry, weighted * weighted])
        whole = squares.size // self.step * self.step
        self.energies.append(squares[:whole].reshape(-1, self.step).sum(axis=1, dtype=np.float64))
        self.carry = squares[whole:]
        return self

    def step_energies(self) -> np.ndarray:
        """The K-weighted energy of every whole 100 ms step so far."""
        return np.concatenate(self.energies) if self.energies else np.zeros(0)

    def lufs(self) -> float:
        """Integrated loudness of everything given; -inf for silence or under 0.4 s."""
        return gated_loudness(self.step_energies(), self.step)


def gated_loudness(step_energies: np.ndarray, step: int) -> float:
    """Integrated loudness (BS.1770-4 gating) from the K-weighted energy of consecutive 100 ms steps."""
    per_block = int(round(_GATE_BLOCK_S / _GATE_STEP_S))
    if step_energies.size < per_block:
        return float("-inf")
    blocks = np.convolve(step_energies, np.ones(per_block), "valid") / (per_block * step)
    with np.errstate(divide="ignore"):
        loudness = -0.691 + 10 * np.log10(blocks)
    above_absolute = blocks[loudness > -70.0]
    if above_absolute.size == 0:
        return float("-inf")
    relative_gate = -0.691 + 10 * np.log10(above_absolute.mean()) - 10.0
    gated = blocks[(loudness > -70.0) & (loudness > relative_gate)]
    return float(-0.691 + 10 * np.log10(gated.mean()))


def integrated_lufs(samples: np.ndarray, sample_rate: int) -> float:
    """Integrated loudness (ITU-R BS.1770-4, as pyloudnorm measures it); -inf for silence or audio under 0.4 s."""
    samples = np.asarray(samples)
    if len(samples) < int(0.4 * sample_rate) + 1:
        return float("-inf")
    channels = samples.T if samples.ndim == 2 else [samples]
    meters = [Loudness(sample_rate).add(channel) for channel in channels]
    return gated_loudness(sum(meter.step_energies() for meter in meters), meters[0].step)


@functools.lru_cache(maxsize=None)
def _oversampling_filter() -> np.ndarray:
    """48-tap interpolation filter for 4x oversampling (12 taps per phase, as in BS.1770 Annex 2)."""
    return firwin(48, 1.0 / OVERSAMPLING, window=("kaiser", 7.0)) * OVERSAMPLING


def true_peak_envelope(samples: np.ndarray) -> np.ndarray:
    """Per sample of mono input, the largest magnitude among it and the oversampled points after it."""
    # float32 halves the memory traffic; peaks need nowhere near its 7 significant digits.
    samples32 = np.asarray(samples, dtype=np.float32)
    taps = _oversampling_filter().astype(np.float32)
    upsampled = upfirdn(taps, samples32, OVERSAMPLING)
    delay = (len(taps) - 1) // 2 + 1  # group delay 23.5: the row of sample i holds i+1/8 .. i+7/8
    upsampled = upsampled[delay: delay + len(samples32) * OVERSAMPLING]
    if len(upsampled) < len(samples32) * OVERSAMPLING:
        upsampled = np.pad(upsampled, (0, len(samples32) * OVERSAMPLING - len(upsampled)))
    np.abs(upsampled, out=upsampled)
    phases = [upsampled[k::OVERSAMPLING] for k in range(OVERSAMPLING)]
    envelope = np.maximum(np.maximum(phases[0], phases[1]), np.maximum(phases[2], phases[3]))
    return np.maximum(envelope, np.abs(samples32)).astype(np.float64)


def true_peak_dbtp(samples: np.ndarray, sample_rate: int | None = None) -> float:
    """True peak in dBTP: the peak of the 4x oversampled signal, over all channels."""
    samples = np.asarray(samples, dtype=np.float64)
    if samples.size == 0:
        return float("-inf")
    channels = samples.T if samples.ndim == 2 else [samples]
    peak = max(float(true_peak_envelope(channel).max()) for channel in channels)
    return float(20 * np.log10(peak)) if peak > 0 else float("-inf")


@functools.lru_cache(maxsize=None)
def _phase_gain() -> float:
    """The most any oversampled point can exceed the largest sample around it (the largest L1 norm of a phase)."""
    taps = _oversampling_filter()
    return float(max(np.abs(taps[k::OVERSAMPLING]).sum() for k in range(OVERSAMPLING)))


def true_peak_blocks(samples: np.ndarray, block: int, floor: float) -> np.ndarray:
    """Per block of `block` samples, the largest true-peak magnitude of mono input (see true_peak_envelope).

    Exact in every block that could reach `floor`; elsewhere an upper bound still under `floor` (the largest
    sample around the block times the interpolation filter's gain), so only the loud blocks are oversampled.
    """
    samples32 = np.asarray(samples, dtype=np.float32)
    n = len(samples32)
    blocks = -(-n // block)
    magnitudes = np.zeros(blocks * block, dtype=np.float32)
    np.abs(samples32, out=magnitudes[:n])
    sample_max = magnitudes.reshape(blocks, block).max(axis=1)
    around = sample_max.copy()   # the filter reaches 6 samples either side: never past the next block
    around[1:] = np.maximum(around[1:], sample_max[:-1])
    around[:-1] = np.maximum(around[:-1], sample_max[1:])
    peaks = around * _phase_gain()
    loud = np.flatnonzero(peaks > floor)
    if loud.size == 0:
        return peaks
    margin = len(_oversampling_filter())   # input samples of context, more than the filter needs
    # runs of loud blocks (gaps of a block or two joined), each with context either side, oversampled together
    breaks = np.flatnonzero(np.diff(loud) > 3)
    runs = list(zip(np.r_[loud[0], loud[breaks + 1]], np.r_[loud[breaks], loud[-1]]))
    pieces, at = [], []
    offset = 0
    for first, last in runs:
        start, stop = first * block, min((last + 1) * block, n)
        lead = min(margin, start)
        piece = samples32[start - lead:min(stop + margin, n)]
        pieces += [piece, np.zeros(margin, dtype=np.float32)]
        at.append(offset + lead)
        offset += len(piece) + margin
    envelope = true_peak_envelope(np.concatenate(pieces))
    for (first, last), begin in zip(runs, at):
        length = min((last + 1) * block, n) - first * block
        padded = np.zeros((last + 1 - first) * block, dtype=np.float32)
        padded[:length] = envelope[begin:begin + length]
        peaks[first:last + 1] = padded.reshape(-1, block).max(axis=1)
    return peaks


def limiter_block_gains(block_peaks: np.ndarray, ceiling: float, attack_s: float = 0.005,
                        release_s: float = 0.06) -> np.ndarray:
    """The limiter's gain at the centre of each 1 ms block, from the true peak of each block.

    The gain each block needs is spread by a minimum filter of half-width w, then averaged over w; an
    average at any block only takes gains that were already low enough there, so no peak escapes. A short
    pass shapes the attack, a longer one the release. Linear interpolation between block centres mixes two
    neighbours, so each block first takes the minimum with its neighbours.
    """
    needed = np.minimum(1.0, ceiling / np.maximum(block_peaks, 1e-12))
    if needed.min() >= 1.0:
        return np.ones(len(needed))
    gain = minimum_filter1d(needed, size=3, mode="nearest")
    for window_s in (attack_s, release_s):
        width = max(1, int(round(window_s / LIMITER_BLOCK_S)) | 1)
        gain = uniform_filter1d(minimum_filter1d(gain, size=2 * width + 1, mode="nearest"), size=width,
                                mode="nearest")
    return np.minimum(gain, minimum_filter1d(needed, size=3, mode="nearest"))  # float rounding of averages


def block_gains_per_sample(gains: np.ndarray, block: int, length: int) -> np.ndarray:
    """Gains at block centres interpolated linearly to every sample (held flat before the first centre and
    after the last), as np.interp would, without searching: sample k of block i lies between centres i-1, i
    or i, i+1."""
    gains = np.asarray(gains, dtype=np.float32)
    before = np.r_[gains[:1], gains[:-1]]
    after = np.r_[gains[1:], gains[-1:]]
    offset = ((np.arange(block) - block / 2) / block).astype(np.float32)   # from the block's centre, in blocks
    ramp = (np.minimum(offset, 0.0)[np.newaxis, :] * (gains - before)[:, np.newaxis]
            + np.maximum(offset, 0.0)[np.newaxis, :] * (after - gains)[:, np.newaxis])
    return (gains[:, np.newaxis] + ramp).ravel()[:length]


def compress(samples: np.ndarray, sample_rate: int, ratio: float = 3.0,
             threshold_db: float = COMPRESSOR_THRESHOLD_DB, knee_db: float = 6.0,
             attack_s: float = 0.003, release_s: float = 0.150, block_s: float = 0.001) -> np.ndarray:
    """Gentle feed-forward RMS compressor with a soft knee; gain computed per 1 ms block and interpolated."""
    if ratio <= 1.0 or len(samples) == 0:
        return samples
    block = max(1, int(block_s * sample_rate))
    blocks = -(-len(samples) // block)
    padded = np.zeros(blocks * block)
    padded[: len(samples)] = samples
    level_db = 10 * np.log10((padded.reshape(blocks, block) ** 2).mean(axis=1) + 1e-12)
    over = level_db - threshold_db
    slope = 1.0 / ratio - 1.0
    knee = np.clip(over + knee_db / 2, 0.0, knee_db)
    # Soft knee: the slope fades in over knee_db, then the full ratio.
    reduction = np.where(over >= knee_db / 2, slope * over, slope * knee ** 2 / (2 * knee_db))
    # Attack/release smoothing is a recursion: one loop over 1 ms blocks is cheap (1000 steps per second).
    attack = np.exp(-block_s / attack_s)
    release = np.exp(-block_s / release_s)
    smoothed = np.empty(blocks)
    state = 0.0
    for index, target in enumerate(reduction.tolist()):
        coefficient = attack if target < state else release
        state = coefficient * state + (1.0 - coefficient) * target
        smoothed[index] = state
    return samples * 10 ** (block_gains_per_sample(smoothed, block, len(samples)) / 20)


def normalize_loudness(samples: np.ndarray, sample_rate: int, target_lufs: float = -16.0,
                       true_peak_dbtp: float = -1.0, tolerance_lu: float = 0.05) -> np.ndarray:
    """Gain to `target_lufs` integrated with a look-ahead true-peak limiter at `true_peak_dbtp`.

    Limiting lowers the loudness a little, so the gain is searched (secant steps). The signal is measured
    once: its K-weighted energy per 1 ms block and its true peak per block, both of which scale with the
    gain, so each step of the search only reweighs the blocks by the limiter's gains. The result is then
    measured for real, and corrected if the estimate missed.
    """
    mono = to_mono(samples).astype(np.float32)
    energy = _BlockEnergy(mono, sample_rate)
    lufs = energy.lufs(None)
    if not np.isfinite(lufs):
        return mono.astype(np.float32)  # silence (or too short to measure): nothing to normalise
    ceiling = 10 ** (true_peak_dbtp / 20)
    block = energy.block
    reach_db = target_lufs - lufs + 3.0   # the most gain the search is expected to try (extended if it goes on)
    peaks = true_peak_blocks(mono, block, ceiling / 10 ** (reach_db / 20))

    def limited(gain_db: float) -> np.ndarray:
        nonlocal peaks, reach_db
        if gain_db > reach_db:   # beyond what the block peaks were made exact for: make them exact further
            reach_db = gain_db + 3.0
            peaks = true_peak_blocks(mono, block, ceiling / 10 ** (reach_db / 20))
        gain = 10 ** (gain_db / 20)
        return gain * limiter_block_gains(peaks * gain, ceiling)

    def search(gain_db: float, measure) -> tuple[float, float]:
        measured = measure(gain_db)
        previous: tuple[float, float] | None = None
        for _ in range(8):
            error = target_lufs - measured
            if abs(error) <= tolerance_lu / 2:
                break
            step = error
            if previous is not None and gain_db != previous[0]:
                # Secant: with limiting, loudness grows slower than the gain.
                slope = (measured - previous[1]) / (gain_db - previous[0])
                step = error / min(max(slope, 0.2), 1.0)
            previous = (gain_db, measured)
            gain_db += step
            measured = measure(gain_db)
        return gain_db, measured

    def estimate(gain_db: float) -> float:
        return energy.lufs(limited(gain_db))

    gain_db, _ = search(target_lufs - lufs, estimate)
    for _ in range(3):
        out = (mono * block_gains_per_sample(limited(gain_db), block, len(mono))).astype(np.float32)
        measured = integrated_lufs(out, sample_rate)
        if abs(target_lufs - measured) <= tolerance_lu:
            break
        # The estimate takes each block's gain as flat; search again with what the real measure says it missed.
        bias = measured - estimate(gain_db)
        gain_db, _ = search(gain_db, lambda g: estimate(g) + bias)
    return out


class _BlockEnergy:
    """The K-weighted energy of a signal per limiter block, to estimate its loudness under any block gains."""

    def __init__(self, mono: np.ndarray, sample_rate: int):
        self.block = block = max(1, int(LIMITER_BLOCK_S * sample_rate))
        meter = Loudness(sample_rate)
        self.step = step = meter.step
        weighted = sosfilt32(meter.sos, mono)
        cumulative = np.concatenate([[0.0], np.cumsum(weighted * weighted, dtype=np.float64)])
        self.steps = len(mono) // step   # whole 100 ms steps, as measured
        starts = np.arange(0, len(mono), block)
        ends = np.minimum(starts + block, len(mono))
        # a block straddles at most two steps: its energy in the first and in the second
        self.first_step = starts // step
        split = np.minimum(ends, (self.first_step + 1) * step)
        self.in_first = cumulative[split] - cumulative[starts]
        self.in_second = cumulative[ends] - cumulative[split]

    def lufs(self, gains: np.ndarray | None) -> float:
        """Estimated loudness with each block multiplied by its gain (None: as it is)."""
        weight = 1.0 if gains is None else gains * gains
        size = self.steps + 2
        energies = (np.bincount(self.first_step, self.in_first * weight, size)
                    + np.bincount(self.first_step + 1, self.in_second * weight, size))
        return gated_loudness(energies[: self.steps], self.step)


def shape_for_horns(samples: np.ndarray, sample_rate: int, settings: AudioSettings) -> np.ndarray:
    """Mono, horn band only (high-pass, presence lift, low-pass), phase-rotated, gently compressed; level not final."""
    mono = to_mono(samples)
    if mono.size == 0 or not np.any(mono):
        return mono
    sos = horn_filter(sample_rate, settings.presence_db, settings.highpass_hz, settings.lowpass_hz)
    banded = sosfilt32(sos, mono)
    lufs = integrated_lufs(banded, sample_rate)
    if np.isfinite(lufs):
        banded = banded * 10 ** ((PRE_LEVEL_LUFS - lufs) / 20)
    return compress(banded, sample_rate, ratio=settings.compression_ratio)


def master_for_horns(samples: np.ndarray, sample_rate: int, settings: AudioSettings) -> np.ndarray:
    """Mono, band-limited to the horn band, gently compressed, at the target loudness and under the true-peak ceiling.

    The ceiling used is `MP3_HEADROOM_DB` under the setting, so the decoded MP3 still respects it.
    """
    shaped = shape_for_horns(samples, sample_rate, settings)
    return normalize_loudness(shaped, sample_rate, settings.target_lufs, settings.true_peak_dbtp - MP3_HEADROOM_DB)


def change_tempo(samples: np.ndarray, sample_rate: int, speed: float) -> np.ndarray:
    """Speed speech up or slow it down without changing its pitch (ffmpeg atempo)."""
    if abs(speed - 1.0) < 1e-6 or len(samples) == 0:
        return np.asarray(samples, dtype=np.float32)
    return filter_mono(samples, sample_rate, f"atempo={speed:.4f}")


def _lame_args(bitrate_kbps: int) -> list[str]:
    """ffmpeg arguments for mono 44.1 kHz CBR MP3 with no ffmpeg-written tags, reproducible bytes."""
    return ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
            "-ac", "1", "-ar", str(DELIVERY_RATE), "-c:a", "libmp3lame", "-b:a", f"{bitrate_kbps}k",
            "-id3v2_version", "0", "-write_id3v1", "0", "-f", "mp3"]


@functools.lru_cache(maxsize=None)
def encoder_gain_db(bitrate_kbps: int) -> float:
    """Level change of LAME at this bitrate, measured on a tone (it scales its input by 0.95 up to 128 kbps)."""
    t = np.arange(DELIVERY_RATE) / DELIVERY_RATE
    tone = (0.25 * np.sin(2 * np.pi * 1000.0 * t)).astype("<f4")
    mp3 = run_ffmpeg(["-f", "f32le", "-ar", str(DELIVERY_RATE), "-ac", "1", "-i", "pipe:0",
                      *_lame_args(bitrate_kbps), "pipe:1"], input_bytes=tone.tobytes())
    decoded = decode_audio(mp3, DELIVERY_RATE, 1)
    middle = slice(DELIVERY_RATE // 4, DELIVERY_RATE * 3 // 4)
    rms_in = np.sqrt(np.mean(tone[middle].astype(np.float64) ** 2))
    rms_out = np.sqrt(np.mean(decoded[middle].astype(np.float64) ** 2))
    gain_db = float(20 * np.log10(rms_out / rms_in)) if rms_out > 0 else 0.0
    return gain_db if abs(gain_db) < 3.0 else 0.0  # a failed measurement must not wreck the level


def id3_frames(tags: Mapping[str, Any]) -> list:
    """mutagen ID3 frames for the tags a station's software shows (unknown keys are an error)."""
    from mutagen.id3 import COMM, TALB, TCON, TDRC, TIT2, TLAN, TPE1, TXXX

    unknown = sorted(set(tags) - set(ID3_FIELDS))
    if unknown:
        raise ValueError(f"unknown ID3 tag(s) {', '.join(unknown)}; known: {', '.join(ID3_FIELDS)}")
    simple = {"title": TIT2, "artist": TPE1, "album": TALB, "date": TDRC, "genre": TCON, "language": TLAN}
    frames = []
    for key, frame_class in simple.items():
        if tags.get(key):
            frames.append(frame_class(encoding=3, text=[str(tags[key])]))
    if tags.get("comment"):
        frames.append(COMM(encoding=3, lang="vie", desc="", text=[str(tags["comment"])]))
    if tags.get("priority"):
        frames.append(TXXX(encoding=3, desc="priority", text=[str(tags["priority"])]))
    return frames


def encode_mp3(samples: np.ndarray, sample_rate: int, dest_path: Path | str, bitrate_kbps: int = 96,
               tags: Mapping[str, Any] | None = None) -> None:
    """Write mono 44.1 kHz CBR MP3 (LAME via ffmpeg) with ID3v2.3 tags, atomically; the decoded level equals the input's."""
    from mutagen.id3 import ID3

    # LAME turns the level down a fixed amount at low bitrates; undo it so loudness survives encoding.
    compensation = 10 ** (-encoder_gain_db(bitrate_kbps) / 20)
    mono = np.ascontiguousarray(to_mono(samples) * compensation, dtype="<f4")
    with atomic_path(dest_path) as tmp_path:
        run_ffmpeg(["-f", "f32le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0",
                    *_lame_args(bitrate_kbps), "-y", str(tmp_path)], input_bytes=mono.tobytes())
        frames = id3_frames(tags or {})
        if frames:
            id3 = ID3()
            for frame in frames:
                id3.add(frame)
            # v2.3: what older station software and car radios read; mutagen converts dates and encodings.
            id3.save(str(tmp_path), v2_version=3)


def measure_file(path: Path | str) -> dict[str, Any]:
    """Decode `path` with ffmpeg: duration, integrated loudness, true peak, rate, channels, bitrate."""
    info = probe_audio(path)
    samples = decode_audio(path, info.sample_rate, info.channels)
    lufs = integrated_lufs(samples, info.sample_rate)
    peak = true_peak_dbtp(samples, info.sample_rate)
    return {
        "duration_s": round(samples.shape[0] / info.sample_rate, 3),
        "lufs": round(lufs, 2) if np.isfinite(lufs) else None,
        "true_peak_dbtp": round(peak, 2) if np.isfinite(peak) else None,
        "sample_rate": info.sample_rate,
        "channels": info.channels,
        "bitrate_kbps": info.bitrate_kbps,
    }
