"""Extraction: from an article's parts to the meetings it reports. Pure functions, no database."""

from dataclasses import dataclass, replace

from archive.ingest.dateline import dateline_date, dateline_day_month
from archive.ingest.layout import ArticleParts

from .agreement_links import attach_agreements
from .agreements import AgreementMention, find_agreements
from .countries import relations_anniversaries
from .dates import find_dates, years_mentioned
from .dating import calendar_of
from .directory import Directory
from .extracted import ExtractedMeeting
from .kinds import find_verbs
from .machine_translation import machine_translation_evidence
from .marks import restore_marks, unmarked_share
from .meetings import assemble
from .people import find_mentions
from .places import dateline_country
from .text import prepare


@dataclass(frozen=True)
class Extraction:
    meetings: tuple[ExtractedMeeting, ...]
    agreements: tuple[AgreementMention, ...]
    machine_translation_evidence: tuple[str, ...]

    @property
    def machine_translated(self) -> bool:
        return bool(self.machine_translation_evidence)


# A report is a few thousand characters (the longest bundled one, a joint statement, 19,000).
# Past this, extraction reads no further and says so: a hostile file costs a bounded time (at
# 100,000 a 1 MB file took a second of CPU once the directory held 1,082 leaders).
READ_LIMIT = 50_000


UNMARKED = "the text is typed without diacritics; it was read with them put back by rule"


def _readable(text: str) -> tuple[str, str]:
    """The text extraction reads, and what to tell staff when it is not all of it."""
    if len(text) <= READ_LIMIT:
        return text, ""
    cut = max(text.rfind("\n", 0, READ_LIMIT), text.rfind(". ", 0, READ_LIMIT))
    cut = cut if cut > READ_LIMIT // 2 else READ_LIMIT
    return text[:cut], (
        f"the text is {len(text):,} characters long; meetings were read from the first {cut:,}"
    )


def extract(parts: ArticleParts, directory: Directory) -> Extraction:
    text, cut = _readable("\n".join(p for p in (parts.title, parts.lead, parts.body) if p))
    unmarked = unmarked_share(text)
    if unmarked:  # `Thu tuong ... hom qua da hoi dam`: read with the marks put back
        text = restore_marks(text, directory)
    pt = prepare(text)
    mentions = find_mentions(pt, directory)
    agreements = find_agreements(pt, directory)
    published = dateline_date(parts.dateline) if parts.dateline else None
    day_month = dateline_day_month(parts.dateline) if parts.dateline and not published else None
    cal = calendar_of(
        pt, find_dates(pt.lower, pt.text), years_mentioned(pt.lower), published, day_month,
        relations_anniversaries(pt, directory),
    )  # fmt: skip
    filed_from = dateline_country(parts.dateline, directory)
    meetings = assemble(pt, mentions, cal, find_verbs(pt.lower), directory, filed_from)
    meetings = attach_agreements(meetings, agreements, pt.text)
    for reason in (cut, unmarked > 0.5 and UNMARKED):  # most of it: the reading is a guess
        if reason:
            meetings = [replace(m, other_reasons=(*m.other_reasons, reason)) for m in meetings]
    garbled = [m.surface for m in mentions if m.alias_kind == "machine_translation"]
    evidence = machine_translation_evidence(pt.text, pt.lower, garbled)
    return Extraction(tuple(meetings), tuple(agreements), tuple(evidence))
