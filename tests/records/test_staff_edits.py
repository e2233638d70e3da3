"""A re-import never overwrites what staff edited."""

import pytest
from django.core.management import call_command

from archive.models import Article, Meeting
from tests.conftest import seed_path

pytestmark = pytest.mark.django_db


def import_text(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    call_command("import_articles", str(path), verbosity=0)


def test_revised_file_updates_the_article_but_keeps_staff_fields(reference_data, tmp_path, capsys):
    text = seed_path("000").read_text(encoding="utf-8")
    import_text(tmp_path, "000.txt", text)
    article = Article.objects.get()
    article.title = "Tiêu đề do biên tập viên sửa"
    article.mark_staff_edited(["title"])
    article.save()
    meeting = article.meetings.get()
    meeting.city, meeting.needs_review = "Saint Petersburg", False
    meeting.mark_staff_edited(["city", "needs_review"])
    meeting.save()

    import_text(tmp_path, "000.txt", text.replace("Trọng Giáp", "Minh Hà"))
    assert "imported 1, unchanged 0, failed 0, updated 1" in capsys.readouterr().out
    article.refresh_from_db()
    assert article.title == "Tiêu đề do biên tập viên sửa"
    assert article.byline == "Minh Hà"
    meeting = Meeting.objects.get()
    assert (meeting.city, meeting.needs_review) == ("Saint Petersburg", False)
    assert list(meeting.articles.all()) == [article]


def test_revised_file_replaces_meetings_nobody_edited(reference_data, tmp_path):
    import_text(tmp_path, "doc.txt", seed_path("002").read_text(encoding="utf-8"))
    first = Meeting.objects.get()
    import_text(tmp_path, "doc.txt", seed_path("004").read_text(encoding="utf-8"))
    assert not Meeting.objects.filter(pk=first.pk).exists()
    assert Meeting.objects.count() == 2


def test_admin_edit_marks_the_field_as_staff_owned(reference_data, tmp_path, admin_client):
    import_text(tmp_path, "doc.txt", seed_path("001").read_text(encoding="utf-8"))
    article = Article.objects.get()
    url = f"/admin/archive/article/{article.pk}/change/"
    form = admin_client.get(url).context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update(title="Tiêu đề mới", photo_captions="[]", machine_translated="")
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.title == "Tiêu đề mới"
    assert "title" in article.staff_edited_fields
