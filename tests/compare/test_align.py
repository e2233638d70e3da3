"""Paragraph alignment on texts written for the test: other leaders, dates and places."""

import pytest

from archive.compare import align, paragraphs

ORIGINAL = [
    "Thủ tướng Phạm Minh Chính chiều 12/9/2023 đón Thủ tướng Lào Sonexay Siphandone tại Hà Nội.",
    "Hai bên ký 12 văn kiện hợp tác về giáo dục, năng lượng và giao thông.",
    "Thủ tướng Lào mời Thủ tướng Phạm Minh Chính thăm Viêng Chăn năm 2024.",
]
# the same story told by a machine translation that garbles names but keeps dates and numbers
TRANSLATED = [
    "Thủ tướng Fan Mingzheng chiều 12/9/2023 tiếp Thủ tướng Lào Song Sai tại Hà Nội.",
    "Một đoạn văn về thời tiết của mùa thu ở miền Bắc không có gì chung.",
    "Hai bên đã ký 12 văn kiện hợp tác về giáo dục, năng lượng, giao thông.",
    "Thủ tướng Lào mời Fan Mingzheng thăm Viêng Chăn vào năm 2024.",
]


def test_a_translation_meets_its_original_paragraph_by_paragraph():
    assert align(ORIGINAL, TRANSLATED) == [(0, 0), (None, 1), (1, 2), (2, 3)]


def test_order_is_kept_and_nothing_is_lost():
    rows = align(ORIGINAL[::-1], ORIGINAL)
    assert [i for i, _ in rows if i is not None] == [0, 1, 2]
    assert sorted(j for _, j in rows if j is not None) == [0, 1, 2]
    pairs = [(i, j) for i, j in rows if i is not None and j is not None]
    assert pairs == sorted(pairs) and [j for _, j in pairs] == sorted(j for _, j in pairs)
    assert (1, 1) in pairs  # the one paragraph that keeps its place meets itself


@pytest.mark.parametrize(
    "left, right, expected",
    [
        pytest.param([], ["Một đoạn."], [(None, 0)], id="one-side-empty"),
        pytest.param(["Ngày 3/2/2020 tại Huế."], ["Trời mưa to."], [(0, None), (None, 0)],
                     id="nothing-shared"),
    ],
)  # fmt: skip
def test_unmatched_paragraphs_get_an_empty_cell(left, right, expected):
    assert align(left, right) == expected


def test_a_report_on_one_line_is_cut_at_sentence_ends():
    sentence = (
        "Tổng thống Indonesia Joko Widodo thăm Jakarta ngày 5/6/2018 và gặp các doanh nghiệp. "
    )
    found = paragraphs("Tiêu đề\n" + sentence * 12)
    assert found[0] == "Tiêu đề"
    assert len(found) > 2
    assert all(p.endswith(".") and len(p) < 600 for p in found[1:])
