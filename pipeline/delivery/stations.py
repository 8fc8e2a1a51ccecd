"""The folder for loudspeaker stations: MP3 bulletins, their read-aloud scripts, a podcast feed and a page.

`<out>/publish/stations/` holds, side by side:
- `<id>.mp3` and `<id>.txt` (the prepared script) for every approved bulletin, hash-checked against the
  audio manifest while copied;
- `feed.xml`: an RSS 2.0 podcast feed (enclosure with byte length and MIME type, a guid that changes
  only when the text is re-approved, RFC 822 pubDate from the approval date, itunes:duration, and the
  priority as `<category>` and as `<station:priority>`);
- `index.json`: the same for software (id, title, priority, file, bytes, sha256, duration, loudness...);
- `index.html`: a page in Vietnamese to listen and download, with no external assets (works offline
  and from a USB stick);
- `SHA256SUMS`: for `sha256sum -c SHA256SUMS`.

RSS needs absolute enclosure URLs, so the feed is written for one base URL: `--base-url`, else
`stations.base_url` in campaign.yaml, else the address `media-pipeline serve` uses by default
(http://127.0.0.1:8000/, with a warning: that feed only works on this machine). The HTML page and
index.json's `file` fields are relative and work from any address.

campaign.yaml, section `stations` (all optional): base_url, title, description, email (itunes:owner).
"""

from __future__ import annotations

import html
import json
import logging
import os
import shutil
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

import pipeline
from pipeline.atomic import sha256_file, write_bytes, write_json, write_text
from pipeline.content import Campaign, Text
from pipeline.delivery.manifests import (Manifest, ManifestItem, ManifestOutput, check_params_current,
                                         copy_verified, deliverable_text, load_manifest, make_shareable)
from pipeline.errors import CampaignError, PipelineError, Problem, UsageError

logger = logging.getLogger(__name__)

GENERATOR = f"media-pipeline {pipeline.__version__}"
DEFAULT_BASE_URL = "http://127.0.0.1:8000/"  # where `media-pipeline serve` listens by default
VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")
PRIORITY_ORDER = {"emergency": 0, "priority": 1, "normal": 2}
PRIORITY_LABEL_VI = {"emergency": "Khẩn cấp", "priority": "Ưu tiên", "normal": "Thông thường"}
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
ATOM_NS = "http://www.w3.org/2005/Atom"
STATION_NS = "urn:x-media-pipeline:station:1"  # our own elements: priority, sha256, approval, script
CATEGORY_DOMAIN = "urn:x-media-pipeline:priority"
FEED_NAME, INDEX_JSON_NAME, INDEX_HTML_NAME, CHECKSUMS_NAME = "feed.xml", "index.json", "index.html", "SHA256SUMS"

ET.register_namespace("itunes", ITUNES_NS)
ET.register_namespace("atom", ATOM_NS)
ET.register_namespace("station", STATION_NS)


@dataclass
class Bulletin:
    """One approved text's bulletin: its text, its audio manifest item and the files to publish."""

    text: Text
    item: ManifestItem
    mp3: ManifestOutput
    script: ManifestOutput | None


# ---------------------------------------------------------------- small pure helpers


