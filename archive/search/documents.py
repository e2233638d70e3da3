"""What an article's search document holds besides its text: what the records know about it."""

import json
import time
from dataclasses import dataclass

from archive.extract.countries import country_name
from archive.models import Article, PlaceName
from archive.text import segment_cached

UNDATED_FROM, UNDATED_TO = 99_999_999, 0  # undated articles sort last either way


@dataclass(frozen=True)
class ArticleDocument:
    records_segmented: str
    leaders: list[str]
    agreements: list[str]
    years: list[str]
    kinds: list[str]
    countries: list[str]
    date_from: int
    date_to: int
    meetings_json: str


def _day_number(day) -> int:
    return day.year * 10_000 + day.month * 100 + day.day


def _meeting_summary(meeting) -> dict:
    return {
        "id": meeting.pk,
        "url": meeting.get_absolute_url(),
        "date": meeting.date.isoformat() if meeting.date else None,
        "date_precision": meeting.date_precision,
        "end_date": meeting.end_date.isoformat() if meeting.end_date else None,
        "kind": meeting.kind,
    }


_SPELLINGS: dict = {"at": -1e9, "names": {}}
SPELLINGS_TTL = 60  # seconds: a staff edit of the gazetteer reaches new documents this soon


def place_spellings(name: str) -> list[str]:
    """Every spelling the gazetteer keeps for a place (`Kazan`: `Ca-dan`, `Казань`...), so a
    report that says only one of them is found by any. Read once a minute, not per document."""
    if time.monotonic() - _SPELLINGS["at"] > SPELLINGS_TTL:
        names: dict[str, list[str]] = {}
        for place, spelling in PlaceName.objects.values_list("place__name", "name"):
            names.setdefault(place, []).append(spelling)
        _SPELLINGS.update(at=time.monotonic(), names=names)
    return _SPELLINGS["names"].get(name, [])


def article_document(article: Article) -> ArticleDocument:
    """Reads only prefetched relations (see ArticleQuerySet.for_index)."""
    meetings = sorted(article.meetings.all(), key=lambda m: (m.date is None, m.date, m.pk))
    leaders, agreements, pieces = {}, {}, []
    for meeting in meetings:
        pieces += [meeting.venue, meeting.city, meeting.get_kind_display()]
        pieces += [*place_spellings(meeting.city), *place_spellings(meeting.venue)]
        if meeting.country:
            pieces.append(country_name(meeting.country))
        for participation in meeting.participations.all():
            leader = participation.leader
            leaders[str(leader.pk)] = None
            # Garbles stay out: they belong to the machine-translated texts that contain them.
            aliases = [a.alias for a in leader.aliases.all() if a.kind != "machine_translation"]
            pieces += [leader.name, participation.title, *aliases]
        for link in meeting.agreement_links.all():
            agreements[str(link.agreement_id)] = None
            pieces.append(link.agreement.title)  # its aliases are matching aids, not names
    dated = [m for m in meetings if m.date]
    return ArticleDocument(
        records_segmented=" . ".join(
            segment_cached(p) for p in dict.fromkeys(filter(None, pieces))
        ),
        leaders=list(leaders),
        agreements=list(agreements),
        years=sorted({str(m.date.year) for m in dated}),
        kinds=sorted({m.kind for m in meetings}),
        countries=sorted({m.country for m in meetings if m.country}),
        date_from=min((_day_number(m.date) for m in dated), default=UNDATED_FROM),
        date_to=max((_day_number(m.end_date or m.date) for m in dated), default=UNDATED_TO),
        meetings_json=json.dumps([_meeting_summary(m) for m in meetings], ensure_ascii=False),
    )
