"""Pages of ListIdentifiers / ListRecords / GetRecord: which records, in a stable order.

Every record has a key (protocol.Key): meetings first, live ones and those merged away in one
sequence of ids (a merged id is never reused), then reports by id. A page is the records after
the resumption token's last key, so paging never skips or repeats a record even while others are
added or changed; one that changes during a harvest is seen again by the next harvest `from` then.

Datestamps are the records' `updated_at`, which `archive.oai.datestamps` raises whenever the
records' change feed (archive/records/changes.py) names the report or one of its meetings.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Q

from . import protocol, records, sets
from .protocol import Key, OaiError, Query

PAGE_SIZE = 100


def page_size() -> int:
    return getattr(settings, "OAI_PAGE_SIZE", PAGE_SIZE)


@dataclass(frozen=True)
class Page:
    records: list[records.Record]
    complete_size: int
    more: bool


class Lister:
    """The records a query selects, read a page at a time."""

    def __init__(self, query: Query, repository: str, absolute: records.Absolute):
        self.repository, self.absolute = repository, absolute
        self.selection = sets.selection(query.set)
        self.dates = _date_filter("updated_at", query)
        self.deleted_dates = _date_filter("datestamp", query)

    def meetings(self):
        if self.selection.meetings is None:
            return None
        return records.meetings().filter(self.selection.meetings, self.dates).order_by("pk")

    def deleted(self):
        if not self.selection.deleted:
            return None
        return records.deleted().filter(self.deleted_dates).order_by("old_id")

    def articles(self):
        if self.selection.articles is None:
            return None
        return records.articles().filter(self.selection.articles, self.dates).order_by("pk")

    def page(self, after: Key | None, size: int) -> Page:
        found: list[records.Record] = []
        for stream, read in ((0, self._meetings_after), (1, self._articles_after)):
            if after and after.stream > stream:
                continue
            last = after.id if after and after.stream == stream else 0
            found += read(last, size - len(found) + 1)  # one more: is there a next page?
            if len(found) > size:
                break
        return Page(found[:size], self.complete_size(), len(found) > size)

    def complete_size(self) -> int:
        lists = (self.meetings(), self.deleted(), self.articles())
        return sum(qs.order_by().count() for qs in lists if qs is not None)

    def _meetings_after(self, last: int, limit: int) -> list[records.Record]:
        live, gone = self.meetings(), self.deleted()
        found = []
        if live is not None:
            found += [
                records.meeting_record(m, self.repository, self.absolute)
                for m in live.filter(pk__gt=last)[:limit]
            ]
        if gone is not None:
            found += [
                records.deleted_record(r, self.repository)
                for r in gone.filter(old_id__gt=last)[:limit]
            ]
        return sorted(found, key=lambda r: r.key.id)[:limit]

    def _articles_after(self, last: int, limit: int) -> list[records.Record]:
        articles = self.articles()
        if articles is None:
            return []
        return [
            records.article_record(a, self.repository, self.absolute)
            for a in articles.filter(pk__gt=last)[:limit]
        ]


def _date_filter(field: str, query: Query) -> Q:
    q = Q()
    if query.from_:
        q &= Q(**{f"{field}__gte": query.from_})
    if query.until:  # inclusive to the second: anything before the next one
        q &= Q(**{f"{field}__lt": query.until + timedelta(seconds=1)})
    return q


def one(identifier: str, repository: str, absolute: records.Absolute) -> records.Record:
    """The record an identifier names, live or merged away; idDoesNotExist otherwise."""
    found = protocol.parse_identifier(identifier)
    if found and found.repository == repository:
        if found.kind == "article":
            article = records.articles().filter(pk=found.id).first()
            if article:
                return records.article_record(article, repository, absolute)
        else:
            meeting = records.meetings().filter(pk=found.id).first()
            if meeting:
                return records.meeting_record(meeting, repository, absolute)
            redirect = records.deleted().filter(old_id=found.id).first()
            if redirect:
                return records.deleted_record(redirect, repository)
    raise OaiError("idDoesNotExist", f"No record has the identifier {identifier}.")
