"""Loading a campaign folder: campaign.yaml and texts/*.md, validated all at once.

Every problem found (file, field, what is wrong) is collected and raised together as one
CampaignError, so a user fixes a whole campaign in one pass.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any, Callable

import yaml

from pipeline import fonts
from pipeline.approval import content_hash, refusal_reason
from pipeline.broadcast import read_broadcast
from pipeline.content import PRIORITIES, Brand, Campaign, KeyFigure, Text
from pipeline.errors import CampaignError, Problem, display_path
from pipeline.textfile import ProblemError, RawText, decode_utf8, nfc_value, normalise, read_text_file

log = logging.getLogger(__name__)

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
URL_PATTERN = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
SUMMARY_MAX = 240
MAX_KEY_FIGURES = 4
MAX_POINTS = 6
TEXT_FIELDS = {"id", "title", "summary", "key_figures", "points", "link", "priority", "silent_clip", "status",
               "approved_by", "approved_at", "approval", "broadcast"}
CAMPAIGN_FIELDS = {"name", "organisation", "hotline", "website", "brand", "audio", "leaflets", "infographics",
                   "clips", "stations", "lexicon"}
STATIONS_FIELDS = {"base_url", "title", "description", "email"}
BRAND_FIELDS = {"primary", "accent", "primary_cmyk", "accent_cmyk", "logo"}
DEFAULT_CAMPAIGN = Path("assets/campaign")


def load_campaign(root: Path | str) -> Campaign:
    """Load and validate a campaign folder; raises CampaignError listing every problem."""
    root = Path(root)
    problems: list[Problem] = []
    config_path = root / "campaign.yaml"
    if not root.is_dir():
        raise CampaignError([Problem(root, None, "campaign folder not found")])
    config = _read_config(config_path, problems)
    texts = _read_texts(root, problems)
    campaign = None
    if config is not None:
        campaign = _build_campaign(root, config_path, config, texts, problems)
    if problems:
        raise CampaignError(problems)
    assert campaign is not None
    return campaign


def _read_config(path: Path, problems: list[Problem]) -> dict | None:
    if not path.is_file():
        problems.append(Problem(path, None, "missing: a campaign needs a campaign.yaml"))
        return None
    try:
        data = yaml.safe_load(normalise(decode_utf8(path.read_bytes(), path)))
    except ProblemError as exc:
        problems.append(exc.problem)
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problems.append(Problem(path, None, f"invalid YAML{where}: {getattr(exc, 'problem', None) or exc}"))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(path, None, "must be a mapping of keys (name: ..., organisation: ...)"))
        return None
    return nfc_value(data)


def _build_campaign(root: Path, path: Path, config: dict, texts: list[Text],
                    problems: list[Problem]) -> Campaign:
    for key in sorted(set(config) - CAMPAIGN_FIELDS):
        problems.append(Problem(path, key, f"unknown key (known: {', '.join(sorted(CAMPAIGN_FIELDS))})"))
    required = {}
    for key in ("name", "organisation", "hotline", "website"):
        value = config.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(path, key, "required, a non-empty string"))
            value = ""
        else:
            _check_glyphs(path, key, value, problems)
        required[key] = value.strip()
    if required["website"] and not URL_PATTERN.match(required["website"]):
        problems.append(Problem(path, "website", f"not an http(s) address: {required['website']!r}"))
    brand = _read_brand(root, path, config.get("brand"), problems)
    sections = {}
    for key in ("audio", "leaflets", "infographics", "clips", "stations", "lexicon"):
        value = config.get(key)
        if value is None:
            continue
        if not isinstance(value, dict):
            problems.append(Problem(path, key, "must be a mapping"))
            continue
        sections[key] = value
    lexicon = sections.get("lexicon", {})
    for abbr, spoken in lexicon.items():
        if not isinstance(abbr, str) or not isinstance(spoken, str):
            problems.append(Problem(path, f"lexicon.{abbr}", "must map a word to how it is spoken (both strings)"))
    for key, value in sections.get("stations", {}).items():
        if key not in STATIONS_FIELDS:
            problems.append(Problem(path, f"stations.{key}", f"unknown key (known: {', '.join(sorted(STATIONS_FIELDS))})"))
        elif not isinstance(value, str):
            problems.append(Problem(path, f"stations.{key}", "must be a string"))
    campaign = Campaign(root=root, brand=brand, texts=tuple(texts), sections=sections, **required)
    _check_sections(path, campaign, problems)
    known_ids = {text.id for text in texts}
    for text_id in campaign.section("leaflets").get("trifold_texts") or []:
        if isinstance(text_id, str) and texts and text_id not in known_ids:
            problems.append(Problem(path, "leaflets.trifold_texts", f"no text has the id {text_id!r}"))
    return campaign


def _check_sections(path: Path, campaign: Campaign, problems: list[Problem]) -> None:
    """Let every stage validate its own settings block."""
    from pipeline.stages import STAGES

    for stage in STAGES:
        try:
            stage.settings(campaign)
        except ValueError as exc:
            field, _, message = str(exc).partition(": ")
            problems.append(Problem(path, field if message else stage.name, message or str(exc)))


def _parse_cmyk(value: Any) -> tuple[float, float, float, float] | None:
    if (isinstance(value, (list, tuple)) and len(value) == 4
            and all(isinstance(v, (int, float)) and 0 <= v <= 100 for v in value)):
        return tuple(float(v) / 100 for v in value)  # type: ignore[return-value]
    return None


def _read_brand(root: Path, path: Path, data: Any, problems: list[Problem]) -> Brand:
    if data is None:
        return Brand()
    if not isinstance(data, dict):
        problems.append(Problem(path, "brand", "must be a mapping (primary, accent, logo)"))
        return Brand()
    for key in sorted(set(data) - BRAND_FIELDS):
        problems.append(Problem(path, f"brand.{key}", f"unknown key (known: {', '.join(sorted(BRAND_FIELDS))})"))
    fields: dict[str, Any] = {}
    for key in ("primary", "accent"):
        if key in data:
            if isinstance(data[key], str) and HEX_COLOUR.match(data[key]):
                fields[key] = data[key].upper()
            else:
                problems.append(Problem(path, f"brand.{key}", f"not a colour like '#0B5FA5': {data[key]!r}"))
        cmyk_key = f"{key}_cmyk"
        if cmyk_key in data:
            cmyk = _parse_cmyk(data[cmyk_key])
            if cmyk is None:
                problems.append(Problem(path, f"brand.{cmyk_key}", "must be four percentages [C, M, Y, K], 0 to 100"))
            else:
                fields[cmyk_key] = cmyk
    if data.get("logo") is not None:
        logo = data["logo"]
        logo_path = (root / str(logo)).resolve()
        if not isinstance(logo, str) or not logo_path.is_file():
            problems.append(Problem(path, "brand.logo", f"file not found: {root / str(logo)}"))
        elif logo_path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            problems.append(Problem(path, "brand.logo", "must be a PNG or JPEG image"))
        else:
            fields["logo"] = logo_path
    return Brand(**fields)


def _read_texts(root: Path, problems: list[Problem]) -> list[Text]:
    texts_dir = root / "texts"
    paths = sorted(texts_dir.glob("*.md")) if texts_dir.is_dir() else []
    if not paths:
        problems.append(Problem(texts_dir, None, "no texts: put one approved text per file in texts/*.md"))
    texts: list[Text] = []
    seen: dict[str, Path] = {}
    for path in paths:
        raw = read_raw(path, problems)
        if raw is None:
            continue
        text = text_from_raw(raw, problems)
        text_id = raw.front_matter.get("id")  # checked for duplicates even when the file has other problems
        if isinstance(text_id, str) and text_id in seen:
            problems.append(Problem(path, "id", f"'{text_id}' is already used by {display_path(seen[text_id])}"))
            continue
        if isinstance(text_id, str):
            seen[text_id] = path
        if text is not None:
            texts.append(text)
    return texts


def read_raw(path: Path, problems: list[Problem]) -> RawText | None:
    """A text file split into front matter and body, or None with its problem added to `problems`."""
    try:
        return read_text_file(path)
    except ProblemError as exc:
        problems.append(exc.problem)
        return None


def text_from_raw(raw: RawText, problems: list[Problem]) -> Text | None:
    """Validate one text file's fields and body, adding every problem found to `problems`."""
    path = raw.path
    fm = raw.front_matter
    before = len(problems)

    def add(field: str, message: str) -> None:
        problems.append(Problem(path, field, message))

    for key in sorted(set(fm) - TEXT_FIELDS, key=str):
        add(str(key), f"unknown field (known: {', '.join(sorted(TEXT_FIELDS))})")
    text_id = fm.get("id")
    if text_id is None:
        add("id", "required")
    elif not isinstance(text_id, str) or not ID_PATTERN.match(text_id):
        add("id", f"{text_id!r} is not a safe id: lower-case letters, digits and '-', starting with a letter "
                  "or digit, at most 64 characters")
    for key in ("title", "summary"):
        value = fm.get(key)
        if value is None:
            add(key, "required")
        elif not isinstance(value, str) or not value.strip():
            add(key, "must be a non-empty string")
    summary = fm.get("summary")
    if isinstance(summary, str) and len(summary.strip()) > SUMMARY_MAX:
        add("summary", f"too long: {len(summary.strip())} characters, at most {SUMMARY_MAX}")
    key_figures = _read_key_figures(fm.get("key_figures"), add)
    points = _read_points(fm.get("points"), add)
    link = fm.get("link")
    if link is not None and (not isinstance(link, str) or not URL_PATTERN.match(link)):
        add("link", f"not an http(s) address: {link!r}")
    priority = fm.get("priority", "normal")
    if priority not in PRIORITIES:
        add("priority", f"{priority!r} is not one of {', '.join(PRIORITIES)}")
    silent_clip = fm.get("silent_clip", False)
    if not isinstance(silent_clip, bool):
        add("silent_clip", f"must be true or false, not {silent_clip!r}")
    broadcast = read_broadcast(fm.get("broadcast"), add)
    status = fm.get("status")
    if status is not None and status not in ("draft", "approved"):
        add("status", f"{status!r} is not one of draft, approved")
    for key in ("approved_by", "approved_at", "approval"):
        if fm.get(key) is not None and not isinstance(fm.get(key), str):
            add(key, "must be a string")
    if not raw.body.strip():
        add("body", "empty: the body is what the leaflet prints and the bulletin reads")
    for field, value in _drawable_fields(fm, raw.body):
        _check_glyphs(path, field, value, problems)
    if len(problems) > before:
        return None
    current = content_hash(fm, raw.body)
    return Text(
        id=text_id, title=fm["title"].strip(), summary=fm["summary"].strip(), body=raw.body, source_path=path,
        key_figures=key_figures, points=points, link=link, priority=priority, silent_clip=silent_clip,
        broadcast=broadcast, status=status,
        approved_by=fm.get("approved_by"), approved_at=fm.get("approved_at"), approval=fm.get("approval"),
        content_hash=current, refusal=refusal_reason(status, fm.get("approval"), current),
    )


