"""The whole archive as a download: `/data/` describes the dumps, `/data/archive.zip` is always
the newest (a stable address), `/data/archive-YYYY-MM-DD.zip` each kept one."""

import hashlib
from datetime import UTC, datetime

from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import quote_etag
from django.utils.translation import get_language
from django.views.decorators.http import condition

from archive.api import shapes
from archive.code_version import code_version
from archive.records import dumps
from archive.views.caching import cache_control
from archive.views.responses import respond


def _dump_data(request, dump: dumps.Dump) -> shapes.Dump:
    return {
        "name": dump.name,
        "date": dump.day.isoformat(),
        "bytes": dump.size,
        "sha256": dump.sha256,
        "url": request.build_absolute_uri(f"/data/{dump.name}"),
        "checksum_url": request.build_absolute_uri(f"/data/{dump.name}.sha256"),
    }


def _downloads(request, available: list[dumps.Dump]) -> shapes.Downloads:
    return {
        "format_version": dumps.FORMAT_VERSION,
        "latest": request.build_absolute_uri("/data/archive.zip") if available else None,
        "dumps": [_dump_data(request, d) for d in available],
        "files": [
            {"filename": t.filename, "about": str(t.about),
             "columns": [{"name": n, "meaning": str(m)} for n, m in t.columns]}
            for t in dumps.TABLES
        ],
    }  # fmt: skip


def _listing_etag(request) -> str:
    """The page changes when a dump is written, not when the records change (the dump follows
    the import that changed them): its validator is the dumps on disk, the code and language."""
    listing = "|".join(f"{d.name}:{d.sha256}" for d in dumps.available())
    key = f"{listing}|{code_version()[0]}|{get_language()}|{request.get_full_path()}"
    return quote_etag(hashlib.sha256(key.encode()).hexdigest()[:24])


@condition(etag_func=_listing_etag)
def data_page(request):
    available = dumps.available()
    context = {
        "dumps": available, "latest": available[0] if available else None,
        "tables": dumps.TABLES, "format_version": dumps.FORMAT_VERSION,
    }  # fmt: skip
    response = respond(
        request, "archive/data.html", context, lambda: _downloads(request, available)
    )
    cache_control(request, response)
    return response


def _find(name: str) -> dumps.Dump:
    """The dump a download address names: `archive.zip` is the newest."""
    available = dumps.available()
    if name == f"{dumps.PREFIX}.zip" and available:
        return available[0]
    for dump in available:
        if dump.name == name:
            return dump
    raise Http404("no such dump")


def _etag(request, name: str, checksum: bool = False) -> str:
    return f'"{_find(name).sha256}{"-sum" if checksum else ""}"'


def _modified(request, name: str, checksum: bool = False) -> datetime:
    return datetime.fromtimestamp(_find(name).path.stat().st_mtime, tz=UTC)


@condition(etag_func=_etag, last_modified_func=_modified)
def data_file(request, name: str, checksum: bool = False):
    """A dump (or with `checksum`, its `sha256sum` line), answering 304 to a harvester that has
    it already."""
    dump = _find(name)
    if checksum:
        response = HttpResponse(
            f"{dump.sha256}  {dump.name}\n", content_type="text/plain; charset=utf-8"
        )
    else:
        response = FileResponse(
            dump.path.open("rb"), as_attachment=True, filename=dump.name,
            content_type="application/zip",
        )  # fmt: skip
    response["Cache-Control"] = "public, max-age=3600"
    return response
