"""Loading a campaign folder: campaign.yaml and texts/*.md, validated all at once.

Every problem found (file, field, what is wrong) is collected and raised together as one
CampaignError, so a user fixes a whole campaign in one pass.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import os
import re
from pathlib import Path
from typing import Any, Callable

import segno
import yaml

from pipeline import fonts
from pipeline.approval import (CAMPAIGN_APPROVAL_FILE, TRUSTED_KEYS_FIELDS, ApprovalPolicy, campaign_content_hash,
                               content_hash, default_trusted_keys_path, parse_trusted_keys, refusal_reason,
                               signature_refusal, trusted_keys_path)
from pipeline.broadcast import read_broadcast
from pipeline.content import PRIORITIES, Brand, Campaign, KeyFigure, Text, Variant
from pipeline.errors import CampaignError, Problem, display_path
from pipeline.textfile import (ProblemError, RawText, confined_path, decode_utf8, load_yaml, nfc_value, normalise,
                               read_capped, read_text_file, yaml_problem)
from pipeline.snapshot import Asset, Snapshot, relative_to_root
from pipeline.variants import read_variants

log = logging.getLogger(__name__)

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")  # always fullmatch: `$` would let a trailing newline in
HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
URL_PATTERN = re.compile(r"https?://[^\s/$.?#][^\s]*")
# What XML cannot carry (feed.xml, the job ticket) or a terminal acts on: C0 and C1 controls but tab and
# newline, lone surrogates, U+FFFE and U+FFFF. Refused in every field, named by its code point.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
SUMMARY_MAX = 240
# Characters per field: generous for real campaigns, small enough that typesetting and speech stay bounded.
FIELD_MAX = {"title": 200, "summary": SUMMARY_MAX, "points": 200, "key_figures.value": 40, "key_figures.label": 200,
             "body": 20_000, "link": 1_000, "approved_by": 200, "approved_at": 40, "approval": 200, "signature": 200,
             "name": 200, "organisation": 200, "hotline": 40, "website": 1_000, "image.credit": 120, "image.alt": 300}
SETTING_STRING_MAX = 1_000  # any other string in campaign.yaml (stations, lexicon, settings)
MAX_LEXICON_ENTRIES = 2_000
MAX_KEY_FIGURES = 4
MAX_POINTS = 6
TEXT_FIELDS = {"id", "title", "summary", "key_figures", "points", "link", "priority", "silent_clip", "status",
               "approved_by", "approved_at", "approval", "broadcast", "signature", "approval_seq", "image"}
IMAGE_FIELDS = {"file", "credit", "focus", "alt"}
CAMPAIGN_FIELDS = {"name", "organisation", "hotline", "website", "brand", "audio", "leaflets", "infographics",
                   "clips", "stations", "lexicon", "approval", "variants"}
LOGO_MAX_BYTES = 32 * 1024 * 1024
STATIONS_FIELDS = {"base_url", "title", "description", "email"}
BRAND_FIELDS = {"primary", "accent", "primary_cmyk", "accent_cmyk", "logo"}
DEFAULT_CAMPAIGN = Path("assets/campaign")


def load_campaign(root: Path | str, trusted_keys: Path | None = None) -> Campaign:
    """Load and validate a campaign folder; raises CampaignError listing every problem.

    `trusted_keys` is the trusted-keys file (`--trusted-keys`); None: MEDIA_PIPELINE_TRUSTED_KEYS or the per-user
    file (pipeline.approval.trusted_keys_path). Approvals superseded by ones already built are refused.
    """
    root = Path(root)
    problems: list[Problem] = []
    config_path = root / "campaign.yaml"
    try:
        found = root.is_dir()
        os.stat(root)  # is_dir() hides some errors (an embedded NUL) as False
    except FileNotFoundError:
        found = False
    except (OSError, ValueError) as exc:  # a name too long, a NUL, a permission refused on the way...
        reason = getattr(exc, "strerror", None) or str(exc)
        raise CampaignError([Problem(repr(str(root))[1:-1], None, f"cannot be read ({reason})")]) from None
    if not found:
        raise CampaignError([Problem(root, None, "campaign folder not found")])
    config = _read_config(root, config_path, problems)
    pictures: list[tuple[Asset, os.stat_result]] = []
    texts = _read_texts(root, problems, pictures)
    campaign = None
    if config is not None:
        campaign = _build_campaign(root, config_path, config, texts, problems, trusted_keys, pictures)
    if problems:
        raise CampaignError(problems)
    assert campaign is not None
    from pipeline import ledger

    return ledger.check(campaign)


def read_campaign_config(root: Path) -> dict:
    """campaign.yaml as validated YAML (NFC), or a CampaignError."""
    problems: list[Problem] = []
    config = _read_config(Path(root), Path(root) / "campaign.yaml", problems)
    if problems or config is None:
        raise CampaignError(problems)
    return config


def _read_config(root: Path, path: Path, problems: list[Problem]) -> dict | None:
    if not os.path.lexists(path):
        problems.append(Problem(path, None, "missing: a campaign needs a campaign.yaml"))
        return None
    before = len(problems)
    data = _read_yaml_file(path, root, problems)
    if len(problems) > before:
        return None
    if not isinstance(data, dict):
        problems.append(Problem(path, None, "must be a mapping of keys (name: ..., organisation: ...)"))
        return None
    data = nfc_value(data)
    bad_keys = list(non_string_keys(data))
    for field in bad_keys:
        problems.append(Problem(path, field, "keys must be words (strings), not numbers, dates or lists"))
    check_controls_in(path, data, problems)
    for field, value in _strings_in(data):
        if len(value) > SETTING_STRING_MAX and field.split(".")[0] not in FIELD_MAX:
            problems.append(Problem(path, field, f"too long: {len(value)} characters, at most {SETTING_STRING_MAX}"))
    return None if bad_keys else data


def _read_yaml_file(path: Path, root: Path, problems: list[Problem]) -> Any:
    """A YAML file inside `root`, read within the limits; None with a problem added when it cannot be."""
    try:
        return load_yaml(normalise(decode_utf8(read_capped(path, root), path)))
    except ProblemError as exc:
        problems.append(exc.problem)
    except yaml.YAMLError as exc:
        problems.append(Problem(path, None, yaml_problem(exc)))
    return None


def non_string_keys(value: Any, prefix: str = ""):
    """The dotted field names of mapping keys that are not strings, anywhere in a YAML value."""
    if isinstance(value, dict):
        for key, item in value.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            if not isinstance(key, str):
                yield name
            else:
                yield from non_string_keys(item, name)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from non_string_keys(item, f"{prefix}[{i}]")


def _strings_in(value: Any, prefix: str = ""):
    """(dotted field name, string) for every string value in a YAML value."""
    if isinstance(value, str):
        yield prefix, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings_in(item, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings_in(item, f"{prefix}[{i}]")


def check_controls(path: Path, field: str, value: str, problems: list[Problem]) -> bool:
    """False (with a problem naming the character) when `value` holds a control character."""
    found = CONTROL_CHARACTER.search(value)
    if found:
        problems.append(Problem(path, field, f"control character U+{ord(found.group()):04X} is not allowed; remove it"))
    return found is None


def check_controls_in(path: Path, value: Any, problems: list[Problem], prefix: str = "") -> None:
    """check_controls on every string and every key of a YAML value (campaign.yaml, front matter, variants)."""
    if isinstance(value, str):
        check_controls(path, prefix, value, problems)
    elif isinstance(value, dict):
        for key, item in value.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(key, str) and check_controls(path, f"{name} (the key)", key, problems):
                check_controls_in(path, item, problems, name)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            check_controls_in(path, item, problems, f"{prefix}[{i}]")


def _check_length(path: Path, field: str, value: str, limit: int, problems: list[Problem]) -> bool:
    """False (with a problem added) when `value` is longer than `limit` characters."""
    if len(value) > limit:
        problems.append(Problem(path, field, f"too long: {len(value)} characters, at most {limit}"))
        return False
    return True


@functools.lru_cache(maxsize=256)
def _fits_in_qr(url: str) -> bool:
    """Whether `url` fits in a QR code at the error correction the renders use."""
    try:
        segno.make_qr(url, error="m", boost_error=False)
    except segno.DataOverflowError:
        return False
    return True


def _check_qr(path: Path, field: str, url: str, problems: list[Problem]) -> None:
    """A problem when `url` is too long to fit in a QR code."""
    if not _fits_in_qr(url):
        problems.append(Problem(path, field, f"too long for a QR code ({len(url)} characters); use a shorter address"))


def _build_campaign(root: Path, path: Path, config: dict, texts: list[Text], problems: list[Problem],
                    trusted_keys: Path | None = None, pictures: list[tuple[Asset, os.stat_result]] = ()) -> Campaign:
    for key in sorted(set(config) - CAMPAIGN_FIELDS):
        problems.append(Problem(path, key, f"unknown key (known: {', '.join(sorted(CAMPAIGN_FIELDS))})"))
    required = {}
    for key in ("name", "organisation", "hotline", "website"):
        value = config.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(path, key, "required, a non-empty string"))
            value = ""
        elif not _check_length(path, key, value.strip(), FIELD_MAX[key], problems):
            value = ""
        else:
            _check_glyphs(path, key, value, problems)
        required[key] = value.strip()
    if required["website"] and not URL_PATTERN.fullmatch(required["website"]):
        problems.append(Problem(path, "website", f"not an http(s) address: {required['website']!r}"))
    elif required["website"]:
        _check_qr(path, "website", required["website"], problems)
    brand, snapshot = _read_brand(root, path, config.get("brand"), problems)
    for asset, info in pictures:  # the texts' pictures: read once, approved, hashed and drawn as read
        snapshot = snapshot.with_asset(asset, info)
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
    if len(lexicon) > MAX_LEXICON_ENTRIES:
        problems.append(Problem(path, "lexicon", f"{len(lexicon)} entries, at most {MAX_LEXICON_ENTRIES}"))
    for abbr, spoken in lexicon.items():
        if not isinstance(abbr, str) or not isinstance(spoken, str):
            problems.append(Problem(path, f"lexicon.{abbr}", "must map a word to how it is spoken (both strings)"))
    for key, value in sections.get("stations", {}).items():
        if key not in STATIONS_FIELDS:
            problems.append(Problem(path, f"stations.{key}", f"unknown key (known: {', '.join(sorted(STATIONS_FIELDS))})"))
        elif not isinstance(value, str):
            problems.append(Problem(path, f"stations.{key}", "must be a string"))
    policy = _read_policy(root, path, config.get("approval"), trusted_keys, problems)
    variants = read_variants(root, path, config.get("variants"), problems)
    texts, campaign_approval = _apply_policy(root, config, brand, policy, texts, problems, variants, snapshot)
    campaign = Campaign(root=root, brand=brand, texts=tuple(texts), sections=sections, variants=variants,
                        approval_policy=policy, campaign_approval=campaign_approval, snapshot=snapshot, **required)
    _check_sections(path, campaign, problems)
    # (a tri-fold naming a text that is not there fails the tri-fold's job alone, not the whole campaign)
    return campaign


def _read_policy(root: Path, path: Path, data: Any, trusted_keys: Path | None,
                 problems: list[Problem]) -> ApprovalPolicy:
    """The approval policy in force: the trusted-keys file's, plus campaign.yaml's `approval:` block, which can
    only add `require_signature: true` (its own `trusted_keys` are never trusted: whoever edits the campaign
    could list their own key)."""
    campaign_required = False
    if _known_mapping(path, "approval", data, TRUSTED_KEYS_FIELDS, problems):
        campaign_required, listed, found = parse_trusted_keys(data, "approval.")
        problems.extend(Problem(path, field, message) for field, message in found)
        if listed:
            log.warning("%s: approval.trusted_keys (%s) are NOT trusted: keys are trusted only from the trusted-keys "
                        "file (%s, or --trusted-keys / MEDIA_PIPELINE_TRUSTED_KEYS); move them there and remove them "
                        "from campaign.yaml", display_path(path), ", ".join(map(str, listed)),
                        trusted_keys_path(trusted_keys)[0] or default_trusted_keys_path())
    source, how = trusted_keys_path(trusted_keys)
    required, keys = False, {}
    if source is not None:
        required, keys = _read_trusted_keys(root, source, how, problems)
    if (required or campaign_required) and not keys:
        where = source or default_trusted_keys_path()
        problems.append(Problem(source or path, "trusted_keys" if source else "approval.require_signature",
                                f"signatures are required but no key is trusted: list the approvers' keys in {where} "
                                "(or --trusted-keys FILE, MEDIA_PIPELINE_TRUSTED_KEYS); campaign.yaml's are not trusted"))
    return ApprovalPolicy(require_signature=required or campaign_required, trusted_keys=keys, source=source)


def _read_trusted_keys(root: Path, source: Path, how: str, problems: list[Problem]) -> tuple[bool, dict]:
    """The trusted-keys file: (require_signature, keys); problems naming it when it is missing, inside the
    campaign folder or malformed (then signatures are required: fail closed)."""
    before = len(problems)
    try:
        inside = Path(source).resolve().is_relative_to(Path(root).resolve())
    except (OSError, ValueError):
        inside = False
    if inside:
        problems.append(Problem(source, None, f"the trusted-keys file ({how}) must be outside the campaign folder: "
                                              "whoever edits the campaign must not choose whose keys are trusted"))
        return True, {}
    data = _read_yaml_file(Path(source), Path("/"), problems)
    if len(problems) > before:
        return True, {}
    data = nfc_value(data)
    if isinstance(data, dict):
        for key in sorted(set(map(str, data)) - TRUSTED_KEYS_FIELDS):
            problems.append(Problem(source, key, f"unknown key (known: {', '.join(sorted(TRUSTED_KEYS_FIELDS))})"))
    required, keys, found = parse_trusted_keys(data, "")
    problems.extend(Problem(source, field or None, message) for field, message in found)
    return required, keys


def campaign_approval_hash(root: Path, config: dict, brand: Brand, variants: tuple[Variant, ...] = (),
                           snapshot: Snapshot | None = None) -> str:
    """The approval hash of the campaign's public content (campaign.yaml fields, logo bytes, every variant's
    fields, wherever they are listed, and its own templates/ files): the logo as in `snapshot` (what the build
    renders), else read now."""
    from pipeline.templates.model import IMAGE_MAX_BYTES, template_folder_files

    asset = snapshot.get(brand.logo) if snapshot is not None and brand.logo is not None else None
    logo_bytes = asset.data if asset is not None else (
        read_capped(brand.logo, root, LOGO_MAX_BYTES) if brand.logo is not None else None)
    templates = {path.name: hashlib.sha256(read_capped(path, root, IMAGE_MAX_BYTES)).hexdigest()
                 for path in template_folder_files(root)}
    return campaign_content_hash(config, logo_bytes, [variant.public_fields() for variant in variants], templates)


def _campaign_refusal(root: Path, config: dict, brand: Brand, policy: ApprovalPolicy, problems: list[Problem],
                      variants: tuple[Variant, ...] = (), snapshot: Snapshot | None = None
                      ) -> tuple[str | None, tuple[int, str] | None]:
    """Why no text of the campaign may be built on the campaign's own approval (or None), and the approval's
    (seq, hash) when it is signed and verified (for the approvals ledger).

    Checked when approval.yaml exists or signatures are required; otherwise a campaign works unapproved.
    """
    path = root / CAMPAIGN_APPROVAL_FILE
    if not os.path.lexists(path):
        return ("campaign settings not approved (run `media-pipeline approve --campaign`)"
                if policy.require_signature else None), None
    before = len(problems)
    data = _read_yaml_file(path, root, problems)
    try:
        current = campaign_approval_hash(root, config, brand, variants, snapshot)
    except ProblemError as exc:
        problems.append(exc.problem)
    if len(problems) > before:
        return None, None
    if not isinstance(data, dict) or not isinstance(data.get("approval"), str) \
            or not isinstance(data.get("approval_seq", 0), int) or isinstance(data.get("approval_seq"), bool):
        problems.append(Problem(path, "approval", "must be written by `media-pipeline approve --campaign`"))
        return None, None
    data = nfc_value(data)
    if data["approval"] != current:
        return "campaign settings changed after approval", None
    seq = data.get("approval_seq")
    reason = signature_refusal(policy, "campaign", data["approval"], data.get("approved_by"),
                               data.get("approved_at"), data.get("signature"), seq)
    if reason:
        return f"campaign approval {reason}", None
    signed = data.get("signature") is not None and bool(policy.trusted_keys)
    return None, ((seq or 0, data["approval"]) if signed else None)


def _apply_policy(root: Path, config: dict, brand: Brand, policy: ApprovalPolicy, texts: list[Text],
                  problems: list[Problem], variants: tuple[Variant, ...] = (), snapshot: Snapshot | None = None
                  ) -> tuple[list[Text], tuple[int, str] | None]:
    """The texts with signature and campaign-approval refusals added to the hash-based ones, and the campaign
    approval's (seq, hash) when it is signed and verified."""
    campaign_reason, campaign_approval = _campaign_refusal(root, config, brand, policy, problems, variants, snapshot)
    checked = []
    for text in texts:
        reason = text.refusal or campaign_reason
        if reason is None:
            reason = signature_refusal(policy, "text", text.approval, text.approved_by, text.approved_at,
                                       text.signature, text.approval_seq)
        checked.append(text if reason == text.refusal else dataclasses.replace(text, refusal=reason))
    return checked, campaign_approval


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


