"""Every document a query matches, by set algebra over whole posting lists.

Whoosh's unscored search walks each matching document through a tree of Python matcher objects;
for a common word in a large archive that costs more than ranking the first page. Terms, And, Or,
AndNot and AndMaybe, nearly all the archive compiles, are answered here from the decoded posting
lists as boolean arrays. Anything else (a phrase with positions, a range) is checked by Whoosh,
and inside an And only over the documents its other parts left.

One approximation: the archive compiles a phrase of three or more words as its adjacent word pairs
(terms) plus the positional check. Past PHRASE_CHECK_LIMIT candidates the count keeps the pairs and
skips the positions (about 0.1 ms a document); the ranked hits always have the words in order.
"""

import numpy as np
from whoosh import query as wq

from . import whoosh_internals as internals
from .postings import decoded, live

PHRASE_CHECK_LIMIT = 2000
_ALGEBRA = (wq.Term, wq.Or, wq.And, wq.AndNot, wq.AndMaybe)


def matching_documents(searcher, q: wq.Query) -> np.ndarray:
    """Which documents of the whole index q matches (a boolean per document number), as
    `searcher.docs_for_query(q)` gives them."""
    parts = [_Segment(leaf).docs(q) for leaf, _ in searcher.leaf_searchers()]
    return np.concatenate(parts) if parts else np.zeros(0, bool)


def verified(searcher, q: wq.Query, docnums: set[int]) -> set[int]:
    """The documents among `docnums` (numbers in the whole index) that q matches, word
    positions always checked."""
    kept = set()
    for leaf, offset in searcher.leaf_searchers():
        count = leaf.doc_count_all()
        local = [d - offset for d in docnums if offset <= d < offset + count]
        if local:
            within = np.zeros(count, bool)
            within[local] = True
            found = _Segment(leaf, within).docs(q)
            kept.update(int(d) + offset for d in np.flatnonzero(found))
    return kept


class _Segment:
    def __init__(self, leaf, within: np.ndarray | None = None):
        self.leaf, self.reader, self.count = leaf, leaf.reader(), leaf.doc_count_all()
        self.within = within  # only these documents are of interest (all when None)
        # deleted documents are left out once, here: posting lists still hold them
        self.wanted = live(self.reader, self.count) & (True if within is None else within)

    def docs(self, q: wq.Query) -> np.ndarray:
        if isinstance(q, wq.AndMaybe):  # its optional side only adds to the score
            return self.docs(q.a)
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, q.text)
        if isinstance(q, wq.Or):
            found = np.zeros(self.count, bool)
            for child in q.subqueries:
                found |= self.docs(child)
            return found
        if isinstance(q, wq.AndNot):
            return self.docs(q.a) & ~self.docs(q.b)
        if isinstance(q, wq.And) and q.subqueries:
            return self._intersection(q.subqueries)
        if q is wq.NullQuery:
            return np.zeros(self.count, bool)
        return self._mask(q.docs(self.leaf))

    def _intersection(self, children: list[wq.Query]) -> np.ndarray:
        algebra = [c for c in children if isinstance(c, _ALGEBRA)]
        others = [c for c in children if not isinstance(c, _ALGEBRA)]
        if algebra:
            found = np.ones(self.count, bool)
            for child in algebra:
                found &= self.docs(child)
                if not found.any():
                    return found
        else:
            found = self._mask(others.pop(0).docs(self.leaf))
        for child in others:
            candidates = int(found.sum())
            too_many = candidates > PHRASE_CHECK_LIMIT and self.within is None
            if isinstance(child, wq.Phrase) and algebra and too_many:
                continue
            kept = _verified(self.leaf, child, set(np.flatnonzero(found).tolist()))
            found = self._mask(kept)
        return found

    def _term(self, field: str, text) -> np.ndarray:
        found = np.zeros(self.count, bool)
        if (field, text) not in self.reader:
            return found
        matcher = internals.without_deletions(self.reader.postings(field, text))
        if internals.is_block_list(matcher):
            found[decoded(self.reader, matcher)[0]] = True
        else:  # a short list kept inline
            found = self._mask(matcher.all_ids())
        return self._of_interest(found)

    def _mask(self, docnums) -> np.ndarray:
        found = np.zeros(self.count, bool)
        found[np.fromiter(docnums, np.int64)] = True
        return self._of_interest(found)

    def _of_interest(self, found: np.ndarray) -> np.ndarray:
        return found & self.wanted


def _verified(s, q: wq.Query, candidates: set[int]) -> set[int]:
    """The candidates q matches, skipping straight to each one."""
    matcher, kept = q.matcher(s), set()
    for docnum in sorted(candidates):
        if not matcher.is_active():
            break
        if matcher.id() < docnum:
            matcher.skip_to(docnum)
        if matcher.is_active() and matcher.id() == docnum:
            kept.add(docnum)
    return kept
