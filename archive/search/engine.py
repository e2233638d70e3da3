"""The Whoosh index behind haystack: one cached searcher per process, refreshed when it changes."""

import logging
import os
import threading
import weakref

from haystack import connections

log = logging.getLogger(__name__)
_searchers: dict = {}
_lock = threading.Lock()
_derived: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def derived(reader, name: str) -> dict:
    """A dict for what is computed from an open index reader (lengths, columns, facet maps…):
    it lives as long as the reader, so a changed index never serves stale values."""
    return _derived.setdefault(reader, {}).setdefault(name, {})


class IndexUnavailable(Exception):
    """The index is missing or unreadable; `manage.py rebuild_index --noinput` repairs it."""


def close_searchers() -> None:
    """Forget this process's open searcher: the next search opens the index afresh."""
    with _lock:
        _searchers.clear()


def searcher():
    try:
        backend = connections["default"].get_backend()
        backend.setup()
        key = (backend.path, os.path.realpath(backend.path))  # a rebuild swaps the generation
        with _lock:
            current = _searchers.get(key)
            current = current.refresh() if current else backend.index.refresh().searcher()
            _searchers.clear()
            _searchers[key] = current
        return current
    except Exception as error:  # a corrupt or missing index must not become a 500
        log.error("search index unreadable (repair: manage.py rebuild_index --noinput): %s", error)
        raise IndexUnavailable(str(error)) from error
