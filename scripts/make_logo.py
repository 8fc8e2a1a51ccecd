"""Draw the sample campaign's logo (our own simple mark): `assets/campaign/brand/logo.png`.

A blue disc, a white shield and an amber arc under it: protection that lasts. 1200 px square,
enough for 100 mm at 300 dpi. Run: python scripts/make_logo.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from pipeline.fonts import font_path

SIZE = 1200
BLUE = (11, 95, 165, 255)
AMBER = (245, 166, 35, 255)
WHITE = (255, 255, 255, 255)


def draw_logo(size: int = SIZE) -> Image.Image:
    """The logo as an RGBA image."""
    scale = 4  # draw large and downsample for smooth edges
    s = size * scale
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, s - 1, s - 1), fill=BLUE)
    draw.arc((int(s * 0.12), int(s * 0.12), int(s * 0.88), int(s * 0.88)), start=25, end=155,
             fill=AMBER, width=int(s * 0.055))
    cx = s / 2
    top, bottom, half = s * 0.2, s * 0.76, s * 0.24
    shield = [(cx - half, top + s * 0.05), (cx, top), (cx + half, top + s * 0.05), (cx + half, top + s * 0.3),
              (cx, bottom), (cx - half, top + s * 0.3)]
    draw.polygon(shield, fill=WHITE)
    font = ImageFont.truetype(str(font_path("ExtraBold")), int(s * 0.11))
    draw.text((cx, top + s * 0.2), "BHXH", font=font, fill=BLUE, anchor="mm")
    return image.resize((size, size), Image.LANCZOS)


if __name__ == "__main__":
    dest = Path(__file__).resolve().parents[1] / "assets" / "campaign" / "brand" / "logo.png"
    draw_logo().save(dest, optimize=True)
    print(f"wrote {dest}")
