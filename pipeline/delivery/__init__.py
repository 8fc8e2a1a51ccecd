"""Delivery of built assets to their receivers: print shops, loudspeaker stations (publish, a small HTTP
server, and `sync`, the station's own program).

Delivery reads the stage manifests in the output folder and the Campaign object; it never renders.
"""

from pipeline.delivery.printers import package_printers
from pipeline.delivery.server import make_server, serve
from pipeline.delivery.stations import publish_stations
from pipeline.delivery.sync import sync_once

__all__ = ["package_printers", "publish_stations", "make_server", "serve", "sync_once"]