def _known_mapping(path: Path, name: str, data: Any, known: set[str], problems: list[Problem]) -> bool:
    """Whether the block `name` is a mapping to read (None is not); a problem per unknown key, or for a non-mapping."""
    if data is None:
        return False
    if not isinstance(data, dict):
        problems.append(Problem(path, name, f"must be a mapping ({', '.join(sorted(known))})"))
        return False
    for key in sorted(set(data) - known):
        problems.append(Problem(path, f"{name}.{key}", f"unknown key (known: {', '.join(sorted(known))})"))
    return True


def _read_brand(root: Path, path: Path, data: Any, problems: list[Problem]) -> tuple[Brand, Snapshot]:
    """The brand, and the snapshot of its files (the logo, read once: approved, hashed and rendered as read)."""
    snapshot = Snapshot(root)
    if not _known_mapping(path, "brand", data, BRAND_FIELDS, problems):
        return Brand(), snapshot
    fields: dict[str, Any] = {}
    for key in ("primary", "accent"):
        if key in data:
            if isinstance(data[key], str) and HEX_COLOUR.fullmatch(data[key]):
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
        logo = _read_logo_path(root, path, data["logo"], problems)
        if logo is not None:
            fields["logo"] = logo[0]
            snapshot = snapshot.with_asset(logo[1], logo[2])
    return Brand(**fields), snapshot


