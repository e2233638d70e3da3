"""A pair of countries' relations: their meetings per year, agreements, leaders, partnership levels.

Views stay thin: every function here takes the pair (two upper-case codes) and returns plain data.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q

from archive.extract.countries import country_name
from archive.extract.partnerships import LEVELS
from archive.models import (
    Agreement,
    Article,
    Country,
    Meeting,
    MeetingAgreement,
    Participation,
    PartnershipStatement,
)
from archive.querysets import Year
from archive.records.stamp import kept_until_changed


def known_code(code: str) -> bool:
    return country_name(code) != code or Country.objects.filter(code=code).exists()


def canonical_pair(a: str, b: str) -> tuple[str, str]:
    """The archive's focus countries first, in their order; the others alphabetically."""
    focus = settings.ARCHIVE_FOCUS_COUNTRIES

    def key(code):
        return (focus.index(code), "") if code in focus else (len(focus), code)

    return tuple(sorted((a.upper(), b.upper()), key=key))


def slug(pair: tuple[str, str]) -> str:
    return "-".join(pair).lower()


def pair_meetings(pair: tuple[str, str]):
    """Meetings with both countries among the participants' countries. EXISTS per country, as in
    the meeting page's neighbours: a join would need DISTINCT over every meeting of either."""
    meetings = Meeting.objects.all()
    for code in pair:
        meetings = meetings.filter(
            Exists(Participation.objects.filter(meeting=OuterRef("pk"), country=code))
        )
    return meetings


def chronology(pair: tuple[str, str]) -> dict:
    """The pair's meetings per year, agreements, leaders on each side and levels of partnership,
    kept until a record changes: for a pair that met thousands of times these walk every meeting
    (about 350 ms at 10,000 reports), the same for every reader until the archive changes."""

    def compute():
        meetings = pair_meetings(pair)
        return {
            "counts": per_year(meetings),
            "agreements": signed_agreements(pair, meetings),
            "sides": leaders(pair, meetings),
            "levels": partnership_levels(meetings),
        }

    return kept_until_changed(f"chronology:{slug(pair)}", compute)


def per_year(meetings) -> dict[int, int]:
    rows = meetings.exclude(date=None).annotate(year=Year("date")).values("year")
    return {r["year"]: r["count"] for r in rows.annotate(count=Count("id")).order_by("year")}


def signed_agreements(pair: tuple[str, str], meetings) -> list[Agreement]:
    """Signed at the pair's meetings, or dated agreements whose parties are both countries, by date."""
    signed_at = MeetingAgreement.objects.filter(
        relation="signed", meeting__in=meetings.values("pk")
    ).values("agreement_id")
    by_parties = [
        a.pk
        for a in Agreement.objects.exclude(signed_date=None).only("parties")
        if set(pair) <= {str(p).upper() for p in a.parties or []}
    ]
    found = Agreement.objects.filter(Q(pk__in=signed_at) | Q(pk__in=by_parties))
    return sorted(found, key=lambda a: (a.signed_date or date.max, a.title))


def leaders(pair: tuple[str, str], meetings) -> dict[str, list[dict]]:
    """Who took part for each country: first and last meeting year and how many meetings."""
    rows = (
        Participation.objects.filter(meeting__in=meetings.values("pk"), country__in=pair)
        .values("country", "leader_id", "leader__name", "leader__slug")
        .annotate(first=Min(Year("meeting__date")), last=Max(Year("meeting__date")), meetings=Count("meeting_id"))
        .order_by("first", "leader__name")
    )  # fmt: skip
    sides = {code: [] for code in pair}
    for row in rows:  # plain dicts: kept in the cache
        sides[row["country"]].append(row)
    return sides


@dataclass
class Level:
    level: str
    year: int | None  # stated by the report: established
    reported: date | None  # else the date of the meeting the report tells
    sentence: str
    article: Article


def partnership_levels(meetings) -> list[Level]:
    """Each level the pair's reports state (read at import: PartnershipStatement), with the
    earliest date a report gives for it: the earliest year stated for its setting up, else the
    date of the earliest meeting a report of it tells. From the meetings' side, each query walks
    the pair's meetings once, with no text in its rows (grouping statements with their reports'
    texts took 22 s at 10,000 reports)."""
    path = "articles__partnerships"
    firsts = (
        meetings.filter(**{f"{path}__level__in": LEVELS})
        .values(f"{path}__level")
        .annotate(year=Min(f"{path}__year"), told=Min("date"))
        .order_by()
    )
    best: dict[str, Level] = {}
    for row in firsts:
        level = row[f"{path}__level"]
        chosen = []
        if row["year"]:
            stated = {f"{path}__level": level, f"{path}__year": row["year"]}
            chosen.append((meetings.filter(**stated).values_list(path, flat=True)[:1], None))
        if row["told"]:
            told = {f"{path}__level": level, "date": row["told"]}
            chosen.append((meetings.filter(**told).values_list(path, flat=True)[:1], row["told"]))
        for pks, reported in chosen:
            s = PartnershipStatement.objects.select_related("article").get(pk__in=pks)
            found = Level(
                level, s.year if reported is None else None, reported, s.sentence, s.article
            )
            if level not in best or _earlier(found, best[level]):
                best[level] = found
    return [best[level] for level in LEVELS if level in best]


def _earlier(one: Level, other: Level) -> bool:
    def key(level):
        when = date(level.year, 1, 1) if level.year else level.reported or date.max
        return (when, level.year is None)

    return key(one) < key(other)


def pairs_with_meetings() -> list[dict]:
    """Every pair of countries that met, with its number of meetings, the most first. One query
    joins each participation to the meeting's others of a later code: reading every participation
    into Python took 71 ms at 1,000 reports."""
    rows = (
        Participation.objects.exclude(country="")
        .filter(meeting__participations__country__gt=F("country"))
        .values_list("country", "meeting__participations__country")
        .annotate(meetings=Count("meeting_id", distinct=True))
        .order_by()
    )  # fmt: skip
    counts = Counter({canonical_pair(a, b): n for a, b, n in rows})
    return [{"pair": p, "slug": slug(p), "meetings": n} for p, n in counts.most_common()]
