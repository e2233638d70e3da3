"""The hits of a page, in order: by relevance (words as typed first, then folded-only matches)
or by date, with the word positions of long phrases checked only on the hits that need it."""

from whoosh import collectors
from whoosh import query as wq

from .counting import verified
from .ranking import as_hits, by_date, top_hits
from .results import SearchRequest

TIME_LIMIT = 1.0
MAX_CHECKED_DEPTH = 2000  # hits whose word positions are checked before ranking with them


def ranked(s, request: SearchRequest, alternatives, main, matching, notices) -> list:
    """The first `page × page_size` hits. By relevance: documents matching the words as typed
    first, then those that match only once diacritics are folded, each group by score."""
    limit = request.page * request.page_size
    if request.sort != "relevance":
        return _dated(s, main, matching, request.sort == "-date", limit)
    if len(alternatives) == 1:
        return _top(s, main, limit, notices)
    exact, folded = alternatives
    hits = _top(s, exact, limit, notices)
    if len(hits) < limit:
        hits += _top(s, wq.AndNot(folded, exact), limit - len(hits), notices)
    return hits


def _dated(s, q: wq.Query, matching, newest_first: bool, limit: int) -> list:
    """The matches by date. Long phrases were counted by their word pairs (counting.py), so
    the word positions are checked on the documents shown, as many as it takes."""
    order = by_date(s, matching, newest_first).tolist()
    if without_positions(q) is q:
        return as_hits(s, q, [(None, d) for d in order[:limit]])
    kept, start = [], 0
    while len(kept) < limit and start < len(order):
        chunk = order[start : start + 2 * limit]
        start += len(chunk)
        in_order = verified(s, q, set(chunk))
        kept += [d for d in chunk if d in in_order]
    return as_hits(s, q, [(None, d) for d in kept[:limit]])


def _top(s, q: wq.Query, limit: int, notices) -> list:
    """The best `limit` hits of q, scored as Whoosh scores them (archive/search/ranking.py).
    Word positions (phrases of three words or more) are the slow part of a match, so the hits
    are ranked by the word pairs alone, deeper than needed, and the positions checked on those."""
    loose = without_positions(q)
    if loose is q:
        return _best(s, q, limit, notices)
    depth = 2 * limit
    while depth <= MAX_CHECKED_DEPTH:
        hits = _best(s, loose, depth, notices)
        kept = _kept_in_order(s, q, hits, limit)
        if len(kept) >= limit or len(hits) < depth:
            return kept[:limit]
        depth *= 4
    return _best(s, q, limit, notices)  # rare long phrases: every position checked


def _kept_in_order(s, q: wq.Query, hits: list, limit: int) -> list:
    """The first `limit` hits whose word positions match, best first: the best hits are checked
    first and only as many more as failed, since each check reads the words' positions."""
    kept, start = [], 0
    while len(kept) < limit and start < len(hits):
        chunk = hits[start : start + limit - len(kept)]
        start += len(chunk)
        matching = verified(s, q, {hit.docnum for hit in chunk})
        kept += [hit for hit in chunk if hit.docnum in matching]
    return kept


def _best(s, q: wq.Query, limit: int, notices) -> list:
    try:
        return top_hits(s, q, limit, TIME_LIMIT)
    except collectors.TimeLimit:
        if ("timeout", str(TIME_LIMIT)) not in notices:
            notices.append(("timeout", str(TIME_LIMIT)))
        return []


def without_positions(q: wq.Query) -> wq.Query:
    """q without the positional checks of the Ands that hold the word pairs too (q itself when
    it has none)."""
    if isinstance(q, wq.BinaryQuery):  # what AndNot excludes stays exact
        a = without_positions(q.a)
        b = q.b if isinstance(q, wq.AndNot) else without_positions(q.b)
        return q if (a, b) == (q.a, q.b) else q.__class__(a, b)
    if isinstance(q, wq.And | wq.Or):
        children = [without_positions(c) for c in q.subqueries]
        if isinstance(q, wq.And) and any(not isinstance(c, wq.Phrase) for c in children):
            children = [c for c in children if not isinstance(c, wq.Phrase)]
        return q if children == list(q.subqueries) else q.__class__(children, boost=q.boost)
    return q
