"""Vietnamese word segmentation by pyvi (`hợp tác kinh tế` -> `hợp_tác kinh_tế`).

Segmenting a report costs about 2 ms a kilobyte, the largest part of indexing one, so the result
is kept with the article (archive/records/segmentation.py) under the key `source_hash` gives.
"""

import hashlib
import threading
from functools import lru_cache

from .repair import search_text

_pyvi_lock = threading.Lock()


def segment(text: str) -> str:
    """pyvi word segmentation of `search_text(text)`; compounds joined with `_`."""
    from pyvi import ViTokenizer  # loaded on first use: it takes a second and 30 MB

    prepared = search_text(text)
    if not prepared.strip():
        return ""
    with _pyvi_lock:  # pyvi's CRF model is not documented as thread-safe
        return ViTokenizer.tokenize(prepared)


@lru_cache(maxsize=20_000)
def segment_cached(text: str) -> str:
    """For the short, often repeated texts of records (names, titles, places)."""
    return segment(text)


def source_hash(source: str) -> str:
    """The key of the segmentation cache: a text segmented once is never segmented again."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()
