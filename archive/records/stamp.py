"""The archive-wide "last change" stamp that the pages' cache validators are made from.

Any change to a record raises it, once per transaction, after the transaction commits: model
signals of every archive model (a staff edit to a leader, an office, a participation, a place),
`articles_changed` for the record writers' bulk operations, and `records_changed()` from writers
that bypass both. Raised after commit, a reader can never see the new stamp with the old data; at
worst, for the moment between the commit and the raise, new data goes out under the old stamp,
and the next request after the raise answers 200 with the new one.
"""

from django.apps import apps
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from archive.code_version import code_version
from archive.models import ArchiveStamp, PendingIndexUpdate
from archive.records.changes import articles_changed

STAMP_ID = 1
# Not records: the index queue and the stamp itself. Historical rows follow their records' saves.
_UNFOLLOWED = {ArchiveStamp, PendingIndexUpdate}


def current() -> tuple[int, object]:
    """(version, changed_at); (0, None) before the first change."""
    row = ArchiveStamp.objects.filter(pk=STAMP_ID).values_list("version", "changed_at").first()
    return row or (0, None)


def kept_until_changed(key: str, compute, seconds: int = 24 * 3600):
    """`compute()`, kept in the cache for this version of the archive (a page over the whole
    archive: the network, a pair's chronology, the home page's figures); never kept before the
    first stamp, which cannot tell one database's records from another's. The stamp in the key
    retires an entry as soon as a record changes; the code's version, at a deployment (the cache
    outlives the workers: settings.CACHES)."""
    version, changed_at = current()  # the moment too: a database rebuilt from scratch restarts at 1
    if not version:
        return compute()
    code = code_version()[0]
    return cache.get_or_set(f"{key}:{version}:{changed_at.timestamp()}:{code}", compute, seconds)


def records_changed() -> None:
    """Raise the stamp when the current transaction commits (now, outside one)."""
    connection = transaction.get_connection()
    for _, callback, *_ in connection.run_on_commit if connection.in_atomic_block else ():
        if isinstance(callback, _Raise) and not callback.done:
            return  # already due at this commit
    transaction.on_commit(_Raise())


class _Raise:
    """The raise due when a transaction commits (a rollback drops it)."""

    done = False

    def __call__(self):
        self.done = True
        _raise()


def _raise() -> None:
    now = timezone.now()
    stamps = ArchiveStamp.objects.filter(pk=STAMP_ID)
    if stamps.update(version=F("version") + 1, changed_at=now):
        return
    try:
        with transaction.atomic():
            ArchiveStamp.objects.create(pk=STAMP_ID, version=1, changed_at=now)
    except IntegrityError:  # another process created it meanwhile
        stamps.update(version=F("version") + 1, changed_at=now)


def _changed(sender=None, raw=False, **kwargs) -> None:
    if not raw:  # loading a backup: `loaddata` is followed by a rebuild anyway
        records_changed()


def follow_records() -> None:
    """Connect the signals, per model: a receiver for every sender would cost the index queue's
    bulk deletes their fast path."""
    for model in apps.get_app_config("archive").get_models(include_auto_created=True):
        if model in _UNFOLLOWED or hasattr(model, "instance_type"):  # simple_history's rows
            continue
        uid = f"archive-stamp-{model._meta.label}"
        post_save.connect(_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(_changed, sender=model, dispatch_uid=uid)
        m2m_changed.connect(_changed, sender=model, dispatch_uid=uid)
    articles_changed.connect(_changed, dispatch_uid="archive-stamp-articles")
