"""Stage manifests as delivery reads them, and copying outputs only when they still match their recorded hash.

The manifests are read by the build's own reader (pipeline.manifest: schema checked, paths confined, the
journal of an interrupted build folded in) and turned into the typed, read-only view below.

Delivery trusts nothing on disk that the manifest does not vouch for: every file handed to a receiver is
hashed while it is copied, and a file that changed (or vanished) since the build is an error, never a
silently stale delivery.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from pipeline.atomic import atomic_path
from pipeline.content import Campaign, Text
from pipeline.errors import PipelineError
from pipeline.manifest import Manifest as BuildManifest, PathEscape, confined

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ManifestOutput:
    """One output file of a job as recorded in a manifest (`path` is relative to the output folder)."""

    path: str
    sha256: str
    bytes: int | None
    media: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The file name without folders ("luong-huu-15-nam.pdf")."""
        return PurePosixPath(self.path).name

    @property
    def suffix(self) -> str:
        """The lower-case file extension with its dot (".pdf")."""
        return PurePosixPath(self.path).suffix.lower()


@dataclass(frozen=True)
class ManifestItem:
    """One job of a stage: the text(s) it was built from and its output files."""

    key: str
    text_id: str | None
    text_ids: tuple[str, ...]
    approval: str | None
    outputs: tuple[ManifestOutput, ...]
    built_at: str | None
    engine: dict[str, Any]
    raw: dict[str, Any] = field(compare=False, hash=False)


@dataclass(frozen=True)
class Manifest:
    """A stage manifest: the built items and the texts the stage refused."""

    stage: str
    path: Path
    items: tuple[ManifestItem, ...]
    refused: dict[str, str]  # text_id -> reason
    params_sha256: str | None = None


def manifest_path(out_dir: Path, stage: str) -> Path:
    """Where the manifest of `stage` lives: `<out>/<stage>/manifest.json`."""
    return BuildManifest.path_for(Path(out_dir), stage)


def load_manifest(out_dir: Path, stage: str) -> Manifest:
    """The build's manifest of `stage` (validated, its journal folded in: pipeline.manifest) as delivery reads it.

    A missing, unreadable or untrusted manifest is a PipelineError that says which build to run.
    """
    path = manifest_path(out_dir, stage)
    rebuild = f"run `media-pipeline build --stage {stage}` first"
    if not path.exists() and not BuildManifest.journal_path(out_dir, stage).exists():
        raise PipelineError(f"no {stage} manifest at {path}: nothing has been built there; {rebuild}")
    built = BuildManifest.load(out_dir, stage)
    if isinstance(built.problem, PathEscape):
        raise PipelineError(f"{path}: {built.problem.where}: {built.problem.rel_path!r} is not a path inside the "
                            f"output folder; {rebuild}")
    if built.problem is not None:
        raise PipelineError(f"cannot read the {stage} manifest {path} ({built.problem}); {rebuild}")
    items = tuple(ManifestItem(key=item["key"], text_id=item.get("text_id"),
                               text_ids=tuple(item.get("text_ids") or ([item["text_id"]] if item.get("text_id") else [])),
                               approval=item.get("approval"), built_at=item.get("built_at"),
                               engine=dict(item.get("engine") or {}), raw=item,
                               outputs=tuple(ManifestOutput(path=out["path"], sha256=out["sha256"], bytes=out["bytes"],
                                                            media=dict(out.get("media") or {}))
                                             for out in item["outputs"]))
                  for item in built.items.values())
    refused = {str(entry.get("text_id")): str(entry.get("reason", "")) for entry in built.refused}
    return Manifest(stage=stage, path=path, items=items, refused=refused, params_sha256=built.params_sha256)


def copy_verified(out_dir: Path, output: ManifestOutput, dest_path: Path) -> str:
    """Copy an output to `dest_path` (atomically), hashing the bytes as they are copied.

    The copy is kept only if its SHA-256 (and size) are the ones in the manifest, so the hash
    check and the delivered bytes can never disagree. Returns the hex SHA-256.
    """
    try:  # the build's own rule: inside the output folder, symlinks resolved (as `verify` and `preflight`)
        src_path = confined(out_dir, output.path)
    except PathEscape:
        raise PipelineError(f"manifest: {output.path!r} is not a path inside the output folder") from None
    rebuild = "run `media-pipeline build` again (or `media-pipeline verify` to see every difference)"
    digest = hashlib.sha256()
    size = 0
    try:
        with open(src_path, "rb") as src, atomic_path(dest_path) as tmp_path:
            with open(tmp_path, "wb") as dest:
                for block in iter(lambda: src.read(1 << 20), b""):
                    digest.update(block)
                    size += len(block)
                    dest.write(block)
            if digest.hexdigest() != output.sha256 or (output.bytes is not None and size != output.bytes):
                raise PipelineError(
                    f"{output.path} has changed since it was built (sha256 {digest.hexdigest()[:12]}…, "
                    f"manifest says {output.sha256[:12]}…); refusing to deliver a file the manifest does not "
                    f"vouch for: {rebuild}")
            # Keep the build's modification time: an unchanged file keeps its Last-Modified when re-published.
            source_info = os.fstat(src.fileno())
            os.utime(tmp_path, ns=(source_info.st_atime_ns, source_info.st_mtime_ns))
    except FileNotFoundError:
        raise PipelineError(f"{output.path} is listed in the manifest but missing from {out_dir}; {rebuild}") \
            from None
    except IsADirectoryError:
        raise PipelineError(f"{output.path} in {out_dir} is a folder, not a file; {rebuild}") from None
    except PermissionError as exc:
        raise PipelineError(f"cannot read or write {exc.filename}: permission denied") from None
    return digest.hexdigest()


