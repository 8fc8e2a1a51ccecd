"""Preflight against files broken on purpose from a current build of the bundled campaign: one defect per file,
derived with pikepdf from the pipeline's own PDF/X output, each failing its rule (and only it), each confirmed
where the receivers' tools can see it (qpdf, pdffonts, pdfinfo, pdftoppm, Ghostscript's separations). Every good
file of the bundled and provinces campaigns passes: no false alarm."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from click.testing import CliRunner
from fontTools.ttLib import TTFont
from PIL import Image

from pipeline.cli import cli
from pipeline.leaflets.geometry import MM
from pipeline.leaflets.pdfx import make_pdfx
from pipeline.leaflets.preflight import preflight
from pipeline.leaflets.preflight.glyphs import to_unicode

REPO = Path(__file__).resolve().parents[1]
FLYER = "luong-huu-15-nam.pdf"


def build_leaflets(campaign: str, out_dir: Path) -> list[Path]:
    """The campaign's leaflets as `media-pipeline build --stage leaflets` writes them (a real subprocess)."""
    subprocess.run([sys.executable, "-m", "pipeline", "build", str(REPO / "assets" / campaign), "--stage", "leaflets",
                    "--out", str(out_dir)], check=True, capture_output=True, cwd=REPO)
    return sorted(out_dir.rglob("*.pdf"))


@pytest.fixture(scope="session")
def bundled(tmp_path_factory) -> dict[str, Path]:
    """The bundled campaign's leaflets, built once per test session: file name -> path."""
    return {path.name: path for path in build_leaflets("campaign", tmp_path_factory.mktemp("bundled"))}


def failed(report) -> dict[str, str]:
    """name -> detail of the failed checks."""
    return {check.name: check.detail for check in report.checks if not check.ok}


def qpdf_check(path: Path) -> None:
    """The file is structurally sound for qpdf: the defect is in what it prints, not a broken file."""
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def tool(*args: str) -> str:
    """stdout of a receiver's tool (poppler, qpdf, Ghostscript), which must be installed."""
    assert shutil.which(args[0]), f"{args[0]} is needed (Debian package)"
    return subprocess.run(list(args), check=True, capture_output=True, text=True).stdout


# ------------------------------------------------------------------------------------------- editing

def derive(source: Path, dest: Path, edit, **save) -> Path:
    """A copy of a built PDF changed by `edit(pdf)`, saved as an editing tool would (no object streams)."""
    with pikepdf.open(source) as pdf:
        edit(pdf)
        pdf.save(dest, **save)
    return dest


def at(page: pikepdf.Page, x_mm: float, y_mm: float) -> tuple[float, float]:
    """A point x_mm, y_mm from the trim's lower left corner, in page coordinates."""
    trim = [float(v) for v in page.obj.TrimBox]
    return trim[0] + x_mm * MM, trim[1] + y_mm * MM


def append(pdf: pikepdf.Pdf, page: pikepdf.Page, content: str) -> None:
    """Paint `content` over a page, in a graphics state of its own (the page's state is closed first)."""
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    page.contents_add(pdf.make_stream(b"Q\n" + content.encode("latin-1")), prepend=False)


def shown_text(page: pikepdf.Page) -> tuple[str, bytes]:
    """(font resource name, string) of the first text the page shows: codes its embedded subset has."""
    font = None
    for instruction in pikepdf.parse_content_stream(page):
        op = str(instruction.operator)
        if op == "Tf":
            font = str(instruction.operands[0])
        elif op == "Tj" and font:
            return font, bytes(instruction.operands[0])
    raise AssertionError("no text on the page")


def text_run(page: pikepdf.Page, x_mm: float, y_mm: float, size: float, colour: str = "0 0 0 1 k",
             font: str | None = None, string: bytes | None = None) -> str:
    """Content showing a run of the page's own text at a place, size and colour."""
    own_font, own_string = shown_text(page)
    x, y = at(page, x_mm, y_mm)
    return (f"{colour} BT {font or own_font} {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm "
            f"<{(string or own_string).hex()}> Tj ET\n")


