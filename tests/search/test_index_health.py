"""check_index finds what differs between index and database; a broken index is not a 500."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.models import Article
from archive.search import engine
from archive.search.health import index_report

pytestmark = pytest.mark.django_db


def test_healthy_after_import(seeded):
    assert index_report().healthy


def test_missing_orphaned_and_stale_are_found_and_repaired(seeded, capsys):
    ids = sorted(Article.objects.values_list("pk", flat=True))
    Article.objects.filter(pk=ids[0]).update(title="Tiêu đề sửa thẳng trong cơ sở dữ liệu")  # stale
    from haystack import connections

    backend = connections["default"].get_backend()
    backend.remove(f"archive.article.{ids[1]}")  # missing
    orphan = Article.objects.get(pk=ids[2])
    Article.objects.filter(pk=orphan.pk).delete()  # orphaned (deleted without the index knowing)
    report = index_report()
    assert (report.stale, report.missing, report.orphaned) == ([ids[0]], [ids[1]], [ids[2]])
    with pytest.raises(CommandError):
        call_command("check_index")
    assert "stale: 1" in capsys.readouterr().out
    call_command("check_index", "--repair")
    assert index_report().healthy


def test_quick_check_compares_ids_only(seeded):
    Article.objects.filter(pk=Article.objects.first().pk).update(title="changed")
    assert index_report(compare_content=False).healthy
    assert not index_report().healthy


def test_a_corrupted_index_gives_a_message_not_a_500_and_is_repaired_by_one_command(
    seeded, client, caplog, index_dir
):
    for toc in index_dir.resolve().glob("*.toc"):
        toc.write_bytes(b"not a table of contents")
    engine.close_searchers()
    response = client.get("/search/", {"q": "Putin"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 503
    assert "rebuild_index --noinput" in response.content.decode()
    assert "search index unreadable" in caplog.text
    call_command("rebuild_index", interactive=False, verbosity=0)
    engine.close_searchers()
    assert client.get("/search/", {"q": "Putin"}).status_code == 200


def test_repair_writes_updates_left_in_the_queue(seeded):
    from archive.models import PendingIndexUpdate

    article = Article.objects.get(source_file__startswith="000")
    Article.objects.filter(pk=article.pk).update(title="Tiêu đề xếp hàng chờ")
    PendingIndexUpdate.objects.create(article_id=article.pk)  # as left by a writer that gave up
    assert not index_report().healthy
    call_command("check_index", "--repair", "--quick")
    assert index_report().healthy and not PendingIndexUpdate.objects.exists()


def _leftover_generation(size: int):
    """A folder as a rebuild killed halfway leaves it under DATA_DIR/indexes/."""
    from archive.search.store import generations_dir

    directory = generations_dir() / "g1"
    directory.mkdir()
    (directory / "MAIN_x.pst").write_bytes(b"p" * size)
    return directory


def test_repair_removes_unused_generations_and_says_what_it_freed(seeded, index_dir, capsys):
    leftover = _leftover_generation(2_500_000)
    call_command("check_index", "--repair")
    out = capsys.readouterr().out
    assert f"removed unused index generation {leftover} (2.5 MB)\nfreed 2.5 MB\n" in out
    assert "search index up to date" in out
    assert not leftover.exists() and index_dir.resolve().is_dir()


def test_repair_leaves_generations_alone_while_another_writer_holds_the_lock(
    seeded, capsys, monkeypatch
):
    import threading

    from archive.search import health
    from archive.search.store import index_lock

    monkeypatch.setattr(health, "WAIT", 0.1)
    leftover = _leftover_generation(10)
    holding, done = threading.Event(), threading.Event()

    def rebuilding():  # another open file description of the lock, as in another process
        with index_lock():
            holding.set()
            done.wait(10)

    thread = threading.Thread(target=rebuilding)
    thread.start()
    try:
        holding.wait(5)
        call_command("check_index", "--repair", "--quick")
    finally:
        done.set()
        thread.join()
    assert "unused index generations left alone: a rebuild" in capsys.readouterr().out
    assert leftover.exists()
