import re
import unicodedata

import pytest

from archive.text import (
    canonical,
    fold,
    fold_span,
    folded_pattern,
    glued_word_starts,
    has_diacritics,
    lower_span,
    names_pattern,
    nfc,
    nfd,
    normalize_tones,
    repair_for_search,
    search_text,
    spelling_key,
    split_glued_words,
    strip_marks,
)


def test_nfc_composes_and_nfd_decomposes():
    assert nfd("ộ") == "o\u0323\u0302"
    assert nfc("o\u0323\u0302") == "ộ"
    assert len(nfc(nfd("Nguyễn Phú Trọng"))) == len("Nguyễn Phú Trọng")


@pytest.mark.parametrize(
    ("old_style", "new_style"),
    [
        pytest.param("Hoà bình", "Hòa bình", id="oa"),
        pytest.param("khoẻ mạnh", "khỏe mạnh", id="oe"),
        pytest.param("Thuỷ điện", "Thủy điện", id="uy"),
        pytest.param("HOÀ BÌNH", "HÒA BÌNH", id="capitals"),
    ],
)
def test_both_tone_placements_compare_equal(old_style, new_style):
    assert old_style != new_style
    assert canonical(old_style) == canonical(new_style) == new_style.lower()
    assert spelling_key(old_style) == spelling_key(new_style)


def test_tone_placement_keeps_qu_and_final_consonants():
    assert normalize_tones("quý hoàn") == "quý hoàn"


def test_spelling_key_joins_hyphens_and_spaces():
    assert spelling_key("Mát - xcơ - va") == "mát-xcơ-va"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        pytest.param("Đà Nẵng", "da nang", id="d-stroke-capital"),
        pytest.param("đường", "duong", id="d-stroke"),
        pytest.param("Nguyễn Xuân Phúc", "nguyen xuan phuc", id="tones-and-vowel-marks"),
        pytest.param("Ủy ban", "uy ban", id="capital-with-mark"),
    ],
)
def test_fold_drops_marks_and_maps_d_stroke(text, folded):
    assert fold(text) == folded


def test_strip_marks_keeps_case_and_d_stroke():
    assert strip_marks("Đồng Hới") == "Đong Hoi"
    assert strip_marks("x² Ệ") == "x² E"
    assert strip_marks("x² Ệ", form="NFKD") == "x2 E"


def test_has_diacritics_ignores_case():
    assert has_diacritics("Hòa")
    assert has_diacritics("đi")
    assert not has_diacritics("HOA Binh")


def test_span_views_keep_length_and_offsets():
    text = "Chủ tịch nước ĐÀO Thị Hoà, Москва"
    folded, lower = fold_span(text), lower_span(text)
    assert folded == "chu tich nuoc dao thi hoa, Москва"  # only Latin letters change
    assert lower == "chủ tịch nước đào thị hoà, Москва"
    assert len(folded) == len(lower) == len(text)
    start = folded.index("dao thi hoa")
    assert text[start : start + len("dao thi hoa")] == "ĐÀO Thị Hoà"


def test_span_views_keep_offsets_where_fold_would_not():
    stray = "a\u0301b"  # a combining mark that NFC cannot attach to a letter before it
    assert len(fold_span(nfd("ấ") + "b")) == 4
    assert fold(stray) == "ab"
    assert fold_span(stray) == stray


def test_folded_pattern_matches_every_spelling_of_the_folded_word():
    pattern = re.compile(folded_pattern("hoa"))
    assert [m.group() for m in pattern.finditer("hòa Hoà HOA hoa hoe")] == [
        "hòa",
        "Hoà",
        "HOA",
        "hoa",
    ]


def test_names_pattern_takes_the_longest_name_with_any_spacing():
    pattern = names_pattern(["Hà Nội", "Hà Nội mới", "Mát-xcơ-va"])
    text = "từ Hà  Nội mới đến Mát - xcơ - va"
    assert [m.group() for m in pattern.finditer(text)] == ["Hà  Nội mới", "Mát - xcơ - va"]
    assert names_pattern([]) is None


def test_names_pattern_backs_off_to_a_shorter_name_when_the_longer_does_not_fit():
    """The names share their beginnings (a trie): a longer name that starts to match but fails,
    mid-word or at its end, leaves the shorter one it extends; every name still matches alone."""
    names = ["Lê Minh", "Lê Minh Hưng", "Lê Minh Khái", "Lê", "Ban Ki-moon", "Ban Ki moon"]
    pattern = names_pattern(names)
    text = "Lê Minh Hưngx, Lê Minh Khái và Lê Minh, Lê; Ban Ki - moon, Ban Ki  moon, Lêx"
    found = [m.group() for m in pattern.finditer(text)]
    assert found == ["Lê Minh", "Lê Minh Khái", "Lê Minh", "Lê", "Ban Ki - moon", "Ban Ki  moon"]
    assert all(pattern.fullmatch(name) for name in names)


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        pytest.param("tại Hà Nội.Chiều cùng ngày", "tại Hà Nội. Chiều cùng ngày", id="full-stop"),
        pytest.param("ông V.Putin", "ông V. Putin", id="initial"),
        pytest.param("hội đàm .Hai bên", "hội đàm. Hai bên", id="space-before-stop"),
        pytest.param("năm 2.5 triệu", "năm 2.5 triệu", id="decimal-untouched"),
    ],
)
def test_repair_adds_the_missing_space_after_a_full_stop(text, repaired):
    assert repair_for_search(text) == repaired


def test_glued_words_are_found_and_split():
    assert glued_word_starts("chuyến thămNguyễn") == [11]
    assert split_glued_words("Liên bang NgaChủ tịch") == "Liên bang Nga Chủ tịch"
    assert split_glued_words("phươngVLADIVOSTOK") == "phương VLADIVOSTOK"


def test_search_text_is_nfc_one_tone_placement_and_repaired_spacing():
    decomposed = unicodedata.normalize("NFD", "Thuỷ điện Hoà Bình.Hai bên")
    assert search_text(decomposed) == "Thủy điện Hòa Bình. Hai bên"
    assert unicodedata.is_normalized("NFC", search_text(decomposed))
