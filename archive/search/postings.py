"""Posting lists decoded whole, the most recently used kept in memory.

Decoding a common word's postings (unpickling and decompressing each block) is the larger part of
ranking or counting it, and searches keep asking for the same common words (`hợp tác`, `Nga`),
as ranking and counting within one search do. A segment never changes once written, so a list
decoded for a segment stays true until the segment is merged away: it is decoded once for the
whole index and mapped by every process (`mapped.py`), and each process keeps the lists it used
last at hand.
"""

import threading
from collections import OrderedDict

import numpy as np

from . import mapped
from . import whoosh_internals as internals
from .engine import derived

KEPT_POSTINGS = 4_000_000  # about 48 MB per process (int32 number + float64 weight)
_kept: OrderedDict = OrderedDict()  # (segment id, field, term) -> (numbers, weights)
_kept_size = 0
_lock = threading.Lock()


def decoded(reader, m) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, weights) of the block list's whole postings in its segment, deleted
    documents included."""
    global _kept_size
    key = (internals.segment_id(reader), *internals.term_of(m))
    with _lock:
        if key in _kept:
            _kept.move_to_end(key)
            return _kept[key]
    both = mapped.arrays(
        internals.folder(reader),
        mapped.term_key(*key),
        ("docs", "weights"),
        lambda: internals.decode(m),
    )
    with _lock:
        if key not in _kept:
            _kept[key] = both
            _kept_size += len(both[0])
            while _kept_size > KEPT_POSTINGS and len(_kept) > 1:
                _, (old, _) = _kept.popitem(last=False)
                _kept_size -= len(old)
    return both


def kept() -> tuple[int, list]:
    """(postings kept, their keys from the least to the most recently used)."""
    with _lock:
        return _kept_size, list(_kept)


def forget() -> None:
    """Drop every kept list (benchmarks measure searches without them)."""
    global _kept_size
    with _lock:
        _kept.clear()
        _kept_size = 0


def live(reader, count: int) -> np.ndarray:
    """Which documents of the segment are not deleted (read once per reader)."""
    kept = derived(reader, "live")
    if "mask" not in kept:
        alive = np.ones(count, bool)
        if reader.has_deletions():
            alive[internals.deleted_documents(reader)] = False
        kept["mask"] = alive
    return kept["mask"]
