"""The XJDF 2.1 job ticket (CIP4, namespace JDFSchema_2_0) of a print job, for shops whose MIS takes one.

Built from the job ticket (job.json): one product intent per PDF, with its quantity, finished and flat
size, pages and sides, colours and output condition, paper, folding, the proof asked for, and the PDF as
the RunList input; then who orders it and where it goes. Where XJDF 2.1 puts them:
  - the proof: `Product/Intent[@Name="ContentCheckIntent"]/ContentCheckIntent/ProofItem` (Amount, Contract),
    its wording as a `Product/Comment`;
  - the ordering organisation and its contact person: `ResourceSet[@Name="Contact"]/Resource` with
    `Part/@ContactType="Customer"` (XJDF 2 moved JDF 1's Contact/@ContactTypes to the partition), holding a
    `Contact` of `Address`, `ComChannel` (phone, email, web), `Company` and `Person`;
  - the publishing licence printed in the imprint: a `GeneralID` of IDUsage "PublishingLicence";
  - the delivery: a `Contact` with `Part/@ContactType="Delivery"` and a `@DropID`, and
    `ResourceSet[@Name="DeliveryParams"]/Resource` of that `@DropID` whose `DeliveryParams` has `@Required`
    and one `DropItem` (Amount, ItemRef) per product, as in the spec's delivery example.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from typing import Any

XJDF_NS = "http://www.CIP4.org/JDFSchema_2_0"
XJDF_VERSION = "2.1"
PT_PER_MM = 72.0 / 25.4
PRODUCT_TYPES = {"flyer": "Flyer", "trifold": "Leaflet", "poster": "Poster"}
ROLL_FOLD = "F6-1"  # JDF fold catalogue: 6 pages (3 panels each side), two parallel folds rolled in
DROP_ID = "D_1"
# A delivery date without a time is due by the end of that working day, Vietnam time (DeliveryParams/@Required
# is a dateTime).
DUE_TIME = "T17:00:00+07:00"
CONTRACT_PROOF = re.compile(r"12647-7|contract|hợp đồng|proof chuẩn", re.IGNORECASE)


def points_pair(size_mm: list[float]) -> str:
    """An XJDF XYPair in points from a (width, height) in millimetres."""
    return " ".join(f"{value * PT_PER_MM:.2f}" for value in size_mm)


def points_shape(size_mm: list[float]) -> str:
    """An XJDF shape (width, height, depth) in points of a flat product."""
    return points_pair(size_mm) + " 0"


def _intent(product: ET.Element, name: str, **attributes: str) -> ET.Element:
    wrapper = ET.SubElement(product, "Intent", Name=name)
    return ET.SubElement(wrapper, name, {key: value for key, value in attributes.items() if value})


def line_of(fields: dict[str, Any] | None) -> str:
    """A ticket's line-or-mapping setting as one line of text ("bản in thử chuẩn ISO 12647-7, 2")."""
    return ", ".join(str(value) for value in (fields or {}).values() if value not in (None, ""))


def _proof_intent(product: ET.Element, proof: dict[str, Any] | None) -> None:
    """The proof asked for: a ProofItem (copies, contract proof or not) and, before the intents, its wording."""
    if not proof:
        return
    wording = line_of(proof)
    comment = ET.Element("Comment", Type="Proof", Language="vi")
    comment.text = wording
    product.insert(0, comment)  # Product: Comment comes before Intent
    copies = str(proof.get("copies") or proof.get("amount") or "")
    item = {"Amount": copies if copies.isdigit() else "",
            "Contract": "true" if CONTRACT_PROOF.search(wording) else "false"}
    _intent(product, "ContentCheckIntent").append(ET.Element("ProofItem", {k: v for k, v in item.items() if v}))


def _contact_resource(contacts: ET.Element, resource_id: str, part: dict[str, str], *, organisation: str = "",
                      person: str = "", address: str = "", phone: str = "", email: str = "", web: str = "") -> None:
    """One Contact resource of the Contact resource set, its role in the Part (Address, ComChannel, Company,
    Person in the schema's order)."""
    resource = ET.SubElement(contacts, "Resource", ID=resource_id)
    ET.SubElement(resource, "Part", part)
    contact = ET.SubElement(resource, "Contact")
    if address:
        ET.SubElement(contact, "Address", Street=address, Country="Việt Nam", CountryCode="VN")
    for channel, locator in (("Phone", f"tel:{re.sub(r'[^0-9+]', '', phone)}" if phone else ""),
                             ("Email", f"mailto:{email}" if email else ""), ("WWW", web)):
        if locator:
            ET.SubElement(contact, "ComChannel", ChannelType=channel, Locator=locator)
    if organisation:
        ET.SubElement(contact, "Company", OrganizationName=organisation)
    if person:
        ET.SubElement(contact, "Person", DescriptiveName=person)


