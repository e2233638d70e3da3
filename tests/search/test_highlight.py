import re

from archive.extract.text import PreparedText
from archive.search.highlight import highlight
from archive.text import folded_pattern


def test_marks_accent_insensitive_matches_in_the_original_text():
    snippet = highlight("Chủ tịch nước Trương Tấn Sang hội đàm", {"truong", "tan", "sang"})
    assert snippet == "Chủ tịch nước <mark>Trương</mark> <mark>Tấn</mark> <mark>Sang</mark> hội đàm"


def test_document_html_is_escaped():
    snippet = highlight('Tiêu đề <script>alert("x")</script> Putin', {"putin"})
    assert "<script>" not in snippet
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in snippet
    assert "<mark>Putin</mark>" in snippet


def test_old_and_new_tone_placement_both_marked():
    assert (
        highlight("hòa bình và hoà nhập", {"hoa"})
        == "<mark>hòa</mark> bình và <mark>hoà</mark> nhập"
    )


def test_exact_spelling_preferred_when_the_query_had_diacritics():
    text = "con đường mới và Thái Bình Dương"
    assert "<mark>đường</mark>" in highlight(text, {"duong"}, exact_terms={"đường"})
    assert "<mark>Dương</mark>" not in highlight(text, {"duong"}, exact_terms={"đường"})


def test_window_around_the_phrase_with_ellipses():
    text = "lời mở đầu " * 40 + "Đối tác chiến lược toàn diện" + " phần sau" * 40
    snippet = highlight(text, {"doi", "tac", "chien", "luoc"}, width=120)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>Đối</mark> <mark>tác</mark> <mark>chiến</mark> <mark>lược</mark>" in snippet


def test_without_a_match_the_start_of_the_text():
    assert highlight("Một bài báo dài về hợp tác", {"xyz"}, width=11) == "Một bài báo…"


def test_prefixes():
    assert (
        highlight("Borodavkin đến Hà Nội", set(), prefixes=("borod",))
        == "<mark>Borodavkin</mark> đến Hà Nội"
    )


def test_matching_in_the_text_equals_matching_its_folded_view():
    # Snippets match the original text with a character class per letter instead of folding the
    # whole text first; every Latin letter and Vietnamese spelling must behave as if folded.
    letters = "".join(
        chr(cp) for cp in [*range(0x41, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    )
    prepared = PreparedText(letters)
    for ch, folded in zip(letters, prepared.folded, strict=True):
        assert re.fullmatch(folded_pattern(folded), ch), ch
    text = "Đặng Thị Ngọc Thịnh, HOÀ BÌNH, hòa bình, THUỶ, thủy, Nguyễn, Ðiện (Eth), Ƒ"
    for word in ["dang", "hoa", "binh", "thuy", "nguyen"]:
        expected = [
            m.span() for m in re.finditer(rf"(?<!\w){word}(?!\w)", PreparedText(text).folded)
        ]
        assert [
            m.span() for m in re.finditer(rf"(?<!\w){folded_pattern(word)}(?!\w)", text)
        ] == expected
        assert expected, word
