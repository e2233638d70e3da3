"""Which articles a change touched, said once per unit of work, so the search index can follow.

The records do not know the index. They say which articles' documents a change made stale, and
`archive.search` connects the one receiver of `articles_changed` that rewrites them:

- record writers (import, re-extraction, merges, splits, reviews) know what they touched and say
  it with `touched(ids)` inside `writing()`, which mutes the model signals below meanwhile (an
  import saves hundreds of rows; asking each which articles it concerns would double its queries);
- any other change made through Django (admin forms and inlines, many-to-many edits, deletes) is
  noticed by the model signals at the end of this module.

Everything said inside a unit of work (one web request, one command, one writer call) is sent
once, when the outermost unit ends, even if it ends with an error: the receiver rewrites documents
from what the database holds then, so a change that was rolled back costs only a rewrite. A change
made outside any unit (a script, a shell) is sent once per transaction, when it commits
(`transaction.on_commit`), or at once under autocommit.
"""

import threading
from contextlib import contextmanager
from functools import wraps

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import Signal, receiver

from archive.models import (
    Agreement,
    Article,
    Leader,
    LeaderAlias,
    Meeting,
    MeetingAgreement,
    Participation,
)

articles_changed = Signal()  # keyword argument: article_ids, a sorted list
_state = threading.local()


@contextmanager
def unit_of_work():
    """Collect what is touched inside, and send it once when the outermost unit ends."""
    if getattr(_state, "ids", None) is not None:
        yield
        return
    _state.ids = set()
    try:
        yield
    finally:
        ids, _state.ids = _state.ids, None
        if ids and not getattr(_state, "unfollowed", False):
            articles_changed.send(sender=None, article_ids=sorted(ids))


@contextmanager
def writing():
    """A record writer's unit of work: it says what it touched; model signals stay quiet."""
    quiet = getattr(_state, "quiet", 0)
    _state.quiet = quiet + 1
    try:
        with unit_of_work():
            yield
    finally:
        _state.quiet = quiet


def writer(func):
    """Run `func` as a record writer (see `writing`); put it outside `transaction.atomic`, so
    that what it touched is sent after its transaction commits."""

    @wraps(func)
    def wrapped(*args, **kwargs):
        with writing():
            return func(*args, **kwargs)

    return wrapped


@contextmanager
def unfollowed():
    """Changes made inside are not sent (`import_articles --no-index`: index later, at once)."""
    _state.unfollowed = True
    try:
        with unit_of_work():
            yield
    finally:
        _state.unfollowed = False


def touched(article_ids) -> None:
    ids = set(article_ids)
    if not ids:
        return
    if getattr(_state, "ids", None) is not None:
        _state.ids |= ids
    elif transaction.get_connection().in_atomic_block:
        _at_commit().ids |= ids
    else:
        articles_changed.send(sender=None, article_ids=sorted(ids))


class _AtCommit:
    """The articles a transaction touched outside any unit of work, sent when it commits."""

    def __init__(self):
        self.ids: set[int] = set()
        self.sent = False

    def __call__(self):
        self.sent = True
        articles_changed.send(sender=None, article_ids=sorted(self.ids))


def _at_commit() -> _AtCommit:
    """This transaction's _AtCommit; a new one if none is pending (a rollback drops it)."""
    connection = transaction.get_connection()
    for _, callback, *_ in connection.run_on_commit:
        if isinstance(callback, _AtCommit) and not callback.sent:
            return callback
    callback = _AtCommit()
    transaction.on_commit(callback)
    return callback


class UnitOfWorkMiddleware:
    """One unit of work per request: an admin save with inlines rewrites each document once."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with unit_of_work():
            return self.get_response(request)


# Changes made through Django, outside the record writers


def _articles(**lookup) -> set[int]:
    return set(Article.objects.filter(**lookup).values_list("pk", flat=True))


def _follow(sender, *, pre_delete_too: bool = False):
    """Connect `affected(instance) -> ids` to saves and deletes of `sender`; a delete is asked
    before it happens (afterwards the rows that lead to the articles are gone)."""

    def connect(affected):
        def saved(instance, raw=False, **kwargs):
            if not (raw or getattr(_state, "quiet", 0)):  # raw: loading a backup rebuilds
                touched(affected(instance))

        def deleting(instance, **kwargs):
            if not getattr(_state, "quiet", 0):
                instance._articles_before_delete = affected(instance)

        def deleted(instance, **kwargs):
            if not getattr(_state, "quiet", 0):
                touched(getattr(instance, "_articles_before_delete", None) or affected(instance))

        post_save.connect(saved, sender=sender, weak=False)
        post_delete.connect(deleted, sender=sender, weak=False)
        if pre_delete_too:
            pre_delete.connect(deleting, sender=sender, weak=False)
        return affected

    return connect


@_follow(Article)
def _article(article):
    return {article.pk}


@_follow(Meeting, pre_delete_too=True)
def _meeting(meeting):
    return _articles(meetings=meeting.pk)


@_follow(Participation)
@_follow(MeetingAgreement)
def _meeting_part(part):
    return _articles(meetings=part.meeting_id)


@_follow(Leader)
def _leader(leader):
    return _articles(meetings__participants=leader.pk)


@_follow(LeaderAlias)
def _alias(alias):
    return _articles(meetings__participants=alias.leader_id)


@_follow(Agreement, pre_delete_too=True)
def _agreement(agreement):
    return _articles(meetings__agreements=agreement.pk)


@receiver(m2m_changed, sender=Meeting.articles.through)
def _reports_relinked(instance, action, reverse, pk_set, **kwargs):
    """A meeting's reports changed: the articles added or removed, and the meeting's others."""
    if getattr(_state, "quiet", 0) or action not in ("post_add", "post_remove", "pre_clear"):
        return
    if reverse:  # article.meetings changed
        touched({instance.pk} | _articles(meetings__in=pk_set or ()))
    else:
        touched(set(pk_set or ()) | _articles(meetings=instance.pk))
