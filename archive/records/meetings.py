"""Meetings written from extraction: one record per real meeting, however many articles report it."""

from dataclasses import replace
from datetime import timedelta

from django.db.models import Exists, OuterRef, Q

from archive.extract.date_estimates import DateEstimate, date_quality
from archive.extract.directory import Directory
from archive.extract.extracted import ExtractedMeeting
from archive.extract.kinds import same_event_kinds, stronger
from archive.models import Article, Leader, Meeting, Participation, ascii_slug
from archive.text import fold

from .agreements import agreement_for, agreement_link

REASON_FIELDS = ("date", "kind", "place", "participants")
UNVERSIONED = ("version", "updated_at")  # change with every save


def review_reasons(meeting: Meeting) -> dict[str, list[str]]:
    reasons: dict[str, list[str]] = {}
    for line in meeting.review_reason.splitlines():
        field, _, text = line.partition(": ")
        if field in REASON_FIELDS and text:
            reasons.setdefault(field, []).append(text)
        elif line.strip():
            reasons.setdefault("other", []).append(line.strip())
    return reasons


def _write_reasons(meeting: Meeting, reasons: dict[str, list[str]]) -> None:
    lines = [
        f"{field}: {text}" if field != "other" else text
        for field in (*REASON_FIELDS, "other")
        for text in dict.fromkeys(reasons.get(field, []))
    ]
    meeting.review_reason = "\n".join(lines)
    if not meeting.is_staff_owned("needs_review"):
        meeting.needs_review = bool(lines)


def _stored_date(meeting: Meeting) -> DateEstimate:
    precision = meeting.date_precision if meeting.date else None
    return DateEstimate(
        meeting.date, precision, meeting.end_date, tuple(review_reasons(meeting).get("date", []))
    )


def _find_existing(extracted: ExtractedMeeting) -> Meeting | None:
    """The meeting these people held on a compatible date, found by indexed SQL."""
    keys = extracted.leader_keys
    if extracted.date.start:
        # A stored date is at most a year before the period it may turn out to share. The date
        # index narrows first: a pair of leaders may have thousands of meetings.
        earliest = extracted.date.first_day() - timedelta(days=366)
        candidates = Meeting.objects.filter(
            Q(date__isnull=True) | Q(date__gte=earliest, date__lte=extracted.date.last_day())
        )
    elif keys:
        candidates = Meeting.objects.filter(
            pk__in=Participation.objects.filter(leader_id=min(keys)).values("meeting_id")
        )
    else:
        candidates = Meeting.objects.all()
    for key in keys:
        candidates = candidates.filter(
            Exists(Participation.objects.filter(meeting=OuterRef("pk"), leader_id=key))
        )
    # Only what the choice needs: a common pair's candidates would otherwise load dozens of
    # meetings and their participations as model instances for every report.
    candidates = list(candidates.order_by("pk").only(*_MATCHING_FIELDS)[:50])
    present: dict[int, set] = {m.pk: set() for m in candidates}
    for meeting_id, leader_id in Participation.objects.filter(meeting_id__in=present).values_list(
        "meeting_id", "leader_id"
    ):
        present[meeting_id].add(leader_id)
    for meeting in candidates:
        same_people = present[meeting.pk] == keys or (
            keys <= present[meeting.pk] and meeting.is_staff_owned("participants")
        )
        if not (same_people and same_event_kinds(meeting.kind, extracted.kind)):
            continue
        if _same_time(_stored_date(meeting), extracted.date):
            return Meeting.objects.get(pk=meeting.pk)
    return None


def _same_time(stored: DateEstimate, new: DateEstimate) -> bool:
    """Compatible dates; a date that was inferred (a year guessed, a day borrowed) joins another
    report's meeting only when both say the same, or the stored one was inferred too. A meeting
    with no date at all stays on its own: it could be any of these people's meetings."""
    if (stored.start is None) != (new.start is None):
        return False
    if not stored.compatible(new):
        return False
    if new.reasons and not stored.reasons and stored.start and new.start:
        return (stored.start, stored.precision) == (new.start, new.precision)
    return True


_MATCHING_FIELDS = (
    "date", "date_precision", "end_date", "kind", "review_reason", "staff_edited_fields",
)  # fmt: skip


def meeting_slug(meeting: Meeting, names: list[str]) -> str:
    when = (
        meeting.date.strftime(
            "%Y-%m-%d"
            if meeting.date_precision == "day"
            else "%Y-%m"
            if meeting.date_precision == "month"
            else "%Y"
        )
        if meeting.date
        else "undated"
    )
    return ascii_slug(f"{when} {meeting.kind.replace('_', ' ')} {' '.join(names)}", 120)


def _apply_date(meeting: Meeting, extracted: ExtractedMeeting, reasons: dict) -> None:
    if meeting.is_staff_owned("date"):
        return
    current = _stored_date(meeting)
    if meeting.pk is None or date_quality(extracted.date) > date_quality(current):
        meeting.date = extracted.date.start
        meeting.date_precision = extracted.date.precision or "year"
        meeting.end_date = extracted.date.end
        reasons["date"] = list(extracted.date.reasons)


