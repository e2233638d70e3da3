"""Records as plain data: the JSON twins of the pages and the archive export share these shapes."""

from datetime import date

from archive.api.shapes import (
    AgreementData,
    ArticleData,
    InvalidParameters,
    LeaderData,
    MeetingData,
    MeetingSummary,
    Participant,
    SearchHit,
    SearchResponse,
)
from archive.models import Agreement, Article, Leader, Meeting
from archive.search import Hit, SearchResults, message


def day(value) -> str | None:
    return value.isoformat() if value else None


def participant_data(participation) -> Participant:
    return {
        "leader_id": participation.leader_id,
        "name": participation.leader.name,
        "url": participation.leader.get_absolute_url(),
        "country": participation.country,
        "title": participation.title,
    }


def meeting_summary(meeting: Meeting) -> MeetingSummary:
    """For lists: reads prefetched participations only."""
    return {
        "id": meeting.pk,
        "url": meeting.get_absolute_url(),
        "date": day(meeting.date),
        "date_precision": meeting.date_precision if meeting.date else None,
        "end_date": day(meeting.end_date),
        "kind": meeting.kind,
        "location": {"venue": meeting.venue, "city": meeting.city, "country": meeting.country},
        "needs_review": meeting.needs_review,
        "participants": [participant_data(p) for p in meeting.participations.all()],
    }


MEETING_CSV_HEADER = [
    "id", "date", "date_precision", "end_date", "kind", "venue", "city", "country",
    "participants", "needs_review", "url",
]  # fmt: skip


def meeting_row(meeting: Meeting, absolute_uri) -> list:
    """A meeting as a row of the meeting list's CSV twin (reads prefetched participations)."""
    return [
        meeting.pk, meeting.date or "", meeting.date_precision, meeting.end_date or "",
        meeting.kind, meeting.venue, meeting.city, meeting.country,
        "; ".join(f"{p.leader.name} ({p.title})" for p in meeting.participations.all()),
        meeting.needs_review, absolute_uri(meeting.get_absolute_url()),
    ]  # fmt: skip


def meeting_data(meeting: Meeting) -> MeetingData:
    """Everything about a meeting; reads what Meeting.objects.with_everything() prefetches."""
    return {
        **meeting_summary(meeting),
        "review_reason": meeting.review_reason,
        "articles": [
            {
                "id": a.pk,
                "url": a.get_absolute_url(),
                "title": a.title,
                "byline": a.byline,
                "source_file": a.source_file,
                "machine_translated": a.machine_translated,
            }
            for a in sorted(meeting.articles.all(), key=lambda a: a.pk)
        ],
        "agreements": [
            {
                "id": link.agreement_id,
                "url": link.agreement.get_absolute_url(),
                "title": link.agreement.title,
                "kind": link.agreement.kind,
                "signed_date": day(link.agreement.signed_date),
                "relation": link.relation,
            }
            for link in sorted(meeting.agreement_links.all(), key=lambda link: link.agreement_id)
        ],
    }


def leader_data(leader: Leader) -> LeaderData:
    return {
        "id": leader.pk,
        "url": leader.get_absolute_url(),
        "name": leader.name,
        "country": leader.country,
        "aliases": sorted(a.alias for a in leader.aliases.all()),
        "offices": [
            {
                "title": o.title,
                "role": o.role,
                "country": o.country,
                "start": day(o.start),
                "end": day(o.end),
            }
            for o in sorted(
                leader.offices.all(), key=lambda o: (o.start is None, o.start or date.min, o.pk)
            )
        ],
    }


def agreement_data(agreement: Agreement) -> AgreementData:
    return {
        "id": agreement.pk,
        "url": agreement.get_absolute_url(),
        "title": agreement.title,
        "kind": agreement.kind,
        "signed_date": day(agreement.signed_date),
        "signed_place": agreement.signed_place,
        "parties": agreement.parties,
        "meeting_ids": sorted(link.meeting_id for link in agreement.meeting_links.all()),
    }


def article_data(article: Article, full_text: bool = False) -> ArticleData:
    data: ArticleData = {
        "id": article.pk,
        "url": article.get_absolute_url(),
        "title": article.title,
        "dateline": article.dateline,
        "byline": article.byline,
        "source_file": article.source_file,
        "checksum": article.checksum,
        "machine_translated": article.machine_translated,
        "meeting_ids": sorted(m.pk for m in article.meetings.all()),
    }
    if full_text:
        data.update(
            lead=article.lead, body=article.body, photo_captions=article.photo_captions,
            encoding=article.encoding, imported_at=article.imported_at.isoformat(),
        )  # fmt: skip
    return data


def invalid_parameters(form, message: str) -> InvalidParameters:
    """The 400 body of a twin whose query parameters did not validate."""
    errors = {field: [str(e) for e in errs] for field, errs in form.errors.items()}
    return {"error": message, "form_errors": errors}


# ---- search results: the search page's JSON and CSV twins ---------------------------------------

JSON_FACET_NAMES = {
    "leaders": "leader", "years": "year", "kinds": "kind", "countries": "country",
    "agreements": "agreement", "machine_translated": "machine_translated",
}  # fmt: skip
SEARCH_CSV_HEADER = ["id", "title", "date", "meetings", "source_file", "score", "url"]


def search_data(results: SearchResults) -> SearchResponse:
    """The search page's JSON twin (its form was valid: no form errors)."""
    request = results.request
    return {
        "query": request.q,
        "count": results.count,
        "page": request.page,
        "num_pages": results.num_pages,
        "suggestion": results.suggestion,
        "error": message(results.error) if results.error else None,
        "form_errors": {},
        "notices": [message(code, detail) for code, detail in results.notices],
        "results": [search_hit_data(hit) for hit in results.hits],
        "facets": {
            JSON_FACET_NAMES[name]: [[label, count] for _, label, count in values]
            for name, values in results.facets.items()
        },
        "facet_values": {
            JSON_FACET_NAMES[name]: [{"value": v, "label": label, "count": c} for v, label, c in values]
            for name, values in results.facets.items()
        },
    }  # fmt: skip


def search_hit_data(hit: Hit) -> SearchHit:
    return {
        "type": "article", "id": hit.id, "url": hit.url, "title": hit.title,
        "date": hit.meetings[0]["date"] if hit.meetings else None,
        "source_file": hit.source_file, "score": hit.score,
        "meetings": [
            {k: m[k] for k in ("id", "url", "date", "date_precision", "kind")} for m in hit.meetings
        ],
        "highlight": hit.highlight,
    }  # fmt: skip


def search_row(hit: Hit, absolute_uri) -> list:
    """A hit as a row of the search page's CSV twin."""
    return [
        hit.id, hit.title, hit.meetings[0]["date"] if hit.meetings else "",
        " ".join(absolute_uri(m["url"]) for m in hit.meetings),
        hit.source_file, hit.score, absolute_uri(hit.url),
    ]  # fmt: skip
