"""A text's broadcast schedule: on which days (from, until) and at which times loudspeaker stations play it.

In a text's front matter (optional; without it a bulletin is valid every day, at any time):

    broadcast: {from: 2025-07-01, until: 2025-07-31, times: ["06:00", "17:30"]}

Every key is optional but the mapping may not be empty. `publish` writes the schedule into the feed and
index.json, the stations page shows it, and `sync` puts into a station's playlist only the bulletins valid
today. Emergency bulletins are played first, whatever their times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

BROADCAST_KEYS = ("from", "until", "times")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Broadcast:
    """When a bulletin is to be broadcast: first and last day (inclusive; None = open) and times of day."""

    start: date | None = None
    until: date | None = None
    times: tuple[str, ...] = ()

    def valid_on(self, day: date) -> bool:
        """Whether the bulletin is to be broadcast on `day`."""
        return (self.start is None or self.start <= day) and (self.until is None or day <= self.until)

    def as_dict(self) -> dict[str, Any]:
        """The schedule as written in index.json: ISO dates (or null) and "HH:MM" times."""
        return {"from": self.start.isoformat() if self.start else None,
                "until": self.until.isoformat() if self.until else None,
                "times": list(self.times)}


def parse_broadcast(value: Any) -> Broadcast:
    """A Broadcast from a front-matter (or index.json) value; ValueError("<field>: <problem>") when invalid."""
    if not isinstance(value, dict) or not value:
        raise ValueError('broadcast: must be a mapping like {from: 2025-07-01, until: 2025-07-31, '
                         'times: ["06:00", "17:30"]}')
    unknown = sorted(str(key) for key in value if key not in BROADCAST_KEYS)
    if unknown:
        raise ValueError(f"broadcast.{unknown[0]}: unknown key (known: {', '.join(BROADCAST_KEYS)})")
    start = _read_date(value.get("from"), "from")
    until = _read_date(value.get("until"), "until")
    if start and until and until < start:
        raise ValueError(f"broadcast.until: {until.isoformat()} is before broadcast.from {start.isoformat()}")
    return Broadcast(start=start, until=until, times=_read_times(value.get("times")))


def read_broadcast(value: Any, add: Callable[[str, str], None]) -> Broadcast | None:
    """The optional `broadcast` field of a text, or None; a problem is reported through `add(field, message)`."""
    if value is None:
        return None
    try:
        return parse_broadcast(value)
    except ValueError as exc:
        field, _, message = str(exc).partition(": ")
        add(field, message)
        return None


def _read_date(value: Any, key: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"broadcast.{key}: {value!r} is not a date like 2025-07-01") from None


def _read_times(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValueError('broadcast.times: must be a list of times like ["06:00", "17:30"]')
    times = []
    for i, item in enumerate(value):
        if isinstance(item, int) and not isinstance(item, bool):  # YAML 1.1 reads 17:30 unquoted as 1050
            raise ValueError(f'broadcast.times[{i}]: put times in quotes, like "06:00" (without them YAML '
                             "reads them as numbers)")
        if not isinstance(item, str) or not _TIME.match(item.strip()):
            raise ValueError(f"broadcast.times[{i}]: {item!r} is not a time like \"06:00\" (00:00 to 23:59)")
        if item.strip() in times:
            raise ValueError(f"broadcast.times[{i}]: {item!r} is listed twice")
        times.append(item.strip())
    return tuple(sorted(times))


def day_vi(day: date) -> str:
    """A date the Vietnamese way ("01/07/2025")."""
    return day.strftime("%d/%m/%Y")


def schedule_vi(broadcast: Broadcast | None) -> str:
    """The schedule in plain Vietnamese ("từ 01/07/2025 đến 31/07/2025, lúc 06:00 và 17:30")."""
    if broadcast is None:
        return "phát hằng ngày, giờ phát do đài chọn"
    parts = []
    if broadcast.start and broadcast.until:
        parts.append(f"từ {day_vi(broadcast.start)} đến {day_vi(broadcast.until)}")
    elif broadcast.start:
        parts.append(f"từ {day_vi(broadcast.start)}")
    elif broadcast.until:
        parts.append(f"đến hết {day_vi(broadcast.until)}")
    else:
        parts.append("hằng ngày")
    if broadcast.times:
        times = list(broadcast.times)
        joined = times[0] if len(times) == 1 else ", ".join(times[:-1]) + " và " + times[-1]
        parts.append(f"lúc {joined}")
    else:
        parts.append("giờ phát do đài chọn")
    return ", ".join(parts)
