"""The review page (`media-pipeline review`): everything a build made, on one static page that opens from disk.

`<out>/review/index.html` with `thumbs/` (PDF pages and images, by content hash), `data.json` (this
review's snapshot) and `previous.json` (the build before, for the side-by-side changes).
"""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline.atomic import write_text
from pipeline.content import Campaign
from pipeline.errors import PipelineError
from pipeline.review.changes import compare_snapshots, rotate_snapshots, thumbnails_in
from pipeline.review.data import collect_review
from pipeline.review.page import render_page
from pipeline.review.thumbs import ensure_thumbnails, remove_unused_thumbnails

log = logging.getLogger(__name__)

REVIEW_DIR = "review"
PAGE_NAME = "index.html"


def add_thumbnails(data: dict, out_dir: Path, review_dir: Path) -> None:
    """Give every PDF and image output its thumbnails (rendered only for new hashes); flag missing files
    and files whose size differs from their manifest's."""
    for job in data["jobs"]:
        for out in job["outputs"]:
            path = out_dir / out["path"]
            if not path.is_file():
                out["missing"] = True
            elif out.get("bytes") is not None and path.stat().st_size != out["bytes"]:
                out["modified"] = True  # not what the manifest vouches for: no thumbnail under its hash
            elif out["kind"] in ("pdf", "image") and out.get("sha256"):
                out["thumbs"] = ensure_thumbnails(path, out["kind"], out["sha256"], review_dir)


def write_review(campaign: Campaign, out_dir: Path) -> Path:
    """Write `<out>/review/index.html` for the build in `out_dir`; returns its path."""
    out_dir = Path(out_dir)
    data = collect_review(campaign, out_dir)
    if not data["stages"]:
        raise PipelineError(f"no manifest in {out_dir}: run `media-pipeline build` first")
    review_dir = out_dir / REVIEW_DIR
    add_thumbnails(data, out_dir, review_dir)
    previous = rotate_snapshots(review_dir, data)
    changes = compare_snapshots(previous, data)
    page_path = review_dir / PAGE_NAME
    page = render_page(data, changes, previous is not None)
    if not page_path.is_file() or page_path.read_text("utf-8") != page:
        write_text(page_path, page)
    remove_unused_thumbnails(review_dir, thumbnails_in(data) | thumbnails_in(previous))
    log.info("review: %d job(s), %d change(s) -> %s", len(data["jobs"]), len(changes), page_path)
    return page_path
