"""The folder for loudspeaker stations: MP3 bulletins, their read-aloud scripts, a podcast feed and a page.

`<out>/publish/stations` is a link to the current release (see pipeline/delivery/releases.py), a folder
holding, side by side:
- `<id>-<sha256[:12]>.mp3` and `.txt` (the prepared script): one name per rendered version, never
  overwritten; hash-checked against the audio manifest while copied (or hard-linked from the previous
  release); versions withdrawn or replaced stay for a grace period (not listed), then go;
- `feed.xml`: an RSS 2.0 podcast feed (enclosure with byte length and MIME type, a guid per version,
  pubDate when that version was first published, lastBuildDate the publish time, itunes:duration, the
  priority as `<category>` and `<station:priority>`, the schedule as `<station:broadcast>`);
- `index.json`: the same for software (id, title, priority, file, bytes, sha256, duration, loudness,
  schedule, whether it is new...), and the release name;
- `index.html`: a page in Vietnamese for the operator, with no external assets (works offline and from a
  USB stick);
- `SHA256SUMS`: for `sha256sum -c SHA256SUMS`.

Each release has a number, one more than the last (kept in the publish history). With `key` (an Ed25519
key from `media-pipeline keygen`), index.json carries the release's signed statement (its number and date,
and per bulletin the name, size, SHA-256, priority and schedule) and the signature, so a station that
pinned the public key trusts the release, not the server it came from. A campaign with no bulletin to
publish is refused: emptying every station takes an explicit, signed `withdraw_all` release.

RSS needs absolute enclosure URLs, so the feed is written for one base URL: `--base-url`, else
`stations.base_url` in campaign.yaml, else the address `media-pipeline serve` uses by default
(http://127.0.0.1:8000/, with a warning: that feed only works on this machine). The HTML page and
index.json's `file` fields are relative and work from any address.

campaign.yaml, section `stations` (all optional): base_url, title, description, email (itunes:owner).
"""

from __future__ import annotations

import logging
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pipeline.approval import public_key_text, sign
from pipeline.atomic import sha256_file, write_bytes, write_json, write_text
from pipeline.content import Campaign, Text
from pipeline.delivery.manifests import (Manifest, ManifestItem, ManifestOutput, check_params_current,
                                         copy_verified, deliverable_text, load_manifest, make_shareable)
from pipeline.delivery.releases import (current_release, first_published, link_or_copy, load_history,
                                        new_release, next_release_number, prune_releases, publish_lock,
                                        record_publish, save_history, still_in_grace, switch_to)
from pipeline.delivery.station_files import (CHECKSUMS_NAME, FEED_NAME, GENERATOR, ICON_NAME, INDEX_HTML_NAME,
                                             INDEX_JSON_NAME, PRIORITY_ORDER, STATION_NS, VERSION_HEX, VIETNAM_TZ,
                                             release_message, release_statement)
from pipeline.delivery.station_page import render_icon, render_index_html
from pipeline.errors import CampaignError, PipelineError, Problem, UsageError

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "http://127.0.0.1:8000/"  # where `media-pipeline serve` listens by default
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
ATOM_NS = "http://www.w3.org/2005/Atom"
CATEGORY_DOMAIN = "urn:x-media-pipeline:priority"
DEFAULT_GRACE = timedelta(days=7)  # how long a withdrawn or replaced version stays downloadable
_VERSIONED = re.compile(r"^[a-z0-9][a-z0-9-]*-[0-9a-f]{%d}\.(mp3|txt)$" % VERSION_HEX)

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


def bulletin_guid(text_id: str, sha256: str) -> str:
    """A feed guid of one version of a bulletin: the same for the same bytes, new for every new rendering."""
    return f"{text_id}:sha256:{sha256}"


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


# ---------------------------------------------------------------- the feed


_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # XML 1.0 Char


