"""Text prepared for extraction: one spelling, repaired spacing, and aligned lower/folded views."""

import unicodedata
from dataclasses import dataclass
from functools import cached_property

from archive.ingest.normalize import normalize_tones, repair_for_search
from archive.ingest.sentences import sentence_spans


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


def _lower_char(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


@dataclass(frozen=True)
class PreparedText:
    """`lower` and `folded` have exactly the length of `text`, so offsets carry across views."""

    text: str

    @cached_property
    def lower(self) -> str:
        return "".join(map(_lower_char, self.text))

    @cached_property
    def folded(self) -> str:
        return "".join(map(_fold_char, self.text))

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.text)


def prepare(text: str) -> PreparedText:
    return PreparedText(repair_for_search(normalize_tones(text)))
