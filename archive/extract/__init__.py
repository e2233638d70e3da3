"""Extraction: from an article's parts to the meetings it reports. Pure functions, no database."""

from dataclasses import dataclass

from archive.ingest.dateline import dateline_date
from archive.ingest.layout import ArticleParts

from .agreements import AgreementMention, find_agreements
from .dates import find_dates, years_mentioned
from .dating import calendar_of
from .directory import Directory
from .kinds import find_verbs
from .machine_translation import machine_translation_evidence
from .meetings import ExtractedMeeting, assemble
from .people import find_mentions
from .text import prepare


@dataclass(frozen=True)
class Extraction:
    meetings: tuple[ExtractedMeeting, ...]
    agreements: tuple[AgreementMention, ...]
    machine_translation_evidence: tuple[str, ...]

    @property
    def machine_translated(self) -> bool:
        return bool(self.machine_translation_evidence)


def extract(parts: ArticleParts, directory: Directory) -> Extraction:
    pt = prepare("\n".join(p for p in (parts.title, parts.lead, parts.body) if p))
    mentions = find_mentions(pt, directory)
    agreements = find_agreements(pt, directory)
    published = dateline_date(parts.dateline) if parts.dateline else None
    cal = calendar_of(pt, find_dates(pt.lower, pt.text), years_mentioned(pt.lower), published)
    meetings = assemble(pt, mentions, cal, find_verbs(pt.lower), agreements, directory)
    garbled = [m.surface for m in mentions if m.alias_kind == "machine_translation"]
    evidence = machine_translation_evidence(pt.text, pt.lower, garbled)
    return Extraction(tuple(meetings), tuple(agreements), tuple(evidence))