def _contacts(root: ET.Element, ticket: dict[str, Any]) -> None:
    """Who orders the job (ContactType Customer) and where it goes (ContactType Delivery)."""
    contact = ticket.get("contact") or {}
    delivery = ticket.get("delivery") or {}
    contacts = ET.SubElement(root, "ResourceSet", Name="Contact", Usage="Input")
    _contact_resource(contacts, "C_customer", {"ContactType": "Customer"},
                      organisation=str(contact.get("organisation") or ""),
                      person=str(contact.get("name") or contact.get("person") or ""),
                      address=str(contact.get("address") or ""),
                      phone=str(contact.get("phone") or contact.get("hotline") or ""),
                      email=str(contact.get("email") or ""), web=str(contact.get("website") or ""))
    if delivery:
        _contact_resource(contacts, "C_delivery", {"ContactType": "Delivery", "DropID": DROP_ID},
                          organisation=str(contact.get("organisation") or ""),
                          person=str(delivery.get("contact") or delivery.get("name") or ""),
                          address=str(delivery.get("address") or ""), phone=str(delivery.get("phone") or ""))


def due_time(value: Any) -> str:
    """DeliveryParams/@Required (an XML dateTime) from a ticket's delivery date; "" when it is not a date."""
    text = str(value or "").strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text).isoformat() + DUE_TIME
    return moment.isoformat() if moment.tzinfo else moment.isoformat() + "+07:00"


def _delivery(root: ET.Element, ticket: dict[str, Any]) -> None:
    """One drop: every product of the job to the delivery contact, by the date asked for."""
    delivery = ticket.get("delivery")
    if not delivery:
        return
    resources = ET.SubElement(root, "ResourceSet", Name="DeliveryParams", Usage="Input")
    resource = ET.SubElement(resources, "Resource", ID="DP_1")
    comment = ET.SubElement(resource, "Comment", Language="vi")
    comment.text = line_of(delivery)
    ET.SubElement(resource, "Part", DropID=DROP_ID)
    due = due_time(delivery.get("date"))
    params = ET.SubElement(resource, "DeliveryParams", {"Required": due} if due else {})
    for number, entry in enumerate(ticket["files"], 1):
        if entry.get("quantity"):
            ET.SubElement(params, "DropItem", Amount=str(entry["quantity"]), ItemRef=f"P_{number}")


def job_xjdf(ticket: dict[str, Any]) -> bytes:
    """The XJDF document of a job ticket, as UTF-8 bytes with an XML declaration."""
    root = ET.Element("XJDF", {"xmlns": XJDF_NS, "JobID": ticket["job"], "Types": "Product", "Version": XJDF_VERSION,
                               "DescriptiveName": f"{ticket['product_vi']}: {ticket['campaign']}"})
    audit = ET.SubElement(ET.SubElement(root, "AuditPool"), "AuditCreated")
    agent, _, version = ticket["generator"].partition(" ")
    ET.SubElement(audit, "Header", {"AgentName": agent, "AgentVersion": version, "DeviceID": agent, "ID": "H_1",
                                    "Time": str(ticket.get("built_at") or "1970-01-01T00:00:00Z")})
    licence = (ticket.get("imprint") or {}).get("licence")
    if licence:  # XJDF: AuditPool, Comment, GeneralID, then ProductList
        ET.SubElement(root, "GeneralID", IDUsage="PublishingLicence", IDValue=str(licence))
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
        _proof_intent(product, ticket.get("proof"))
    _contacts(root, ticket)
    _delivery(root, ticket)
    runlists = ET.SubElement(root, "ResourceSet", Name="RunList", Usage="Input")
    for number, entry in enumerate(ticket["files"], 1):
        resource = ET.SubElement(runlists, "Resource", ID=f"R_{number}")
        ET.SubElement(resource, "Part", ProductPart=f"P_{number}")
        ET.SubElement(ET.SubElement(resource, "RunList"), "FileSpec", URL=entry["file"], MimeType="application/pdf")
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
