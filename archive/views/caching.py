"""HTTP caching of the pages and their twins: ETag and Last-Modified from the archive-wide stamp
(archive/records/stamp.py), the search index and the code, so that checking costs one small query
instead of a page's dozen; a matching If-None-Match or If-Modified-Since answers 304.

Anonymous readers: twins `public, max-age=60`; HTML pages carry the reader's CSRF token (the
language switcher), so they are `private` and revalidated every time (`no-cache`), which the 304
makes cheap. Signed-in staff see their edits at once: `private, no-store`, no validators.
"""

import hashlib
from datetime import UTC, datetime, timedelta
from functools import wraps

from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import http_date, quote_etag
from django.utils.translation import get_language

from archive.code_version import code_version
from archive.records.stamp import current
from archive.search import index_stamp

TWIN_MAX_AGE = 60  # seconds a shared cache or a script may reuse a twin without asking
FRESH = timedelta(seconds=1)  # HTTP dates count seconds: a change this recent has no safe date


def validators(request) -> tuple[str, datetime | None]:
    version, changed_at = current()
    code, code_changed_at = code_version()
    inode, index_changed = index_stamp()
    key = f"{version}:{inode}:{index_changed}:{code}:{get_language()}:{request.get_full_path()}"
    etag = quote_etag(hashlib.sha256(key.encode()).hexdigest()[:24])
    moments = [m for m in (changed_at, code_changed_at) if m is not None]
    if index_changed:
        moments.append(datetime.fromtimestamp(index_changed / 1e9, UTC))
    last = max(moments)
    return etag, last if datetime.now(UTC) - last >= FRESH else None


def _is_twin(request) -> bool:
    return request.GET.get("format", "html") != "html"


def conditional(view, data: bool = False):
    """Validators, Cache-Control and 304s for a public view's GET and HEAD; `data`: it answers
    data (JSON) even without `?format=`."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        if request.user.is_authenticated:
            response = view(request, *args, **kwargs)
            add_never_cache_headers(response)
            return response
        etag, last_modified = validators(request)
        timestamp = int(last_modified.timestamp()) if last_modified else None
        response = get_conditional_response(request, etag=etag, last_modified=timestamp)
        if response is None:
            response = view(request, *args, **kwargs)
        if response.status_code not in (200, 304):  # errors, redirects, failed preconditions
            return response
        response["ETag"] = etag
        if last_modified:
            response["Last-Modified"] = http_date(timestamp)
        cache_control(request, response, data)
        return response

    return wrapped


def cache_control(request, response, data: bool = False) -> None:
    """The policy above: twins and data public for a minute, pages private and revalidated."""
    if data or _is_twin(request):
        patch_cache_control(response, public=True, max_age=TWIN_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_cache=True)
