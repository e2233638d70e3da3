"""One archive per test module, imported through the command: the bundled documents here, or
the reports a module names (`archive_of`)."""

from contextlib import contextmanager

import pytest
from django.core.management import call_command
from django.test import override_settings
from haystack import connections

from tests.conftest import SEEDS


@contextmanager
def archive_of(paths: list[str], django_db_blocker, tmp_path_factory):
    """An index and database holding these reports, emptied afterwards."""
    path = tmp_path_factory.mktemp("search-index") / "whoosh_index"
    engine = {"ENGINE": "archive.search.backend.ArchiveWhooshEngine", "PATH": str(path)}
    with override_settings(HAYSTACK_CONNECTIONS={"default": engine}):
        connections.reload("default")
        with django_db_blocker.unblock():
            call_command("load_reference_data", verbosity=0)
            call_command("import_articles", *paths, verbosity=0)
        yield path
        with django_db_blocker.unblock():
            call_command("flush", "--noinput", verbosity=0)
    connections.reload("default")


@pytest.fixture(scope="module")
def search_archive(django_db_setup, django_db_blocker, tmp_path_factory):
    with archive_of([str(SEEDS)], django_db_blocker, tmp_path_factory) as path:
        yield path


@pytest.fixture(autouse=True)
def index_dir(search_archive):
    """Replaces the per-test empty index of tests/conftest.py with the module's archive."""
    return search_archive


@pytest.fixture
def client():
    """These tests read the English messages; Vietnamese is the site's default language."""
    from django.test import Client

    return Client(HTTP_ACCEPT_LANGUAGE="en")
