"""Preflight results: one Check per rule, a report per PDF, the table and JSON the command prints."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Sequence

MAX_EXAMPLES = 3


class Check(NamedTuple):
    """One preflight rule's result: a one-line detail for the table, and every finding for machines."""

    name: str
    ok: bool
    detail: str
    findings: tuple[str, ...] = ()


@dataclass
class PreflightReport:
    """Every check of one PDF."""

    path: Path
    checks: list[Check]
    pages: int = 0

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return all(check.ok for check in self.checks)

    def failures(self) -> list[Check]:
        """The checks that failed."""
        return [check for check in self.checks if not check.ok]

    def as_dict(self) -> dict:
        """JSON-able summary for the manifest."""
        return {"result": "pass" if self.ok else "fail",
                "checks": {check.name: {"ok": check.ok, "detail": check.detail, "findings": list(check.findings)}
                           for check in self.checks}}


def failing(name: str, problems: Sequence[str], lead: str = "") -> Check:
    """A failed check: `lead` and the first few problems as its detail, every problem as its findings."""
    return Check(name, False, lead + _join(problems), tuple(counted(problems)))


def counted(problems: Sequence[str]) -> list[str]:
    """The problems once each, in order, a repeated one marked with its count."""
    counts: dict[str, int] = {}
    for problem in problems:
        counts[problem] = counts.get(problem, 0) + 1
    return [p if n == 1 else f"{p} (x{n})" for p, n in counts.items()]


def _join(problems: Sequence[str]) -> str:
    problems = counted(problems)
    shown = problems[:MAX_EXAMPLES]
    more = len(problems) - len(shown)
    return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")


def format_report(reports: Sequence[PreflightReport], root: Path | None = None) -> str:
    """A table for `media-pipeline preflight`: one row per PDF, a column per check; details of failures below."""
    names: list[str] = []  # the checks in the order the reports list them
    for report in reports:
        for check in report.checks:
            if check.name not in names:
                names.append(check.name)
    label = [_display_path(report.path, root) for report in reports]
    width = max([len("PDF")] + [len(item) for item in label])
    widths = [max(len(name), 4) for name in names]
    header = "  ".join(["PDF".ljust(width)] + [name.ljust(w) for name, w in zip(names, widths)] + ["result"])
    lines = [header, "-" * len(header)]
    for report, path_label in zip(reports, label):
        by_name = {check.name: check for check in report.checks}
        cells = []
        for name, w in zip(names, widths):
            check = by_name.get(name)
            cell = "-" if check is None else ("ok" if check.ok else "FAIL")
            cells.append(cell.ljust(w))
        lines.append("  ".join([path_label.ljust(width)] + cells + ["pass" if report.ok else "FAIL"]))
    failures = [(path_label, check) for report, path_label in zip(reports, label) for check in report.failures()]
    if failures:
        lines.append("")
        for path_label, check in failures:
            lines.append(f"{path_label}: {check.name}: {check.detail}")
    passed = sum(report.ok for report in reports)
    lines.append("")
    lines.append(f"{passed} of {len(reports)} PDF(s) pass preflight")
    return "\n".join(lines)


def reports_json(reports: Sequence[PreflightReport]) -> str:
    """The reports as a JSON document: {"pdfs": [{path, pages, result, checks}], "passed", "failed"}; each check
    has its short `detail` and, in `findings`, every problem found (the table shows only the first few)."""
    entries = [{"path": str(report.path), "pages": report.pages, **report.as_dict()} for report in reports]
    passed = sum(report.ok for report in reports)
    return json.dumps({"pdfs": entries, "passed": passed, "failed": len(reports) - passed}, ensure_ascii=False,
                      indent=2)


def _display_path(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return str(Path(path).resolve().relative_to(Path(root).resolve()))
        except ValueError:
            pass
    return str(path)
