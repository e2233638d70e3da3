"""What a shared link shows: OpenGraph and Twitter card fields, and schema.org JSON-LD."""

from babel import Locale
from django.utils.translation import gettext as _

from archive.citations.sources import site_name
from archive.models import Article, Meeting
from archive.templatetags.archive_tags import honest_date

COUNTRY_NAMES = Locale("en").territories  # schema.org wants a name, in English


def _person(participation) -> dict:
    return {
        "@type": "Person",
        "name": participation.leader.name,
        "jobTitle": participation.title,
        "nationality": COUNTRY_NAMES.get(participation.country, participation.country),
    }


def meeting_meta(meeting: Meeting, request, reports: int) -> dict:
    url = request.build_absolute_uri(meeting.get_absolute_url())
    people = [p.leader.name for p in meeting.participations.all()]
    when = honest_date(meeting)
    place = ", ".join(filter(None, [meeting.venue, meeting.city]))
    description = _(
        "%(kind)s between %(people)s, %(when)s%(place)s; reported by %(n)s article(s)."
    ) % {
        "kind": meeting.get_kind_display().capitalize(),
        "people": " and ".join(people),
        "when": when,
        "place": f", {place}" if place else "",
        "n": reports,
    }
    json_ld = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": f"{meeting.get_kind_display().capitalize()}: {' – '.join(people)}",
        "url": url,
        "description": description,
        "eventStatus": "https://schema.org/EventScheduled",
        "attendee": [_person(p) for p in meeting.participations.all()],
        "performer": [_person(p) for p in meeting.participations.all()],
    }
    if meeting.date:
        json_ld["startDate"] = _iso_to_precision(meeting.date, meeting.date_precision)
        if meeting.end_date:
            json_ld["endDate"] = meeting.end_date.isoformat()
    if meeting.city or meeting.venue:
        json_ld["location"] = {
            "@type": "Place",
            "name": place,
            "address": {
                "@type": "PostalAddress",
                "addressLocality": meeting.city,
                "addressCountry": meeting.country,
            },
        }
    return {
        "title": json_ld["name"] + f" ({when})",
        "description": description,
        "url": url,
        "type": "article",
        "json_ld": json_ld,
    }


def article_meta(article: Article, request) -> dict:
    url = request.build_absolute_uri(article.get_absolute_url())
    description = (article.lead or article.body)[:200].rsplit(" ", 1)[0] + "…"
    json_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "url": url,
        "inLanguage": "vi",
        "description": description,
        "isAccessibleForFree": True,
        "publisher": {"@type": "Organization", "name": site_name()},
        "about": [
            {"@type": "Event", "name": str(m.get_kind_display()), "url": request.build_absolute_uri(m.get_absolute_url()),
             **({"startDate": _iso_to_precision(m.date, m.date_precision)} if m.date else {})}
            for m in article.meetings.all()
        ],
    }  # fmt: skip
    if article.byline:
        json_ld["author"] = {"@type": "Person", "name": article.byline}
    return {
        "title": article.title,
        "description": description,
        "url": url,
        "type": "article",
        "json_ld": json_ld,
    }


def _iso_to_precision(day, precision: str) -> str:
    """schema.org dates may be truncated: `2015-05` for a meeting known only to the month."""
    return day.isoformat()[: {"year": 4, "month": 7}.get(precision, 10)]
