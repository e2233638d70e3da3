"""Vietnamese text analysis, shared by indexing and querying so both agree on every token.

Text is segmented once by pyvi (archive/text/segmentation.py); the analyzer then splits
that on whitespace. Syllables take consecutive positions, so a quoted phrase matches however pyvi
grouped its words; each compound is also a term of its own, at the position of its first syllable,
so a query that pyvi segments the same way scores the compound. The folded analyzer drops tone and
vowel marks, for queries typed without diacritics.
"""

import re
from collections import Counter
from functools import lru_cache

from whoosh.analysis import Token, Tokenizer

from archive.text import fold, search_text, segment

_WORD = re.compile(r"[^\W_](?:[\w'’]*[^\W_])?")
__all__ = ["segment"]  # compile and service segment queries the way documents were segmented


def words(segmented: str, folded: bool = False) -> list[str]:
    """The words of segmented text as the index stores them: lowercase, compounds with `_`."""
    found = [w.lower() for w in _WORD.findall(segmented)]
    return [folded_word(w) for w in found] if folded else found


@lru_cache(maxsize=200_000)
def folded_word(word: str) -> str:
    """`fold` of one word, remembered: a report's words are mostly words seen before, and
    folding each occurrence was a tenth of the time spent writing the index."""
    return fold(word)


def term_counts(segmented: str) -> Counter:
    """How often each term of the text field occurs in segmented text: what
    `SegmentedTokenizer` yields (each compound and its syllables), counted."""
    counts: Counter = Counter()
    for word in words(segmented):
        parts = [part for part in word.split("_") if part]
        if len(parts) > 1:
            counts[word] += 1
        counts.update(parts)
    return counts


def syllables(text: str, folded: bool = False) -> list[str]:
    """Plain syllables of unsegmented text, for phrases and highlighting."""
    return [s for w in words(search_text(text).replace("_", " "), folded) for s in w.split("_")]


class _FoldingTokenizer(Tokenizer):
    """A tokenizer with or without diacritics; equal to another of its kind and folding, so
    Whoosh sees an unchanged schema."""

    def __init__(self, folded: bool = False):
        self.folded = folded

    def __eq__(self, other):
        return type(other) is type(self) and other.folded == self.folded


class SegmentedTokenizer(_FoldingTokenizer):
    """Splits segmented text into compounds and syllables (see the module docstring)."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, mode="", **kwargs):  # fmt: skip
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for match in _WORD.finditer(value):
            word = folded_word(match.group()) if self.folded else match.group().lower()
            parts = [p for p in word.split("_") if p]
            forms = [(word, 0)] if len(parts) > 1 else []
            forms += [(part, i) for i, part in enumerate(parts)]
            for form, offset in forms:
                token.text = form
                token.stopped = False
                token.boost = 1.0
                if keeporiginal:
                    token.original = form
                if positions:
                    token.pos = position + offset
                if chars:
                    token.startchar = start_char + match.start()
                    token.endchar = start_char + match.end()
                yield token
            position += len(parts)


class SyllablePairTokenizer(_FoldingTokenizer):
    """Adjacent syllables as one term (`hòa bình`): a two-word phrase becomes a term lookup."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, mode="", **kwargs):  # fmt: skip
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        previous = None
        for position, (start, end, text) in enumerate(_syllable_spans(value)):
            syllable = folded_word(text) if self.folded else text.lower()
            if previous is not None:
                token.text = pair(previous, syllable)
                token.stopped, token.boost = False, 1.0
                if keeporiginal:
                    token.original = token.text
                if positions:
                    token.pos = start_pos + position - 1
                if chars:
                    token.startchar, token.endchar = start_char + start, start_char + end
                yield token
            previous = syllable


def _syllable_spans(segmented: str):
    for word in _WORD.finditer(segmented):
        start = word.start()
        for part in word.group().split("_"):
            if part:
                yield start, start + len(part), part
            start += len(part) + 1


def pair(first: str, second: str) -> str:
    """The term the pair fields hold for two adjacent syllables."""
    return f"{first} {second}"


def SyllablePairAnalyzer():  # noqa: N802
    return SyllablePairTokenizer(folded=False)


def FoldedSyllablePairAnalyzer():  # noqa: N802
    return SyllablePairTokenizer(folded=True)


def VietnameseAnalyzer():  # noqa: N802 - named like the Whoosh analyzers it stands beside
    return SegmentedTokenizer(folded=False)


def FoldedVietnameseAnalyzer():  # noqa: N802
    return SegmentedTokenizer(folded=True)
