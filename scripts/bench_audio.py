"""Benchmark: seconds of finished bulletin per second of work (offline engine), and mastering alone.

    python scripts/bench_audio.py [--texts 50] [--jobs 1] [--repeat 2] [--out DIR]

Builds a campaign of N texts by cycling through the bundled sample campaign (ids numbered, the
priority varied), renders every bulletin with the espeak-ng engine exactly as the audio stage does
(render_bulletin: script, speech, mastering with the chimes, MP3, measurement), then times each
step apart on a few bulletins. Prints:
  - bulletin seconds per second of work for the whole campaign (the headline figure),
  - mastering alone (band limit + compression + loudness/true-peak) as a multiple of real time,
  - the share of each step.
Wall-clock times; the machine's load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.audio import AudioSettings, get_engine  # noqa: E402
from pipeline.audio.bulletin import (  # noqa: E402
    bulletin_paragraphs,
    encode_raw_mp3,
    master_stretches,
    measure_mp3_streaming,
    render_bulletin,
    script_text,
    speech_stretches,
)
from pipeline.audio.master import DELIVERY_RATE, MP3_HEADROOM_DB  # noqa: E402
from pipeline.campaign import load_campaign  # noqa: E402
from pipeline.content import PRIORITIES, Campaign, Text  # noqa: E402


def campaign_of(count: int) -> tuple[Campaign, list[Text]]:
    """The bundled campaign and `count` texts made from its texts (numbered ids, priorities varied)."""
    campaign = load_campaign(ROOT / "assets" / "campaign")
    base = list(campaign.texts)
    texts = [replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i:02d}",
                     priority=PRIORITIES[(i // len(base)) % len(PRIORITIES)])
             for i in range(count)]
    return campaign, texts


def render_one(args: tuple) -> tuple[str, float, float, int]:
    """Render one bulletin (worker): id, seconds of audio, seconds of work, MP3 bytes."""
    campaign, text, out_dir, settings = args
    engine = _engine(settings)
    started = time.perf_counter()
    media = render_bulletin(campaign, text, out_dir / f"{text.id}.mp3", out_dir / f"{text.id}.txt", settings, engine)
    return text.id, media["duration_s"], time.perf_counter() - started, (out_dir / f"{text.id}.mp3").stat().st_size


_ENGINES: dict = {}


def _engine(settings: AudioSettings):
    if "espeak" not in _ENGINES:
        _ENGINES["espeak"] = get_engine("espeak", settings)
    return _ENGINES["espeak"]


def steps_of(campaign: Campaign, text: Text, settings: AudioSettings, out_dir: Path) -> dict[str, float]:
    """Time each step of one bulletin apart (same calls as render_bulletin), plus its audio length."""
    engine = _engine(settings)
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    paragraphs = bulletin_paragraphs(campaign, text, settings)
    script_text(paragraphs)
    t1 = time.perf_counter()
    for _ in speech_stretches(paragraphs, engine, settings):
        pass
    t2 = time.perf_counter()
    raw_path = out_dir / f"steps-{text.id}.f32"
    with raw_path.open("wb") as raw:  # synthesises again: the master step is this minus the speech step
        master_stretches(paragraphs, engine, settings, MP3_HEADROOM_DB, raw)
    t4 = time.perf_counter()
    dest = out_dir / f"steps-{text.id}.mp3"
    encode_raw_mp3(raw_path, dest, settings, {})
    t5 = time.perf_counter()
    measure_mp3_streaming(dest, out_dir)
    t6 = time.perf_counter()
    times.update(script=t1 - t0, speech=t2 - t1, master=(t4 - t2) - (t2 - t1), encode=t5 - t4,
                 measure=t6 - t5, audio_s=raw_path.stat().st_size / 4 / DELIVERY_RATE)
    raw_path.unlink()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (the build's -j)")
    parser.add_argument("--repeat", type=int, default=2, help="times the message is read")
    parser.add_argument("--steps", type=int, default=6, help="bulletins timed step by step")
    parser.add_argument("--out", type=Path, default=None, help="where MP3s go (default: a temp folder)")
    args = parser.parse_args()

    settings = AudioSettings(engine="espeak", repeat=args.repeat)
    campaign, texts = campaign_of(args.texts)
    with tempfile.TemporaryDirectory(prefix="bench_audio.") as tmp:
        out_dir = args.out or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        _engine(settings)  # load libespeak-ng before the clock starts, as a build's first text would
        print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores)")

        jobs = [(campaign, text, out_dir, settings) for text in texts]
        started = time.perf_counter()
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                results = list(pool.map(render_one, jobs))
        else:
            results = [render_one(job) for job in jobs]
        wall = time.perf_counter() - started
        audio_s = sum(r[1] for r in results)
        sizes = [r[3] for r in results]
        print(f"\n{len(texts)} bulletins (espeak-ng, repeat {args.repeat}, -j {args.jobs}): "
              f"{audio_s:.0f} s of audio in {wall:.1f} s of work")
        print(f"  bulletin seconds per second of work: {audio_s / wall:.1f}")
        print(f"  per bulletin: {audio_s / len(results):.1f} s of audio, {wall / len(results):.2f} s of work, "
              f"{sum(sizes) / len(sizes) / 1e6:.2f} MB on average ({sum(sizes) * 8 / audio_s / 1000:.1f} kb/s)")

        totals: dict[str, float] = {}
        for text in texts[: args.steps]:
            for step, seconds in steps_of(campaign, text, settings, out_dir).items():
                totals[step] = totals.get(step, 0.0) + seconds
        if totals:
            step_audio = totals.pop("audio_s")
            work = sum(totals.values())
            print(f"\nstep by step, {min(args.steps, len(texts))} bulletins, {step_audio:.0f} s of audio:")
            for step, seconds in totals.items():
                print(f"  {step:8s} {seconds:6.2f} s  {100 * seconds / work:5.1f} %  "
                      f"({step_audio / seconds:7.1f}x real time)")
            print(f"  mastering alone: {step_audio / totals['master']:.1f}x real time "
                  f"({1000 * totals['master'] / step_audio:.1f} ms of work per second of audio)")
        print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
