"""Conditional GET: validators on every page and twin, 304 while nothing changed, 200 with a new
validator after any edit (a leader, a participation, an office), nothing cached for staff."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User

from archive.models import Meeting, Office, Participation
from archive.records import stamp
from archive.views import caching
from tests.factories import make_article, make_leader, make_meeting

pytestmark = pytest.mark.django_db

PAGES = ["/", "/?format=json", "/meetings/?format=json", "/meetings/?format=csv", "/leaders/",
         "/agreements/?format=json", "/search/?q=Putin&format=json", "/search/suggest/?q=pu",
         "/api/openapi.json", "/about/"]  # fmt: skip


@pytest.fixture
def meeting(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # as if committed
        people = [make_leader(), make_leader(country="RU")]
        return make_meeting(people=people, articles=[make_article()])


@pytest.fixture
def leader(meeting):
    return meeting.participants.first()


def revalidate(client, url, response):
    return client.get(url, headers={"if-none-match": response["ETag"]})


@pytest.mark.parametrize("url", PAGES)
def test_a_second_request_with_the_etag_is_not_modified(client, meeting, url):
    client.get(url)  # a first search creates the empty index: a change of its own
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"]
    again = revalidate(client, url, first)
    assert (again.status_code, again.content) == (304, b"")
    assert again["ETag"] == first["ETag"]
    assert again["Cache-Control"] == first["Cache-Control"]


def test_twins_are_public_pages_private(client, meeting):
    assert client.get("/?format=json")["Cache-Control"] == "public, max-age=60"
    page = client.get("/")
    assert page["Cache-Control"] == "private, no-cache"
    assert {"Cookie", "Accept-Language"} <= {v.strip() for v in page["Vary"].split(",")}


def test_if_modified_since_answers_304(client, meeting, monkeypatch):
    monkeypatch.setattr(caching, "FRESH", timedelta(0))
    first = client.get("/meetings/?format=json")
    again = client.get(
        "/meetings/?format=json", headers={"if-modified-since": first["Last-Modified"]}
    )
    assert again.status_code == 304


def test_a_change_in_the_last_second_has_no_last_modified(
    client, meeting, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        stamp.records_changed()
    assert "Last-Modified" not in client.get("/?format=json")


def edit_name(leader):
    leader.name += " (sửa)"
    leader.save()


def edit_participation(leader):
    Participation.objects.filter(leader=leader).update(title="Thủ tướng")
    participation = Participation.objects.filter(leader=leader).first()
    participation.title = "Tổng thống"
    participation.save()


def edit_office(leader):
    Office.objects.create(leader=leader, title="Đại sứ", country=leader.country)


@pytest.mark.parametrize("edit", [edit_name, edit_participation, edit_office])
def test_after_an_edit_the_page_is_new(
    client, meeting, leader, edit, django_capture_on_commit_callbacks
):
    urls = [meeting.get_absolute_url() + "?format=json", "/meetings/?format=json", "/"]
    before = {url: client.get(url) for url in urls}
    with django_capture_on_commit_callbacks(execute=True):
        edit(leader)
    for url, response in before.items():
        after = revalidate(client, url, response)
        assert after.status_code == 200, url
        assert after["ETag"] != response["ETag"]


def test_the_stamp_is_raised_once_per_transaction(meeting, django_capture_on_commit_callbacks):
    version, _ = stamp.current()
    with django_capture_on_commit_callbacks(execute=True):
        for each in [meeting, *Meeting.objects.all()]:
            each.save()
    assert stamp.current()[0] == version + 1


def test_languages_have_their_own_validators(client, meeting):
    vietnamese = client.get("/")
    client.cookies["django_language"] = "en"
    assert revalidate(client, "/", vietnamese).status_code == 200


def test_staff_get_fresh_pages_and_no_validators(client, meeting):
    anonymous = client.get("/?format=json")
    client.force_login(User.objects.create_user("staff", is_staff=True))
    response = revalidate(client, "/?format=json", anonymous)
    assert response.status_code == 200
    assert "ETag" not in response and "no-store" in response["Cache-Control"]


def test_errors_and_redirects_carry_no_validators(client, meeting):
    assert "ETag" not in client.get(f"/meetings/{meeting.pk}/")
    assert "ETag" not in client.get("/meetings/?year=abc&format=json")
