"""PDF/X rules checked in code: ISO 15930-1 (PDF/X-1a:2001) and ISO 15930-7 (PDF/X-4).

What is checked (the file-level requirements; content rules are the scan's and the other checks'):
version keys in Info (GTS_PDFXVersion, and GTS_PDFXConformance for X-1a) agreeing with the XMP
(pdfxid:GTS_PDFXVersion for X-4), the PDF header version (1.3 for X-1a, at most 1.6 for X-4), one
/GTS_PDFX OutputIntent with an OutputConditionIdentifier and, unless the condition is a registered
one, a CMYK DestOutputProfile (N = 4), XMP metadata, Info /Title, /CreationDate, /ModDate,
/Trapped True or False, a trailer /ID, no encryption, no JavaScript or actions, TrimBox or ArtBox on
every page, and no ICC-based, RGB or Lab colour and no transparency in X-1a.
"""

from __future__ import annotations

import hashlib
import re

import pikepdf

from pipeline.leaflets.preflight.report import Check, failing

VERSIONS = {"PDF/X-4": "x4", "PDF/X-1:2001": "x1a", "PDF/X-1a:2001": "x1a"}
MAX_HEADER = {"x4": "1.6", "x1a": "1.3"}


def pdfx_version(pdf: pikepdf.Pdf) -> str | None:
    """"x4" or "x1a" as the file declares it, else None."""
    declared = str(pdf.docinfo.get("/GTS_PDFXVersion", ""))
    conformance = str(pdf.docinfo.get("/GTS_PDFXConformance", ""))
    if declared == "PDF/X-1:2001" and conformance != "PDF/X-1a:2001":
        return None
    return VERSIONS.get(declared)


def xmp_text(pdf: pikepdf.Pdf) -> str:
    """The XMP packet of the document catalogue, or ''."""
    metadata = pdf.Root.get("/Metadata")
    if metadata is None:
        return ""
    try:
        return metadata.read_bytes().decode("utf-8", "replace")
    except pikepdf.PdfError:
        return ""


def pdfx_problems(pdf: pikepdf.Pdf, version: str) -> list[str]:
    """What a PDF/X file of `version` lacks or has that the standard forbids (file-level rules)."""
    problems: list[str] = []
    info = pdf.docinfo
    if pdf.pdf_version > MAX_HEADER[version]:
        problems.append(f"PDF {pdf.pdf_version} is newer than PDF/X-{version[1:]} allows ({MAX_HEADER[version]})")
    problems += _compression_problems(pdf)
    for key in ("/Title", "/CreationDate", "/ModDate"):
        if not str(info.get(key, "")):
            problems.append(f"no {key[1:]} in the document information")
    if str(info.get("/Trapped", "")) not in ("/True", "/False"):
        problems.append("/Trapped must be /True or /False")
    if pdf.is_encrypted:
        problems.append("encrypted")
    if "/ID" not in pdf.trailer:
        problems.append("no document /ID in the trailer")
    problems += _output_intent_problems(pdf)
    xmp = xmp_text(pdf)
    if not xmp:
        problems.append("no XMP metadata")
    elif version == "x4":
        if not re.search(r"GTS_PDFXVersion>\s*PDF/X-4", xmp):
            problems.append("XMP lacks pdfxid:GTS_PDFXVersion PDF/X-4")
        for name in ("DocumentID", "VersionID", "RenditionClass"):
            if f"xmpMM:{name}" not in xmp:
                problems.append(f"XMP lacks xmpMM:{name}")
    if "/OpenAction" in pdf.Root or "/AA" in pdf.Root or "/JavaScript" in pdf.Root.get("/Names", {}):
        problems.append("actions or JavaScript")
    for index, page in enumerate(pdf.pages, 1):
        if "/TrimBox" not in page.obj and "/ArtBox" not in page.obj:
            problems.append(f"page {index}: no TrimBox or ArtBox")
    if version == "x1a":
        problems += _x1a_colour_problems(pdf)
    return problems


def _compression_problems(pdf: pikepdf.Pdf) -> list[str]:
    """Object streams and cross-reference streams are PDF 1.5: a file whose header says older cannot hold them
    (a PDF 1.3 RIP, which is what a PDF/X-1a header promises the shop, cannot find the objects)."""
    if pdf.pdf_version >= "1.5":
        return []
    problems = []
    object_streams = sum(1 for obj in pdf.objects if isinstance(obj, pikepdf.Stream) and obj.get("/Type") == "/ObjStm")
    if object_streams:
        problems.append(f"{object_streams} object stream(s) under a PDF {pdf.pdf_version} header (object streams "
                        f"need PDF 1.5)")
    if pdf.trailer.get("/Type") == "/XRef":
        problems.append(f"a cross-reference stream under a PDF {pdf.pdf_version} header (needs PDF 1.5)")
    return problems


