"""Text prepared for extraction: one spelling, repaired spacing, and aligned lower/folded views."""

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from archive.ingest.normalize import canonical, normalize_tones, repair_for_search
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
_CLAUSE = re.compile(r"[^;]*[^;\s]")
_LOWER = _table(_lower_char)
_SPELLINGS: dict[str, set[str]] = {}  # folded letter -> every character that folds to it
for _cp, _letter in _FOLD.items():
    _SPELLINGS.setdefault(_letter, {_letter}).add(chr(_cp))


def folded_pattern(folded: str) -> str:
    """A regex matching, in the original text, exactly the spans whose folded view is `folded`:
    `hoa` matches `hòa`, `Hoà`, `HOA`. Searching the text itself saves folding all of it."""
    return "".join(
        "[" + "".join(sorted(_SPELLINGS[ch])) + "]" if ch in _SPELLINGS else re.escape(ch)
        for ch in folded
    )


def fold_span(text: str) -> str:
    return text.translate(_FOLD)


def lower_span(text: str) -> str:
    return text.translate(_LOWER)


@dataclass(frozen=True)
class PreparedText:
    """`lower` and `folded` have exactly the length of `text`, so offsets carry across views."""

    text: str

    @cached_property
    def lower(self) -> str:
        return lower_span(self.text)

    @cached_property
    def folded(self) -> str:
        return fold_span(self.text)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentences, and the clauses a semicolon separates: each tells its own event."""
        spans = []
        for start, end in sentence_spans(self.text):
            for clause in _CLAUSE.finditer(self.text, start, end):
                spans.append((clause.start(), clause.end()))
        return spans


def prepare(text: str) -> PreparedText:
    return PreparedText(repair_for_search(normalize_tones(text)))


def spelling_key(name: str) -> str:
    """One form of a name for comparing spellings: lowercase, one tone placement, one space,
    no space around hyphens (`Mát - xcơ - va` = `mát-xcơ-va`)."""
    return " ".join(canonical(name).replace(" -", "-").replace("- ", "-").split())


def names_pattern(names) -> re.Pattern | None:
    """Any of these names as whole words, longest first, with any spacing and hyphen spacing."""
    if not names:
        return None
    parts = [
        re.escape(n).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*")
        for n in sorted(names, key=len, reverse=True)
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")
