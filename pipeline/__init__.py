"""Media asset production pipeline: approved campaign texts in, print, image, audio and video assets out."""

import sys
import types

__version__ = "0.1.0"


def _no_reportlab_home_settings() -> None:
    """Keep ReportLab from running the user's `~/.reportlab_settings` and `~/.reportlab_mods` (or a
    `reportlab_settings`/`reportlab_mods` module on the path, such as the current folder under `python -m`)
    as Python when it is first imported: ReportLab has no switch for it, but it tries `import reportlab_mods`
    and `from reportlab_settings import *` first and reads the home files only when those fail, so an empty
    module of each name already imported stands for "no local settings". Done here, before any ReportLab
    import, in the build and in every worker (which import the package to unpickle a job)."""
    for name in ("reportlab_settings", "reportlab_mods"):
        if name not in sys.modules:
            sys.modules[name] = types.ModuleType(name, "empty: media-pipeline reads no ReportLab home settings")


_no_reportlab_home_settings()
