"""The package for a print shop: one folder (and a zip of it) per print job, with checksums and a job ticket.

A print job is one product in one format: "flyers-a5" (every A5 flyer), "trifold-a4" (the campaign
tri-fold), "posters-a3" (if any). Each job folder holds the PDFs exactly as built (hash-checked
against the leaflets manifest while copied), `SHA256SUMS` (verify with `sha256sum -c SHA256SUMS`),
`job.json` (the ticket for software) and `job.txt` (the same ticket in plain Vietnamese). What the shop
would still need to price a job (print run, paper, proof, delivery, contact person) is warned about and
listed in the ticket (`missing`); `strict` refuses instead.

campaign.yaml, section `leaflets` (all optional):
    quantity: 10000                      # copies of each file, or per product / job:
    quantity: {flyer: 10000, trifold: 5000, posters-a3: 200}
    paper: "Couché 150 g/m²"             # or per product / job, like quantity
    contact: {name: "...", phone: "...", email: "..."}   # who the print shop calls
    print_shop: {name: "...", phone: "...", email: "...", address: "..."}   # or just a name
    proof: {type: "bản in thử chuẩn ISO 12647-7", copies: 1, to: "..."}    # or a line of text
    delivery: {address: "...", date: "2026-12-15", contact: "..."}         # or a line of text

The ticket also states the output condition (PDF/X version, FOGRA39), which PDF page is the outside
of the tri-fold, grain direction and creasing advice for the stock; `job.xjdf` carries the product
intent (size, pages, colours, paper, quantity, folding, proof), the customer and delivery contacts and the
delivery (date, copies per product) for a print MIS.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

import pipeline
from pipeline.atomic import atomic_path, sha256_file, write_bytes, write_json, write_text
from pipeline.content import Campaign, Text
from pipeline.delivery.manifests import (Manifest, ManifestItem, ManifestOutput, check_campaign_item,
                                         check_params_current, copy_verified, deliverable_text, load_manifest,
                                         make_shareable)
from pipeline.delivery.xjdf import job_xjdf
from pipeline.errors import CampaignError, PipelineError, Problem
from pipeline.leaflets.colors import OUTPUT_PROFILES
from pipeline.leaflets.pdfx import PDFX_LABELS
from pipeline.leaflets.printing import licence_details, vietnamese_date
from pipeline.leaflets.settings import LeafletSettings

logger = logging.getLogger(__name__)

GENERATOR = f"media-pipeline {pipeline.__version__}"
KINDS = ("flyer", "trifold", "poster")
KIND_JOB_PREFIX = {"flyer": "flyers", "trifold": "trifold", "poster": "posters"}
KIND_LABEL_VI = {"flyer": "Tờ rơi", "trifold": "Tờ gấp 3", "poster": "Áp phích"}
# ISO 216 A series, portrait (width, height) in mm.
ISO_A_SIZES_MM = {"A0": (841, 1189), "A1": (594, 841), "A2": (420, 594), "A3": (297, 420),
                  "A4": (210, 297), "A5": (148, 210), "A6": (105, 148)}
CHECKSUMS_NAME = "SHA256SUMS"
XJDF_NAME = "job.xjdf"
CREASE_FROM_GSM = 130  # coated stock this heavy cracks along a fold unless creased first
TRIFOLD_PAGES = {"outside_page": 1, "inside_page": 2,
                 "outside_panels": "tấm gấp vào (97 mm) | mặt sau | bìa trước, từ trái sang phải",
                 "inside_panels": "ba tấm nội dung, từ trái sang phải"}


@dataclass
class PrintFile:
    """One PDF of a print job, with the text(s) it was built from."""

    output: ManifestOutput
    item: ManifestItem
    texts: tuple[Text, ...]
    kind: str

    @property
    def name(self) -> str:
        """The PDF's file name in the job folder."""
        return self.output.name


@dataclass
class PrintJob:
    """One product in one format, printed with the same settings."""

    name: str
    kind: str
    trim_size_mm: tuple[float, float]
    files: list[PrintFile] = field(default_factory=list)


# ---------------------------------------------------------------- small pure helpers


def normalise_mm(value: Any) -> float | int:
    """A millimetre value as int when whole (148.0 -> 148), for names and tickets."""
    number = round(float(value), 1)
    return int(number) if number.is_integer() else number


def paper_size_name(trim_size_mm: tuple[float, float]) -> str | None:
    """The ISO A size of a trim size in either orientation ("A5" for 148 × 210 or 210 × 148), else None."""
    short, long = sorted(float(v) for v in trim_size_mm)
    for name, (width, height) in ISO_A_SIZES_MM.items():
        if abs(short - width) <= 1 and abs(long - height) <= 1:
            return name
    return None


