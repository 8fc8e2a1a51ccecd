"""The print job ticket a print MIS can read: output condition, tri-fold page roles, grain and creasing,
proof and delivery in job.json / job.txt, and an XJDF 2.x product intent beside them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from pipeline.delivery.printers import grammage_gsm, package_printers, stock_advice
from pipeline.errors import CampaignError, PipelineError
from conftest import FIXTURES
from test_delivery import _campaign, build_out, media_dir  # noqa: F401 - the session fixture of real files

NS = {"x": "http://www.CIP4.org/JDFSchema_2_0"}
LEAFLETS = {"quantity": {"flyer": 10000, "trifold": 5000, "poster": 300},
            "paper": {"trifold": "Couché mờ 150 g/m²", "flyer": "Couché 115 g/m²"},
            "proof": {"type": "bản in thử chuẩn ISO 12647-7", "copies": 2},
            "delivery": {"address": "Số 7 Tràng Thi, Hà Nội", "date": "2026-12-15"}}


@pytest.fixture
def package(tmp_path, media_dir):  # noqa: F811 - pytest fixture argument
    out_dir = build_out(tmp_path, media_dir, sections={"leaflets": LEAFLETS})
    package_printers(_campaign(leaflets=LEAFLETS), out_dir)
    return out_dir / "package" / "printers"


def test_ticket_states_condition_pages_grain_crease_proof_and_delivery(package):
    trifold = json.loads((package / "trifold-a4" / "job.json").read_text(encoding="utf-8"))
    condition = trifold["output_condition"]
    assert condition["pdfx"] == "PDF/X-4" and condition["identifier"] == "FOGRA39"
    assert condition["icc_profile"] == "FOGRA39-TAC300.icc"
    assert trifold["finishing"]["outside_page"] == 1 and trifold["finishing"]["inside_page"] == 2
    assert trifold["stock"]["grammage_gsm"] == 150 and trifold["stock"]["creasing"] is True
    assert trifold["stock"]["grain"] == "parallel to the 210 mm edge (parallel to the folds)"
    assert trifold["proof"] == {"type": "bản in thử chuẩn ISO 12647-7", "copies": "2"}
    assert trifold["delivery"]["address"] == "Số 7 Tràng Thi, Hà Nội" and trifold["xjdf"] == "job.xjdf"
    text = (package / "trifold-a4" / "job.txt").read_text(encoding="utf-8-sig")
    for phrase in ("Chuẩn tệp và màu: PDF/X-4, điều kiện in FOGRA39", "Trang 1 của tệp PDF là mặt ngoài",
                   "trang 2 là mặt trong", "Thớ giấy: song song với cạnh 210 mm (song song với đường gấp)",
                   "Cấn: cấn (bế gấp) trước khi gấp: giấy 150 g/m²", "Bản in thử: bản in thử chuẩn ISO 12647-7, 2",
                   "Giao hàng: Số 7 Tràng Thi, Hà Nội, 2026-12-15"):
        assert phrase in text, phrase
    flyers = json.loads((package / "flyers-a5" / "job.json").read_text(encoding="utf-8"))
    assert flyers["stock"]["creasing"] is False and flyers["stock"]["grain_xjdf"] == "YDirection"


def test_xjdf_parses_and_carries_the_product_intent(package):
    root = ET.parse(package / "trifold-a4" / "job.xjdf").getroot()
    assert root.tag == "{http://www.CIP4.org/JDFSchema_2_0}XJDF" and root.get("Version").startswith("2.")
    assert root.get("JobID") == "trifold-a4" and root.get("Types") == "Product"
    (product,) = root.findall("x:ProductList/x:Product", NS)
    assert product.get("Amount") == "5000" and product.get("IsRoot") == "true"
    layout = product.find("x:Intent/x:LayoutIntent", NS)
    assert layout.get("Dimensions") == "841.89 595.28" and layout.get("FinishedDimensions") == "283.46 595.28 0"
    assert layout.get("Pages") == "2" and layout.get("Sides") == "TwoSidedHeadToHead"
    surfaces = product.findall("x:Intent/x:ColorIntent/x:SurfaceColor", NS)
    assert [(s.get("Surface"), s.get("PrintStandard")) for s in surfaces] == [("Front", "FOGRA39"), ("Back", "FOGRA39")]
    media = product.find("x:Intent/x:MediaIntent", NS)
    assert media.get("Weight") == "150" and media.get("GrainDirection") == "YDirection"
    assert product.find("x:Intent/x:FoldingIntent", NS).get("FoldCatalog") == "F6-1"
    (resource,) = root.findall("x:ResourceSet[@Name='RunList']/x:Resource", NS)
    assert resource.find("x:Part", NS).get("ProductPart") == product.get("ID")
    assert (package / "trifold-a4" / resource.find("x:RunList/x:FileSpec", NS).get("URL")).is_file()
    flyers = ET.parse(package / "flyers-a5" / "job.xjdf").getroot()
    amounts = [p.get("Amount") for p in flyers.findall("x:ProductList/x:Product", NS)]
    assert amounts == ["10000"] * 3 and flyers.find(".//x:FoldingIntent", NS) is None


def test_stock_helpers():
    assert grammage_gsm("Couché 150 g/m²") == 150 and grammage_gsm("Ford 100gsm") == 100 and grammage_gsm("") is None
    assert stock_advice("trifold", (297, 210), "Couché 115 g/m²")["creasing"] is False
    assert stock_advice("trifold", (297, 210), None)["creasing"] is None  # unknown weight: advice, not a guess
    assert stock_advice("poster", (297, 420), None)["grain"] == "parallel to the 420 mm edge"


def test_bad_proof_or_delivery_names_the_field(tmp_path, media_dir):  # noqa: F811
    out_dir = build_out(tmp_path, media_dir)
    with pytest.raises(CampaignError, match=r"campaign.yaml: leaflets.proof: must be a line of text"):
        package_printers(_campaign(leaflets={"proof": ["một", "hai"]}), out_dir)
    assert not (out_dir / "package").exists()


# ------------------------------------------------------------------ proof, delivery and contact in the XJDF

PRICED = {**LEAFLETS, "imprint": {"licence": "123/GP-STTT", "licence_date": "2026-12-02", "deposit": "tháng 12/2026"},
          "paper": {**LEAFLETS["paper"], "poster": "Couché 200 g/m²"}, "contact": {"name": "Nguyễn Thị Lan", "phone": "024 3936 5678", "email": "lan@example.vn"},
          "delivery": {"address": "Số 7 Tràng Thi, Hà Nội", "date": "2026-12-15", "contact": "Trần Văn Minh"}}


@pytest.fixture
def priced(tmp_path, media_dir):  # noqa: F811 - pytest fixture argument
    out_dir = build_out(tmp_path, media_dir, sections={"leaflets": PRICED})
    package_printers(_campaign(leaflets=PRICED), out_dir, strict=True)
    return out_dir / "package" / "printers"


def _children(element) -> list[str]:
    return [child.tag.split("}")[1] for child in element]


def test_xjdf_carries_proof_contacts_and_delivery_where_the_spec_puts_them(priced):
    """XJDF 2.1: the proof as a ContentCheckIntent/ProofItem (its wording a Product Comment, before the
    intents); customer and delivery contacts as Contact resources told apart by Part/@ContactType; the
    delivery as DeliveryParams of the delivery contact's DropID, with one DropItem per product."""
    root = ET.parse(priced / "trifold-a4" / "job.xjdf").getroot()
    assert _children(root) == ["AuditPool", "GeneralID", "ProductList", "ResourceSet", "ResourceSet", "ResourceSet"]
    licence = root.find("x:GeneralID", NS)
    assert (licence.get("IDUsage"), licence.get("IDValue")) == ("PublishingLicence", "123/GP-STTT")
    (product,) = root.findall("x:ProductList/x:Product", NS)
    assert _children(product)[0] == "Comment" and set(_children(product)[1:]) == {"Intent"}
    assert product.find("x:Comment", NS).text == "bản in thử chuẩn ISO 12647-7, 2"
    proof = product.find("x:Intent[@Name='ContentCheckIntent']/x:ContentCheckIntent/x:ProofItem", NS)
    assert proof.get("Amount") == "2" and proof.get("Contract") == "true"

    contacts = root.findall("x:ResourceSet[@Name='Contact'][@Usage='Input']/x:Resource", NS)
    by_role = {resource.find("x:Part", NS).get("ContactType"): resource for resource in contacts}
    assert set(by_role) == {"Customer", "Delivery"}
    customer = by_role["Customer"].find("x:Contact", NS)
    assert _children(customer) == ["ComChannel", "ComChannel", "ComChannel", "Company", "Person"]  # schema order
    assert customer.find("x:Person", NS).get("DescriptiveName") == "Nguyễn Thị Lan"
    assert customer.find("x:Company", NS).get("OrganizationName") == "Bảo hiểm xã hội Việt Nam"
    channels = {c.get("ChannelType"): c.get("Locator") for c in customer.findall("x:ComChannel", NS)}
    assert channels == {"Phone": "tel:02439365678", "Email": "mailto:lan@example.vn",
                        "WWW": "https://baohiemxahoi.gov.vn"}
    drop = by_role["Delivery"].find("x:Part", NS).get("DropID")
    delivery_contact = by_role["Delivery"].find("x:Contact", NS)
    assert delivery_contact.find("x:Address", NS).get("Street") == "Số 7 Tràng Thi, Hà Nội"
    assert delivery_contact.find("x:Person", NS).get("DescriptiveName") == "Trần Văn Minh"

    (resource,) = root.findall("x:ResourceSet[@Name='DeliveryParams'][@Usage='Input']/x:Resource", NS)
    assert _children(resource) == ["Comment", "Part", "DeliveryParams"]  # Resource: Comment, Part, the resource
    assert resource.find("x:Part", NS).get("DropID") == drop
    params = resource.find("x:DeliveryParams", NS)
    assert params.get("Required") == "2026-12-15T17:00:00+07:00"
    assert [(d.get("ItemRef"), d.get("Amount")) for d in params.findall("x:DropItem", NS)] == [(product.get("ID"), "5000")]
    flyers = ET.parse(priced / "flyers-a5" / "job.xjdf").getroot()
    items = flyers.findall("x:ResourceSet[@Name='DeliveryParams']/x:Resource/x:DeliveryParams/x:DropItem", NS)
    assert sorted(d.get("ItemRef") for d in items) == sorted(p.get("ID") for p in flyers.findall(".//x:Product", NS))
    ticket = json.loads((priced / "trifold-a4" / "job.json").read_text(encoding="utf-8"))
    assert ticket["missing"] == []
    text = (priced / "trifold-a4" / "job.txt").read_text(encoding="utf-8-sig")
    assert "CÒN THIẾU" not in text
    assert "Giấy phép xuất bản: số 123/GP-STTT ngày 02/12/2026" in text and "Nộp lưu chiểu: tháng 12/2026" in text