def normalise_base_url(url: str) -> str:
    """Check a base URL (http or https, a host, no query) and give it a trailing slash; ValueError if bad."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"{url!r} is not an http:// or https:// address of a folder")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def resolve_base_url(base_url: str | None, campaign: Campaign) -> str:
    """The base URL for feed enclosures: the argument, else stations.base_url, else the `serve` default."""
    if base_url:
        try:
            return normalise_base_url(base_url)
        except ValueError as exc:
            raise UsageError(f"--base-url: {exc}") from None
    configured = campaign.section("stations").get("base_url")
    if configured:
        try:
            return normalise_base_url(str(configured))
        except ValueError as exc:
            raise CampaignError([Problem("campaign.yaml", "stations.base_url", str(exc))]) from None
    logger.warning("no --base-url given: the feed points at %s (the `media-pipeline serve` default), "
                   "which only works on this machine; publish again with --base-url for the stations",
                   DEFAULT_BASE_URL)
    return DEFAULT_BASE_URL


def bulletin_guid(text_id: str, approval: str) -> str:
    """A feed guid that stays the same across rebuilds of one approval and changes on re-approval."""
    return f"{text_id}:{approval}"


def publication_datetime(approved_at: Any, built_at: str | None = None) -> datetime | None:
    """When a bulletin was published: its approval date/time (Vietnam time when none is given), else its build time."""
    for value in (approved_at, built_at):
        if value is None or value == "":
            continue
        if isinstance(value, datetime):
            moment = value
        elif isinstance(value, date):
            moment = datetime.combine(value, time(0, 0))
        else:
            try:
                moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
            except ValueError:
                logger.warning("cannot read the date %r", value)
                continue
        return moment if moment.tzinfo else moment.replace(tzinfo=VIETNAM_TZ)
    return None


def rfc822_date(moment: datetime) -> str:
    """An RFC 822 date for RSS ("Tue, 24 Nov 2026 00:00:00 +0700")."""
    return format_datetime(moment)


def itunes_duration(seconds: float | None) -> str | None:
    """itunes:duration as "M:SS" or "H:MM:SS" (whole seconds, rounded)."""
    if seconds is None:
        return None
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def duration_vi(seconds: float | None) -> str:
    """A duration in Vietnamese words ("1 phút 05 giây", "45 giây")."""
    if seconds is None:
        return "không rõ"
    total = int(round(seconds))
    minutes, secs = divmod(total, 60)
    return f"{minutes} phút {secs:02d} giây" if minutes else f"{secs} giây"


def size_vi(size: int) -> str:
    """A file size the Vietnamese way, decimal comma ("1,2 MB", "850 KB")."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    if size >= 1000:
        return f"{round(size / 1000)} KB"
    return f"{size} byte"


def bulletin_sort_key(entry: dict[str, Any]) -> tuple:
    """Emergency first, then priority, then normal; newest first within a priority; then by id."""
    published = entry.get("published")
    timestamp = published.timestamp() if isinstance(published, datetime) else 0.0
    return (PRIORITY_ORDER.get(entry["priority"], len(PRIORITY_ORDER)), -timestamp, entry["id"])


# ---------------------------------------------------------------- planning


def plan_bulletins(campaign: Campaign, manifest: Manifest) -> list[Bulletin]:
    """The bulletins to publish: approved texts of the campaign with a current MP3 in the audio manifest."""
    bulletins = []
    for item in manifest.items:
        text = deliverable_text(campaign, manifest, item)
        if text is None:
            continue
        mp3 = next((o for o in item.outputs if o.suffix == ".mp3"), None)
        if mp3 is None:
            raise PipelineError(f"{manifest.path}: the audio item of {text.id} has no MP3; "
                                "run `media-pipeline build --stage audio`")
        script = next((o for o in item.outputs if o.media.get("kind") == "script"), None) \
            or next((o for o in item.outputs if o.suffix == ".txt"), None)
        bulletins.append(Bulletin(text=text, item=item, mp3=mp3, script=script))
    check_params_current(campaign, manifest, [b.item for b in bulletins])
    names = [b.mp3.name for b in bulletins] + [b.script.name for b in bulletins if b.script]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise PipelineError(f"{manifest.path}: several bulletins publish the same file name: {sorted(duplicates)}")
    return bulletins


def _mp3_duration(path: Path) -> float | None:
    try:
        from mutagen.mp3 import MP3
    except ImportError:  # the manifest normally records the duration; measuring is only a fallback
        return None
    return float(MP3(str(path)).info.length)


# ---------------------------------------------------------------- the feed, the index and the page


