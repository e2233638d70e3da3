"""Every page type: what a reader sees, its JSON (and CSV) twin, permalinks, and query cost."""

import json
import re
from collections import Counter
from datetime import date

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, F, Max, Min
from django.db.models.functions import ExtractYear
from django.test.utils import CaptureQueriesContext

from archive.models import Agreement, Article, Leader, Meeting, MeetingRedirect
from archive.querysets import Year
from archive.views.home import meetings_per_year, most_reported
from tests.conftest import SEEDS
from tests.factories import make_article, make_leader, make_many_meetings, make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(db):
    return make_many_meetings(300)


def page_urls(meeting, leader, agreement, article):
    return {
        "home": "/",
        "about": "/about/",
        "meetings": "/meetings/",
        "meetings-filtered": f"/meetings/?year=2000&kind=talks&sort=-date&leader={leader.pk}",
        "timeline": "/meetings/?view=timeline",
        "meeting": meeting.get_absolute_url(),
        "leaders": "/leaders/",
        "leader": leader.get_absolute_url(),
        "agreements": "/agreements/",
        "agreement": agreement.get_absolute_url(),
        "article": article.get_absolute_url(),
        "search": "/search/?q=hội+đàm",
    }


@pytest.mark.parametrize("page", ["home", "about", "meetings", "meetings-filtered", "timeline", "meeting",
                                  "leaders", "leader", "agreements", "agreement", "article", "search"])  # fmt: skip
def test_every_page_costs_a_fixed_number_of_queries(
    many, client, django_assert_max_num_queries, page
):
    meeting = many[150]
    url = page_urls(
        meeting, meeting.participants.first(), Agreement.objects.first(), meeting.articles.first()
    )[page]
    with django_assert_max_num_queries(14):
        response = client.get(url)
    assert response.status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get(url, {"format": "json"}).status_code == 200


@pytest.mark.parametrize("url", ["/", "/meetings/", "/leaders/", "/agreements/"])
def test_json_twins_are_json(many, client, url):
    response = client.get(url, {"format": "json"})
    assert response["Content-Type"] == "application/json"
    json.loads(response.content)


