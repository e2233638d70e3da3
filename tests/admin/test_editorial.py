"""What staff do in the admin, through the admin's own views."""

import sys

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile

from archive.models import Agreement, Article, Leader, Meeting
from archive.records import dumps
from archive.search.service import SearchRequest, search
from tests.admin_forms import change_form_data
from tests.conftest import ROOT, seed_path

pytestmark = pytest.mark.django_db
ACTION_IDS = "_selected_action"


def found(q):
    return {hit.source_file[:3] for hit in search(SearchRequest(q=q)).hits}


def meeting_with(*names) -> Meeting:
    return next(
        m
        for m in Meeting.objects.all()
        if set(m.participants.values_list("name", flat=True)) == set(names)
    )


# ---- meetings ----------------------------------------------------------------------------------


def test_meeting_form_shows_the_reports_beside_the_fields(seeded, editor_client):
    meeting = meeting_with("Trần Đại Quang", "Vladimir Putin")
    page = editor_client.get(f"/admin/archive/meeting/{meeting.pk}/change/").content.decode()
    assert 'class="reports-panel"' in page
    assert "Chủ tịch nước Trần Đại Quang chiều 29/6" in page  # 001's text, beside the date fields
    assert 'name="date"' in page and 'name="participations-0-leader"' in page


def test_review_queue_count_filter_and_mark_reviewed(seeded, editor_client):
    waiting = Meeting.objects.filter(needs_review=True).count()
    assert waiting == 6
    index = editor_client.get("/admin/").content.decode()
    assert "6 meetings need review" in index
    queue = editor_client.get("/admin/archive/meeting/?needs_review__exact=1").content.decode()
    assert queue.count('class="action-select"') == waiting
    assert "chiều qua" in queue  # the importer's reason is in the list
    ids = list(Meeting.objects.filter(needs_review=True).values_list("pk", flat=True))[:2]
    editor_client.post("/admin/archive/meeting/", {"action": "mark_reviewed", ACTION_IDS: ids})
    assert Meeting.objects.filter(needs_review=True).count() == waiting - 2
    assert all("needs_review" in m.staff_edited_fields for m in Meeting.objects.filter(pk__in=ids))


def test_participant_autocomplete_searches_aliases(seeded, editor_client):
    response = editor_client.get("/admin/autocomplete/", {
        "app_label": "archive", "model_name": "participation", "field_name": "leader", "term": "Zhang Jinchu",
    })  # fmt: skip
    assert [r["text"] for r in response.json()["results"]] == ["Trương Tấn Sang"]


def test_merge_meetings_with_confirmation_redirects_and_index(seeded, editor_client, client):
    talks = meeting_with("Trần Đại Quang", "Vladimir Putin")
    call = meeting_with("Trần Đại Quang", "Dmitry Medvedev")
    old_url = call.get_absolute_url()
    confirmation = editor_client.post(
        "/admin/archive/meeting/", {"action": "merge_selected", ACTION_IDS: [talks.pk, call.pk]}
    )
    page = confirmation.content.decode()
    assert (
        confirmation.status_code == 200
        and "What moves" in page
        and "participant moves: Dmitry Medvedev" in page
    )
    done = editor_client.post("/admin/archive/meeting/", {
        "action": "merge_selected", ACTION_IDS: [talks.pk, call.pk], "survivor": talks.pk, "confirm": "yes",
    })  # fmt: skip
    assert done.status_code == 302
    assert not Meeting.objects.filter(pk=call.pk).exists()
    talks.refresh_from_db()
    assert set(talks.participants.values_list("name", flat=True)) == {
        "Trần Đại Quang",
        "Vladimir Putin",
        "Dmitry Medvedev",
    }
    response = client.get(old_url)
    assert (response.status_code, response["Location"]) == (301, talks.get_absolute_url())
    hit = next(
        h for h in search(SearchRequest(q="Medvedev")).hits if h.source_file.startswith("003")
    )
    assert call.pk not in {
        m["id"] for m in hit.meetings
    }  # the index no longer shows the merged meeting


