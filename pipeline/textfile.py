"""Reading and rewriting a text file: UTF-8 (BOM and CRLF accepted), YAML front matter, then the body."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.errors import Problem


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


def read_text_file(path: Path) -> RawText:
    """Read a text file; raises ProblemError for undecodable bytes or bad front matter."""
    content = normalise(decode_utf8(path.read_bytes(), path))
    lines = content.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ProblemError(Problem(path, "front matter", "missing: the file must start with a line '---', "
                                                         "the YAML fields, then another '---'"))
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ProblemError(Problem(path, "front matter", "not closed: no second '---' line")) from None
    fm_lines = lines[1:end]
    try:
        data = yaml.safe_load("\n".join(fm_lines))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ProblemError(Problem(path, "front matter", f"invalid YAML{where}: {problem}")) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ProblemError(Problem(path, "front matter", "must be a mapping of fields (key: value)"))
    body = "\n".join(lines[end + 1:]).strip("\n")
    return RawText(path=path, front_matter=nfc_value(data), front_matter_lines=fm_lines, body=body)


_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def rewrite_fields(raw: RawText, updates: dict[str, str]) -> str:
    """The file's content with top-level `updates` set (replaced in place or appended), the rest kept verbatim."""
    out: list[str] = []
    remaining = dict(updates)
    skipping = False
    for line in raw.front_matter_lines:
        match = _TOP_KEY.match(line)
        if match and match.group(1) in updates:
            key = match.group(1)
            if key in remaining:
                out.append(f"{key}: {yaml_scalar(remaining.pop(key))}")
            skipping = True  # drop continuation lines of the old value
            continue
        if skipping and (line.startswith((" ", "\t")) or not line.strip()) and not match:
            continue
        skipping = False
        out.append(line)
    out += [f"{key}: {yaml_scalar(value)}" for key, value in remaining.items()]
    return "---\n" + "\n".join(out) + "\n---\n" + raw.body + "\n"


def yaml_scalar(value: str) -> str:
    """A string as a double-quoted YAML scalar."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
