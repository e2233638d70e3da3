import csv
import io

import pytest

from archive.models import Article, Leader
from archive.search import retrieval

pytestmark = pytest.mark.django_db


def prefixes(data):
    return [r["source_file"][:3] for r in data["results"]]


def get_json(client, **params):
    response = client.get("/search/", {**params, "format": "json"})
    return response.status_code, response.json()


def test_html_results_with_highlights(client):
    response = client.get("/search/", {"q": "Trương Tấn Sang"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<mark>Trương</mark> <mark>Tấn</mark> <mark>Sang</mark>" in page
    assert 'href="/meetings/' in page  # each result links to its meeting


def test_json_twin_shape(client):
    status, data = get_json(client, q="Putin")
    assert status == 200
    assert {"query", "count", "page", "num_pages", "suggestion", "results", "facets"} <= set(data)
    assert (data["query"], data["count"], data["page"], data["num_pages"]) == ("Putin", 4, 1, 1)
    result = data["results"][0]
    assert {
        "type",
        "id",
        "url",
        "title",
        "date",
        "source_file",
        "score",
        "meetings",
        "highlight",
    } <= set(result)
    assert result["type"] == "article" and "<mark>Putin</mark>" in result["highlight"]
    assert {"id", "url", "date", "kind"} <= set(result["meetings"][0])
    assert set(data["facets"]) == {
        "leader",
        "year",
        "kind",
        "country",
        "agreement",
        "machine_translated",
    }
    assert ["Vladimir Putin", 4] in data["facets"]["leader"]
    assert ["2017", 2] in data["facets"]["year"]


def test_facets_narrow_and_show_removable_chips(client):
    _, data = get_json(client, q="Putin")
    sang = next(v for v in data["facet_values"]["leader"] if v["label"] == "Trương Tấn Sang")
    status, narrowed = get_json(client, q="Putin", leader=sang["value"])
    assert narrowed["count"] == sang["count"] == 2
    assert set(prefixes(narrowed)) == {"000", "002"}
    page = client.get(
        "/search/", {"q": "Putin", "leader": sang["value"], "year": "2013"}
    ).content.decode()
    assert 'class="chips"' in page and "Trương Tấn Sang ✕" in page
    assert "?q=Putin&amp;year=2013" in page  # the chip's link removes only that filter


def test_csv_has_every_result_for_spreadsheets(client):
    response = client.get("/search/", {"q": "Putin", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["id", "title", "date", "meetings", "source_file", "score", "url"]
    assert len(rows) == 1 + 4
    assert all(row[6].startswith("http://testserver/articles/") for row in rows[1:])


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        pytest.param({"q": '"Putin'}, 200, "not closed", id="unclosed-quote"),
        pytest.param({"q": "AND OR"}, 400, "Nothing to search for", id="only-operators"),
        pytest.param({"q": "*"}, 400, "Nothing to search for", id="star"),
        pytest.param({"q": "Putin " * 400}, 200, "shortened", id="2000-characters"),
        pytest.param({"q": "Putin\x1b\x07"}, 200, "control characters", id="control-characters"),
        pytest.param({"q": "Putin\x00"}, 400, 'role="alert"', id="nul-character"),
        pytest.param({"q": "((((((((Putin"}, 200, "parenthesis", id="deep-parentheses"),
        pytest.param(
            {"q": "Putin", "page": "1000000000"}, 400, "beyond the last page", id="absurd-page"
        ),
        pytest.param({"q": "Putin", "page": "2"}, 400, "does not exist", id="page-after-the-last"),
        pytest.param({"q": "Putin", "page": "abc"}, 400, 'role="alert"', id="page-not-a-number"),
        pytest.param({"q": "Putin", "from": "2015-13"}, 400, "Month must be", id="bad-month"),
        pytest.param(
            {"q": "leader:Nobody"}, 200, "Nothing in the archive matches", id="unknown-leader"
        ),
        pytest.param({"q": "t*"}, 200, "too short", id="one-letter-prefix"),
        pytest.param({"q": "a*"}, 200, "too short", id="prefix-a"),
        pytest.param(
            {"q": "Putin", "leader": "999999"}, 200, "0 articles", id="unknown-facet-value"
        ),
    ],
)
def test_broken_queries_get_a_message_never_a_500(client, params, status, message):
    response = client.get("/search/", params)
    assert response.status_code == status
    assert message in response.content.decode()


def test_invalid_utf8_in_the_url_is_not_a_500(client):
    response = client.get("/search/?q=%ff%fePutin")
    assert response.status_code in (200, 400)


def test_exact_restricts_to_exact_spellings(client):
    _, loose = get_json(client, q="đường")
    _, exact = get_json(client, q="đường", exact="1")
    assert prefixes(loose)[0] == "003" and len(prefixes(loose)) == 3
    assert prefixes(exact) == ["003"]


def test_without_diacritics_the_folded_field_is_searched(client):
    assert (
        get_json(client, q="hoa binh")[1]["count"]
        == get_json(client, q="hòa bình")[1]["count"]
        == 5
    )


def test_old_and_new_tone_marks_give_identical_results(client):
    assert prefixes(get_json(client, q="hoà nhập")[1]) == prefixes(
        get_json(client, q="hòa nhập")[1]
    )


@pytest.mark.parametrize(("sort", "order"), [("date", ["002", "000"]), ("-date", ["001", "003"])])
def test_sort_by_date(client, sort, order):
    ranked = prefixes(get_json(client, q="Putin", sort=sort)[1])
    assert ranked[:2] == order or set(ranked[:2]) == set(order)
    assert len(ranked) == 4


def test_date_range(client):
    _, data = get_json(client, q="Putin", **{"from": "2015", "to": "2015-12"})
    assert prefixes(data) == ["000"]
    _, data = get_json(client, q="Putin", **{"from": "2017-06-29"})
    assert set(prefixes(data)) == {"001", "003"}


@pytest.mark.parametrize(
    ("query", "suggestion"), [("Truong Tan Sag", "Trương Tấn Sang"), ("Putim", "Putin")]
)
def test_did_you_mean(client, query, suggestion):
    _, data = get_json(client, q=query)
    assert (data["count"], data["suggestion"]) == (0, suggestion)
    assert f">{suggestion}</a>?" in client.get("/search/", {"q": query}).content.decode()


def test_typeahead_names_with_and_without_diacritics(client):
    data = client.get("/search/suggest/", {"q": "tru"}).json()
    labels = {s["label"]: s for s in data["suggestions"]}
    assert "Trương Tấn Sang" in labels
    assert labels["Trương Tấn Sang"]["folded"] == "truong tan sang"
    assert labels["Trương Tấn Sang"]["url"].startswith("/leaders/")
    assert (
        client.get("/search/suggest/", {"q": "Trương"})
        .json()["suggestions"][0]["label"]
        .startswith("Trương")
    )
    assert client.get("/search/suggest/", {"q": "x"}).json()["suggestions"] == []


def test_more_like_this_on_article_and_meeting_pages(client):
    article = Article.objects.get(source_file__startswith="001")
    page = client.get(article.get_absolute_url()).content.decode()
    similar = page.split('<section class="similar">')[1]
    assert Article.objects.get(source_file__startswith="003").get_absolute_url() in similar
    assert article.get_absolute_url() not in similar
    meeting = article.meetings.get()
    assert '<section class="similar">' in client.get(meeting.get_absolute_url()).content.decode()


def test_a_query_that_runs_out_of_time_says_so(client, monkeypatch):
    monkeypatch.setattr(retrieval, "TIME_LIMIT", 0.000001)
    response = client.get("/search/", {"q": "hợp tác OR Putin OR hòa bình"})
    assert response.status_code == 200
    assert "took too long" in response.content.decode()


def test_the_search_page_queries_the_database_a_fixed_number_of_times(
    client, django_assert_max_num_queries
):
    Leader.objects.count()
    with django_assert_max_num_queries(12):
        client.get("/search/", {"q": "hợp tác"})
