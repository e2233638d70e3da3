"""Admin edits, deletions and imports update the search documents they affect."""

import pytest
from django.core.management import call_command

from archive.models import Agreement, Article, Leader, Meeting
from archive.search.service import SearchRequest, search
from tests.admin_forms import change_form_data
from tests.conftest import seed_path

pytestmark = pytest.mark.django_db


def found(q: str) -> set[str]:
    return {hit.source_file[:3] for hit in search(SearchRequest(q=q)).hits}


def post_change(admin_client, obj, **changes):
    url = f"/admin/archive/{obj._meta.model_name}/{obj.pk}/change/"
    data = change_form_data(admin_client.get(url))
    data.update(changes)
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context and [
        f.errors for f in [response.context["adminform"].form]
    ]
    return response


def test_new_alias_in_admin_makes_the_articles_findable(seeded, admin_client):
    assert found("Vova") == set()
    putin = Leader.objects.get(name="Vladimir Putin")
    url = f"/admin/archive/leader/{putin.pk}/change/"
    data = change_form_data(admin_client.get(url))
    total = int(data["aliases-TOTAL_FORMS"])
    data.update(
        {
            "aliases-TOTAL_FORMS": total + 1,
            f"aliases-{total}-alias": "Vova",
            f"aliases-{total}-kind": "short",
        }
    )
    assert admin_client.post(url, data).status_code == 302
    assert found("Vova") == {"000", "001", "002", "003"}


def test_removing_a_participant_updates_the_leader_facet(seeded, admin_client):
    meeting = Meeting.objects.get(participants__name="Valentina Matviyenko")
    url = f"/admin/archive/meeting/{meeting.pk}/change/"
    data = change_form_data(admin_client.get(url))
    matviyenko = next(
        i
        for i in range(int(data["participations-TOTAL_FORMS"]))
        if str(data[f"participations-{i}-leader"])
        == str(meeting.participants.get(name="Valentina Matviyenko").pk)
    )
    data[f"participations-{matviyenko}-DELETE"] = "on"
    assert admin_client.post(url, data).status_code == 302
    assert found('leader:"Valentina Matviyenko"') == set()
    assert found("Matviyenko") == set()  # the canonical name came only from the records
    assert found("Matvienko") == {"003"}  # the text itself still says it


def test_agreement_title_edit_is_searchable(seeded, admin_client):
    agreement = Agreement.objects.get(signed_date="2016-03-21")
    post_change(admin_client, agreement, title="Nghị định thư Lada Vesta")
    assert "003" in found("Vesta")


def test_deleting_an_article_removes_it_from_search(seeded, admin_client):
    article = Article.objects.get(source_file__startswith="002")
    response = admin_client.post(f"/admin/archive/article/{article.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert found("Zhang Jinchu") == set()


def test_deleting_a_meeting_refreshes_its_articles(seeded, admin_client):
    meeting = Meeting.objects.get(venue="Phủ Chủ tịch")
    admin_client.post(f"/admin/archive/meeting/{meeting.pk}/delete/", {"post": "yes"})
    assert found("year:2013") == set()
    assert found("Zhang Jinchu") == {"002"}


def test_rebuild_index_from_scratch(seeded, index_dir):
    import shutil

    shutil.rmtree(index_dir.parent / "indexes")  # every generation, and the link to the live one
    index_dir.unlink()
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert found("Trương Tấn Sang") == {"000", "002"}


def test_a_rebuild_removes_every_generation_but_its_own_and_says_so(seeded, index_dir):
    from io import StringIO

    from archive.search.store import generations_dir

    served = index_dir.resolve()
    leftover = generations_dir() / "g1"  # as a rebuild killed halfway leaves it
    leftover.mkdir()
    (leftover / "MAIN_x.pst").write_bytes(b"p" * 1_200_000)
    out = StringIO()
    call_command("rebuild_index", interactive=False, stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == f"removed unused index generation {leftover} (1.2 MB)"
    assert lines[1].startswith(f"removed unused index generation {served} (")
    assert lines[2].startswith("freed ") and lines[3] == "search index rebuilt: 5 articles"
    assert list(generations_dir().iterdir()) == [index_dir.resolve()]
    assert found("Trương Tấn Sang") == {"000", "002"}


def test_a_rebuild_commits_in_rounds_of_bounded_size(seeded, monkeypatch):
    """Each round's commit frees the writer's temporary files (55 GB for one commit of 100k)."""
    from archive.search import indexing
    from archive.search.engine import searcher

    monkeypatch.setattr(indexing, "ROUND", 2)
    reported = []
    assert indexing.rebuild(lambda done, total: reported.append((done, total))).articles == 5
    assert [leaf.doc_count_all() for leaf, _ in searcher().leaf_searchers()] == [2, 2, 1]
    assert reported == [(2, 5), (4, 5), (5, 5)]
    assert found("Trương Tấn Sang") == {"000", "002"}


def test_rebuild_reuses_stored_segmentation(seeded, monkeypatch):
    from archive.text import segmentation

    calls = []
    monkeypatch.setattr(segmentation, "segment", lambda text: calls.append(text) or "")
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert calls == []  # article texts unchanged: pyvi never ran (records text is cached too)


def _indexed_by_import(monkeypatch, *paths) -> set[int]:
    from archive.records.changes import articles_changed

    written = set()

    def follow(sender, article_ids, **kwargs):
        written.update(article_ids)

    articles_changed.connect(follow)
    try:
        call_command("import_articles", *map(str, paths), verbosity=0)
    finally:
        articles_changed.disconnect(follow)
    return written


def test_a_report_of_an_unchanged_meeting_rewrites_only_its_own_document(
    seeded, tmp_path, monkeypatch
):
    """The other reports carry the meeting's facts, not its list of reports (import speed)."""
    copy = tmp_path / "003_copy.txt"
    copy.write_bytes(seed_path("003").read_bytes() + "\nBản sao lưu trữ.".encode())
    written = _indexed_by_import(monkeypatch, copy)
    assert written == {Article.objects.get(source_file="003_copy.txt").pk}


def test_a_report_that_improves_a_meeting_rewrites_its_other_reports(reference_data, monkeypatch):
    _indexed_by_import(monkeypatch, seed_path("001"))
    first = Article.objects.get()
    written = _indexed_by_import(monkeypatch, seed_path("003"))
    # 003 states the year 001 left to inference: the shared meeting's review state changes.
    assert first.pk in written
    assert Article.objects.get(source_file__startswith="003").pk in written
