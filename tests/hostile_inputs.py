"""Hostile campaign folders generated with hypothesis, run through loading and `status` in-process.

`run_cases(n, deadline_s)` builds `n` campaign folders from hostile parts (random and malformed YAML,
control and bidi characters, giant fields, wrong types, alias bombs, symlinks out of the campaign, to
/dev/zero, loops, FIFOs, folders where files belong, truncated and giant logos), loads each with
`load_campaign` and, when it loads, runs `media-pipeline status` in the same process. It counts:

- tracebacks: any outcome other than success or a pipeline error with exit 2 (status may exit 1 for
  refused texts);
- hangs: cases still running after `deadline_s` (a SIGALRM interrupts them);
- escapes: files opened (read or write) or folders listed outside the case's campaign and output
  folders, seen by a Python audit hook, plus any change to the sentinel folder next to the campaign.

Used by tests/test_hostile_inputs.py (1,000 cases in CI) and scripts/torture.py (10,000).
"""

from __future__ import annotations

import copy
import functools
import io
import os
import shutil
import signal
import struct
import sys
import tempfile
import time
import traceback
import zlib
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FIXTURE = Path(__file__).parent / "fixtures" / "campaign"
SECRET = "BÍ-MẬT-NGOÀI-CHIẾN-DỊCH"
CONTROL_CHARS = "\x00\x07\x08\x1b\x7f\x85\u200e\u202e\u2066\ufeff\r\t"


class CaseTimeout(BaseException):
    """Raised by SIGALRM inside a case that runs past its deadline (BaseException: nothing may swallow it)."""


# -- strategies ----------------------------------------------------------------------------------------------

hostile_strings = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from(list(CONTROL_CHARS) + list("aăâđêôơư ")), max_size=30),
    st.sampled_from(["", " ", "\n", "~", "null", "yes", "0x1F", "1e400", ".nan", "../../etc/passwd", "/dev/zero",
                     "/etc/passwd", "brand/../../outside/logo.png", "/etc/hostname.png",
                     "https://", "http://x\n", "luong-huu\n", "#12345", "#0B5FA5\n", "ftp://a.b",
                     "https://a.vn/" + "ế" * 900, "\u202eevil", "\x1b[31mred\x1b[0m", "中文", "🙂"]),
    st.builds(lambda c, n: c * n, st.sampled_from(["a", "Ư", "x ", "\n", "**"]),
              st.sampled_from([201, 241, 1_001, 20_001])),
)
hostile_scalars = st.one_of(hostile_strings, st.integers(), st.floats(), st.booleans(), st.none(),
                            st.dates(), st.binary(max_size=8))
hostile_values = st.recursive(
    hostile_scalars,
    lambda children: st.one_of(st.lists(children, max_size=5),
                               st.dictionaries(st.one_of(st.text(max_size=8), st.integers(), st.booleans()),
                                               children, max_size=4)),
    max_leaves=6,
)
RAW_YAML = [
    "a: &a [*a]\n", "x: &x {k: *x}\n", "- &r [*r]\n",
    "\n".join(["b0: &b0 [x, x, x, x, x, x, x, x, x]"]
              + [f"b{i}: &b{i} [{', '.join([f'*b{i - 1}'] * 9)}]" for i in range(1, 10)]) + "\n",
    "[" * 3000 + "]" * 3000 + "\n", "{" * 200, "name: a\nname: b\n", "!!python/object/apply:os.system [ls]\n",
    "!!binary aGVsbG8=\n", "!!set {a, b}\n", "? [a, b]\n: c\n", "<<: {name: x}\n", "--- a\n--- b\n",
    "\t- tab\n", "%YAML 9.9\n---\na\n", "&a a: *a\n", "key: !!timestamp 2025-13-45\n", "'unterminated\n",
]
raw_yaml = st.one_of(st.sampled_from(RAW_YAML), st.text(max_size=200))

CAMPAIGN_KEYS = ["name", "organisation", "hotline", "website", "brand", "audio", "leaflets", "infographics", "clips",
                 "stations", "lexicon", "approval", "brand.logo", "brand.primary", "brand.primary_cmyk",
                 "leaflets.trifold_texts", "audio.repeat", "audio.engine", "clips.shapes", "lexicon.BHXH",
                 "approval.require_signature", "approval.trusted_keys", "stations.base_url", "unknown", "7"]