def build_feed(channel: dict[str, Any], entries: list[dict[str, Any]]) -> bytes:
    """The RSS 2.0 podcast feed (UTF-8 XML) for a channel and its bulletin entries; a PipelineError rather than
    an ill-formed feed (which every station's `sync` would refuse) when a value holds what XML cannot carry."""
    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        for value in (text or "", *attrs.values()):
            if found := _NOT_IN_XML.search(value):  # ElementTree would write it as it is
                raise PipelineError(f"feed.xml: <{tag.rpartition('}')[2]}>: control character "
                                    f"U+{ord(found.group()):04X} cannot be written in XML; remove it from the campaign")
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
        sub(chan, "pubDate", channel["last_build_date"])
        sub(chan, "lastBuildDate", channel["last_build_date"])
    if channel.get("release"):
        sub(chan, f"{{{STATION_NS}}}release", channel["release"])
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
        if entry.get("broadcast"):
            schedule = entry["broadcast"]
            sub(item, f"{{{STATION_NS}}}broadcast", **{key: value for key, value in (
                ("from", schedule["from"]), ("until", schedule["until"]), ("times", " ".join(schedule["times"])))
                if value})
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"


# ---------------------------------------------------------------- writing


def versioned_name(text_id: str, sha256: str, suffix: str) -> str:
    """The published name of one version of a file: `<id>-<first 12 hex of its SHA-256><suffix>`."""
    return f"{text_id}-{sha256[:VERSION_HEX]}{suffix}"


def _place_file(out_dir: Path, output: ManifestOutput, name: str, previous: Path | None, release: Path) -> str:
    """Put one version into the new release: a hard link to the same version already published, else a
    hash-checked copy from the build. Returns its SHA-256."""
    if previous is not None and (previous / name).is_file() and (previous / name).stat().st_size == output.bytes:
        link_or_copy(previous / name, release / name)
        return output.sha256
    return copy_verified(out_dir, output, release / name)


def _channel(campaign: Campaign, base_url: str, now: datetime) -> dict[str, Any]:
    settings = campaign.section("stations")
    return {
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
        "published": now,
        "last_build_date": rfc822_date(now.astimezone(VIETNAM_TZ)),
    }


def _entry(bulletin: Bulletin, names: dict[str, str], sha: dict[str, str], base_url: str,
           history: dict[str, Any], now: datetime, release: Path) -> dict[str, Any]:
    """The feed/index/page record of one bulletin version placed in `release`."""
    text, item = bulletin.text, bulletin.item
    mp3_name = names["mp3"]
    duration_s = bulletin.mp3.media.get("duration_s")
    if not isinstance(duration_s, (int, float)):
        duration_s = _mp3_duration(release / mp3_name)
    published = first_published(history, mp3_name) or now
    approved = publication_datetime(text.approved_at)
    entry: dict[str, Any] = {
        "id": text.id,
        "title": text.title,
        "summary": text.summary,
        "priority": text.priority if text.priority in PRIORITY_ORDER else "normal",
        "file": mp3_name,
        "url": urljoin(base_url, quote(mp3_name)),
        "page_url": urljoin(base_url, f"{INDEX_HTML_NAME}#{text.id}"),
        "bytes": (release / mp3_name).stat().st_size,
        "sha256": sha["mp3"],
        "duration_s": round(float(duration_s), 2) if duration_s is not None else None,
        "itunes_duration": itunes_duration(duration_s),
        "lufs": bulletin.mp3.media.get("lufs"),
        "true_peak_dbtp": bulletin.mp3.media.get("true_peak_dbtp"),
        "approval": text.approval,
        "approved_by": text.approved_by,
        "approved_at": str(text.approved_at) if text.approved_at else None,
        "approved_at_vi": approved.strftime("%d/%m/%Y") if approved else None,
        "guid": bulletin_guid(text.id, sha["mp3"]),
        "pubDate": rfc822_date(published.astimezone(VIETNAM_TZ)),
        "published": published,
        "published_at": published.astimezone(timezone.utc).isoformat(timespec="seconds"),
        "new": published == now,
        "broadcast": text.broadcast.as_dict() if text.broadcast else None,
        "broadcast_obj": text.broadcast,
        "script": None, "script_url": None, "script_sha256": None,
        "engine": item.engine.get("name"),
    }
    if "script" in names:
        entry["script"] = names["script"]
        entry["script_sha256"] = sha["script"]
        entry["script_url"] = urljoin(base_url, quote(names["script"]))
    return entry


