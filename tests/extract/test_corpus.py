"""The extraction corpus and the held-out sets at their floors: `make extraction` prints the same
figures in full (`--corpus tests/extract/holdoutN` for a held-out set)."""

import json

import pytest

from tests.extract.evaluate import CORPUS, HOLDOUTS, evaluate, floors_file, load_corpus

pytestmark = pytest.mark.django_db

SETS = (CORPUS, *HOLDOUTS)


@pytest.fixture(scope="module")
def scores(django_db_setup, django_db_blocker):
    """Each set scored alone in the archive (records merge across a set's reports), before any
    test's transaction opens: flushing inside one fails on PostgreSQL."""
    from django.core.management import call_command

    done = {}
    with django_db_blocker.unblock():
        for root in SETS:
            call_command("load_reference_data", verbosity=0)
            try:
                done[root] = evaluate(load_corpus(root))
            finally:
                call_command("flush", "--noinput", verbosity=0)
    return done


def _floors(root=CORPUS):
    return json.loads(floors_file(root).read_text(encoding="utf-8"))


def test_the_corpus_has_every_family_and_enough_reports():
    reports = load_corpus(CORPUS)
    families = {r.family for r in reports}
    assert len(reports) >= 60
    assert set(_floors()["families"]) <= families


@pytest.mark.parametrize(
    "root, family",
    [(CORPUS, family) for family in [*_floors()["families"], "ALL"]]
    + [(root, "ALL") for root in HOLDOUTS],
    ids=lambda value: value.name if hasattr(value, "name") else value,
)
def test_figures_keep_their_floor(scores, root, family):
    total, families, _ = scores[root]
    figures = (total if family == "ALL" else families[family]).figures()
    floor = _floors(root)["ALL"] if family == "ALL" else _floors(root)["families"][family]
    below = {
        name: (round(figures.get(name, 0), 3), least)
        for name, least in floor.items()
        if name not in ("wrong_unflagged", "flagged_share") and figures.get(name, 0) < least
    }
    assert not below, f"{root.name} {family}: figures below their floor (now, floor): {below}"
    assert figures["wrong_unflagged"] <= floor.get("wrong_unflagged", 0)
    assert figures["flagged_share"] <= floor.get("flagged_share", 1.0)


def test_meetings_told_twice_are_recorded_once(scores):
    _, _, (shared, joined, unmerged) = scores[CORPUS]
    assert joined >= _floors()["merged"], unmerged
