"""The index path's layout: a symlink to one generation, made or converted under the lock, and
the generations no longer served deleted under the same lock."""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from archive.search.store import (
    RemovedGeneration,
    ensure_layout,
    generations_dir,
    index_lock,
    remove_unused_generations,
)
from tests.conftest import ROOT


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


def _leftover(name: str, size: int):
    """A generation as a killed rebuild leaves it: some files, never served."""
    directory = generations_dir() / name
    (directory / "MAIN.tmp").mkdir(parents=True)
    (directory / "MAIN_x.pst").write_bytes(b"p" * size)
    (directory / "MAIN.tmp" / "run.ctmp").write_bytes(b"t" * 10)
    return directory


def test_every_generation_but_the_served_one_is_removed_and_named_with_its_size(index_dir):
    ensure_layout(_marker)
    first, second = _leftover("g1", 1000), _leftover("g2", 2000)
    assert remove_unused_generations() == [
        RemovedGeneration(first, 1010),
        RemovedGeneration(second, 2010),
    ]
    assert list(generations_dir().iterdir()) == [index_dir.resolve()]
    assert (index_dir / "made").exists()
    assert remove_unused_generations() == []


def test_the_served_generation_is_kept_when_the_data_folder_is_reached_through_a_symlink(
    settings, tmp_path
):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    settings.HAYSTACK_CONNECTIONS = {
        "default": {
            **settings.HAYSTACK_CONNECTIONS["default"],
            "PATH": str(tmp_path / "link" / "whoosh_index"),
        }
    }
    ensure_layout(_marker)
    assert remove_unused_generations() == []
    assert (tmp_path / "link" / "whoosh_index" / "made").exists()


def _other_process(code: str, *args) -> subprocess.Popen:
    """`code` run by another Python process, with this test's data folder."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "diplomacy.settings"}
    env["DATA_DIR"] = str(generations_dir().parent)
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)  # fmt: skip


BUILDING = """
import fcntl, os, sys, time
with open(sys.argv[1], "a") as lock:  # what a rebuild in another process holds
    fcntl.flock(lock, fcntl.LOCK_EX)
    os.mkdir(sys.argv[2])
    print("building", flush=True)
    time.sleep(60)
"""


def test_a_generation_another_process_is_building_is_not_removed(index_dir):
    ensure_layout(_marker)
    building = generations_dir() / "g9"
    process = _other_process(BUILDING, str(index_dir.parent / "index.lock"), str(building))
    try:
        assert process.stdout.readline() == "building\n"
        assert remove_unused_generations(timeout=0.2) is None
        assert building.is_dir()
    finally:
        process.kill()
        process.wait()
    assert remove_unused_generations(timeout=5) == [RemovedGeneration(building, 0)]


KILLED_REBUILD = """
import time, django
django.setup()
from whoosh.fields import Schema, TEXT
from whoosh.index import create_in
from archive.search.store import index_lock, new_generation
from archive.search.whoosh_internals import parallel_writer
with index_lock():
    writer = parallel_writer(create_in(str(new_generation()), Schema(text=TEXT)), 2)
    for n in range(300):  # three job files of 100: both writing processes start
        writer.add_document(text=f"word{n} " * 50)
    print(*(task.pid for task in writer.tasks), flush=True)
    time.sleep(60)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"  # a zombie has exited, whoever reaps it


def test_a_rebuild_killed_halfway_leaves_no_writer_no_lock_and_its_generation_is_removed(index_dir):
    ensure_layout(_marker)
    rebuild = _other_process(KILLED_REBUILD)
    writers = [int(pid) for pid in rebuild.stdout.readline().split()]
    assert len(writers) == 2
    rebuild.send_signal(signal.SIGKILL)
    rebuild.wait()
    deadline = time.monotonic() + 5
    while any(map(_running, writers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in writers if _running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left  # Whoosh's own writer left them waiting on their job queue for ever
    with index_lock(timeout=5) as holding:
        assert holding  # they held the lock's file, inherited from the killed rebuild
    (killed,) = [g for g in generations_dir().iterdir() if g != index_dir.resolve()]
    removed = remove_unused_generations()
    assert [g.path for g in removed] == [killed] and removed[0].size > 0
    assert list(generations_dir().iterdir()) == [index_dir.resolve()]