def _output_intent_problems(pdf: pikepdf.Pdf) -> list[str]:
    intents = [intent for intent in pdf.Root.get("/OutputIntents", [])
               if intent.get("/S") == "/GTS_PDFX"]
    if len(intents) != 1:
        return [f"{len(intents)} /GTS_PDFX output intents (needs exactly one)"]
    intent = intents[0]
    problems = []
    if not str(intent.get("/OutputConditionIdentifier", "")):
        problems.append("output intent without OutputConditionIdentifier")
    profile = intent.get("/DestOutputProfile")
    if profile is None:
        if not str(intent.get("/RegistryName", "")):
            problems.append("output intent has neither DestOutputProfile nor a registered condition")
    else:
        data = profile_header(profile)
        if int(profile.get("/N", 0)) != 4 or data[16:20] != b"CMYK" or data[12:16] != b"prtr":
            problems.append("DestOutputProfile is not a CMYK output (printer) profile")
    return problems


ICC_HEADER_BYTES = 128
_decoded_headers: dict[bytes, bytes] = {}  # digest of a profile stream's raw bytes and filters -> its header
_HEADERS_KEPT = 8


def profile_header(profile: pikepdf.Stream) -> bytes:
    """The first 128 bytes (the ICC header) of a profile stream as decoded, the whole stream decoded by qpdf as
    before; remembered by the digest of the raw bytes and their filters, so the press profile every leaflet
    embeds (~200 KB compressed) is inflated once a process instead of once a preflight (1.2 ms a PDF). The
    same raw bytes and filters decode to the same bytes: the result is the one decoding them again gives."""
    filters = profile.get("/Filter")
    names = [filters] if isinstance(filters, pikepdf.Name) else list(filters) if isinstance(filters, pikepdf.Array) \
        else None
    if names is None or "/DecodeParms" in profile or not all(isinstance(name, pikepdf.Name) for name in names):
        return profile.read_bytes()[:ICC_HEADER_BYTES]   # filters with parameters: decoded every time
    digest = hashlib.sha256(profile.read_raw_bytes())
    digest.update(" ".join(str(name) for name in names).encode())
    key = digest.digest()
    header = _decoded_headers.get(key)
    if header is None:
        header = profile.read_bytes()[:ICC_HEADER_BYTES]   # raises as before for a stream qpdf cannot decode
        if len(_decoded_headers) >= _HEADERS_KEPT:
            _decoded_headers.pop(next(iter(_decoded_headers)))
        _decoded_headers[key] = header
    return header


def _x1a_colour_problems(pdf: pikepdf.Pdf) -> list[str]:
    problems: set[str] = set()
    for obj in pdf.objects:
        for kind in _colour_space_kinds(obj, depth=0):
            problems.add(f"{kind} colour space (PDF/X-1a allows device CMYK, grey and spots)")
    return sorted(problems)


def _colour_space_kinds(obj, depth: int):
    """Names of ICC-based and CIE colour spaces in an object and its direct children (indirect ones are
    visited as objects of their own)."""
    if depth > 6:
        return
    if isinstance(obj, pikepdf.Array):
        if len(obj) and isinstance(obj[0], pikepdf.Name) and str(obj[0]) in ("/ICCBased", "/Lab", "/CalRGB",
                                                                             "/CalGray"):
            yield str(obj[0])[1:]
        children = list(obj)
    elif isinstance(obj, pikepdf.Dictionary) or isinstance(obj, pikepdf.Stream):
        if obj.get("/S") == "/GTS_PDFX":
            return  # the output intent's profile is the one ICC profile X-1a requires
        children = list(obj.values()) if isinstance(obj, pikepdf.Dictionary) else list(obj.stream_dict.values())
    else:
        return
    for child in children:
        if not (isinstance(child, pikepdf.Object) and child.is_indirect):
            yield from _colour_space_kinds(child, depth + 1)


def check_pdfx(pdf: pikepdf.Pdf) -> Check:
    """The file declares PDF/X-4 or PDF/X-1a:2001 and meets its file-level requirements."""
    version = pdfx_version(pdf)
    if version is None:
        return Check("pdfx", False, "not PDF/X: no GTS_PDFXVersion PDF/X-4 or PDF/X-1a:2001 (shops that take only "
                                    "PDF/X reject it at intake)")
    problems = pdfx_problems(pdf, version)
    label = "PDF/X-4" if version == "x4" else "PDF/X-1a:2001"
    if problems:
        return failing("pdfx", problems, f"{label}: ")
    intent = pdf.Root.OutputIntents[0]
    return Check("pdfx", True, f"{label}, PDF {pdf.pdf_version}, output intent "
                               f"{intent.OutputConditionIdentifier}")
