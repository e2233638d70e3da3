"""Every access to Whoosh's private parts, in one place: the project's upgrade risk, fenced.

Counting, ranking and facets read posting lists and field lengths as whole arrays, which Whoosh
has no public API for, and evaluate the matcher trees Whoosh builds, which means knowing its
matcher classes. Whoosh has had no release since 2.7.4 (2016). Everything here was written
against that version, and `tests/search/test_counting.py` (counts, ranking, sorting and facets
compared with Whoosh's own results) is this module's contract: `check_version` refuses any other
version at start-up until those tests have been run against it and TESTED_VERSIONS says so.
"""

import ctypes
import os
import signal
import sys
from pathlib import Path

import numpy as np
import whoosh
from django.core.exceptions import ImproperlyConfigured
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching import binary, combo, mcore, wrappers
from whoosh.multiproc import MpWriter, SubWriterTask

TESTED_VERSIONS = {(2, 7, 4)}


def check_version(version: tuple = whoosh.__version__) -> None:
    if tuple(version) not in TESTED_VERSIONS:
        tested = ", ".join(".".join(map(str, v)) for v in sorted(TESTED_VERSIONS))
        raise ImproperlyConfigured(
            f"Whoosh {'.'.join(map(str, version))} is not a version this archive was tested "
            f"with ({tested}): its search reads Whoosh's internals (archive/search/"
            f"whoosh_internals.py). Install whoosh=={tested}, or run tests/search/test_counting.py "
            "against the new version and add it to TESTED_VERSIONS."
        )


# Posting lists and per-document data


def segment_id(reader) -> str:
    return reader._segment.segid


def segment_ids(reader) -> set[str]:
    """The segments an index reader reads (none for an empty index)."""
    return {segment_id(leaf) for leaf, _ in reader.leaf_readers() if hasattr(leaf, "_segment")}


def folder(reader) -> Path | None:
    """The directory of the index a reader reads (None for an empty or in-memory index)."""
    leaves = reader.leaf_readers()
    storage = getattr(leaves[0][0], "_storage", None) if leaves else None  # none in EmptyReader
    return Path(storage.folder) if hasattr(storage, "folder") else None


def is_block_list(m) -> bool:
    """A posting list stored in blocks, which `decode` reads whole (short ones are inline)."""
    return isinstance(m, W3LeafMatcher)


def term_of(m) -> tuple[str, bytes]:
    return m._term


def decode(m) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, weights) of a block list, every block, deleted documents included."""
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


def deleted_documents(reader) -> np.ndarray:
    return np.fromiter(reader._perdoc.deleted_docs(), np.int64)


def field_length_bytes(reader, field: str, count: int) -> np.ndarray:
    """The field's length in each document as Whoosh stores it: one byte, decoded by
    `whoosh.util.numeric.byte_to_length` (0 where the column is missing)."""
    raw = np.zeros(count, np.uint8)
    column = reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
    if column is not None:
        stored = column._dbfile.get(column._basepos, column._count)
        raw[: len(stored)] = np.frombuffer(stored, np.uint8)
    return raw


def without_deletions(m):
    """The posting list under the filter a segment with deletions wraps around it."""
    if isinstance(m, wrappers.FilterMatcher) and m._exclude:
        return m.child
    return m


# The matcher tree of a query, as plain nodes

LEAF, NONE, AND, OR, AND_MAYBE, AND_NOT, BOOST, FILTER, ANY_OF, NOT = (
    "leaf", "none", "and", "or", "and_maybe", "and_not", "boost", "filter", "any_of", "not",
)  # fmt: skip
_BINARY = {
    binary.IntersectionMatcher: AND,
    binary.UnionMatcher: OR,
    binary.AndMaybeMatcher: AND_MAYBE,
    binary.AndNotMatcher: AND_NOT,
}


def kind_of(m, is_deleted) -> str | None:
    """What a matcher computes, as one of the names above; None for what only its own API can
    answer (phrases, ranges). Exact classes, not subclasses: a subclass may score differently.
    `is_deleted` is the segment reader's method: a NOT is recognised by the test it was given."""
    kind = type(m)
    if kind is W3LeafMatcher:
        return LEAF
    if isinstance(m, mcore.NullMatcherClass):
        return NONE
    if kind in _BINARY:
        return _BINARY[kind]
    if kind is wrappers.WrappingMatcher:
        return BOOST
    if kind is wrappers.FilterMatcher:
        return FILTER
    if kind is combo.ArrayUnionMatcher:
        return ANY_OF
    if kind is wrappers.InverseMatcher and m.missing == is_deleted:
        return NOT
    return None


def filter_parts(m) -> tuple[np.ndarray, bool]:
    """(the listed document numbers, True when the filter excludes them) of a FILTER node."""
    return np.fromiter(m._ids, np.int64, len(m._ids)), m._exclude


def any_of_parts(m) -> tuple[list, bool, float]:
    """(sub-matchers, whether their scores count, boost) of an ANY_OF node."""
    return m._submatchers, m._scored, m._boost


def not_parts(m) -> tuple[int, float]:
    """(the segment's document count limit, the score of each match) of a NOT node."""
    return m.limit, m._weight


# Writing in several processes


class _MortalTask(SubWriterTask):
    """A writing process that dies with the process that started it. Whoosh's sub-writers are
    forked, so they hold the index lock's file too, and wait on their job queue for ever once
    their parent is gone: a rebuild killed with SIGKILL left them running, holding the lock (the
    next rebuild waited for ever; updates stayed queued) and writing into the killed generation."""

    def __init__(self, *args):
        super().__init__(*args)
        self.parent = os.getpid()

    def run(self):
        if sys.platform == "linux":
            ctypes.CDLL(None).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
        if os.getppid() != self.parent:  # the parent died before prctl
            os._exit(1)
        super().run()


class _MortalWriter(MpWriter):
    def _new_task(self):
        task = _MortalTask(self.storage, self.indexname, self.jobqueue, self.resultqueue,
                           self.subargs, self.multisegment)  # fmt: skip
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self):
        # Whoosh's cancel only marks its own copies of the tasks: the processes would wait on the
        # job queue, and the interpreter for them at exit.
        for task in self.tasks:
            task.terminate()
            task.join()
        super().cancel()


def parallel_writer(ix, procs: int, **options) -> MpWriter:
    """`ix.writer(procs=procs, multisegment=True)` whose processes never outlive the writer."""
    return _MortalWriter(ix, procs=procs, multisegment=True, **options)