@pytest.mark.parametrize(
    ("url", "rows"), [("/meetings/", 301), ("/leaders/", 11), ("/agreements/", 6)]
)
def test_lists_have_csv_twins_with_every_row(many, client, url, rows):
    response = client.get(url, {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert len(response.content.decode("utf-8-sig").strip().splitlines()) == rows


def test_home_shows_counts_span_chart_and_meetings(many, client):
    page = client.get("/").content.decode()
    assert "300" in page and "1995" in page
    assert page.count('href="/meetings/?year=') >= 30  # every year's bar browses that year
    assert re.search(r"<text [^>]*>2000</text>", page)  # and is labelled
    data = client.get("/", {"format": "json"}).json()
    assert data["counts"]["meetings"] == 300 and data["first_year"] == 1995
    assert sum(bar["count"] for bar in data["meetings_per_year"]) == 300
    assert len(data["recent"]) == 6 and data["most_cited"][0]["articles"] == 2


def test_home_aggregates_equal_the_plain_orm_queries(many):
    """The home page's faster queries give what the obvious ones give, ties and undated
    meetings included."""
    undated = make_meeting(articles=[make_article(), make_article()], date=None)
    expected = list(
        Meeting.objects.annotate(reports=Count("articles"))
        .order_by("-reports", F("date").desc(nulls_last=True), "-pk")
        .values_list("pk", "reports")[:160]
    )
    assert expected[150] == (undated.pk, 2)  # last of the 151 meetings with two reports
    assert [(m.pk, m.reports) for m in most_reported(160)] == expected
    by_year = Counter(m.date.year for m in Meeting.objects.exclude(date=None))
    chart = meetings_per_year()
    assert {bar["year"]: bar["count"] for bar in chart if bar["count"]} == by_year
    span = Meeting.objects.aggregate(first=Min("date"), last=Max("date"))  # the years shown
    assert (chart[0]["year"], chart[-1]["year"]) == (span["first"].year, span["last"].year)
    years = Meeting.objects.exclude(date=None).annotate(y=Year("date"), e=ExtractYear("date"))
    assert all(y == e for y, e in years.values_list("y", "e"))


def test_meeting_list_filters_sort_and_paginate(many, client):
    data = client.get("/meetings/", {"format": "json"}).json()
    assert (data["count"], data["num_pages"], len(data["meetings"])) == (300, 6, 50)
    review = client.get("/meetings/", {"format": "json", "needs_review": "true"}).json()
    assert review["count"] == 60 and all(m["needs_review"] for m in review["meetings"])
    newest = client.get("/meetings/", {"format": "json", "sort": "-date"}).json()["meetings"][0]
    assert newest["date"] == max(m.date for m in many).isoformat()
    one_year = client.get("/meetings/", {"format": "json", "year": "2000"}).json()
    assert one_year["count"] and all(m["date"].startswith("2000") for m in one_year["meetings"])
    assert client.get("/meetings/", {"year": "abc"}).status_code == 400


def test_timeline_groups_by_year(many, client):
    page = client.get("/meetings/", {"view": "timeline", "sort": "date"}).content.decode()
    assert re.search(r'<section class="year"><h2>1995</h2>', page)


@pytest.mark.parametrize("model", [Meeting, Article, Leader, Agreement])
def test_wrong_slug_redirects_permanently(many, client, model):
    obj = model.objects.first()
    url = obj.get_absolute_url()
    response = client.get(url.replace(f"/{obj.slug}/", "/old-slug/"))
    assert (response.status_code, response["Location"]) == (301, url)


def test_merged_meeting_id_redirects_to_the_survivor(many, client):
    survivor, merged = many[0], many[1]
    merged_id = merged.pk
    merged.delete()
    MeetingRedirect.objects.create(old_id=merged_id, meeting=survivor)
    response = client.get(f"/meetings/{merged_id}/whatever/")
    assert (response.status_code, response["Location"]) == (301, survivor.get_absolute_url())
    assert client.get("/meetings/999999/x/").status_code == 404


def test_meeting_page(client):
    sang, putin = (
        make_leader(name="Trương Tấn Sang", country="VN"),
        make_leader(name="Vladimir Putin", country="RU"),
    )
    earlier = make_meeting(people=(sang, putin), date=date(2013, 11, 12))
    article = make_article(title="Hội đàm <b>Việt – Nga</b>", machine_translated=True)
    meeting = make_meeting(people=(sang, putin), articles=[article], date=date(2015, 5, 1), date_precision="month",
                           venue="Điện Kremlin", needs_review=True, review_reason="date: month from the anniversary")  # fmt: skip
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "5/2015" in page and "1/5/2015" not in page  # never an invented day
    assert "Điện Kremlin, Moscow" in page
    assert '<div class="review" role="note">' in page and "month from the anniversary" in page
    assert "Hội đàm &lt;b&gt;Việt – Nga&lt;/b&gt;" in page
    assert '<span class="badge">' in page and "<details>" in page
    assert earlier.get_absolute_url() in page  # previous meeting between the same countries
    assert 'id="citation-text"' in page and "Accessed" in page


def test_citation_downloads(many, client):
    meeting = many[10]
    url = meeting.get_absolute_url()
    bib = client.get(url, {"format": "bibtex"})
    assert bib["Content-Type"].startswith("application/x-bibtex")
    assert f"http://testserver{url}" in bib.content.decode() and "urldate" in bib.content.decode()
    ris = client.get(url, {"format": "ris"}).content.decode()
    assert ris.startswith("TY  - ELEC") and f"UR  - http://testserver{url}" in ris
    csl = json.loads(client.get(url, {"format": "csl"}).content)
    assert csl[0]["URL"] == f"http://testserver{url}" and csl[0]["accessed"]


def test_sharing_tags_and_json_ld(client):
    putin = make_leader(name="Vladimir Putin", country="RU")
    quang = make_leader(name="Trần Đại Quang", country="VN")
    meeting = make_meeting(people=(quang, putin), articles=[make_article()], date=date(2017, 6, 29),
                           venue="Điện Kremlin", city="Moscow")  # fmt: skip
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert f'<link rel="canonical" href="http://testserver{meeting.get_absolute_url()}">' in page
    assert 'property="og:title"' in page and 'name="twitter:card" content="summary"' in page
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    )
    assert data["@type"] == "Event" and data["startDate"] == "2017-06-29"
    assert data["location"]["address"]["addressLocality"] == "Moscow"
    assert {p["name"] for p in data["attendee"]} == {"Vladimir Putin", "Trần Đại Quang"}


def test_json_ld_cannot_be_closed_by_document_text(client):
    article = make_article(title='</script><script>alert("x")</script>')
    page = client.get(article.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<script>" not in block and json.loads(block)["@type"] == "NewsArticle"


def test_article_page_paragraphs_meetings_and_original_download(seeded, client):
    article = Article.objects.get(source_file__startswith="003")
    page = client.get(article.get_absolute_url()).content.decode()
    assert page.count("<p>") > 30  # the one-line body, back in its numbered paragraphs
    assert "(Ảnh: Nhan Sáng/TTXVN)" in page
    original = (SEEDS / article.source_file).read_bytes()
    assert (
        b"".join(client.get(f"{article.get_absolute_url()}original/").streaming_content) == original
    )


def test_a_dateline_is_kept_and_shown_apart_from_the_text(reference_data, client, tmp_path):
    report = tmp_path / "dated.txt"
    report.write_text(
        "Thủ tướng tiếp Bộ trưởng Ngoại giao Nga\nThứ Bảy, 14/3/2020 08:30 (GMT+7)\n"
        "Sáng qua, Thủ tướng Nguyễn Xuân Phúc đã tiếp Bộ trưởng Ngoại giao Nga Sergey Lavrov.\n"
        "Hai bên nhất trí tăng cường hợp tác.",
        encoding="utf-8",
    )
    call_command("import_articles", str(report), verbosity=0)
    article = Article.objects.get(source_file="dated.txt")
    assert article.dateline == "Thứ Bảy, 14/3/2020 08:30 (GMT+7)"
    assert not article.lead.startswith("Thứ Bảy")
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<p class="dateline">Thứ Bảy, 14/3/2020 08:30 (GMT+7)</p>' in page
    twin = client.get(article.get_absolute_url(), {"format": "json"}).json()
    assert twin["dateline"] == article.dateline
    (meeting,) = article.meetings.all()
    assert meeting.date == date(2020, 3, 13)  # `Sáng qua`, read against the dateline
    assert "date:" not in meeting.review_reason


def test_leader_page_offices_aliases_meetings(seeded, client):
    sang = Leader.objects.get(name="Trương Tấn Sang")
    page = client.get(sang.get_absolute_url()).content.decode()
    assert "Chủ tịch nước" in page and "25/7/2011" in page and "Zhang Jinchu" in page
    assert page.count('class="meeting-card"') == 2


def test_agreement_page(seeded, client):
    fta = Agreement.objects.get(signed_date=date(2015, 5, 29))
    data = client.get(fta.get_absolute_url(), {"format": "json"}).json()
    assert data["signed_date"] == "2015-05-29" and len(data["meetings"]) >= 3


def test_404_is_designed_and_keeps_the_search_box(client, settings):
    settings.DEBUG = False
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert 'role="search"' in response.content.decode()


def test_500_page_renders_without_a_request(settings):
    from django.template.loader import render_to_string

    page = render_to_string("500.html")
    assert 'role="search"' in page


def test_home_links_reach_every_page_type(seeded, client):
    home = client.get("/").content.decode()
    for path in ["/meetings/", "/leaders/", "/agreements/", "/about/", "/search/"]:
        assert f'"{path}' in home


def test_a_leader_page_lists_the_newest_meetings_and_links_to_all(client, many):
    leader = many[0].participants.get(country="RU")  # in a quarter of the 300 meetings
    total = leader.meetings.count()
    page = client.get(leader.get_absolute_url()).content.decode()
    assert page.count('class="meeting-card"') == 50
    link = f"/meetings/?leader={leader.pk}&amp;sort=-date"
    assert link in page and f"({total})" in page
    data = client.get(leader.get_absolute_url(), {"format": "json"}).json()
    assert data["meeting_count"] == total > 50 == len(data["meetings"])
    newest = leader.meetings.order_by("-date").first()
    assert data["meetings"][0]["id"] == newest.pk
    listed = client.get("/meetings/", {"leader": leader.pk, "format": "json"}).json()
    assert listed["count"] == total


def test_a_much_reported_meeting_pages_its_reports_in_a_fixed_number_of_queries(
    client, db, django_assert_max_num_queries
):
    from archive.views.meetings import FULL_TEXTS_SHOWN, REPORTS_PER_PAGE

    people = (make_leader(country="VN"), make_leader(country="RU"))
    few = make_meeting(people=people, articles=[make_article() for _ in range(3)])
    with CaptureQueriesContext(connection) as small:
        client.get(few.get_absolute_url())
    reports = [make_article() for _ in range(REPORTS_PER_PAGE + 7)]
    meeting = make_meeting(people=people, articles=reports)
    with django_assert_max_num_queries(len(small.captured_queries)):
        first = client.get(meeting.get_absolute_url()).content.decode()
    assert f"({len(reports)})" in first
    assert first.count("<details>") == FULL_TEXTS_SHOWN
    assert all(r.get_absolute_url() in first for r in reports[:REPORTS_PER_PAGE])
    assert reports[-1].get_absolute_url() not in first and 'rel="next"' in first
    second = client.get(meeting.get_absolute_url(), {"page": 2}).content.decode()
    assert all(r.get_absolute_url() in second for r in reports[REPORTS_PER_PAGE:])
    assert reports[0].get_absolute_url() not in second
    # The JSON twin lists every report, without their texts.
    listed = client.get(meeting.get_absolute_url(), {"format": "json"}).json()["articles"]
    assert [a["id"] for a in listed] == [r.pk for r in reports]


# Kept until a record changes (archive/records/stamp.py): the home page's figures, the meeting
# list's menus and its count for a choice of filters.
KEPT = ["/?format=json", "/meetings/?format=json", "/meetings/?format=json&year=2000&country=ru"]


@pytest.fixture
def kept(db, django_capture_on_commit_callbacks):
    """Many meetings, committed (the stamp rises): from now on the pages keep their aggregates."""
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        meetings = make_many_meetings(300)
    yield meetings
    cache.clear()


def filter_menus(client) -> str:
    page = client.get("/meetings/").content.decode()
    return re.search(r'<form class="filters".*?</form>', page, re.S)[0]


def test_kept_pages_show_what_they_compute(kept, client):
    computed = []
    for url in KEPT:
        cache.clear()
        computed.append(client.get(url).json())
    cache.clear()
    menus = filter_menus(client)
    for url in KEPT:
        client.get(url)
    assert [client.get(url).json() for url in KEPT] == computed  # now from the cache
    assert filter_menus(client) == menus


@pytest.mark.parametrize("url", KEPT)
def test_a_second_request_does_not_count_again(kept, client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    statements = " ".join(q["sql"] for q in queries)
    assert "COUNT(" not in statements and "DISTINCT" not in statements and "MAX(" not in statements
    assert len(queries) == (2 if url.startswith("/?") else 6)  # the stamp (2 or 3 times), the rows


def test_the_same_filters_share_their_count(kept, client):
    client.get("/meetings/", {"format": "json", "year": "2000", "country": "ru"})
    same = {"format": "json", "country": "RU", "year": "2000", "sort": "-date", "view": "timeline"}
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/meetings/", same).json()["count"]
    assert not any("COUNT(" in q["sql"] for q in queries)


def test_kept_figures_follow_a_record_change(kept, client, django_capture_on_commit_callbacks):
    home = client.get("/", {"format": "json"}).json()
    year_2000 = client.get("/meetings/", {"format": "json", "year": "2000"}).json()["count"]
    assert "Newcomer" not in filter_menus(client)
    with django_capture_on_commit_callbacks(execute=True):
        newcomer = make_leader(name="Newcomer")
        make_meeting(people=(newcomer,), date=date(2000, 6, 1), articles=[make_article()])
    after = client.get("/", {"format": "json"}).json()
    assert after["counts"]["meetings"] == home["counts"]["meetings"] + 1
    assert after["counts"]["leaders"] == home["counts"]["leaders"] + 1
    assert (
        client.get("/meetings/", {"format": "json", "year": "2000"}).json()["count"]
        == year_2000 + 1
    )
    assert "Newcomer" in filter_menus(client)
