"""Posting lists decoded whole, the most recently used kept in memory.

Decoding a common word's postings (unpickling and decompressing each block) is the larger part of
ranking or counting it, and searches keep asking for the same common words (`hợp tác`, `Nga`),
as ranking and counting within one search do. A segment never changes once written, so a list
decoded for a segment stays true until the segment is merged away.
"""

import threading
from collections import OrderedDict

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher

from .engine import derived

KEPT_POSTINGS = 4_000_000  # about 48 MB per process (int32 number + float64 weight)
_kept: OrderedDict = OrderedDict()  # (segment id, field, term) -> (numbers, weights)
_kept_size = 0
_lock = threading.Lock()


def decoded(reader, m: W3LeafMatcher) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, weights) of the matcher's whole posting list in its segment, deleted
    documents included."""
    global _kept_size
    key = (reader._segment.segid, *m._term)
    with _lock:
        if key in _kept:
            _kept.move_to_end(key)
            return _kept[key]
    both = _decode(m)
    with _lock:
        if key not in _kept:
            _kept[key] = both
            _kept_size += len(both[0])
            while _kept_size > KEPT_POSTINGS and len(_kept) > 1:
                _, (old, _) = _kept.popitem(last=False)
                _kept_size -= len(old)
    return both


def forget() -> None:
    """Drop every kept list (benchmarks measure searches without them)."""
    global _kept_size
    with _lock:
        _kept.clear()
        _kept_size = 0


def _decode(m: W3LeafMatcher) -> tuple[np.ndarray, np.ndarray]:
    m.reset()  # building its parents may have moved it (an AndNot skips what it excludes)
    ids, weights = [], []
    while m.is_active():
        if m._ids is None:
            m._read_ids()
        if m._weights is None:
            m._read_weights()
        ids.append(np.asarray(m._ids, np.int32))
        weights.append(np.asarray(m._weights, np.float64))
        m._next_block()
    if not ids:
        return np.zeros(0, np.int32), np.zeros(0)
    return np.concatenate(ids), np.concatenate(weights)


def live(reader, count: int) -> np.ndarray:
    """Which documents of the segment are not deleted (read once per reader)."""
    kept = derived(reader, "live")
    if "mask" not in kept:
        alive = np.ones(count, bool)
        if reader.has_deletions():
            alive[np.fromiter(reader._perdoc.deleted_docs(), np.int64)] = False
        kept["mask"] = alive
    return kept["mask"]