def test_a_ticket_that_cannot_be_priced_lists_what_is_missing(tmp_path, media_dir):  # noqa: F811
    out_dir = build_out(tmp_path, media_dir)
    with pytest.raises(PipelineError, match=r"cannot be priced") as raised:
        package_printers(_campaign(), out_dir, strict=True)
    for field in ("leaflets.quantity: no print run for flyers-a5", "leaflets.paper: no paper for trifold-a4",
                  "leaflets.proof", "leaflets.delivery: no delivery address and date", "leaflets.contact"):
        assert field in str(raised.value), field
    assert not (out_dir / "package").exists()  # refused before anything is written
    package_printers(_campaign(leaflets={"delivery": "Số 7 Tràng Thi", "contact": {"phone": "0912 345 678"}}),
                     out_dir)
    ticket = json.loads((out_dir / "package" / "printers" / "trifold-a4" / "job.json").read_text(encoding="utf-8"))
    assert ticket["missing"] == ["leaflets.quantity: no print run for trifold-a4",
                                 "leaflets.paper: no paper for trifold-a4",
                                 "leaflets.proof: no proof asked for (or say that none is needed)",
                                 "leaflets.delivery.date: no delivery date",
                                 "leaflets.contact: no contact person for the print shop to call"]
    text = (out_dir / "package" / "printers" / "trifold-a4" / "job.txt").read_text(encoding="utf-8-sig")
    assert "CÒN THIẾU ĐỂ BÁO GIÁ" in text and "- leaflets.delivery.date: no delivery date" in text


