"""Records as plain data: the JSON twins of the pages and the archive export share these shapes."""

from datetime import date

from archive.models import Agreement, Article, Leader, Meeting


def day(value) -> str | None:
    return value.isoformat() if value else None


def participant_data(participation) -> dict:
    return {
        "leader_id": participation.leader_id,
        "name": participation.leader.name,
        "url": participation.leader.get_absolute_url(),
        "country": participation.country,
        "title": participation.title,
    }


def meeting_summary(meeting: Meeting) -> dict:
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


def meeting_data(meeting: Meeting) -> dict:
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


def leader_data(leader: Leader) -> dict:
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


def agreement_data(agreement: Agreement) -> dict:
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


def article_data(article: Article, full_text: bool = False) -> dict:
    data = {
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
