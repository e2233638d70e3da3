"""The index under concurrent writers and a killed rebuild, with real processes."""

import os
import signal
import subprocess
import time

import pytest

from tests.conftest import ROOT, SEEDS

PYTHON = str(ROOT / ".venv" / "bin" / "python")


def run(env, *args, **kwargs):
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, **kwargs
    )


def start(env, *args):
    return subprocess.Popen([PYTHON, "manage.py", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("concurrency")
    corpus = tmp_path_factory.mktemp("corpus")
    env = {**os.environ, "DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "diplomacy.settings"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    database = _own_postgres_database(env)
    subprocess.run([PYTHON, "benchmarks/corpus.py", "--articles", "300", "--seed", "5", "--output", str(corpus)],
                   cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    for args in (["migrate", "-v0"], ["load_reference_data"], ["import_articles", str(SEEDS)]):
        assert run(env, *args).returncode == 0
    yield env, corpus, data_dir
    if database:
        database.drop()


class _Database:
    """A PostgreSQL database of its own, when the suite runs against PostgreSQL."""

    def __init__(self, url: str, name: str):
        import psycopg

        self.admin_url, self.name = url, name
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')

    def drop(self):
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _own_postgres_database(env):
    url = env.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        env.pop("DATABASE_URL", None)
        return None
    name = f"archive_concurrency_{os.getpid()}"
    database = _Database(url, name)
    env["DATABASE_URL"] = url.rsplit("/", 1)[0] + "/" + name
    return database


SEARCH = (
    "from archive.search.service import search, SearchRequest; "
    "print(search(SearchRequest(q='Putin')).count)"
)
REINDEX = (
    "from archive.models import Article; from archive.search.indexing import index_articles; "
    "ids = list(Article.objects.values_list('pk', flat=True))\n"
    "for _ in range(4): index_articles(ids)"
)


def test_concurrent_writers_import_and_rebuild_lose_nothing(archive):
    env, corpus, _ = archive
    processes = [
        start(env, "import_articles", str(corpus)),
        start(env, "shell", "-c", REINDEX),
        start(env, "shell", "-c", REINDEX),
        start(env, "rebuild_index", "--noinput"),
        start(env, "shell", "-c", REINDEX),
    ]
    outcomes = [(p.wait(timeout=600), p.stdout.read(), p.stderr.read()) for p in processes]
    for code, out, err in outcomes:
        assert code == 0, out + err
        assert "LockError" not in err
    check = run(env, "check_index")
    assert check.returncode == 0 and "search index up to date (305 articles)" in check.stdout, (
        check.stdout + check.stderr
    )


def test_a_rebuild_killed_halfway_leaves_the_old_index_serving(archive):
    env, _, data_dir = archive
    run(env, "rebuild_index", "--noinput")
    before = os.path.realpath(data_dir / "whoosh_index")
    rebuild = start(env, "rebuild_index", "--noinput")
    generations = data_dir / "indexes"
    deadline = time.monotonic() + 60
    while len(list(generations.iterdir())) < 2 and time.monotonic() < deadline:  # live, new
        time.sleep(0.05)
    time.sleep(0.5)  # let it write part of the new index
    rebuild.send_signal(signal.SIGKILL)
    rebuild.wait()
    assert os.path.realpath(data_dir / "whoosh_index") == before
    (killed,) = [g for g in generations.iterdir() if str(g.resolve()) != before]
    searching = run(env, "shell", "-c", SEARCH)
    assert searching.returncode == 0 and int(searching.stdout.strip().splitlines()[-1]) > 0
    again = run(env, "rebuild_index", "--noinput")
    assert again.returncode == 0
    assert f"removed unused index generation {killed} (" in again.stdout
    assert f"removed unused index generation {before} (" in again.stdout  # served until then
    served = os.path.realpath(data_dir / "whoosh_index")
    assert [str(g.resolve()) for g in generations.iterdir()] == [served]
    assert run(env, "check_index").returncode == 0


def test_searches_keep_working_during_a_rebuild(archive):
    env, _, _ = archive
    rebuild = start(env, "rebuild_index", "--noinput")
    results = []
    while True:  # at least one search starts while the rebuild is still running
        searching = run(env, "shell", "-c", SEARCH)
        last_line = searching.stdout.strip().splitlines()[-1] if searching.stdout.strip() else ""
        results.append((searching.returncode, last_line))
        if rebuild.poll() is not None:
            break
    assert rebuild.returncode == 0
    assert results and all(code == 0 and int(count) > 0 for code, count in results)
