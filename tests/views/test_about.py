"""The About page lists every way into the archive from other tools, and each example works."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_example_on_the_about_page_answers(client, seeded, language):
    client.cookies["django_language"] = language
    page = BeautifulSoup(client.get("/about/").content, "html.parser")
    assert "<" not in page.title.decode_contents()  # the section sits in the content, not the title
    assert len(page.select("#reuse")) == 1
    links = [a["href"] for a in page.select("#reuse ~ dl a")]
    for expected in ("/oai/", "/feeds/", "/search/feed/", "/api/", "/api/openapi.json",
                     "/data/", "/data/archive.zip", "/sitemap.xml", "/robots.txt"):  # fmt: skip
        assert any(link.startswith(expected) for link in links), expected
    for link in links:
        assert client.get(link).status_code == 200, link
