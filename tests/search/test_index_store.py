"""The index path's layout: a symlink to one generation, made or converted under the lock."""

import threading

from archive.search.store import ensure_layout, generations_dir, index_lock


def _marker(directory):
    (directory / "made").write_text("empty index")


def test_a_missing_index_becomes_a_generation_behind_the_symlink(index_dir):
    ensure_layout(_marker)
    assert index_dir.is_symlink()
    assert (index_dir / "made").exists()
    assert [g.name for g in generations_dir().iterdir()] == [index_dir.resolve().name]


def test_an_index_of_the_older_layout_keeps_its_files(index_dir):
    index_dir.mkdir()
    (index_dir / "segment").write_text("postings")
    ensure_layout(_marker)
    assert index_dir.is_symlink() and (index_dir / "segment").read_text() == "postings"
    assert not (index_dir / "made").exists()


def test_a_dangling_symlink_gets_a_new_generation(index_dir):
    index_dir.symlink_to("indexes/gone")
    ensure_layout(_marker)
    assert (index_dir / "made").exists()


def test_many_openers_at_once_convert_the_older_layout_once(index_dir):
    index_dir.mkdir()
    (index_dir / "segment").write_text("postings")
    start = threading.Barrier(8)

    def opener():
        start.wait()
        ensure_layout(_marker)

    threads = [threading.Thread(target=opener) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    generations = list(generations_dir().iterdir())
    assert len(generations) == 1 and generations[0].is_dir() and not generations[0].is_symlink()
    assert (index_dir / "segment").read_text() == "postings"


def test_the_lock_is_reentrant_in_one_thread_and_exclusive_across_threads(index_dir):
    other = []

    def try_lock():
        with index_lock(timeout=0) as holding:
            other.append(holding)

    with index_lock() as outer:
        with index_lock(timeout=0) as inner:
            assert outer and inner
        thread = threading.Thread(target=try_lock)
        thread.start()
        thread.join()
    assert other == [False]
