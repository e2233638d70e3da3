"""OAI sets: `type:meeting`, `type:article`, `year:2015`, `kind:talks`, `country:RU` (the
meeting's place, as the meeting list's country filter), and their parents `type`, `year`, `kind`,
`country` (a record in `year:2015` is in `year`).

A meeting is in the sets of its own date, kind and place; a report in those of every meeting it
reports. A meeting merged away (deleted) is only in `type` and `type:meeting`.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _

from archive.extract.countries import country_name
from archive.models import Article, Meeting, MeetingRedirect
from archive.querysets import Year

FAMILIES = ("type", "year", "kind", "country")
_NOTHING = Q(pk__in=[])


@dataclass(frozen=True)
class Selection:
    """What a set holds: a filter per stream (None: none of that stream), and the merged-away."""

    meetings: Q | None
    articles: Q | None
    deleted: bool


def selection(spec: str | None) -> Selection:
    if spec is None or spec == "type":
        return Selection(Q(), Q(), True)
    if spec == "type:meeting":
        return Selection(Q(), None, True)
    if spec == "type:article":
        return Selection(None, Q(), False)
    lookups = _meeting_lookups(spec)
    if lookups is None:
        return Selection(_NOTHING, _NOTHING, False)  # no such set: no records match
    through = Meeting.articles.through.objects.filter(
        article_id=OuterRef("pk"), **{f"meeting__{k}": v for k, v in lookups.items()}
    )
    return Selection(Q(**lookups), Q(Exists(through)), False)


def _meeting_lookups(spec: str) -> dict | None:
    family, _sep, value = spec.partition(":")
    if not value:
        return {"year": {"date__isnull": False}, "kind": {}, "country": {"country__gt": ""}}.get(
            family
        )
    if family == "year" and value.isdigit() and 1 <= int(value) <= 9998:
        return {"date__gte": date(int(value), 1, 1), "date__lt": date(int(value) + 1, 1, 1)}
    if family == "kind" and value in Meeting.Kind.values:
        return {"kind": value}
    if family == "country" and len(value) == 2 and value.isalpha() and value.isupper():
        return {"country": value}
    return None


def meeting_specs(meeting: Meeting) -> list[str]:
    specs = ["type:meeting"]
    if meeting.date:
        specs.append(f"year:{meeting.date.year}")
    specs.append(f"kind:{meeting.kind}")
    if meeting.country:
        specs.append(f"country:{meeting.country}")
    return specs


def article_specs(article: Article) -> list[str]:
    """Reads the article's prefetched meetings."""
    found = {spec for m in article.meetings.all() for spec in meeting_specs(m)[1:]}
    return ["type:article", *sorted(found)]


def listed() -> list[tuple[str, str]]:
    """(setSpec, setName) of every set that has records; names in the active language."""
    meetings = Meeting.objects.order_by()
    dated = meetings.exclude(date=None).annotate(y=Year("date"))
    years = sorted(dated.values_list("y", flat=True).distinct())
    kinds = sorted(meetings.values_list("kind", flat=True).distinct())
    countries = sorted(meetings.exclude(country="").values_list("country", flat=True).distinct())
    has_articles = Article.objects.exists()
    has_meetings = bool(kinds) or MeetingRedirect.objects.exists()
    sets = []
    if has_meetings or has_articles:
        sets.append(("type", _("Record type")))
    if has_meetings:
        sets.append(("type:meeting", _("Meetings")))
    if has_articles:
        sets.append(("type:article", _("Reports")))
    for family, label, values, name in [
        ("year", _("Year"), years, str),
        ("kind", _("Kind"), kinds, lambda k: str(Meeting.Kind(k).label)),
        ("country", _("Country"), countries, country_name),
    ]:
        if values:
            sets.append((family, label))
            sets += [(f"{family}:{value}", name(value)) for value in values]
    return sets
