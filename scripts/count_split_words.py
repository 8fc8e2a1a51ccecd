"""Count the Vietnamese words (and numbers, amounts, codes) split across two lines in leaflets, infographics and captions.

    python scripts/count_split_words.py [CAMPAIGN...] [--code DIR] [--show] [--any]

For each campaign (default: the bundled one, the provinces campaign with each of its variants, and every
campaign under tests/fixtures) it lays every text out as the stages do and reads the lines back as a
reader sees them:
  - leaflets: an A5 flyer per text and the tri-fold, rendered to PDF; lines extracted with pypdfium2
    (the imprint too: licence, print run, printer, a variant's address);
  - infographics: the lines of every text block of every format (pipeline.infographics.layout);
  - captions: the caption lines (and cue breaks) of every sentence the clip narrates, as in the SRT.
A break is a split when this checkout's pipeline.textwrap_vi.keep_together joins the last syllables of
one line to the first of the next (a listed word, a number written in words or digits with its unit, a
code after "số", a phone number...) and the two lines meet like that in the text. With `--any`, only
listed words count, but in any reading of the run (a stricter count of those). Texts are rendered
whether approved or not.
`--code DIR` imports the pipeline from DIR (e.g. `git archive` of an older commit) to measure before a
change; the rules are always those of this checkout. Prints per campaign and output kind the groups
split, the line breaks, and the syllables cut between two letters (a breaker's last resort).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CAMPAIGNS = (ROOT / "assets" / "campaign", ROOT / "assets" / "campaign-provinces",
             *sorted(path.parent for path in (ROOT / "tests" / "fixtures").glob("*/campaign.yaml")))
FORMATS = ("square", "portrait", "story", "landscape", "link")
CAPTION_MAX_CHARS = 42
WINDOW = 3  # syllables each side of a break that are looked at (words have at most 4)


def load_words_module():
    """pipeline/textwrap_vi.py of this checkout, loaded on its own (whatever pipeline --code imports)."""
    spec = importlib.util.spec_from_file_location("textwrap_vi_now", ROOT / "pipeline" / "textwrap_vi.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def imprint_fields(campaign) -> list[str]:
    """The campaign's lines of the leaflets' imprint: licence, printer, print runs, address."""
    from pipeline.leaflets.printing import format_thousands

    leaflets = campaign.section("leaflets")
    imprint = leaflets.get("imprint")
    fields = list(imprint.values()) if isinstance(imprint, dict) else [imprint]
    quantity = leaflets.get("quantity")
    for copies in (quantity.values() if isinstance(quantity, dict) else [quantity]):
        if isinstance(copies, int):
            fields.append(f"Số lượng {format_thousands(copies)} bản")
    return [str(field) for field in [*fields, campaign.address] if field]


def source_fields(campaign, text) -> list[str]:
    """Every piece of text the outputs show, one string each, spaces normalised."""
    fields = [text.title, text.summary, campaign.name, campaign.organisation, *imprint_fields(campaign)]
    # a figure's value and its label are set apart (big number, caption under it): not one run of text
    fields += [part for figure in text.key_figures for part in (figure.value, figure.label)] + list(text.points)
    fields += [block.plain for block in text.blocks]
    return [" ".join(field.split()) for field in fields]


def any_spans(module):
    """A word_spans that finds every listed word in a run however the run is read (a stricter count)."""
    def spans(syllables: list[str]) -> list[tuple[int, int]]:
        return [(start, start + length) for start in range(len(syllables))
                for length in range(2, min(module.LONGEST_WORD, len(syllables) - start) + 1)
                if module.word_spans(syllables[start:start + length]) == [(0, length)]]
    return spans


def kept_spans(module):
    """A word_spans-like reading of a run that finds every group keep_together joins (words, numbers, codes)."""
    def spans(syllables: list[str]) -> list[tuple[int, int]]:
        kept = module.keep_together(" ".join(syllables))
        found, start = [], 0
        gaps = [kept[len(" ".join(syllables[:i + 1]))] == module.NBSP for i in range(len(syllables) - 1)]
        for index in range(1, len(syllables) + 1):
            if index == len(syllables) or not gaps[index - 1]:
                if index - start > 1:
                    found.append((start, index))
                start = index
        return found
    return spans


def split_words(lines: list[str], fields: list[str], word_spans) -> list[str]:
    """The words split between consecutive `lines` (see the module doc)."""
    found: list[str] = []
    for before, after in zip(lines, lines[1:]):
        tail, head = before.split()[-WINDOW:], after.split()[:WINDOW]
        if not tail or not head:
            continue
        window = tail + head
        for start, end in word_spans(window):
            if start < len(tail) < end:
                word = " ".join(window[start:end])
                if any(word in field for field in fields):
                    found.append(f"{' '.join(window[start:len(tail)])} | {' '.join(window[len(tail):end])}")
    return found


def cut_syllables(lines: list[str], tokens: set[str]) -> list[str]:
    """Syllables (or numbers, addresses) cut between consecutive `lines`: the two pieces are not words of
    the text, together they are."""
    found = []
    for before, after in zip(lines, lines[1:]):
        if before.split() and after.split():
            end, start = before.split()[-1], after.split()[0]
            if end + start in tokens and not (end in tokens and start in tokens):
                found.append(f"{end}|{start}")
    return found


def leaflet_flows(campaign, texts, out_dir: Path) -> list[list[str]]:
    """The lines of every page of every flyer and of the tri-fold, as extracted from the PDFs."""
    import pypdfium2

    from pipeline.leaflets import LeafletSettings, render_flyer, render_trifold

    settings = LeafletSettings.from_mapping(campaign.section("leaflets"))
    paths = []
    for text in texts:
        paths.append(out_dir / f"{text.id}.pdf")
        render_flyer(campaign, text, paths[-1], settings)
    chosen = [t for t in texts if t.id in settings.trifold_texts] or list(texts[:4])
    paths.append(out_dir / "trifold.pdf")
    render_trifold(campaign, chosen[:4], paths[-1], settings)
    flows = []
    for path in paths:
        pdf = pypdfium2.PdfDocument(path)
        for page in pdf:
            flows.append(page.get_textpage().get_text_range().replace("\r", "").split("\n"))
        pdf.close()
    return flows


def infographic_flows(campaign, texts, formats=FORMATS) -> list[list[str]]:
    """The lines of every text block of every infographic format; a text that fits no size of a format (the build
    would fail that job, naming it) is reported on stderr and left out of the count."""
    from pipeline.errors import RenderError
    from pipeline.infographics.layout import plan_infographic

    flows = []
    for text in texts:
        for name in formats:
            try:
                flows += [list(item.fitted.lines) for item in plan_infographic(campaign, text, name).texts()]
            except RenderError as exc:
                print(f"not counted: {exc}", file=sys.stderr)
    return flows


def caption_flows(campaign, texts) -> list[list[str]]:
    """The caption lines of every narrated sentence, in order (cue breaks count as line breaks)."""
    from pipeline.clips.captions import split_into_chunks
    from pipeline.clips.render import written_sentences

    return [[line for chunk in split_into_chunks(sentence, CAPTION_MAX_CHARS) for line in chunk]
            for text in texts for sentence in written_sentences(text, campaign)]


def campaigns_of(campaign_dir: Path) -> list:
    """The campaign of a folder, or each of its variants (each has its own imprint and contacts)."""
    from pipeline.campaign import load_campaign

    campaign = load_campaign(campaign_dir)
    variants = getattr(campaign, "variants", ())
    return [campaign.for_variant(variant) for variant in variants] or [campaign]


def count(campaign_dir: Path, word_spans=None, show: bool = False, formats=FORMATS) -> dict[str, tuple[int, int, int]]:
    """{output kind: (split groups, line breaks, cut syllables)} for one campaign, summed over its variants
    (infographics in `formats`); `word_spans` reads the groups of a run (default: keep_together's)."""
    word_spans = word_spans or kept_spans(load_words_module())
    result: dict[str, tuple[int, int, int]] = {}
    for campaign in campaigns_of(campaign_dir):
        label = f"{campaign_dir.name}/{campaign.variant}" if getattr(campaign, "variant", None) else campaign_dir.name
        for kind, figures in count_one(campaign, label, word_spans, show, formats).items():
            result[kind] = tuple(a + b for a, b in zip(result.get(kind, (0, 0, 0)), figures))
    return result


def count_one(campaign, label: str, word_spans, show: bool, formats) -> dict[str, tuple[int, int, int]]:
    """count() for one campaign (or variant) object."""
    texts = list(campaign.texts)
    fields = {text.id: source_fields(campaign, text) for text in texts}
    every_field = [field for values in fields.values() for field in values]
    with tempfile.TemporaryDirectory(prefix="split-words-") as tmp:
        kinds = {"leaflets": leaflet_flows(campaign, texts, Path(tmp)),
                 "infographics": infographic_flows(campaign, texts, formats),
                 "captions": caption_flows(campaign, texts)}
    tokens = {token for field in every_field for token in field.split()}
    result = {}
    for kind, flows in kinds.items():
        flows = [[line.replace("\u00a0", " ").strip() for line in flow if line.strip()] for flow in flows]
        splits = [word for flow in flows for word in split_words(flow, every_field, word_spans)]
        cuts = [piece for flow in flows for piece in cut_syllables(flow, tokens)]
        result[kind] = (len(splits), sum(max(len(flow) - 1, 0) for flow in flows), len(cuts))
        if show:
            for word in splits + cuts:
                print(f"    {label} {kind}: {word}")
    return result


def main() -> None:
    """Measure every campaign named (default: bundled + holdout) and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("campaigns", nargs="*", type=Path, default=list(CAMPAIGNS))
    parser.add_argument("--code", type=Path, help="import the pipeline from this folder instead")
    parser.add_argument("--show", action="store_true", help="list every split word")
    parser.add_argument("--any", action="store_true",
                        help="count a break inside any listed word, not only in the reading the breakers use")
    args = parser.parse_args()
    sys.path.insert(0, str((args.code or ROOT).resolve()))
    words = load_words_module()
    word_spans = any_spans(words) if args.any else kept_spans(words)
    code = args.code or ROOT
    print(f"code: {code}  (words split / line breaks, syllables cut)")
    for campaign_dir in args.campaigns:
        figures = count(campaign_dir, word_spans, args.show)
        row = "  ".join(f"{kind} {split:3d} / {breaks:4d}, {cut}" for kind, (split, breaks, cut) in figures.items())
        name = campaign_dir.resolve().relative_to(ROOT) if campaign_dir.resolve().is_relative_to(ROOT) else campaign_dir
        print(f"{str(name):26s} {row}  total split {sum(f[0] for f in figures.values())}")


if __name__ == "__main__":
    main()
