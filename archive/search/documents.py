"""What an article's search document says about its records (meetings, people, agreements)."""

from dataclasses import dataclass

from archive.models import Article


@dataclass(frozen=True)
class ArticleDocument:
    records_text: str
    leaders: list[str]
    years: list[str]
    kinds: list[str]
    countries: list[str]
    agreements: list[str]
    meeting_ids: list[str]


def article_document(article: Article) -> ArticleDocument:
    """Reads only prefetched relations (see ArticleQuerySet.for_index)."""
    meetings = list(article.meetings.all())
    leaders, aliases, agreements, places = {}, [], {}, []
    for meeting in meetings:
        places += [meeting.venue, meeting.city]
        for participation in meeting.participations.all():
            leaders[participation.leader.name] = None
            aliases += [a.alias for a in participation.leader.aliases.all()]
        for link in meeting.agreement_links.all():
            agreements[link.agreement.title] = None
    records_text = " . ".join([*leaders, *aliases, *agreements, *filter(None, places)])
    return ArticleDocument(
        records_text=records_text,
        leaders=sorted(leaders),
        years=sorted({str(m.date.year) for m in meetings if m.date}),
        kinds=sorted({m.kind for m in meetings}),
        countries=sorted({m.country for m in meetings if m.country}),
        agreements=sorted(agreements),
        meeting_ids=sorted(str(m.pk) for m in meetings),
    )