def print_kind(output: ManifestOutput, item: ManifestItem) -> str:
    """Which product a leaflets PDF is: "flyer", "trifold" or "poster".

    The manifest's media "kind" wins; otherwise a campaign-wide item or a name containing "trifold" is
    the tri-fold, a name ending in "-poster" a poster, anything else a flyer.
    """
    kind = output.media.get("kind")
    if kind in KINDS:
        return kind
    stem = Path(output.name).stem
    if item.text_id is None or "trifold" in stem:
        return "trifold"
    if stem.endswith("-poster"):
        return "poster"
    return "flyer"


def job_name(kind: str, trim_size_mm: tuple[float, float]) -> str:
    """The folder name of a print job: "flyers-a5", "trifold-a4", "posters-a3" (or "flyers-100x200mm")."""
    size = paper_size_name(trim_size_mm)
    if size is None:
        width, height = (normalise_mm(v) for v in trim_size_mm)
        size = f"{width}x{height}mm"
    return f"{KIND_JOB_PREFIX[kind]}-{size.lower()}"


def panel_widths(panels_mm: Any) -> list[float]:
    """Every panel width of a folded sheet, from a list ([97, 100, 100]) or a mapping per side."""
    if isinstance(panels_mm, dict):
        return [float(w) for widths in panels_mm.values() if isinstance(widths, (list, tuple)) for w in widths]
    if isinstance(panels_mm, (list, tuple)):
        return [float(w) for w in panels_mm]
    return []


def folded_size_mm(trim_size_mm: tuple[float, float], panels_mm: Any) -> list[float | int]:
    """The size of a tri-fold once folded: its widest panel (or a third of the sheet) × its height."""
    width, height = trim_size_mm
    widths = panel_widths(panels_mm)
    folded_width = max(widths) if widths else round(float(width) / 3, 1)
    return [normalise_mm(folded_width), normalise_mm(height)]


def panels_vi(panels_mm: Any) -> str:
    """Panel widths for the Vietnamese ticket ("mặt ngoài 97 / 100 / 100 mm, mặt trong 100 / 100 / 97 mm")."""
    def widths(values: Any) -> str:
        return " / ".join(str(normalise_mm(v)) for v in values) + " mm"

    if isinstance(panels_mm, dict):
        sides = {"outside": "mặt ngoài", "inside": "mặt trong"}
        ordered = [side for side in sides if side in panels_mm] + [side for side in panels_mm if side not in sides]
        return ", ".join(f"{sides.get(side, side)} {widths(panels_mm[side])}" for side in ordered)
    return widths(panels_mm)


def preflight_passed(preflight: Any) -> bool | None:
    """Whether a preflight record passed ({"result": "pass"}, {"ok": true} or every check ok); None if absent."""
    if not isinstance(preflight, dict):
        return None
    if "ok" in preflight:
        return preflight["ok"] is True
    if "result" in preflight:
        return preflight["result"] == "pass"
    checks = preflight.get("checks")
    if isinstance(checks, dict) and checks:
        return all(isinstance(c, dict) and c.get("ok") is True for c in checks.values())
    return None


def preflight_failures(preflight: Any) -> str:
    """The failed checks of a preflight record, for an error message."""
    checks = preflight.get("checks") if isinstance(preflight, dict) else None
    if isinstance(checks, dict):
        failed = [f"{name}: {check.get('detail', 'failed')}" for name, check in checks.items()
                  if isinstance(check, dict) and check.get("ok") is not True]
        if failed:
            return "; ".join(failed)
    return json.dumps(preflight, ensure_ascii=False)


def sides_for_pages(pages: int | None) -> int | None:
    """Printed sides of a sheet: a one-page PDF is one-sided (4/0), two or more pages two-sided (4/4)."""
    if not pages:
        return None
    return 1 if pages == 1 else 2


def colours_label(sides: int | None) -> str:
    """The print trade's colour notation: "CMYK 4/4" (both sides) or "CMYK 4/0" (front only)."""
    if sides == 1:
        return "CMYK 4/0"
    return "CMYK 4/4"


def per_product_setting(value: Any, kind: str, name: str) -> Any:
    """A campaign.yaml setting given once for all, or as a mapping per job name or product ("flyer")."""
    if isinstance(value, dict):
        for key in (name, kind, KIND_JOB_PREFIX[kind]):
            if key in value:
                return value[key]
        return None
    return value


def quantity_for(leaflets_settings: dict[str, Any], kind: str, name: str) -> int | None:
    """Copies of each file of a job, from campaign.yaml `leaflets.quantity`; None when not given."""
    quantity = per_product_setting(leaflets_settings.get("quantity"), kind, name)
    if quantity is None or quantity == "":
        return None
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
        raise CampaignError([Problem("campaign.yaml", "leaflets.quantity",
                                     f"{quantity!r} for {name} is not a positive whole number of copies")])
    return quantity


