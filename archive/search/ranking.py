"""The best hits of a query, scored as Whoosh scores them, over whole posting arrays.

Whoosh's top-N collector walks every matching document through a tree of Python matchers. When
a query's words are in most reports (`hợp tác`, `kinh tế`), block skipping cannot help and the
walk costs more than the rest of the search page together; where it does skip, its quality
bounds can miss the best documents (19 of the true top 20 for `hợp tác` at 1,000 reports).
Here the matcher tree Whoosh builds for the query is evaluated with numpy instead: each term's
postings are decoded whole and scored with its own BM25F parameters, operation for
operation, and each combination adds scores as its Whoosh matcher does, so every document gets
the score Whoosh's own ranking of every match gives it. A part this module does not know
(positions, ranges) is walked through Whoosh's matcher API: the same result, at Python speed.
"""

import time

import numpy as np
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.query import Query
from whoosh.scoring import BM25FScorer, WeightScorer
from whoosh.searching import Hit, Results
from whoosh.util.numeric import byte_to_length

from . import mapped
from . import whoosh_internals as internals
from .engine import derived
from .postings import decoded, live

_BYTE_LENGTHS = np.array([0.0] + [float(byte_to_length(b)) for b in range(1, 256)])
_SCORERS = (BM25FScorer, WeightScorer, type(None))  # no scorer: a boolean context (AndNot's b)


def top_hits(searcher, q: Query, limit: int, seconds: float) -> list[Hit]:
    """The best `limit` hits of q, best first, ties by document number; raises
    `whoosh.collectors.TimeLimit` after `seconds`."""
    if limit <= 0:
        return []
    best: list[tuple[float, int]] = []
    # needs_current: unions as trees of matchers, as on any index over 5,000 documents; below
    # that Whoosh would build array unions, which score every match while being constructed.
    context = searcher.context(needs_current=True)
    deadline = time.monotonic() + seconds
    for leaf, offset in searcher.leaf_searchers():
        segment = _Segment(leaf, leaf.doc_count_all(), deadline)
        try:
            matches, scores = segment.evaluate(q.matcher(leaf, context))
        except NotImplementedError:  # a matcher that cannot start again: Whoosh ranks it all
            return _ranked_by_whoosh(searcher, q, limit, context, seconds)
        docs = np.flatnonzero(matches)
        if len(docs) > limit:  # keep every document tied with the last place, then sort
            cut = np.partition(scores[docs], len(docs) - limit)[len(docs) - limit]
            docs = docs[scores[docs] >= cut]
        order = np.lexsort((docs, -scores[docs]))[:limit]
        best += [(float(scores[d]), offset + int(d)) for d in docs[order]]
    best.sort(key=lambda item: (-item[0], item[1]))
    return as_hits(searcher, q, best[:limit])


def by_date(searcher, selected: np.ndarray, newest_first: bool) -> np.ndarray:
    """Numbers of the selected documents (a boolean per document number): oldest first by the
    day their meetings begin, or newest first by the day they end; ties as Whoosh's sorting
    collector leaves them. Undated reports come last either way (see documents.UNDATED_*)."""
    docs = np.flatnonzero(selected)
    if newest_first:
        return docs[np.lexsort((-docs, -_column(searcher, "date_to")[docs]))]
    return docs[np.lexsort((docs, _column(searcher, "date_from")[docs]))]


def as_hits(searcher, q: Query, ranked: list[tuple[float | None, int]]) -> list[Hit]:
    """Whoosh hits for (score, document number) pairs, in their order."""
    results = Results(searcher, q, ranked)
    return [Hit(results, docnum, i, score) for i, (score, docnum) in enumerate(ranked)]


def date_columns(searcher) -> None:
    """Read (or map) the columns sorting by date uses, before a search needs them."""
    for field in ("date_from", "date_to"):
        _column(searcher, field)


def _column(searcher, field: str) -> np.ndarray:
    """A sortable field's value in every document, read once per commit of the index."""
    reader = searcher.reader()
    per_field = derived(reader, "columns")
    if field not in per_field:
        values = reader.column_reader(field, translate=True)
        (per_field[field],) = mapped.arrays(
            internals.folder(reader),
            f"{mapped.commit_key(reader)}.column-{field}",
            ("values",),
            lambda: (np.fromiter(iter(values), np.int64, reader.doc_count_all()),),
        )
    return per_field[field]


