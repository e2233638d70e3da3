"""Keeping the Whoosh index in step with the records."""

from collections.abc import Iterable

from haystack import connections

from archive.models import Article
from archive.search.analysis import segmented_article

BATCH = 200  # articles read from the database at a time
LOCK_WAIT = 30.0  # seconds to wait for another writer (an import, an admin save) to finish


def _article_index():
    return connections["default"].get_unified_index().get_index(Article)


def index_articles(article_ids: Iterable[int]) -> None:
    """Add or refresh these articles' documents, and drop those whose article no longer exists.

    One writer and one commit for the whole set: committing every few dozen documents makes
    Whoosh merge its segments again each time, which grows quadratically with the archive.
    """
    ids = sorted(set(article_ids))
    if not ids:
        return
    index = _article_index()
    backend = connections["default"].get_backend()
    backend.setup()
    writer = backend.index.refresh().writer(timeout=LOCK_WAIT, limitmb=128)
    try:
        found = set()
        for start in range(0, len(ids), BATCH):
            articles = list(index.index_queryset().filter(pk__in=ids[start : start + BATCH]))
            _refresh_segmentation(articles)
            for article in articles:
                found.add(article.pk)
                writer.update_document(**_document(backend, index, article))
        for missing in set(ids) - found:
            writer.delete_by_term("id", f"archive.article.{missing}")
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def _document(backend, index, article) -> dict:
    document = {
        key: backend._from_python(value) for key, value in index.full_prepare(article).items()
    }
    document.pop("boost", None)  # Whoosh 2.5+ has no document boosts
    return document


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
