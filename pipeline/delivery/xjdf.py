"""The XJDF 2.1 job ticket (CIP4, namespace JDFSchema_2_0) of a print job, for shops whose MIS takes one.

Built from the job ticket (job.json): one product intent per PDF, with its quantity, finished and flat
size, pages and sides, colours and output condition, paper, folding, and the PDF as the RunList input.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

XJDF_NS = "http://www.CIP4.org/JDFSchema_2_0"
XJDF_VERSION = "2.1"
PT_PER_MM = 72.0 / 25.4
PRODUCT_TYPES = {"flyer": "Flyer", "trifold": "Leaflet", "poster": "Poster"}
ROLL_FOLD = "F6-1"  # JDF fold catalogue: 6 pages (3 panels each side), two parallel folds rolled in


def points_pair(size_mm: list[float]) -> str:
    """An XJDF XYPair in points from a (width, height) in millimetres."""
    return " ".join(f"{value * PT_PER_MM:.2f}" for value in size_mm)


def points_shape(size_mm: list[float]) -> str:
    """An XJDF shape (width, height, depth) in points of a flat product."""
    return points_pair(size_mm) + " 0"


def _intent(product: ET.Element, name: str, **attributes: str) -> ET.Element:
    wrapper = ET.SubElement(product, "Intent", Name=name)
    return ET.SubElement(wrapper, name, {key: value for key, value in attributes.items() if value})


def job_xjdf(ticket: dict[str, Any]) -> bytes:
    """The XJDF document of a job ticket, as UTF-8 bytes with an XML declaration."""
    root = ET.Element("XJDF", {"xmlns": XJDF_NS, "JobID": ticket["job"], "Types": "Product", "Version": XJDF_VERSION,
                               "DescriptiveName": f"{ticket['product_vi']}: {ticket['campaign']}"})
    audit = ET.SubElement(ET.SubElement(root, "AuditPool"), "AuditCreated")
    agent, _, version = ticket["generator"].partition(" ")
    ET.SubElement(audit, "Header", {"AgentName": agent, "AgentVersion": version, "DeviceID": agent, "ID": "H_1",
                                    "Time": str(ticket.get("built_at") or "1970-01-01T00:00:00Z")})
    products = ET.SubElement(root, "ProductList")
    stock = ticket.get("stock") or {}
    condition = ticket.get("output_condition") or {}
    folded = ticket["finishing"].get("folded_size_mm")
    for number, entry in enumerate(ticket["files"], 1):
        product = ET.SubElement(products, "Product", {
            "ID": f"P_{number}", "IsRoot": "true", "ProductType": PRODUCT_TYPES.get(ticket["product"], "Leaflet"),
            "DescriptiveName": entry["title"], "ExternalID": entry["file"]})
        if entry.get("quantity"):
            product.set("Amount", str(entry["quantity"]))
        _intent(product, "LayoutIntent", FinishedDimensions=points_shape(folded or ticket["trim_size_mm"]),
                Dimensions=points_pair(ticket["trim_size_mm"]), Pages=str(entry["pages"] or ""),
                Bleed=f"{(ticket.get('bleed_mm') or 0) * PT_PER_MM:.2f}",
                Sides="OneSided" if entry.get("sides") == 1 else "TwoSidedHeadToHead")
        colour = _intent(product, "ColorIntent")
        for surface in ("Front",) if entry.get("sides") == 1 else ("Front", "Back"):
            ET.SubElement(colour, "SurfaceColor", Surface=surface, ColorsUsed="Cyan Magenta Yellow Black",
                          PrintStandard=condition.get("identifier", ""))
        _intent(product, "MediaIntent", MediaType="Paper", MediaQuality=stock.get("paper") or "",
                Weight=str(stock.get("grammage_gsm") or ""), GrainDirection=stock.get("grain_xjdf", ""))
        if folded:
            _intent(product, "FoldingIntent", FoldCatalog=ROLL_FOLD)
    runlists = ET.SubElement(root, "ResourceSet", Name="RunList", Usage="Input")
    for number, entry in enumerate(ticket["files"], 1):
        resource = ET.SubElement(runlists, "Resource", ID=f"R_{number}")
        ET.SubElement(resource, "Part", ProductPart=f"P_{number}")
        ET.SubElement(ET.SubElement(resource, "RunList"), "FileSpec", URL=entry["file"], MimeType="application/pdf")
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
