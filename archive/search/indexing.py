"""Keeping the Whoosh index in step with the records."""

from collections.abc import Iterable

from haystack import connections

from archive.models import Article
from archive.search.analysis import segmented_article

BATCH = 50  # documents per commit: one commit per document is about ten times slower


def _article_index():
    return connections["default"].get_unified_index().get_index(Article)


def index_articles(article_ids: Iterable[int]) -> None:
    """Add or refresh these articles' documents; drop those whose article no longer exists."""
    ids = sorted(set(article_ids))
    if not ids:
        return
    index = _article_index()
    backend = connections["default"].get_backend()
    found = set()
    for start in range(0, len(ids), BATCH):
        articles = list(index.index_queryset().filter(pk__in=ids[start : start + BATCH]))
        if not articles:
            continue  # haystack's update() takes the write lock and keeps it for an empty batch
        found |= {a.pk for a in articles}
        _refresh_segmentation(articles)
        backend.update(index, articles)
    for missing in set(ids) - found:
        backend.remove(f"archive.article.{missing}")


def _refresh_segmentation(articles: list[Article]) -> None:
    """Segment the articles whose text changed since their last segmentation, and keep the result."""
    changed = []
    for article in articles:
        before = article.segmented_hash
        segmented_article(article)
        if article.segmented_hash != before:
            changed.append(article)
    if changed:
        Article.objects.bulk_update(changed, ["segmented_text", "segmented_hash"])
