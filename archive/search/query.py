"""A search request as Whoosh queries: the words (in one or two readings) and the filters."""

from whoosh import query as wq

from .compile import Compiler, query_has_diacritics
from .facets import FACETS
from .names import RESOLVER, is_known_name
from .results import SearchRequest


def main_query(parsed, request: SearchRequest, reader, notices) -> list[wq.Query]:
    """The query as alternatives whose union it is: with diacritics typed, the words as typed and
    the folded reading; otherwise one."""
    if parsed is None or parsed.node is None:
        return [wq.Every()]
    folded = Compiler(True, RESOLVER, reader, notices, is_known_name).compile(parsed.node)
    if not query_has_diacritics(parsed.node):
        return [folded]
    exact = Compiler(False, RESOLVER, reader, [], is_known_name).compile(parsed.node)
    if request.exact:
        return [exact]
    return [exact, folded]


def filter_query(request: SearchRequest) -> wq.Query | None:
    """The facet values chosen and the date range, or None when there are none."""
    clauses = [wq.Term(name, value) for name, value in request.selected if name in FACETS]
    if request.date_from:
        clauses.append(wq.NumericRange("date_to", request.date_from, None))
    if request.date_to:
        clauses.append(wq.NumericRange("date_from", None, request.date_to))
    return wq.And(clauses) if clauses else None
