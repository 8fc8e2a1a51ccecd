"""What a published stations folder is made of, shared by `publish`, its page and the station's `sync`."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pipeline

GENERATOR = f"media-pipeline {pipeline.__version__}"
VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")
PRIORITY_ORDER = {"emergency": 0, "priority": 1, "normal": 2}  # the order bulletins are listed and played in
PRIORITY_LABEL_VI = {"emergency": "Khẩn cấp", "priority": "Ưu tiên", "normal": "Thông thường"}
STATION_NS = "urn:x-media-pipeline:station:1"  # our own feed elements: priority, sha256, release, broadcast...
FEED_NAME, INDEX_JSON_NAME, INDEX_HTML_NAME, CHECKSUMS_NAME = "feed.xml", "index.json", "index.html", "SHA256SUMS"
ICON_NAME = "favicon.svg"
VERSION_HEX = 12  # hex digits of the SHA-256 in a published file name


def vietnam_today(now: datetime | None = None) -> date:
    """The date in Vietnam (UTC+7, no summer time) at `now` (default: now), whatever zone the machine is set to.

    Broadcast days are Vietnamese dates: the station page and the playlist `sync` writes both date by it (a
    station machine left on UTC would otherwise build yesterday's playlist from midnight to seven).
    """
    return (now or datetime.now(timezone.utc)).astimezone(VIETNAM_TZ).date()
