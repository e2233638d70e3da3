import feedparser
import pytest


@pytest.fixture
def read_feed(client):
    """A feed fetched through Django and parsed by feedparser, the client feed readers use."""

    def read(url: str, **params):
        response = client.get(url, params)
        assert response.status_code == 200, response.content[:500]
        assert response["Content-Type"].startswith("application/atom+xml")
        return feedparser.parse(response.content)

    return read