def test_merge_leaders_and_agreements_keep_old_addresses(seeded, editor_client, client):
    sang = Leader.objects.get(name="Trương Tấn Sang")
    duplicate = Leader.objects.create(name="Truong Tan Sang (duplicate)", country="VN")
    old_url = duplicate.get_absolute_url()
    editor_client.post("/admin/archive/leader/", {
        "action": "merge_selected", ACTION_IDS: [sang.pk, duplicate.pk], "survivor": sang.pk, "confirm": "yes",
    })  # fmt: skip
    assert sang.aliases.filter(alias="Truong Tan Sang (duplicate)").exists()
    assert client.get(old_url)["Location"] == sang.get_absolute_url()
    first, second = Agreement.objects.order_by("pk")[:2]
    second_url = second.get_absolute_url()
    editor_client.post("/admin/archive/agreement/", {
        "action": "merge_selected", ACTION_IDS: [first.pk, second.pk], "survivor": first.pk, "confirm": "yes",
    })  # fmt: skip
    assert first.aliases.filter(alias=second.title[:500]).exists()
    assert client.get(second_url)["Location"] == first.get_absolute_url()


def test_split_an_article_off_a_meeting(seeded, editor_client):
    talks = meeting_with("Trần Đại Quang", "Vladimir Putin")
    article = talks.articles.get(source_file__startswith="001")
    url = f"/admin/archive/meeting/{talks.pk}/split/{article.pk}/"
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url)
    new = Meeting.objects.exclude(pk=talks.pk).get(articles=article)
    assert response["Location"] == f"/admin/archive/meeting/{new.pk}/change/"
    assert list(talks.articles.values_list("source_file", flat=True)) == [
        talks.articles.get().source_file
    ]
    assert new.needs_review and set(new.participants.all()) == set(talks.participants.all())
    article.refresh_from_db()
    assert "meetings" in article.staff_edited_fields


# ---- leaders: a new alias re-links the articles that mention it ---------------------------------