TEXT_KEYS = ["id", "title", "summary", "key_figures", "points", "link", "priority", "silent_clip", "status",
             "approved_by", "approved_at", "approval", "signature", "approval_seq", "extra", "key_figures.0", "points.0",
             "image", "image.file", "image.focus", "image.credit", "key_figures.0.icon"]


def _mutate(data: dict, key: str, value) -> dict:
    """`data` with the dotted `key` set to `value` (mappings created on the way; "7" sets an integer key)."""
    target = data
    *parents, last = key.split(".")
    for part in parents:
        if isinstance(target, list):
            if not target:
                return data
            target = target[0]
        elif isinstance(target, dict):
            if not isinstance(target.get(part), (dict, list)):
                target[part] = {}
            target = target[part]
        else:
            return data
    if isinstance(target, dict):
        target[7 if last == "7" else last] = value
    elif isinstance(target, list) and target:
        target[0] = value
    return data


def _dump(data) -> str:
    try:
        return yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
                         sort_keys=False)
    except yaml.YAMLError:
        return "broken: [\n"


@st.composite
def yaml_documents(draw, base: dict, keys: list[str]) -> str:
    """A YAML document: the valid `base` with some fields set to hostile values, or raw hostile YAML."""
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return draw(raw_yaml)
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(0, 3)) if choice > 3 else 0):
        _mutate(data, draw(st.sampled_from(keys)), draw(hostile_values))
    text = _dump(data)
    if choice == 1:
        text += draw(st.sampled_from(RAW_YAML))
    if choice == 2:
        text = text.replace("\n", "\r\n", 1)
    return text


BASE_CONFIG = yaml.safe_load((FIXTURE / "campaign.yaml").read_text("utf-8"))
BASE_TEXTS = {path.name: path.read_text("utf-8") for path in sorted((FIXTURE / "texts").glob("*.md"))}
BASE_FRONT_MATTER = {name: yaml.safe_load(text.split("---\n")[1]) for name, text in BASE_TEXTS.items()}
BASE_APPROVAL = {"approval": "sha256:" + "0" * 64, "approved_by": "Trung tâm", "approved_at": "2026-11-24",
                 "signature": "ed25519:" + "A" * 86 + "=="}
APPROVAL_KEYS = ["approval", "approved_by", "approved_at", "signature", "7"]
FILE_KINDS = ["content", "content", "content", "content", "content", "link-outside", "link-dev-zero", "fifo",
              "folder", "dangling", "loop", "link-inside", "bytes", "huge"]


@st.composite
def text_files(draw) -> tuple[str, str, str | bytes]:
    """(file name, kind, content) of one file in texts/."""
    stem = draw(st.one_of(st.text(alphabet=st.characters(blacklist_characters="/\x00"), min_size=1, max_size=20),
                          st.sampled_from(["a" * 260, "\x1b[2J", "\u202egpj", "..", "-", " "])))
    kind = draw(st.sampled_from(FILE_KINDS))
    base_name = draw(st.sampled_from(sorted(BASE_TEXTS)))
    if kind == "bytes":
        return f"c-{stem}.md", "content", draw(st.binary(max_size=300))
    if kind == "huge":  # over the file size cap, or a body over its field cap
        return f"c-{stem}.md", "content", BASE_TEXTS[base_name] + draw(st.sampled_from(["x" * 300_000,
                                                                                      "Câu. " * 5_000]))
    front = draw(yaml_documents(BASE_FRONT_MATTER[base_name], TEXT_KEYS))
    body = draw(st.one_of(st.just(BASE_TEXTS[base_name].split("---\n", 2)[2]), hostile_strings))
    return f"c-{stem}.md", kind, f"---\n{front}---\n{body}"


@st.composite
def cases(draw) -> dict:
    """One hostile campaign folder, described."""
    return {
        "config_kind": draw(st.sampled_from(["content"] * 8 + ["folder", "missing", "link-outside",
                                                               "link-dev-zero", "fifo", "bytes"])),
        "config": draw(yaml_documents(BASE_CONFIG, CAMPAIGN_KEYS)),
        "config_bytes": draw(st.binary(max_size=200)),
        "texts_kind": draw(st.sampled_from(["folder"] * 8 + ["link-outside", "file", "missing"])),
        "keep_fixture_texts": draw(st.sampled_from([True, True, True, False])),
        "texts": draw(st.one_of(st.just([]), st.lists(text_files(), min_size=1, max_size=2))),
        "logo": draw(st.sampled_from(["fixture"] * 5 + ["truncated", "giant", "link-outside", "not-image",
                                                        "fifo"])),
        "approval_yaml": draw(st.one_of(st.none(), st.none(), raw_yaml, yaml_documents(BASE_APPROVAL, APPROVAL_KEYS))),
    }


