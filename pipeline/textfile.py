"""Reading and rewriting a text file: UTF-8 (BOM and CRLF accepted), YAML front matter, then the body."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.errors import Problem

TEXT_FILE_MAX_BYTES = 256 * 1024      # a text file or campaign.yaml; the sample texts are 1.5 KB
FRONT_MATTER_MAX_CHARS = 32_000       # a text's YAML fields (each field has its own cap too)
YAML_MAX_ALIASES = 100                # alias uses (*name) in one YAML document
YAML_MAX_NODES = 10_000               # values in one YAML document (aliases expanded); parsing is ~100 µs each
YAML_MAX_DEPTH = 32                   # nesting of lists and mappings


@dataclass
class RawText:
    """A text file split into its front matter (parsed and as written) and its body, all NFC."""

    path: Path
    front_matter: dict
    front_matter_lines: list[str]
    body: str


def normalise(text: str) -> str:
    """NFC, LF line endings, no BOM: the form every text is compared and hashed in."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def nfc_value(value):
    """A YAML value with every string NFC and dates as ISO strings."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [nfc_value(v) for v in value]
    if isinstance(value, dict):
        return {nfc_value(k): nfc_value(v) for k, v in value.items()}
    return value


def decode_utf8(data: bytes, path: Path) -> str:
    """Bytes to str, or a Problem naming the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProblemError(Problem(path, None, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                                               f"{exc.start}); save it as UTF-8")) from None


class ProblemError(Exception):
    """Carries one Problem out of a parser."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def confined_path(path: Path, root: Path) -> Path:
    """`path` with every symlink resolved; a ProblemError when it dangles, loops or leads outside `root`."""
    try:
        resolved = Path(path).resolve(strict=True)
    except FileNotFoundError:
        kind = "a dangling symlink" if os.path.lexists(path) else "not found"
        raise ProblemError(Problem(path, None, kind)) from None
    except (RuntimeError, OSError) as exc:  # a symlink loop (RuntimeError before Python 3.13), too long a name...
        reason = "a symlink loop" if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP \
            else f"cannot be read ({os.strerror(exc.errno) if getattr(exc, 'errno', None) else exc})"
        raise ProblemError(Problem(path, None, reason)) from None
    except ValueError:  # a NUL character: no file system has such a name
        raise ProblemError(Problem(repr(str(path))[1:-1], None, "not a valid file name (a NUL character)")) from None
    inside = Path(root).resolve()
    if resolved != inside and inside not in resolved.parents:
        raise ProblemError(Problem(path, None, f"leads outside the campaign folder (to {resolved}); "
                                               "copy the file into the campaign instead of linking to it"))
    return resolved


def read_capped(path: Path, root: Path, limit: int = TEXT_FILE_MAX_BYTES) -> bytes:
    """The bytes of a regular file inside `root`, at most `limit` of them; a ProblemError otherwise.

    Symlinks are resolved and must stay in `root`; folders, FIFOs and devices are refused before
    anything is read, and the file is opened non-blocking so a FIFO swapped in meanwhile cannot hang.
    """
    resolved = confined_path(path, root)
    try:
        fd = os.open(resolved, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise ProblemError(Problem(path, None, "is a folder, not a file")) from None
    except OSError as exc:
        raise ProblemError(Problem(path, None, f"cannot be read ({os.strerror(exc.errno or 0)})")) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ProblemError(Problem(path, None, "is a folder, not a file"))
        if not stat.S_ISREG(info.st_mode):
            raise ProblemError(Problem(path, None, "is not a regular file (a FIFO, socket or device); "
                                                   "only plain files are read"))
        if info.st_size > limit:
            raise ProblemError(Problem(path, None, f"too large: {info.st_size} bytes, at most {limit}"))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ProblemError(Problem(path, None, f"too large: more than {limit} bytes"))
    return data


# libyaml's scanner and parser (C, about ten times faster than PyYAML's own) when PyYAML was built with it;
# the composer stays PyYAML's Python one, so CappedLoader can count and refuse node by node.
try:
    from yaml.cyaml import CParser as _Parser
except ImportError:  # PyYAML without libyaml
    class _Parser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
        """PyYAML's pure-Python reader, scanner and parser."""

        def __init__(self, stream):
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)


class CappedLoader(yaml.composer.Composer, _Parser, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
    """YAML's safe loader with bounds: no duplicate keys, no recursive aliases, capped aliases, nodes and depth."""

    def __init__(self, stream):
        _Parser.__init__(self, stream)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self._aliases = 0
        self._open_anchors: set[str] = set()
        self._depth = 0
        self._nodes = 0

    def compose_node(self, parent, index):
        """Count aliases and depth; refuse an alias to a node that contains it (a recursive structure)."""
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > YAML_MAX_ALIASES:
                raise _composer_error(f"more than {YAML_MAX_ALIASES} aliases", event)
            if event.anchor in self._open_anchors:
                raise _composer_error(f"recursive alias *{event.anchor}", event)
            return super().compose_node(parent, index)
        anchor = getattr(event, "anchor", None)
        self._nodes += 1
        if self._nodes > YAML_MAX_NODES:  # stop early: the scanner is slow, a 20,000-item list is not a campaign
            raise _composer_error(f"more than {YAML_MAX_NODES} values", event)
        self._depth += 1
        if self._depth > YAML_MAX_DEPTH:
            raise _composer_error(f"nested more than {YAML_MAX_DEPTH} levels deep", event)
        if anchor is not None:
            self._open_anchors.add(anchor)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1
            self._open_anchors.discard(anchor)

    def get_single_node(self):
        """The document's node, refused when its aliases expand to more than YAML_MAX_NODES values."""
        node = super().get_single_node()
        if node is not None and _expanded_size(node, {}) > YAML_MAX_NODES:
            raise yaml.composer.ComposerError(None, None, f"more than {YAML_MAX_NODES} values once aliases are "
                                                          "expanded (an alias bomb?)", node.start_mark)
        return node

    def construct_mapping(self, node, deep=False):
        """A mapping, refusing a key written twice (YAML would silently keep the last)."""
        seen: set[tuple[str, str]] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                ident = (key_node.tag, key_node.value)
                if ident in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key_node.value!r}",
                                                            key_node.start_mark)
                seen.add(ident)
        return super().construct_mapping(node, deep=deep)