def _read_key_figures(value: Any, add: Callable[[str, str], None]) -> tuple[KeyFigure, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        add("key_figures", "must be a list of {value, label}")
        return ()
    if len(value) > MAX_KEY_FIGURES:
        add("key_figures", f"{len(value)} items, at most {MAX_KEY_FIGURES}")
    figures = []
    for i, item in enumerate(value):
        if (not isinstance(item, dict) or set(item) != {"value", "label"}
                or not all(isinstance(item[k], (str, int, float)) and str(item[k]).strip() for k in item)):
            add(f"key_figures[{i}]", "must be {value: \"…\", label: \"…\"}, both non-empty")
            continue
        figures.append(KeyFigure(str(item["value"]).strip(), str(item["label"]).strip()))
    return tuple(figures)


def _read_points(value: Any, add: Callable[[str, str], None]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        add("points", "must be a list of short lines")
        return ()
    if len(value) > MAX_POINTS:
        add("points", f"{len(value)} items, at most {MAX_POINTS}")
    points = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            add(f"points[{i}]", "must be a non-empty string")
            continue
        points.append(item.strip())
    return tuple(points)


def _drawable_fields(fm: dict, body: str):
    """(field name, string) for everything that gets drawn."""
    for key in ("title", "summary"):
        if isinstance(fm.get(key), str):
            yield key, fm[key]
    for i, item in enumerate(fm.get("key_figures") or []):
        if isinstance(item, dict):
            for k in ("value", "label"):
                if isinstance(item.get(k), str):
                    yield f"key_figures[{i}].{k}", item[k]
    for i, item in enumerate(fm.get("points") or []):
        if isinstance(item, str):
            yield f"points[{i}]", item
    yield "body", body


def _check_glyphs(path: Path, field: str, value: str, problems: list[Problem]) -> None:
    for weight in ("Regular", "Bold"):
        missing = fonts.missing_characters(value, weight)
        if missing:
            chars = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing)
            problems.append(Problem(path, field, f"{fonts.FAMILY} cannot draw {chars}; replace or remove it"))
            return
