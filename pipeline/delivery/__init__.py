"""Delivery of built assets to their receivers: print shops, loudspeaker stations, a small HTTP server.

Delivery reads the stage manifests in the output folder and the Campaign object; it never renders.
"""

from pipeline.delivery.printers import package_printers
from pipeline.delivery.server import make_server, serve
from pipeline.delivery.stations import publish_stations

__all__ = ["package_printers", "publish_stations", "make_server", "serve"]
