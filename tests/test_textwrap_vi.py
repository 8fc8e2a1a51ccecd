"""keep_together: no-break spaces where a Vietnamese line must not break, nothing else changed."""

import pytest

from pipeline.fonts import missing_characters
from pipeline.textwrap_vi import NBSP, break_apart, keep_together

N = NBSP

CASES = [
    # phone numbers
    ("Gọi 0912 345 678 ngay.", f"Gọi 0912{N}345{N}678 ngay."),
    ("hoặc 1900 9068.", f"hoặc 1900{N}9068."),
    ("Điện thoại (024) 3936 5678", f"Điện{N}thoại (024){N}3936{N}5678"),
    ("tổng đài 0238 3844 567.", f"tổng{N}đài 0238{N}3844{N}567."),
    ("+84 912 345 678", f"+84{N}912{N}345{N}678"),
    ("Gọi 0912 345 678 hoặc 1900 9068", f"Gọi 0912{N}345{N}678 hoặc 1900{N}9068"),
    # a dash between times or numbers
    ("(7h30 - 11h30)", f"(7h30{N}-{N}11h30)"),
    ("từ 08:00 – 17:00 hằng ngày", f"từ 08:00{N}–{N}17:00 hằng{N}ngày"),
    ("0912 345 678 (7h30 - 11h30)", f"0912{N}345{N}678 (7h30{N}-{N}11h30)"),
    # a number and its unit
    ("đóng đủ 15 năm", f"đóng đủ 15{N}năm"),
    ("mức 2.000.000 đồng/tháng", f"mức 2.000.000{N}đồng/tháng"),
    ("mức 2.000.000 đồng.", f"mức 2.000.000{N}đồng."),
    ("từ đủ 75 tuổi,", f"từ đủ 75{N}tuổi,"),
    ("hỗ trợ 30 % mức đóng", f"hỗ{N}trợ 30{N}% mức{N}đóng"),
    ("có 100 gia đình", f"có 100{N}gia{N}đình"),
    # number prefixes
    ("Luật số 41/2024/QH15", f"Luật số{N}41/2024/QH15"),
    ("từ ngày 1/7/2025, tháng 7 năm 2025", f"từ ngày{N}1/7/2025, tháng{N}7{N}năm{N}2025"),
    ("Giấy phép số 123/GP-STTT", f"Giấy{N}phép số{N}123/GP-STTT"),
    # numbers written in words, and their unit: kept by rule, not by the word list
    ("mười hai", f"mười{N}hai"),
    ("đủ hai mươi lăm năm", f"đủ hai{N}mươi{N}lăm{N}năm"),
    ("một trăm người", f"một{N}trăm{N}người"),
    ("ba nghìn tờ rơi", f"ba{N}nghìn{N}tờ{N}rơi"),
    ("đóng mười lăm năm, rồi", f"đóng mười{N}lăm{N}năm, rồi"),
    ("Mười hai tháng", f"Mười{N}hai{N}tháng"),
    ("bảy mươi lăm tuổi trở lên", f"bảy{N}mươi{N}lăm{N}tuổi trở lên"),
    ("mức 2 triệu đồng mỗi tháng", f"mức 2{N}triệu{N}đồng mỗi tháng"),
    ("hai năm một lần", f"hai{N}năm một{N}lần"),
    ("một trăm linh năm", f"một{N}trăm{N}linh{N}năm"),
    ("mười, hai", None),  # punctuation ends a number
    ("ba mẹ", None),  # a digit word alone, not before a unit, is not a number kept with the next word
    # common words the word list lacked (assets/words_vi_extra.txt)
    ("là chỗ dựa khi về già", f"là chỗ{N}dựa khi về già"),
    ("theo Điều 2 khoản 3", f"theo Điều{N}2 khoản{N}3"),
    # the syllables of a word (words of assets/words_vi*.txt)
    ("Bảo hiểm xã hội tự nguyện là chính sách của Nhà nước.",
     f"Bảo{N}hiểm xã{N}hội tự{N}nguyện là chính{N}sách của Nhà{N}nước."),
    ("Năm 2025 có nhiều thay đổi", f"Năm{N}2025 có nhiều thay{N}đổi"),
    ("1 - bước đầu", f"1 - bước{N}đầu"),  # a dash not between two numbers
    ("số người tham gia", f"số người tham{N}gia"),
    ("người lao động được hưởng lương hưu", f"người{N}lao{N}động được hưởng lương{N}hưu"),
    ("bắt buộc, kinh doanh, hướng dẫn", f"bắt{N}buộc, kinh{N}doanh, hướng{N}dẫn"),
    ("BẢO HIỂM XÃ HỘI", f"BẢO{N}HIỂM XÃ{N}HỘI"),
    ("(bảo hiểm) “xã hội”", f"(bảo{N}hiểm) “xã{N}hội”"),
    ("hòa bình, hoà bình, sức khoẻ, sức khỏe", f"hòa{N}bình, hoà{N}bình, sức{N}khoẻ, sức{N}khỏe"),
    # a word never runs across punctuation, a line break or two spaces
    ("xã, hội", None),
    ("bảo. Hiểm", None),
    ("bảo\nhiểm", None),
    ("bảo  hiểm", None),
    # nothing to keep together
    ("Gọi ngay", None),
    ("", None),
    ("0912345678", None),
    ("Dòng một\nDòng hai", None),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_keep_together(text, expected):
    result = keep_together(text)
    assert result == (text if expected is None else expected)
    # Only ordinary spaces ever become no-break spaces.
    assert len(result) == len(text)
    assert all(a == b or (a == " " and b == NBSP) for a, b in zip(text, result))
    assert break_apart(result) == text.replace(NBSP, " ")
    # The words are the same for anything that splits at white space.
    assert result.split() == text.split()


@pytest.mark.parametrize("text, expected", CASES)
def test_idempotent(text, expected):
    once = keep_together(text)
    assert keep_together(once) == once


def test_a_line_break_is_kept():
    assert keep_together("Gọi 0912 345 678\n7h30 - 11h30") == f"Gọi 0912{N}345{N}678\n7h30{N}-{N}11h30"


def test_the_font_draws_a_no_break_space():
    for weight in ("Regular", "Bold"):
        assert missing_characters(NBSP, weight) == []


# ------------------------------------------------------------------ where lines are broken

def test_wrap_lines_keeps_groups_and_gives_back_ordinary_spaces():
    from pipeline.imaging.text import load_font, text_length, wrap_lines

    font = load_font("Regular", 40)
    text = "Gọi 0912 345 678 (7h30 - 11h30) hoặc 1900 9068 để được tư vấn miễn phí."
    widest = max(text_length(font, g) for g in ("0912 345 678", "(7h30 - 11h30)", "1900 9068"))
    for width in range(int(widest) + 1, 900, 20):
        lines = wrap_lines(text, font, width, "no-orphans")
        assert " ".join(lines) == text  # same characters, no U+00A0 added
        joined = "\n".join(lines)
        for group in ("0912 345 678", "(7h30 - 11h30)", "1900 9068"):
            assert group in joined, (width, lines)
    # A group wider than the whole line still breaks (as before) rather than overflowing.
    narrow = text_length(font, "2.000.000") + 5
    assert wrap_lines("2.000.000 đồng", font, narrow) == ["2.000.000", "đồng"]


def test_caption_cues_never_break_a_phone_number_or_a_time_range():
    from pipeline.clips.captions import split_into_chunks, wrap_caption

    sentence = "Mọi thắc mắc, xin gọi 0912 345 678 hoặc 1900 9068 (7h30 - 11h30) hằng ngày, kể cả thứ bảy."
    for max_chars in (20, 24, 30, 36, 42):
        chunks = split_into_chunks(sentence, max_chars)
        lines = [line for chunk in chunks for line in chunk]
        assert all(NBSP not in line for line in lines)
        assert " ".join(lines) == sentence
        for group in ("0912 345 678", "1900 9068", "(7h30 - 11h30)"):
            assert any(group in line for line in lines), (max_chars, chunks)
    assert wrap_caption("Gọi 0912 345 678 hoặc 1900 9068", 26) == ("Gọi 0912 345 678", "hoặc 1900 9068")


def test_a_cue_is_not_split_inside_a_two_syllable_word():
    from pipeline.clips.captions import split_into_chunks

    sentence = ("Thời gian gần đây xuất hiện nhiều đối tượng giả danh cán bộ cơ quan bảo hiểm xã hội "
                "gọi điện yêu cầu người dân chuyển tiền.")
    for max_chars in (30, 36, 42):
        chunks = split_into_chunks(sentence, max_chars)
        texts = [" ".join(chunk) for chunk in chunks]
        for before, after in zip(texts, texts[1:]):
            pair = f"{before.split()[-1]} {after.split()[0]}"
            assert pair not in ("đối tượng", "giả danh", "cán bộ", "bảo hiểm", "xã hội", "người dân",
                                "chuyển tiền", "yêu cầu", "gọi điện"), (max_chars, texts)


def test_the_bulletin_hotline_sentence_is_captioned_in_written_form():
    from conftest import make_campaign, make_text
    from pipeline.audio.bulletin import message_paragraphs
    from pipeline.clips.captions import written_captions
    from pipeline.clips.render import speak, written_sentences
    from pipeline.speech import split_sentences

    text = make_text(body="Luật có hiệu lực từ ngày 1/7/2025.\n\n- Đóng đủ 15 năm.\n")
    campaign = make_campaign((text,), hotline="0238 3844 567")
    spoken = [s for paragraph in message_paragraphs(campaign, text, None) for s in paragraph.sentences]
    assert "0238" not in spoken[-1]  # the bulletin added it, in spoken words
    shown = written_captions(spoken, written_sentences(text, campaign), speak, split_sentences)
    assert shown[-1] == "Mọi thắc mắc, xin liên hệ tổng đài 0238 3844 567."
    assert shown[1] == "Luật có hiệu lực từ ngày 1/7/2025."


def test_leaflet_markup_uses_no_break_spaces_and_keeps_run_boundaries():
    from pipeline.content import Run
    from pipeline.leaflets.typeset import plain_markup, runs_markup

    assert plain_markup("Gọi 0912 345 678 (7h30 - 11h30)") == f"Gọi 0912{N}345{N}678 (7h30{N}-{N}11h30)"
    markup = runs_markup([Run("đủ ", False), Run("15", True), Run(" năm & hơn", False)])
    assert markup.endswith(f"15</font>{N}năm &amp; hơn")


# ------------------------------------------------------------------ words kept whole (item 5 of issue 10)

WORDY = ("Người lao động tham gia bảo hiểm xã hội bắt buộc được hướng dẫn kinh doanh và hưởng lương hưu "
         "hằng tháng khi đủ điều kiện theo quy định của Luật Bảo hiểm xã hội.")


def split_words_between(lines):
    """The listed words that run across a break between two consecutive lines."""
    from pipeline.textwrap_vi import word_spans

    found = []
    for before, after in zip(lines, lines[1:]):
        tail, head = before.split()[-3:], after.split()[:3]
        for start, end in word_spans(tail + head):
            if start < len(tail) < end:
                found.append(" ".join((tail + head)[start:end]))
    return found


def test_the_word_list_is_bundled_with_its_source_and_licence():
    from pipeline.textwrap_vi import EXTRA_WORDS_PATH, WORD_LIST_PATH, vietnamese_words

    licence = WORD_LIST_PATH.with_name("words_vi.LICENSE").read_text(encoding="utf-8")
    assert "pyvi" in licence and "MIT License" in licence
    assert "pyvi 0.1.1" in WORD_LIST_PATH.read_text(encoding="utf-8").splitlines()[1]
    words = vietnamese_words()
    assert len(words) > 20000
    assert all(2 <= len(word.split(" ")) <= 4 for word in words)
    for word in ("lương hưu", "xã hội", "lao động", "bắt buộc", "kinh doanh", "hướng dẫn", "bảo hiểm",
                 "người lao động", "sức khỏe", "sức khoẻ", "ủy ban", "uỷ ban"):
        assert word in words, word
    assert "bảo hiểm xã hội" not in words  # a row of two words: a line may break between them
    assert EXTRA_WORDS_PATH.is_file()


def test_word_spans_cover_the_most_syllables():
    from pipeline.textwrap_vi import word_spans

    assert word_spans("nhiều người lao động tham gia".split()) == [(1, 4), (4, 6)]
    assert word_spans("bảo hiểm xã hội".split()) == [(0, 2), (2, 4)]
    assert word_spans("xã, hội".split()) == []
    assert word_spans([]) == []
    # Between two readings that cover as much, the word further right: a one-syllable head comes first.
    assert word_spans("người làm việc".split()) == [(1, 3)]
    assert word_spans("thì có thể".split()) == [(1, 3)]
    assert word_spans("sáu tháng một lần".split()) == [(2, 4)]
    # A rare word taken out by words_vi_extra.txt ("-qua ngày") reads no more across "thông qua ngày".
    assert word_spans("thông qua ngày 29/6/2024".split()) == [(0, 2)]


def test_words_apart_leaves_words_breakable_but_keeps_numbers():
    from pipeline.textwrap_vi import apart_or_raise, words_apart, words_whole

    assert keep_together("lương hưu 15 năm") == f"lương{N}hưu 15{N}năm"
    with words_apart():
        assert not words_whole()
        assert keep_together("lương hưu 15 năm") == f"lương hưu 15{N}năm"
        with pytest.raises(KeyError):
            apart_or_raise(lambda: "never", KeyError("nothing left"))
    assert words_whole()
    assert apart_or_raise(lambda: keep_together("lương hưu"), KeyError()) == "lương hưu"


def test_wrap_lines_never_splits_a_word_when_it_can_break_elsewhere():
    from pipeline.imaging.text import load_font, text_length, wrap_lines

    font = load_font("Regular", 40)
    widest = max(text_length(font, w) for w in ("Người lao động", "bảo hiểm", "hướng dẫn", "lương hưu"))
    for width in range(int(widest) + 1, 1400, 37):
        for wrap in ("greedy", "balanced", "no-orphans"):
            lines = wrap_lines(WORDY, font, width, wrap)
            assert " ".join(lines) == WORDY
            assert split_words_between(lines) == [], (width, wrap, lines)
    # Narrower than "Người lao động": that word breaks, at its spaces, never inside a syllable.
    narrow = text_length(font, "Người lao") + 2
    lines = wrap_lines("Người lao động", font, narrow)
    assert lines == ["Người lao", "động"]


def test_fit_text_splits_words_only_when_nothing_else_fits():
    from pipeline.imaging.text import fit_text, layout_text, load_font, text_length
    from pipeline.textwrap_vi import words_apart

    text = "người lao động"
    font = load_font("Bold", 60)
    # Two lines of room, a box as wide as "người lao": whole, the word needs a line of its own at 60 px.
    width = text_length(font, "người lao") + 2
    assert layout_text(text, "Bold", 60, width).line_count == 2
    fitted = fit_text(text, "Bold", width, None, 60, 60, max_lines=1)
    assert fitted is None  # one line: not even split
    whole = fit_text(text, "Bold", width, None, 60, 30, max_lines=1)
    assert whole.words_whole and whole.lines == (text,)  # a smaller size keeps it whole
    split = fit_text(text, "Bold", width, None, 60, 60, max_lines=2)
    assert split.words_whole and split.lines == ("người lao", "động")  # wider than the line: splits anyway
    # A width at which whole words take one line more than split ones: fitted split, never failing.
    with words_apart():
        apart_lines = {w: layout_text(WORDY, "Bold", 60, w).line_count for w in range(300, 1200, 7)}
    width = next(w for w, count in apart_lines.items() if layout_text(WORDY, "Bold", 60, w).line_count > count)
    apart = fit_text(WORDY, "Bold", width, None, 60, 60, max_lines=apart_lines[width])
    assert apart is not None and not apart.words_whole and " ".join(apart.lines) == WORDY
    assert fit_text(WORDY, "Bold", width, None, 60, 60, max_lines=apart_lines[width], split_words=False) is None


def test_captions_keep_words_whole_and_split_a_word_longer_than_a_line_at_its_spaces():
    from pipeline.clips.captions import split_into_chunks, wrap_caption

    for max_chars in (16, 20, 24, 30, 36, 42):
        lines = [line for chunk in split_into_chunks(WORDY, max_chars) for line in chunk]
        assert " ".join(lines) == WORDY
        assert split_words_between(lines) == [], (max_chars, lines)
    assert wrap_caption("người lao động", 10) == ("người", "lao động")  # too long: split at its spaces


def test_leaflet_paragraph_breaks_a_too_wide_word_at_its_spaces_and_keeps_it_whole_when_it_fits():
    from reportlab.lib.colors import CMYKColor
    from reportlab.platypus import Paragraph

    from pipeline.leaflets.typeset import Stacked, plain_markup, string_width, style

    title = style("title", "Bold", 24, CMYKColor(0, 0, 0, 1))
    item = Stacked(Paragraph(plain_markup("Người lao động được hưởng lương hưu"), title))

    def lines(width):
        item.flowable.wrap(width, 1e6)
        return [" ".join(w.replace(NBSP, " ") for w in line[1]) for line in item.flowable.blPara.lines]

    narrow = string_width("Người lao", "Bold", 24) + 2
    assert lines(narrow) == ["Người lao", "động", "được", "hưởng", "lương hưu"]
    wide = string_width("Người lao động", "Bold", 24) + 2
    assert lines(wide) == ["Người lao động", "được hưởng", "lương hưu"]  # whole again


def test_a_leaflet_stack_splits_words_rather_than_overflowing():
    from reportlab.lib.colors import CMYKColor
    from reportlab.platypus import Paragraph

    from pipeline.leaflets.typeset import Overflow, Stacked, fit_stack, plain_markup, stack_height, style
    from pipeline.textwrap_vi import words_apart

    def build(size):
        return [Stacked(Paragraph(plain_markup(WORDY), style("body", "Regular", size, CMYKColor(0, 0, 0, 1))))]

    # A width at which keeping the words whole costs a line at 10 pt.
    for width in range(120, 400, 3):
        with words_apart():
            apart = stack_height(build(10), width)
        if stack_height(build(10), width) > apart:
            break
    else:
        raise AssertionError("no width where whole words take more lines")
    fitted = fit_stack(build, width, apart, 10, 10, "body", "the test")
    assert fitted.height == apart
    assert NBSP not in "".join(item.flowable.text for item in fitted.items if "lương" in item.flowable.text)
    with pytest.raises(Overflow):
        fit_stack(build, width, apart - 5, 10, 10, "body", "the test")


@pytest.mark.parametrize("campaign_dir", ["assets/campaign", "tests/fixtures/imprint"])
def test_no_word_number_or_code_is_split_in_leaflets_infographics_or_captions(campaign_dir):
    """What scripts/count_split_words.py measures, on the PDFs (text extracted), infographic lines and
    caption lines: every group keep_together joins (listed words, numbers in words or digits with their
    unit, codes after "số"). Before words were kept whole, the bundled campaign had 19 words split in the
    leaflets, 33 in the infographics and 4 in the captions; before numbers in words and the imprint were
    kept whole, tests/fixtures/imprint (a long licence line, numbers in words) had 6 groups split and 5
    syllables cut in the leaflets, 9 split in the infographics and 3 in the captions."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("count_split_words", root / "scripts" / "count_split_words.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    # Every built-in image format. Before a group wider than its line made the text smaller instead of
    # breaking at its spaces, landscape's 636 px title column split "bảy mươi | lăm tuổi" (tests/fixtures/imprint).
    figures = script.count(root / campaign_dir, formats=("portrait", "square", "story", "landscape", "link"))
    assert all(breaks > 10 for _, breaks, _ in figures.values()), figures  # real text was laid out
    assert {kind: (split, cut) for kind, (split, _, cut) in figures.items()} == {
        "leaflets": (0, 0), "infographics": (0, 0), "captions": (0, 0)}
