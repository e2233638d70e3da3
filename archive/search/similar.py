"""More like this: the reports whose key words are most like those of the reports on a page."""

from whoosh import classify
from whoosh import query as wq
from whoosh.collectors import TimeLimit

from archive.models import Article

from .engine import IndexUnavailable, derived, searcher
from .ranking import top_hits

COMMON_SHARE = 0.1  # words in more than this share of the archive say nothing about likeness
KEY_WORDS = 25
TIME_LIMIT = 1.0  # seconds
_MAX_REMEMBERED = 200_000  # terms per index generation, about 20 MB


def more_like_this(articles: list[Article], limit: int = 5) -> list[dict]:
    """The articles whose key terms are most like these articles' text (themselves excluded)."""
    segmented = " ".join(a.segmented_text for a in articles if a.segmented_text)
    if not segmented:
        return []
    try:
        s = searcher()
    except IndexUnavailable:
        return []
    # Words in more than a tenth of the archive (`và`, `Nga`) would also make the query score
    # most of the archive.
    common = max(COMMON_SHARE * s.doc_count(), 50)
    keys = [
        (word, weight)
        for word, weight in _key_terms(s, segmented)
        if s.doc_frequency("text", word) <= common
    ][:15]
    if not keys:
        return []
    similar = wq.Or([wq.Term("text", word, boost=weight) for word, weight in keys])
    own = wq.Or([wq.Term("django_id", str(a.pk)) for a in articles])
    try:
        found = top_hits(s, wq.AndNot(similar, own), limit, TIME_LIMIT)
    except TimeLimit:  # the page goes on without the box
        return []
    return [{"id": int(h["django_id"]), "url": h["url"], "title": h["title"]} for h in found]


def _key_terms(s, text: str) -> list[tuple[str, float]]:
    """`Searcher.key_terms_from_text(..., numterms=KEY_WORDS)`, with the index's term
    frequencies remembered while it does not change: a page asks for about a thousand words'."""
    expander = classify.Expander(_RememberedFrequencies(s.reader()), "text")
    expander.add_text(text)
    return expander.expanded_terms(KEY_WORDS, normalize=True)


class _RememberedFrequencies:
    """The reader as the Expander uses it (`term in reader`, `reader.frequency`), from memory."""

    def __init__(self, reader):
        self._reader = reader
        self._frequencies = derived(reader, "frequencies")

    def __getattr__(self, name):
        return getattr(self._reader, name)

    def _frequency(self, term: tuple[str, bytes]) -> float | None:
        if term not in self._frequencies:
            if len(self._frequencies) > _MAX_REMEMBERED:
                self._frequencies.clear()
            self._frequencies[term] = (
                self._reader.frequency(*term) if term in self._reader else None
            )
        return self._frequencies[term]

    def __contains__(self, term) -> bool:
        return self._frequency(term) is not None

    def frequency(self, fieldname, text) -> float:
        return self._frequency((fieldname, text)) or 0
