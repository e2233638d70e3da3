"""Search as the pages see it: a request in, results with facets, snippets and suggestions out.

The only module views call for searching; nothing outside `archive/search` touches Whoosh.
"""

import difflib
import json
import time
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from whoosh import collectors
from whoosh import query as wq

from archive.models import Agreement, Article, Leader, LeaderAlias, Meeting
from archive.text import fold, search_text

from .analysis import segment, syllables, words
from .compile import Compiler, Resolver, query_has_diacritics
from .counting import matching_documents, verified
from .engine import IndexUnavailable, searcher
from .facets import FACETS, facet_counts
from .highlight import highlight
from .parser import Not, Phrase, Prefix, Words, parse
from .ranking import as_hits, by_date, top_hits

PAGE_SIZE = 20
MAX_PAGES = 50  # deeper than 1,000 results a researcher refines the query instead
CSV_LIMIT = MAX_PAGES * PAGE_SIZE  # the most results any request returns, CSV included
TIME_LIMIT = 1.0
MAX_CHECKED_DEPTH = 2000  # hits whose word positions are checked before ranking with them


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    page: int = 1
    sort: str = "relevance"  # relevance, date, -date
    exact: bool = False
    selected: tuple[tuple[str, str], ...] = ()  # (facet, value) pairs chosen by the user
    date_from: int | None = None  # YYYYMMDD
    date_to: int | None = None
    page_size: int = PAGE_SIZE
    snippets: bool = True

    @property
    def is_blank(self) -> bool:
        return not self.q.strip() and not self.selected and not self.date_from and not self.date_to


@dataclass
class Hit:
    id: int
    url: str
    title: str
    source_file: str
    score: float
    meetings: list[dict]
    highlight: str = ""


@dataclass
class SearchResults:
    request: SearchRequest
    count: int = 0
    num_pages: int = 0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, str, int]]] = field(
        default_factory=dict
    )  # value, label, count
    suggestion: str | None = None
    notices: list[tuple[str, str]] = field(default_factory=list)
    error: str | None = None  # empty, nothing_to_search, page_out_of_range, index_unavailable


def _leader_ids(value: str) -> list[str]:
    wanted = fold(value)
    return [
        str(leader.pk)
        for leader in Leader.objects.prefetch_related("aliases")
        if any(
            wanted in fold(name) for name in [leader.name, *(a.alias for a in leader.aliases.all())]
        )
    ]


def _agreement_ids(value: str) -> list[str]:
    wanted = set(fold(value).split())
    return [
        str(a.pk)
        for a in Agreement.objects.prefetch_related("aliases")
        if any(
            wanted <= set(fold(t).split()) for t in [a.title, *(x.alias for x in a.aliases.all())]
        )
    ]


RESOLVER = Resolver(leaders=_leader_ids, agreements=_agreement_ids)


_NAMES_TTL = 60.0  # seconds; a name added in admin is recognised by every worker within a minute
_folded_names: tuple[float, frozenset] = (0.0, frozenset())


def _is_known_name(text: str) -> bool:
    global _folded_names
    loaded_at, names = _folded_names
    if time.monotonic() - loaded_at > _NAMES_TTL:
        names = frozenset(" ".join(fold(n).split()) for n in _known_names())
        _folded_names = (time.monotonic(), names)
    return " ".join(fold(search_text(text)).split()) in names


def _main_query(parsed, request: SearchRequest, reader, notices) -> list[wq.Query]:
    """The query as alternatives whose union it is: with diacritics typed, the words as typed and
    the folded reading; otherwise one."""
    if parsed is None or parsed.node is None:
        return [wq.Every()]
    folded = Compiler(True, RESOLVER, reader, notices, _is_known_name).compile(parsed.node)
    if not query_has_diacritics(parsed.node):
        return [folded]
    exact = Compiler(False, RESOLVER, reader, [], _is_known_name).compile(parsed.node)
    if request.exact:
        return [exact]
    return [exact, folded]


