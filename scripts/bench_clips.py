"""Benchmark: the clip pipeline against plain ffmpeg on the same 30 s 1080x1920 storyboard.

Rows (each run in its own process, so peak memory is per clip):
  pipeline-stills   the render path of render_clip (cards drawn once, one frame function, crossfades only
                    in the fade windows), five still cards, no motion
  ffmpeg-xfade      plain ffmpeg: the same five cards as PNG, looped, `xfade` crossfades
  pipeline-zoom     the render path with the slow zoom (crop + cv2.resize of cards drawn at 1.05x)
  ffmpeg-zoompan    plain ffmpeg: the same enlarged cards through `zoompan`, then `xfade`
  pipeline-pan      the render path with pan (integer slicing)
  pipeline-full     the real thing: zoom, points revealed one by one, a count-up, burned-in captions
Every row encodes the same soundtrack with the same encoder settings (libx264 veryfast, crf, tune,
2 threads, BT.709 yuv420p, AAC 128 kb/s, +faststart). Prints seconds of work (wall clock, and CPU of the
process and its children) per second of clip, the ratios the issue asks for, and peak memory.

    python scripts/bench_clips.py [--out /tmp/bench_clips] [--duration 30] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHAPE = "vertical"
CARD_COUNT = 5
ROWS = ("pipeline-stills", "ffmpeg-xfade", "pipeline-zoom", "ffmpeg-zoompan", "pipeline-pan", "pipeline-full",
        "moviepy-stills", "moviepy-zoom")


def bench_content():
    """A campaign and text like the bundled sample (built in code so the bench runs anywhere)."""
    from pipeline.content import Brand, Campaign, KeyFigure, Text

    text = Text(
        id="bench", title="Chỉ cần 15 năm đóng BHXH để hưởng lương hưu",
        summary="Từ ngày 1/7/2025, người lao động đóng bảo hiểm xã hội đủ 15 năm là đủ điều kiện "
                "hưởng lương hưu hằng tháng, thay vì 20 năm như trước.",
        body="Luật Bảo hiểm xã hội số 41/2024/QH15 có hiệu lực từ ngày 1/7/2025.",
        source_path=Path("texts/bench.md"),
        key_figures=(KeyFigure("15 năm", "đóng BHXH tối thiểu để hưởng lương hưu"),
                     KeyFigure("1/7/2025", "ngày Luật có hiệu lực")),
        points=("Áp dụng từ ngày 1/7/2025", "Nhiều người lao động có thêm cơ hội nhận lương hưu",
                "Tra cứu quá trình đóng trên ứng dụng VssID"),
        status="approved")
    logo = ROOT / "assets" / "campaign" / "brand" / "logo.png"
    campaign = Campaign(root=ROOT / "assets" / "campaign", name="Luật Bảo hiểm xã hội năm 2024",
                        organisation="Bảo hiểm xã hội Việt Nam", hotline="1900 9068",
                        website="https://baohiemxahoi.gov.vn",
                        brand=Brand(logo=logo if logo.exists() else None), texts=(text,))
    return campaign, text


def bench_storyboard(duration: float, crossfade_s: float):
    """Five cards of equal length (the issue's "same 30 s storyboard"), points revealed in step."""
    from dataclasses import replace

    from pipeline.clips.storyboard import build_storyboard

    campaign, text = bench_content()
    board = build_storyboard(text, campaign, None, crossfade_s=crossfade_s)
    slot = duration / CARD_COUNT
    cards = []
    for index, card in enumerate(board.cards):
        start, end = index * slot, (index + 1) * slot
        reveals = card.reveals
        if card.kind == "points":
            reveals = tuple(start + k * slot / len(card.items) for k in range(len(card.items)))
        elif card.kind == "figure":
            reveals = (start,)
        cards.append(replace(card, start=start, end=end, reveals=reveals))
    return campaign, text, replace(board, cards=tuple(cards), duration=duration)


def bench_settings(motion: str):
    """Clip settings of a row (defaults otherwise, as a campaign gets them)."""
    from pipeline.clips.settings import ClipSettings

    return ClipSettings.from_mapping({"motion": motion})


def soundtrack(path: Path, duration: float, rate: int) -> None:
    """A speech-like soundtrack (modulated noise), so the AAC encoder does real work in every row."""
    import numpy as np
    from scipy.io import wavfile

    rng = np.random.default_rng(7)
    n = int(round(duration * rate))
    t = np.arange(n) / rate
    envelope = 0.5 * (1 + np.sin(2 * np.pi * 3.1 * t)) * (np.sin(2 * np.pi * 0.4 * t) > -0.3)
    wavfile.write(str(path), rate, (0.1 * envelope * rng.standard_normal(n)).astype(np.float32))


def still_arts(arts):
    """The cards reduced to their final state: the five stills both sides of the comparison show."""
    from pipeline.clips.cards import CardArt

    return [CardArt([art.states[-1]]) for art in arts]


def prepare(out: Path, duration: float) -> None:
    """Stills (scale 1 and 1.05) as PNG for ffmpeg, and the soundtrack; not timed."""
    from PIL import Image

    from pipeline.clips.render import draw_clip_cards

    campaign, text, board = bench_storyboard(duration, bench_settings("none").crossfade_s)
    out.mkdir(parents=True, exist_ok=True)
    for motion, tag in (("none", "still"), ("zoom", "big")):
        arts = draw_clip_cards(campaign, text, SHAPE, board, bench_settings(motion), captions=False)
        for index, art in enumerate(still_arts(arts)):
            Image.fromarray(art.states[0]).save(out / f"{tag}{index}.png", compress_level=1)
    soundtrack(out / "soundtrack.wav", duration, bench_settings("none").audio_sample_rate)


def run_pipeline(row: str, out: Path, duration: float) -> None:
    """One pipeline row: draw the cards, build the frame function, encode (all timed by the caller)."""
    from pipeline.clips.captions import TimedSentence, caption_cues
    from pipeline.clips.render import draw_clip_cards, encode_clip, make_frame_function

    motion = {"pipeline-stills": "none", "pipeline-zoom": "zoom", "pipeline-pan": "pan",
              "pipeline-full": "zoom"}[row]
    settings = bench_settings(motion)
    campaign, text, board = bench_storyboard(duration, settings.crossfade_s)
    full = row == "pipeline-full"
    arts = draw_clip_cards(campaign, text, SHAPE, board, settings, captions=full)
    cues = []
    if full:
        sentences, t = [], 0.4
        for card in board.cards:
            words = card.title or f"{card.value} {card.label}" or " ".join(card.items)
            words = (words + " " + text.summary)[:150]
            sentences.append(TimedSentence(words, t, min(card.end - 0.4, t + len(words) / 15)))
            t = card.end + 0.3
        cues, _ = caption_cues(sentences, duration)
    else:
        arts = still_arts(arts)
    frames = make_frame_function(campaign, text, SHAPE, board, settings, cues, burn=full, arts=arts)
    encode_clip(frames, duration, out / f"{row}.mp4", settings, out / "soundtrack.wav")


def run_ffmpeg(row: str, out: Path, duration: float) -> None:
    """A plain ffmpeg row: looped stills (or zoompan over enlarged stills), xfade, same encoder options."""
    import imageio_ffmpeg

    from pipeline.clips.encoder import TO_BT709
    from pipeline.clips.render import encoder_params

    settings = bench_settings("none")
    fps, crossfade = settings.fps, settings.crossfade_s
    slot = duration / CARD_COUNT
    inputs, chains = [], []
    for index in range(CARD_COUNT):
        length = slot + (crossfade if index else 0.0)
        frames = int(round(length * fps))
        if row == "ffmpeg-zoompan":
            # zoompan makes `d` frames from one decoded picture.
            inputs += ["-i", str(out / f"big{index}.png")]
            zoom_in = index % 2 == 0
            z = (f"1+{settings.zoom - 1:.4f}*on/{frames}" if zoom_in else
                 f"{settings.zoom:.4f}-{settings.zoom - 1:.4f}*on/{frames}")
            chains.append(f"[{index}:v]zoompan=z='{z}':d={frames}:x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)'"
                          f":s=1080x1920:fps={fps},setsar=1[v{index}]")
        else:
            # Each still decoded once and repeated by the loop filter (faster than `-loop 1`, which decodes
            # the PNG again for every frame): the strongest plain-ffmpeg baseline we found.
            inputs += ["-i", str(out / f"still{index}.png")]
            chains.append(f"[{index}:v]loop=loop={frames - 1}:size=1:start=0,setpts=N/{fps}/TB,fps={fps},"
                          f"setsar=1[v{index}]")
    previous = "v0"
    for index in range(1, CARD_COUNT):
        offset = index * slot - crossfade
        label = f"x{index}"
        chains.append(f"[{previous}][v{index}]xfade=transition=fade:duration={crossfade}:offset={offset:.3f}[{label}]")
        previous = label
    chains.append(f"[{previous}]{TO_BT709}[vout]")
    cmd = [imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error", *inputs, "-i", str(out / "soundtrack.wav"),
           "-filter_complex", ";".join(chains), "-map", "[vout]", "-map", f"{CARD_COUNT}:a",
           *encoder_params(settings), "-t", f"{duration:.3f}", str(out / f"{row}.mp4")]
    subprocess.run(cmd, check=True)


def run_moviepy(row: str, out: Path, duration: float) -> None:
    """The previous render path: MoviePy's writer, every frame piped as RGB (a `tobytes` copy each), converted
    to yuv420p by ffmpeg frame by frame; same frame function, same encoder options."""
    from moviepy import VideoClip

    from pipeline.clips.encoder import TO_BT709
    from pipeline.clips.render import draw_clip_cards, encoder_params, make_frame_function

    motion = {"moviepy-stills": "none", "moviepy-zoom": "zoom"}[row]
    settings = bench_settings(motion)
    campaign, text, board = bench_storyboard(duration, settings.crossfade_s)
    arts = still_arts(draw_clip_cards(campaign, text, SHAPE, board, settings, captions=False))
    frames = make_frame_function(campaign, text, SHAPE, board, settings, [], burn=False, arts=arts)
    params = encoder_params(settings)
    for option in ("-c:v", "-preset", "-threads", "-c:a"):   # MoviePy passes these itself
        at = params.index(option)
        del params[at:at + 2]
    clip = VideoClip(frame_function=frames, duration=duration)
    clip.write_videofile(str(out / f"{row}.mp4"), fps=settings.fps, codec="libx264", audio=str(out / "soundtrack.wav"),
                         audio_codec="aac", preset=settings.preset, threads=settings.threads,
                         ffmpeg_params=params + ["-vf", TO_BT709], logger=None, pixel_format="yuv420p")


def child(row: str, out: Path, duration: float) -> None:
    """Run one row in this process and print its measurements as JSON."""
    started = time.perf_counter()
    if row.startswith("pipeline"):
        run_pipeline(row, out, duration)
    elif row.startswith("moviepy"):
        run_moviepy(row, out, duration)
    else:
        run_ffmpeg(row, out, duration)
    wall = time.perf_counter() - started
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"row": row, "wall_s": wall, "cpu_s": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                      "sys_s": me.ru_stime + kids.ru_stime,
                      "python_peak_mb": me.ru_maxrss / 1024, "ffmpeg_peak_mb": kids.ru_maxrss / 1024}))


