"""Keyword-in-context snippets: accent-insensitive matches in the original text, marked with
<mark>, every other character HTML-escaped. (haystack's highlighter stems English words.)"""

import re
from functools import lru_cache
from html import escape

from archive.text import fold_span, folded_pattern, lower_span, normalize_tones


@lru_cache(maxsize=256)
def _matcher(terms: frozenset, prefixes: tuple) -> re.Pattern | None:
    parts = [folded_pattern(t) for t in sorted(terms, key=len, reverse=True)]
    parts += [folded_pattern(p) + r"\w*" for p in prefixes]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)") if parts else None


def highlight(
    text: str, terms: set[str], prefixes: tuple[str, ...] = (), width: int = 280,
    exact_terms: set[str] = frozenset(),
) -> str:  # fmt: skip
    """The best window of `text` (about `width` characters) with matching words marked.

    `terms` and `prefixes` are folded syllables (`truong`, `sang`): matching ignores diacritics.
    When the query had diacritics, `exact_terms` (lowercase, one tone placement) are preferred:
    only if the text has none of them are the folded matches marked.
    """
    matcher = _matcher(frozenset(terms), tuple(prefixes))
    hits = [m.span() for m in matcher.finditer(text)] if matcher else []
    exact = [(s, e) for s, e in hits if normalize_tones(lower_span(text[s:e])) in exact_terms]
    hits = exact or hits
    start, end = _window(text, hits, width)
    out = ["…" if start > 0 else ""]
    cursor = start
    for s, e in hits:
        if start <= s and e <= end:
            out += [escape(text[cursor:s]), "<mark>", escape(text[s:e]), "</mark>"]
            cursor = e
    out += [escape(text[cursor:end]), "…" if end < len(text.rstrip()) else ""]
    return "".join(out)


def _window(text: str, hits: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """Bounds of the window around the tightest cluster of distinct matching words."""
    if not hits:
        return 0, _word_end_before(text, width)
    words = [fold_span(text[s:e]) for s, e in hits]
    best, best_score = hits[0][0], (-1, -1, -1)
    last = 0  # hits are in order and apart, so a window's hits are hits[i:last]
    for i, (first, _) in enumerate(hits):
        last = max(last, i)
        while last < len(hits) and hits[last][1] <= first + width // 2:
            last += 1
        inside = hits[i:last]
        adjacent = sum(
            1 for (_, e1), (s2, _) in zip(inside, inside[1:], strict=False) if s2 - e1 <= 2
        )
        score = (len(set(words[i:last])), adjacent, len(inside))
        if score > best_score:
            best, best_score = first, score
    start = _word_start_after(text, max(0, best - width // 4))
    return start, _word_end_before(text, start + width)


def _word_start_after(text: str, position: int) -> int:
    if position == 0:
        return 0
    space = text.find(" ", position)
    return space + 1 if space != -1 else position


def _word_end_before(text: str, position: int) -> int:
    if position >= len(text) or text[position].isspace():
        return min(position, len(text))
    space = text.rfind(" ", 0, position)
    return space if space > 0 else position