def _carry_over(previous: Path | None, release: Path, history: dict[str, Any], now: datetime,
                grace: timedelta, current: set[str]) -> list[str]:
    """Versions no longer current but published less than `grace` ago: hard-linked into the new release."""
    if previous is None:
        return []
    kept = []
    for path in sorted(previous.iterdir()):
        name = path.name
        if name in current or name.startswith(".") or not path.is_file() or not _VERSIONED.match(name):
            continue
        if still_in_grace(history, name, now, grace):
            link_or_copy(path, release / name)
            kept.append(name)
        else:
            logger.info("removing %s (withdrawn or replaced, grace period over)", name)
    return kept


def publish_stations(campaign: Campaign, out_dir: Path, base_url: str | None = None,
                     dest_dir: Path | None = None, now: datetime | None = None,
                     grace: timedelta = DEFAULT_GRACE, key: Ed25519PrivateKey | None = None,
                     withdraw_all: bool = False) -> Path:
    """Publish a new release of the stations folder (`<out>/publish/stations/` unless `dest_dir`); return the path.

    Texts (title, summary, priority, schedule) come from `campaign`; files, hashes, duration and loudness
    from the audio manifest. Each version of a bulletin is published under a name of its own
    (`<id>-<sha256[:12]>.mp3`) and never changed in place; every file is hash-checked while copied (or
    hard-linked from the previous release when the same version is already published). A missing or
    changed file, or audio built from an older approval, raises PipelineError before anything changes.
    The release is built in a new folder and `dest_dir` (a symlink) is switched to it in one step, so a
    reader sees the old set or the new one, never a mix. Versions no longer current stay downloadable for
    `grace` (not listed), then go; pubDate is when a version was first published, lastBuildDate `now`.
    With `key` the release is signed. No bulletin to publish raises PipelineError, unless `withdraw_all`
    (signed only) asks for an empty release on purpose, whatever is approved.
    """
    if withdraw_all and key is None:
        raise UsageError("--withdraw-all needs --key: stations accept an empty release only when it is signed")
    out_dir = Path(out_dir)
    dest_dir = Path(dest_dir) if dest_dir is not None else out_dir / "publish" / "stations"
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    manifest = load_manifest(out_dir, "audio")
    base_url = resolve_base_url(base_url, campaign)
    bulletins = plan_bulletins(campaign, manifest)
    if withdraw_all:
        logger.warning("withdrawing every bulletin: the release lists none (%d approved left out)", len(bulletins))
        bulletins = []
    elif not bulletins:
        raise PipelineError(f"no approved bulletin with current audio in {manifest.path}: nothing published "
                            "(an empty release would remove every bulletin from every station); to withdraw them "
                            "all on purpose, publish --withdraw-all --key KEY")
    if key is None:
        logger.warning("the release is not signed (no --key): stations that pinned a publisher key refuse it")
    channel = _channel(campaign, base_url, now)
    dest_dir.parent.mkdir(parents=True, exist_ok=True)
    with publish_lock(dest_dir):
        entries = _publish_release(campaign, out_dir, dest_dir, bulletins, channel, now, grace,
                                   _Signing(key, withdraw_all))
    logger.info("stations: %d bulletin(s) published in %s (feed %s)", len(entries), dest_dir, channel["feed_url"])
    return dest_dir


@dataclass(frozen=True)
class _Signing:
    """How a release is signed (key None: unsigned) and whether it withdraws every bulletin."""

    key: Ed25519PrivateKey | None
    withdraw_all: bool


