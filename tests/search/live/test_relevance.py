import pytest

from tests.search.relevance import CASES, evaluate

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("case", [pytest.param(c, id=c.query) for c in CASES])
def test_relevance(case):
    outcome = evaluate(case)
    assert outcome.passed, (
        f"{case.query!r}: expected {sorted(case.first)} first, got {outcome.ranked} ({case.why})"
    )


def test_the_set_is_large_enough():
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c.first) >= 3  # queries that must find nothing
