"""Every document a query matches, by set algebra over whole posting blocks.

Whoosh's unscored search walks each matching document through a tree of Python matcher objects;
for a common word in a large archive that costs more than ranking the first page. Terms, And, Or
and AndNot, which are nearly all the archive compiles, are answered here from the posting lists
read a block at a time. Anything else (a phrase with positions, a range) is checked by Whoosh, and
inside an And only over the documents its other parts left.

One approximation: the archive compiles a phrase of three or more words as its adjacent word pairs
(terms) plus the positional check. Past PHRASE_CHECK_LIMIT candidates the count keeps the pairs and
skips the positions (about 0.2 ms a document); the ranked hits always have the words in order.
"""

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher

PHRASE_CHECK_LIMIT = 2000


def matching_documents(searcher, q: wq.Query) -> set[int]:
    """Document numbers in the whole index, as `searcher.docs_for_query(q)` gives them."""
    found = set()
    for leaf, offset in searcher.leaf_searchers():
        docs = _docs(leaf, q)
        found.update(docs if not offset else (d + offset for d in docs))
    return found


def verified(searcher, q: wq.Query, docnums: set[int]) -> set[int]:
    """The documents among `docnums` (numbers in the whole index) that q matches."""
    kept = set()
    for leaf, offset in searcher.leaf_searchers():
        end = offset + leaf.doc_count_all()
        local = {d - offset for d in docnums if offset <= d < end}
        if local:
            kept.update(d + offset for d in _verified(leaf, q, local))
    return kept


def _docs(s, q: wq.Query) -> set[int]:
    if isinstance(q, wq.Term):
        return _term_docs(s.reader(), q.fieldname, q.text)
    if isinstance(q, wq.Or):
        return set().union(*(_docs(s, child) for child in q.subqueries))
    if isinstance(q, wq.AndNot):
        return _docs(s, q.a) - _docs(s, q.b)
    if isinstance(q, wq.And) and q.subqueries:
        return _intersection(s, q.subqueries)
    if q is wq.NullQuery:
        return set()
    return set(q.docs(s))


def _intersection(s, children: list[wq.Query]) -> set[int]:
    algebra = [c for c in children if isinstance(c, wq.Term | wq.Or | wq.And | wq.AndNot)]
    others = [c for c in children if c not in algebra]
    if algebra:
        result = None
        for docs in sorted((_docs(s, c) for c in algebra), key=len):
            result = docs if result is None else result & docs
            if not result:
                return set()
    else:
        result = set(others.pop(0).docs(s))
    for child in others:
        if isinstance(child, wq.Phrase) and algebra and len(result) > PHRASE_CHECK_LIMIT:
            continue
        result = _verified(s, child, result)
    return result


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


def _term_docs(reader, field: str, text) -> set[int]:
    if (field, text) not in reader:
        return set()
    matcher, deleted = reader.postings(field, text), ()
    if isinstance(matcher, FilterMatcher) and matcher._exclude:
        matcher, deleted = matcher.child, matcher._ids
    if not isinstance(matcher, W3LeafMatcher):
        return set(matcher.all_ids()) - set(deleted)
    docs = set()
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        docs.update(matcher._ids)
        matcher._next_block()
    return docs.difference(deleted)
