"""The archive as one JSON document with a stable shape and order (`manage.py export_archive`)."""

from datetime import date

from archive.models import Agreement, Article, Leader, Meeting


def _day(value) -> str | None:
    return value.isoformat() if value else None


def _meeting(meeting: Meeting) -> dict:
    return {
        "id": meeting.pk,
        "url": meeting.get_absolute_url(),
        "date": _day(meeting.date),
        "date_precision": meeting.date_precision,
        "end_date": _day(meeting.end_date),
        "kind": meeting.kind,
        "location": {"venue": meeting.venue, "city": meeting.city, "country": meeting.country},
        "needs_review": meeting.needs_review,
        "review_reason": meeting.review_reason,
        "participants": [
            {
                "leader_id": p.leader_id,
                "name": p.leader.name,
                "country": p.country,
                "title": p.title,
            }
            for p in meeting.participations.all()
        ],
        "articles": [
            {
                "id": a.pk,
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
                "title": link.agreement.title,
                "kind": link.agreement.kind,
                "signed_date": _day(link.agreement.signed_date),
                "relation": link.relation,
            }
            for link in sorted(meeting.agreement_links.all(), key=lambda link: link.agreement_id)
        ],
    }


def archive_export() -> dict:
    meetings = Meeting.objects.with_everything().order_by("pk")
    leaders = Leader.objects.with_aliases_and_offices().order_by("pk")
    agreements = Agreement.objects.prefetch_related("meeting_links").order_by("pk")
    articles = Article.objects.with_meetings().order_by("pk")
    return {
        "meetings": [_meeting(m) for m in meetings],
        "leaders": [
            {
                "id": leader.pk,
                "name": leader.name,
                "country": leader.country,
                "aliases": sorted(a.alias for a in leader.aliases.all()),
                "offices": [
                    {
                        "title": o.title,
                        "role": o.role,
                        "country": o.country,
                        "start": _day(o.start),
                        "end": _day(o.end),
                    }
                    for o in sorted(
                        leader.offices.all(),
                        key=lambda o: (o.start is None, o.start or date.min, o.pk),
                    )
                ],
            }
            for leader in leaders
        ],
        "agreements": [
            {
                "id": a.pk,
                "title": a.title,
                "kind": a.kind,
                "signed_date": _day(a.signed_date),
                "signed_place": a.signed_place,
                "parties": a.parties,
                "meeting_ids": sorted(link.meeting_id for link in a.meeting_links.all()),
            }
            for a in agreements
        ],
        "articles": [
            {
                "id": a.pk,
                "title": a.title,
                "source_file": a.source_file,
                "checksum": a.checksum,
                "meeting_ids": sorted(m.pk for m in a.meetings.all()),
                "machine_translated": a.machine_translated,
            }
            for a in articles
        ],
    }