def _composer_error(message: str, event) -> yaml.composer.ComposerError:
    return yaml.composer.ComposerError(None, None, message, event.start_mark)


def _expanded_size(node, sizes: dict[int, int]) -> int:
    """How many values `node` stands for with every alias expanded (memoised per node, so bombs stay cheap)."""
    if id(node) in sizes:
        return sizes[id(node)]
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(_expanded_size(child, sizes) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        size += sum(_expanded_size(k, sizes) + _expanded_size(v, sizes) for k, v in node.value)
    sizes[id(node)] = size
    return size


def load_yaml(source: str):
    """Parse one YAML document with CappedLoader; raises yaml.YAMLError."""
    _check_flow_depth(source)
    try:
        return yaml.load(source, Loader=CappedLoader)  # noqa: S506 - CappedLoader is a SafeLoader
    except (ValueError, TypeError, OverflowError) as exc:  # a constructor's own error: `2025-13-45` as a date
        raise yaml.YAMLError(f"a value cannot be read ({exc})") from None


def _check_flow_depth(source: str) -> None:
    """Refuse `[[[[...` / `{{{{...` nested deeper than YAML_MAX_DEPTH before PyYAML's scanner sees it.

    The scanner looks ahead over every open bracket before yielding a token and checks all pending ones
    per character, so 100,000 brackets (well under the file cap) would take hours; counting first is linear.
    Brackets inside quotes count too: harmless, no real campaign nests 32 brackets deep.
    """
    depth = 0
    for line_number, line in enumerate(source.split("\n"), start=1):
        for char in line:
            if char in "[{":
                depth += 1
                if depth > YAML_MAX_DEPTH:
                    mark = yaml.Mark("<yaml>", 0, line_number - 1, 0, None, None)
                    raise yaml.composer.ComposerError(None, None, f"brackets nested more than {YAML_MAX_DEPTH} "
                                                                  "levels deep", mark)
            elif char in "]}" and depth:
                depth -= 1


def yaml_problem(exc: yaml.YAMLError, line_offset: int = 1) -> str:
    """A YAML error as `invalid YAML at line N: problem`."""
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + line_offset}" if mark is not None else ""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"invalid YAML{where}: {problem}"


def read_text_file(path: Path, root: Path | None = None) -> RawText:
    """Read a text file (confined to `root`, default its folder's parent); ProblemError for bad bytes or fields."""
    root = Path(path).absolute().parent.parent if root is None else root
    content = normalise(decode_utf8(read_capped(path, root), path))
    lines = content.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ProblemError(Problem(path, "front matter", "missing: the file must start with a line '---', "
                                                         "the YAML fields, then another '---'"))
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ProblemError(Problem(path, "front matter", "not closed: no second '---' line")) from None
    fm_lines = lines[1:end]
    fm_chars = sum(len(line) + 1 for line in fm_lines)
    if fm_chars > FRONT_MATTER_MAX_CHARS:
        raise ProblemError(Problem(path, "front matter", f"too long: {fm_chars} characters, at most "
                                                         f"{FRONT_MATTER_MAX_CHARS}"))
    try:
        data = load_yaml("\n".join(fm_lines))
    except yaml.YAMLError as exc:
        raise ProblemError(Problem(path, "front matter", yaml_problem(exc, line_offset=2))) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ProblemError(Problem(path, "front matter", "must be a mapping of fields (key: value)"))
    body = "\n".join(lines[end + 1:]).strip("\n")
    return RawText(path=path, front_matter=nfc_value(data), front_matter_lines=fm_lines, body=body)


_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def rewrite_fields(raw: RawText, updates: dict[str, str | int | None]) -> str:
    """The file's content with top-level `updates` set (replaced in place or appended; None removes the field),
    the rest kept verbatim."""
    out: list[str] = []
    remaining = dict(updates)
    skipping = False
    for line in raw.front_matter_lines:
        match = _TOP_KEY.match(line)
        if match and match.group(1) in updates:
            key = match.group(1)
            if key in remaining and remaining[key] is not None:
                out.append(f"{key}: {yaml_scalar(remaining.pop(key))}")
            skipping = True  # drop continuation lines of the old value
            continue
        if skipping and (line.startswith((" ", "\t")) or not line.strip()) and not match:
            continue
        skipping = False
        out.append(line)
    out += [f"{key}: {yaml_scalar(value)}" for key, value in remaining.items() if value is not None]
    return "---\n" + "\n".join(out) + "\n---\n" + raw.body + "\n"


def yaml_scalar(value: str | int) -> str:
    """A string as a double-quoted YAML scalar (a whole number as itself)."""
    if isinstance(value, int):
        return str(value)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
