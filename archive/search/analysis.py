"""Vietnamese text analysis, shared by indexing and querying so both agree on every token.

Text is segmented once by pyvi (`hợp tác kinh tế` -> `hợp_tác kinh_tế`); the analyzers then split
that on whitespace. Each word yields its compound and its syllables at the same position, so a
compound and a single syllable both match. The folded analyzer drops tone and vowel marks for
queries typed without diacritics.
"""

import re
import threading

from whoosh.analysis import Token, Tokenizer

from archive.ingest.normalize import fold, nfc, normalize_tones, repair_for_search

_pyvi_lock = threading.Lock()
_WORD = re.compile(r"[^\W_](?:[\w.'’-]*[^\W_])?", re.UNICODE)


def search_text(text: str) -> str:
    """The spelling that is indexed and queried: NFC, one tone placement, repaired spacing."""
    return repair_for_search(normalize_tones(nfc(text)))


def segment(text: str) -> str:
    """pyvi word segmentation of `search_text(text)`; compounds joined with `_`."""
    from pyvi import ViTokenizer  # loaded on first use: it takes a second and 30 MB

    prepared = search_text(text)
    if not prepared.strip():
        return ""
    with _pyvi_lock:  # pyvi's CRF model is not documented as thread-safe
        return ViTokenizer.tokenize(prepared)


class SegmentedTokenizer(Tokenizer):
    """Splits segmented text; yields each compound and its syllables at one position."""

    def __init__(self, folded: bool = False):
        self.folded = folded

    def __eq__(self, other):
        return type(other) is type(self) and other.folded == self.folded

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for match in _WORD.finditer(value):
            word = match.group().lower()
            if self.folded:
                word = fold(word)
            syllables = [s for s in word.split("_") if s]
            forms = ([word] if len(syllables) > 1 else []) + syllables
            for form in dict.fromkeys(forms):
                token.text = form
                if keeporiginal:
                    token.original = form
                token.stopped = False
                token.boost = 1.0
                if positions:
                    token.pos = position
                if chars:
                    token.startchar = start_char + match.start()
                    token.endchar = start_char + match.end()
                yield token
            position += 1


def VietnameseAnalyzer():  # noqa: N802 - a factory named like the Whoosh analyzers it stands beside
    return SegmentedTokenizer(folded=False)


def FoldedVietnameseAnalyzer():  # noqa: N802
    return SegmentedTokenizer(folded=True)
