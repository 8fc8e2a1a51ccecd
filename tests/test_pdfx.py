"""PDF/X-4 and PDF/X-1a:2001 leaflets: the standard's rules checked in code on the written files, and
the files read by the independent tools a shop has (qpdf, pdfinfo, pdffonts, pdftotext, Ghostscript)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pikepdf
import pypdf
import pytest

from conftest import make_campaign, make_text
from pipeline.leaflets import LeafletSettings, render_flyer
from pipeline.leaflets.colors import cmyk_to_lab, profile_flate, profile_path, rgb_to_cmyk, srgb_to_lab
from pipeline.leaflets.settings import LeafletSettings as Settings

NS = {"x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "pdfxid": "http://www.npes.org/pdfx/ns/id/", "pdfx": "http://ns.adobe.com/pdfx/1.3/",
      "xmpMM": "http://ns.adobe.com/xap/1.0/mm/", "pdf": "http://ns.adobe.com/pdf/1.3/",
      "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/"}


@pytest.fixture(scope="module")
def flyers(tmp_path_factory) -> dict[str, Path]:
    """An X-4 and an X-1a flyer of one text, and an X-4 flyer of another text."""
    folder = tmp_path_factory.mktemp("pdfx")
    campaign = make_campaign(texts=(make_text(), make_text("thai-san", title="Thai sản tự nguyện",
                                                           summary="Người tham gia tự nguyện được trợ cấp thai sản.")))
    paths = {"x4": folder / "x4.pdf", "x1a": folder / "x1a.pdf", "other": folder / "other.pdf"}
    render_flyer(campaign, campaign.texts[0], paths["x4"], LeafletSettings())
    render_flyer(campaign, campaign.texts[0], paths["x1a"], LeafletSettings.from_mapping({"pdfx": "x1a"}))
    render_flyer(campaign, campaign.texts[1], paths["other"], LeafletSettings())
    return paths


def run(*command: str) -> subprocess.CompletedProcess:
    """Run a receiver's tool (it must be installed: CI installs it) and return its result."""
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)


def xmp(pdf: pikepdf.Pdf) -> ET.Element:
    """The XMP packet's rdf:Description."""
    root = ET.fromstring(pdf.Root.Metadata.read_bytes())
    return root.find("rdf:RDF/rdf:Description", NS)


@pytest.mark.parametrize("version, header, declared", [("x4", "1.6", "PDF/X-4"), ("x1a", "1.3", "PDF/X-1:2001")])
def test_the_standard_s_required_keys_are_in_the_file(flyers, version, header, declared):
    with pikepdf.open(flyers[version]) as pdf:
        assert pdf.pdf_version == header
        info = pdf.docinfo
        assert str(info.GTS_PDFXVersion) == declared
        if version == "x1a":
            assert str(info.GTS_PDFXConformance) == "PDF/X-1a:2001"
        else:
            assert "/GTS_PDFXConformance" not in info
        assert str(info.Trapped) == "/False"
        assert str(info.Title) == "Chỉ cần 15 năm đóng BHXH để hưởng lương hưu"
        assert str(info.CreationDate).startswith("D:20261124") and str(info.ModDate) == str(info.CreationDate)
        assert len(pdf.trailer.ID) == 2 and not pdf.is_encrypted
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFX" and str(intent.OutputConditionIdentifier) == "FOGRA39"
        assert str(intent.RegistryName) == "http://www.color.org"
        profile = intent.DestOutputProfile
        assert int(profile.N) == 4 and profile.read_bytes() == profile_path().read_bytes()
        description = xmp(pdf)
        if version == "x4":
            assert description.find("pdfxid:GTS_PDFXVersion", NS).text == "PDF/X-4"
            for key in ("DocumentID", "VersionID", "RenditionClass"):
                assert description.find(f"xmpMM:{key}", NS).text
        else:
            assert description.find("pdfx:GTS_PDFXConformance", NS).text == "PDF/X-1a:2001"
        assert description.find("pdf:Trapped", NS).text == "False"
        assert description.find("dc:title/rdf:Alt/rdf:li", NS).text == str(info.Title)
        for page in pdf.pages:  # boxes nested; nothing X-1a forbids
            media, bleed, trim = (list(map(float, page.obj[key])) for key in ("/MediaBox", "/BleedBox", "/TrimBox"))
            assert media[0] <= bleed[0] <= trim[0] and trim[2] <= bleed[2] <= media[2]
            assert int(page.obj.get("/Rotate", 0)) == 0 and "/Annots" not in page.obj and "/Group" not in page.obj
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/ExtGState":
                assert float(obj.get("/ca", 1)) == 1 and float(obj.get("/CA", 1)) == 1 and "/SMask" not in obj
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
                assert "/SMask" not in obj and obj.ColorSpace in ("/DeviceCMYK", "/DeviceGray")


