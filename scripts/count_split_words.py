"""Count the Vietnamese words split across two lines in leaflets, infographics and captions.

    python scripts/count_split_words.py [CAMPAIGN...] [--code DIR] [--show]

For each campaign (default: the bundled one and the holdout in tests/fixtures/holdout) it lays every
text out as the stages do and reads the lines back as a reader sees them:
  - leaflets: an A5 flyer per text and the tri-fold, rendered to PDF; lines extracted with pypdfium2;
  - infographics: the lines of every text block of every format (pipeline.infographics.layout);
  - captions: the caption lines (and cue breaks) of every sentence the clip narrates, as in the SRT.
A break is a split word when the last syllables of one line and the first of the next form a word of
assets/words_vi.txt / words_vi_extra.txt that runs across the break (pipeline.textwrap_vi.word_spans)
and the two lines meet like that in the text. Texts are rendered whether approved or not.
`--code DIR` imports the pipeline from DIR (e.g. `git archive` of an older commit) to measure before a
change; the words are always those of this checkout. Prints per campaign and output kind the words
split, the line breaks, and the syllables cut between two letters (a breaker's last resort).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CAMPAIGNS = (ROOT / "assets" / "campaign", ROOT / "tests" / "fixtures" / "holdout")
FORMATS = ("square", "portrait", "story", "landscape")
CAPTION_MAX_CHARS = 42
WINDOW = 3  # syllables each side of a break that are looked at (words have at most 4)


def load_words_module():
    """pipeline/textwrap_vi.py of this checkout, loaded on its own (whatever pipeline --code imports)."""
    spec = importlib.util.spec_from_file_location("textwrap_vi_now", ROOT / "pipeline" / "textwrap_vi.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source_fields(campaign, text) -> list[str]:
    """Every piece of text the outputs show, one string each, spaces normalised."""
    fields = [text.title, text.summary, campaign.name, campaign.organisation]
    fields += [f"{figure.value} {figure.label}" for figure in text.key_figures] + list(text.points)
    fields += [block.plain for block in text.blocks]
    return [" ".join(field.split()) for field in fields]


def any_spans(module):
    """A word_spans that finds every listed word in a run however the run is read (a stricter count)."""
    def spans(syllables: list[str]) -> list[tuple[int, int]]:
        return [(start, start + length) for start in range(len(syllables))
                for length in range(2, min(module.LONGEST_WORD, len(syllables) - start) + 1)
                if module.word_spans(syllables[start:start + length]) == [(0, length)]]
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
    """The lines of every text block of every infographic format."""
    from pipeline.infographics.layout import plan_infographic

    return [list(item.fitted.lines) for text in texts for name in formats
            for item in plan_infographic(campaign, text, name).texts()]


def caption_flows(campaign, texts) -> list[list[str]]:
    """The caption lines of every narrated sentence, in order (cue breaks count as line breaks)."""
    from pipeline.clips.captions import split_into_chunks
    from pipeline.clips.render import written_sentences

    return [[line for chunk in split_into_chunks(sentence, CAPTION_MAX_CHARS) for line in chunk]
            for text in texts for sentence in written_sentences(text, campaign)]


def count(campaign_dir: Path, word_spans, show: bool = False, formats=FORMATS) -> dict[str, tuple[int, int, int]]:
    """{output kind: (split words, line breaks, cut syllables)} for one campaign (infographics in `formats`)."""
    from pipeline.campaign import load_campaign

    campaign = load_campaign(campaign_dir)
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
                print(f"    {campaign_dir.name} {kind}: {word}")
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
    word_spans = any_spans(words) if args.any else words.word_spans
    code = args.code or ROOT
    print(f"code: {code}  (words split / line breaks, syllables cut)")
    for campaign_dir in args.campaigns:
        figures = count(campaign_dir, word_spans, args.show)
        row = "  ".join(f"{kind} {split:3d} / {breaks:4d}, {cut}" for kind, (split, breaks, cut) in figures.items())
        print(f"{campaign_dir.name:12s} {row}  total split {sum(f[0] for f in figures.values())}")


if __name__ == "__main__":
    main()
