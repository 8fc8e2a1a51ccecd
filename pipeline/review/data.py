"""What the review page shows, collected from the campaign and the stage manifests as plain JSON-able data.

Every text and every job carries a `variant` (None for a campaign without `variants:`; else the variant
whose folder `<out>/<id>/` holds the manifest), so the page can filter by it without another data shape.
Output paths are relative to the top output folder (`<id>/leaflets/...` for a variant's).
"""

from __future__ import annotations

import logging
from pathlib import Path, PurePosixPath

from pipeline.build import job_approval
from pipeline.content import Campaign, Text
from pipeline.manifest import Manifest
from pipeline.stages import STAGE_NAMES, Job

log = logging.getLogger(__name__)

SCHEMA = 1
NO_VARIANT = "—"  # what the page shows, and filters on, for an item without a variant
KINDS = {".pdf": "pdf", ".png": "image", ".jpg": "image", ".mp3": "audio", ".mp4": "video",
         ".srt": "captions", ".vtt": "captions", ".txt": "text"}
# Job statuses: built and current, built from an older approval, last render failed, text refused.
JOB_STATUSES = ("ok", "outdated", "failed", "refused")
TEXT_STATUSES = ("ok", "failed", "refused")


def asset_kind(path: str) -> str:
    """What a file is for the page: pdf, image, audio, video, captions, text (or other)."""
    return KINDS.get(PurePosixPath(path).suffix.lower(), "other")


def variant_label(variant: str | None) -> str:
    """The variant as the page shows and filters it."""
    return variant or NO_VARIANT


def own_text_id(key: str, text_ids: list[str]) -> str | None:
    """The text a job belongs to (its key is "<id>" or "<id>/..."), None for a campaign-wide job.

    Not the manifest's `text_id`: a tri-fold built from a single text records that text there.
    """
    return next((text_id for text_id in text_ids if key == text_id or key.startswith(f"{text_id}/")), None)


def collect_review(campaign: Campaign, out_dir: Path) -> dict:
    """Texts (approval and status) and jobs (outputs, status, reason) of every stage's manifest."""
    sources = manifest_sources(out_dir)
    jobs = [_in_folder(job, variant) for variant, manifest in sources
            for job in _stage_jobs(campaign, manifest, variant)]
    texts = [_text_entry(text, jobs, shared=bool(campaign.variants)) for text in campaign.texts]
    variants = sorted({job["variant"] for job in jobs} | {text["variant"] for text in texts} - {None})
    stages = [stage for stage in STAGE_NAMES if any(manifest.stage == stage for _, manifest in sources)]
    return {"schema": SCHEMA, "campaign": {"name": campaign.name, "organisation": campaign.organisation},
            "variants": variants, "stages": stages, "texts": texts, "jobs": jobs}


def manifest_sources(out_dir: Path) -> list[tuple[str | None, Manifest]]:
    """Every stage manifest of the build with the variant it belongs to (None: the build has no variants).

    The one place to teach about variants' folders (`<out>/<id>/<stage>/manifest.json`); a manifest item's
    own `variant` field wins.
    """
    from pipeline.variants import built_folders

    return [(variant, Manifest.load(folder, stage)) for variant, folder in built_folders(out_dir)
            for stage in STAGE_NAMES if Manifest.path_for(folder, stage).is_file()]


def _in_folder(job: dict, variant: str | None) -> dict:
    """The job with its output paths relative to the top output folder (a variant's start with its id)."""
    if variant:
        for output in job["outputs"]:
            output["path"] = f"{variant}/{output['path']}"
    return job


def _stage_jobs(campaign: Campaign, manifest: Manifest, variant: str | None) -> list[dict]:
    """One entry per job of a manifest (its built item and its last failure, if any), in campaign order."""
    keys = set(manifest.items) | set(manifest.failed)
    jobs = [_job_entry(campaign, manifest.stage, manifest.items.get(key), manifest.failed.get(key), key, variant)
            for key in keys]
    order = {text.id: index for index, text in enumerate(campaign.texts)}  # campaign order; campaign-wide last
    return sorted(jobs, key=lambda job: (order.get(job["text_id"], len(order)), job["key"]))


def _job_entry(campaign: Campaign, stage: str, item: dict | None, failure: dict | None, key: str,
               variant: str | None = None) -> dict:
    """A job as the page shows it: status and reason, and every output with its hash, size and media facts."""
    source = failure or item or {}  # a failure is the latest attempt: its texts are the job's texts now
    text_ids = list(source.get("text_ids") or ([source["text_id"]] if source.get("text_id") else []))
    text_id = own_text_id(key, text_ids)
    status, reason = _job_status(campaign, stage, item, failure, text_ids)
    outputs = [{"path": out["path"], "kind": asset_kind(out["path"]), "sha256": out.get("sha256"),
                "bytes": out.get("bytes"), "media": out.get("media") or {}}
               for out in (item or {}).get("outputs", [])]
    return {"variant": variant_label(source.get("variant") or variant), "stage": stage, "key": key, "text_id": text_id,
            "text_ids": text_ids, "status": status, "reason": reason, "built_at": (item or {}).get("built_at"),
            "approval": (item or {}).get("approval"), "engine": (item or {}).get("engine") or {},
            "outputs": outputs}


def _job_status(campaign: Campaign, stage: str, item: dict | None, failure: dict | None,
                text_ids: list[str]) -> tuple[str, str | None]:
    """(status, reason): failed beats refused beats outdated; a job is ok when built from today's approval."""
    if failure is not None:
        return "failed", failure.get("message") or "render failed"
    texts = [_find_text(campaign, text_id) for text_id in text_ids]
    refused = [f"{text.id}: {text.refusal}" for text in texts if text is not None and text.refusal]
    missing = [text_id for text_id, text in zip(text_ids, texts) if text is None]
    if refused or missing:
        return "refused", "; ".join(refused + [f"{text_id}: không còn trong chiến dịch" for text_id in missing])
    if item is not None and item.get("approval") != _approval_now(campaign, stage, item.get("text_ids") or text_ids):
        return "outdated", f"dựng từ bản duyệt cũ của {', '.join(text_ids)}; " \
                           f"chạy `media-pipeline build --stage {stage}`"
    return "ok", None


def _approval_now(campaign: Campaign, stage: str, text_ids: list[str]) -> str | None:
    """The approval a job of these texts would record today (None when one left the campaign)."""
    try:
        return job_approval(campaign, Job(stage, "", tuple(text_ids), ()))
    except KeyError:
        return None


def _find_text(campaign: Campaign, text_id: str) -> Text | None:
    """The campaign's text with this id, or None."""
    try:
        return campaign.text(text_id)
    except KeyError:
        return None


def _text_entry(text: Text, jobs: list[dict], shared: bool = False) -> dict:
    """A text with its approval (who, when, hash) and its status: refused, failed (some job) or ok.

    `shared`: the text is built for every variant, so it has none of its own (None: shown whatever the filter).
    """
    # A campaign-wide job (the tri-fold) that fails is listed with the problems, not held against each text.
    failures = [f"{job['stage']} {job['key']}: {job['reason']}" for job in jobs
                if job["status"] == "failed" and job["text_id"] == text.id]
    if text.refusal:
        status, reasons = "refused", [text.refusal]
    elif failures:
        status, reasons = "failed", failures
    else:
        status, reasons = "ok", []
    return {"variant": None if shared else NO_VARIANT, "id": text.id, "title": text.title, "priority": text.priority,
            "source": text.source_path.name, "status": status, "reasons": reasons,
            "approved_by": text.approved_by, "approved_at": text.approved_at, "approval": text.approval}
