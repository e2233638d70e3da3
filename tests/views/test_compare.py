"""The comparison of two reports of one meeting: the page, its JSON twin, its link, its errors."""

import json

import pytest
from django.urls import reverse

from archive.models import Article, Meeting
from tests.factories import make_article, make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def kremlin(seeded):
    """The 2017 talks, reported by a news story (001) and the joint statement (003)."""
    return Meeting.objects.get(venue="Điện Kremlin")


def compare_url(meeting, **query):
    url = reverse("archive:meeting-compare", args=[meeting.pk, meeting.slug])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_the_meeting_page_links_to_the_comparison(client, kremlin):
    page = client.get(kremlin.get_absolute_url()).content.decode()
    assert f'href="{compare_url(kremlin)}"' in page


def test_a_meeting_with_one_report_has_no_link(client, db):
    meeting = make_meeting(articles=[make_article()])
    assert "/compare/" not in client.get(meeting.get_absolute_url()).content.decode()
    assert client.get(compare_url(meeting)).status_code == 404


def test_the_page_aligns_the_reports_and_lists_differences(client, kremlin):
    news, statement = (Article.objects.get(source_file__startswith=p) for p in ("001", "003"))
    response = client.get(compare_url(kremlin, a=news.pk, b=statement.pk))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="differences"' in page
    assert "28/6/2017" in page  # the statement dates the visit from 28/6; the news story does not
    assert '<mark class="cmp-fact cmp-differs"' in page
    assert "10 tỷ USD" in page
    assert page.count('data-report="A"') == page.count('data-report="B"') > 5


def test_the_json_twin(client, kremlin):
    news, statement = (Article.objects.get(source_file__startswith=p) for p in ("001", "003"))
    data = json.loads(
        client.get(compare_url(kremlin, a=news.pk, b=statement.pk, format="json")).content
    )
    assert data["meeting"]["id"] == kremlin.pk
    assert data["a"] == {"id": news.pk, "title": news.title, "url": news.get_absolute_url(),
                         "machine_translated": False}  # fmt: skip
    assert {"kind": "date", "a": [], "b": ["28/6/2017"]} in data["differences"]
    cell = next(row["a"] for row in data["rows"] if row["a"] and row["a"]["facts"])
    fact = cell["facts"][0]
    assert cell["text"][fact["start"] : fact["end"]] == fact["text"]
    assert any(row["a"] is None for row in data["rows"])  # the statement says much more


def test_a_garbled_name_is_set_beside_its_canonical_form(client, db, reference_data):
    from archive.models import Leader

    sang = Leader.objects.get(name="Trương Tấn Sang")
    original = make_article(lead="", body="Chủ tịch nước Trương Tấn Sang hội đàm ngày 28/6.")
    translated = make_article(
        lead="", body="Chủ tịch Zhang Jinchu hội đàm ngày 29/6.", machine_translated=True
    )
    meeting = make_meeting(articles=[original, translated], people=[sang])
    data = json.loads(client.get(compare_url(meeting, format="json")).content)
    assert {"kind": "garbled", "a": [], "b": ["Zhang Jinchu = Trương Tấn Sang"]} in data[
        "differences"
    ]
    assert {"kind": "date", "a": ["28/6/2015"], "b": ["29/6/2015"]} in data["differences"]
    assert data["rows"] == [{"a": data["rows"][0]["a"], "b": data["rows"][0]["b"]}]  # one row


@pytest.mark.parametrize(
    "query, status",
    [
        pytest.param({"a": "x"}, 400, id="not-a-number"),
        pytest.param({"a": "same", "b": "same"}, 400, id="twice-the-same"),
        pytest.param({"a": "foreign"}, 404, id="another-meetings-report"),
        pytest.param({"b": "999999"}, 404, id="no-such-report"),
    ],
)
def test_a_bad_pair_is_explained_not_a_500(client, kremlin, query, status):
    first = kremlin.articles.first().pk
    foreign = Article.objects.exclude(meetings=kremlin).first().pk
    query = {k: {"same": first, "foreign": foreign}.get(v, v) for k, v in query.items()}
    response = client.get(compare_url(kremlin, **query))
    assert response.status_code == status
    assert 'role="alert"' in response.content.decode()
    twin = client.get(compare_url(kremlin, format="json", **query))
    assert twin.status_code == status and "error" in json.loads(twin.content)


def test_a_wrong_slug_redirects_keeping_the_pair(client, kremlin):
    url = reverse("archive:meeting-compare", args=[kremlin.pk, "old-slug"])
    response = client.get(url + "?a=1&b=2")
    assert response.status_code == 301
    assert response["Location"] == compare_url(kremlin, a=1, b=2)


def test_the_page_costs_a_few_queries(client, kremlin, django_assert_max_num_queries):
    client.get(compare_url(kremlin))  # the directory is read once per archive change
    with django_assert_max_num_queries(8):
        assert client.get(compare_url(kremlin)).status_code == 200
