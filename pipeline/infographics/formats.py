"""Infographic formats: each is a template (pipeline/templates/builtin/<name>.yaml, or the campaign's own
`templates/<name>.yaml`); these are the built-in ones and their pixel sizes."""

from __future__ import annotations

FORMATS: dict[str, tuple[int, int]] = {
    "square": (1080, 1080),
    "portrait": (1080, 1350),
    "story": (1080, 1920),
    "landscape": (1920, 1080),
    "link": (1200, 628),  # link previews: no QR code (the image is the link)
}
DEFAULT_FORMATS: tuple[str, ...] = ("portrait",)

# Fixed wording the alt text uses (the campaigns are Vietnamese).
LABELS = {
    "hotline": "Đường dây nóng",
    "scan": "Quét mã QR để xem chi tiết",
}