# -- building a case on disk ---------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _small_png() -> bytes:
    """A 48 x 48 logo: decoding the fixture's 1200 px one in every case would dominate the run time."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (48, 48), (11, 95, 165, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def _giant_png() -> bytes:
    """A tiny PNG whose header claims 50000 x 50000 pixels (a decompression bomb's calling card)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 50_000, 50_000, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + \
        chunk(b"IEND", b"")


def _place(path: Path, kind: str, content: str | bytes, case_dir: Path) -> None:
    """Create `path` as the given kind of file; silently skip names the file system refuses."""
    outside = case_dir / "outside"
    if os.path.lexists(path):  # two files drew the same name: writing into a FIFO made first would block
        return
    try:
        if kind == "content":
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
        elif kind == "link-outside":
            path.symlink_to(outside / "secret.md")
        elif kind == "link-dev-zero":
            path.symlink_to("/dev/zero")
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "folder":
            path.mkdir()
        elif kind == "dangling":
            path.symlink_to(case_dir / "nowhere")
        elif kind == "loop":
            path.symlink_to(path)
        elif kind == "link-inside":
            path.symlink_to(case_dir / "campaign" / "campaign.yaml")
    except (OSError, UnicodeEncodeError, ValueError):
        pass


def build_case(case: dict, case_dir: Path) -> Path:
    """Write the campaign folder a case describes (with a sentinel `outside/` next to it); return its root."""
    outside = case_dir / "outside"
    outside.mkdir(parents=True)
    (outside / "secret.md").write_text(f"---\nid: ngoai\ntitle: {SECRET}\nsummary: x\n---\n{SECRET}\n", "utf-8")
    (outside / "logo.png").write_bytes(_small_png())
    root = case_dir / "campaign"
    (root / "brand").mkdir(parents=True)
    logo = root / "brand" / "logo.png"
    logo.write_bytes(_small_png())
    if case["logo"] == "truncated":
        logo.write_bytes(logo.read_bytes()[:100])
    elif case["logo"] == "giant":
        logo.write_bytes(_giant_png())
    elif case["logo"] == "not-image":
        logo.write_text("not a png", "utf-8")
    elif case["logo"] in ("link-outside", "fifo"):
        logo.unlink()
        _place(logo, case["logo"], "", case_dir) if case["logo"] == "fifo" else logo.symlink_to(outside / "logo.png")
    config = root / "campaign.yaml"
    kind = case["config_kind"]
    if kind == "bytes":
        config.write_bytes(case["config_bytes"])
    elif kind == "link-outside":
        (outside / "campaign.yaml").write_text(case["config"], "utf-8", errors="surrogatepass")
        config.symlink_to(outside / "campaign.yaml")
    elif kind != "missing":
        _place(config, kind, case["config"], case_dir)
    if case.get("approval_yaml") is not None:
        (root / "approval.yaml").write_text(case["approval_yaml"], "utf-8", errors="surrogatepass")
    texts = root / "texts"
    if case["texts_kind"] == "folder":
        texts.mkdir()
        if case["keep_fixture_texts"]:
            for name, content in BASE_TEXTS.items():
                (texts / name).write_text(content, "utf-8")
        for name, file_kind, content in case["texts"]:
            _place(texts / name, file_kind, content, case_dir)
    elif case["texts_kind"] == "link-outside":
        shutil.copytree(FIXTURE / "texts", outside / "texts")
        texts.symlink_to(outside / "texts")
    elif case["texts_kind"] == "file":
        texts.write_text("not a folder", "utf-8")
    return root


# -- running a case ------------------------------------------------------------------------------------------

class Watch:
    """An audit hook (installed once per process) recording opens and listings outside the allowed folders."""

    allowed: tuple[str, ...] = ()
    watched: str | None = None
    escapes: list[str] = []
    _installed = False

    @classmethod
    def install(cls) -> None:
        """Install the audit hook, once."""
        if not cls._installed:
            sys.addaudithook(cls._hook)
            cls._installed = True

    @classmethod
    def _hook(cls, event: str, args: tuple) -> None:
        if cls.watched is None or event not in ("open", "os.listdir", "os.scandir"):
            return
        path = args[0] if args else None
        if not isinstance(path, (str, bytes, os.PathLike)) or isinstance(path, int):
            return
        path = os.fsdecode(os.path.abspath(path))
        real = os.path.realpath(path)
        writing = event == "open" and _is_write(args)
        inside = any(p == root or p.startswith(root + os.sep) for p in (path, real) for root in cls.allowed)
        if real.startswith(cls.watched) or not inside and (writing or real.startswith(("/dev/", "/etc/"))
                                                           and real != "/dev/null"):
            cls.escapes.append(f"{event} {'write' if writing else 'read'} {path} -> {real}")


def _is_write(args: tuple) -> bool:
    mode, flags = (args[1] if len(args) > 1 else None), (args[2] if len(args) > 2 else 0)
    if isinstance(mode, str) and any(c in mode for c in "wax+"):
        return True
    return isinstance(flags, int) and bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC))


