"""Localities as variants: `variants:` of campaign.yaml (inline, or a CSV/YAML file in the campaign folder).

A variant replaces the campaign's organisation, hotline, address, website (or QR link), accent and station
name on every asset, and is built into `<out>/<variant id>/`, a complete output folder of its own (stage
folders and manifests exactly as a campaign without variants has them at `<out>/`). Work that does not
depend on the variant (speech of a text's body) is shared through `<out>/.cache/`.
"""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
from typing import Any, Iterable

import yaml

from pipeline.content import Campaign, Variant
from pipeline.errors import Problem, UsageError
from pipeline.textfile import ProblemError, decode_utf8, load_yaml, nfc_value, normalise, read_capped, yaml_problem

log = logging.getLogger(__name__)

VARIANT_FIELDS = ("id", "organisation", "hotline", "address", "website", "link", "accent", "station_name")
REQUIRED_FIELDS = ("id", "organisation", "hotline", "address")
VARIANT_FIELD_MAX = {"organisation": 200, "hotline": 40, "address": 300, "website": 1_000, "link": 1_000,
                     "station_name": 200}
MAX_VARIANTS = 200          # 34 provinces today; room for districts of a few
VARIANTS_FILE_MAX_BYTES = 1024 * 1024
MIN_HOTLINE_DIGITS = 3


def read_variants(root: Path, config_path: Path, value: Any, problems: list[Problem]) -> tuple[Variant, ...]:
    """campaign.yaml's `variants:`: a list of mappings, or {file: variants.csv | variants.yaml}.

    Every problem (file, `row N: field` or `variants[i].field`, what is wrong) is added to `problems`.
    """
    if value is None:
        return ()
    if isinstance(value, dict):
        return _read_variants_file(root, config_path, value, problems)
    if not isinstance(value, list):
        problems.append(Problem(config_path, "variants", "must be a list of {id, organisation, hotline, address} "
                                                         "or {file: variants.csv}"))
        return ()
    return _check_rows(config_path, [(f"variants[{i}]", row) for i, row in enumerate(value)], problems)


def _read_variants_file(root: Path, config_path: Path, value: dict, problems: list[Problem]) -> tuple[Variant, ...]:
    """`variants: {file: NAME}`: a CSV (header row of field names) or YAML (a list of mappings) file."""
    name = value.get("file")
    if set(value) != {"file"} or not isinstance(name, str) or not name.strip():
        problems.append(Problem(config_path, "variants", "a mapping here must be exactly {file: variants.csv}"))
        return ()
    path = root / name
    if Path(name).is_absolute() or ".." in Path(name).parts:
        problems.append(Problem(config_path, "variants.file", f"{name!r} must be a path inside the campaign folder "
                                                              "(no absolute path, no '..')"))
        return ()
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".yaml", ".yml"):
        problems.append(Problem(config_path, "variants.file", "must be a .csv, .yaml or .yml file"))
        return ()
    try:
        source = normalise(decode_utf8(read_capped(path, root, VARIANTS_FILE_MAX_BYTES), path))
    except ProblemError as exc:
        problems.append(exc.problem)
        return ()
    if suffix == ".csv":
        rows = _csv_rows(path, source, problems)
    else:
        rows = _yaml_rows(path, source, problems)
    if rows is None:
        return ()
    from pipeline.campaign import check_controls_in  # campaign.yaml's own variants were checked with it

    for where, row in rows:
        for key, item in row.items() if isinstance(row, dict) else ():
            check_controls_in(path, item, problems, _field_name(where, str(key)))
    return _check_rows(path, rows, problems)


def _csv_rows(path: Path, source: str, problems: list[Problem]) -> list[tuple[str, Any]] | None:
    """(`row N`, mapping) per data row; N counts lines as a spreadsheet does (the header is row 1)."""
    reader = csv.DictReader(io.StringIO(source.lstrip("\ufeff")), restkey="(extra cells)")
    header = reader.fieldnames or []
    unknown = [name for name in header if name not in VARIANT_FIELDS]
    if not header:
        problems.append(Problem(path, "row 1", f"empty: the header row names the fields ({', '.join(VARIANT_FIELDS)})"))
        return None
    if unknown:
        problems.append(Problem(path, "row 1", f"unknown column(s) {', '.join(map(repr, unknown))} "
                                               f"(known: {', '.join(VARIANT_FIELDS)})"))
        return None
    try:
        rows = []
        for row in reader:
            row = {key: (cell.strip() if isinstance(cell, str) else cell) for key, cell in row.items()}
            rows.append((f"row {reader.line_num}", {key: cell for key, cell in row.items() if cell not in ("", None)}))
    except csv.Error as exc:
        problems.append(Problem(path, f"row {reader.line_num}", f"not valid CSV: {exc}"))
        return None
    return rows


def _yaml_rows(path: Path, source: str, problems: list[Problem]) -> list[tuple[str, Any]] | None:
    """(`[i]`, mapping) per item of the YAML file's list."""
    try:
        data = nfc_value(load_yaml(source))
    except yaml.YAMLError as exc:
        problems.append(Problem(path, None, yaml_problem(exc)))
        return None
    if not isinstance(data, list):
        problems.append(Problem(path, None, "must be a list of {id, organisation, hotline, address}"))
        return None
    return [(f"[{i}]", row) for i, row in enumerate(data)]


def _check_rows(path: Path, rows: list[tuple[str, Any]], problems: list[Problem]) -> tuple[Variant, ...]:
    """Validate every row; the variants of the rows without problems."""
    if not rows:
        problems.append(Problem(path, "variants", "no variants listed"))
        return ()
    if len(rows) > MAX_VARIANTS:
        problems.append(Problem(path, "variants", f"{len(rows)} variants, at most {MAX_VARIANTS}"))
        return ()
    variants: list[Variant] = []
    seen: dict[str, str] = {}
    for where, row in rows:
        variant = _check_row(path, where, row, problems)
        if variant is None:
            continue
        if variant.id in seen:
            problems.append(Problem(path, _field_name(where, "id"), f"{variant.id!r} is already used by {seen[variant.id]}"))
            continue
        seen[variant.id] = where
        variants.append(variant)
    return tuple(variants)


