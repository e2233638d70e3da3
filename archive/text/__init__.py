"""The ground floor for Vietnamese text: one spelling (NFC, one tone placement), folding without
diacritics, spacing repair, and views that keep offsets.

Every room (ingest, extract, records, search, models) compares and matches text the same way only
if all of them call the same functions, so they live here, below all of them: this package is
pure and imports nothing else from `archive`. Callers import from `archive.text` itself.
"""

from .folding import fold, has_diacritics, strip_marks
from .patterns import names_pattern
from .repair import glued_word_starts, repair_for_search, search_text, split_glued_words
from .segmentation import segment, segment_cached, source_hash
from .spans import fold_span, folded_pattern, lower_span
from .spelling import TONE_MARKS, canonical, nfc, nfd, normalize_tones, spelling_key

__all__ = [
    "TONE_MARKS",
    "canonical",
    "fold",
    "fold_span",
    "folded_pattern",
    "glued_word_starts",
    "has_diacritics",
    "lower_span",
    "names_pattern",
    "nfc",
    "nfd",
    "normalize_tones",
    "repair_for_search",
    "search_text",
    "segment",
    "segment_cached",
    "source_hash",
    "spelling_key",
    "split_glued_words",
    "strip_marks",
]
