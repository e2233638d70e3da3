"""Records -> citation sources, with the permalink made absolute and today's access date."""

from datetime import date

from django.conf import settings
from django.utils import timezone

from archive.models import Article, Meeting

from .formats import CitationSource, bibtex, chicago, csl_json, ris

DOWNLOADS = {  # ?format= value -> (render, content type, file extension)
    "bibtex": (bibtex, "application/x-bibtex", "bib"),
    "ris": (ris, "application/x-research-info-systems", "ris"),
    "csl": (lambda source: csl_json(source), "application/vnd.citationstyles.csl+json", "json"),
}


def site_name() -> str:
    """The archive's name as citations give it: the setting, else the bundled collection's."""
    return settings.ARCHIVE_NAME or "Vietnam–Russia Diplomatic Archive"


def meeting_title(meeting: Meeting) -> str:
    names = " – ".join(p.leader.name for p in meeting.participations.all())
    return (
        f"{meeting.get_kind_display().capitalize()}: {names}"
        if names
        else meeting.get_kind_display()
    )


def meeting_source(meeting: Meeting, request) -> CitationSource:
    return CitationSource(
        kind="meeting",
        key=f"vnru-meeting-{meeting.pk}",
        title=meeting_title(meeting),
        url=request.build_absolute_uri(meeting.get_absolute_url()),
        accessed=timezone.localdate(),
        event_date=meeting.date,
        event_date_precision=meeting.date_precision if meeting.date else None,
        event_end_date=meeting.end_date,
        place=", ".join(filter(None, [meeting.venue, meeting.city])),
        site=site_name(),
    )


def article_source(article: Article, request) -> CitationSource:
    first = min(article.meetings.all(), key=lambda m: (m.date is None, m.date), default=None)
    return CitationSource(
        kind="article",
        key=f"vnru-article-{article.pk}",
        title=article.title,
        url=request.build_absolute_uri(article.get_absolute_url()),
        accessed=timezone.localdate(),
        event_date=first.date if first else None,
        event_date_precision=first.date_precision if first and first.date else None,
        authors=(article.byline,) if article.byline else (),
        source_file=article.source_file,
        site=site_name(),
    )


def chicago_text(source: CitationSource) -> str:
    return chicago(source)


def hit_source(hit, request) -> CitationSource:
    """A search hit (archive.search.Hit) as a citation source: what its stored fields hold."""
    dated = [m for m in hit.meetings if m.get("date")]
    first = min(dated, key=lambda m: m["date"], default=None)
    return CitationSource(
        kind="article",
        key=f"vnru-article-{hit.id}",
        title=hit.title,
        url=request.build_absolute_uri(hit.url),
        accessed=timezone.localdate(),
        event_date=date.fromisoformat(first["date"]) if first else None,
        event_date_precision=first.get("date_precision") if first else None,
        source_file=hit.source_file,
        site=site_name(),
    )
