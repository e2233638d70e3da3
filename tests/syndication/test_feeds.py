"""The Atom feeds as a feed reader sees them: feedparser on the bundled archive."""

import json
from urllib.parse import urlsplit

import pytest

from archive.feeds import FEED_SIZE
from archive.models import Article, Meeting

pytestmark = pytest.mark.django_db


def path_of(url: str) -> str:
    parts = urlsplit(url)
    assert (
        parts.scheme == "http" and parts.netloc == "testserver"
    )  # absolute, on the request's host
    return parts.path


def assert_well_formed(feed):
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title and feed.feed.updated_parsed


def assert_entries_resolve(client, feed):
    for entry in feed.entries:
        assert entry.id == entry.link  # the permalink is the entry's unique id
        assert client.get(path_of(entry.link)).status_code == 200
        assert entry.published_parsed and entry.updated_parsed
        assert entry.summary.strip()


@pytest.mark.parametrize("url", ["/feeds/reports/", "/feeds/meetings/", "/search/feed/?q=Putin"])
def test_feeds_are_well_formed_atom_with_resolving_permalinks(seeded, client, read_feed, url):
    feed = read_feed(url)
    assert_well_formed(feed)
    assert feed.entries
    assert_entries_resolve(client, feed)
    assert any(link.rel == "self" and link.href.endswith(url) for link in feed.feed.links)


def test_reports_feed_lists_every_report_newest_imported_first(seeded, read_feed):
    feed = read_feed("/feeds/reports/")
    newest = Article.objects.order_by("-imported_at", "-pk")[:FEED_SIZE]
    assert [path_of(e.link) for e in feed.entries] == [a.get_absolute_url() for a in newest]
    for entry, article in zip(feed.entries, newest, strict=True):
        assert entry.title == article.title
        assert (article.lead or article.body)[:40] in entry.summary
        assert entry.get("author") == (article.byline or None)  # else the feed's author stands
        kinds = {m.get_kind_display() for m in article.meetings.all()}
        assert kinds <= {tag.term for tag in entry.tags}


def test_a_byline_is_the_entry_author(seeded, read_feed):
    article = Article.objects.first()
    Article.objects.filter(pk=article.pk).update(byline="Phóng viên TTXVN")
    entry = next(
        e
        for e in read_feed("/feeds/reports/").entries
        if e.link.endswith(article.get_absolute_url())
    )
    assert entry.author == "Phóng viên TTXVN"


def test_meetings_feed_says_kind_date_place_and_participants(seeded, read_feed):
    feed = read_feed("/feeds/meetings/")
    meetings = Meeting.objects.order_by("-updated_at", "-pk")
    assert [path_of(e.link) for e in feed.entries] == [m.get_absolute_url() for m in meetings]
    for entry, meeting in zip(feed.entries, meetings, strict=True):
        assert entry.title.startswith(meeting.get_kind_display().capitalize())
        names = [p.leader.name for p in meeting.participations.all()]
        assert all(name in entry.title and name in entry.summary for name in names)
        if meeting.date and meeting.date_precision == "day":
            assert f"{meeting.date.day}/{meeting.date.month}/{meeting.date.year}" in entry.summary
        if meeting.city:
            assert meeting.city in entry.summary


def test_a_meeting_known_to_the_month_is_not_given_a_day(seeded, read_feed):
    meeting = Meeting.objects.exclude(date=None).first()
    Meeting.objects.filter(pk=meeting.pk).update(date_precision="month")
    entry = next(
        e
        for e in read_feed("/feeds/meetings/").entries
        if e.link.endswith(meeting.get_absolute_url())
    )
    assert f"{meeting.date.month}/{meeting.date.year}" in entry.summary
    assert f"{meeting.date.day}/{meeting.date.month}/{meeting.date.year}" not in entry.summary


def test_a_changed_meeting_comes_first(seeded, read_feed):
    oldest = Meeting.objects.order_by("updated_at", "pk").first()
    oldest.venue = "Điện Kremlin"
    oldest.save()
    entry = read_feed("/feeds/meetings/").entries[0]
    assert entry.link.endswith(oldest.get_absolute_url()) and "Điện Kremlin" in entry.summary


def page_hits(client, **params) -> set[str]:
    data = json.loads(client.get("/search/", {**params, "format": "json"}).content)
    return {hit["url"] for hit in data["results"]}


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({"q": "Putin"}, id="words"),
        pytest.param({"q": "Borodavkin"}, id="other-words"),
        pytest.param({"q": "truong tan sang"}, id="without-diacritics"),
        pytest.param({"q": "Putin", "kind": "talks"}, id="facet-filter"),
        pytest.param({"q": "Putin", "from": "2016"}, id="dates"),
        pytest.param({"q": "kind:talks"}, id="query-filter"),
    ],
)
def test_search_feed_follows_the_search_page(seeded, client, read_feed, params):
    expected = page_hits(client, **params)
    assert expected  # each case finds something in the bundled reports
    feed = read_feed("/search/feed/", **params)
    assert_well_formed(feed)
    assert {path_of(e.link) for e in feed.entries} == expected
    assert params["q"] in feed.feed.title


def test_different_searches_give_different_entries(seeded, read_feed):
    putin = {e.link for e in read_feed("/search/feed/", q="Putin").entries}
    borodavkin = {e.link for e in read_feed("/search/feed/", q="Borodavkin").entries}
    assert putin and borodavkin and putin != borodavkin
    assert {e.link for e in read_feed("/search/feed/", q="Putin", to="1990").entries} == set()


def test_search_feed_entries_are_newest_imported_first(seeded, read_feed):
    paths = [path_of(e.link) for e in read_feed("/search/feed/", q="Putin").entries]
    imported = {a.get_absolute_url(): a.imported_at for a in Article.objects.all()}
    assert [imported[p] for p in paths] == sorted((imported[p] for p in paths), reverse=True)


def test_search_feed_title_names_the_filters(seeded, read_feed):
    title = read_feed("/search/feed/", q="Putin", kind="talks").feed.title
    assert "Putin" in title and str(Meeting.Kind.TALKS.label) in title


@pytest.mark.parametrize(
    ("params", "words"),
    [
        pytest.param({"q": ""}, "từ khóa", id="blank"),
        pytest.param({"q": "Putin", "from": "2015-13"}, "12", id="bad-month"),
        pytest.param({"q": "Putin", "to": "soon"}, "2015-05-29", id="bad-date"),
        pytest.param({"q": "Putin", "page": "x"}, "", id="bad-page"),
        pytest.param({"q": "()"}, "", id="nothing-to-search"),
    ],
)
def test_a_broken_search_is_refused_with_a_message(seeded, client, params, words):
    response = client.get("/search/feed/", params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert words in text and len(text.splitlines()) >= 2  # what is wrong, not just a status


def test_an_english_reader_gets_english_feed_text(seeded, client):
    client.cookies["django_language"] = "en"
    text = client.get("/feeds/meetings/").content.decode()
    assert 'xml:lang="en"' in text and "Participants:" in text