def _publish_release(campaign: Campaign, out_dir: Path, dest_dir: Path, bulletins: list[Bulletin],
                     channel: dict[str, Any], now: datetime, grace: timedelta,
                     signing: _Signing) -> list[dict[str, Any]]:
    """Build the new release beside the current one, switch the link to it, record the history, prune."""
    base_url = channel["link"]
    previous = current_release(dest_dir)
    history = load_history(dest_dir)
    number = next_release_number(history, previous)
    release = new_release(dest_dir, now)
    try:
        entries, current = [], {}
        for bulletin in bulletins:
            outputs = {"mp3": bulletin.mp3, **({"script": bulletin.script} if bulletin.script else {})}
            names = {kind: versioned_name(bulletin.text.id, output.sha256, output.suffix)
                     for kind, output in outputs.items()}
            sha = {kind: _place_file(out_dir, output, names[kind], previous, release)
                   for kind, output in outputs.items()}
            current |= {name: bulletin.text.id for name in names.values()}
            entries.append((bulletin, names, sha))
        history = record_publish(history, now, current, number)
        entries = sorted((_entry(b, names, sha, base_url, history, now, release) for b, names, sha in entries),
                         key=bulletin_sort_key)
        retained = _carry_over(previous, release, history, now, grace, set(current))
        _write_lists(release, channel, entries, campaign, now, number, signing)
        make_shareable(release)
        switch_to(dest_dir, release)
    except BaseException:
        shutil.rmtree(release, ignore_errors=True)
        raise
    save_history(dest_dir, history, set(current) | set(retained))
    for old in prune_releases(dest_dir, now):
        logger.info("removed the old release %s", old.name)
    return entries


_PUBLIC_KEYS = ("id", "title", "summary", "priority", "file", "url", "bytes", "sha256", "duration_s", "lufs",
                "true_peak_dbtp", "script", "script_url", "script_sha256", "approval", "approved_by", "approved_at",
                "guid", "pubDate", "published_at", "new", "broadcast", "engine")


def _write_lists(release: Path, channel: dict[str, Any], entries: list[dict[str, Any]], campaign: Campaign,
                 now: datetime, number: int, signing: _Signing) -> None:
    """index.html, index.json (with the signed statement), feed.xml and SHA256SUMS of a release (listing only
    the current versions)."""
    media_names = sorted(name for entry in entries for name in (entry["file"], entry["script"]) if name)
    published_names = media_names + [INDEX_HTML_NAME, ICON_NAME, INDEX_JSON_NAME, FEED_NAME, CHECKSUMS_NAME]
    bulletins = [{key: entry[key] for key in _PUBLIC_KEYS} for entry in entries]
    statement = release_statement(number, release.name, now.isoformat(timespec="seconds"), signing.withdraw_all,
                                  bulletins)
    signature = None
    if signing.key is not None:
        signature = {"key": public_key_text(signing.key.public_key()),
                     "value": sign(signing.key, release_message(statement))}
    index = {
        "schema": 3,
        "generator": GENERATOR,
        "release": release.name,
        "release_number": number,
        "published_at": now.isoformat(timespec="seconds"),
        "campaign": campaign.name,
        "organisation": campaign.organisation,
        "title": channel["title"],
        "base_url": channel["link"],
        "feed": FEED_NAME,
        "feed_url": channel["feed_url"],
        "bulletins": bulletins,
        "files": published_names,
        "signed": statement,
        "signature": signature,
    }
    channel = {**channel, "release": release.name}
    write_text(release / INDEX_HTML_NAME, render_index_html(channel, entries))
    write_text(release / ICON_NAME, render_icon(channel["brand_colour"]))
    write_json(release / INDEX_JSON_NAME, index)
    write_bytes(release / FEED_NAME, build_feed(channel, entries))
    # the bulletins and scripts were hashed while placed; only the files written here need hashing
    known = {entry["file"]: entry["sha256"] for entry in entries}
    known |= {entry["script"]: entry["script_sha256"] for entry in entries if entry["script"]}
    sums = "".join(f"{known.get(name) or sha256_file(release / name)}  {name}\n"
                   for name in sorted(published_names) if name != CHECKSUMS_NAME)
    write_text(release / CHECKSUMS_NAME, sums)
