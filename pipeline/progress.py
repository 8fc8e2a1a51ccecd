"""What a build shows while it runs and when it ends: one progress display for the whole batch, a summary table.

On a terminal (stderr is a TTY) a live tqdm line: jobs done/total, rate, time left, what is rendering now
(with the frames done of a clip); elsewhere one plain line per finished job with the same facts, and a line
per quarter of a long clip. Everything goes to stderr (through `echo`), so `build --json` keeps stdout for
its JSON document.
"""

from __future__ import annotations

import sys
import time
from typing import Callable, Iterable

NO_VARIANT = "—"


class BatchProgress:
    """Progress of every job of a build, whatever stage or worker renders it."""

    def __init__(self, total: int, echo: Callable[[str], None], where: str = "", tty: bool | None = None):
        self.total, self.done, self.echo, self.where = total, 0, echo, where
        self.started = time.monotonic()
        self.rendering: dict[int, str] = {}     # token -> "stage key" being rendered now
        self.fraction: dict[int, float] = {}    # token -> share of its frames done
        self.bar = None
        if tty if tty is not None else sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc="build", unit="job", leave=False, file=sys.stderr,
                            dynamic_ncols=True)

    def adjust_total(self, difference: int) -> None:
        """A stage found more (or fewer) jobs to render than estimated when the build began."""
        self.total = max(self.done, self.total + difference)
        if self.bar is not None:
            self.bar.total = self.total
            self.bar.refresh()

    def event(self, event: dict, label: str | None) -> None:
        """A worker's event: a job started, or frames done in a clip."""
        token = event.get("token")
        if label is None or token is None:
            return
        if event.get("kind") == "start":
            self.rendering[token] = label
        elif event.get("kind") == "frames" and event.get("total"):
            self.rendering.setdefault(token, label)
            share = event["done"] / event["total"]
            quarter, before = int(share * 4), int(self.fraction.get(token, 0.0) * 4)
            self.fraction[token] = share
            if self.bar is None and quarter > before and quarter < 4:
                self.echo(f"  {label}: {quarter * 25}% of {event['total']} frames")
        self._show_now()

    def finished(self, token: int | None, line: str) -> None:
        """A job finished (rendered or failed): count it and print its line."""
        self.done += 1
        self.rendering.pop(token, None)
        self.fraction.pop(token, None)
        if self.bar is not None:
            self.bar.write(f"  {line}", file=sys.stderr)
            self.bar.update()
            self._show_now()
        else:
            now = self.now_rendering()
            self.echo(f"  [{self.done}/{self.total}{self._rate_and_eta()}] {line}" + (f" (now: {now})" if now else ""))

    def note(self, line: str) -> None:
        """A line that is not a job (a stage's summary), printed above the live line."""
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            self.echo(line)

    def _rate_and_eta(self) -> str:
        elapsed = time.monotonic() - self.started
        if not self.done or elapsed <= 0:
            return ""
        rate = self.done / elapsed
        left = max(0, self.total - self.done) / rate
        return f", {rate * 60:.1f} jobs/min, ~{format_duration(left)} left"

    def now_rendering(self) -> str:
        """What is rendering now, e.g. `clips a/vertical 45%, audio b`."""
        parts = []
        for token, label in list(self.rendering.items())[:4]:
            share = self.fraction.get(token)
            parts.append(f"{label} {share:.0%}" if share is not None else label)
        more = len(self.rendering) - len(parts)
        return ", ".join(parts) + (f" +{more}" if more > 0 else "")

    def _show_now(self) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(self.now_rendering(), refresh=True)

    def close(self) -> None:
        """Remove the live line."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def format_duration(seconds: float) -> str:
    """`42 s`, `3 min 5 s`, `1 h 2 min`."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


def summary_table(rows: Iterable[dict]) -> str:
    """The end-of-build table: per stage and variant, rendered / up to date / refused / failed and time."""
    header = ("stage", "variant", "rendered", "up to date", "refused", "failed", "seconds")
    lines = [header]
    totals = [0, 0, 0, 0, 0.0]
    for row in rows:
        counts = [row["rendered"], row["up_to_date"], row["refused"], row["failed"], row["seconds"]]
        totals = [a + b for a, b in zip(totals, counts)]
        lines.append((row["stage"], row.get("variant") or NO_VARIANT, *map(str, counts[:4]), f"{counts[4]:.1f}"))
    lines.append(("total", "", *map(str, totals[:4]), f"{totals[4]:.1f}"))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]

    def format_line(line) -> str:
        cells = [f"{cell:<{widths[i]}}" if i < 2 else f"{cell:>{widths[i]}}" for i, cell in enumerate(line)]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([format_line(lines[0]), rule, *map(format_line, lines[1:-1]), rule, format_line(lines[-1])])