def _filter_query(request: SearchRequest) -> wq.Query | None:
    clauses = [wq.Term(name, value) for name, value in request.selected if name in FACETS]
    if request.date_from:
        clauses.append(wq.NumericRange("date_to", request.date_from, None))
    if request.date_to:
        clauses.append(wq.NumericRange("date_from", None, request.date_to))
    return wq.And(clauses) if clauses else None


def _ranked(s, request: SearchRequest, alternatives, main, matching, notices) -> list:
    """The first `page × page_size` hits. By relevance: documents matching the words as typed
    first, then those that match only once diacritics are folded, each group by score."""
    limit = request.page * request.page_size
    if request.sort != "relevance":
        return _dated(s, main, matching, request.sort == "-date", limit)
    if len(alternatives) == 1:
        return _top(s, main, limit, notices)
    exact, folded = alternatives
    hits = _top(s, exact, limit, notices)
    if len(hits) < limit:
        hits += _top(s, wq.AndNot(folded, exact), limit - len(hits), notices)
    return hits


def _dated(s, q: wq.Query, matching, newest_first: bool, limit: int) -> list:
    """The matches by date. Long phrases were counted by their word pairs (counting.py), so
    the word positions are checked on the documents shown, as many as it takes."""
    order = by_date(s, matching, newest_first).tolist()
    if _without_positions(q) is q:
        return as_hits(s, q, [(None, d) for d in order[:limit]])
    kept, start = [], 0
    while len(kept) < limit and start < len(order):
        chunk = order[start : start + 2 * limit]
        start += len(chunk)
        in_order = verified(s, q, set(chunk))
        kept += [d for d in chunk if d in in_order]
    return as_hits(s, q, [(None, d) for d in kept[:limit]])


def _top(s, q: wq.Query, limit: int, notices) -> list:
    """The best `limit` hits of q, scored as Whoosh scores them (archive/search/ranking.py).
    Word positions (phrases of three words or more) are the slow part of a match, so the hits
    are ranked by the word pairs alone, deeper than needed, and the positions checked on those."""
    loose = _without_positions(q)
    if loose is q:
        return _best(s, q, limit, notices)
    depth = 2 * limit
    while depth <= MAX_CHECKED_DEPTH:
        hits = _best(s, loose, depth, notices)
        matching = verified(s, q, {hit.docnum for hit in hits})
        kept = [hit for hit in hits if hit.docnum in matching]
        if len(kept) >= limit or len(hits) < depth:
            return kept[:limit]
        depth *= 4
    return _best(s, q, limit, notices)  # rare long phrases: every position checked


def _best(s, q: wq.Query, limit: int, notices) -> list:
    try:
        return top_hits(s, q, limit, TIME_LIMIT)
    except collectors.TimeLimit:
        if ("timeout", str(TIME_LIMIT)) not in notices:
            notices.append(("timeout", str(TIME_LIMIT)))
        return []


def _without_positions(q: wq.Query) -> wq.Query:
    """q without the positional checks of the Ands that hold the word pairs too (q itself when
    it has none)."""
    if isinstance(q, wq.BinaryQuery):  # what AndNot excludes stays exact
        a = _without_positions(q.a)
        b = q.b if isinstance(q, wq.AndNot) else _without_positions(q.b)
        return q if (a, b) == (q.a, q.b) else q.__class__(a, b)
    if isinstance(q, wq.And | wq.Or):
        children = [_without_positions(c) for c in q.subqueries]
        if isinstance(q, wq.And) and any(not isinstance(c, wq.Phrase) for c in children):
            children = [c for c in children if not isinstance(c, wq.Phrase)]
        return q if children == list(q.subqueries) else q.__class__(children, boost=q.boost)
    return q


