from pathlib import Path

import pytest
from django.core.management import call_command

from archive.extract.directory import directory_from_reference, read_reference

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "articles"
REFERENCE = ROOT / "fixtures" / "reference"


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def reference_directory():
    return directory_from_reference(read_reference(REFERENCE))


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    """A fresh Whoosh index for every test (paperless does the same)."""
    from haystack import connections

    settings.HAYSTACK_CONNECTIONS = {
        "default": {
            "ENGINE": "archive.search.backend.ArchiveWhooshEngine",
            "PATH": str(tmp_path / "whoosh_index"),
        }
    }
    connections.reload("default")
    yield tmp_path / "whoosh_index"
    connections.reload("default")


@pytest.fixture
def reference_data(db):
    call_command("load_reference_data", verbosity=0)


@pytest.fixture
def seeded(reference_data):
    """The five bundled documents imported through the command users run."""
    call_command("import_articles", str(SEEDS), verbosity=0)


@pytest.fixture
def permission_groups():
    """The migration's groups, recreated if a transactional test flushed them away.

    Uses whatever database access the test declares (ordinary or transactional)."""
    from importlib import import_module

    from django.apps import apps

    import_module("archive.migrations.0005_groups").create_groups(apps, None)


@pytest.fixture(autouse=True)
def fresh_content_type_cache():
    """Transactional tests flush the database and recreate content types under new ids; Django's
    in-process cache would hand the next test ids that no longer exist."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


@pytest.fixture(autouse=True)
def fresh_place_spellings():
    """The gazetteer's spellings are read once a minute per process (search documents); kept from
    an earlier test's database, they would go into this test's documents until the minute ran
    out mid-test, and the documents would then differ from their records (flaky staleness)."""
    from archive.search import documents

    documents._SPELLINGS.update(at=-1e9, names={})


# Markers by where a test lives, so `make test-fast` (-m "not browser and not deploy and not
# slow") skips them in the edit-test loop; `make test` runs everything.
_MARKED_DIRECTORIES = {"browser": "browser", "deploy": "deploy"}
SLOW_FILES = frozenset(  # measured with --durations: each takes 8 s or more
    [
        "api/test_schemathesis.py",
        "test_bench.py",
        "test_make_run.py",
        "commands/test_backup.py",
        "commands/test_import_parallel.py",
        "search/test_counting.py",
    ]
)


def pytest_collection_modifyitems(items):
    for item in items:
        path = Path(str(item.fspath)).relative_to(ROOT / "tests")
        marker = _MARKED_DIRECTORIES.get(path.parts[0])
        if marker:
            item.add_marker(getattr(pytest.mark, marker))
        if path.as_posix() in SLOW_FILES:
            item.add_marker(pytest.mark.slow)
