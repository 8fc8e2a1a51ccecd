"""Glyph rule: every character code the text shows has a glyph in the embedded font program.

A subset that lacks a glyph the text uses prints .notdef (a box, or nothing) at the shop, while the
text still extracts and searches correctly: only the font program tells. TrueType and CFF (simple
and CID-keyed, bare or in OpenType) and Type 3 fonts are read; Type 1 programs are not measured.
"""

from __future__ import annotations

import functools
import io
import logging
import re

import pikepdf
from fontTools.ttLib import TTFont

from pipeline.leaflets.preflight.report import Check, failing

log = logging.getLogger(__name__)


def check_glyphs(glyph_uses: dict) -> Check:
    """Every code shown has a glyph (not .notdef) in its embedded font."""
    problems: list[str] = []
    fonts: dict = {}
    shown = 0
    for (page, key), (font, strings) in sorted(glyph_uses.items(), key=lambda item: item[0][0]):
        if key not in fonts:
            fonts[key] = _FontGlyphs(font)
        glyphs = fonts[key]
        missing: dict[str, None] = {}
        for string in strings:
            for code in glyphs.codes(string):
                shown += 1
                if not glyphs.has(code):
                    missing[glyphs.label(code)] = None
        if missing:
            problems.append(f"page {page}: {glyphs.name} has no glyph for {', '.join(missing)} "
                            f"(prints as .notdef: a box or nothing)")
    if problems:
        return failing("glyphs", problems, "text uses glyphs the embedded fonts lack: ")
    measured = sorted({glyphs.name for glyphs in fonts.values() if glyphs.measured})
    if not measured:
        return Check("glyphs", True, "no font program read" if fonts else "no text")
    return Check("glyphs", True, f"every glyph the text uses is in its font ({', '.join(measured)})")


class _FontGlyphs:
    """Which character codes of one PDF font map to a real glyph of its embedded program."""

    def __init__(self, font) -> None:
        self.name = str(font.get("/BaseFont", "/?"))[1:].split("+")[-1]
        self.subtype = str(font.get("/Subtype", ""))
        self.two_byte = self.subtype == "/Type0"
        self._font = font
        self.measured = False
        self._has = None
        try:
            self._has = self._reader(font)
            self.measured = self._has is not None
        except Exception as exc:  # noqa: BLE001 - a font program we cannot parse is not measured, not a crash
            log.debug("font %s not read: %s", self.name, exc)

    @functools.cached_property
    def unicode(self) -> dict[int, str]:
        """code -> text from the font's ToUnicode map; read when first needed (a message naming a missing glyph,
        a code a TrueType font's symbol cmap does not cover), not for every font of every preflight."""
        return to_unicode(self._font)

    def codes(self, string: bytes) -> list[int]:
        """The character codes of a shown string."""
        if self.two_byte:
            return [int.from_bytes(string[i:i + 2], "big") for i in range(0, len(string) - 1, 2)]
        return list(string)

    def has(self, code: int) -> bool:
        """True when the code maps to a glyph (or the font is not measured)."""
        return self._has is None or self._has(code)

    def label(self, code: int) -> str:
        """The character (from ToUnicode) and code, for a message."""
        char = self.unicode.get(code)
        number = f"{code:#06x}" if self.two_byte else f"{code:#04x}"
        return f"{char!r} (code {number})" if char else f"code {number}"

    def _reader(self, font):
        if self.subtype == "/Type3":
            names = _encoding_names(font)
            procs = font.get("/CharProcs", {})
            return lambda code: names.get(code) is not None and names[code] in procs
        if self.subtype == "/Type0":
            descendant = font.DescendantFonts[0]
            cff = _cff(descendant)
            if cff is not None:
                if hasattr(cff, "ROS"):  # CID-keyed: glyphs named by CID
                    return lambda code: code > 0 and f"cid{code:05d}" in cff.CharStrings
                names = cff.charset
                return lambda code: 0 < code < len(names)
            program = _truetype(descendant)
            if program is None:
                return None
            count = program["maxp"].numGlyphs
            cid_map = descendant.get("/CIDToGIDMap", pikepdf.Name("/Identity"))
            if isinstance(cid_map, pikepdf.Stream):
                table = cid_map.read_bytes()
                to_gid = lambda cid: int.from_bytes(table[2 * cid:2 * cid + 2], "big") if 2 * cid + 2 <= len(table) else 0
            else:
                to_gid = lambda cid: cid
            return lambda code: 0 < to_gid(code) < count
        if self.subtype in ("/Type1", "/MMType1"):
            cff = _cff(font)
            if cff is None:
                return None
            names = _simple_names(font, cff)
            return lambda code: names.get(code) not in (None, ".notdef") and names[code] in cff.CharStrings
        if self.subtype == "/TrueType":
            program = _truetype(font)
            if program is None:
                return None
            first, last = int(font.get("/FirstChar", 0)), int(font.get("/LastChar", 255))
            order = program.getGlyphOrder()
            tables = {(t.platformID, t.platEncID): t.cmap for t in program["cmap"].tables}
            symbolic = tables.get((3, 0)) or tables.get((1, 0))
            unicode_map = program.getBestCmap() or {}

            def glyph(code: int) -> str | None:
                if symbolic is not None:
                    for candidate in (code, 0xF000 + code, 0xF100 + code, 0xF200 + code):
                        if candidate in symbolic:
                            return symbolic[candidate]
                char = self.unicode.get(code)
                return unicode_map.get(ord(char)) if char and len(char) == 1 else None

            return lambda code: first <= code <= last and glyph(code) not in (None, ".notdef", order[0])
        return None