def _apply_place(meeting: Meeting, extracted: ExtractedMeeting, reasons: dict) -> None:
    if any(meeting.is_staff_owned(f) for f in ("venue", "city", "country")):
        return
    better = (bool(extracted.city), bool(extracted.venue), not extracted.place_reasons) > (
        bool(meeting.city),
        bool(meeting.venue),
        not reasons.get("place"),
    )
    if meeting.pk is None or better:
        meeting.venue, meeting.city, meeting.country = (
            extracted.venue,
            extracted.city,
            extracted.country,
        )
        reasons["place"] = list(extracted.place_reasons)


def leader_provisional(*, name: str, country: str, title: str, article: Article) -> Leader:
    """The leader a report introduced by title, country and name: the one already recorded under
    that name (in any spelling of its letters, or an alias), or a new provisional one."""
    wanted = fold(" ".join(name.split()))
    for leader in Leader.objects.filter(country=country).prefetch_related("aliases"):
        if wanted in {fold(leader.name), *(fold(a.alias) for a in leader.aliases.all())}:
            return leader
    return Leader.objects.create(
        name=name,
        country=country,
        status=Leader.Status.PROVISIONAL,
        notes=f"Introduced as {title!r} by the report “{article.title}” (#{article.pk}).",
    )


def _known_participants(extracted: ExtractedMeeting, article: Article) -> ExtractedMeeting:
    """Leaders the directory lacked become records; rejected names drop out."""
    participants = []
    for p in extracted.participants:
        if p.is_new:
            leader = leader_provisional(
                name=p.name, country=p.country, title=p.title, article=article
            )
            if leader.status == Leader.Status.REJECTED:
                continue
            p = replace(p, leader_key=leader.pk, name=leader.name)
        participants.append(p)
    return replace(extracted, participants=tuple(participants))


def _apply_kind(meeting: Meeting, extracted: ExtractedMeeting, reasons: dict) -> None:
    """The strongest kind told; its review reason only while no report reads it plainly."""
    kind = stronger(meeting.kind, extracted.kind) if meeting.pk else extracted.kind
    plain_before = meeting.pk and meeting.kind == kind and "kind" not in reasons
    plain_now = extracted.kind == kind and not extracted.kind_reasons
    meeting.kind = kind
    if plain_before or plain_now:
        reasons.pop("kind", None)
    elif extracted.kind == kind:
        reasons["kind"] = list(extracted.kind_reasons)


def meeting_upsert(
    *, extracted: ExtractedMeeting, article: Article, directory: Directory
) -> tuple[Meeting | None, bool]:
    """Link the article to the meeting it reports, creating or improving that meeting.

    Also says whether the meeting's own facts changed (fields, people, agreements): only then do
    its other reports' search documents, which carry those facts, need writing again.
    """
    extracted = _known_participants(extracted, article)
    if len(extracted.participants) < 2:
        return None, False
    meeting = _find_existing(extracted) or Meeting(kind=extracted.kind)
    before = _versioned_fields(meeting) if meeting.pk else None
    reasons = review_reasons(meeting) if meeting.pk else {}
    if not meeting.is_staff_owned("kind"):
        _apply_kind(meeting, extracted, reasons)
    _apply_date(meeting, extracted, reasons)
    _apply_place(meeting, extracted, reasons)
    if extracted.participant_reasons:
        reasons["participants"] = reasons.get("participants", []) + list(
            extracted.participant_reasons
        )
    if extracted.other_reasons:
        reasons["other"] = reasons.get("other", []) + list(extracted.other_reasons)
    _write_reasons(meeting, reasons)
    # At most one version per import, written last with its links: simple-history copies every
    # linked article into each version, which grows with the meeting's reports.
    meeting.skip_history_when_saving = True
    meeting.save()
    present = set(meeting.participations.values_list("leader_id", flat=True))
    joining = Participation.objects.bulk_create(
        [
            Participation(meeting=meeting, leader_id=p.leader_key, title=p.title, country=p.country)
            for p in extracted.participants
            if p.leader_key not in present
        ]
    )
    meeting.articles.add(article)
    linked = [
        agreement_link(
            meeting=meeting,
            agreement=agreement_for(
                mention,
                article_id=article.pk,
                countries=tuple(sorted({p.country for p in extracted.participants} - {""})),
            ),
            relation=relation,
        )
        for mention, relation in extracted.agreements
    ]
    names = [p.leader.name for p in meeting.participations.select_related("leader").order_by("pk")]
    meeting.slug = meeting_slug(meeting, names)
    del meeting.skip_history_when_saving
    changed = _versioned_fields(meeting) != before
    if changed:  # a report linked to an unchanged meeting is no version
        meeting.save()
    return meeting, changed or bool(joining) or any(linked)


def _versioned_fields(meeting: Meeting) -> tuple:
    return tuple(
        getattr(meeting, f.attname)
        for f in Meeting._meta.concrete_fields
        if f.name not in UNVERSIONED
    )