def _check_row(path: Path, where: str, row: Any, problems: list[Problem]) -> Variant | None:
    """One variant's fields checked as campaign.yaml's and the texts' are; None when any is wrong."""
    from pipeline.campaign import HEX_COLOUR, ID_PATTERN, URL_PATTERN, _check_glyphs, _check_qr

    before = len(problems)

    def field_name(key: str) -> str:
        return _field_name(where, key)

    def add(key: str, message: str) -> None:
        problems.append(Problem(path, field_name(key), message))

    if not isinstance(row, dict):
        problems.append(Problem(path, where, "must be a mapping of " + ", ".join(VARIANT_FIELDS)))
        return None
    for key in sorted(set(map(str, row)) - set(VARIANT_FIELDS)):
        add(key, f"unknown field (known: {', '.join(VARIANT_FIELDS)})")
    for key in REQUIRED_FIELDS:
        if key not in row:
            add(key, "required")
    for key, value in row.items():
        if key not in VARIANT_FIELDS:
            continue
        if not isinstance(value, str) or not value.strip():
            add(key, f"must be a non-empty string{' (put quotes around a number)' if isinstance(value, int) else ''}")
            continue
        value = value.strip()
        if key in VARIANT_FIELD_MAX and len(value) > VARIANT_FIELD_MAX[key]:
            add(key, f"too long: {len(value)} characters, at most {VARIANT_FIELD_MAX[key]}")
        elif key == "id" and not ID_PATTERN.fullmatch(value):
            add(key, f"{value!r} is not a safe id: lower-case letters, digits and '-', starting with a letter or "
                     "digit, at most 64 characters")
        elif key == "id" and value in reserved_names():
            add(key, f"{value!r} is the name of a folder of the output; choose another id")
        elif key in ("website", "link") and not URL_PATTERN.fullmatch(value):
            add(key, f"not an http(s) address: {value!r}")
        elif key in ("website", "link"):
            _check_qr(path, field_name(key), value, problems)
        elif key == "accent" and not HEX_COLOUR.fullmatch(value):
            add(key, f"not a colour like '#F5A623': {value!r}")
        elif key == "hotline" and sum(ch.isdigit() for ch in value) < MIN_HOTLINE_DIGITS:
            add(key, f"not a telephone number: {value!r}")
        elif key in ("organisation", "address", "station_name", "hotline"):
            _check_glyphs(path, field_name(key), value, problems)
    if len(problems) > before:
        return None
    fields = {key: row[key].strip() for key in VARIANT_FIELDS if key in row}
    if "accent" in fields:
        fields["accent"] = fields["accent"].upper()
    return Variant(**fields)


def _field_name(where: str, key: str) -> str:
    """`row 3: hotline` in a CSV file, `variants[2].hotline` in YAML."""
    return f"{where}: {key}" if where.startswith("row") else f"{where}.{key}"


def reserved_names() -> set[str]:
    """Folder names the output already uses beside the variants' folders."""
    from pipeline.stages import STAGE_NAMES

    return set(STAGE_NAMES) | {"review", "publish", "package"}


def select_variants(campaign: Campaign, ids: Iterable[str] | None) -> tuple[Variant, ...]:
    """The campaign's variants named by `--variant` (all when none is named); UsageError for an unknown id."""
    ids = list(ids or ())
    if ids and not campaign.variants:
        raise UsageError("--variant: this campaign lists no variants (add `variants:` to campaign.yaml)")
    known = {variant.id: variant for variant in campaign.variants}
    unknown = [variant_id for variant_id in ids if variant_id not in known]
    if unknown:
        raise UsageError(f"--variant: no variant {', '.join(map(repr, unknown))} (variants: {', '.join(known)})")
    return tuple(known[variant_id] for variant_id in dict.fromkeys(ids)) if ids else campaign.variants


def variant_targets(campaign: Campaign, out_dir: Path, ids: Iterable[str] | None = None) -> list[tuple[Campaign, Path]]:
    """(campaign as the variant builds it, its output folder) per selected variant; [(campaign, out)] without."""
    out_dir = Path(out_dir)
    if not campaign.variants:
        select_variants(campaign, ids)  # names the problem of a --variant given anyway
        return [(campaign, out_dir)]
    return [(campaign.for_variant(variant), out_dir / variant.id) for variant in select_variants(campaign, ids)]


def shared_dir(campaign: Campaign, out_dir: Path) -> Path:
    """The folder a variant build shares between its variants (the top output folder), else `out_dir`."""
    return Path(out_dir).parent if campaign.variant else Path(out_dir)


def built_folders(out_dir: Path) -> list[tuple[str | None, Path]]:
    """(variant id, folder) of every output folder with a stage manifest: `<out>` itself and its variants'."""
    from pipeline.stages import STAGE_NAMES

    out_dir = Path(out_dir)

    def has_manifest(folder: Path) -> bool:
        return any((folder / stage / "manifest.json").is_file() for stage in STAGE_NAMES)

    found: list[tuple[str | None, Path]] = [(None, out_dir)] if has_manifest(out_dir) else []
    if out_dir.is_dir():
        found += [(folder.name, folder) for folder in sorted(out_dir.iterdir())
                  if folder.is_dir() and not folder.is_symlink() and folder.name not in reserved_names()
                  and not folder.name.startswith(".") and has_manifest(folder)]
    return found
