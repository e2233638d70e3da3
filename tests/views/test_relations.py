"""A pair's chronology: its meetings per year, agreements, leaders and partnership levels, the
page and its twins, the index of pairs, and the links that lead there."""

import json
from datetime import date

import pytest

from archive import relations
from archive.models import Agreement, Article, MeetingAgreement
from archive.records.articles import partnerships_store
from tests.factories import make_article, make_leader, make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(db):
    vn = make_leader(name="Nguyễn Văn A", country="VN")
    vn2 = make_leader(name="Trần Thị B", country="VN")
    ru = make_leader(name="Ivan Petrov", country="RU")
    cn = make_leader(name="Lý Cường", country="CN")
    signed = Agreement.objects.create(title="Hiệp định thương mại", signed_date=date(2012, 7, 27))
    by_parties = Agreement.objects.create(
        title="Nghị định thư", signed_date=date(2001, 3, 1), parties=["vn", "RU"]
    )
    other = Agreement.objects.create(
        title="Hiệp định Việt – Trung", signed_date=date(2013, 1, 1), parties=["VN", "CN"]
    )
    upgrade = make_article(
        title="Nâng cấp quan hệ",
        body="Năm 2012, hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện. Hai bên ký hiệp định.",
    )
    mention = make_article(body="Hai bên tăng cường quan hệ doi tac chien luoc giua hai nuoc.")
    partners = make_article(body="Các doanh nghiệp là đối tác tin cậy của nhau.")
    m2001 = make_meeting(people=[vn, ru], articles=[mention], date=date(2001, 3, 1))
    m2012 = make_meeting(people=[vn2, ru], articles=[upgrade, partners], date=date(2012, 7, 27))
    MeetingAgreement.objects.create(meeting=m2012, agreement=signed, relation="signed")
    m2012b = make_meeting(people=[vn2, ru], date=date(2012, 11, 5), kind="phone_call")
    china = make_meeting(people=[vn, cn], articles=[make_article(body="Đối tác hợp tác chiến lược toàn diện.")],
                         date=date(2013, 1, 1))  # fmt: skip
    MeetingAgreement.objects.create(meeting=china, agreement=other, relation="signed")
    for article in Article.objects.all():  # as the importer reads them
        partnerships_store(article)
    return {"vn": vn, "vn2": vn2, "ru": ru, "meetings": [m2001, m2012, m2012b], "china": china,
            "signed": signed, "by_parties": by_parties, "upgrade": upgrade, "mention": mention}  # fmt: skip


def test_the_pairs_meetings_per_year(archive):
    meetings = relations.pair_meetings(("VN", "RU"))
    assert set(meetings) == set(archive["meetings"])
    assert relations.per_year(meetings) == {2001: 1, 2012: 2}


def test_agreements_signed_at_its_meetings_or_between_its_parties_by_date(archive):
    meetings = relations.pair_meetings(("VN", "RU"))
    assert relations.signed_agreements(("VN", "RU"), meetings) == [
        archive["by_parties"],
        archive["signed"],
    ]


def test_leaders_on_each_side_with_first_and_last_year(archive):
    sides = relations.leaders(("VN", "RU"), relations.pair_meetings(("VN", "RU")))
    assert [(r["leader__name"], r["first"], r["last"], r["meetings"]) for r in sides["VN"]] == [
        ("Nguyễn Văn A", 2001, 2001, 1), ("Trần Thị B", 2012, 2012, 2)]  # fmt: skip
    assert [(r["leader__name"], r["first"], r["last"]) for r in sides["RU"]] == [
        ("Ivan Petrov", 2001, 2012)
    ]


def test_levels_with_a_stated_year_or_the_date_reported(archive):
    levels = relations.partnership_levels(relations.pair_meetings(("VN", "RU")))
    assert [(lv.level, lv.year, lv.reported, lv.article) for lv in levels] == [
        ("comprehensive_strategic", 2012, None, archive["upgrade"]),
        ("strategic", None, date(2001, 3, 1), archive["mention"]),
    ]