def run_row(row: str, args) -> dict:
    """One row in a fresh process (so peak memory and CPU are the row's own)."""
    proc = subprocess.run([sys.executable, __file__, "--child", row, "--out", str(args.out),
                           "--duration", str(args.duration)], stdout=subprocess.PIPE, text=True,
                          check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench_clips"))
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--only", nargs="*", choices=ROWS)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; medians are reported")
    parser.add_argument("--child", choices=ROWS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.out, args.duration)
        return
    prepare(args.out, args.duration)
    rows = args.only or ROWS
    runs: dict[str, list[dict]] = {row: [] for row in rows}
    loads = [os.getloadavg()[0]]
    # Interleaved: each round runs every row, pipeline and baseline back to back, the order reversed every
    # other round, so the load of the other users of the machine falls on both sides of each pair.
    for repeat in range(args.repeat):
        for row in (rows if repeat % 2 == 0 else list(reversed(rows))):
            runs[row].append(run_row(row, args))
        loads.append(os.getloadavg()[0])
    print(f"{args.duration:g} s clip, {SHAPE} 1080x1920, {args.repeat} interleaved rounds, medians; "
          f"load average {min(loads):.1f} to {max(loads):.1f} on {os.cpu_count()} cores")
    print(f"{'row':16s} {'wall s/s':>9s} {'cpu s/s':>8s} {'sys s':>6s} {'peak MB':>8s}  (python + ffmpeg)  file MB")
    for row in rows:
        r = runs[row]
        size_mb = (args.out / f"{row}.mp4").stat().st_size / 1e6
        python_mb = max(x["python_peak_mb"] for x in r) if not row.startswith("ffmpeg") else 0.0
        ffmpeg_mb = max(x["ffmpeg_peak_mb"] for x in r)
        print(f"{row:16s} {median(x['wall_s'] for x in r) / args.duration:9.2f} "
              f"{median(x['cpu_s'] for x in r) / args.duration:8.2f} {median(x['sys_s'] for x in r):6.2f} "
              f"{python_mb + ffmpeg_mb:8.0f}  ({python_mb:.0f} + {ffmpeg_mb:.0f}){size_mb:14.2f}")

    def ratio(a: str, b: str, goal: str = "") -> None:
        if a in runs and b in runs:
            walls = [x["wall_s"] / y["wall_s"] for x, y in zip(runs[a], runs[b])]
            cpus = [x["cpu_s"] / y["cpu_s"] for x, y in zip(runs[a], runs[b])]
            print(f"{a + ' / ' + b:34s} {median(walls):.2f}x wall ({min(walls):.2f}-{max(walls):.2f}), "
                  f"{median(cpus):.2f}x cpu ({min(cpus):.2f}-{max(cpus):.2f}){goal}")

    print("ratios, median of the rounds (range):")
    ratio("pipeline-stills", "ffmpeg-xfade", "   goal <= 1.0")
    ratio("pipeline-zoom", "ffmpeg-zoompan", "   goal <= 0.7")
    ratio("pipeline-pan", "ffmpeg-zoompan")
    ratio("pipeline-full", "ffmpeg-zoompan")
    ratio("pipeline-stills", "moviepy-stills", "   (this pipeline / the previous one)")
    ratio("pipeline-zoom", "moviepy-zoom", "   (this pipeline / the previous one)")


if __name__ == "__main__":
    main()
