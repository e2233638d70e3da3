"""Arrays derived from the index (decoded posting lists, facet maps, date columns) are computed
once per index and mapped by every process; a fresh process computes nothing another one did."""

import numpy as np
import pytest
from whoosh.matching.wrappers import FilterMatcher

from archive.models import Article, Leader
from archive.search import facets, mapped, postings, whoosh_internals
from archive.search.counting import matching_documents
from archive.search.engine import close_searchers, searcher
from archive.search.indexing import index_articles, rebuild
from archive.search.names import is_known_name
from archive.search.results import SearchRequest
from archive.search.service import search
from archive.search.store import live_generation
from tests.search.test_counting import compiled

pytestmark = pytest.mark.django_db

QUERIES = ["Putin", "hợp tác", "hop tac", '"đối tác chiến lược"', "kind:talks Putin", "Medv*"]
REQUESTS = [SearchRequest(q=q) for q in QUERIES] + [SearchRequest(q="Nga", sort="-date")]


def answers():
    """What the search page shows for each request: counts, hits in order with their scores,
    facets."""
    found = []
    for request in REQUESTS:
        results = search(request)
        found.append(
            (results.count, [(h.id, h.score) for h in results.hits], results.facets, results.error)
        )
    return found


def as_a_fresh_process():
    """Forget what this process decoded and derived from its reader, as a new worker starts."""
    postings.forget()
    close_searchers()


def derived_files() -> list[str]:
    return sorted(p.name for p in (live_generation() / mapped.FOLDER).glob("*.npy"))


def test_a_fresh_process_maps_what_another_computed_and_answers_the_same(archive, monkeypatch):
    as_a_fresh_process()
    first = answers()
    assert any(name.endswith(".docs.npy") for name in derived_files())
    assert any(".facet-" in name for name in derived_files())
    assert any(".column-date_to" in name for name in derived_files())

    def computed_again(*args):
        raise AssertionError("computed again, not mapped")

    as_a_fresh_process()
    monkeypatch.setattr(whoosh_internals, "decode", computed_again)
    monkeypatch.setattr(facets, "_facet_arrays", computed_again)
    assert answers() == first


def test_facet_counts_equal_whoosh_postings_with_deletions_and_segments(archive):
    s = searcher()
    reader = s.reader()
    assert len(reader.leaf_readers()) > 1 and reader.has_deletions()
    for q in QUERIES:
        matching = matching_documents(s, compiled(q, s))
        expected = {}
        for name in facets.FACETS:
            per_value = {}
            for term in reader.lexicon(name):
                ids = [i for i in reader.postings(name, term).all_ids() if matching[i]]
                if ids:
                    per_value[term.decode()] = len(ids)
            expected[name] = per_value
        assert facets.facet_counts(s, matching) == expected, q


def test_a_file_cut_short_is_computed_again(archive):
    as_a_fresh_process()
    first = answers()
    folder = live_generation() / mapped.FOLDER
    for path in folder.glob("*.npy"):
        path.write_bytes(path.read_bytes()[:20])  # a crash before the rename cannot do this,
    as_a_fresh_process()  # but a disk can
    assert answers() == first
    assert all(np.load(path).size >= 0 for path in folder.glob("*.npy"))


def test_a_folder_that_cannot_be_written_costs_speed_not_the_search(archive, caplog):
    as_a_fresh_process()
    first = answers()
    folder = live_generation() / mapped.FOLDER
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    folder.write_text("not a folder")
    as_a_fresh_process()
    assert answers() == first
    assert "could not keep derived index arrays" in caplog.text


def test_a_commit_drops_the_arrays_of_merged_segments_and_older_commits(archive):
    as_a_fresh_process()
    answers()
    before = derived_files()
    index_articles(Article.objects.order_by("pk").values_list("pk", flat=True)[:5])
    reader = searcher().reader()
    current = {whoosh_internals.segment_id(leaf) for leaf, _ in reader.leaf_readers()}
    current.add(mapped.commit_key(reader))
    after = derived_files()
    assert any(name.startswith("g") for name in before)
    assert after and all(name.split(".")[0] in current for name in after)
    assert set(after) < set(before)


def test_a_posting_list_is_decoded_into_files_named_by_segment_and_term(archive):
    reader = searcher().leaf_searchers()[0][0].reader()
    postings.forget()
    matcher = reader.postings("text", b"putin")
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    ids, weights = postings.decoded(reader, matcher)
    key = mapped.term_key(whoosh_internals.segment_id(reader), "text", b"putin")
    assert np.load(live_generation() / mapped.FOLDER / f"{key}.docs.npy").tolist() == ids.tolist()
    assert isinstance(postings.decoded(reader, matcher)[0], np.ndarray)


def test_a_leader_added_in_admin_is_a_known_name_at_once(reference_data):
    assert not is_known_name("Aldo Vantrix Peralt")
    Leader.objects.create(name="Aldo Vantrix Peralt")
    assert is_known_name("Aldo Vantrix Peralt")


def test_a_rebuilt_index_never_takes_the_arrays_of_the_one_it_replaced(archive):
    """Whoosh numbers each index's commits from 1; a worker still reading the old index may
    write its arrays through the index path into the new one's folder."""
    as_a_fresh_process()
    first = answers()
    old = searcher().reader()
    old_files = {p.name: p.read_bytes() for p in (live_generation() / mapped.FOLDER).iterdir()}
    rebuild()
    as_a_fresh_process()
    new = searcher().reader()
    assert mapped.commit_key(new) != mapped.commit_key(old)
    for name, content in old_files.items():  # what the old worker would leave there
        (live_generation() / mapped.FOLDER).mkdir(exist_ok=True)
        (live_generation() / mapped.FOLDER / name).write_bytes(content)
    counts = [(count, facets_) for count, _, facets_, _ in answers()]
    assert counts == [(count, facets_) for count, _, facets_, _ in first]


def test_an_empty_index_is_searched_without_arrays(reference_data):
    from archive.search.indexing import rebuild

    rebuild()
    as_a_fresh_process()
    results = search(SearchRequest(q="Putin"))
    assert (results.count, results.error) == (0, None)
