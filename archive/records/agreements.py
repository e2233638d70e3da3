"""Agreements named by extraction: the known record, a record with a near-identical title, or a
new record flagged for review."""

import re

from archive.extract.agreements import AgreementMention
from archive.ingest.normalize import fold
from archive.models import Agreement, Meeting, MeetingAgreement

_STOPWORDS = frozenset(
    [
        "giua",
        "va",
        "cua",
        "ve",
        "trong",
        "linh",
        "vuc",
        "cac",
        "nhung",
        "mot",
        "ben",
        "la",
        "kia",
        "cung",
        "voi",
        "tai",
    ]
)


def _title_words(title: str) -> set[str]:
    return set(re.findall(r"\w+", fold(title))) - _STOPWORDS


def _same_title(a: set[str], b: set[str]) -> bool:
    small, large = sorted((a, b), key=len)
    if len(small) < 4:
        return a == b
    return len(small & large) >= 0.9 * len(small) or len(a & b) >= 0.6 * len(a | b)


def agreement_for(mention: AgreementMention, *, article_id: int) -> Agreement:
    if mention.known_key is not None:
        return Agreement.objects.get(pk=mention.known_key)
    words = _title_words(mention.title)
    for candidate in Agreement.objects.filter(kind=mention.kind).only("pk", "title"):
        if _same_title(words, _title_words(candidate.title)):
            return Agreement.objects.get(pk=candidate.pk)
    return Agreement.objects.create(
        title=mention.title[:500],
        kind=mention.kind,
        signed_date=mention.signed_date,
        parties=["VN", "RU"],
        needs_review=True,
        review_reason=f"created by the importer from the text of article #{article_id}: "
        "check the title, parties and signing details",
    )


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
