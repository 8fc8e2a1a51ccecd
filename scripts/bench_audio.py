"""Benchmark: seconds of finished bulletin per second of work (offline engine), against the previous code.

    python scripts/bench_audio.py [--texts 50] [--jobs 1] [--repeat 2] [--out DIR] [--baseline REV]

Builds a campaign of N texts by cycling through the bundled sample campaign (ids numbered, the
priority varied) and renders every bulletin with the espeak-ng engine exactly as the audio stage does
(render_bulletin: script, speech, mastering with the chimes, MP3, measurement), twice: with this code and
with pipeline/audio/{master,bulletin}.py as they were at REV (read with `git show`, loaded beside this
code in the same process), text by text, the order of the two swapped every other text. Prints:
  - bulletin seconds per second of work, this code and the baseline, and the median of the per-text
    ratios, for wall clock and for CPU (this process, ffmpeg and the espeak helper);
  - the share of each step of this code on a few bulletins, mastering alone as a multiple of real time.
The machine's load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import types
from statistics import median
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

BASELINE = "f88e83a"   # the audio code before mastering measured once and encoding streamed (issue 18)
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


def baseline_render(rev: str):
    """render_bulletin as it was at `rev`: its master and bulletin modules loaded from git beside this code."""
    def load(path: str, name: str, replace: tuple[str, str] | None = None) -> types.ModuleType:
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{path}"], capture_output=True, text=True,
                                check=True).stdout
        if replace:
            source = source.replace(*replace)
        module = types.ModuleType(name)
        module.__file__ = f"{rev}:{path}"
        sys.modules[name] = module
        exec(compile(source, module.__file__, "exec"), module.__dict__)
        return module

    load("pipeline/audio/master.py", "baseline_master")
    bulletin = load("pipeline/audio/bulletin.py", "baseline_bulletin",
                    ("from pipeline.audio.master import", "from baseline_master import"))
    return bulletin.render_bulletin


def cpu_seconds() -> float:
    """CPU time of this process, its finished children (ffmpeg) and the espeak helper with its forks."""
    import psutil

    me = psutil.Process()
    total = sum(me.cpu_times()[:4])
    for child in me.children(recursive=True):
        try:
            total += sum(child.cpu_times()[:4])
        except psutil.Error:
            pass
    return total


def compare(campaign: Campaign, texts: list[Text], settings: AudioSettings, out_dir: Path, rev: str) -> dict:
    """Each text rendered by this code and by the baseline, in alternating order: seconds of audio and work."""
    renders = {"new": render_bulletin, "old": baseline_render(rev)}
    runs: dict[str, list[tuple[float, float, float]]] = {"new": [], "old": []}
    engine = _engine(settings)
    for index, text in enumerate(texts):
        for which in (("new", "old") if index % 2 == 0 else ("old", "new")):
            cpu, started = cpu_seconds(), time.perf_counter()
            media = renders[which](campaign, text, out_dir / f"{which}-{text.id}.mp3",
                                   out_dir / f"{which}-{text.id}.txt", settings, engine)
            runs[which].append((media["duration_s"], time.perf_counter() - started, cpu_seconds() - cpu))
    return runs


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
    encode_raw_mp3(raw_path, dest, settings, {})   # from a file here, to time it apart; a render streams it
    t5 = time.perf_counter()
    measure_mp3_streaming(dest)
    t6 = time.perf_counter()
    times.update(script=t1 - t0, speech=t2 - t1, master=(t4 - t2) - (t2 - t1), encode=t5 - t4,
                 measure=t6 - t5, audio_s=raw_path.stat().st_size / 4 / DELIVERY_RATE)
    raw_path.unlink()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (the build's -j), for the throughput run")
    parser.add_argument("--repeat", type=int, default=2, help="times the message is read")
    parser.add_argument("--steps", type=int, default=6, help="bulletins timed step by step")
    parser.add_argument("--baseline", default=BASELINE, help="git revision of the code to compare with")
    parser.add_argument("--out", type=Path, default=None, help="where MP3s go (default: a temp folder)")
    args = parser.parse_args()

    settings = AudioSettings(engine="espeak", repeat=args.repeat)
    campaign, texts = campaign_of(args.texts)
    with tempfile.TemporaryDirectory(prefix="bench_audio.") as tmp:
        out_dir = args.out or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        _engine(settings)  # load libespeak-ng before the clock starts, as a build's first text would
        render_one((campaign, texts[0], out_dir, settings))   # and warm every import
        loads = [os.getloadavg()[0]]

        runs = compare(campaign, texts, settings, out_dir, args.baseline)
        loads.append(os.getloadavg()[0])
        print(f"{len(texts)} bulletins (espeak-ng, repeat {args.repeat}), this code and {args.baseline} text by "
              f"text in alternating order; load average {min(loads):.1f} to {max(loads):.1f} on {os.cpu_count()} cores")
        for which, label in (("new", "this code"), ("old", f"baseline {args.baseline}")):
            audio = sum(r[0] for r in runs[which])
            wall = sum(r[1] for r in runs[which])
            cpu = sum(r[2] for r in runs[which])
            print(f"  {label:18s} {audio / wall:6.1f}x real time (wall), {audio / cpu:6.1f}x (CPU); "
                  f"{audio:.0f} s of audio, {wall:.1f} s wall, {cpu:.1f} s CPU")
        walls = [old[1] / new[1] for new, old in zip(runs["new"], runs["old"])]
        cpus = [old[2] / new[2] for new, old in zip(runs["new"], runs["old"])]
        print(f"  speed-up, median of the per-text ratios (old / new): {median(walls):.2f}x wall "
              f"({min(walls):.2f}-{max(walls):.2f}), {median(cpus):.2f}x CPU ({min(cpus):.2f}-{max(cpus):.2f})")

        if args.jobs > 1:
            jobs = [(campaign, text, out_dir, settings) for text in texts]
            started = time.perf_counter()
            with ProcessPoolExecutor(args.jobs) as pool:
                results = list(pool.map(render_one, jobs))
            wall = time.perf_counter() - started
            audio_s = sum(r[1] for r in results)
            print(f"  -j {args.jobs}: {audio_s / wall:.1f}x real time (wall)")

        totals: dict[str, float] = {}
        for text in texts[: args.steps]:
            for step, seconds in steps_of(campaign, text, settings, out_dir).items():
                totals[step] = totals.get(step, 0.0) + seconds
        if totals:
            step_audio = totals.pop("audio_s")
            work = sum(totals.values())
            print(f"\nstep by step (this code), {min(args.steps, len(texts))} bulletins, {step_audio:.0f} s of audio:")
            for step, seconds in totals.items():
                print(f"  {step:8s} {seconds:6.2f} s  {100 * seconds / work:5.1f} %  "
                      f"({step_audio / seconds:7.1f}x real time)")
            print(f"  mastering alone: {step_audio / totals['master']:.1f}x real time "
                  f"({1000 * totals['master'] / step_audio:.1f} ms of work per second of audio)")
        print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
