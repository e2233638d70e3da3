"""The extraction corpus at its floors: `make extraction` prints the same figures in full."""

import json

import pytest

from tests.extract.evaluate import CORPUS, FLOORS, evaluate, load_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def scored(django_db_setup, django_db_blocker):
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("load_reference_data", verbosity=0)
        try:
            yield evaluate(load_corpus(CORPUS))
        finally:
            call_command("flush", "--noinput", verbosity=0)


def _floors():
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def test_the_corpus_has_every_family_and_enough_reports():
    reports = load_corpus(CORPUS)
    families = {r.family for r in reports}
    assert len(reports) >= 60
    assert set(_floors()["families"]) <= families


@pytest.mark.parametrize("family", [*_floors()["families"], "ALL"])
def test_figures_keep_their_floor(scored, family):
    total, families, _ = scored
    figures = (total if family == "ALL" else families[family]).figures()
    floor = _floors()["ALL"] if family == "ALL" else _floors()["families"][family]
    below = {
        name: (round(figures.get(name, 0), 3), least)
        for name, least in floor.items()
        if name not in ("wrong_unflagged", "flagged_share") and figures.get(name, 0) < least
    }
    assert not below, f"{family}: figures below their floor (now, floor): {below}"
    assert figures["wrong_unflagged"] <= floor.get("wrong_unflagged", 0)
    assert figures["flagged_share"] <= floor.get("flagged_share", 1.0)


def test_meetings_told_twice_are_recorded_once(scored):
    _, _, (shared, joined, unmerged) = scored
    assert joined >= _floors()["merged"], unmerged
