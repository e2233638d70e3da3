"""Lowercase and folded views of a text with exactly its length, so that an offset found in a
view is an offset in the original: search a folded view, then mark or cut the original.

Letters are converted one by one through tables; one that would become zero or two characters
(or is no Latin letter) stays as it is.
"""

import re

from .folding import fold


def _table(convert) -> dict[int, str]:
    """Latin letters (ASCII, Latin-1, Extended-A/B, Vietnamese) -> one character each."""
    codepoints = [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    table = {}
    for cp in codepoints:
        converted = convert(chr(cp))
        if len(converted) == 1 and converted != chr(cp):
            table[cp] = converted
    return table


_FOLD = _table(fold)
_LOWER = _table(str.lower)
_SPELLINGS: dict[str, set[str]] = {}  # folded letter -> every character that folds to it
for _cp, _letter in _FOLD.items():
    _SPELLINGS.setdefault(_letter, {_letter}).add(chr(_cp))


def fold_span(text: str) -> str:
    return text.translate(_FOLD)


def lower_span(text: str) -> str:
    return text.translate(_LOWER)


def folded_pattern(folded: str) -> str:
    """A regex matching, in the original text, exactly the spans whose folded view is `folded`:
    `hoa` matches `hòa`, `Hoà`, `HOA`. Searching the text itself saves folding all of it."""
    return "".join(
        "[" + "".join(sorted(_SPELLINGS[ch])) + "]" if ch in _SPELLINGS else re.escape(ch)
        for ch in folded
    )
