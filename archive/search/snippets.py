"""The hits of a page as the pages show them: stored fields, and a snippet with the query's
words highlighted."""

import json

from archive.models import Article
from archive.text import fold

from .analysis import syllables
from .compile import query_has_diacritics
from .highlight import highlight
from .parser import Not, Phrase, Prefix, Words
from .results import Hit


def shown_hits(page_hits, parsed, snippets: bool) -> list[Hit]:
    """The page's hits as shown, each with its highlighted snippet when `snippets`."""
    ids = [int(h["django_id"]) for h in page_hits] if snippets else []
    texts = {
        a.pk: "\n".join(filter(None, [a.title, a.lead, a.body]))
        for a in Article.objects.filter(pk__in=ids).only("pk", "title", "lead", "body")
    }
    node = parsed.node if parsed else None
    terms, prefixes = _highlight_terms(node, folded=True)
    exact = (
        _highlight_terms(node, folded=False)[0] if node and query_has_diacritics(node) else set()
    )
    return [
        Hit(
            id=int(h["django_id"]),
            url=h.get("url", ""),
            title=h.get("title", ""),
            source_file=h.get("source_file", ""),
            score=round(float(h.score or 0), 4),
            meetings=json.loads(h.get("meetings_json") or "[]"),
            highlight=highlight(texts[int(h["django_id"])], terms, prefixes, exact_terms=exact)
            if int(h["django_id"]) in texts
            else "",
        )
        for h in page_hits
    ]


def _highlight_terms(node, folded: bool) -> tuple[set[str], tuple[str, ...]]:
    terms, prefixes, stack = set(), [], [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, Not):
            continue
        if hasattr(current, "nodes"):
            stack.extend(current.nodes)
        elif isinstance(current, Words | Phrase):
            terms |= set(syllables(current.text, folded=folded))
        elif isinstance(current, Prefix):
            prefixes.append(fold(current.text))
    return terms, tuple(prefixes)