def deliverable_text(campaign: Campaign, manifest: Manifest, item: ManifestItem) -> Text | None:
    """The campaign text a per-text item was built from, or None when the text is no longer to be delivered.

    A text that left the campaign, was refused by the last build or is no longer approved is skipped
    (with a warning): a withdrawn text must not reach a receiver. A text whose approval changed since
    the item was built is an error: the built file is stale and delivering it would send old wording.
    """
    text_id = item.text_id
    if text_id is None:
        return None
    try:
        text = campaign.text(text_id)
    except KeyError:
        logger.warning("%s: %s is not in the campaign any more; not delivered", manifest.stage, text_id)
        return None
    if text_id in manifest.refused:
        logger.warning("%s: %s was refused by the last build (%s); not delivered",
                       manifest.stage, text_id, manifest.refused[text_id])
        return None
    if not text.buildable or text.status != "approved" or not text.approval:
        logger.warning("%s: %s is not approved (%s); not delivered", manifest.stage, text_id,
                       text.refusal or f"status {text.status}")
        return None
    if item.approval != text.approval:
        raise PipelineError(
            f"the {manifest.stage} output of {text_id} was built from an older approval "
            f"({item.approval}) than the text's current one ({text.approval}); "
            f"run `media-pipeline build --stage {manifest.stage}` first")
    return text


def check_campaign_item(campaign: Campaign, manifest: Manifest, item: ManifestItem) -> tuple[Text, ...]:
    """The texts of a campaign-wide item (a tri-fold); any of them withdrawn, refused or re-approved makes it stale."""
    from pipeline.build import job_approval  # the build's own rule for the approval of a multi-text job
    from pipeline.stages.base import Job

    rebuild = f"run `media-pipeline build --stage {manifest.stage}` first"
    texts = []
    for text_id in item.text_ids:
        try:
            text = campaign.text(text_id)
        except KeyError:
            text = None
        if text is None or not text.buildable or text.status != "approved" or not text.approval \
                or text_id in manifest.refused:
            raise PipelineError(f"the {manifest.stage} output {item.key!r} contains {text_id}, which is no longer "
                                f"an approved text of the campaign; {rebuild}")
        texts.append(text)
    current = job_approval(campaign, Job(manifest.stage, item.key, item.text_ids, ()))
    if item.approval != current:
        raise PipelineError(f"the {manifest.stage} output {item.key!r} was built from older approvals of its texts; "
                            f"{rebuild}")
    return tuple(texts)


def make_shareable(folder: Path) -> None:
    """Give everything under `folder` ordinary read permissions (files 0644, folders 0755).

    Temporary files are created private (0600); a package or a published folder is meant to be read
    by others (a web server user, a shared drive), so the modes are opened up before it goes live.
    """
    for dirpath, dirnames, filenames in os.walk(folder):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            os.chmod(os.path.join(dirpath, name), 0o644)


def check_params_current(campaign: Campaign, manifest: Manifest, items: list[ManifestItem]) -> None:
    """Raise PipelineError when the stage's settings changed since these items were built.

    A flyer prints the hotline and the print run; a bulletin speaks the organisation's name. When
    campaign.yaml changed those since the build, the built files are stale even though their hashes
    still match, and delivering them with a ticket made from the new settings would disagree.
    """
    from pipeline.build import stage_params
    from pipeline.stages import stage_by_name

    try:   # the hashes a build records, a job's own params (its templates) included
        _, current, jobs = stage_params(stage_by_name(manifest.stage), campaign)
    except ValueError as exc:  # settings the stage rejects: loading the campaign reports those
        logger.debug("cannot compute the %s parameters (%s); not checked", manifest.stage, exc)
        return
    expected = {job.key: job_sha for job, job_sha in jobs}
    stale = [item.key for item in items
             if (item.raw.get("params_sha256") or manifest.params_sha256) != expected.get(item.key, current)]
    if stale:
        shown = ", ".join(stale[:3]) + (f" and {len(stale) - 3} more" if len(stale) > 3 else "")
        raise PipelineError(f"the {manifest.stage} settings (campaign.yaml: contacts, brand or "
                            f"`{manifest.stage}:`) changed since {shown} was built; "
                            f"run `media-pipeline build --stage {manifest.stage}` first")