def test_new_alias_relinks_articles_after_confirmation(reference_data, editor_client, tmp_path):
    """A leader the text names only by a spelling the table does not know yet."""
    vnukov = Leader.objects.create(name="Konstantin Vnukov", country="RU")
    path = tmp_path / "vnukov.txt"
    path.write_text(
        "Thủ tướng tiếp Đại sứ Nga\n-----------------\n"
        "Chiều 14/3/2014, tại Hà Nội, Thủ tướng Nguyễn Tấn Dũng đã tiếp Đại sứ Nga K. Vnukov.\n",
        encoding="utf-8",
    )
    from django.core.management import call_command

    call_command("import_articles", str(path), verbosity=0)
    article = Article.objects.get()
    assert not article.meetings.exists()  # one identified leader is not a meeting
    url = f"/admin/archive/leader/{vnukov.pk}/change/"
    data = change_form_data(editor_client.get(url))
    n = int(data["aliases-TOTAL_FORMS"])
    data.update(
        {
            "aliases-TOTAL_FORMS": n + 1,
            f"aliases-{n}-alias": "K. Vnukov",
            f"aliases-{n}-kind": "short",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302 and "/relink/?alias=K.+Vnukov" in response["Location"]
    assert article.title in editor_client.get(response["Location"]).content.decode()
    editor_client.post(response["Location"], {"alias": "K. Vnukov", "article": article.pk})
    meeting = article.meetings.get()
    assert set(meeting.participants.values_list("name", flat=True)) == {
        "Nguyễn Tấn Dũng",
        "Konstantin Vnukov",
    }
    assert found('leader:"Konstantin Vnukov"') == {"vnu"}


# ---- articles: upload and re-extraction --------------------------------------------------------


def test_upload_files_reports_each_result(reference_data, editor_client):
    files = [
        SimpleUploadedFile("000.txt", seed_path("000").read_bytes()),
        SimpleUploadedFile("copy.txt", seed_path("000").read_bytes()),
        SimpleUploadedFile("empty.txt", b""),
        SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
        SimpleUploadedFile(
            "../../etc/evil.txt", seed_path("002").read_text(encoding="utf-8").encode("utf-16")
        ),
    ]
    page = editor_client.post("/admin/archive/article/upload/", {"files": files}).content.decode()
    assert "imported 2, unchanged 1, failed 2" in page
    assert "same text as article" in page and "empty file" in page and "PNG image" in page
    assert set(Article.objects.values_list("source_file", flat=True)) == {"000.txt", "evil.txt"}
    assert "000" in found("Trọng Giáp")


def test_an_upload_that_imports_rewrites_the_download_in_a_process_of_its_own(
    reference_data, editor_client, monkeypatch, django_capture_on_commit_callbacks
):
    started = []
    monkeypatch.setattr(
        dumps.subprocess, "Popen", lambda command, **options: started.append(command)
    )
    upload = "/admin/archive/article/upload/"
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            upload, {"files": [SimpleUploadedFile("000.txt", seed_path("000").read_bytes())]}
        )
    assert started == [[sys.executable, str(ROOT / "manage.py"), "dump_archive"]]
    with django_capture_on_commit_callbacks(execute=True):  # nothing new: no dump
        editor_client.post(
            upload, {"files": [SimpleUploadedFile("000.txt", seed_path("000").read_bytes())]}
        )
    assert len(started) == 1


def test_reextraction_keeps_staff_fields(seeded, editor_client):
    article = Article.objects.get(source_file__startswith="000")
    article.title = "Tiêu đề đã sửa"
    article.mark_staff_edited(["title"])
    article.save()
    editor_client.post(
        "/admin/archive/article/", {"action": "reextract_selected", ACTION_IDS: [article.pk]}
    )
    article.refresh_from_db()
    assert article.title == "Tiêu đề đã sửa" and article.meetings.count() == 1
    listing = editor_client.get("/admin/archive/article/").content.decode()
    assert "title" in listing  # the staff-owned column shows it


@pytest.mark.parametrize("url", [
    "/admin/archive/meeting/?year=2017&kind__exact=talks&country__exact=RU&needs_review__exact=0&date__year=2017",
    "/admin/archive/article/?machine_translated__exact=1&year=2013&imported_at__year=2026",
    "/admin/archive/agreement/?kind__exact=agreement&year=2015",
    "/admin/archive/leader/?country__exact=VN&q=Zhang",
])  # fmt: skip
def test_lists_filter_and_search(seeded, editor_client, url):
    assert editor_client.get(url).status_code == 200


# ---- safety ------------------------------------------------------------------------------------


def test_history_shows_who_changed_what_and_reverts(seeded, editor_client, editor):
    meeting = Meeting.objects.get(venue="Phủ Chủ tịch")
    url = f"/admin/archive/meeting/{meeting.pk}/change/"
    data = change_form_data(editor_client.get(url))
    data["city"] = "Da Nang"
    assert editor_client.post(url, data).status_code == 302
    change = meeting.history.first()
    assert (change.history_user, change.city, change.prev_record.city) == (
        editor,
        "Da Nang",
        "Hanoi",
    )
    history_page = editor_client.get(
        f"/admin/archive/meeting/{meeting.pk}/history/"
    ).content.decode()
    assert "editor" in history_page and "Da Nang" in history_page
    revert_url = f"/admin/archive/meeting/{meeting.pk}/history/{change.prev_record.history_id}/"
    revert = change_form_data(editor_client.get(revert_url))
    assert editor_client.post(revert_url, revert).status_code == 302
    meeting.refresh_from_db()
    assert meeting.city == "Hanoi"


def test_malformed_history_addresses_are_404_not_500(seeded, editor_client):
    meeting = Meeting.objects.first()
    assert (
        editor_client.get(f"/admin/archive/meeting/{meeting.pk}/change/history/").status_code == 404
    )
    deeper = editor_client.get(
        f"/admin/archive/meeting/{meeting.pk}/change/history/1/", follow=True
    )
    assert deeper.status_code == 404


def test_a_stale_form_is_refused(seeded, editor_client):
    meeting = Meeting.objects.get(venue="Phủ Chủ tịch")
    url = f"/admin/archive/meeting/{meeting.pk}/change/"
    first, second = (
        change_form_data(editor_client.get(url)),
        change_form_data(editor_client.get(url)),
    )
    first["city"] = "Da Nang"
    assert editor_client.post(url, first).status_code == 302
    second["venue"] = "Somewhere else"
    response = editor_client.post(url, second)
    assert (
        response.status_code == 200
        and "changed by editor after you opened it" in response.content.decode()
    )
    meeting.refresh_from_db()
    assert (meeting.city, meeting.venue) == ("Da Nang", "Phủ Chủ tịch")


def test_groups_editor_and_viewer(seeded, viewer_client, editor):
    assert set(Group.objects.values_list("name", flat=True)) >= {"editor", "viewer"}
    assert editor.has_perms(
        ["archive.change_meeting", "archive.merge_meeting", "archive.import_articles"]
    )
    meeting = Meeting.objects.first()
    page = viewer_client.get(f"/admin/archive/meeting/{meeting.pk}/change/")
    assert page.status_code == 200 and 'name="city"' not in page.content.decode()  # read-only
    assert (
        viewer_client.post(
            f"/admin/archive/meeting/{meeting.pk}/change/", {"city": "X"}
        ).status_code
        == 403
    )
    assert viewer_client.get("/admin/archive/article/upload/").status_code == 403


def test_no_account_exists_until_someone_creates_one(db):
    assert not User.objects.exists()  # no default account, no default password
