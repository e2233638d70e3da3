import re

import pytest

from archive.models import Agreement, Article, Leader, Meeting

pytestmark = pytest.mark.django_db


def test_home_lists_every_meeting_in_few_queries(seeded, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = client.get("/")
    assert response.status_code == 200
    assert response.content.decode().count('class="meeting-card"') == Meeting.objects.count()


def test_month_precision_is_shown_honestly(seeded, client):
    meeting = Meeting.objects.get(date_precision="month", kind="talks")
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "5/2015" in page
    assert "1/5/2015" not in page


@pytest.mark.parametrize("model", [Meeting, Article, Leader, Agreement])
def test_wrong_slug_redirects_permanently_to_the_permalink(seeded, client, model):
    obj = (
        model.objects.filter(pk__in=Meeting.objects.values("participants")).first()
        if model is Leader
        else model.objects.first()
    )
    url = obj.get_absolute_url()
    wrong = url.replace(obj.slug, "old-slug")
    response = client.get(wrong)
    assert (response.status_code, response["Location"]) == (301, url)
    assert client.get(url).status_code == 200


def test_meeting_page_shows_participants_titles_and_reporting_articles(seeded, client):
    meeting = Meeting.objects.get(venue="Điện Kremlin")
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Trần Đại Quang</a>, Chủ tịch nước" in page
    reported = re.search(r'<ul class="reported">(.*?)</ul>', page, re.S).group(1)
    assert reported.count("/articles/") == 2
    assert '<section class="similar">' in page


def test_article_page_escapes_document_html(reference_data, client, tmp_path):
    from django.core.management import call_command

    path = tmp_path / "x.txt"
    path.write_text(
        "Tiêu đề <script>alert(1)</script> về Nga\nMở đầu.\nThân bài <b>đậm</b>.", encoding="utf-8"
    )
    call_command("import_articles", str(path), verbosity=0)
    page = client.get(Article.objects.get().get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_unknown_meeting_is_404(db, client):
    assert client.get("/meetings/999/x/").status_code == 404
