"""Print-ready leaflets (ReportLab): A5 flyer per text, A4 tri-fold for the campaign, optional A3 poster.

Every PDF is CMYK only, with real TrimBox/BleedBox, 3 mm bleed, embedded subset fonts and crop marks
outside the bleed; `preflight` (pipeline.leaflets.preflight) checks those rules on the written file.
"""

from pipeline.leaflets.flyer import render_flyer
from pipeline.leaflets.poster import render_poster
from pipeline.leaflets.preflight import Check, PreflightReport, format_report, preflight
from pipeline.leaflets.settings import LeafletSettings
from pipeline.leaflets.trifold import render_trifold

__all__ = ["Check", "LeafletSettings", "PreflightReport", "format_report", "preflight", "render_flyer",
           "render_poster", "render_trifold"]
