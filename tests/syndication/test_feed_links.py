"""Feed autodiscovery: `<link rel="alternate">` in the pages' heads, and a visible link on search."""

import re
from html import unescape

import pytest

pytestmark = pytest.mark.django_db

ALTERNATE = re.compile(
    r'<link rel="alternate" type="application/atom\+xml" href="([^"]+)" title="([^"]+)">'
)


def feeds_in_head(client, url: str, **params) -> list[str]:
    response = client.get(url, params)
    assert response.status_code == 200
    head = response.content.decode().split("</head>")[0]
    return [unescape(href) for href, _title in ALTERNATE.findall(head)]


@pytest.mark.parametrize("url", ["/", "/meetings/"])
def test_home_and_meeting_list_announce_the_site_feeds(seeded, client, url):
    feeds = feeds_in_head(client, url)
    assert feeds == ["/feeds/meetings/", "/feeds/reports/"]
    assert all(client.get(feed).status_code == 200 for feed in feeds)


def test_search_page_announces_and_shows_the_feed_of_its_query(seeded, client):
    assert feeds_in_head(client, "/search/", q="Putin", kind="talks", page="1") == [
        "/search/feed/?q=Putin&kind=talks"
    ]
    page = client.get("/search/", {"q": "Putin"}).content.decode()
    assert '<a class="feed" href="/search/feed/?q=Putin" type="application/atom+xml">' in page


def test_no_feed_is_offered_for_an_empty_or_broken_search(seeded, client):
    assert feeds_in_head(client, "/search/") == []
    response = client.get("/search/", {"q": "Putin", "from": "x"})
    assert response.status_code == 400 and "/search/feed/" not in response.content.decode()


def test_the_feed_link_is_translated(seeded, client):
    page = client.get("/search/", {"q": "Putin"}).content.decode()
    assert "Theo dõi tìm kiếm này" in page
    client.cookies["django_language"] = "en"
    assert "Follow this search" in client.get("/search/", {"q": "Putin"}).content.decode()