def format_number_vi(number: int) -> str:
    """A whole number the Vietnamese way, with "." between thousands (10.000)."""
    return f"{number:,}".replace(",", ".")


def format_date_vi(value: Any) -> str:
    """An ISO date (or datetime) as dd/mm/yyyy; anything else unchanged."""
    return "" if value is None else vietnamese_date(value)


def sha256sums_text(entries: list[tuple[str, str]]) -> str:
    """The content of a SHA256SUMS file in `sha256sum` text format ("<hex>  <name>" per line)."""
    return "".join(f"{sha256}  {name}\n" for name, sha256 in sorted(entries))


def zip_date_time(built_at: str | None) -> tuple[int, int, int, int, int, int]:
    """A zip entry timestamp from a build time (deterministic zips); 1980-01-01 when unknown."""
    try:
        moment = datetime.fromisoformat(str(built_at).replace("Z", "+00:00"))
    except ValueError:
        return (1980, 1, 1, 0, 0, 0)
    if moment.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def leaflet_settings(campaign: Campaign) -> LeafletSettings:
    """campaign.yaml `leaflets:` validated; CampaignError naming the field otherwise."""
    try:
        return LeafletSettings.from_mapping(campaign.section("leaflets"))
    except ValueError as exc:
        field, _, message = str(exc).partition(": ")
        raise CampaignError([Problem("campaign.yaml", field, message)]) from exc


def grammage_gsm(paper: Any) -> int | None:
    """The weight in g/m² a paper description states ("Couché 150 g/m²" -> 150), else None."""
    match = re.search(r"(\d{2,3})\s*(?:g|gsm|gr)\b", str(paper or ""), re.IGNORECASE)
    return int(match.group(1)) if match else None


def stock_advice(kind: str, trim_size_mm: tuple[float, float], paper: Any) -> dict[str, Any]:
    """Grain direction and creasing advice for a product on its paper.

    A fold along the grain is clean; across it, the fibres break. The tri-fold's folds run parallel to
    its short (210 mm) edge, so the grain must too; flat products take the grain along the long edge
    (stiffer in the hand, a poster hangs flat). Coated stock from CREASE_FROM_GSM g/m² is creased.
    """
    gsm = grammage_gsm(paper)
    short, long = sorted(normalise_mm(v) for v in trim_size_mm)
    folded = kind == "trifold"
    edge = short if folded else long
    grain = {"paper": per_paper(paper), "grammage_gsm": gsm,
             "grain": f"parallel to the {edge} mm edge" + (" (parallel to the folds)" if folded else ""),
             "grain_vi": f"song song với cạnh {edge} mm" + (" (song song với đường gấp)" if folded else ""),
             # XJDF MediaDirection: Y runs along the product's height (its second dimension)
             "grain_xjdf": "YDirection" if edge == normalise_mm(trim_size_mm[1]) else "XDirection"}
    if not folded:
        grain.update(creasing=False, creasing_vi="không gấp, không cần cấn")
    elif gsm is None:
        grain.update(creasing=None, creasing_vi=f"cấn trước khi gấp nếu giấy từ {CREASE_FROM_GSM} g/m² trở lên")
    else:
        crease = gsm >= CREASE_FROM_GSM
        grain.update(creasing=crease, creasing_vi=f"cấn (bế gấp) trước khi gấp: giấy {gsm} g/m² dễ nứt mực ở nếp gấp"
                     if crease else f"giấy {gsm} g/m² gấp theo thớ không cần cấn")
    return grain


def per_paper(paper: Any) -> str | None:
    """A paper setting as one line (None when not given)."""
    return str(paper) if paper not in (None, "") else None


def output_condition(settings: LeafletSettings, files: list[dict[str, Any]]) -> dict[str, Any]:
    """The PDF/X version and press condition the files were made for (from their manifest, else settings)."""
    identifier = _single([f.get("output_condition") for f in files]) or settings.output_condition
    profile, description, registry = OUTPUT_PROFILES[identifier]
    return {"pdfx": _single([f.get("pdfx") for f in files]) or PDFX_LABELS[settings.pdfx],
            "identifier": identifier, "condition": description, "registry": registry, "icc_profile": profile}


def as_fields(value: Any, key: str) -> dict[str, Any] | None:
    """A campaign.yaml line-or-mapping setting as a mapping ({key: line} for a line)."""
    if value in (None, ""):
        return None
    return dict(value) if isinstance(value, dict) else {key: str(value)}


# ---------------------------------------------------------------- what a print shop needs to price a job