def _truetype(font) -> TTFont | None:
    descriptor = font.get("/FontDescriptor")
    program = descriptor.get("/FontFile2") if descriptor is not None else None
    if program is None:
        return None
    return TTFont(io.BytesIO(program.read_bytes()), lazy=True)


def _cff(font):
    """The top dictionary of a font's CFF program (FontFile3 Type1C/CIDFontType0C, or OpenType with CFF), or None."""
    descriptor = font.get("/FontDescriptor")
    program = descriptor.get("/FontFile3") if descriptor is not None else None
    if program is None:
        return None
    from fontTools.cffLib import CFFFontSet   # here, not at the top: only a CFF font needs it (~20 ms to import)

    data = program.read_bytes()
    if str(program.get("/Subtype", "")) == "/OpenType":
        opentype = TTFont(io.BytesIO(data))
        return opentype["CFF "].cff.topDictIndex[0] if "CFF " in opentype else None
    fonts = CFFFontSet()
    fonts.decompile(io.BytesIO(data), None)
    return fonts.topDictIndex[0]


def _simple_names(font, cff) -> dict[int, str]:
    """code -> glyph name of a simple CFF font: /Differences over the base encoding (the PDF's, else the program's)."""
    from fontTools.agl import UV2AGL
    from fontTools.encodings.StandardEncoding import StandardEncoding

    encoding = font.get("/Encoding")
    base = encoding.get("/BaseEncoding") if isinstance(encoding, pikepdf.Dictionary) else encoding
    if base is None:
        builtin = cff.Encoding
        names = dict(enumerate(StandardEncoding if builtin == "StandardEncoding" else
                               builtin if isinstance(builtin, list) else []))
    elif str(base) == "/StandardEncoding":
        names = dict(enumerate(StandardEncoding))
    else:
        codec = {"/WinAnsiEncoding": "cp1252", "/MacRomanEncoding": "mac_roman"}.get(str(base), "cp1252")
        names = {code: UV2AGL.get(ord(bytes([code]).decode(codec, "replace"))) for code in range(256)}
    names.update(_encoding_names(font))
    return names


def _encoding_names(font) -> dict[int, str]:
    """code -> glyph name from a font's /Encoding /Differences."""
    names: dict[int, str] = {}
    encoding = font.get("/Encoding")
    if isinstance(encoding, pikepdf.Dictionary):
        code = 0
        for item in encoding.get("/Differences", []):
            if isinstance(item, pikepdf.Name):
                names[code] = str(item)
                code += 1
            else:
                code = int(item)
    return names


def to_unicode(font) -> dict[int, str]:
    """code -> text from the font's ToUnicode CMap (bfchar and bfrange), for messages and lookups."""
    stream = font.get("/ToUnicode")
    if not isinstance(stream, pikepdf.Stream):
        return {}
    try:
        text = stream.read_bytes().decode("latin-1")
    except pikepdf.PdfError:
        return {}
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(src, 16)] = _utf16(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(dst, 16)
            for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                mapping[code] = _utf16(f"{start + offset:0{len(dst)}X}")
    return mapping


def _utf16(hex_text: str) -> str:
    return bytes.fromhex(hex_text).decode("utf-16-be", "replace")
