"""“Did you mean”: a spelling of a query that finds nothing, from known names or indexed words."""

import difflib

from archive.text import fold, search_text

from .analysis import segment, words
from .names import known_names


def suggestion(text: str, s) -> str | None:
    """A spelling of the query that the archive knows: a leader's name or indexed words."""
    wanted = fold(search_text(text))
    names = {fold(n): n for n in known_names()}
    close = difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.75)
    if close and close[0] != wanted:
        return names[close[0]]
    corrected, changed = [], False
    reader = s.reader()
    for word in words(segment(text), folded=True):
        for part in word.split("_"):
            if reader.doc_frequency("text_folded", part) or reader.doc_frequency(
                "records_folded", part
            ):
                corrected.append(part)
                continue
            options = s.corrector("text_folded").suggest(part, limit=1, maxdist=2)
            corrected.append(options[0] if options else part)
            changed |= bool(options)
    return " ".join(corrected) if changed else None