INTAKE_EXAMPLES = {
    "quantity": "quantity: {flyer: 10000, trifold: 5000}",
    "paper": "paper: {flyer: \"Couché 115 g/m²\", trifold: \"Couché mờ 150 g/m²\"}",
    "proof": "proof: {type: \"bản in thử chuẩn ISO 12647-7\", copies: 1}",
    "delivery": "delivery: {address: \"...\", date: 2026-12-15, contact: \"...\"}",
    "contact": "contact: {name: \"...\", phone: \"...\", email: \"...\"}",
}


class IntakeGaps(NamedTuple):
    """What a print shop still lacks, as (campaign.yaml field, what is missing): per job and campaign-wide."""

    per_job: dict[str, list[tuple[str, str]]]  # job name -> its print run and paper
    shared: list[tuple[str, str]]  # proof, delivery, contact: every job lacks them alike

    def all(self) -> list[tuple[str, str]]:
        """Every gap once: each job's own in job order, then the shared ones."""
        return [gap for gaps in self.per_job.values() for gap in gaps] + self.shared

    def of(self, job: PrintJob) -> list[tuple[str, str]]:
        """The gaps of one job's ticket: its own, then the shared ones."""
        return self.per_job[job.name] + self.shared


def intake_gaps(campaign: Campaign, jobs: list[PrintJob]) -> IntakeGaps:
    """What a print shop still lacks to price and run `jobs`: print run and paper per job, proof, delivery
    (address and date) and the person it calls."""
    settings = campaign.section("leaflets")
    validated = leaflet_settings(campaign)
    per_job: dict[str, list[tuple[str, str]]] = {}
    for job in jobs:
        own = per_job.setdefault(job.name, [])
        if quantity_for(settings, job.kind, job.name) is None:
            own.append(("leaflets.quantity", f"no print run for {job.name}"))
        if per_product_setting(settings.get("paper"), job.kind, job.name) in (None, ""):
            own.append(("leaflets.paper", f"no paper for {job.name}"))
    gaps: list[tuple[str, str]] = []
    if validated.proof is None:
        gaps.append(("leaflets.proof", "no proof asked for (or say that none is needed)"))
    delivery = as_fields(validated.delivery, "address") or {}
    if not delivery:
        gaps.append(("leaflets.delivery", "no delivery address and date"))
    gaps += [(f"leaflets.delivery.{key}", f"no delivery {key}") for key in ("address", "date")
             if delivery and not delivery.get(key)]
    contact = validated.contact
    if not contact or (isinstance(contact, dict) and not (contact.get("name") or contact.get("person"))):
        gaps.append(("leaflets.contact", "no contact person for the print shop to call"))
    return IntakeGaps(per_job, gaps)


def gap_message(campaign: Campaign, field: str, problem: str) -> str:
    """An intake gap as a user reads it: the field, what is missing, where and how to set it."""
    example = INTAKE_EXAMPLES[field.split(".")[1]]
    return f"{field}: {problem} (set it under `leaflets:` in {campaign_yaml(campaign)}, e.g. `{example}`)"


def campaign_yaml(campaign: Campaign) -> str:
    """The campaign.yaml a message points to, as the user would type its path."""
    from pipeline.errors import display_path

    return display_path(Path(campaign.root) / "campaign.yaml")


# ---------------------------------------------------------------- planning


def plan_print_jobs(campaign: Campaign, manifest: Manifest) -> list[PrintJob]:
    """Group the deliverable PDFs of the leaflets manifest into print jobs (product × trim size)."""
    jobs: dict[str, PrintJob] = {}
    for item in manifest.items:
        campaign_wide = item.text_id is None or any("trifold" in o.name for o in item.outputs)
        if campaign_wide:  # the tri-fold (even one holding a single text) stands for all its texts
            texts: tuple[Text, ...] = check_campaign_item(campaign, manifest, item)
        else:
            text = deliverable_text(campaign, manifest, item)
            if text is None:
                continue
            texts = (text,)
        for output in item.outputs:
            if output.suffix != ".pdf":
                continue
            trim = output.media.get("trim_size_mm")
            if not (isinstance(trim, (list, tuple)) and len(trim) == 2):
                raise PipelineError(f"{manifest.path}: {output.path} has no trim_size_mm; "
                                    "run `media-pipeline build --stage leaflets --force`")
            colour = output.media.get("colour")
            if colour is not None and str(colour).upper() != "CMYK":
                raise PipelineError(f"{output.path} is {colour}, not CMYK: a print shop needs CMYK files")
            preflight = output.media.get("preflight")
            if preflight_passed(preflight) is False:
                raise PipelineError(f"{output.path} failed preflight ({preflight_failures(preflight)}); "
                                    "fix it and rebuild before sending it to print")
            kind = print_kind(output, item)
            trim_size = (normalise_mm(trim[0]), normalise_mm(trim[1]))
            name = job_name(kind, trim_size)
            job = jobs.setdefault(name, PrintJob(name=name, kind=kind, trim_size_mm=trim_size))
            if any(existing.name == output.name for existing in job.files):
                raise PipelineError(f"two files named {output.name} in print job {name}")
            job.files.append(PrintFile(output=output, item=item, texts=texts, kind=kind))
    packaged_items = {print_file.item.key: print_file.item for job in jobs.values() for print_file in job.files}
    check_params_current(campaign, manifest, list(packaged_items.values()))
    for job in jobs.values():
        job.files.sort(key=lambda f: f.name)
    return [jobs[name] for name in sorted(jobs)]


