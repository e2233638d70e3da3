"""Records -> OAI headers and Dublin Core (oai_dc), in Vietnamese (the caller activates it).

Every function reads only what `meetings()`, `articles()` and `deleted()` fetch, so a page of
records costs the same number of queries whatever its size.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Prefetch, QuerySet
from django.db.models.functions import Coalesce

from archive.citations.sources import meeting_title, site_name
from archive.extract.countries import country_name
from archive.models import Article, DatePrecision, Meeting, MeetingRedirect

from . import protocol, sets

Absolute = Callable[[str], str]  # request.build_absolute_uri
ARTICLE_FIELDS = ("title", "slug", "lead", "byline", "updated_at")


@dataclass(frozen=True)
class Record:
    identifier: str
    datestamp: datetime
    specs: list[str]
    dc: list[tuple[str, str]] | None  # None: deleted, a header only
    key: protocol.Key


def meetings() -> QuerySet:
    return (
        Meeting.objects.with_participants()
        .with_agreements()
        .prefetch_related(
            Prefetch("articles", Article.objects.only(*ARTICLE_FIELDS).order_by("pk"))
        )
    )


def articles() -> QuerySet:
    return (
        Article.objects.only(*ARTICLE_FIELDS)
        .prefetch_related(
            Prefetch("meetings", Meeting.objects.order_by("date", "pk")),
            "meetings__participations__leader",
            "meetings__agreement_links__agreement",
        )
    )  # fmt: skip


def deleted() -> QuerySet:
    """Meetings merged away, dated by the merge (older rows: the survivor's last change)."""
    return MeetingRedirect.objects.annotate(
        datestamp=Coalesce("merged_at", "meeting__updated_at")
    ).only("old_id", "merged_at")


def meeting_record(meeting: Meeting, repository: str, absolute: Absolute) -> Record:
    reports = list(meeting.articles.all())
    dc = [
        ("title", meeting_title(meeting)),
        *_meeting_facts(meeting),
        ("type", "Event"),
        ("type", meeting.get_kind_display()),
        ("identifier", absolute(meeting.get_absolute_url())),
        *[("relation", absolute(a.get_absolute_url())) for a in reports],
        *[("description", reports[0].lead)] * bool(reports and reports[0].lead),
        *_common(),
    ]
    return Record(
        protocol.identifier(repository, "meeting", meeting.pk),
        meeting.updated_at,
        sets.meeting_specs(meeting),
        dc,
        protocol.Key(0, meeting.pk),
    )


def article_record(article: Article, repository: str, absolute: Absolute) -> Record:
    reported = list(article.meetings.all())
    facts = dict.fromkeys(pair for m in reported for pair in _meeting_facts(m))  # once each
    dc = [
        ("title", article.title),
        *[("creator", article.byline)] * bool(article.byline),
        *facts,
        ("type", "Text"),
        ("identifier", absolute(article.get_absolute_url())),
        *[("relation", absolute(m.get_absolute_url())) for m in reported],
        *[("description", article.lead)] * bool(article.lead),
        *_common(),
    ]
    return Record(
        protocol.identifier(repository, "article", article.pk),
        article.updated_at,
        sets.article_specs(article),
        dc,
        protocol.Key(1, article.pk),
    )


def deleted_record(redirect: MeetingRedirect, repository: str) -> Record:
    return Record(
        protocol.identifier(repository, "meeting", redirect.old_id),
        redirect.datestamp,
        ["type:meeting"],
        None,
        protocol.Key(0, redirect.old_id),
    )


def _meeting_facts(meeting: Meeting) -> list[tuple[str, str]]:
    """Date, participants with their titles then, agreements, and place."""
    facts = []
    if meeting.date:
        facts.append(("date", _w3cdtf(meeting)))
    facts += [
        ("subject", f"{p.title} {p.leader.name}".strip()) for p in meeting.participations.all()
    ]
    facts += [("subject", link.agreement.title) for link in meeting.agreement_links.all()]
    place = [meeting.venue, meeting.city, country_name(meeting.country) if meeting.country else ""]
    if any(place):
        facts.append(("coverage", ", ".join(filter(None, place))))
    return facts


def _w3cdtf(meeting: Meeting) -> str:
    """The date to its known precision (`2015`, `2015-05`, `2015-05-09`), a range if it lasted."""
    length = {DatePrecision.YEAR: 4, DatePrecision.MONTH: 7}.get(meeting.date_precision, 10)
    start = meeting.date.isoformat()[:length]
    if meeting.end_date and meeting.end_date != meeting.date and length == 10:
        return f"{start}/{meeting.end_date.isoformat()}"
    return start


def _common() -> list[tuple[str, str]]:
    return [("language", "vi"), ("publisher", site_name())]
