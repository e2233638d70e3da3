"""Worker processes for decoding, extraction and pyvi give the same archive as one process."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.management.commands import import_articles
from archive.models import Article
from archive.records.export import archive_export
from archive.search import indexing
from archive.search.service import SearchRequest, search
from tests.conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, "benchmarks/corpus.py", "--articles", "30", "--seed", "3", "--output", str(folder)],
                   cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    for seed in SEEDS.iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    return folder


def imported(corpus, workers):
    call_command("flush", "--noinput", verbosity=0)
    call_command("load_reference_data", verbosity=0)
    try:
        call_command("import_articles", str(corpus), "--workers", str(workers), verbosity=0)
    except Exception as error:  # the empty file makes the exit status 1
        assert "could not be imported" in str(error)
    return archive_export()


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_parallel_import_equals_serial_import(corpus):
    serial = imported(corpus, 1)
    parallel = imported(corpus, 2)
    assert len(parallel["articles"]) == 35
    assert parallel == serial


def found(q: str) -> tuple[int, list[int]]:
    results = search(SearchRequest(q=q, snippets=False))
    return results.count, [hit.id for hit in results.hits]


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_index_written_by_two_processes_answers_like_one(corpus, monkeypatch):
    queries = [
        "Putin",
        "hợp tác",
        "truong tan sang",
        '"đối tác chiến lược"',
        "Medv*",
        "year:2015 Nga",
    ]
    imported(corpus, 2)  # 35 documents: written by one process
    one_process = {q: found(q) for q in queries}
    assert all(count for count, _ in one_process.values())
    monkeypatch.setattr(indexing, "PARALLEL_FROM", 1)
    call_command("rebuild_index", verbosity=0)
    call_command("check_index", verbosity=0)  # raises if a document is missing or stale
    assert {q: found(q) for q in queries} == one_process


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_cold_rebuild_segments_in_worker_processes_like_one_process(corpus, monkeypatch):
    imported(corpus, 1)
    cached = dict(Article.objects.values_list("pk", "segmented_text"))
    Article.objects.update(segmented_hash="", segmented_text="")  # as after a change of analysis
    monkeypatch.setattr(indexing, "PARALLEL_FROM", 1)
    call_command("rebuild_index", verbosity=0)
    assert dict(Article.objects.values_list("pk", "segmented_text")) == cached
    call_command("check_index", verbosity=0)


@pytest.mark.django_db
def test_parallel_import_inside_a_transaction_keeps_the_connection(corpus):
    # An admin upload or a test runs the import inside a transaction: the forked workers must not
    # close or share the parent's database session (on PostgreSQL this used to end it).
    call_command("load_reference_data", verbosity=0)
    with pytest.raises(Exception, match="could not be imported"):  # the empty file
        call_command("import_articles", str(corpus), "--workers", "2", verbosity=0)
    assert Article.objects.count() == 35


def _prepare_by_touching(item: tuple[Path, str]) -> str:
    path, name = item
    path.touch()
    return name


def test_workers_prepare_a_bounded_number_of_files_ahead(tmp_path, monkeypatch):
    """The workers outrun the database writes; what they prepare waits in memory."""
    files = [(tmp_path / f"{i}.txt", f"{i}.txt") for i in range(300)]
    monkeypatch.setattr(import_articles, "prepare_file", _prepare_by_touching)
    prepared = import_articles.prepared_files(files, None, workers=2)
    first = next(prepared)
    time.sleep(1)  # time enough to prepare all 300
    assert len(list(tmp_path.iterdir())) <= 2 * import_articles.AHEAD_PER_WORKER + 1
    assert [first, *prepared] == [name for _, name in files]
