"""What a page costs, and datestamps that move with every change a record shows."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Agreement, Article, Leader, Meeting, MeetingAgreement

NS = {"o": "http://www.openarchives.org/OAI/2.0/"}
OLD = datetime(2020, 1, 1, tzinfo=UTC)
pytestmark = pytest.mark.django_db


def queries(oai, **arguments) -> int:
    with CaptureQueriesContext(connection) as captured:
        oai(**arguments)
    return len(captured)


@pytest.mark.parametrize("verb", ["ListRecords", "ListIdentifiers"])
@pytest.mark.parametrize("kind", ["meeting", "article"])
def test_a_page_costs_the_same_queries_whatever_its_size(seeded, oai, settings, verb, kind):
    settings.OAI_PAGE_SIZE = 1
    one = queries(oai, verb=verb, metadataPrefix="oai_dc", set=f"type:{kind}")
    settings.OAI_PAGE_SIZE = 1000
    assert queries(oai, verb=verb, metadataPrefix="oai_dc", set=f"type:{kind}") == one


def test_a_page_of_meetings_and_reports_together(seeded, oai, settings):
    settings.OAI_PAGE_SIZE = 1000
    # meetings (4 prefetches), merged meetings, reports (4 prefetches), three counts
    assert queries(oai, verb="ListRecords", metadataPrefix="oai_dc") == 16


@pytest.fixture
def dated_long_ago(seeded):
    Meeting.objects.update(updated_at=OLD)
    Article.objects.update(updated_at=OLD)


def changed_since(oai, django_capture_on_commit_callbacks, change) -> set[str]:
    with django_capture_on_commit_callbacks(execute=True):  # the change feed sends at commit
        change()
    document = oai(verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": "2021-01-01"})
    return {e.text for e in document.iterfind("o:ListIdentifiers/o:header/o:identifier", NS)}


def identifiers(meetings) -> set[str]:
    """These meetings, their reports, and the other meetings those reports tell of: the change
    feed names reports, so every meeting of a named report is re-dated (datestamps.py)."""
    reports = Article.objects.filter(meetings__in=meetings).distinct()
    return {f"oai:testserver:article/{a.pk}" for a in reports} | {
        f"oai:testserver:meeting/{m.pk}" for m in Meeting.objects.filter(articles__in=reports)
    }


def test_a_leader_renamed_re_dates_the_meetings_that_name_him(
    dated_long_ago, oai, django_capture_on_commit_callbacks
):
    leader = Leader.objects.filter(participations__isnull=False).first()

    def rename():
        leader.name += " (renamed)"
        leader.save()

    assert changed_since(oai, django_capture_on_commit_callbacks, rename) == identifiers(
        Meeting.objects.filter(participants=leader)
    )


def test_an_agreement_linked_re_dates_its_meeting(
    dated_long_ago, oai, django_capture_on_commit_callbacks
):
    meeting = Meeting.objects.filter(articles__isnull=False).first()
    agreement = Agreement.objects.exclude(meetings=meeting).first()

    def link():
        MeetingAgreement.objects.create(meeting=meeting, agreement=agreement)

    changed = changed_since(oai, django_capture_on_commit_callbacks, link)
    assert f"oai:testserver:meeting/{meeting.pk}" in changed
    assert changed == identifiers([meeting])