def _read_logo_path(root: Path, path: Path, logo: Any,
                    problems: list[Problem]) -> tuple[Path, Asset, os.stat_result] | None:
    """brand.logo as a resolved path to a regular PNG or JPEG file inside the campaign folder, its bytes as an
    Asset (read and hashed once, decoded to check) and the file's status when read, else None."""
    def refuse(message: str) -> None:
        problems.append(Problem(path, "brand.logo", message))

    if not isinstance(logo, str) or not logo.strip():
        refuse("must be the path of an image file in the campaign folder, like brand/logo.png")
        return None
    if Path(logo).is_absolute() or ".." in Path(logo).parts:
        refuse(f"{logo!r} must be a path inside the campaign folder (no absolute path, no '..')")
        return None
    try:
        logo_path = confined_path(root / logo, root)
    except ProblemError as exc:
        message = "file not found" if exc.problem.message == "not found" else exc.problem.message
        refuse(f"{message}: {exc.problem.path}")
        return None
    if not logo_path.is_file():
        refuse(f"not a regular file: {display_path(root / logo)}")
    elif logo_path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        refuse("must be a PNG or JPEG image")
    else:
        from pipeline.imaging.logo import check_logo  # a truncated file or a decompression bomb is refused now

        try:
            info = logo_path.stat()
            asset = Asset.of(root, relative_to_root(root, logo_path), read_capped(logo_path, root, LOGO_MAX_BYTES))
            check_logo(asset)
        except ProblemError as exc:
            refuse(exc.problem.message)
            return None
        except ValueError as exc:
            refuse(str(exc))
            return None
        return logo_path, asset, info
    return None


