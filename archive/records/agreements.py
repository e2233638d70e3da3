"""Agreements named by extraction: the known record, a record with a near-identical title, or a
new record flagged for review."""

from django.conf import settings

from archive.extract.agreements import AgreementMention, same_title, title_words
from archive.models import Agreement, Meeting, MeetingAgreement


def agreement_for(
    mention: AgreementMention, *, article_id: int, countries: tuple[str, ...] = ()
) -> Agreement:
    """`countries`: those of the meeting it is linked to, the parties when the title names none."""
    if mention.known_key is not None:
        return Agreement.objects.get(pk=mention.known_key)
    words = title_words(mention.title)
    parties = (
        mention.parties if len(mention.parties) > 1 else sorted({*mention.parties, *countries})
    )
    candidates = Agreement.objects.filter(kind=mention.kind).only(
        "pk", "title", "parties", "signed_date"
    )
    for candidate in candidates:
        if (
            same_title(words, title_words(candidate.title))
            and _same_parties(set(parties), set(candidate.parties or ()))
            and not (
                mention.signed_date and candidate.signed_date not in (None, mention.signed_date)
            )
        ):
            return _with_fuller_title(Agreement.objects.get(pk=candidate.pk), mention.title)
    return Agreement.objects.create(
        title=mention.title[:500],
        kind=mention.kind,
        signed_date=mention.signed_date,
        parties=list(parties),
        needs_review=True,
        review_reason=f"created by the importer from the text of article #{article_id}: "
        "check the title, parties and signing details",
    )


def _same_parties(ours: set[str], theirs: set[str]) -> bool:
    """`Hiệp ước hữu nghị và hợp tác` with the Soviet Union is not the one of that name with Laos:
    beyond the home country, the parties must share a country (when both sides are known)."""
    home = set(settings.ARCHIVE_FOCUS_COUNTRIES[:1])
    ours, theirs = ours - home, theirs - home
    return not ours or not theirs or bool(ours & theirs)


def _with_fuller_title(agreement: Agreement, title: str) -> Agreement:
    """An agreement the importer created takes the fullest title its reports give; one staff
    have checked, or whose title they wrote, keeps its own."""
    fuller = len(title.split()) > len(agreement.title.split())
    if fuller and agreement.needs_review and not agreement.is_staff_owned("title"):
        agreement.title = title[:500]
        agreement.save(update_fields=["title", "slug"])
    return agreement


def agreement_link(*, meeting: Meeting, agreement: Agreement, relation: str) -> bool:
    """True if the meeting had no link to this agreement before."""
    link, created = MeetingAgreement.objects.get_or_create(
        meeting=meeting, agreement=agreement, defaults={"relation": relation}
    )
    if not created and relation == MeetingAgreement.Relation.SIGNED and link.relation != relation:
        link.relation = relation
        link.save(update_fields=["relation"])
    signed_here = relation == MeetingAgreement.Relation.SIGNED and meeting.date_precision == "day"
    if (
        signed_here
        and agreement.signed_date is None
        and not agreement.is_staff_owned("signed_date")
    ):
        agreement.signed_date = meeting.date
        agreement.signed_place = agreement.signed_place or meeting.city
        agreement.save(update_fields=["signed_date", "signed_place"])
    return created
