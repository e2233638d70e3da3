"""Paragraphs of a body for display, recovered without changing a character of the text.

Scraped reports often lost their paragraph breaks: a full stop glued to the next capital
(`Việt Nam.Hai bên`), a double space or a numbered point (`… xã hội. 2. Hai bên`) marks where a
paragraph ended. Lines stay paragraphs.
"""

import re

_LOST_BREAK = re.compile(
    r"(?<=[^\W\d_]{2}[.!?…])(?=[A-ZĐÀ-Ỹ][^\W\d_])"  # `Nam.Hai`: a break scraping lost
    r"|(?<=[.!?…”\"])\s{2,}(?=\S)"  # a double space after a sentence
    r"|(?<=[.;:])\s+(?=(?:\d{1,2}|[IVX]{1,4})\.\s+[A-ZĐÀ-Ỹ])"  # a numbered point: `. 2. Hai bên`
)
MIN_PARAGRAPH = 120  # shorter pieces stay with the previous paragraph


def paragraphs(body: str) -> list[str]:
    result = []
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        pieces = [p.strip() for p in _LOST_BREAK.split(line) if p.strip()]
        merged: list[str] = []
        for piece in pieces:
            if merged and len(merged[-1]) < MIN_PARAGRAPH:
                merged[-1] = f"{merged[-1]} {piece}"
            else:
                merged.append(piece)
        result.extend(merged)
    return result