def _read_texts(root: Path, problems: list[Problem],
                pictures: list[tuple[Asset, os.stat_result]] | None = None) -> list[Text]:
    texts_dir = root / "texts"
    try:
        confined_path(texts_dir, root)
    except ProblemError as exc:
        if os.path.lexists(texts_dir):  # a link out of the campaign, dangling or looping: said as such
            problems.append(exc.problem)
            return []
    paths = sorted(texts_dir.glob("*.md")) if texts_dir.is_dir() else []
    if not paths:
        problems.append(Problem(texts_dir, None, "no texts: put one approved text per file in texts/*.md"))
    texts: list[Text] = []
    seen: dict[str, Path] = {}
    read_pictures: dict[Path, tuple] = {}
    for path in paths:
        raw = read_raw(path, problems, root)
        if raw is None:
            continue
        text = text_from_raw(raw, problems, root, pictures, read_pictures)
        text_id = raw.front_matter.get("id")  # checked for duplicates even when the file has other problems
        if isinstance(text_id, str) and text_id in seen:
            problems.append(Problem(path, "id", f"'{text_id}' is already used by {display_path(seen[text_id])}"))
            continue
        if isinstance(text_id, str):
            seen[text_id] = path
        if text is not None:
            texts.append(text)
    return texts


def read_raw(path: Path, problems: list[Problem], root: Path | None = None) -> RawText | None:
    """A text file (confined to the campaign folder `root`) split into front matter and body, or None with its
    problem added to `problems`."""
    try:
        return read_text_file(path, root)
    except ProblemError as exc:
        problems.append(exc.problem)
        return None