def test_a_second_flyer_reuses_the_process_s_profile_and_colours(flyers, tmp_path):
    """The output profile is compressed, and brand colours converted and preflighted, once per process, not per PDF."""
    from pipeline.leaflets.preflight import preflight

    campaign = make_campaign(texts=(make_text("mot", title="Một"), make_text("hai", title="Hai")))
    caches = (profile_flate, rgb_to_cmyk, srgb_to_lab, cmyk_to_lab)
    brand = {"primary": campaign.brand.primary}
    render_flyer(campaign, campaign.texts[0], tmp_path / "mot.pdf", LeafletSettings())
    assert preflight(tmp_path / "mot.pdf", product="flyer", brand=brand).ok
    misses = [cache.cache_info().misses for cache in caches]
    render_flyer(campaign, campaign.texts[1], tmp_path / "hai.pdf", LeafletSettings())
    assert preflight(tmp_path / "hai.pdf", product="flyer", brand=brand).ok
    assert [cache.cache_info().misses for cache in caches] == misses
    with pikepdf.open(tmp_path / "hai.pdf") as pdf:
        assert pdf.Root.OutputIntents[0].DestOutputProfile.read_bytes() == profile_path().read_bytes()


def test_every_font_subset_has_its_own_tag(flyers):
    tags: dict[str, set[str]] = {}
    programs: dict[str, set[bytes]] = {}
    for name in ("x4", "other"):
        with pikepdf.open(flyers[name]) as pdf:
            fonts = [obj for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"]
            in_file = [str(font.BaseFont)[1:] for font in fonts]
            assert len(set(in_file)) == len(in_file)  # no two programs under one name in a file
            for font in fonts:
                tag, face = str(font.BaseFont)[1:].split("+")
                assert re.fullmatch(r"[A-Z]{6}", tag) and tag != "AAAAAA"
                assert str(font.FontDescriptor.FontName) == str(font.BaseFont)
                tags.setdefault(face, set()).add(tag)
                programs.setdefault(face, set()).add(font.FontDescriptor.FontFile2.read_bytes())
    # one tag per program: the flyers' different titles subset the title face differently, so its two
    # programs carry two names (ganged into one file they no longer clash); identical subsets share one
    assert {face: len(found) for face, found in tags.items()} == {face: len(found) for face, found in programs.items()}
    assert len(tags["BeVietnamPro-ExtraBold"]) == 2


def test_plain_black_text_overprints_and_colour_text_knocks_out(flyers):
    with pikepdf.open(flyers["x4"]) as pdf:
        page = pdf.pages[1]
        states = page.Resources.ExtGState
        overprint = {str(name): bool(state.get("/op", False)) for name, state in states.items()}
        fill, current, shown, stack = None, False, [], []
        for instruction in pikepdf.parse_content_stream(page):
            op = str(instruction.operator)
            if op == "q":
                stack.append((fill, current))
            elif op == "Q":
                fill, current = stack.pop()
            elif op == "k":
                fill = tuple(float(v) for v in instruction.operands)
            elif op == "gs":
                current = overprint.get(str(instruction.operands[0]), current)
            elif op in ("Tj", "TJ"):
                shown.append((fill, current))
    black = [op for colour, op in shown if colour == (0, 0, 0, 1)]
    others = [op for colour, op in shown if colour != (0, 0, 0, 1)]
    assert black and all(black)
    assert others and not any(others)


@pytest.mark.parametrize("version", ["x4", "x1a"])
def test_independent_tools_accept_the_files(flyers, version):
    path = str(flyers[version])
    check = run("qpdf", "--check", path)
    assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout
    info = run("pdfinfo", path)
    assert info.returncode == 0, info.stderr
    subtype = "PDF/X-4" if version == "x4" else "PDF/X-1:2001"
    assert re.search(rf"PDF subtype:\s+{re.escape(subtype)}", info.stdout)
    assert re.search(r"PDF version:\s+" + ("1.6" if version == "x4" else "1.3"), info.stdout)
    assert re.search(r"Encrypted:\s+no", info.stdout)
    fonts = run("pdffonts", path).stdout.splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+yes\s+yes\b", row) for row in fonts), fonts  # emb sub uni
    text = run("pdftotext", "-enc", "UTF-8", path, "-").stdout
    assert "Chỉ cần 15 năm" in text  # ToUnicode kept (Ghostscript's PDF/X mode would lose it)
    ghostscript = run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dPDFSTOPONERROR", "-sDEVICE=nullpage", path)
    assert ghostscript.returncode == 0 and "Error" not in ghostscript.stdout + ghostscript.stderr
    reader = pypdf.PdfReader(path, strict=True)  # a third parser, strict about the file's syntax
    assert reader.pdf_header == "%PDF-" + ("1.6" if version == "x4" else "1.3")
    assert "Chỉ cần 15 năm" in reader.pages[0].extract_text()


def test_pdfx_setting_is_validated():
    assert Settings.from_mapping({"pdfx": "x1a"}).pdfx == "x1a"
    assert Settings.from_mapping({}).pdfx == "x4" and Settings().output_condition == "FOGRA39"
    with pytest.raises(ValueError, match=r"leaflets.pdfx: must be one of x4, x1a, not 'x3'"):
        Settings.from_mapping({"pdfx": "x3"})
    with pytest.raises(ValueError, match=r"leaflets.output_condition: must be one of FOGRA39"):
        Settings.from_mapping({"output_condition": "GRACoL"})
    assert Settings.from_mapping({"pdfx": "x1a"}).as_params()["pdfx"] == "x1a"  # a change re-renders the PDFs
