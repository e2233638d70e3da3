"""Sentence boundaries in Vietnamese news text, aware of initials (`V. Putin`) and glued stops."""

import re

_TERMINATOR = re.compile(r"[.!?…]+(?:/\.)?[\"”’)]*")
_ABBREVIATIONS = frozenset(
    {"st", "tp", "ts", "ths", "pgs", "gs", "mr", "mrs", "ms", "dr", "tt", "no"}
)


def _is_boundary(text: str, match: re.Match) -> bool:
    end = match.end()
    if end < len(text) and not (text[end].isspace() or text[end].isupper()):
        return False
    start = match.start()
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start : match.start()]
    if match.group().startswith(".") and len(match.group()) == 1:
        if len(word) == 1 and word.isupper():
            return False  # an initial: `V. Putin`, `A.Borodavkin`
        if word.lower() in _ABBREVIATIONS:
            return False
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; a line break always ends a sentence."""
    spans = []
    line_start = 0
    for line in text.split("\n"):
        start = line_start
        for match in _TERMINATOR.finditer(line):
            if _is_boundary(line, match):
                spans.append(
                    (line_start + _skip_space(line, start - line_start), line_start + match.end())
                )
                start = line_start + match.end()
        spans.append((line_start + _skip_space(line, start - line_start), line_start + len(line)))
        line_start += len(line) + 1
    return [(s, _trim_end(text, s, e)) for s, e in spans if text[s:e].strip()]


def _skip_space(line: str, offset: int) -> int:
    while offset < len(line) and line[offset].isspace():
        offset += 1
    return offset


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
