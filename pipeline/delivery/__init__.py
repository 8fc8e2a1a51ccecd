"""Delivery of built assets to their receivers: print shops, loudspeaker stations (publish, a small HTTP
server, and `sync`, the station's own program).

Delivery reads the stage manifests in the output folder and the Campaign object; it never renders.
The names below are imported on first use: a station runs `sync` and `serve` without the producer's
dependencies (ReportLab, pikepdf...) that `package_printers` and `publish_stations` need.
"""

import importlib

_HOMES = {"package_printers": "pipeline.delivery.printers", "publish_stations": "pipeline.delivery.stations",
          "make_server": "pipeline.delivery.server", "serve": "pipeline.delivery.server",
          "sync_once": "pipeline.delivery.sync"}

__all__ = ["package_printers", "publish_stations", "make_server", "serve", "sync_once"]


def __getattr__(name: str):
    """`from pipeline.delivery import sync_once` imports only the module that defines it."""
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
