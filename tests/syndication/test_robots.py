"""robots.txt read by Python's own robots.txt parser."""

from urllib.robotparser import RobotFileParser

import pytest

from archive.models import Agreement, Article, Leader, Meeting

pytestmark = pytest.mark.django_db


def robots(client) -> RobotFileParser:
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    parser = RobotFileParser()
    parser.parse(response.content.decode().splitlines())
    return parser


@pytest.mark.parametrize(
    "path",
    [
        "/search/?q=Putin",
        "/search/feed/?q=Putin",
        "/search/suggest/?q=tru",
        "/admin/",
        "/admin/archive/meeting/",
        "/i18n/setlang/",
    ],
)
def test_search_admin_and_language_switch_are_disallowed(client, path):
    assert not robots(client).can_fetch("AnyBot", f"http://testserver{path}")


def test_admin_disallowed_wherever_it_is(client, settings):
    assert f"Disallow: /{settings.ADMIN_URL}" in client.get("/robots.txt").content.decode()


def test_permalinks_lists_and_feeds_are_allowed(seeded, client):
    parser = robots(client)
    records = [
        Meeting.objects.first(),
        Article.objects.first(),
        Leader.objects.first(),
        Agreement.objects.first(),
    ]
    paths = [r.get_absolute_url() for r in records] + [
        "/",
        "/about/",
        "/meetings/",
        "/feeds/reports/",
    ]
    assert all(parser.can_fetch("AnyBot", f"http://testserver{p}") for p in paths)


def test_format_twins_are_disallowed_for_crawlers_that_read_wildcards(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /*?format=" in text and "Disallow: /*&format=" in text


def test_sitemap_is_announced_with_an_absolute_url(client):
    assert robots(client).site_maps() == ["http://testserver/sitemap.xml"]
