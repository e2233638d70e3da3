"""Facts and differences on texts written for the test (not the bundled reports)."""

import pytest

from archive.compare import differences, find_facts, paragraphs, segments

REPORT_A = (
    "Thủ tướng Nguyễn Xuân Phúc sáng 14/5/2019 hội đàm với Thủ tướng Nga Dmitry Medvedev tại "
    "Moskva. Hai bên ký Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu và nhất "
    "trí nâng kim ngạch lên 10 tỷ USD."
)
REPORT_B = (  # a machine translation from Chinese: `Ruan Chunfu` is Nguyễn Xuân Phúc
    "Thủ tướng Ruan Chunfu ngày 15 tháng 5 năm 2019 đã hội đàm với Thủ tướng Nga Medvedev tại "
    "Moskva, hai bên nhất trí nâng kim ngạch thương mại."
)


def facts_of(text, directory, year=None):
    return find_facts(paragraphs(text)[0], directory, year)


def test_every_kind_of_fact_with_its_span_and_value(reference_directory):
    text = paragraphs(REPORT_A)[0]
    found = {
        (f.kind, text[f.start : f.end], f.value) for f in facts_of(REPORT_A, reference_directory)
    }
    assert ("leader", "Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc") in found
    assert ("leader", "Dmitry Medvedev", "Dmitry Medvedev") in found
    assert ("date", "sáng 14/5/2019", "2019-05-14") in found
    assert ("place", "Moskva", "Moscow") in found
    assert ("figure", "10 tỷ USD", "10 ty usd") in found
    assert any(kind == "agreement" and "Thương mại tự do" in surface for kind, surface, _ in found)


def test_a_garbled_name_is_its_leader_and_says_so(reference_directory):
    leaders = [f for f in facts_of(REPORT_B, reference_directory) if f.kind == "leader"]
    assert [(f.surface, f.value, f.garbled) for f in leaders] == [
        ("Ruan Chunfu", "Nguyễn Xuân Phúc", True),
        ("Medvedev", "Dmitry Medvedev", False),
    ]


def test_a_date_without_its_year_takes_the_meetings(reference_directory):
    dates = [f for f in facts_of("Chiều 3/8 hai bên gặp lại.", reference_directory, 2021)]
    assert [(f.kind, f.value, f.label) for f in dates] == [("date", "2021-08-03", "3/8/2021")]


def test_a_year_or_a_numbered_paragraph_is_no_figure(reference_directory):
    assert facts_of("12. Hai bên hợp tác đến năm 2030.", reference_directory) == []


def test_differences_between_the_two_reports(reference_directory):
    a, b = facts_of(REPORT_A, reference_directory), facts_of(REPORT_B, reference_directory)
    found = {(d.kind, d.a, d.b) for d in differences(a, b)}
    assert found == {
        ("date", ("14/5/2019",), ("15/5/2019",)),
        ("agreement", (next(f.label for f in a if f.kind == "agreement"),), ()),
        ("figure", ("10 tỷ USD",), ()),
        ("garbled", (), ("Ruan Chunfu = Nguyễn Xuân Phúc",)),
    }


@pytest.mark.parametrize("offset", [0, 40])
def test_segments_cut_a_paragraph_around_its_facts(reference_directory, offset):
    text = paragraphs(REPORT_B)[0]
    facts = find_facts(" " * offset + text, reference_directory)
    parts = segments(text, facts, offset)
    assert "".join(piece for piece, _ in parts) == text
    assert [piece for piece, fact in parts if fact][:2] == [
        "Ruan Chunfu",
        "ngày 15 tháng 5 năm 2019",
    ]
