"""Rebuild assets/icons/ (the icon set for key figures) from Font Awesome Free 6.6.0's solid font.

    pip install fontawesomefree==6.6.0      # only for this script; the pipeline reads assets/icons/
    python scripts/make_icons.py

Keeps only the icons of ICONS (their glyphs, at their own code points) in a subset of `fa-solid-900.ttf`,
renamed "MediaPipeline Icons" because "Font Awesome" is the font's Reserved Font Name under the SIL OFL 1.1
(a subset is a Modified Version), and writes `icons.json` (our name -> code point, Font Awesome's name) and
`LICENCE.txt` (the OFL text as the package ships it, and the attribution the icons' CC BY 4.0 licence asks).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "icons"

# Our name (what a key figure's `icon:` says) -> Font Awesome's name: what social insurance figures count.
ICONS = {
    "money": "money-bill-wave", "coins": "coins", "savings": "piggy-bank", "percent": "percent",
    "calendar": "calendar-days", "clock": "clock", "person": "user", "people": "users", "family": "people-roof",
    "baby": "baby", "pregnant": "person-pregnant", "elderly": "person-cane", "wheelchair": "wheelchair",
    "hospital": "hospital", "health-card": "id-card", "medical": "notes-medical", "doctor": "user-doctor",
    "care": "hand-holding-heart", "house": "house", "phone": "phone", "mobile": "mobile-screen",
    "document": "file-lines", "shield": "shield-halved", "handshake": "handshake", "briefcase": "briefcase",
    "chart": "chart-line", "check": "circle-check",
}
FAMILY = "MediaPipeline Icons"


def main() -> int:
    import fontawesomefree
    from fontTools import subset
    from fontTools.ttLib import TTFont

    base = Path(fontawesomefree.__file__).parent / "static" / "fontawesomefree"
    meta = json.loads((base / "metadata" / "icons.json").read_text("utf-8"))
    version = json.loads((base / "js-packages" / "@fortawesome" / "fontawesome-free" / "package.json")
                         .read_text("utf-8"))["version"]
    codepoints = {}
    for name, fa_name in ICONS.items():
        entry = meta[fa_name]
        if "solid" not in entry["free"]:
            raise SystemExit(f"{fa_name}: not in the free solid style")
        codepoints[name] = int(entry["unicode"], 16)
    font = TTFont(base / "webfonts" / "fa-solid-900.ttf")
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints.values()))
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 16):
            record.string = FAMILY if record.nameID != 3 else f"{FAMILY} (Font Awesome Free {version} subset)"
        elif record.nameID == 6:
            record.string = "MediaPipelineIcons-Solid"
    OUT.mkdir(parents=True, exist_ok=True)
    font.save(OUT / "icons.ttf")
    (OUT / "icons.json").write_text(json.dumps(
        {name: {"codepoint": f"{cp:04x}", "font_awesome": ICONS[name]} for name, cp in sorted(codepoints.items())},
        ensure_ascii=False, indent=1) + "\n", "utf-8")
    licence = (base / "LICENSE.txt").read_text("utf-8")
    (OUT / "LICENCE.txt").write_text(
        f"icons.ttf: the {len(ICONS)} icons listed in icons.json, a subset of fa-solid-900.ttf of Font Awesome Free "
        f"{version}\n(PyPI package fontawesomefree {version}), made by scripts/make_icons.py and renamed "
        f"\"{FAMILY}\" (\"Font Awesome\" is\nits Reserved Font Name). Icons by Font Awesome "
        "(https://fontawesome.com), CC BY 4.0; the font file is under the\nSIL Open Font License 1.1, "
        "copied below with the package's licence notice.\n\n" + licence, "utf-8")
    print(f"{len(ICONS)} icons, {(OUT / 'icons.ttf').stat().st_size} bytes -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
