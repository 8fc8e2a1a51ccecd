"""Filters of a binding (`bind: "organisation | upper"`): small, named transformations of a field's text."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit


def website_label(url: str) -> str:
    """A web address as people type it: no scheme, no "www.", no trailing slash."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = parts.netloc or parts.path
    host = host[4:] if host.startswith("www.") else host
    path = parts.path.rstrip("/") if parts.netloc else ""
    return host + path


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "strip": str.strip,
    "website": website_label,
}


def apply(value: Any, names: tuple[str, ...]) -> Any:
    """`value` through each named filter in turn (strings only; other values pass unchanged)."""
    for name in names:
        if isinstance(value, str):
            value = FILTERS[name](value)
    return value
