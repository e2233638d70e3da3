"""A real harvester (sickle, over HTTP) against the live site holding the bundled archive."""

import math
from datetime import UTC, datetime, timedelta

import pytest
from sickle import Sickle
from sickle.oaiexceptions import NoRecordsMatch

from archive.models import Article, Meeting, MeetingRedirect
from archive.records.merge import meetings_merge

from .schema import validated

PAGE = 2


class CheckedSickle(Sickle):
    """Validates every response it receives against the schemas, and counts them."""

    def __init__(self, endpoint):
        super().__init__(endpoint, timeout=60)
        self.responses = []

    def _request(self, kwargs):
        response = super()._request(kwargs)
        validated(response.content)
        self.responses.append(response)
        return response


@pytest.fixture
def harvester(live_server, seeded, settings):
    settings.OAI_PAGE_SIZE = PAGE
    return CheckedSickle(f"{live_server.url}/oai/")


def expected_identifiers() -> list[str]:
    return [
        f"oai:localhost:meeting/{pk}" for pk in Meeting.objects.values_list("pk", flat=True)
    ] + [f"oai:localhost:article/{pk}" for pk in Article.objects.values_list("pk", flat=True)]


def test_every_meeting_and_report_exactly_once_through_resumption_tokens(harvester):
    expected = expected_identifiers()
    assert len(expected) > 3 * PAGE

    records = list(harvester.ListRecords(metadataPrefix="oai_dc"))
    identifiers = [r.header.identifier for r in records]
    assert sorted(identifiers) == sorted(expected)  # each once: none skipped, none repeated
    assert len(harvester.responses) == math.ceil(len(expected) / PAGE)
    last = harvester.responses[-1].text
    assert f'completeListSize="{len(expected)}"' in last
    assert f'cursor="{(len(harvester.responses) - 1) * PAGE}"' in last

    headers = list(harvester.ListIdentifiers(metadataPrefix="oai_dc"))
    assert [h.identifier for h in headers] == identifiers  # the same stable order


def test_records_link_reports_and_meetings_both_ways(harvester, live_server):
    meeting = Meeting.objects.filter(articles__isnull=False).first()
    article = meeting.articles.first()
    meeting_url = live_server.url + meeting.get_absolute_url()
    article_url = live_server.url + article.get_absolute_url()

    got = harvester.GetRecord(
        identifier=f"oai:localhost:meeting/{meeting.pk}", metadataPrefix="oai_dc"
    )
    assert got.metadata["identifier"] == [meeting_url]
    assert article_url in got.metadata["relation"]
    assert got.metadata["language"] == ["vi"]
    assert any(
        p.leader.name in " ".join(got.metadata["subject"]) for p in meeting.participations.all()
    )
    assert "type:meeting" in got.header.setSpecs

    report = harvester.GetRecord(
        identifier=f"oai:localhost:article/{article.pk}", metadataPrefix="oai_dc"
    )
    assert report.metadata["identifier"] == [article_url]
    assert meeting_url in report.metadata["relation"]
    assert report.metadata["title"] == [article.title]
    assert report.metadata.get("creator", [""]) == [article.byline or ""]


def test_identify_formats_and_sets(harvester, live_server):
    identify = harvester.Identify()
    assert identify.baseURL == f"{live_server.url}/oai/"
    assert (identify.protocolVersion, identify.deletedRecord) == ("2.0", "persistent")
    assert identify.granularity == "YYYY-MM-DDThh:mm:ssZ"

    assert [f.metadataPrefix for f in harvester.ListMetadataFormats()] == ["oai_dc"]

    specs = {s.setSpec for s in harvester.ListSets()}
    years = {
        f"year:{d.year}" for d in Meeting.objects.exclude(date=None).values_list("date", flat=True)
    }
    kinds = {f"kind:{k}" for k in Meeting.objects.values_list("kind", flat=True)}
    assert {"type", "type:meeting", "type:article", "year", "kind"} | years | kinds <= specs
    for spec in ["type:article", sorted(years)[0], sorted(kinds)[0]]:
        listed = list(harvester.ListIdentifiers(metadataPrefix="oai_dc", set=spec))
        assert listed and all(spec in h.setSpecs for h in listed)


def test_selective_harvest_by_datestamp(harvester):
    old = datetime(2020, 1, 1, tzinfo=UTC)
    Meeting.objects.update(updated_at=old)
    Article.objects.update(updated_at=old)
    changed = Meeting.objects.filter(articles__isnull=False).first()
    participation = changed.participations.first()
    participation.title = "Tổng thống"
    participation.save()  # an inline's save: the meeting itself is not saved

    since = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    fresh = {
        h.identifier for h in harvester.ListIdentifiers(metadataPrefix="oai_dc", **{"from": since})
    }
    assert f"oai:localhost:meeting/{changed.pk}" in fresh
    assert {f"oai:localhost:article/{a.pk}" for a in changed.articles.all()} <= fresh
    assert len(fresh) < len(expected_identifiers())

    before = {
        h.identifier for h in harvester.ListIdentifiers(metadataPrefix="oai_dc", until="2020-01-01")
    }
    assert before == set(expected_identifiers()) - fresh
    with pytest.raises(NoRecordsMatch):
        list(harvester.ListIdentifiers(metadataPrefix="oai_dc", until="2019-12-31"))


def test_a_merged_meeting_is_a_deleted_record(harvester):
    survivor, other = Meeting.objects.order_by("pk")[:2]
    old_id = other.pk
    meetings_merge(survivor=survivor, others=[other])  # what the admin's merge action calls
    merged_at = MeetingRedirect.objects.get(old_id=old_id).merged_at
    gone = f"oai:localhost:meeting/{old_id}"

    headers = {h.identifier: h for h in harvester.ListIdentifiers(metadataPrefix="oai_dc")}
    assert headers[gone].deleted
    assert headers[gone].datestamp == merged_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert not headers[f"oai:localhost:meeting/{survivor.pk}"].deleted
    assert sorted(headers) == sorted(expected_identifiers() + [gone])

    record = harvester.GetRecord(identifier=gone, metadataPrefix="oai_dc")
    assert record.deleted and record.header.setSpecs == ["type:meeting"]
    since = merged_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    later = {
        h.identifier for h in harvester.ListIdentifiers(metadataPrefix="oai_dc", **{"from": since})
    }
    assert gone in later and f"oai:localhost:meeting/{survivor.pk}" in later
    in_type = {
        h.identifier for h in harvester.ListIdentifiers(metadataPrefix="oai_dc", set="type:meeting")
    }
    assert gone in in_type
