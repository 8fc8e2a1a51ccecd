"""The print job ticket a print MIS can read: output condition, tri-fold page roles, grain and creasing,
proof and delivery in job.json / job.txt, and an XJDF 2.x product intent beside them."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from pipeline.delivery.printers import grammage_gsm, package_printers, stock_advice
from pipeline.errors import CampaignError
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
