"""Does the index say what the database says? Missing, orphaned and stale documents."""

from dataclasses import dataclass, field

from haystack import connections

from archive.models import Article
from archive.search.engine import IndexUnavailable, searcher
from archive.search.indexing import WAIT, drain_pending, index_articles, rebuild
from archive.search.store import RemovedGeneration, remove_unused_generations


@dataclass
class IndexReport:
    articles: int = 0
    documents: int = 0
    missing: list[int] = field(default_factory=list)  # articles without a document
    orphaned: list[int] = field(default_factory=list)  # documents without an article
    stale: list[int] = field(default_factory=list)  # documents that no longer match their article
    unreadable: str = ""
    rebuilt: int | None = None  # articles, when a repair had to rebuild an unreadable index
    repaired: bool = False
    # Index generations a repair deleted; None if a rebuild or an update held the lock meanwhile.
    removed: list[RemovedGeneration] | None = None

    @property
    def healthy(self) -> bool:
        return not (self.missing or self.orphaned or self.stale or self.unreadable)


def check(*, repair: bool = False, quick: bool = False) -> IndexReport:
    """Compare the index with the database (ids only when `quick`); with `repair`, first write
    updates left queued by processes that could not get the lock, then mend what differs and
    delete the index generations no longer served."""
    if repair:
        drain_pending(WAIT)
    report = index_report(compare_content=not quick)
    if repair and report.unreadable:
        rebuilt = rebuild()
        report.rebuilt, report.removed = rebuilt.articles, rebuilt.removed
        return report
    if repair and not report.healthy:
        index_articles(report.missing + report.orphaned + report.stale)
        report.repaired = True
    if repair:
        report.removed = remove_unused_generations(timeout=WAIT)
    return report


def index_report(compare_content: bool = True) -> IndexReport:
    report = IndexReport(articles=Article.objects.count())
    try:
        stored = {
            int(doc["django_id"]): doc.get("fingerprint", "")
            for doc in searcher().all_stored_fields()
        }
    except (IndexUnavailable, KeyError, ValueError) as error:
        report.unreadable = str(error) or type(error).__name__
        return report
    report.documents = len(stored)
    ids = set(Article.objects.values_list("pk", flat=True))
    report.missing = sorted(ids - set(stored))
    report.orphaned = sorted(set(stored) - ids)
    if compare_content:
        index = connections["default"].get_unified_index().get_index(Article)
        for article in (
            index.index_queryset().filter(pk__in=ids & set(stored)).iterator(chunk_size=500)
        ):
            if index.full_prepare(article)["fingerprint"] != stored[article.pk]:
                report.stale.append(article.pk)
    return report
