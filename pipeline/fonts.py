"""The campaign font: Be Vietnam Pro from the `fontpkg-be-vietnam-pro` package, and glyph coverage."""

from __future__ import annotations

import functools
from pathlib import Path

import fontpkg_be_vietnam_pro

FAMILY = fontpkg_be_vietnam_pro.FAMILY
WEIGHTS = ("Light", "Regular", "Medium", "SemiBold", "Bold", "ExtraBold", "Black")


def font_path(weight: str = "Regular", italic: bool = False) -> Path:
    """Path of the Be Vietnam Pro TTF for a weight name ("Regular", "Bold"...)."""
    if weight not in WEIGHTS:
        raise ValueError(f"unknown weight {weight!r}; one of {', '.join(WEIGHTS)}")
    if italic:
        name = "Italic" if weight == "Regular" else f"{weight}Italic"
    else:
        name = weight
    return fontpkg_be_vietnam_pro.ROOT / "files" / f"BeVietnamPro-{name}.ttf"


@functools.lru_cache(maxsize=None)
def covered_codepoints(weight: str = "Regular") -> frozenset[int]:
    """Every code point the font maps to a glyph."""
    from fontTools.ttLib import TTFont

    with TTFont(str(font_path(weight)), lazy=True) as font:
        return frozenset(font.getBestCmap())


def missing_characters(text: str, weight: str = "Regular") -> list[str]:
    """Characters of `text` the font cannot draw (white space and line breaks are fine), in order, once each."""
    covered = covered_characters(weight)
    if covered.issuperset(text):  # the usual case, at C speed
        return []
    missing: list[str] = []
    for char in text:
        if char not in covered and char not in missing:
            missing.append(char)
    return missing


@functools.lru_cache(maxsize=None)
def covered_characters(weight: str = "Regular") -> frozenset[str]:
    """The characters the font draws, with the white space a text may hold."""
    return frozenset(map(chr, covered_codepoints(weight))) | frozenset("\n\r\t")
