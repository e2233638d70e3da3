"""How many of a search's matches have each facet value (leader, year, kind…)."""

from dataclasses import dataclass

import numpy as np

from .engine import derived

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
    """Built once per index generation: Whoosh's own overlapping facets re-read every posting
    list of the field on every query, and a dict per document costs a Python step per match."""
    reader = s.reader()
    maps = derived(reader, "facets")
    if not maps:
        for name in FACETS:
            values, docs, value_of = [], [], []
            for term in reader.lexicon(name):
                ids = np.fromiter(reader.postings(name, term).all_ids(), np.int64)
                value_of.append(np.full(len(ids), len(values), np.int64))
                docs.append(ids)
                values.append(term.decode("utf-8") if isinstance(term, bytes) else term)
            maps[name] = _FacetMap(
                values,
                np.concatenate(docs) if docs else np.zeros(0, np.int64),
                np.concatenate(value_of) if value_of else np.zeros(0, np.int64),
            )
    return maps