def text_from_raw(raw: RawText, problems: list[Problem], root: Path | None = None,
                  pictures: list[tuple[Asset, os.stat_result]] | None = None,
                  read_pictures: dict[Path, tuple] | None = None) -> Text | None:
    """Validate one text file's fields and body, adding every problem found to `problems`; its picture (`image:`)
    is read from the campaign folder `root` (default: the folder above texts/) and added to `pictures` with
    its file's status."""
    path = raw.path
    fm = raw.front_matter
    before = len(problems)

    def add(field: str, message: str) -> None:
        problems.append(Problem(path, field, message))

    for key in non_string_keys(fm):
        add(key, "keys must be words (strings), not numbers, dates or lists")
    check_controls_in(path, fm, problems)
    check_controls(path, "body", raw.body, problems)
    for key in sorted(set(fm) - TEXT_FIELDS, key=str):
        if isinstance(key, str):
            add(key, f"unknown field (known: {', '.join(sorted(TEXT_FIELDS))})")
    text_id = fm.get("id")
    if text_id is None:
        add("id", "required")
    elif not isinstance(text_id, str) or not ID_PATTERN.fullmatch(text_id):
        add("id", f"{text_id!r} is not a safe id: lower-case letters, digits and '-', starting with a letter "
                  "or digit, at most 64 characters")
    for key in ("title", "summary"):
        value = fm.get(key)
        if value is None:
            add(key, "required")
        elif not isinstance(value, str) or not value.strip():
            add(key, "must be a non-empty string")
    key_figures = _read_key_figures(fm.get("key_figures"), add)
    points = _read_points(fm.get("points"), add)
    picture = _read_picture(fm.get("image"), Path(root) if root is not None else path.parent.parent, add,
                            read_pictures)
    link = fm.get("link")
    if link is not None and (not isinstance(link, str) or not URL_PATTERN.fullmatch(link)):
        add("link", f"not an http(s) address: {link!r}")
    elif link is not None:
        _check_qr(path, "link", link, problems)
    for field, value in _drawable_fields(fm, raw.body):
        _check_length(path, field, value.strip(), FIELD_MAX.get(_field_kind(field), SETTING_STRING_MAX), problems)
    for key in ("link", "approved_by", "approved_at", "approval", "signature"):
        if isinstance(fm.get(key), str):
            _check_length(path, key, fm[key], FIELD_MAX[key], problems)
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
    for key in ("approved_by", "approved_at", "approval", "signature"):
        if fm.get(key) is not None and not isinstance(fm.get(key), str):
            add(key, "must be a string")
    seq = fm.get("approval_seq")
    if seq is not None and (type(seq) is not int or not 0 < seq < 2**53):
        add("approval_seq", f"must be a positive whole number (written by `media-pipeline approve`), not {seq!r}")
    if not raw.body.strip():
        add("body", "empty: the body is what the leaflet prints and the bulletin reads")
    if len(problems) > before:
        return None
    for field, value in _drawable_fields(fm, raw.body):
        _check_glyphs(path, field, value, problems)
    if len(problems) > before:
        return None
    current = content_hash(fm, raw.body, {"image": picture[0].asset.sha256} if picture else None)
    if picture and pictures is not None:
        pictures.append((picture[0].asset, picture[1]))
    return Text(
        id=text_id, title=fm["title"].strip(), summary=fm["summary"].strip(), body=raw.body, source_path=path,
        key_figures=key_figures, points=points, link=link, priority=priority, silent_clip=silent_clip,
        broadcast=broadcast, status=status, image=picture[0] if picture else None,
        approved_by=fm.get("approved_by"), approved_at=fm.get("approved_at"), approval=fm.get("approval"),
        signature=fm.get("signature"), approval_seq=fm.get("approval_seq"),
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
        if (not isinstance(item, dict) or not {"value", "label"} <= set(item) <= {"value", "label", "icon"}
                or not all(isinstance(item[k], (str, int, float)) and str(item[k]).strip() for k in ("value", "label"))):
            add(f"key_figures[{i}]", "must be {value: \"…\", label: \"…\"} (both non-empty), with an optional icon")
            continue
        icon = item.get("icon")
        if icon is not None:
            from pipeline.imaging.icons import problem

            reason = problem(icon)
            if reason:
                add(f"key_figures[{i}].icon", reason)
                continue
        figures.append(KeyFigure(str(item["value"]).strip(), str(item["label"]).strip(), icon))
    return tuple(figures)


def _read_picture(value: Any, root: Path, add: Callable[[str, str], None], read: dict[Path, tuple] | None = None
                  ) -> tuple[Any, os.stat_result] | None:
    """`image: {file, credit, focus}` as a Picture (its file inside the campaign folder, a real PNG or JPEG of
    sensible size, read once) and the file's status when read; None (with the problem added) otherwise. `read`
    keeps the pictures already read in this load (resolved path -> asset, width, height, status)."""
    from pipeline.imaging import pictures

    if value is None:
        return None
    if not isinstance(value, dict):
        add("image", "must be {file: pictures/photo.jpg, credit: \"…\", focus: [x, y]}")
        return None
    for key in sorted(set(value) - IMAGE_FIELDS, key=str):
        add(f"image.{key}", f"unknown field (known: {', '.join(sorted(IMAGE_FIELDS))})")
    credit, alt = value.get("credit"), value.get("alt")
    if credit is not None and (not isinstance(credit, str) or not credit.strip()):
        add("image.credit", "must be a non-empty string (who took the picture, or where it is from)")
        credit = None
    if alt is not None and (not isinstance(alt, str) or not alt.strip()):
        add("image.alt", "must be a non-empty string (what the picture shows, for the alt text)")
        alt = None
    focus = value.get("focus", [0.5, 0.5])
    if (not isinstance(focus, list) or len(focus) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1 for v in focus)):
        add("image.focus", f"must be [x, y], each from 0 to 1 (the point to keep in view: [0.5, 0.5] is the "
                           f"centre, [0.5, 0.2] near the top), not {focus!r}")
        focus = [0.5, 0.5]
    file = value.get("file")
    if not isinstance(file, str) or not file.strip():
        add("image.file", "required: the path of a PNG or JPEG picture in the campaign folder, like pictures/a.jpg")
        return None
    if Path(file).is_absolute() or ".." in Path(file).parts:
        add("image.file", f"{file!r} must be a path inside the campaign folder (no absolute path, no '..')")
        return None
    try:
        resolved = confined_path(root / file, root)
        if not resolved.is_file():
            add("image.file", f"not a regular file: {display_path(root / file)}")
            return None
        if resolved.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            add("image.file", f"{file}: must be a PNG or JPEG picture (.png, .jpg, .jpeg)")
            return None
        found = read.get(resolved) if read is not None else None
        if found is None:   # a picture several texts name is read, hashed and checked once per load
            info = resolved.stat()
            asset = Asset.of(root, relative_to_root(root, resolved),
                             read_capped(resolved, root, pictures.PICTURE_MAX_BYTES))
            found = (asset, *pictures.check(asset.data), info)
            if read is not None:
                read[resolved] = found
        asset, width, height, info = found
    except ProblemError as exc:
        message = "file not found" if exc.problem.message == "not found" else exc.problem.message
        add("image.file", f"{file}: {message}")
        return None
    except ValueError as exc:
        add("image.file", f"{file}: {exc}")
        return None
    return pictures.Picture(file, asset, width, height, credit.strip() if credit else None,
                            (float(focus[0]), float(focus[1])), alt.strip() if alt else None), info


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


