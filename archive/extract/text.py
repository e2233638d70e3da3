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


def _table(convert) -> dict[int, str]:
    """Latin letters (ASCII, Latin-1, Extended-A/B, Vietnamese) -> one character each."""
    codepoints = [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    table = {}
    for cp in codepoints:
        converted = convert(chr(cp))
        if len(converted) == 1 and converted != chr(cp):
            table[cp] = converted
    return table


_FOLD = _table(_fold_char)
_LOWER = _table(_lower_char)


@dataclass(frozen=True)
class PreparedText:
    """`lower` and `folded` have exactly the length of `text`, so offsets carry across views."""

    text: str

    @cached_property
    def lower(self) -> str:
        return self.text.translate(_LOWER)

    @cached_property
    def folded(self) -> str:
        return self.text.translate(_FOLD)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.text)


def prepare(text: str) -> PreparedText:
    return PreparedText(repair_for_search(normalize_tones(text)))