# ---------------------------------------------------------------- the ticket


def _contact(campaign: Campaign, settings: dict[str, Any]) -> dict[str, Any]:
    contact: dict[str, Any] = {"organisation": campaign.organisation, "hotline": campaign.hotline,
                               "website": campaign.website}
    extra = settings.get("contact")
    if isinstance(extra, dict):
        contact.update({str(k): v for k, v in extra.items() if v not in (None, "")})
    elif extra:
        contact["person"] = str(extra)
    return contact


def _print_shop(settings: dict[str, Any]) -> dict[str, Any] | None:
    shop = settings.get("print_shop")
    if isinstance(shop, dict):
        return {str(k): v for k, v in shop.items() if v not in (None, "")} or None
    return {"name": str(shop)} if shop else None


def _single(values: list[Any]) -> Any:
    distinct = {json.dumps(v, sort_keys=True) for v in values}
    return values[0] if len(distinct) == 1 else None


def build_ticket(campaign: Campaign, job: PrintJob, file_facts: dict[str, dict[str, Any]],
                 missing: list[tuple[str, str]]) -> dict[str, Any]:
    """The job ticket (job.json) of a print job; `file_facts` holds sha256, bytes and pages per file name,
    `missing` what the shop still lacks for this job (`intake_gaps(...).of(job)`)."""
    settings = campaign.section("leaflets")
    quantity = quantity_for(settings, job.kind, job.name)
    files = []
    for print_file in job.files:
        facts = file_facts[print_file.name]
        media = print_file.output.media
        pages = facts["pages"]
        entry: dict[str, Any] = {
            "file": print_file.name,
            "source": print_file.output.path,
            "text_id": print_file.item.text_id,
            "text_ids": list(print_file.item.text_ids),
            "approval": print_file.item.approval,
            "sha256": facts["sha256"],
            "bytes": facts["bytes"],
            "pages": pages,
            "sides": sides_for_pages(pages),
            "bleed_mm": normalise_mm(media["bleed_mm"]) if media.get("bleed_mm") is not None else None,
            "colour": media.get("colour"),
            "quantity": quantity,
            "preflight": media.get("preflight"),
            "pdfx": media.get("pdfx"),
            "output_condition": media.get("output_condition"),
            "built_at": print_file.item.built_at,
        }
        if print_file.kind != "trifold":
            text = print_file.texts[0]
            entry.update(title=text.title, approved_by=text.approved_by,
                         approved_at=str(text.approved_at) if text.approved_at else None)
        else:
            entry["title"] = f"{KIND_LABEL_VI[job.kind]}: {campaign.name}"
            entry["texts"] = [{"text_id": t.id, "title": t.title, "approval": t.approval,
                               "approved_by": t.approved_by,
                               "approved_at": str(t.approved_at) if t.approved_at else None}
                              for t in print_file.texts]
        if media.get("panels_mm"):
            entry["panels_mm"] = media["panels_mm"]
        files.append(entry)

    pages_per_file = _single([f["pages"] for f in files])
    sides = _single([f["sides"] for f in files])
    passed = [preflight_passed(f["preflight"]) for f in files]
    not_checked = [f["file"] for f, ok in zip(files, passed) if ok is None]
    finishing: dict[str, Any] = {"trim": True, "fold": None}
    if job.kind == "trifold":
        finishing["fold"] = "letter fold, 3 panels"
        finishing["panels_mm"] = _single([f.get("panels_mm") for f in files])
        finishing["folded_size_mm"] = folded_size_mm(job.trim_size_mm, finishing["panels_mm"])
        finishing.update(TRIFOLD_PAGES)
    validated = leaflet_settings(campaign)
    paper = per_product_setting(settings.get("paper"), job.kind, job.name)
    stock = stock_advice(job.kind, job.trim_size_mm, paper)
    finishing["crease"] = stock["creasing"]
    return {
        "schema": 1,
        "generator": GENERATOR,
        "job": job.name,
        "product": job.kind,
        "product_vi": KIND_LABEL_VI[job.kind],
        "campaign": campaign.name,
        "format": paper_size_name(job.trim_size_mm),
        "trim_size_mm": list(job.trim_size_mm),
        "bleed_mm": _single([f["bleed_mm"] for f in files]),
        "pages_per_file": pages_per_file,
        "sides": sides,
        "colours": colours_label(sides),
        "colour_space": _single([f["colour"] for f in files]),
        "finishing": finishing,
        "paper": paper,
        "output_condition": output_condition(validated, files),
        "stock": stock,
        "proof": as_fields(validated.proof, "type"),
        "imprint": as_fields(validated.imprint, "note"),  # the licence the shop must see before it prints
        "delivery": as_fields(validated.delivery, "address"),
        "xjdf": XJDF_NAME,
        "quantity": quantity,
        "quantity_unit": "copies of each file",
        "total_copies": quantity * len(files) if quantity is not None else None,
        "file_count": len(files),
        "files": files,
        "contact": _contact(campaign, settings),
        "print_shop": _print_shop(settings),
        "preflight": {"ok": True if passed and all(passed) else None,
                      "files_checked": len(files) - len(not_checked), "files_not_checked": not_checked},
        "checksums": CHECKSUMS_NAME,
        "built_at": max((f["built_at"] for f in files if f["built_at"]), default=None),
        "missing": [f"{field}: {problem}" for field, problem in missing],
    }


