"""What the five bundled documents must become, read by the pure extractor."""

from datetime import date

import pytest

from archive.extract import extract
from archive.ingest.document import parse_document
from tests.conftest import seed_path


@pytest.fixture(scope="module")
def extracted(reference_directory):
    def run(prefix):
        path = seed_path(prefix)
        return extract(parse_document(path.read_bytes(), path.name).parts, reference_directory)

    return run


def names(meeting):
    return {p.name for p in meeting.participants}


def test_000_talks_in_moscow_month_precision_from_the_victory_anniversary(extracted):
    result = extracted("000")
    (talks,) = result.meetings
    assert talks.kind == "talks"
    assert names(talks) == {"Trương Tấn Sang", "Vladimir Putin"}
    assert (talks.date.start, talks.date.precision) == (date(2015, 5, 1), "month")
    assert talks.date.reasons and "chiều qua" in talks.date.reasons[0]
    assert (talks.city, talks.country) == ("Moscow", "RU")
    assert not result.machine_translated
    fta = [m for m, _ in talks.agreements if "Liên minh Kinh tế Á" in m.title]
    assert fta and fta[0].signed_date == date(2015, 5, 29)


def test_001_talks_at_the_kremlin_on_29_june_with_an_inferred_year(extracted):
    (talks,) = extracted("001").meetings
    assert talks.kind == "talks"
    assert names(talks) == {"Trần Đại Quang", "Vladimir Putin"}
    assert (talks.date.start, talks.date.precision) == (date(2017, 6, 29), "day")
    assert "2017" in talks.date.reasons[0]
    assert (talks.venue, talks.city) == ("Điện Kremlin", "Moscow")


def test_003_talks_read_with_year_and_three_courtesy_calls_of_the_visit(extracted):
    result = extracted("003")
    by_people = {frozenset(names(m)): m for m in result.meetings}
    talks = by_people[frozenset({"Trần Đại Quang", "Vladimir Putin"})]
    assert (talks.kind, talks.date.start, talks.date.reasons) == ("talks", date(2017, 6, 29), ())
    assert (talks.venue, talks.city, talks.place_reasons) == ("Điện Kremlin", "Moscow", ())
    for counterpart in ("Dmitry Medvedev", "Valentina Matviyenko", "Vyacheslav Volodin"):
        call = by_people[frozenset({"Trần Đại Quang", counterpart})]
        assert call.kind == "courtesy_call"
        assert (call.date.start, call.date.end) == (date(2017, 6, 28), date(2017, 7, 1))
        assert call.date.reasons
    assert len(result.meetings) == 4
    cited = {m.signed_date for m, _ in talks.agreements}
    assert {date(2015, 5, 29), date(2017, 5, 23), date(2016, 3, 21)} <= cited


def test_002_machine_translation_with_garbled_names(extracted):
    result = extracted("002")
    assert result.machine_translated
    assert any("Zhang Jinchu" in e for e in result.machine_translation_evidence)
    (talks,) = result.meetings
    assert talks.kind == "talks"
    assert names(talks) == {"Trương Tấn Sang", "Vladimir Putin"}
    assert (talks.date.start, talks.date.precision, talks.date.reasons) == (
        date(2013, 11, 12),
        "day",
        (),
    )
    # `tại dinh tổng thống` in a visit to Vietnam: the seat of Vietnam's head of state.
    assert (talks.venue, talks.city, talks.country) == ("Phủ Chủ tịch", "Hanoi", "VN")
    intergovernmental = [m for m, rel in talks.agreements if "liên chính phủ" in m.title]
    assert len(intergovernmental) == 2
    assert all(rel == "signed" for m, rel in talks.agreements if "liên chính phủ" in m.title)


def test_004_courtesy_call_with_inferred_year_and_the_pei_qingshan_consultation(extracted):
    result = extracted("004")
    assert result.machine_translated
    call, consultation = result.meetings
    assert call.kind == "courtesy_call"
    assert names(call) == {"Nguyễn Tấn Dũng", "Alexey Borodavkin"}
    assert (call.date.start.month, call.date.start.day) == (4, 25)
    # Borodavkin left the deputy minister's post in December 2011: 2011 is the latest year that fits.
    assert call.date.start.year in (2011, 2012)
    assert call.date.reasons
    assert names(consultation) == {"Bùi Thanh Sơn", "Alexey Borodavkin"}
    assert consultation.kind == "meeting"
    assert consultation.date.reasons