def _field_kind(field: str) -> str:
    """`points[2]` -> `points`, `key_figures[0].label` -> `key_figures.label`: the key of FIELD_MAX."""
    return re.sub(r"\[\d+\]", "", field)


def _list_or_empty(value: Any) -> list:
    """`value` when it is a list, else [] (its type is reported by the field's own check)."""
    return value if isinstance(value, list) else []


def _drawable_fields(fm: dict, body: str):
    """(field name, string) for everything that gets drawn."""
    for key in ("title", "summary"):
        if isinstance(fm.get(key), str):
            yield key, fm[key]
    for i, item in enumerate(_list_or_empty(fm.get("key_figures"))):
        if isinstance(item, dict):
            for k in ("value", "label"):
                if isinstance(item.get(k), str):
                    yield f"key_figures[{i}].{k}", item[k]
    for i, item in enumerate(_list_or_empty(fm.get("points"))):
        if isinstance(item, str):
            yield f"points[{i}]", item
    image = fm.get("image")
    for key in ("credit", "alt"):
        if isinstance(image, dict) and isinstance(image.get(key), str):
            yield f"image.{key}", image[key]
    yield "body", body


def _check_glyphs(path: Path, field: str, value: str, problems: list[Problem]) -> None:
    for weight in ("Regular", "Bold"):
        missing = [c for c in fonts.missing_characters(value, weight) if not CONTROL_CHARACTER.match(c)]  # said already
        if missing:
            chars = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing)
            problems.append(Problem(path, field, f"{fonts.FAMILY} cannot draw {chars}; replace or remove it"))
            return
