"""Search as the pages see it: a request in, results with facets, snippets and suggestions out.

Exported as `archive.search.search`; nothing outside `archive/search` touches Whoosh. The work
is done by one module per job: `query` (request -> Whoosh queries, names resolved by
`names`), `retrieval` (the hits in order), `snippets`, `facet_labels`, `spelling`; `typeahead`
serves the search box.
"""

from whoosh import query as wq

from .counting import matching_documents
from .engine import IndexUnavailable, searcher
from .facet_labels import labelled_facets
from .facets import facet_counts
from .parser import parse
from .query import filter_query, main_query
from .results import CSV_LIMIT, MAX_PAGES, PAGE_SIZE, Hit, SearchRequest, SearchResults
from .retrieval import ranked
from .snippets import shown_hits
from .spelling import suggestion
from .typeahead import name_suggestions

__all__ = [
    "CSV_LIMIT", "MAX_PAGES", "PAGE_SIZE", "Hit", "SearchRequest", "SearchResults",
    "name_suggestions", "search", "suggestion",
]  # fmt: skip


def search(request: SearchRequest) -> SearchResults:
    results = SearchResults(request)
    if request.is_blank:
        results.error = "empty"
        return results
    parsed = parse(request.q) if request.q.strip() else None
    if parsed is not None:
        results.notices += [(n.code, n.detail) for n in parsed.notices]
        if parsed.error and not request.selected:
            results.error = parsed.error
            return results
    if (request.page - 1) * request.page_size >= CSV_LIMIT:
        results.error = "page_out_of_range"
        return results
    try:
        s = searcher()
    except IndexUnavailable:
        results.error = "index_unavailable"
        return results
    alternatives = main_query(parsed, request, s.reader(), results.notices)
    if (filters := filter_query(request)) is not None:
        alternatives = [wq.And([q, filters]) for q in alternatives]
    main = wq.Or(alternatives) if len(alternatives) > 1 else alternatives[0]
    matching = matching_documents(s, main)
    found = ranked(s, request, alternatives, main, matching, results.notices)
    results.count = int(matching.sum())
    results.num_pages = max(1, -(-min(results.count, CSV_LIMIT) // request.page_size))
    if request.page > results.num_pages and results.count:
        results.error = "page_out_of_range"
        return results
    start = (request.page - 1) * request.page_size
    page_hits = found[start : start + request.page_size]  # list(found) would count every match
    results.hits = shown_hits(page_hits, parsed, request.snippets)
    results.facets = labelled_facets(facet_counts(s, matching))
    if parsed and parsed.node is not None and results.count == 0:
        results.suggestion = suggestion(request.q, s)
    return results
