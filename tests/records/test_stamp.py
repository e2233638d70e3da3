"""What `kept_until_changed` keeps: one entry per version of the records and of the code."""

import os
import subprocess
import sys

import pytest
from django.core.cache import cache

from archive.records import stamp

pytestmark = pytest.mark.django_db


@pytest.fixture
def computed():
    """How often the kept value was computed."""
    cache.clear()
    calls = []
    yield lambda: calls.append(len(calls)) or len(calls), calls
    cache.clear()


def raise_stamp(capture):
    with capture(execute=True):  # as if committed
        stamp.records_changed()


def test_nothing_is_kept_before_the_first_stamp(computed):
    compute, calls = computed
    stamp.kept_until_changed("figures", compute)
    stamp.kept_until_changed("figures", compute)
    assert len(calls) == 2


def test_kept_until_a_record_changes(computed, django_capture_on_commit_callbacks):
    compute, calls = computed
    raise_stamp(django_capture_on_commit_callbacks)
    assert [stamp.kept_until_changed("figures", compute) for _ in range(2)] == [1, 1]
    raise_stamp(django_capture_on_commit_callbacks)
    assert stamp.kept_until_changed("figures", compute) == 2


def test_new_code_computes_anew(computed, django_capture_on_commit_callbacks, monkeypatch):
    """The cache outlives the workers (files under DATA_DIR): a deployment must not read what
    the old code kept."""
    compute, calls = computed
    raise_stamp(django_capture_on_commit_callbacks)
    stamp.kept_until_changed("figures", compute)
    monkeypatch.setattr(stamp, "code_version", lambda: ("another", None))
    assert stamp.kept_until_changed("figures", compute) == 2


def test_another_worker_reads_what_one_kept(settings):
    """A gunicorn worker started after the entry was kept (a restart, a deployment of the same
    code) does not compute it again."""
    cache.set("kept-by-one-worker", 42)
    worker = "import django; django.setup(); from django.core.cache import cache; "
    worker += "print(cache.get('kept-by-one-worker'))"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "diplomacy.settings"}
    env["DATA_DIR"] = str(settings.DATA_DIR)
    answer = subprocess.run([sys.executable, "-c", worker], env=env, capture_output=True, text=True)
    assert answer.stdout.strip() == "42", answer.stderr
