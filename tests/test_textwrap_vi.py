"""keep_together: no-break spaces where a Vietnamese line must not break, nothing else changed."""

import pytest

from pipeline.fonts import missing_characters
from pipeline.textwrap_vi import NBSP, break_apart, keep_together

N = NBSP

CASES = [
    # phone numbers
    ("Gọi 0912 345 678 ngay.", f"Gọi 0912{N}345{N}678 ngay."),
    ("hoặc 1900 9068.", f"hoặc 1900{N}9068."),
    ("Điện thoại (024) 3936 5678", f"Điện thoại (024){N}3936{N}5678"),
    ("tổng đài 0238 3844 567.", f"tổng đài 0238{N}3844{N}567."),
    ("+84 912 345 678", f"+84{N}912{N}345{N}678"),
    ("Gọi 0912 345 678 hoặc 1900 9068", f"Gọi 0912{N}345{N}678 hoặc 1900{N}9068"),
    # a dash between times or numbers
    ("(7h30 - 11h30)", f"(7h30{N}-{N}11h30)"),
    ("từ 08:00 – 17:00 hằng ngày", f"từ 08:00{N}–{N}17:00 hằng ngày"),
    ("0912 345 678 (7h30 - 11h30)", f"0912{N}345{N}678 (7h30{N}-{N}11h30)"),
    # a number and its unit
    ("đóng đủ 15 năm", f"đóng đủ 15{N}năm"),
    ("mức 2.000.000 đồng/tháng", f"mức 2.000.000{N}đồng/tháng"),
    ("mức 2.000.000 đồng.", f"mức 2.000.000{N}đồng."),
    ("từ đủ 75 tuổi,", f"từ đủ 75{N}tuổi,"),
    ("hỗ trợ 30 % mức đóng", f"hỗ trợ 30{N}% mức đóng"),
    ("có 100 gia đình", f"có 100{N}gia{N}đình"),
    # number prefixes
    ("Luật số 41/2024/QH15", f"Luật số{N}41/2024/QH15"),
    ("theo Điều 2 khoản 3", f"theo Điều{N}2 khoản{N}3"),
    # nothing to keep together
    ("Bảo hiểm xã hội tự nguyện là chính sách của Nhà nước.", None),
    ("Năm 2025 có nhiều thay đổi", None),
    ("1 - bước đầu", None),  # a dash not between two numbers
    ("số người tham gia", None),
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