def build_feed(channel: dict[str, Any], entries: list[dict[str, Any]]) -> bytes:
    """The RSS 2.0 podcast feed (UTF-8 XML) for a channel and its bulletin entries."""
    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, tag, attrs)
        if text is not None:
            element.text = text
        return element

    rss = ET.Element("rss", {"version": "2.0"})
    chan = sub(rss, "channel")
    sub(chan, "title", channel["title"])
    sub(chan, "link", channel["link"])
    sub(chan, "description", channel["description"])
    sub(chan, "language", "vi")
    sub(chan, "generator", GENERATOR)
    if channel.get("last_build_date"):
        sub(chan, "lastBuildDate", channel["last_build_date"])
    sub(chan, f"{{{ATOM_NS}}}link", href=channel["feed_url"], rel="self", type="application/rss+xml")
    sub(chan, f"{{{ITUNES_NS}}}author", channel["author"])
    sub(chan, f"{{{ITUNES_NS}}}summary", channel["description"])
    sub(chan, f"{{{ITUNES_NS}}}type", "episodic")
    sub(chan, f"{{{ITUNES_NS}}}explicit", "false")
    sub(chan, f"{{{ITUNES_NS}}}category", text="Government")
    if channel.get("email"):
        owner = sub(chan, f"{{{ITUNES_NS}}}owner")
        sub(owner, f"{{{ITUNES_NS}}}name", channel["author"])
        sub(owner, f"{{{ITUNES_NS}}}email", channel["email"])
    for entry in entries:
        item = sub(chan, "item")
        sub(item, "title", entry["title"])
        sub(item, "link", entry["page_url"])
        sub(item, "description", entry["summary"])
        sub(item, "guid", entry["guid"], isPermaLink="false")
        if entry.get("pubDate"):
            sub(item, "pubDate", entry["pubDate"])
        sub(item, "enclosure", url=entry["url"], length=str(entry["bytes"]), type="audio/mpeg")
        sub(item, "category", entry["priority"], domain=CATEGORY_DOMAIN)
        if entry.get("itunes_duration"):
            sub(item, f"{{{ITUNES_NS}}}duration", entry["itunes_duration"])
        sub(item, f"{{{ITUNES_NS}}}summary", entry["summary"])
        sub(item, f"{{{ITUNES_NS}}}episodeType", "full")
        sub(item, f"{{{ITUNES_NS}}}explicit", "false")
        sub(item, f"{{{STATION_NS}}}priority", entry["priority"])
        sub(item, f"{{{STATION_NS}}}sha256", entry["sha256"])
        sub(item, f"{{{STATION_NS}}}approval", entry["approval"])
        if entry.get("script_url"):
            sub(item, f"{{{STATION_NS}}}script", entry["script_url"])
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"


_PAGE_CSS = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #d0d7de; --brand: %(brand)s; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem; font: 1.05rem/1.55 system-ui, "Segoe UI", Roboto,
       "Noto Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