def search(request: SearchRequest) -> SearchResults:
    results = SearchResults(request)
    if request.is_blank:
        results.error = "empty"
        return results
    parsed = parse(request.q) if request.q.strip() else None
    if parsed is not None:
        results.notices += [(n.code, n.detail) for n in parsed.notices]
        if parsed.error and not request.selected:
            results.error = parsed.error
            return results
    if (request.page - 1) * request.page_size >= CSV_LIMIT:
        results.error = "page_out_of_range"
        return results
    try:
        s = searcher()
    except IndexUnavailable:
        results.error = "index_unavailable"
        return results
    alternatives = _main_query(parsed, request, s.reader(), results.notices)
    if (filters := _filter_query(request)) is not None:
        alternatives = [wq.And([q, filters]) for q in alternatives]
    main = wq.Or(alternatives) if len(alternatives) > 1 else alternatives[0]
    matching = matching_documents(s, main)
    found = _ranked(s, request, alternatives, main, matching, results.notices)
    results.count = int(matching.sum())
    results.num_pages = max(1, -(-min(results.count, CSV_LIMIT) // request.page_size))
    if request.page > results.num_pages and results.count:
        results.error = "page_out_of_range"
        return results
    start = (request.page - 1) * request.page_size
    page_hits = found[start : start + request.page_size]  # list(found) would count every match
    results.hits = _hits(page_hits, parsed, request.snippets)
    results.facets = _facets(facet_counts(s, matching))
    if parsed and parsed.node is not None and results.count == 0:
        results.suggestion = suggestion(request.q, s)
    return results


def _hits(page_hits, parsed, snippets: bool) -> list[Hit]:
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


def _facets(counts: dict[str, dict[str, int]]) -> dict[str, list[tuple[str, str, int]]]:
    labels = _facet_labels(counts)
    return {
        name: sorted(
            (
                (value, labels[name].get(value, value), count)
                for value, count in counts[name].items()
                if value
            ),
            key=lambda item: (-item[2], item[1]) if name != "years" else (item[0],),
        )
        for name in FACETS
    }


def _facet_labels(counts) -> dict[str, dict[str, str]]:
    leader_ids = [v for v in counts["leaders"] if v and v.isdigit()]
    agreement_ids = [v for v in counts["agreements"] if v and v.isdigit()]
    return {
        "leaders": {
            str(pk): name
            for pk, name in Leader.objects.filter(pk__in=leader_ids).values_list("pk", "name")
        },
        "agreements": {
            str(pk): t
            for pk, t in Agreement.objects.filter(pk__in=agreement_ids).values_list("pk", "title")
        },
        "kinds": {k.value: str(k.label) for k in Meeting.Kind},
        "years": {},
        "countries": {"VN": _("Vietnam"), "RU": _("Russia")},
        "machine_translated": {"1": _("machine translated"), "0": _("not machine translated")},
    }


# ---- "did you mean" ------------------------------------------------------------------------------


def _known_names() -> list[str]:
    names = list(Leader.objects.values_list("name", flat=True))
    names += LeaderAlias.objects.values_list("alias", flat=True)
    names += Agreement.objects.values_list("title", flat=True)
    return names


def suggestion(text: str, s) -> str | None:
    """A spelling of the query that the archive knows: a leader's name or indexed words."""
    wanted = fold(search_text(text))
    names = {fold(n): n for n in _known_names()}
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


# ---- more like this and typeahead ----------------------------------------------------------------


def name_suggestions(text: str, limit: int = 10) -> list[dict]:
    """Leaders and agreements whose name (or alias) has a word starting with `text`, folded."""
    wanted = fold(text).strip()
    if len(wanted) < 2:
        return []
    found = []
    for leader in Leader.objects.prefetch_related("aliases").order_by("name"):
        names = [
            leader.name,
            *(a.alias for a in leader.aliases.all() if a.kind != "machine_translation"),
        ]
        if any(_starts_a_word(fold(n), wanted) for n in names):
            found.append(
                {
                    "label": leader.name,
                    "folded": fold(leader.name),
                    "type": "leader",
                    "url": leader.get_absolute_url(),
                }
            )
    for agreement in Agreement.objects.order_by("title"):
        if _starts_a_word(fold(agreement.title), wanted):
            found.append(
                {
                    "label": agreement.title,
                    "folded": fold(agreement.title),
                    "type": "agreement",
                    "url": agreement.get_absolute_url(),
                }
            )
    found.sort(key=lambda item: (not item["folded"].startswith(wanted), item["type"] != "leader"))
    return found[:limit]


def _starts_a_word(folded_name: str, wanted: str) -> bool:
    return folded_name.startswith(wanted) or f" {wanted}" in f" {folded_name}"
