"""Peak memory of one loudspeaker bulletin against the length of its body (issue 9: flat, not ~330 MB per KB).

Each size renders in a fresh process (offline espeak-ng voice, the sample campaign's settings) and
reports its peak resident memory above the process's size before rendering, and the ratio to the
smallest body: a flat pipeline stays near 1.0.

    python scripts/bench_bulletin_memory.py [KB ...]     # default: 1 10
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from tests.conftest import make_campaign, make_text
from pipeline.audio import AudioSettings, get_engine
from pipeline.audio.bulletin import render_bulletin
size = int(sys.argv[1]) * 1024
sentence = "Người lao động đóng bảo hiểm xã hội đủ mười lăm năm thì được hưởng lương hưu hằng tháng. "
paragraphs, body = [], ""
while len(body.encode()) < size:
    paragraphs.append(sentence * 3)
    body = "\n\n".join(paragraphs)
settings = AudioSettings(engine="espeak", repeat=2)
engine = get_engine("espeak", settings)
text = make_text(body=body)
campaign = make_campaign((text,))
engine.synthesize("Xin chào.")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
out = Path(sys.argv[2])
media = render_bulletin(campaign, text, out / "b.mp3", out / "b.txt", settings, engine)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"body_kb": size // 1024, "audio_s": media["duration_s"], "lufs": media["lufs"],
                  "peak_mb": round(peak / 1024), "added_mb": round((peak - before) / 1024),
                  "seconds": round(time.perf_counter() - started, 1)}))
"""


def measure(kb: int) -> dict:
    """Render a bulletin with a `kb` KB body in a child process; its memory and duration figures."""
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run([sys.executable, "-c", CHILD, str(kb), out, str(Path(__file__).parents[1])],
                                capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    """Print one line per body size, with the peak memory ratio to the first size."""
    sizes = [int(arg) for arg in sys.argv[1:]] or [1, 10]
    rows = [measure(kb) for kb in sizes]
    for row in rows:
        row["peak_ratio"] = round(row["peak_mb"] / rows[0]["peak_mb"], 2)
        print(json.dumps(row))


if __name__ == "__main__":
    main()