def rect(page: pikepdf.Page, x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> str:
    x, y = at(page, x_mm, y_mm)
    return f"{x:.2f} {y:.2f} {w_mm * MM:.2f} {h_mm * MM:.2f} re"


def add_resource(page: pikepdf.Page, kind: str, name: str, value) -> None:
    resources = page.obj.Resources
    if kind not in resources:
        resources[kind] = pikepdf.Dictionary()
    resources[kind][name] = value


# -------------------------------------------------------------------------------------- the defects

def type3_font(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A line set in a Type 3 font (its glyphs are filled squares drawn by procedures)."""
    glyph = pdf.make_stream(b"600 0 0 0 500 700 d1 0 0 500 700 re f")
    to_unicode = pdf.make_stream(b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def "
                                 b"1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar "
                                 b"<41> <0041> <42> <0042> endbfchar endcmap CMapName currentdict /CMap defineresource "
                                 b"pop end end")
    font = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3, Name=pikepdf.Name.T3, FontBBox=[0, 0, 500, 700],
        FontMatrix=[0.001, 0, 0, 0.001, 0, 0], FirstChar=65, LastChar=66, Widths=[600, 600],
        Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=[65, pikepdf.Name.A, pikepdf.Name.B]),
        CharProcs=pikepdf.Dictionary(A=glyph, B=glyph), Resources=pikepdf.Dictionary(), ToUnicode=to_unicode))
    add_resource(page, "/Font", "/T3", font)
    append(pdf, page, text_run(page, 20, 70, 12, font="/T3", string=b"ABBA"))


def white_overprint_text(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """White text on the blue band with fill overprint on (OPM 1): it sets no plate, so it vanishes."""
    add_resource(page, "/ExtGState", "/GSwop", pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, OP=True, op=True,
                                                                 OPM=1))
    append(pdf, page, "/GSwop gs " + text_run(page, 20, 118, 16, colour="0 0 0 0 k"))


def five_point_text(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A line of black text at 5 pt."""
    append(pdf, page, text_run(page, 20, 60, 5))


def hidden_layer(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A line of text in an optional content group that the default configuration hides."""
    group = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String("Ghi chú")))
    pdf.Root.OCProperties = pikepdf.Dictionary(OCGs=[group], D=pikepdf.Dictionary(Order=[group], OFF=[group]))
    add_resource(page, "/Properties", "/oc1", group)
    append(pdf, page, "/OC /oc1 BDC\n" + text_run(page, 20, 80, 10) + "EMC\n")


def javascript_page_action(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """JavaScript run when the page opens."""
    page.obj.AA = pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.JavaScript,
                                                          JS=pikepdf.String("app.alert('in thử');")))


def rgb_in_pattern(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A box filled with a tiling pattern whose cell is painted in RGB."""
    cell = pdf.make_stream(b"0.04 0.37 0.65 rg 0 0 5 5 re f")
    cell.Type, cell.PatternType, cell.PaintType, cell.TilingType = pikepdf.Name.Pattern, 1, 1, 1
    cell.BBox, cell.XStep, cell.YStep, cell.Resources = [0, 0, 10, 10], 10, 10, pikepdf.Dictionary()
    add_resource(page, "/Pattern", "/P0", cell)
    append(pdf, page, f"/Pattern cs /P0 scn {rect(page, 20, 90, 20, 10)} f\n")


def gradient_400(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """An axial gradient (shading) from paper to 100/100/100/100: 400 % ink at its end."""
    x0, y = at(page, 20, 105)
    x1, _ = at(page, 60, 105)
    shading = pdf.make_indirect(pikepdf.Dictionary(
        ShadingType=2, ColorSpace=pikepdf.Name.DeviceCMYK, Coords=[x0, y, x1, y], Extend=[True, True],
        Function=pikepdf.Dictionary(FunctionType=2, Domain=[0, 1], C0=[0, 0, 0, 0], C1=[1, 1, 1, 1], N=1)))
    add_resource(page, "/Shading", "/Sh0", shading)
    append(pdf, page, f"q {rect(page, 20, 100, 40, 10)} W n /Sh0 sh Q\n")


def missing_glyph(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """The embedded subset loses the glyph of a letter the text uses (its cmap entry), as a broken subsetter does."""
    name, string = shown_text(page)
    font = page.obj.Resources.Font[name]
    letters = to_unicode(font)
    code = next(code for code in string if letters.get(code, " ").isalpha())
    program = font.FontDescriptor.FontFile2
    tt = TTFont(io.BytesIO(program.read_bytes()))
    for table in tt["cmap"].tables:
        table.cmap.pop(code, None)
    data = io.BytesIO()
    tt.save(data)
    program.write(data.getvalue())
    program.Length1 = len(data.getvalue())


def white_over_bleed(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """A white box over the bottom bleed of the back, where the blue contact band reaches the trim: paper shows
    if the cut drifts."""
    trim = [float(v) for v in page.obj.TrimBox]
    bleed = [float(v) for v in page.obj.BleedBox]
    append(pdf, page, f"0 0 0 0 k {trim[0]:.2f} {bleed[1]:.2f} {trim[2] - trim[0]:.2f} {trim[1] - bleed[1]:.2f} re f\n")


def object_streams_x1a(source: Path, dest: Path) -> Path:
    """The flyer as PDF/X-1a, then saved with object streams and its header put back to 1.3."""
    shutil.copy(source, dest)
    make_pdfx(dest, "x1a")
    assert preflight(dest).ok, failed(preflight(dest))  # a good X-1a before the defect
    with pikepdf.open(dest, allow_overwriting_input=True) as pdf:
        pdf.save(dest, object_stream_mode=pikepdf.ObjectStreamMode.generate, force_version="1.5")
    data = dest.read_bytes()
    dest.write_bytes(b"%PDF-1.3" + data[len(b"%PDF-1.5"):])
    return dest


PAGE_DEFECTS = [  # (edit, page index, the check that must fail, words of its finding)
    (type3_font, 1, "fonts", "page 2: T3 is a Type 3 font"),
    (white_overprint_text, 0, "overprint", "page 1: white text set to overprint, overprint mode 1"),
    (five_point_text, 1, "small text", "page 2: 5.0 pt BeVietnamPro"),
    (hidden_layer, 1, "layers", "page 2: content in the hidden layer 'Ghi chú'"),
    (javascript_page_action, 1, "actions", "page 2: page open action JavaScript"),
    (rgb_in_pattern, 1, "colour", "page 2: pattern /P0: rg uses RGB"),
    (gradient_400, 1, "ink", "total ink 400 % over the 300 % limit (page 2 shading /Sh0)"),
    (missing_glyph, 0, "glyphs", "page 1: BeVietnamPro"),
    (white_over_bleed, 1, "bleed", "page 2: the bottom bleed shows paper over 148 mm"),
]


def broken_file(bundled, tmp_path, edit, page_index: int) -> Path:
    return derive(bundled[FLYER], tmp_path / f"{edit.__name__}.pdf",
                  lambda pdf: edit(pdf, pdf.pages[page_index]))


@pytest.mark.parametrize("edit, page_index, check, finding", PAGE_DEFECTS, ids=[d[0].__name__ for d in PAGE_DEFECTS])
def test_each_defect_fails_its_rule_only(bundled, tmp_path, edit, page_index, check, finding):
    path = broken_file(bundled, tmp_path, edit, page_index)
    qpdf_check(path)
    problems = failed(preflight(path))
    assert set(problems) == {check}, problems
    assert finding in problems[check]


def test_object_streams_under_a_pdf_13_header_fail_pdfx(bundled, tmp_path):
    path = object_streams_x1a(bundled[FLYER], tmp_path / "x1a-objstm.pdf")
    qpdf_check(path)
    assert "compressed; stream =" in tool("qpdf", "--show-xref", str(path))  # objects inside object streams
    assert any(line.split() == ["PDF", "version:", "1.3"] for line in tool("pdfinfo", str(path)).splitlines())
    problems = failed(preflight(path))
    assert set(problems) == {"pdfx"}, problems
    assert "object stream(s) under a PDF 1.3 header" in problems["pdfx"]
    assert "cross-reference stream under a PDF 1.3 header" in problems["pdfx"]


# ------------------------------------------------------------------- what the receivers' tools see

def test_pdffonts_lists_the_type3_font(bundled, tmp_path):
    path = broken_file(bundled, tmp_path, type3_font, 1)
    assert any(line.split()[1:3] == ["Type", "3"] for line in tool("pdffonts", str(path)).splitlines())


def test_pdfinfo_prints_the_page_javascript(bundled, tmp_path):
    path = broken_file(bundled, tmp_path, javascript_page_action, 1)
    assert "app.alert" in tool("pdfinfo", "-js", str(path))


def test_the_embedded_font_really_lacks_the_glyph(bundled, tmp_path):
    path = broken_file(bundled, tmp_path, missing_glyph, 0)
    with pikepdf.open(bundled[FLYER]) as good, pikepdf.open(path) as bad:
        name, _ = shown_text(good.pages[0])
        mapped = [len(TTFont(io.BytesIO(pdf.pages[0].Resources.Font[name].FontDescriptor.FontFile2.read_bytes()))
                      ["cmap"].tables[0].cmap) for pdf in (good, bad)]
    assert mapped[1] == mapped[0] - 1
    assert "yes yes yes" in tool("pdffonts", str(path))  # pdffonts still sees an embedded subset: only the glyph is gone


def separations(path: Path, tmp_path: Path, page: int) -> np.ndarray:
    """Ghostscript's separations (tiffsep, overprint simulated) of one page: ink 0..1 per plate, shape (h, w, 4)."""
    stem = tmp_path / f"{path.stem}-sep"
    tool("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=tiffsep", "-r36", f"-dFirstPage={page}", f"-dLastPage={page}",
         f"-sOutputFile={stem}.tif", str(path))
    plates = [np.asarray(Image.open(f"{stem}({name}).tif"), dtype=float) for name in ("Cyan", "Magenta", "Yellow",
                                                                                     "Black")]
    return 1.0 - np.stack(plates, axis=2) / 255.0


def test_ghostscript_shows_the_white_overprint_text_vanish(bundled, tmp_path):
    broken = broken_file(bundled, tmp_path, white_overprint_text, 0)
    knockout = derive(broken, tmp_path / "knockout.pdf",
                      lambda pdf: setattr(pdf.pages[0].Resources.ExtGState.GSwop, "op", False))
    good, vanished, shown = (separations(path, tmp_path, 1) for path in (bundled[FLYER], broken, knockout))
    assert np.abs(vanished - good).max() < 0.05  # overprinted white: the plates are as if it were not there
    assert np.abs(shown - good).max() > 0.5  # the same text knocking out: it shows
    assert preflight(knockout).ok


def test_white_cmyk_text_under_overprint_mode_0_knocks_out_and_passes(bundled, tmp_path):
    broken = broken_file(bundled, tmp_path, white_overprint_text, 0)
    mode_0 = derive(broken, tmp_path / "opm0.pdf", lambda pdf: setattr(pdf.pages[0].Resources.ExtGState.GSwop, "OPM", 0))
    good, shown = (separations(path, tmp_path, 1) for path in (bundled[FLYER], mode_0))
    assert np.abs(shown - good).max() > 0.5  # DeviceCMYK white in mode 0 sets all four plates: the text shows
    report = preflight(mode_0)
    assert report.ok, failed(report)


def test_ghostscript_prints_the_gradient_at_400_percent(bundled, tmp_path):
    ink = separations(broken_file(bundled, tmp_path, gradient_400, 1), tmp_path, 2).sum(axis=2)
    assert ink.max() > 3.8


def test_pdftoppm_shows_paper_in_the_bleed_where_the_band_is_blue(bundled, tmp_path):
    path = broken_file(bundled, tmp_path, white_over_bleed, 1)
    tool("pdftoppm", "-r", "72", "-f", "2", "-l", "2", "-png", str(path), str(tmp_path / "page"))
    pixels = np.asarray(Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")).astype(int)
    with pikepdf.open(path) as pdf:
        media_top = float(pdf.pages[1].MediaBox[3])
        trim = [float(v) for v in pdf.pages[1].TrimBox]
    row_in, row_bleed = round(media_top - trim[1] - 2 * MM), round(media_top - trim[1] + 1.5 * MM)
    middle = slice(round(trim[0] + 20 * MM), round(trim[2] - 20 * MM))
    assert pixels[row_in, middle].min(axis=1).max() < 200  # the band, coloured, just inside the trim
    assert pixels[row_bleed, middle].min() >= 250  # paper in the bleed above it


# ------------------------------------------------------------------------------------ no false alarm

@pytest.mark.parametrize("plates, attributes", [(["/Cyan", "/Magenta"], None),
                                                (["/Cyan", "/Magenta"], "/NChannel"),
                                                (["/Black"], None)], ids=["devicen", "nchannel", "separation-black"])
def test_process_colour_devicen_is_not_a_spot(bundled, tmp_path, plates, attributes):
    def edit(pdf):
        page = pdf.pages[1]
        zeros = " ".join("0" for _ in range(4 - len(plates)))
        tint = pdf.make_stream(("{" + zeros + "}").encode() if len(plates) > 1 else b"{0 exch 0 exch 0 exch}")
        tint.FunctionType, tint.Domain, tint.Range = 4, [0, 1] * len(plates), [0, 1] * 4
        if len(plates) == 1:
            space = pikepdf.Array([pikepdf.Name.Separation, pikepdf.Name(plates[0]), pikepdf.Name.DeviceCMYK, tint])
        else:
            space = pikepdf.Array([pikepdf.Name.DeviceN, [pikepdf.Name(p) for p in plates], pikepdf.Name.DeviceCMYK,
                                   tint])
            if attributes:
                space.append(pikepdf.Dictionary(Subtype=pikepdf.Name(attributes)))
        add_resource(page, "/ColorSpace", "/CSp", space)
        tints = " ".join("0.6" for _ in plates)
        append(pdf, page, f"/CSp cs {tints} scn {rect(page, 20, 90, 30, 12)} f\n")

    path = derive(bundled[FLYER], tmp_path / "process-devicen.pdf", edit)
    qpdf_check(path)
    ink = separations(path, tmp_path, 2)
    assert ink[..., 0].max() > 0.5 if "/Cyan" in plates else ink[..., 3].max() > 0.5  # it prints on process plates
    report = preflight(path)
    assert report.ok, failed(report)


def test_a_page_with_an_inline_font_beside_an_indirect_one_is_checked_not_a_crash(bundled, tmp_path):
    """A font dictionary written inline in the page's resources (direct, as some tools save it) beside the page's
    own indirect fonts: preflight checks both, it does not stop on comparing their keys."""
    def edit(pdf):
        page = pdf.pages[0]
        name, _ = shown_text(page)
        inline = pikepdf.Dictionary({key: value for key, value in page.Resources.Font[name].items()})
        add_resource(page, "/Font", "/FInline", inline)
        append(pdf, page, text_run(page, 20, 70, 12, font="/FInline"))

    path = derive(bundled[FLYER], tmp_path / "inline-font.pdf", edit)
    qpdf_check(path)
    with pikepdf.open(path) as pdf:
        assert not pdf.pages[0].Resources.Font.FInline.is_indirect
    report = preflight(path)
    assert report.ok, failed(report)


def test_every_good_file_of_both_sample_campaigns_passes(bundled, tmp_path):
    provinces = build_leaflets("campaign-provinces", tmp_path / "provinces")
    assert len(bundled) == 7 and len(provinces) >= 28
    for path in list(bundled.values()) + provinces:
        report = preflight(path)
        assert report.ok, (path, failed(report))


# -------------------------------------------------------------------------------- --json in full

def test_json_lists_every_finding(bundled, tmp_path):
    def many_small_lines(pdf):
        page = pdf.pages[1]
        append(pdf, page, "".join(text_run(page, 20, 40 + 8 * line, 4.0 + 0.25 * line) for line in range(6)))

    path = derive(bundled[FLYER], tmp_path / "six-small.pdf", many_small_lines)
    result = CliRunner().invoke(cli, ["preflight", "--json", str(path)])
    assert result.exit_code == 1
    small = json.loads(result.output)["pdfs"][0]["checks"]["small text"]
    assert small["ok"] is False and "and 3 more" in small["detail"]  # the table's short form
    assert len(small["findings"]) == 6  # every one for machines
    assert [finding.split(" pt")[0] for finding in small["findings"]] == [
        f"page 2: {4.0 + 0.25 * line:.1f}" for line in range(6)]


# --------------------------------------------------------------------- glyphs of a CID (Type 0) font

def add_cid_font(pdf: pikepdf.Pdf, page: pikepdf.Page, text: str) -> None:
    """`text` in Be Vietnam Pro embedded as a Type 0 / CIDFontType2 font (Identity-H, CID = glyph id), as
    other layout tools export TrueType; a character the font lacks goes out as glyph 0 (.notdef)."""
    from pipeline.fonts import font_path

    program_bytes = font_path("Regular").read_bytes()
    best = TTFont(io.BytesIO(program_bytes)).getBestCmap()
    order = TTFont(io.BytesIO(program_bytes)).getGlyphOrder()
    gids = [order.index(best[ord(char)]) if ord(char) in best else 0 for char in text]
    program = pdf.make_stream(program_bytes)
    program.Length1 = len(program_bytes)
    cmap = " ".join(f"<{gid:04X}> <{ord(char):04X}>" for gid, char in zip(gids, text))
    to_unicode = pdf.make_stream(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
                                  "1 begincodespacerange <0000> <FFFF> endcodespacerange "
                                  f"{len(gids)} beginbfchar {cmap} endbfchar endcmap CMapName currentdict /CMap "
                                  "defineresource pop end end").encode())
    descriptor = pikepdf.Dictionary(Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name("/CIDCID+BeVietnamPro"),
                                    Flags=4, FontBBox=[-200, -300, 1200, 1000], ItalicAngle=0, Ascent=1000,
                                    Descent=-265, CapHeight=700, StemV=80, FontFile2=program)
    descendant = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2,
                                    BaseFont=pikepdf.Name("/CIDCID+BeVietnamPro"), CIDToGIDMap=pikepdf.Name.Identity,
                                    CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"),
                                                                     Ordering=pikepdf.String("Identity"), Supplement=0),
                                    FontDescriptor=pdf.make_indirect(descriptor), DW=600)
    font = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=pikepdf.Name("/CIDCID+BeVietnamPro"),
        Encoding=pikepdf.Name("/Identity-H"), DescendantFonts=[pdf.make_indirect(descendant)], ToUnicode=to_unicode))
    add_resource(page, "/Font", "/FC", font)
    x, y = at(page, 20, 70)
    codes = "".join(f"{gid:04X}" for gid in gids)
    append(pdf, page, f"0 0 0 1 k BT /FC 12 Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{codes}> Tj ET\n")


def test_a_cid_font_with_every_glyph_passes_and_one_lacking_a_glyph_fails(bundled, tmp_path):
    good = derive(bundled[FLYER], tmp_path / "cid.pdf", lambda pdf: add_cid_font(pdf, pdf.pages[1], "Bảo hiểm"))
    assert "CID TrueType" in tool("pdffonts", str(good))
    report = preflight(good)
    assert report.ok, failed(report)
    assert "BeVietnamPro" in next(check.detail for check in report.checks if check.name == "glyphs")
    lacking = derive(bundled[FLYER], tmp_path / "cid-notdef.pdf", lambda pdf: add_cid_font(pdf, pdf.pages[1], "Bảo 中"))
    problems = failed(preflight(lacking))
    assert set(problems) == {"glyphs"}, problems
    assert "page 2: BeVietnamPro has no glyph for '中' (code 0x0000)" in problems["glyphs"]


# ------------------------------------------------------------------------ glyphs of a CFF (Type1C) font

def cff_program(letters: str) -> bytes:
    """A bare CFF font program (as a subsetter embeds it, FontFile3 /Type1C) with a box glyph for each letter."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    order = [".notdef"] + list(letters)
    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap({ord(letter): letter for letter in letters})
    strings = {}
    for name in order:
        pen = T2CharStringPen(600, None)
        pen.moveTo((50, 0))
        pen.lineTo((550, 0))
        pen.lineTo((550, 700))
        pen.closePath()
        strings[name] = pen.getCharString()
    builder.setupCFF("SubsetBox", {"FullName": "SubsetBox"}, strings, {})
    builder.setupHorizontalMetrics({name: (600, 50) for name in order})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "SubsetBox", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    return builder.font["CFF "].compile(builder.font)


def add_cff_text(pdf: pikepdf.Pdf, page: pikepdf.Page, embedded: str, shown: str) -> None:
    """Text `shown` (WinAnsi) in a CFF subset that holds only the glyphs of `embedded`."""
    program = pdf.make_stream(cff_program(embedded))
    program.Subtype = pikepdf.Name("/Type1C")
    cmap = " ".join(f"<{ord(char):02X}> <{ord(char):04X}>" for char in sorted(set(shown)))
    to_unicode = pdf.make_stream(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
                                  "1 begincodespacerange <00> <FF> endcodespacerange "
                                  f"{len(set(shown))} beginbfchar {cmap} endbfchar endcmap CMapName currentdict /CMap "
                                  "defineresource pop end end").encode())
    descriptor = pikepdf.Dictionary(Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name("/CFFCFF+SubsetBox"),
                                    Flags=32, FontBBox=[0, 0, 600, 700], ItalicAngle=0, Ascent=800, Descent=-200,
                                    CapHeight=700, StemV=80, FontFile3=program)
    font = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name("/CFFCFF+SubsetBox"), FirstChar=32,
        LastChar=126, Widths=[600] * 95, Encoding=pikepdf.Name.WinAnsiEncoding,
        FontDescriptor=pdf.make_indirect(descriptor), ToUnicode=to_unicode))
    add_resource(page, "/Font", "/FB", font)
    append(pdf, page, text_run(page, 20, 70, 12, font="/FB", string=shown.encode("cp1252")))


def test_a_cff_subset_with_every_glyph_passes_and_one_lacking_a_glyph_fails(bundled, tmp_path):
    good = derive(bundled[FLYER], tmp_path / "cff.pdf", lambda pdf: add_cff_text(pdf, pdf.pages[1], "BHX", "BHXH"))
    assert any(line.split()[1:3] == ["Type", "1C"] for line in tool("pdffonts", str(good)).splitlines())
    report = preflight(good)
    assert report.ok, failed(report)
    assert "SubsetBox" in next(check.detail for check in report.checks if check.name == "glyphs")
    lacking = derive(bundled[FLYER], tmp_path / "cff-notdef.pdf",
                     lambda pdf: add_cff_text(pdf, pdf.pages[1], "BHX", "BHXH VN"))
    problems = failed(preflight(lacking))
    assert set(problems) == {"glyphs"}, problems
    assert "page 2: SubsetBox has no glyph for ' ' (code 0x20), 'V' (code 0x56), 'N' (code 0x4e)" in problems["glyphs"]
