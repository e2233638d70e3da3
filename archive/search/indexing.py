"""Keeping the Whoosh index in step with the records, with one writer at a time.

Every change first queues its article ids in the database (PendingIndexUpdate). The process
holding the index lock writes queued documents until the queue is empty; a process that cannot
get the lock in time leaves its ids queued for the holder. So several web workers, an import and
a rebuild never meet Whoosh's LockError, and no update is lost: the queue outlives any process.
"""

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.dispatch import receiver
from django.utils import timezone
from haystack import connections
from whoosh import query as wq
from whoosh.index import create_in

from archive.models import Article, PendingIndexUpdate
from archive.records.changes import articles_changed
from archive.records.segmentation import segmentation_refresh, segmentation_stale
from archive.search import mapped
from archive.search.store import (
    RemovedGeneration,
    ensure_layout,
    index_lock,
    new_generation,
    remove_unused_generations,
    swap_in,
)
from archive.search.whoosh_internals import parallel_writer

log = logging.getLogger(__name__)
BATCH = 200  # articles read from the database at a time
WAIT = 10.0  # seconds a writer waits for the lock before leaving its ids to the holder
WRITER_PROCS = min(2, os.cpu_count() or 1)
WRITER_MB = 128  # per writing process: bounds the memory of a bulk index write
PARALLEL_FROM = 500  # documents; smaller writes are faster in one process
# Documents per commit of a bulk write. Until it commits, a Whoosh writer spills the postings it
# cannot hold in WRITER_MB into temporary files, about 0.4 MB a report, and past 128 files it
# merges them into more files first: one commit of 100,000 reports took 55 GB of disk at its
# peak. A round's files stay under that limit; each round adds a segment per writing process.
ROUND = 25_000


def _article_index():
    return connections["default"].get_unified_index().get_index(Article)


@receiver(articles_changed)
def _follow_records(sender, article_ids, **kwargs) -> None:
    """The one place the index follows the records: whatever changed, once per unit of work."""
    index_articles(article_ids)


def index_articles(article_ids: Iterable[int], wait: float = WAIT) -> None:
    """Queue these articles' documents for refreshing, and write the queue if the lock is free."""
    ids = sorted(set(article_ids))
    if not ids:
        return
    now = timezone.now()
    PendingIndexUpdate.objects.bulk_create(
        [PendingIndexUpdate(article_id=pk, queued_at=now) for pk in ids],
        update_conflicts=True, unique_fields=["article_id"], update_fields=["queued_at"],
    )  # fmt: skip
    # Drained now, inside the caller's transaction if there is one: this connection sees its own
    # queued rows and changes. (Should that transaction roll back, `check_index --repair` mends it.)
    drain_pending(wait)


def drain_pending(wait: float = WAIT) -> bool:
    """Write every queued document; False if another process holds the lock (it will)."""
    with index_lock(timeout=wait) as holding:
        if not holding:
            log.info("index lock busy: queued updates are left to its holder")
            return False
        while _write_queued():
            pass
    return True


def _write_queued(limit: int = ROUND) -> bool:
    """One round of at most `limit` documents, one commit: a commit per few documents would
    make Whoosh merge segments each time, and ROUND bounds the temporary disk of one commit."""
    queued = list(
        PendingIndexUpdate.objects.order_by("queued_at").values_list("article_id", "queued_at")[
            :limit
        ]
    )
    if not queued:
        return False
    backend = connections["default"].get_backend()
    backend.setup()
    _write(backend.index.refresh(), [pk for pk, _ in queued])
    written: dict = {}  # queued_at -> ids; an id queued again meanwhile stays for the next round
    for pk, queued_at in queued:
        written.setdefault(queued_at, []).append(pk)
    for queued_at, pks in written.items():
        for start in range(0, len(pks), 500):
            PendingIndexUpdate.objects.filter(
                queued_at=queued_at, article_id__in=pks[start : start + 500]
            ).delete()
    return True


def _write(ix, ids: list[int], progress=None) -> None:
    """One writer, one commit: committing every few dozen documents makes Whoosh re-merge its
    segments each time, which grows quadratically with the archive.

    The old documents of these articles are deleted with one query, then the new ones added:
    Whoosh's update_document opens a searcher for every document it replaces.
    """
    index = _article_index()
    with ix.reader() as reader:
        indexed = [key for key in map(_document_id, ids) if ("id", key) in reader]
    # Separate files per segment, not one compound file: a reader copies the postings of a
    # compound segment into its own memory (whoosh.filedb.compound opens them as a BytesIO), so
    # every web worker held the whole posting file (1.2 GB at 30,000 reports).
    options = {"limitmb": WRITER_MB, "compound": False}
    if len(ids) >= PARALLEL_FROM and WRITER_PROCS > 1:
        # Sub-processes analyse and write segments of their own; no final merge (multisegment).
        writer = parallel_writer(ix, WRITER_PROCS, **options)
    else:
        writer = ix.writer(**options)
    try:
        if indexed:
            writer.delete_by_query(wq.Or([wq.Term("id", key) for key in indexed]))
        done = 0
        for start in range(0, len(ids), BATCH):
            articles = list(index.index_queryset().filter(pk__in=ids[start : start + BATCH]))
            segmentation_refresh(articles)
            for article in articles:
                writer.add_document(**_document(index, article))
            done += len(articles)
            if progress:
                progress(done, len(ids))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    _prune_derived(ix)


def _prune_derived(ix) -> None:
    """Drop the mapped arrays (`mapped.py`) of segments this commit merged away and of older
    commits; processes still reading those keep their maps (an unlinked file stays readable)."""
    with ix.reader() as reader:
        mapped.prune(Path(ix.storage.folder), reader)


def _document_id(pk: int) -> str:
    return f"archive.article.{pk}"


@dataclass(frozen=True)
class Rebuilt:
    articles: int
    removed: list[RemovedGeneration]  # generations no longer served, and a killed rebuild's


def rebuild(progress=None) -> Rebuilt:
    """A new index from every article, swapped in atomically; updates queued meanwhile follow."""
    backend = connections["default"].get_backend()
    with index_lock() as _:
        ensure_layout(None)  # an index of the older layout becomes a generation first
        removed = remove_unused_generations()  # before this rebuild needs the disk
        directory = new_generation()
        _, schema = backend.build_schema(
            connections["default"].get_unified_index().all_searchfields()
        )
        ix = create_in(str(directory), schema)
        ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        segmentation_stale(ids, PARALLEL_FROM)
        for start in range(0, len(ids), ROUND):
            _write(ix, ids[start : start + ROUND], progress and _offset(progress, start, len(ids)))
        swap_in(directory)
        backend.setup_complete = False  # reopen the index behind the new path
        while _write_queued():
            pass
        removed += remove_unused_generations()
    return Rebuilt(len(ids), removed)


def _offset(progress, start: int, total: int):
    return lambda done, _: progress(start + done, total)


def _document(index, article) -> dict:
    document = {key: _whoosh_value(value) for key, value in index.full_prepare(article).items()}
    document.pop("boost", None)  # Whoosh 2.5+ has no document boosts
    return document


def _whoosh_value(value):
    """A prepared value as the schema's fields take it: numbers as they are, lists (multi-valued
    KEYWORD fields) comma-joined, everything else as text. The document has no date or boolean
    fields (machine_translated is the keyword "1" or "0")."""
    if isinstance(value, (list, tuple)):
        return ",".join(map(str, value))
    if isinstance(value, (int, float)):
        return value
    return str(value)
