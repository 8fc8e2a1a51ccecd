"""Small PNG thumbnails for the review page: PDF pages (pypdfium2, cut to the trim) and scaled images.

A thumbnail is named after the SHA-256 of the file it shows, so it is rendered only when that file's
content changed, survives as the "before" picture of a later build, and is written atomically.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from pipeline.atomic import atomic_path

log = logging.getLogger(__name__)

THUMBS_DIR = "thumbs"
THUMB_BOX_PX = (360, 360)  # shown at half that size: sharp on high-density screens, small on disk


def thumb_names(sha256: str, pages: int) -> list[str]:
    """The thumbnail file names (relative to the review folder) of a file with this hash and page count."""
    return [f"{THUMBS_DIR}/{sha256[:32]}-{page + 1}.png" for page in range(pages)]


def ensure_thumbnails(src_path: Path, kind: str, sha256: str, review_dir: Path) -> list[str]:
    """Thumbnails of a PDF's pages or of an image, rendered unless already there; their relative names."""
    if kind == "pdf":
        pdf = pdfium.PdfDocument(str(src_path))
        try:
            names = thumb_names(sha256, len(pdf))
            for index, name in enumerate(names):
                if not (review_dir / name).is_file():
                    _save(_pdf_page_image(pdf[index]), review_dir / name)
        finally:
            pdf.close()
        return names
    (name,) = thumb_names(sha256, 1)
    if not (review_dir / name).is_file():
        with Image.open(src_path) as image:
            image.thumbnail(THUMB_BOX_PX, Image.LANCZOS)
            _save(image.convert("RGB"), review_dir / name)
    return [name]


def _pdf_page_image(page: pdfium.PdfPage) -> Image.Image:
    """A page cut to its TrimBox (what is printed, without bleed and marks), fitted into THUMB_BOX_PX."""
    width, height = page.get_size()
    left, bottom, right, top = page.get_trimbox()
    scale = min(THUMB_BOX_PX[0] / (right - left), THUMB_BOX_PX[1] / (top - bottom))
    bitmap = page.render(scale=scale, crop=(left, bottom, width - right, height - top))
    return bitmap.to_pil().convert("RGB")


def _save(image: Image.Image, dest_path: Path) -> None:
    """Write a thumbnail PNG atomically."""
    with atomic_path(dest_path) as tmp_path:
        image.save(tmp_path, format="PNG", optimize=True)
    log.debug("thumbnail %s", dest_path)


def remove_unused_thumbnails(review_dir: Path, keep: set[str]) -> None:
    """Delete thumbnails that neither the current nor the previous snapshot shows."""
    folder = review_dir / THUMBS_DIR
    if not folder.is_dir():
        return
    for path in folder.glob("*.png"):
        if f"{THUMBS_DIR}/{path.name}" not in keep:
            path.unlink()
