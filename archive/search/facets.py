"""How many of a search's matches have each facet value (leader, year, kind…)."""

from dataclasses import dataclass

import numpy as np

from . import mapped
from . import whoosh_internals as internals
from .engine import derived
from .postings import live

FACETS = ("leaders", "years", "kinds", "countries", "agreements", "machine_translated")


@dataclass(frozen=True)
class _FacetMap:
    """Every (document, value) pair of one facet field, as parallel arrays."""

    values: list[str]
    docs: np.ndarray  # document numbers in the whole index
    value_of: np.ndarray  # index into values


def facet_counts(s, selected: np.ndarray) -> dict[str, dict[str, int]]:
    """For each facet, value -> how many of the `selected` documents (a boolean per document
    number) have it."""
    counts = {}
    for name, facet in _facet_maps(s).items():
        tally = np.bincount(facet.value_of[selected[facet.docs]], minlength=len(facet.values))
        counts[name] = {facet.values[i]: int(tally[i]) for i in np.flatnonzero(tally)}
    return counts


def _facet_maps(s) -> dict[str, _FacetMap]:
    """Built once per commit of the index and mapped by every process: Whoosh's own overlapping
    facets re-read every posting list of the field on every query, and a dict per document costs
    a Python step per match."""
    reader = s.reader()
    maps = derived(reader, "facets")
    if not maps:
        directory = internals.folder(reader)
        for name in FACETS:
            values, docs, value_of = mapped.arrays(
                directory,
                f"{mapped.commit_key(reader)}.facet-{name}",
                ("values", "docs", "value_of"),
                lambda name=name: _facet_arrays(reader, name),
            )
            maps[name] = _FacetMap([str(value) for value in values], docs, value_of)
    return maps


def _facet_arrays(reader, name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    values, docs, value_of = [], [], []
    for term in reader.lexicon(name):
        ids = _live_documents(reader, name, term)
        value_of.append(np.full(len(ids), len(values), np.int64))
        docs.append(ids)
        values.append(term.decode("utf-8") if isinstance(term, bytes) else term)
    if not docs:
        return np.array([], str), np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.array(values, str), np.concatenate(docs), np.concatenate(value_of)


def _live_documents(reader, field: str, term: bytes) -> np.ndarray:
    """Numbers in the whole index of the documents that have the term and are not deleted: the
    block lists decoded whole, a segment at a time."""
    found = []
    for leaf, offset in reader.leaf_readers():
        if (field, term) not in leaf:
            continue
        m = internals.without_deletions(leaf.postings(field, term))
        if internals.is_block_list(m):
            ids = internals.decode(m)[0].astype(np.int64)
        else:  # a short list kept inline
            ids = np.fromiter(m.all_ids(), np.int64)
        found.append(ids[live(leaf, leaf.doc_count_all())[ids]] + offset)
    return np.concatenate(found) if found else np.zeros(0, np.int64)