def _ranked_by_whoosh(searcher, q: Query, limit: int, context, seconds: float) -> list[Hit]:
    collector = TimeLimitCollector(
        searcher.collector(limit=None), timelimit=seconds, use_alarm=False
    )
    searcher.search_with_collector(q, collector, context=context)
    return list(collector.results())[:limit]


class _Segment:
    """Matchers over one segment as (which documents match, their scores, 0 elsewhere)."""

    def __init__(self, leaf, count: int, deadline: float):
        self.leaf, self.reader, self.count, self.deadline = leaf, leaf.reader(), count, deadline

    def evaluate(self, m) -> tuple[np.ndarray, np.ndarray]:
        if time.monotonic() > self.deadline:
            raise TimeLimit
        kind = internals.kind_of(m, self.reader.is_deleted)
        if kind == internals.LEAF and type(m.scorer) in _SCORERS:
            return self._postings(m)
        if kind == internals.NONE:
            return self._none()
        if kind in (internals.AND, internals.OR, internals.AND_MAYBE):
            a, a_scores = self.evaluate(m.a)
            b, b_scores = self.evaluate(m.b)
            if kind == internals.AND:
                matches = a & b
            elif kind == internals.OR:
                matches = a | b
            else:
                matches = a  # AndMaybe: b only adds to the score
            return matches, np.where(matches, a_scores + b_scores, 0.0)
        if kind == internals.AND_NOT:
            a, a_scores = self.evaluate(m.a)
            matches = a & ~self.evaluate(m.b)[0]
            return matches, np.where(matches, a_scores, 0.0)
        if kind == internals.BOOST:
            matches, scores = self.evaluate(m.child)
            return matches, scores * m.boost
        if kind == internals.FILTER:  # how a segment hides its deleted documents
            matches, scores = self.evaluate(m.child)
            ids, exclude = internals.filter_parts(m)
            listed = np.zeros(self.count, bool)
            listed[ids] = True
            matches = matches & (~listed if exclude else listed)
            return matches, np.where(matches, scores * m.boost, 0.0)
        if kind == internals.ANY_OF:  # an OR built for a boolean context (AndNot's b)
            return self._any_of(*internals.any_of_parts(m))
        if kind == internals.NOT:
            limit, weight = internals.not_parts(m)
            matches = ~self.evaluate(m.child)[0] & live(self.reader, self.count)
            matches[limit:] = False
            return matches, np.where(matches, weight, 0.0)
        return self._walk(m)

    def _any_of(self, submatchers, scored: bool, boost: float) -> tuple[np.ndarray, np.ndarray]:
        matches, scores = self._none()
        for sub in submatchers:
            sub_matches, sub_scores = self.evaluate(sub)
            matches |= sub_matches
            if scored:
                scores = scores + sub_scores * boost
        return matches, scores

    def _none(self) -> tuple[np.ndarray, np.ndarray]:
        return np.zeros(self.count, bool), np.zeros(self.count)

    def _postings(self, m) -> tuple[np.ndarray, np.ndarray]:
        docs, tf = decoded(self.reader, m)
        matches, scores = self._none()
        matches[docs] = True
        scorer = m.scorer
        if type(scorer) is BM25FScorer:
            fl = self._lengths(internals.term_of(m)[0])[docs]
            idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
            # whoosh.scoring.bm25, operation for operation, so the floats come out identical
            scores[docs] = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
        elif type(scorer) is WeightScorer:
            scores[docs] = tf
        return matches, scores

    def _lengths(self, field: str) -> np.ndarray:
        """The field's length in every document, decoded as `doc_field_length` decodes it;
        kept as long as the segment's reader lives."""
        per_field = derived(self.reader, "lengths")
        if field not in per_field:
            raw = internals.field_length_bytes(self.reader, field, self.count)
            per_field[field] = _BYTE_LENGTHS[raw]
        return per_field[field]

    def _walk(self, m) -> tuple[np.ndarray, np.ndarray]:
        """Any other matcher (phrases, ranges) through its own API: exact, at Python speed."""
        matches, scores = self._none()
        m.reset()
        while m.is_active():
            if time.monotonic() > self.deadline:
                raise TimeLimit
            docnum = m.id()
            matches[docnum], scores[docnum] = True, m.score()
            m.next()
        return matches, scores
