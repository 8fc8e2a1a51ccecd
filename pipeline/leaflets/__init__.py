"""Print-ready leaflets (ReportLab): A5 flyer per text, A4 tri-fold for the campaign, optional A3 poster.

Every PDF is CMYK only, with real TrimBox/BleedBox, 3 mm bleed, embedded subset fonts and crop marks
outside the bleed; `preflight` (pipeline.leaflets.preflight) checks those rules on the written file.
"""

import importlib

# Imported when first used, so reading the leaflet settings (every build, even one with nothing to do)
# does not load ReportLab, pikepdf and numpy.
_WHERE = {"render_flyer": "flyer", "render_poster": "poster", "render_trifold": "trifold",
          "Check": "preflight", "PreflightReport": "preflight", "format_report": "preflight",
          "LeafletSettings": "settings"}
# (the `preflight` function is imported from pipeline.leaflets.preflight: the package's own name.)

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