# ------------------------------------------------------------------ `package printers --strict`, as a command

def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, timeout=600)


def test_package_printers_warns_and_strict_refuses_until_the_ticket_can_be_priced(tmp_path):
    root = tmp_path / "campaign"
    shutil.copytree(FIXTURES / "campaign", root)
    base = (root / "campaign.yaml").read_text(encoding="utf-8")
    leaflets = "leaflets:\n  quantity: {flyer: 2000, trifold: 1000}\n"  # in the imprint: set before the build
    (root / "campaign.yaml").write_text(base + leaflets, encoding="utf-8")
    out = tmp_path / "out"
    assert _run("approve", *map(str, sorted((root / "texts").glob("*.md"))), "--by", "Ban biên tập").returncode == 0
    built = _run("build", str(root), "--out", str(out), "--stage", "leaflets", "-j", "1")
    assert built.returncode == 0, built.stderr

    strict = _run("package", "printers", str(root), "--out", str(out), "--strict")
    assert strict.returncode == 1, strict.stderr
    for field in ("leaflets.paper: no paper for flyers-a5", "leaflets.proof", "leaflets.delivery", "leaflets.contact",
                  "campaign.yaml"):
        assert field in strict.stderr, field
    assert "leaflets.quantity" not in strict.stderr and not (out / "package").exists()

    lenient = _run("package", "printers", str(root), "--out", str(out))
    assert lenient.returncode == 0, lenient.stderr
    assert "leaflets.paper: no paper for trifold-a4" in lenient.stderr and "wrote" in lenient.stdout

    # the ticket-only settings: not in the PDFs, so no rebuild is needed
    leaflets += "".join(f"  {line}\n" for line in (
        'paper: "Couché 150 g/m²"', 'proof: {type: "bản in thử kỹ thuật số", copies: 1}',
        'delivery: {address: "Số 7 Tràng Thi, Hà Nội", date: 2026-12-15}',
        'contact: {name: "Nguyễn Thị Lan", phone: "024 3936 5678"}'))
    (root / "campaign.yaml").write_text(base + leaflets, encoding="utf-8")
    priced = _run("package", "printers", str(root), "--out", str(out), "--strict")
    assert priced.returncode == 0, priced.stderr
    assert "leaflets." not in priced.stderr
    ticket = json.loads((out / "package" / "printers" / "flyers-a5" / "job.json").read_text(encoding="utf-8"))
    assert ticket["missing"] == [] and ticket["contact"]["name"] == "Nguyễn Thị Lan"
    root_xjdf = ET.parse(out / "package" / "printers" / "flyers-a5" / "job.xjdf").getroot()
    assert root_xjdf.find(".//x:DeliveryParams", NS).get("Required") == "2026-12-15T17:00:00+07:00"
