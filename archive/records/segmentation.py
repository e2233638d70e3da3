"""The segmentation cache kept with each article: pyvi runs once per version of a text.

Written here, by the records layer, when an article is stored and when the index asks for the
documents of articles whose text changed since (staff edits, an analysis upgrade). Segmenting
calls `archive.text.segmentation.segment` through its module, so tests can count the calls.
"""

import os

from archive.models import Article
from archive.text import segmentation
from archive.workers import fork_pool

BATCH = 200


def segmented_article(article: Article) -> str:
    """The article's segmented text, from its cache when the text is unchanged.

    Sets the cache fields on the instance; the caller decides whether to save them.
    """
    source = article.search_source()
    key = segmentation.source_hash(source)
    if _stale(article, key):
        article.segmented_text, article.segmented_hash = segmentation.segment(source), key
    return article.segmented_text


def _stale(article: Article, key: str) -> bool:
    return article.segmented_hash != key or not article.segmented_text


def segmentation_refresh(articles: list[Article]) -> None:
    """Segment the articles whose text changed since their last segmentation, and keep the result."""
    changed = []
    for article in articles:
        before = article.segmented_hash
        segmented_article(article)
        if article.segmented_hash != before:
            changed.append(article)
    if changed:
        Article.objects.bulk_update(changed, ["segmented_text", "segmented_hash"])


def segmentation_stale(ids: list[int], parallel_from: int, chunk: int = 2000) -> None:
    """Segment, in one worker process per CPU, every article whose text changed since it was
    last segmented (all of them after an upgrade of the analysis); the rest keep their cache.
    Below `parallel_from` articles this does nothing: `segmentation_refresh` does them in turn."""
    workers = os.cpu_count() or 1
    if workers < 2 or len(ids) < parallel_from:
        return
    pool = None
    try:
        for start in range(0, len(ids), chunk):
            stale = []
            for article in Article.objects.filter(pk__in=ids[start : start + chunk]).iterator(
                BATCH
            ):
                source = article.search_source()
                if _stale(article, segmentation.source_hash(source)):
                    stale.append((article.pk, source))
            if not stale:
                continue
            if pool is None:
                pool = fork_pool(workers)
            segmented = pool.map(_segmented, stale, chunksize=8)
            Article.objects.bulk_update(
                [Article(pk=pk, segmented_hash=key, segmented_text=text) for pk, key, text in segmented],
                ["segmented_hash", "segmented_text"], batch_size=BATCH,
            )  # fmt: skip
    finally:
        if pool is not None:
            pool.close()
            pool.join()


def _segmented(item: tuple[int, str]) -> tuple[int, str, str]:
    pk, source = item
    return pk, segmentation.source_hash(source), segmentation.segment(source)
