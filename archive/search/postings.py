"""Posting lists decoded whole, kept for the length of one search.

Ranking and counting read the same terms (the words as typed, their folded forms); decoding a
common word's postings is the larger part of either, so within `one_search()` each list is
decoded once.
"""

import contextlib
import contextvars

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher

_decoded: contextvars.ContextVar[dict | None] = contextvars.ContextVar("decoded", default=None)


@contextlib.contextmanager
def one_search():
    token = _decoded.set({})
    try:
        yield
    finally:
        _decoded.reset(token)


def decoded(reader, m: W3LeafMatcher) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, weights) of the matcher's whole posting list in its segment, deleted
    documents included."""
    cache = _decoded.get()
    key = (id(reader), m._term)
    if cache is not None and key in cache:
        return cache[key]
    m.reset()  # building its parents may have moved it (an AndNot skips what it excludes)
    ids, weights = [], []
    while m.is_active():
        if m._ids is None:
            m._read_ids()
        if m._weights is None:
            m._read_weights()
        ids.append(np.asarray(m._ids, np.int64))
        weights.append(np.asarray(m._weights, np.float64))
        m._next_block()
    both = (
        (np.concatenate(ids), np.concatenate(weights))
        if ids
        else (np.zeros(0, np.int64), np.zeros(0))
    )
    if cache is not None:
        cache[key] = both
    return both


def live(reader, count: int) -> np.ndarray:
    """Which documents of the segment are not deleted."""
    alive = np.ones(count, bool)
    if reader.has_deletions():
        alive[np.fromiter(reader._perdoc.deleted_docs(), np.int64)] = False
    return alive