header { border-bottom: 4px solid var(--brand); margin-bottom: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.25rem; } h3 { font-size: 1.15rem; margin: 0 0 .4rem; }
a { color: #0645ad; } a:focus, audio:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
ol.bulletins { list-style: none; padding: 0; margin: 0; }
ol.bulletins > li { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 0 0 1rem; }
li.priority-emergency { border: 3px solid #b00020; background: #fff5f5; }
li.priority-priority { border: 2px solid #8a5a00; background: #fffaf0; }
.badge { display: inline-block; font-size: .85rem; font-weight: 700; padding: .1rem .5rem; border-radius: 4px;
         margin-right: .4rem; vertical-align: middle; color: #fff; }
.badge-emergency { background: #b00020; } .badge-priority { background: #8a5a00; }
.badge-normal { background: #3d5a73; }
audio { width: 100%%; margin: .5rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
code { font-size: .85rem; word-break: break-all; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; color: var(--muted); font-size: .95rem; }
"""


def render_index_html(channel: dict[str, Any], entries: list[dict[str, Any]]) -> str:
    """The Vietnamese page for station officers: listen, download MP3 and script, check sums."""
    e = html.escape
    hotline_digits = "".join(ch for ch in channel["hotline"] if ch.isdigit() or ch == "+")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(channel['title'])} — Bản tin phát thanh</title>",
        f'<link rel="alternate" type="application/rss+xml" title="{e(channel["title"])}" href="{FEED_NAME}">',
        f"<style>{_PAGE_CSS % {'brand': e(channel['brand_colour'])}}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{e(channel['title'])}</h1>",
        f"<p>{e(channel['description'])}</p>",
        f"<p>{e(channel['author'])} · Đường dây nóng: "
        f"<a href=\"tel:{e(hotline_digits)}\">{e(channel['hotline'])}</a></p>",
        "</header>",
        "<main>",
        f"<h2>Danh sách bản tin ({len(entries)})</h2>",
    ]
    if not entries:
        parts.append("<p>Chưa có bản tin nào được phê duyệt.</p>")
    parts.append('<ol class="bulletins">')
    for entry in entries:
        eid = e(entry["id"])
        label = PRIORITY_LABEL_VI.get(entry["priority"], entry["priority"])
        facts = [("Mức ưu tiên", label), ("Thời lượng", duration_vi(entry["duration_s"])),
                 ("Dung lượng", size_vi(entry["bytes"]))]
        if entry.get("lufs") is not None:
            facts.append(("Độ lớn", f"{entry['lufs']:.1f} LUFS".replace(".", ",")))
        if entry.get("approved_at_vi"):
            facts.append(("Ngày phê duyệt", entry["approved_at_vi"]))
        parts += [
            f'<li class="bulletin priority-{e(entry["priority"])}" id="{eid}">',
            f'<article aria-labelledby="title-{eid}">',
            f'<h3 id="title-{eid}"><span class="badge badge-{e(entry["priority"])}">{e(label)}</span> '
            f"{e(entry['title'])}</h3>",
            f"<p>{e(entry['summary'])}</p>",
            f'<audio controls preload="none" src="{e(quote(entry["file"]))}" aria-label="Nghe bản tin: '
            f'{e(entry["title"])}">Trình duyệt này không phát được âm thanh: hãy tải tệp MP3 bên dưới.</audio>',
            '<dl class="facts">',
            *[f"<dt>{e(name)}</dt><dd>{e(value)}</dd>" for name, value in facts],
            "</dl>",
            "<p>",
            f'<a href="{e(quote(entry["file"]))}" download>Tải bản tin MP3 ({e(size_vi(entry["bytes"]))})</a>',
        ]
        if entry.get("script"):
            parts.append(f' · <a href="{e(quote(entry["script"]))}" download>Tải kịch bản đọc (văn bản)</a>')
        parts += [
            "</p>",
            f"<p>Mã kiểm tra SHA-256 của tệp MP3: <code>{e(entry['sha256'])}</code></p>",
            "</article>",
            "</li>",
        ]
    parts += [
        "</ol>",
        "</main>",
        "<footer>",
        f'<p>Kiểm tra các tệp đã tải về bằng lệnh <code>sha256sum -c {CHECKSUMS_NAME}</code> '
        f'(tệp <a href="{CHECKSUMS_NAME}">{CHECKSUMS_NAME}</a>).</p>',
        f'<p>Cho phần mềm của đài: nguồn cấp podcast <a href="{FEED_NAME}">{FEED_NAME}</a> (RSS) và danh mục '
        f'<a href="{INDEX_JSON_NAME}">{INDEX_JSON_NAME}</a>.</p>',
        f"<p>Tạo bởi {e(GENERATOR)}.</p>",
        "</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


# ---------------------------------------------------------------- writing


def _previous_files(dest_dir: Path) -> set[str]:
    """The files an earlier publish put in `dest_dir` (from its index.json), to remove those now gone."""
    try:
        index = json.loads((dest_dir / INDEX_JSON_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(index, dict) or not str(index.get("generator", "")).startswith("media-pipeline"):
        return set()
    return {name for name in index.get("files", []) if isinstance(name, str)
            and name and "/" not in name and "\\" not in name and not name.startswith(".")}


def publish_stations(campaign: Campaign, out_dir: Path, base_url: str | None = None,
                     dest_dir: Path | None = None) -> Path:
    """Write the stations folder (`<out>/publish/stations/` unless `dest_dir`) and return its path.

    Texts (title, summary, priority, approval date) come from `campaign`; files, hashes, duration and
    loudness from the audio manifest. Every MP3 and script is hash-checked while copied: a missing or
    changed file, or audio built from an older approval, raises PipelineError before anything in the
    folder changes. Files are replaced one by one (media first, the feed last), so a server running on
    the folder never serves a feed that points at a missing file; bulletins withdrawn since the last
    publish are removed.
    """
    out_dir = Path(out_dir)
    dest_dir = Path(dest_dir) if dest_dir is not None else out_dir / "publish" / "stations"
    manifest = load_manifest(out_dir, "audio")
    base_url = resolve_base_url(base_url, campaign)
    bulletins = plan_bulletins(campaign, manifest)
    if not bulletins:
        logger.warning("no approved bulletin in %s: publishing an empty feed", manifest.path)
    settings = campaign.section("stations")
    channel = {
        "title": str(settings.get("title") or campaign.name),
        "description": str(settings.get("description")
                           or f"Bản tin phát thanh của {campaign.organisation} dành cho các đài truyền thanh cơ sở."),
        "author": campaign.organisation,
        "hotline": campaign.hotline,
        "website": campaign.website,
        "email": settings.get("email"),
        "link": base_url,
        "feed_url": urljoin(base_url, FEED_NAME),
        "brand_colour": campaign.brand.primary,
    }

    dest_dir.mkdir(parents=True, exist_ok=True)
    staging_dir = Path(tempfile.mkdtemp(prefix=".staging-", dir=dest_dir))
    try:
        entries = []
        for bulletin in bulletins:
            text, item = bulletin.text, bulletin.item
            mp3_path = staging_dir / bulletin.mp3.name
            mp3_sha256 = copy_verified(out_dir, bulletin.mp3, mp3_path)
            duration_s = bulletin.mp3.media.get("duration_s")
            if not isinstance(duration_s, (int, float)):
                duration_s = _mp3_duration(mp3_path)
            published = publication_datetime(text.approved_at, item.built_at)
            entry: dict[str, Any] = {
                "id": text.id,
                "title": text.title,
                "summary": text.summary,
                "priority": text.priority if text.priority in PRIORITY_ORDER else "normal",
                "file": bulletin.mp3.name,
                "url": urljoin(base_url, quote(bulletin.mp3.name)),
                "page_url": urljoin(base_url, f"{INDEX_HTML_NAME}#{text.id}"),
                "bytes": mp3_path.stat().st_size,
                "sha256": mp3_sha256,
                "duration_s": round(float(duration_s), 2) if duration_s is not None else None,
                "itunes_duration": itunes_duration(duration_s),
                "lufs": bulletin.mp3.media.get("lufs"),
                "approval": text.approval,
                "approved_by": text.approved_by,
                "approved_at": str(text.approved_at) if text.approved_at else None,
                "approved_at_vi": published.strftime("%d/%m/%Y") if published else None,
                "guid": bulletin_guid(text.id, text.approval),
                "pubDate": rfc822_date(published) if published else None,
                "published": published,
                "script": None, "script_url": None, "script_sha256": None,
                "engine": item.engine.get("name"),
            }
            if bulletin.script is not None:
                entry["script_sha256"] = copy_verified(out_dir, bulletin.script, staging_dir / bulletin.script.name)
                entry["script"] = bulletin.script.name
                entry["script_url"] = urljoin(base_url, quote(bulletin.script.name))
            entries.append(entry)
        entries.sort(key=bulletin_sort_key)
        newest = max((entry["published"] for entry in entries if entry["published"]), default=None)
        channel["last_build_date"] = rfc822_date(newest) if newest else None

        media_names = sorted(path.name for path in staging_dir.iterdir())
        published_names = media_names + [INDEX_HTML_NAME, INDEX_JSON_NAME, FEED_NAME, CHECKSUMS_NAME]
        public_keys = ("id", "title", "summary", "priority", "file", "url", "bytes", "sha256", "duration_s",
                       "lufs", "script", "script_url", "script_sha256", "approval", "approved_by",
                       "approved_at", "guid", "pubDate", "engine")
        index = {
            "schema": 1,
            "generator": GENERATOR,
            "campaign": campaign.name,
            "organisation": campaign.organisation,
            "title": channel["title"],
            "base_url": base_url,
            "feed": FEED_NAME,
            "feed_url": channel["feed_url"],
            "bulletins": [{key: entry[key] for key in public_keys} for entry in entries],
            "files": published_names,
        }
        write_text(staging_dir / INDEX_HTML_NAME, render_index_html(channel, entries))
        write_json(staging_dir / INDEX_JSON_NAME, index)
        write_bytes(staging_dir / FEED_NAME, build_feed(channel, entries))
        # the bulletins and scripts were hashed while copied; only the files written here need hashing
        known = {entry["file"]: entry["sha256"] for entry in entries}
        known |= {entry["script"]: entry["script_sha256"] for entry in entries if entry["script"]}
        sums = "".join(f"{known.get(name) or sha256_file(staging_dir / name)}  {name}\n"
                       for name in sorted(published_names) if name != CHECKSUMS_NAME)
        write_text(staging_dir / CHECKSUMS_NAME, sums)

        make_shareable(staging_dir)
        stale = _previous_files(dest_dir) - set(published_names)
        # Media first, then the page and index, the feed last: a reader of the feed always finds its files.
        for name in published_names:
            os.replace(staging_dir / name, dest_dir / name)
        for name in sorted(stale):
            logger.info("removing %s (no longer published)", name)
            (dest_dir / name).unlink(missing_ok=True)
    finally:
        shutil.rmtree(staging_dir, ignore_errors=True)
    logger.info("stations: %d bulletin(s) published in %s (feed %s)", len(entries), dest_dir, channel["feed_url"])
    return dest_dir
