"""Text prepared for extraction: the search spelling, cut into sentences and clauses, with
lowercase and folded views that keep its offsets (`archive.text` defines each of them)."""

import re
from dataclasses import dataclass
from functools import cached_property

from archive.ingest.sentences import sentence_spans
from archive.text import fold_span, lower_span, search_text

_CLAUSE = re.compile(r"[^;]*[^;\s]")


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
    return PreparedText(search_text(text))
