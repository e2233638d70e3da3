"""More like this: the reports whose key words are most like those of the reports on a page."""

from whoosh import classify
from whoosh import query as wq
from whoosh.collectors import TimeLimit

from archive.models import Article

from .analysis import term_counts
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
        for word, weight in key_terms(s, segmented)
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


def key_terms(s, text: str) -> list[tuple[str, float]]:
    """`Searcher.key_terms_from_text("text", text, numterms=KEY_WORDS)`: Whoosh's Bo1 expansion,
    with the text's terms counted directly (Whoosh runs the field's posting format over the whole
    text, three quarters of a meeting page's time in more-like-this) and the index's term
    frequencies remembered while it does not change (a page asks for about a thousand words')."""
    reader = s.reader()
    model = classify.Bo1Model(reader.doc_count_all(), reader.field_length("text"))
    weights = term_counts(text)
    total = float(sum(weights.values()))
    scored = [
        (model.score(weight, frequency, total), word)
        for word, weight in weights.items()
        if (frequency := _frequency(reader, word)) is not None
    ]
    if not scored:
        return []
    norm = model.normalizer(max(0, *(score for score, _ in scored)), total)
    ranked = sorted(((score / norm, word) for score, word in scored), key=lambda x: (-x[0], x[1]))
    return [(word, weight) for weight, word in ranked[:KEY_WORDS]]


def _frequency(reader, word: str) -> float | None:
    """The word's frequency in the index's text field; None if the index lacks it."""
    remembered = derived(reader, "frequencies")
    if word not in remembered:
        if len(remembered) > _MAX_REMEMBERED:
            remembered.clear()
        term = word.encode("utf-8")
        remembered[word] = reader.frequency("text", term) if ("text", term) in reader else None
    return remembered[word]
