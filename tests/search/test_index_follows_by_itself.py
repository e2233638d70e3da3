"""Every kind of change reaches the index without its caller asking: the records say which
articles changed (archive/records/changes.py), and the index follows once per unit of work, or
for an edit made outside any (a script), when its transaction commits: `committed()` runs the
test's transaction's commit callbacks, as a commit would."""

import pytest

from archive.models import Agreement, Article, Leader, LeaderAlias, Meeting, MeetingAgreement
from archive.records import changes
from archive.records.articles import article_import
from archive.records.directory import directory_from_db
from archive.records.merge import leaders_merge, meetings_merge
from archive.search.service import SearchRequest, search
from tests.conftest import seed_path

pytestmark = pytest.mark.django_db


def found(q: str) -> set[str]:
    return {hit.source_file[:3] for hit in search(SearchRequest(q=q)).hits}


@pytest.fixture
def sent(monkeypatch):
    """Each articles_changed signal, as the list of article ids it carried."""
    calls = []

    def receiver(sender, article_ids, **kwargs):
        calls.append(article_ids)

    changes.articles_changed.connect(receiver)
    yield calls
    changes.articles_changed.disconnect(receiver)


def test_an_import_by_the_records_writer(reference_data):
    article_import(data=seed_path("002").read_bytes(), source_name="002.txt",
                   directory=directory_from_db())  # fmt: skip
    assert found("Zhang Jinchu") == {"002"}


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_an_edit_in_code(seeded, committed):
    article = Article.objects.get(source_file__startswith="001")
    article.title = "Cuộc gặp ở Xô-chi về ngành dệt may"
    with committed():
        article.save()
    assert "001" in found("dệt may")


def test_a_many_to_many_edit(seeded, committed):
    meeting = Meeting.objects.get(venue="Phủ Chủ tịch")  # reported by 002
    other = Article.objects.get(source_file__startswith="004")
    assert "004" not in found("year:2013")
    with committed():
        meeting.articles.add(other)
    assert "004" in found("year:2013")
    with committed():
        meeting.articles.remove(other)
    assert "004" not in found("year:2013")


def test_an_agreement_linked_and_renamed(seeded, committed):
    meeting = Meeting.objects.get(venue="Phủ Chủ tịch")
    with committed():
        agreement = Agreement.objects.create(title="Hiệp định Zubrovka")
        MeetingAgreement.objects.create(meeting=meeting, agreement=agreement)
    assert found("Zubrovka") == {"002"}
    agreement.title = "Hiệp định Okroshka"
    with committed():
        agreement.save()
    assert found("Zubrovka") == set() and found("Okroshka") == {"002"}


def test_an_alias_added(seeded, committed):
    putin = Leader.objects.get(name="Vladimir Putin")
    with committed():
        LeaderAlias.objects.create(leader=putin, alias="Vova", kind="short")
    assert found("Vova") == {"000", "001", "002", "003"}


def test_edits_in_one_transaction_are_sent_once_when_it_commits(seeded, committed, sent):
    with committed() as callbacks:
        for article in Article.objects.all():
            article.save()
        assert sent == []  # not before the commit
    assert len(callbacks) == 1 and len(sent) == 1 and len(sent[0]) == 5


def test_a_merge(seeded):
    putin = Leader.objects.get(name="Vladimir Putin")
    double = Leader.objects.create(name="Vladimir Vladimirovich Putin", country="RU")
    leaders_merge(survivor=double, others=[putin])
    assert found('leader:"Vladimir Vladimirovich Putin"') == {"000", "001", "002", "003"}


def test_a_meeting_merge_is_one_signal(seeded, sent):
    meetings = list(Meeting.objects.order_by("pk")[:2])
    affected = set(Article.objects.filter(meetings__in=meetings).values_list("pk", flat=True))
    meetings_merge(survivor=meetings[0], others=meetings[1:])
    assert sent == [sorted(affected)]


def test_deletes_of_articles_and_meetings(seeded, committed):
    with committed():
        Meeting.objects.filter(venue="Phủ Chủ tịch").delete()  # a queryset delete, too
    assert found("year:2013") == set()
    with committed():
        Article.objects.get(source_file__startswith="002").delete()
    assert found("Zhang Jinchu") == set()


def test_an_admin_save_with_inlines_is_one_signal(seeded, admin_client, sent):
    from tests.admin_forms import change_form_data

    putin = Leader.objects.get(name="Vladimir Putin")
    url = f"/admin/archive/leader/{putin.pk}/change/"
    data = change_form_data(admin_client.get(url))
    total = int(data["aliases-TOTAL_FORMS"])
    data.update({"aliases-TOTAL_FORMS": total + 1, f"aliases-{total}-alias": "Vova",
                 f"aliases-{total}-kind": "short"})  # fmt: skip
    assert admin_client.post(url, data).status_code == 302
    assert len(sent) == 1
    assert found("Vova") == {"000", "001", "002", "003"}


def test_nothing_is_sent_for_a_change_nobody_follows(seeded, committed, sent):
    with committed(), changes.unfollowed():
        Article.objects.get(source_file__startswith="001").save()
    assert sent == []
