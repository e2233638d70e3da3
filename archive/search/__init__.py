"""Full-text search of the archive: Vietnamese analysis, the index's documents, queries, ranking.

The names below are the package's whole public face; every module inside is private to it, and
only `whoosh_internals` reads Whoosh's private parts. The index follows the records by itself
(`index_articles` is the receiver of archive.records.changes.articles_changed); commands call
`rebuild` and `check`.
"""

from .engine import IndexUnavailable, searcher
from .health import IndexReport, check
from .indexing import index_articles, rebuild
from .messages import message
from .postings import forget as forget_decoded_postings
from .results import CSV_LIMIT, MAX_PAGES, PAGE_SIZE, Hit, SearchRequest, SearchResults
from .schema import ArticleIndex
from .service import search
from .similar import more_like_this
from .store import RemovedGeneration, index_stamp
from .typeahead import name_suggestions
from .whoosh_internals import check_version as check_whoosh_version

__all__ = [
    "CSV_LIMIT",
    "MAX_PAGES",
    "PAGE_SIZE",
    "ArticleIndex",
    "Hit",
    "IndexReport",
    "IndexUnavailable",
    "RemovedGeneration",
    "SearchRequest",
    "SearchResults",
    "check",
    "check_whoosh_version",
    "forget_decoded_postings",
    "index_articles",
    "index_stamp",
    "message",
    "more_like_this",
    "name_suggestions",
    "rebuild",
    "search",
    "searcher",
]
