"""Paragraphs of two reports paired in order by what they share (words and numbers, diacritics
folded), so that a machine translation that garbles names still meets its original."""

import re

from archive.ingest.sentences import sentence_spans
from archive.text import fold, search_text

LONG_LINE = 600  # a report scraped onto one line is cut into paragraphs of a few sentences
PARAGRAPH = 400
MATCHING = 0.12  # below this share of words in common, two paragraphs tell different things
_WORD = re.compile(r"\w+")


def paragraphs(text: str) -> list[str]:
    """The text's lines, in its search spelling (spaces that scraping lost put back); a long
    line cut at sentence ends into pieces of about `PARAGRAPH` characters."""
    found = []
    for line in search_text(text).splitlines():
        line = line.strip()
        if len(line) <= LONG_LINE:
            found += [line] if line else []
            continue
        start = 0
        for _, end in sentence_spans(line):
            if end - start >= PARAGRAPH:
                found.append(line[start:end].strip())
                start = end
        if line[start:].strip():
            found.append(line[start:].strip())
    return found


def _tokens(paragraph: str) -> set[str]:
    """Folded words of two letters or more, and numbers (which a translation keeps)."""
    return {w for w in _WORD.findall(fold(paragraph)) if len(w) > 1 or w.isdigit()}


def similarity(a: set[str], b: set[str]) -> float:
    """Dice overlap, numbers counting three times: `29/6` and `10 tỷ USD` survive translation."""
    if not a or not b:
        return 0.0

    def weight(words):
        return sum(3 if w.isdigit() else 1 for w in words)

    return 2 * weight(a & b) / (weight(a) + weight(b))


def align(left: list[str], right: list[str]) -> list[tuple[int | None, int | None]]:
    """Rows of (left index, right index), in order, None where one side has nothing matching:
    the monotone pairing with the greatest total similarity (dynamic programming)."""
    a, b = [_tokens(p) for p in left], [_tokens(p) for p in right]
    score = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            pair = similarity(a[i], b[j])
            score[i][j] = max(best, score[i + 1][j + 1] + pair) if pair >= MATCHING else best
    rows, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        pair = similarity(a[i], b[j])
        if pair >= MATCHING and score[i][j] == score[i + 1][j + 1] + pair:
            rows.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            rows.append((i, None))
            i += 1
        else:
            rows.append((None, j))
            j += 1
    rows += [(k, None) for k in range(i, len(a))] + [(None, k) for k in range(j, len(b))]
    return rows
