"""Keyword-in-context snippets: accent-insensitive matches in the original text, marked with
<mark>, every other character HTML-escaped. (haystack's highlighter stems English words.)"""

import re
from html import escape

from archive.extract.text import PreparedText
from archive.ingest.normalize import normalize_tones

_WORD = re.compile(r"[^\W_]+")


def highlight(
    text: str, terms: set[str], prefixes: tuple[str, ...] = (), width: int = 280,
    exact_terms: set[str] = frozenset(),
) -> str:  # fmt: skip
    """The best window of `text` (about `width` characters) with matching words marked.

    `terms` and `prefixes` are folded syllables (`truong`, `sang`): matching ignores diacritics.
    When the query had diacritics, `exact_terms` (lowercase, one tone placement) are preferred:
    only if the text has none of them are the folded matches marked.
    """
    prepared = PreparedText(text)
    folded = prepared.folded  # same length as text, so offsets carry over
    spans = [m.span() for m in _WORD.finditer(folded)]
    hits = [
        i for i, (s, e) in enumerate(spans) if normalize_tones(prepared.lower[s:e]) in exact_terms
    ]
    if not hits:
        hits = [
            i for i, (s, e) in enumerate(spans)
            if folded[s:e] in terms or any(folded[s:e].startswith(p) for p in prefixes)
        ]  # fmt: skip
    if not spans:
        return escape(text[:width])
    start, end = _best_window(spans, hits, width, [folded[s:e] for s, e in spans])
    return _render(text, spans, set(hits), start, end)


def _best_window(spans, hits, width, words) -> tuple[int, int]:
    """Character bounds of the window holding the most distinct matches, starting at a word."""
    if not hits:
        return spans[0][0], _end_before(spans, spans[0][0] + width)
    best, best_score = hits[0], (-1, -1)
    for first in hits:
        limit = spans[first][0] + width // 2  # judge a tight cluster, show it with context
        inside = [i for i in hits if spans[first][0] <= spans[i][0] and spans[i][1] <= limit]
        adjacent = sum(1 for i in inside if i + 1 in inside)  # phrases beat scattered words
        score = (len({words[i] for i in inside}), adjacent, len(inside))
        if score > best_score:
            best, best_score = first, score
    start_word = best
    while start_word > 0 and spans[best][0] - spans[start_word - 1][0] < width // 4:
        start_word -= 1
    start = spans[start_word][0]
    return start, _end_before(spans, start + width)


def _end_before(spans, limit) -> int:
    ends = [e for _, e in spans if e <= limit]
    return ends[-1] if ends else spans[0][1]


def _render(text, spans, hits, start, end) -> str:
    out = ["…" if start > 0 else ""]
    cursor = start
    for i, (s, e) in enumerate(spans):
        if i in hits and start <= s and e <= end:
            out += [escape(text[cursor:s]), "<mark>", escape(text[s:e]), "</mark>"]
            cursor = e
    out.append(escape(text[cursor:end]))
    out.append("…" if end < len(text.rstrip()) else "")
    return "".join(out)
