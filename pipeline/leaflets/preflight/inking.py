"""Colour and ink rules: device CMYK only, images, total ink, black text, transparency, overprint, brand colour."""

from __future__ import annotations

from pipeline.leaflets.colors import brand_delta_e, hex_to_cmyk
from pipeline.leaflets.preflight.facts import PdfFacts
from pipeline.leaflets.preflight.report import Check, _join, counted, failing
from pipeline.leaflets.preflight.standard import pdfx_version

MAX_BRAND_DELTA_E = 3.0


def check_colour(facts: PdfFacts) -> Check:
    """Device CMYK or grey only."""
    return facts.scan.colour_check()


def check_images(facts: PdfFacts) -> Check:
    """Images CMYK/grey at 300 ppi or more."""
    return facts.scan.image_check()


def check_ink(facts: PdfFacts) -> Check:
    """Total ink at most 300 %."""
    return facts.scan.ink_check()


def check_black_text(facts: PdfFacts) -> Check:
    """Black text on K alone."""
    return facts.scan.black_text_check()


def check_transparency(facts: PdfFacts) -> Check:
    """Transparency fails PDF/X-1a (the standard forbids it) and is reported for PDF/X-4 (the RIP flattens it)."""
    found = facts.scan.transparency + [f"page {i}: transparency group" for i, page in enumerate(facts.pdf.pages, 1)
                                       if page.obj.get("/Group", {}).get("/S") == "/Transparency"]
    if not found:
        return Check("transparency", True, "none")
    if pdfx_version(facts.pdf) == "x1a":
        return failing("transparency", found, "PDF/X-1a forbids transparency: ")
    return Check("transparency", True, "reported (allowed in PDF/X-4, flattened by the RIP): " + _join(found),
                 tuple(counted(found)))


def check_overprint(facts: PdfFacts) -> Check:
    """Nothing white (no ink) set to overprint: it paints no plate, so it vanishes on press."""
    if facts.scan.overprint_problems:
        return failing("overprint", facts.scan.overprint_problems, "white set to overprint does not print: ")
    return Check("overprint", True, "no white object set to overprint")


def check_brand_colour(facts: PdfFacts) -> Check:
    """ΔE76 of each brand colour to the nearest CMYK fill of the file, on the output profile.

    A colour fails when it prints more than ΔE 3 away and worse than the profile's own conversion
    could (by more than ΔE 1): a brand colour outside the press gamut cannot come closer than that.
    """
    fills = {tuple(area.components) for area in facts.scan.painted
             if area.family == "cmyk" and area.kind == "fill" and len(area.components) == 4}
    if not fills:
        return Check("brand colour", False, "no CMYK fill to compare with the brand colours")
    results, problems = [], []
    for name, hex_colour in facts.brand.items():
        delta = min(brand_delta_e(hex_colour, cmyk) for cmyk in fills)  # type: ignore[arg-type]
        reachable = brand_delta_e(hex_colour, hex_to_cmyk(hex_colour))
        gamut = f" (outside the press gamut: the closest print is ΔE76 {reachable:.1f})" \
            if reachable > MAX_BRAND_DELTA_E else ""
        results.append(f"{name} {hex_colour} ΔE76 {delta:.1f}{gamut}")
        if delta > max(MAX_BRAND_DELTA_E, reachable + 1.0):
            problems.append(f"{name} {hex_colour} prints ΔE76 {delta:.1f} away, the profile reaches "
                            f"{reachable:.1f} (limit {MAX_BRAND_DELTA_E:g}): convert it through the output profile "
                            f"or set brand.{name}_cmyk")
    if problems:
        return failing("brand colour", problems)
    return Check("brand colour", True, ", ".join(results))
