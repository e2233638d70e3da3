"""The levels of partnership a report states: `quan hệ Đối tác chiến lược toàn diện` and the like.

Pure: text in, statements out. Matching is on folded text (no marks, `đ` -> `d`, lowercase), so
old and new tone placement (`hoà`/`hòa`), decomposed marks and text typed without diacritics all
read alike. Folding keeps every offset here: only whole sentences are returned, cut from the text.
"""

import re
from dataclasses import dataclass

from archive.text.folding import fold

COMPREHENSIVE_STRATEGIC = "comprehensive_strategic"
STRATEGIC = "strategic"
COMPREHENSIVE = "comprehensive"
LEVELS = (COMPREHENSIVE_STRATEGIC, STRATEGIC, COMPREHENSIVE)  # the highest first

# `đối tác chiến lược toàn diện`, `đối tác chiến lược`, `đối tác toàn diện`; `sâu rộng`, `đặc biệt`
# may stand between (`Đối tác chiến lược toàn diện sâu rộng`). Only a level names a partnership:
# `đối tác kinh doanh`, `các đối tác` (business partners) name none.
_LEVEL = re.compile(r"\bdoi tac (chien luoc(?: va)?(?: toan dien)?|toan dien)\b")
_YEAR = re.compile(r"\b(?:nam|tu nam|tu|vao nam)\s+((?:19|20)\d\d)\b")
_SENTENCE_END = re.compile(r"[.!?;\n]")
# A year dates the level only where the sentence tells it being set up: `tăng cường quan hệ Đối tác
# chiến lược ... trong năm 2017` is a year of the relation, not of the level.
_SETTING_UP = re.compile(
    r"\b(?:thiet lap|nang cap|nang len|nang tam|xac lap|tro thanh|chinh thuc)\b"
)


@dataclass(frozen=True)
class Statement:
    level: str
    year: int | None
    sentence: str


def _level(words: str) -> str:
    if words.startswith("chien luoc"):
        return COMPREHENSIVE_STRATEGIC if words.endswith("toan dien") else STRATEGIC
    return COMPREHENSIVE


def _sentence_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_END.finditer(folded, 0, start)]
    after = _SENTENCE_END.search(folded, end)
    return (before[-1] if before else 0), (after.start() if after else len(folded))


def partnership_statements(text: str) -> list[Statement]:
    """Each sentence stating a level of partnership, once per level, with the year it gives
    (`năm 2001`, `từ năm 2012`) when it tells the level being set up, else None."""
    folded = fold(text)
    if len(folded) != len(text):  # a stray combining mark vanished: cut from the folded text
        text = folded
    found, seen = [], set()
    for match in _LEVEL.finditer(folded):
        start, end = _sentence_bounds(folded, match.start(), match.end())
        level = _level(match[1])
        if (level, start) in seen:
            continue
        seen.add((level, start))
        year = _SETTING_UP.search(folded, start, end) and _YEAR.search(folded, start, end)
        found.append(Statement(level, int(year[1]) if year else None, text[start:end].strip()))
    return found
