"""Spaces that scraping lost, put back: `Nam.Hai` -> `Nam. Hai`, `thămNguyễn` -> `thăm Nguyễn`.

Word segmentation and the extraction rules read words; glued words read as one unknown word.
The repaired text is for segmentation, extraction and search only; the stored original keeps its
spacing. `search_text` is the spelling that indexing, querying and extraction all read.
"""

import re

from .spelling import normalize_tones

_SPACE_BEFORE_STOP = re.compile(r"(?<=\w) +([.,;:!?])(?=\s|[^\W\d_]|$)")
_GLUED_SENTENCE = re.compile(r"(?<=[^\W\d_]{2}[.!?])(?=[^\W\d_])")
_GLUED_INITIAL = re.compile(r"(?<=\b[^\W\d_]\.)(?=[^\W\d_]{2})")


def search_text(text: str) -> str:
    """The spelling that is indexed, queried and extracted from: NFC, one tone placement,
    repaired spacing."""
    return repair_for_search(normalize_tones(text))


def repair_for_search(text: str) -> str:
    """Restore spaces that scraping lost: `Nam.Hai` -> `Nam. Hai`, `thămNguyễn` -> `thăm Nguyễn`.

    Used for segmentation and extraction only; the stored original keeps its spacing.
    """
    text = _SPACE_BEFORE_STOP.sub(r"\1", text)
    text = _GLUED_SENTENCE.sub(" ", text)
    text = _GLUED_INITIAL.sub(" ", text)
    text = split_glued_words(text)
    return re.sub(r"[ \t\u00a0]{2,}", " ", text)


def glued_word_starts(text: str) -> list[int]:
    """Offsets where a capitalised word is glued to a lowercase one (`NgaChủ`, `thămNguyễn`), or
    a word in capitals (`phươngVLADIVOSTOK`, a wire service's dateline), or to a word in capitals
    (`ký CEPATheo`, `UAEThủ`)."""
    starts = []
    for i in range(2, len(text) - 1):
        if not (text[i].isupper() and text[i - 2].isalpha()):
            continue
        after_lower = text[i - 1].islower() and (
            text[i + 1].islower() or text[i + 1 : i + 3].isupper()
        )
        after_capitals = (
            i >= 3
            and text[i - 3 : i].isupper()
            and text[i - 3 : i].isalpha()
            and text[i + 1].islower()
        )
        if after_lower or after_capitals:
            starts.append(i)
    return starts


def split_glued_words(text: str) -> str:
    pieces, start = [], 0
    for i in glued_word_starts(text):
        pieces.append(text[start:i])
        start = i
    pieces.append(text[start:])
    return " ".join(pieces)