def test_canonical_order_puts_the_focus_countries_first():
    assert relations.canonical_pair("ru", "vn") == ("VN", "RU")
    assert relations.canonical_pair("fr", "cn") == ("CN", "FR")
    assert relations.canonical_pair("cn", "vn") == ("VN", "CN")


def test_the_page(archive, client):
    response = client.get("/relations/vn-ru/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="group"' in html and "<table" in html
    assert "/meetings/?pair=vn-ru&amp;year=2012" in html
    assert "Hiệp định thương mại" in html and "Nghị định thư" in html and "Việt – Trung" not in html
    assert archive["upgrade"].get_absolute_url() in html
    assert archive["vn2"].get_absolute_url() in html


def test_other_orders_and_cases_redirect_to_one(archive, client):
    for path in ["/relations/ru-vn/", "/relations/VN-RU/", "/relations/Ru-vN/"]:
        response = client.get(path + "?format=json")
        assert response.status_code == 301
        assert response["Location"] == "/relations/vn-ru/?format=json"


@pytest.mark.parametrize(
    "path", ["/relations/xx-ru/", "/relations/vn-vn/", "/relations/vnm-ru/", "/relations/vn/"]
)
def test_unknown_codes_are_not_found(archive, client, path):
    assert client.get(path).status_code == 404


def test_json_twin_holds_everything(archive, client):
    data = json.loads(client.get("/relations/vn-ru/", {"format": "json"}).content)
    assert [c["code"] for c in data["countries"]] == ["VN", "RU"]
    assert data["meetings_per_year"] == [{"year": 2001, "count": 1}, {"year": 2012, "count": 2}]
    assert [a["title"] for a in data["agreements"]] == ["Nghị định thư", "Hiệp định thương mại"]
    assert data["partnership_levels"][0]["established_year"] == 2012
    assert data["partnership_levels"][1]["reported_date"] == "2001-03-01"
    assert [r["name"] for r in data["leaders"]["RU"]] == ["Ivan Petrov"]
    assert data["meetings_url"] == "/meetings/?pair=vn-ru"


def test_csv_twin_is_one_row_per_meeting(archive, client):
    response = client.get("/relations/vn-ru/", {"format": "csv"})
    rows = response.content.decode("utf-8-sig").strip().splitlines()
    assert rows[0].startswith("id,date,")
    assert len(rows) == 4 and "2012-11-05" in rows[3]


def test_the_year_links_list_that_years_meetings_of_the_pair(archive, client):
    data = json.loads(
        client.get("/meetings/", {"pair": "vn-ru", "year": 2012, "format": "json"}).content
    )
    assert {m["id"] for m in data["meetings"]} == {m.pk for m in archive["meetings"][1:]}
    assert client.get("/meetings/", {"pair": "vn", "format": "json"}).status_code == 400


def test_the_index_lists_pairs_with_counts(archive, client):
    html = client.get("/relations/").content.decode()
    assert 'href="/relations/vn-ru/"' in html and 'href="/relations/vn-cn/"' in html
    data = json.loads(client.get("/relations/", {"format": "json"}).content)
    assert data["pairs"][0] == {
        "countries": ["VN", "RU"],
        "meetings": 3,
        "url": "/relations/vn-ru/",
    }
    assert client.get("/relations/", {"format": "csv"}).status_code == 200


def test_reachable_from_the_nav_and_each_meeting(archive, client):
    assert 'href="/relations/"' in client.get("/").content.decode()
    html = client.get(archive["meetings"][0].get_absolute_url()).content.decode()
    assert 'href="/relations/vn-ru/"' in html


def test_the_page_costs_a_fixed_number_of_queries(archive, client, django_assert_max_num_queries):
    for i in range(20):
        make_meeting(
            people=[archive["vn"], archive["ru"]],
            articles=[make_article()],
            date=date(1990 + i, 1, 1),
        )
    with django_assert_max_num_queries(14):
        assert client.get("/relations/vn-ru/").status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get("/relations/vn-ru/", {"format": "json"}).status_code == 200
