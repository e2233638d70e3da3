"""What meeting extraction finds, at its two stages: a sentence's candidate (who met whom, as told)
and the extracted meeting (dated, placed, its people identified, with the reasons staff should
check it) that the records store.
"""

from dataclasses import dataclass

from .agreements import AgreementMention
from .date_estimates import DateEstimate
from .mentions import Mention


@dataclass(frozen=True)
class Participant:
    leader_key: int | str | tuple  # ("new", country, name): a leader the directory lacks
    name: str
    title: str
    country: str

    @property
    def is_new(self) -> bool:
        return isinstance(self.leader_key, tuple)


@dataclass(frozen=True)
class ExtractedMeeting:
    kind: str
    participants: tuple[Participant, ...]
    date: DateEstimate
    venue: str = ""
    city: str = ""
    country: str = ""
    place_reasons: tuple[str, ...] = ()
    participant_reasons: tuple[str, ...] = ()
    agreements: tuple[tuple[AgreementMention, str], ...] = ()  # (mention, "signed" | "cited")
    other_reasons: tuple[str, ...] = ()
    kind_reasons: tuple[str, ...] = ()
    told_at: int = 0  # where the text first tells of it, for the agreements cited after
    told_in: tuple[int, ...] = ()  # where each sentence that tells of it starts

    @property
    def leader_keys(self) -> frozenset:
        return frozenset(p.leader_key for p in self.participants)

    @property
    def review_reasons(self) -> dict[str, tuple[str, ...]]:
        """Why staff should check this meeting, by field; empty when everything was read."""
        reasons = {
            "date": self.date.reasons,
            "kind": self.kind_reasons,
            "place": self.place_reasons,
            "participants": self.participant_reasons,
            "other": self.other_reasons,
        }
        return {field: texts for field, texts in reasons.items() if texts}


@dataclass(frozen=True)
class Candidate:
    kind: str
    mentions: tuple[Mention, ...]
    sentence: tuple[int, int]
    verb_at: int
    anchored: bool = False  # one of several dated meetings of a sentence: its place is the nearest
