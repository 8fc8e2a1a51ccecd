"""The exceptions a user can act on, each with the exit status the contract gives it."""

from __future__ import annotations

from pathlib import Path

import click


class PipelineError(click.ClickException):
    """A problem the user can fix; shown as one message, no traceback."""

    exit_code = 1


class UsageError(PipelineError):
    """Bad usage of a command (exit 2)."""

    exit_code = 2


def display_path(path) -> str:
    """A path as a user typed it: relative to the working folder when inside it."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
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
        return f"{where}: {self.message}"

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
