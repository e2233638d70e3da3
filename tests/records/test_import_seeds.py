"""The seeds imported through `manage.py import_articles`, checked in the database."""

from datetime import date

import pytest
from django.core.management import call_command

from archive.models import Agreement, Article, Meeting
from archive.records.articles import article_reextract
from archive.records.directory import directory_from_db
from tests.conftest import SEEDS, seed_path

pytestmark = pytest.mark.django_db


def article(prefix) -> Article:
    return Article.objects.get(source_file__startswith=prefix)


def meeting_of(*names) -> Meeting:
    found = [
        m
        for m in Meeting.objects.with_participants()
        if {p.leader.name for p in m.participations.all()} == set(names)
    ]
    assert len(found) == 1, found
    return found[0]


def test_000(seeded):
    a = article("000")
    assert a.byline == "Trọng Giáp"
    assert not a.machine_translated
    talks = a.meetings.get()
    assert (talks.kind, talks.date, talks.date_precision) == ("talks", date(2015, 5, 1), "month")
    assert talks.needs_review and "chiều qua" in talks.review_reason
    assert (talks.city, talks.country) == ("Moscow", "RU")
    fta = talks.agreements.get(title__contains="Liên minh Kinh tế Á")
    assert fta.signed_date == date(2015, 5, 29)


def test_001_and_003_report_one_meeting(seeded):
    talks = meeting_of("Trần Đại Quang", "Vladimir Putin")
    assert set(talks.articles.values_list("source_file", flat=True)) == {
        article("001").source_file,
        article("003").source_file,
    }
    assert (talks.kind, talks.date, talks.date_precision) == ("talks", date(2017, 6, 29), "day")
    assert (talks.venue, talks.city, talks.country) == ("Điện Kremlin", "Moscow", "RU")
    # 001 alone infers the year; 003 states it, so the meeting no longer needs review.
    assert not talks.needs_review
    titles = {p.leader.name: p.title for p in talks.participations.select_related("leader")}
    assert titles == {"Trần Đại Quang": "Chủ tịch nước", "Vladimir Putin": "Tổng thống Nga"}
    signed_dates = set(talks.agreements.values_list("signed_date", flat=True))
    assert {date(2015, 5, 29), date(2017, 5, 23), date(2016, 3, 21)} <= signed_dates
    assert article("001").byline == "Nguyễn Hoàng"
    calls = article("003").meetings.filter(kind="courtesy_call")
    counterparts = {p.leader.name for m in calls for p in m.participations.all()} - {
        "Trần Đại Quang"
    }
    assert counterparts == {"Dmitry Medvedev", "Valentina Matviyenko", "Vyacheslav Volodin"}
    assert all(m.date == date(2017, 6, 28) and m.end_date == date(2017, 7, 1) for m in calls)


def test_002(seeded):
    a = article("002")
    assert a.machine_translated
    talks = a.meetings.get()
    assert {p.leader.name for p in talks.participations.all()} == {
        "Trương Tấn Sang",
        "Vladimir Putin",
    }
    assert (talks.kind, talks.date, talks.venue, talks.city) == (
        "talks",
        date(2013, 11, 12),
        "Phủ Chủ tịch",
        "Hanoi",
    )
    signed = talks.agreement_links.filter(relation="signed").select_related("agreement")
    assert {link.agreement.signed_date for link in signed} == {date(2013, 11, 12)}
    assert all(link.agreement.needs_review for link in signed)


def test_004(seeded):
    a = article("004")
    assert a.machine_translated
    call = meeting_of("Nguyễn Tấn Dũng", "Alexey Borodavkin")
    assert call.kind == "courtesy_call" and call.needs_review
    assert (call.date.month, call.date.day) == (4, 25)
    consultation = meeting_of("Bùi Thanh Sơn", "Alexey Borodavkin")
    assert consultation.needs_review
    assert set(a.meetings.all()) == {call, consultation}


def test_articles_keep_the_original_text_as_decoded(seeded):
    for path in sorted(SEEDS.iterdir()):
        assert Article.objects.get(source_file=path.name).original_text == path.read_text(
            encoding="utf-8"
        )


def test_importing_twice_changes_nothing(seeded, capsys):
    before = (Article.objects.count(), Meeting.objects.count(), Agreement.objects.count())
    call_command("import_articles", str(SEEDS))
    assert "imported 0, unchanged 5, failed 0" in capsys.readouterr().out
    assert (Article.objects.count(), Meeting.objects.count(), Agreement.objects.count()) == before


def test_a_report_of_an_unchanged_meeting_adds_no_version(seeded, tmp_path):
    """Each version copies every linked report; a link alone must not write one (import speed)."""
    talks = meeting_of("Trần Đại Quang", "Vladimir Putin")
    versions = talks.history.count()
    copy = tmp_path / "003_copy.txt"
    copy.write_bytes(next(SEEDS.glob("003*")).read_bytes() + "\nBản sao lưu trữ.".encode())
    call_command("import_articles", str(copy), verbosity=0)
    talks.refresh_from_db()
    assert talks.articles.filter(source_file="003_copy.txt").exists()
    assert talks.history.count() == versions


def test_re_extraction_to_the_same_meetings_adds_no_version(seeded):
    talks = meeting_of("Trần Đại Quang", "Vladimir Putin")
    versions = talks.history.count()
    article_reextract(article=article("001"), directory=directory_from_db())
    assert talks.history.count() == versions
    assert talks.articles.filter(pk=article("001").pk).exists()


def test_a_report_that_moves_to_another_meeting_leaves_a_version_without_it(seeded, tmp_path):
    talks = meeting_of("Trần Đại Quang", "Vladimir Putin")
    versions = talks.history.count()
    moved = article("001")
    # The same file name with another text: the report now tells of the 2015 talks (000).
    (tmp_path / moved.source_file).write_bytes(
        seed_path("000").read_bytes() + "\nBản lưu.".encode()
    )
    call_command("import_articles", str(tmp_path / moved.source_file), verbosity=0)
    assert not talks.articles.filter(pk=moved.pk).exists()
    assert talks.history.count() == versions + 1
    latest = talks.history.first()
    assert moved.pk not in {row.article_id for row in latest.articles.all()}
