"""The sitemap as a crawler reads it: the sitemaps.org schemas, every permalink once, pages."""

from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.timezone import localdate
from lxml import etree

from archive.models import Agreement, Article, Leader, Meeting
from tests.factories import make_many_meetings

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SECTIONS = ["pages", "meetings", "reports", "leaders", "agreements"]


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def fetch(client, url: str, xsd: str):
    """A sitemap document, valid against the protocol's schema."""
    parts = urlsplit(url)
    response = client.get(parts.path, {"p": parts.query[2:]} if parts.query else {})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    document = etree.fromstring(response.content)
    schema(xsd).assertValid(document)
    return document


def section_urls(client) -> list[str]:
    index = fetch(client, "/sitemap.xml", "siteindex.xsd")
    return index.xpath("//sm:sitemap/sm:loc/text()", namespaces=NS)


def every_url(client) -> list[tuple[str, str | None]]:
    entries = []
    for section in section_urls(client):
        for url in fetch(client, section, "sitemap.xsd").xpath("//sm:url", namespaces=NS):
            lastmod = url.findtext("sm:lastmod", namespaces=NS)
            entries.append((url.findtext("sm:loc", namespaces=NS), lastmod))
    return entries


def permalinks() -> set[str]:
    records = [
        *Meeting.objects.all(), *Article.objects.all(), *Agreement.objects.all(),
        *Leader.objects.exclude(status=Leader.Status.REJECTED),
    ]  # fmt: skip
    return {f"http://testserver{r.get_absolute_url()}" for r in records}


def test_index_points_to_a_sitemap_per_section(seeded, client):
    assert section_urls(client) == [f"http://testserver/sitemap-{s}.xml" for s in SECTIONS]


def test_every_permalink_appears_exactly_once(seeded, client):
    counts = Counter(loc for loc, _lastmod in every_url(client))
    assert set(counts.values()) == {1}
    pages = {
        f"http://testserver{p}"
        for p in ["/", "/about/", "/data/", "/meetings/", "/leaders/", "/agreements/"]
    }
    assert set(counts) == permalinks() | pages
    for loc in counts:  # every listed URL is a page that answers
        assert client.get(urlsplit(loc).path).status_code == 200


def test_lastmod_is_when_the_record_changed(seeded, client):
    meeting = Meeting.objects.first()
    Meeting.objects.filter(pk=meeting.pk).update(
        updated_at="2019-05-04T10:00:00+00:00"
    )  # 17:00 in Hanoi
    lastmods = dict(every_url(client))
    assert lastmods[f"http://testserver{meeting.get_absolute_url()}"] == "2019-05-04"
    article = Article.objects.first()
    assert (
        lastmods[f"http://testserver{article.get_absolute_url()}"]
        == localdate(article.updated_at).isoformat()
    )
    assert lastmods["http://testserver/about/"] is None  # no date is better than an invented one


def test_a_leader_is_dated_by_its_latest_meeting_or_its_own_history(seeded, client):
    leader = Leader.objects.filter(participations__isnull=False).first()
    Meeting.objects.filter(participants=leader).update(updated_at="2031-01-02T10:00:00+00:00")
    lastmods = dict(every_url(client))
    assert lastmods[f"http://testserver{leader.get_absolute_url()}"] == "2031-01-02"
    quiet = Leader.objects.filter(participations__isnull=True).first()
    changed = quiet.history.latest("history_date").history_date
    assert (
        lastmods[f"http://testserver{quiet.get_absolute_url()}"] == localdate(changed).isoformat()
    )
    quiet.history.all().delete()
    assert dict(every_url(client))[f"http://testserver{quiet.get_absolute_url()}"] is None


def test_rejected_leaders_are_left_out(seeded, client):
    leader = Leader.objects.first()
    Leader.objects.filter(pk=leader.pk).update(status=Leader.Status.REJECTED)
    assert f"http://testserver{leader.get_absolute_url()}" not in dict(every_url(client))


def test_the_index_paginates_long_sections(seeded, client, settings):
    settings.SITEMAP_LIMIT = 2
    sections = section_urls(client)
    meetings = Meeting.objects.count()
    pages = [u for u in sections if u.startswith("http://testserver/sitemap-meetings.xml")]
    assert pages == ["http://testserver/sitemap-meetings.xml"] + [
        f"http://testserver/sitemap-meetings.xml?p={n}" for n in range(2, -(-meetings // 2) + 1)
    ]
    counts = Counter(loc for loc, _lastmod in every_url(client))
    assert set(counts.values()) == {1} and permalinks() <= set(counts)
    for section in sections:
        assert len(fetch(client, section, "sitemap.xsd").xpath("//sm:url", namespaces=NS)) <= 2
    assert client.get("/sitemap-meetings.xml", {"p": 999}).status_code == 404


def queries_per_url(client) -> dict[str, int]:
    cost = {}
    for url in ["/sitemap.xml"] + [f"/sitemap-{section}.xml" for section in SECTIONS]:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        cost[url] = len(queries)
    return cost


def test_sitemap_costs_the_same_few_queries_however_many_records(db, client):
    make_many_meetings(20)
    few = queries_per_url(client)
    make_many_meetings(60)
    assert queries_per_url(client) == few
    index = few.pop("/sitemap.xml")
    # a section: the change stamp (archive/views/caching.py), a count and a page
    assert index <= 13 and max(few.values()) <= 3, (index, few)


def test_sitemap_dates_are_calendar_dates(seeded, client):
    for _loc, lastmod in every_url(client):
        assert lastmod is None or date.fromisoformat(lastmod)
