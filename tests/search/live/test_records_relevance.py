"""Search follows the records, on reports of the extraction corpus: what the records know of a
report (a place's other names, a leader's other names) finds it, however the report spells
them (issue 14). Each query's reports must come first."""

import pytest

from tests.extract.evaluate import CORPUS
from tests.search.live.conftest import archive_of
from tests.search.relevance import Case, Outcome

REPORTS = {
    "kazan": "places-sidelines-brics-kazan-2024.txt",  # says only `Ca-dan`
    "tianjin": "places-sidelines-sco-tianjin-2025.txt",  # says only `Thiên Tân`
    "brezhnev": "history-le-duan-brezhnev-treaty-1978.txt",  # says `Brê-giơ-nép`
    "wu-wenshang": "machine-translation-tap-can-binh-ruan-fuzhong-hanoi-2023.txt",  # `Wu Wenshang`
    "moskva": "dup-to-lam-putin-moskva-2025-khong-dau.txt",  # `Moskva`, names without marks
    "hanoi-xi": "dup-nguyen-phu-trong-tap-can-binh-ha-noi-2023.txt",  # `Tập Cận Bình`
}


def case(query, *first, why=""):
    return Case(query, frozenset(first), why=why)


CASES = [
    case("Kazan", "kazan", why="the meeting's city; the text says Ca-dan"),
    case("kazan", "kazan", why="without capitals"),
    case("Tianjin", "tianjin", why="the text says Thiên Tân"),
    case("Thien Tan", "tianjin", why="the text's spelling, without diacritics"),
    case("Brezhnev", "brezhnev", why="the leader's name; the text says Brê-giơ-nép"),
    case("Leonid Brezhnev", "brezhnev"),
    case("Lê Duẩn", "brezhnev", why="Soviet-era participants are in the directory"),
    case("Võ Văn Thưởng", "wu-wenshang", "hanoi-xi", why="one says Wu Wenshang, one the name"),
    case("vo van thuong", "wu-wenshang", "hanoi-xi", why="without diacritics"),
    case("Wu Wenshang", "wu-wenshang", why="the garble itself"),
    case("Xi Jinping", "kazan", "wu-wenshang", "hanoi-xi", why="the texts say Tập Cận Bình"),
    case("Mát-xcơ-va", "moskva", "brezhnev", "kazan", "tianjin", why="moskva says only Moskva"),
]


@pytest.fixture(scope="module")
def corpus_archive(django_db_setup, django_db_blocker, tmp_path_factory):
    files = [str(next(CORPUS.rglob(name))) for name in REPORTS.values()]
    with archive_of(files, django_db_blocker, tmp_path_factory) as path:
        yield path


@pytest.fixture(autouse=True)
def index_dir(corpus_archive):
    return corpus_archive


def ranked(query: str) -> list[str]:
    from archive.search.service import SearchRequest, search

    names = {file: key for key, file in REPORTS.items()}
    return [names[hit.source_file] for hit in search(SearchRequest(q=query)).hits]


@pytest.mark.django_db
@pytest.mark.parametrize("case", [pytest.param(c, id=c.query) for c in CASES])
def test_records_find_reports_whatever_their_spelling(case):
    outcome = Outcome(case, ranked(case.query))
    assert outcome.passed, (
        f"{case.query!r}: expected {sorted(case.first)} first, got {outcome.ranked}"
    )