def _alarm(signum, frame):
    raise CaseTimeout()


def run_case(case: dict, base_dir: Path, deadline_s: float) -> str:
    """Build and run one case: 'ok', 'refused' (exit 2), 'traceback: ...', 'hang' or 'escape: ...'."""
    from click.testing import CliRunner

    from pipeline.campaign import load_campaign
    from pipeline.cli import cli
    from pipeline.errors import CampaignError

    case_dir = Path(tempfile.mkdtemp(prefix="case-", dir=base_dir))
    outcome = "ok"
    try:
        root = build_case(case, case_dir)
        out_dir = case_dir / "out"
        before = sorted(p.name for p in (case_dir / "outside").iterdir())
        Watch.allowed = (str(root), str(out_dir), os.path.realpath(root), os.path.realpath(out_dir))
        Watch.watched = os.path.realpath(case_dir / "outside")
        Watch.escapes = []
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, deadline_s)
        try:
            try:
                load_campaign(root)
            except CampaignError as exc:
                outcome = "refused" if exc.exit_code == 2 else f"traceback: CampaignError exit {exc.exit_code}"
            if outcome == "ok":
                result = CliRunner().invoke(cli, ["status", str(root), "--out", str(out_dir)])
                if result.exception is not None and not isinstance(result.exception, SystemExit):
                    outcome = "traceback: " + "".join(traceback.format_exception(result.exception))[-600:]
                elif result.exit_code not in (0, 1, 2):
                    outcome = f"traceback: status exit {result.exit_code}: {result.output[-300:]}"
        except CaseTimeout:
            outcome = "hang"
        except Exception:  # noqa: BLE001 - counting them is the point
            outcome = "traceback: " + traceback.format_exc()[-600:]
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            Watch.watched = None
        after = sorted(p.name for p in (case_dir / "outside").iterdir())
        if Watch.escapes or after != before:
            outcome = f"escape: {Watch.escapes[:3]} {before} -> {after}"
    finally:
        shutil.rmtree(case_dir, ignore_errors=True)
    return outcome


def run_cases(n: int, deadline_s: float) -> dict:
    """Run `n` hypothesis-generated hostile cases; return counts and the first few failures.

    Keys: cases, ok, refused, tracebacks, hangs, escapes, seconds, failures (list of (outcome, case)).
    """
    Watch.install()
    stats = {"cases": 0, "ok": 0, "refused": 0, "tracebacks": 0, "hangs": 0, "escapes": 0, "failures": []}
    started = time.perf_counter()
    shm = Path("/dev/shm")  # a memory file system when there is one: thousands of tiny folders
    base_dir = Path(tempfile.mkdtemp(prefix="hostile-", dir=shm if shm.is_dir() and os.access(shm, os.W_OK) else None))

    @settings(max_examples=n, deadline=None, derandomize=True, database=None, print_blob=False,
              suppress_health_check=list(HealthCheck))
    @given(cases())
    def one(case):
        outcome = run_case(case, base_dir, deadline_s)
        stats["cases"] += 1
        key = outcome.split(":")[0]
        stats[{"ok": "ok", "refused": "refused", "traceback": "tracebacks", "hang": "hangs",
               "escape": "escapes"}[key]] += 1
        if key not in ("ok", "refused") and len(stats["failures"]) < 10:
            stats["failures"].append((outcome, case))

    try:
        one()
    finally:
        shutil.rmtree(base_dir, ignore_errors=True)
    stats["seconds"] = round(time.perf_counter() - started, 1)
    return stats


if __name__ == "__main__":
    import json

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    result = run_cases(count, float(sys.argv[2]) if len(sys.argv) > 2 else 10.0)
    print(json.dumps({k: v for k, v in result.items() if k != "failures"}))
    for failure, case in result["failures"]:
        print(failure[:800], "\n   case:", repr(case)[:500])