CONTACT_LABELS_VI = {"organisation": "Đơn vị đặt in", "hotline": "Đường dây nóng", "website": "Trang web",
                     "name": "Người liên hệ", "person": "Người liên hệ", "phone": "Điện thoại",
                     "email": "Thư điện tử", "address": "Địa chỉ"}


def render_job_txt(ticket: dict[str, Any]) -> str:
    """The job ticket in plain Vietnamese, for the people at the print shop."""
    lines: list[str] = []
    title = f"PHIẾU IN — {ticket['product_vi']} {ticket['format'] or ''}".rstrip() + f" ({ticket['job']})"
    lines += [title, "=" * len(title), ""]
    lines.append(f"Chiến dịch: {ticket['campaign']}")
    for key, value in ticket["contact"].items():
        lines.append(f"{CONTACT_LABELS_VI.get(key, key)}: {value}")
    if ticket["print_shop"]:
        shop = ticket["print_shop"]
        lines.append("Nhà in: " + ", ".join(str(shop[k]) for k in shop))
    lines += ["", "QUY CÁCH IN"]
    width, height = ticket["trim_size_mm"]
    size = f" ({ticket['format']})" if ticket["format"] else ""
    folded = ticket["finishing"].get("folded_size_mm")
    if folded:  # a tri-fold: the printed sheet is the open size, the finished product is folded
        lines.append(f"Khổ trải (trước khi gấp): {width} × {height} mm{size}")
        lines.append(f"Khổ thành phẩm (sau khi gấp): {folded[0]} × {folded[1]} mm")
    else:
        lines.append(f"Khổ thành phẩm: {width} × {height} mm{size}")
    if ticket["bleed_mm"] is not None:
        lines.append(f"Tràn lề: {ticket['bleed_mm']} mm mỗi cạnh (đã có trong tệp PDF, kèm TrimBox và BleedBox)")
    else:
        lines.append("Tràn lề: xem từng tệp bên dưới")
    sides_vi = {1: "một mặt (4/0)", 2: "hai mặt (4/4)"}.get(ticket["sides"], "xem từng tệp")
    space = "CMYK" if ticket["colour_space"] in (None, "CMYK") else ticket["colour_space"]
    lines.append(f"Màu: {space} 4 màu {sides_vi}")
    if ticket["pages_per_file"]:
        lines.append(f"Số trang mỗi tệp: {ticket['pages_per_file']}")
    condition = ticket["output_condition"]
    lines.append(f"Chuẩn tệp và màu: {condition['pdfx']}, điều kiện in {condition['identifier']} "
                 f"(ISO 12647-2, giấy couché); in theo điều kiện này")
    lines.append(f"Giấy: {ticket['paper'] or 'theo thỏa thuận với nhà in'}")
    lines.append(f"Thớ giấy: {ticket['stock']['grain_vi']}")
    if ticket["finishing"].get("fold"):
        lines.append(f"Cấn: {ticket['stock']['creasing_vi']}")
        lines.append(f"Trang 1 của tệp PDF là mặt ngoài ({ticket['finishing']['outside_panels']}); "
                     f"trang 2 là mặt trong ({ticket['finishing']['inside_panels']})")
    finishing = "xén theo khổ thành phẩm"
    if ticket["finishing"].get("fold"):
        finishing += ", gấp 3 (gấp cuốn)"
        panels = ticket["finishing"].get("panels_mm")
        if panels:
            finishing += ", các tấm rộng: " + panels_vi(panels)
    lines.append(f"Gia công: {finishing}")
    count = ticket["file_count"]
    if ticket["quantity"] is None:
        lines.append(f"Số lượng: chưa ghi — xin liên hệ {ticket['contact']['organisation']} ({count} mẫu)")
    else:
        lines.append(f"Số lượng: {format_number_vi(ticket['quantity'])} tờ mỗi mẫu × {count} mẫu = "
                     f"{format_number_vi(ticket['total_copies'])} tờ")
    imprint = ticket.get("imprint") or {}
    if imprint.get("licence"):
        lines.append(f"Giấy phép xuất bản: số {licence_details(imprint)}")
    if imprint.get("deposit"):
        lines.append(f"Nộp lưu chiểu: {imprint['deposit']}")
    for key, label in (("proof", "Bản in thử"), ("delivery", "Giao hàng")):
        value = ticket[key]
        lines.append(f"{label}: " + (", ".join(str(v) for v in value.values()) if value else "theo thỏa thuận"))
    preflight = ticket["preflight"]
    if preflight["ok"]:
        lines.append(f"Kiểm tra trước in (preflight): đạt ({preflight['files_checked']}/{count} tệp)")
    else:
        lines.append(f"Kiểm tra trước in (preflight): {preflight['files_checked']}/{count} tệp đã kiểm tra")
    if ticket.get("missing"):
        lines += ["", "CÒN THIẾU ĐỂ BÁO GIÁ (đơn vị đặt in sẽ bổ sung)"] + [f"- {gap}" for gap in ticket["missing"]]
    lines += ["", f"TỆP IN ({count})"]
    for number, entry in enumerate(ticket["files"], 1):
        lines.append(f"{number}. {entry['file']}")
        lines.append(f"   Nội dung: {entry['title']}")
        details = [f"{entry['pages']} trang" if entry["pages"] else None,
                   f"số lượng {format_number_vi(entry['quantity'])} tờ" if entry["quantity"] else None]
        if any(details):
            lines.append("   " + " · ".join(d for d in details if d))
        if entry.get("approved_by") or entry.get("approved_at"):
            lines.append(f"   Phê duyệt: {entry.get('approved_by') or ''}"
                         + (f", ngày {format_date_vi(entry['approved_at'])}" if entry.get("approved_at") else ""))
        for text in entry.get("texts", []):
            lines.append(f"   - {text['title']} (phê duyệt ngày {format_date_vi(text['approved_at'])})")
        if entry["approval"]:
            lines.append(f"   Mã phê duyệt: {entry['approval']}")
        lines.append(f"   SHA-256: {entry['sha256']}")
    lines += ["", "KIỂM TRA TỆP",
              f"Mã SHA-256 của mọi tệp nằm trong tệp {CHECKSUMS_NAME}. Kiểm tra bằng lệnh:",
              f"  Linux:   sha256sum -c {CHECKSUMS_NAME}",
              f"  macOS:   shasum -a 256 -c {CHECKSUMS_NAME}",
              "  Windows: certutil -hashfile <tên tệp> SHA256",
              "Chỉ in các tệp có mã khớp. Nếu có sai khác, xin liên hệ đơn vị đặt in.", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- writing


def _is_our_job_folder(folder: Path) -> bool:
    try:
        ticket = json.loads((folder / "job.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(ticket, dict) and str(ticket.get("generator", "")).startswith("media-pipeline")


def _pdf_page_count(path: Path) -> int | None:
    import pikepdf  # only when the manifest lacks the page count

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def _stage_job(campaign: Campaign, out_dir: Path, job: PrintJob, staging_dir: Path,
               missing: list[tuple[str, str]]) -> None:
    """Write one job folder and its zip into the staging folder."""
    job_dir = staging_dir / job.name
    job_dir.mkdir()
    file_facts: dict[str, dict[str, Any]] = {}
    for print_file in job.files:
        dest_path = job_dir / print_file.name
        sha256 = copy_verified(out_dir, print_file.output, dest_path)
        pages = print_file.output.media.get("pages")
        if not isinstance(pages, int):
            pages = _pdf_page_count(dest_path)
        file_facts[print_file.name] = {"sha256": sha256, "bytes": dest_path.stat().st_size, "pages": pages}
    ticket = build_ticket(campaign, job, file_facts, missing)
    write_json(job_dir / "job.json", ticket)
    # BOM and CRLF: print shops mostly open job.txt in Windows Notepad; the BOM makes every
    # version of it read the Vietnamese as UTF-8 instead of a legacy code page.
    write_bytes(job_dir / "job.txt", b"\xef\xbb\xbf" + render_job_txt(ticket).replace("\n", "\r\n").encode("utf-8"))
    write_bytes(job_dir / XJDF_NAME, job_xjdf(ticket))
    # the PDFs were hashed while copied; only job.json and job.txt need hashing
    checksums = [(path.name, file_facts[path.name]["sha256"] if path.name in file_facts else sha256_file(path))
                 for path in sorted(job_dir.iterdir())]
    write_text(job_dir / CHECKSUMS_NAME, sha256sums_text(checksums))
    _write_zip(staging_dir / f"{job.name}.zip", job_dir, job.name, zip_date_time(ticket["built_at"]))


def _write_zip(zip_path: Path, folder: Path, arc_root: str, date_time: tuple[int, ...]) -> None:
    """A deterministic zip of `folder` with its files under `arc_root/` (same inputs, same bytes)."""
    with atomic_path(zip_path) as tmp_path:
        with zipfile.ZipFile(tmp_path, "w") as archive:
            folder_info = zipfile.ZipInfo(f"{arc_root}/", date_time)
            folder_info.create_system = 3
            folder_info.external_attr = (0o40755 << 16) | 0x10
            archive.writestr(folder_info, b"")
            for path in sorted(folder.iterdir()):
                info = zipfile.ZipInfo(f"{arc_root}/{path.name}", date_time)
                info.create_system = 3
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes())


def package_printers(campaign: Campaign, out_dir: Path, dest_dir: Path | None = None, strict: bool = False) -> list[Path]:
    """Write the print-shop package: `<dest>/<job>/` and `<dest>/<job>.zip` for every print job.

    `dest_dir` defaults to `<out>/package/printers`. Every PDF is checked against the leaflets
    manifest while it is copied; any missing or changed file, stale approval or failed preflight
    raises PipelineError and leaves the previous package untouched. What the shop still needs to
    price the jobs (`intake_gaps`) is a warning each and listed in job.json and job.txt; with `strict`
    it is a PipelineError instead, before anything is written. Re-running replaces the
    package: job folders and zips written by an earlier run that no longer exist are removed.
    Returns, per job in name order, the job folder then its zip.
    """
    out_dir = Path(out_dir)
    dest_dir = Path(dest_dir) if dest_dir is not None else out_dir / "package" / "printers"
    leaflet_settings(campaign)  # a bad setting is named before anything is read or written
    manifest = load_manifest(out_dir, "leaflets")
    jobs = plan_print_jobs(campaign, manifest)
    built = {item.text_id for item in manifest.items if item.text_id}
    for text in campaign.approved_texts:
        if text.id not in built:
            logger.warning("%s is approved but has no built flyer (its last build failed, or it was never built): "
                           "not in this package; see `media-pipeline status`", text.id)
    if not jobs:
        raise PipelineError(f"{manifest.path} lists no PDF of an approved text; nothing to send to print "
                            "(run `media-pipeline build --stage leaflets`)")
    for job in jobs:  # settings errors before any file is touched
        quantity_for(campaign.section("leaflets"), job.kind, job.name)
    intake = intake_gaps(campaign, jobs)
    gaps = [gap_message(campaign, field, problem) for field, problem in intake.all()]
    if gaps and strict:
        raise PipelineError("the print jobs cannot be priced yet (--strict), nothing written:\n  "
                            + "\n  ".join(gaps))
    for gap in gaps:
        logger.warning("%s", gap)
    dest_dir.mkdir(parents=True, exist_ok=True)
    for job in jobs:
        existing = dest_dir / job.name
        if existing.exists() and not _is_our_job_folder(existing):
            raise PipelineError(f"{existing} exists and was not written by media-pipeline; "
                                "move it away or choose another destination")
    staging_dir = Path(tempfile.mkdtemp(prefix=".staging-", dir=dest_dir))
    try:
        for job in jobs:
            _stage_job(campaign, out_dir, job, staging_dir, intake.of(job))
        make_shareable(staging_dir)
        # Everything is staged and verified: swap it in, then drop jobs of earlier runs that are gone.
        trash_dir = staging_dir / ".old"
        trash_dir.mkdir()
        job_names = {job.name for job in jobs}
        for job in jobs:
            final_dir = dest_dir / job.name
            if final_dir.exists():
                os.replace(final_dir, trash_dir / job.name)
            os.replace(staging_dir / job.name, final_dir)
            os.replace(staging_dir / f"{job.name}.zip", dest_dir / f"{job.name}.zip")
        for child in sorted(dest_dir.iterdir()):
            if child.is_dir() and not child.name.startswith(".") and child.name not in job_names \
                    and _is_our_job_folder(child):
                logger.info("removing print job %s from an earlier run", child.name)
                os.replace(child, trash_dir / child.name)
                (dest_dir / f"{child.name}.zip").unlink(missing_ok=True)
    finally:
        shutil.rmtree(staging_dir, ignore_errors=True)
    result: list[Path] = []
    for job in jobs:
        result += [dest_dir / job.name, dest_dir / f"{job.name}.zip"]
        logger.info("print job %s: %d file(s)", job.name, len(job.files))
    return result
