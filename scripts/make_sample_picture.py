"""Render the bundled campaign's sample photo: sunrise over terraced rice fields below misty mountains.

    python scripts/make_sample_picture.py     # writes assets/campaign/pictures/ruong-bac-thang.jpg

Drawn here from noise and gradients (no photograph, no person, nothing downloaded), so the project owns it and
gives it away under CC0 1.0 (assets/campaign/pictures/LICENCE.txt). The same seed gives the same picture.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "campaign" / "pictures" / "ruong-bac-thang.jpg"
W, H = 1800, 1200


def ridge(rng: np.random.Generator, base: float, amplitude: float, roughness: float) -> np.ndarray:
    """A mountain skyline: y (0..1 of the height) for each column, as a sum of octaves of smooth noise."""
    x = np.linspace(0, 1, W)
    y = np.full(W, base)
    for octave in range(7):
        freq = 1.5 * 2 ** octave
        amp = amplitude * roughness ** octave
        points = rng.uniform(-1, 1, int(freq) + 3)
        y += amp * np.interp(x * freq, np.arange(len(points)), points)
    return y


def main() -> int:
    rng = np.random.default_rng(41_2024)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    u, v = xx / W, yy / H
    # Sky: deep blue above, peach at the horizon, the sun's glow low on the right.
    top, horizon = np.array([96, 140, 196.0]), np.array([250, 214, 170.0])
    t = np.clip(v / 0.5, 0, 1)[..., None] ** 0.8
    image = top * (1 - t) + horizon * t
    sun_x, sun_y = 0.72, 0.22
    dist = np.hypot((u - sun_x) * W / H, v - sun_y)
    glow = np.exp(-dist / 0.09)[..., None]
    image = image * (1 - 0.6 * glow) + np.array([255, 236, 200.0]) * 0.6 * glow
    image[dist < 0.035] = (255, 248, 228)
    # Mountains, far to near: each layer lower, darker and less hazy.
    haze = np.array([236, 208, 182.0])
    for base, amp, rough, colour, mist in ((0.38, 0.09, 0.62, (86, 104, 146), 0.55),
                                           (0.45, 0.08, 0.62, (58, 86, 108), 0.38),
                                           (0.52, 0.06, 0.65, (40, 76, 62), 0.2)):
        line = ridge(rng, base, amp, rough)
        mask = v > line[None, :]
        # shading and mist follow the ridge's broad shape, not each crag (else they streak in columns)
        smooth = np.convolve(np.pad(line, 60, mode="edge"), np.ones(121) / 121, mode="valid")[None, :]
        shade = np.array(colour, dtype=np.float32) * (1 - mist) + haze * mist
        depth = np.clip((v - smooth) / 0.25, 0, 1)[..., None]
        layer = shade * (1 - 0.25 * depth)
        image = np.where(mask[..., None], layer, image)
        # mist pooling in the valley below each ridge
        fog = np.exp(-np.clip(v - smooth - 0.04, 0, None) / 0.03) * mask * 0.35
        image = image * (1 - fog[..., None]) + haze * fog[..., None]
    # Terraced hillside: contour lines bending with the slope, closer together far away.
    hill = ridge(rng, 0.58, 0.03, 0.5)
    below = v > hill[None, :]
    depth = np.clip((v - hill[None, :]) / (1 - hill[None, :]), 0, 1)
    # two spurs of the hill coming toward the viewer: the contours bow down over each
    spurs = 0.22 * np.exp(-((u - 0.28) / 0.16) ** 2) + 0.16 * np.exp(-((u - 0.78) / 0.12) ** 2)
    bend = 0.03 * np.sin(u * 9.0 + 0.4) - spurs * (0.2 + depth)
    level = (depth ** 0.55 + bend) * 30
    band = np.floor(level)
    within = level - band
    greens = np.array([[120, 160, 62], [150, 182, 70], [104, 146, 58], [170, 190, 84], [132, 170, 66.0]])
    colour = greens[(band.astype(int) * 7) % len(greens)]
    flooded = ((band.astype(int) * 13) % 7 == 0)[..., None]  # some paddies still hold water: they mirror the sky
    water = np.array([246, 222, 190.0]) * (1 - depth)[..., None] + np.array([150, 180, 214.0]) * depth[..., None]
    colour = np.where(flooded, water, colour)
    wall = (within > 0.86)[..., None]  # the earth wall of each terrace, in shadow
    colour = np.where(wall, colour * 0.55 + np.array([70, 52, 30.0]) * 0.45, colour)
    colour = colour * (0.82 + 0.18 * depth)[..., None]  # light falls off toward the foreground
    aerial = (1 - depth) ** 3 * 0.45  # far terraces fade into the haze
    colour = colour * (1 - aerial[..., None]) + haze * aerial[..., None]
    image = np.where(below[..., None], colour, image)
    # a line of trees along the hill's crest, dark against the mist
    for x in rng.uniform(0, W, 90):
        r = rng.uniform(6, 16)
        cx, cy = x, hill[int(x) % W] * H - r * 0.4
        tree = ((xx - cx) ** 2 + ((yy - cy) * 1.3) ** 2) < r * r
        image[tree] = np.array([34, 60, 40.0]) * rng.uniform(0.8, 1.2)
    # Rice texture and film grain, a slight lens softness and vignette.
    grain = rng.normal(0, 1, (H, W)).astype(np.float32)
    texture = np.asarray(Image.fromarray(((grain + 4) * 32).clip(0, 255).astype(np.uint8))
                         .filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32) / 32 - 4
    image += (texture * 10 * below * depth)[..., None]
    image += rng.normal(0, 3.0, (H, W, 1))
    vignette = 1 - 0.28 * np.clip(np.hypot(u - 0.5, v - 0.5) / 0.7, 0, 1) ** 2
    image *= vignette[..., None]
    picture = Image.fromarray(image.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    picture.save(OUT, quality=88, optimize=True)
    print(f"{OUT.relative_to(ROOT)}: {W} x {H} px, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
