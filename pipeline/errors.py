"""The exceptions a user can act on, each with the exit status the contract gives it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import click

# Characters a terminal acts on instead of showing: C0/C1 controls (ESC starts colour codes and title changes)
# and the bidirectional overrides that reorder what is shown (U+202E prints "txt.exe" as "exe.txt").
_TERMINAL_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str, keep_newlines: bool = False) -> str:
    """`text` with terminal control and bidi override characters shown as escapes (\\x1b, \\u202e)."""
    def escape(match: re.Match) -> str:
        char = match.group(0)
        if keep_newlines and char == "\n":
            return char
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"

    return _TERMINAL_CONTROLS.sub(escape, str(text))


class PipelineError(click.ClickException):
    """A problem the user can fix; shown as one message, no traceback."""

    exit_code = 1

    def format_message(self) -> str:
        """The message with control characters escaped: file names and fields come from untrusted input."""
        return escape_controls(self.message, keep_newlines=True)


class UsageError(PipelineError):
    """Bad usage of a command (exit 2)."""

    exit_code = 2


def display_path(path) -> str:
    """A path as a user typed it: relative to the working folder when inside it."""
    path = Path(path)
    try:  # the link's own name, not its target: a symlink may dangle, loop or point anywhere
        return str(Path(os.path.abspath(path)).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


class Problem:
    """One validation problem: the file, the field and what is wrong."""

    def __init__(self, path, field: str | None, message: str):
        self.path = display_path(path)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        where = f"{self.path}: {self.field}" if self.field else self.path
        return escape_controls(f"{where}: {self.message}")

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"


class CampaignError(PipelineError):
    """An invalid campaign: every problem found, reported at once (exit 2)."""

    exit_code = 2

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = [f"the campaign has {len(self.problems)} problem(s):"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))


class RenderError(PipelineError):
    """A render that cannot succeed for one text (too long to fit, bad input file...); other jobs go on."""

    exit_code = 1


class TransferError(PipelineError):
    """A download that could not be completed whole (server unreachable, cut too often, wrong bytes); exit 1."""

    exit_code = 1
