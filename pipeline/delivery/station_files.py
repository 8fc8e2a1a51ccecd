"""What a published stations folder is made of, shared by `publish`, its page and the station's `sync`."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pipeline
from pipeline.approval import canonical_json

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


# A release's signed statement: what a station must be able to trust without trusting the server it came from.
RELEASE_SIGNATURE_HEADER = "media-pipeline stations release v1"
SIGNED_BULLETIN_KEYS = ("id", "file", "bytes", "sha256", "priority", "broadcast", "title", "duration_s", "script",
                        "script_sha256")


def release_statement(number: int, release: str, published_at: str, withdraw_all: bool,
                      bulletins: list[dict[str, Any]]) -> dict[str, Any]:
    """What a publisher signs: the release number (grows by one each publish) and date, whether the release
    withdraws every bulletin on purpose, and per bulletin its name, size, SHA-256, priority, broadcast window,
    title and duration (everything a station downloads, checks and plays by)."""
    return {"release_number": number, "release": release, "published_at": published_at,
            "withdraw_all": withdraw_all,
            "bulletins": [{key: bulletin.get(key) for key in SIGNED_BULLETIN_KEYS} for bulletin in bulletins]}


def release_message(statement: dict[str, Any]) -> bytes:
    """The bytes a release signature covers (one canonical JSON form, so publisher and station agree)."""
    return canonical_json([RELEASE_SIGNATURE_HEADER, statement]).encode("utf-8")
