"""Font rules: every font embedded, subset, with a ToUnicode map, and none a Type 3 font."""

from __future__ import annotations

import re
from typing import Iterable, Mapping

import pikepdf

from pipeline.leaflets.preflight.report import Check, failing

SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
STANDARD_14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
               "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
               "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}


def _iter_fonts(resources, seen: set) -> Iterable[tuple[str, pikepdf.Dictionary]]:
    if resources is None:
        return
    fonts = resources.get("/Font")
    if fonts is not None:
        for key, font in fonts.items():
            ident = font.objgen if font.is_indirect else id(font)
            if ident not in seen:
                seen.add(ident)
                yield key, font
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for _, xobject in xobjects.items():
            ident = ("x",) + (xobject.objgen if xobject.is_indirect else (id(xobject),))
            if xobject.get("/Subtype") == "/Form" and ident not in seen:
                seen.add(ident)
                yield from _iter_fonts(xobject.get("/Resources"), seen)


def font_problems(font: pikepdf.Dictionary) -> tuple[str, list[str]]:
    """(font name, what is wrong with it) for one font dictionary."""
    name = str(font.get("/BaseFont", font.get("/Name", "/?")))[1:]
    subtype = str(font.get("/Subtype", ""))
    problems: list[str] = []
    if subtype == "/Type3":  # glyphs are procedures in the file, often bitmaps: RIPs cannot hint or trap them
        return name or "Type3", ["is a Type 3 font (glyphs drawn by procedures, often bitmaps: use an outline "
                                 "font, TrueType or OpenType)"]
    descriptor_owner = font
    if subtype == "/Type0":
        descendants = font.get("/DescendantFonts")
        descriptor_owner = descendants[0] if descendants else font
    descriptor = descriptor_owner.get("/FontDescriptor")
    embedded = descriptor is not None and any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    if not embedded:
        problems.append("not embedded" + (" (standard-14 font)" if name.split("+")[-1] in STANDARD_14 else ""))
    elif not SUBSET_PREFIX.match(name):
        problems.append("not subset")
    if "/ToUnicode" not in font:
        problems.append("no ToUnicode map (text cannot be searched or copied)")
    return name, problems


def check_fonts(pdf: pikepdf.Pdf, pages: list[pikepdf.Page], shown_on: Mapping[tuple, int] | None = None) -> Check:
    """Every font embedded, subset, with ToUnicode, and not Type 3; each named with the first page whose text uses
    it (`shown_on`: font object key -> page), else the first page whose resources list it."""
    seen: set = set()
    names: set[str] = set()
    problems: list[str] = []
    for index, page in enumerate(pages, 1):
        for _, font in _iter_fonts(page.obj.get("/Resources"), seen):
            name, font_issues = font_problems(font)
            names.add(name.split("+")[-1])
            where = (shown_on or {}).get(font.objgen if font.is_indirect else (id(font),), index)
            problems.extend(f"page {where}: {name} {issue}" for issue in font_issues)
    if problems:
        return failing("fonts", problems)
    if not names:
        return Check("fonts", True, "no fonts")
    return Check("fonts", True, f"{len(names)} font(s) embedded and subset with ToUnicode: {', '.join(sorted(names))}")


