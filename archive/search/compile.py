"""Parsed query -> Whoosh query. Exact (`text`) or folded (`text_folded`) fields, chosen by caller."""

from collections.abc import Callable
from dataclasses import dataclass

from whoosh import query as wq

from archive.text import fold, has_diacritics

from .analysis import pair, segment, syllables, words
from .parser import And, Filter, Not, Or, Phrase, Prefix, Words

MIN_PREFIX = 2
PHRASE_BOOST = 3.0
MAX_PREFIX_TERMS = 200

KIND_NAMES = {
    "talks": "talks", "hoi dam": "talks", "courtesy_call": "courtesy_call", "courtesy call": "courtesy_call",
    "hoi kien": "courtesy_call", "tiep": "courtesy_call", "phone_call": "phone_call", "phone call": "phone_call",
    "dien dam": "phone_call", "meeting": "meeting", "gap": "meeting", "cuoc gap": "meeting",
    "visit": "visit", "tham": "visit", "other": "other", "khac": "other",
}  # fmt: skip
COUNTRY_NAMES = {
    "vn": "VN",
    "viet nam": "VN",
    "vietnam": "VN",
    "ru": "RU",
    "nga": "RU",
    "russia": "RU",
    "lien bang nga": "RU",
}


@dataclass(frozen=True)
class Resolver:
    """Turns filter values into record ids (leader and agreement names live in the database)."""

    leaders: Callable[[str], list[str]]
    agreements: Callable[[str], list[str]]


@dataclass
class Compiler:
    folded: bool
    resolver: Resolver
    reader: object  # a Whoosh reader, to expand prefixes
    notices: list
    is_name: Callable[[str], bool] = lambda text: False  # a leader's name or alias, folded

    @property
    def fields(self) -> tuple[str, str]:
        return ("text_folded", "records_folded") if self.folded else ("text", "records")

    def compile(self, node) -> wq.Query:
        compiled = self._node(node)
        positives = compiled.subqueries if isinstance(compiled, wq.And) else [compiled]
        if all(isinstance(q, wq.Not) for q in positives):
            return wq.And([wq.Every(), *positives])  # `-zhang` alone: everything but
        return compiled

    def _node(self, node) -> wq.Query:
        if isinstance(node, And):
            return wq.And([self._node(n) for n in node.nodes])
        if isinstance(node, Or):
            return wq.Or([self._node(n) for n in node.nodes])
        if isinstance(node, Not):
            return wq.Not(self._node(node.node))
        if isinstance(node, Words):
            return self._words(node.text)
        if isinstance(node, Phrase):
            return self._either_field(lambda f: _phrase(f, syllables(node.text, self.folded)))
        if isinstance(node, Prefix):
            return self._prefix(node.text)
        if isinstance(node, Filter):
            return self._filter(node)
        raise TypeError(node)

    def _either_field(self, build) -> wq.Query:
        return wq.Or([build(field) for field in self.fields])

    def _words(self, text: str) -> wq.Query:
        """Every syllable must occur; pyvi's compounds and adjacency only raise the score.

        pyvi may segment a query differently from a document (`Belarus Kazakhstan` as one
        compound), so its compounds must never be required.
        """
        parts = syllables(text, self.folded)
        if not parts:
            return wq.NullQuery
        if len(parts) > 1 and (self.is_name(text) or looks_like_a_vietnamese_name(text)):
            return self._either_field(lambda f: _phrase(f, parts, exact=False))  # one person
        required = wq.And(
            [self._either_field(lambda f, p=p: wq.Term(f, p)) for p in dict.fromkeys(parts)]
        )
        if len(parts) == 1:
            return required
        compounds = [w for w in words(segment(text), self.folded) if "_" in w]
        bonus = [self._either_field(lambda f, w=w: wq.Term(f, w)) for w in compounds]
        adjacent = self._either_field(lambda f: _phrase(f, parts, exact=False))
        adjacent.boost = PHRASE_BOOST
        return wq.AndMaybe(required, wq.Or([*bonus, adjacent]))

    def _prefix(self, text: str) -> wq.Query:
        stem = fold(text) if self.folded else text.lower()
        if len(stem) < MIN_PREFIX:
            self.notices.append(("prefix_too_short", text))
            return wq.NullQuery
        terms = []
        for field in self.fields:
            for term in self.reader.expand_prefix(field, stem):
                terms.append(wq.Term(field, term.decode() if isinstance(term, bytes) else term))
                if len(terms) > MAX_PREFIX_TERMS:
                    self.notices.append(("prefix_too_broad", text))
                    return wq.Or(terms[:MAX_PREFIX_TERMS])
        return wq.Or(terms) if terms else wq.NullQuery

    def _filter(self, node: Filter) -> wq.Query:
        value = node.value
        if node.name == "year":
            return wq.Term("years", value) if value.isdigit() else self._unknown(node)
        if node.name == "kind":
            code = KIND_NAMES.get(fold(value).replace("-", " "))
            return wq.Term("kinds", code) if code else self._unknown(node)
        if node.name == "country":
            code = COUNTRY_NAMES.get(fold(value))
            return wq.Term("countries", code) if code else self._unknown(node)
        ids = (
            self.resolver.leaders(value)
            if node.name == "leader"
            else self.resolver.agreements(value)
        )
        return wq.Or([wq.Term(f"{node.name}s", i) for i in ids]) if ids else self._unknown(node)

    def _unknown(self, node: Filter) -> wq.Query:
        self.notices.append(("unknown_filter_value", f"{node.name}:{node.value}"))
        return wq.NullQuery


PAIR_FIELDS = {
    "text": "text_pairs", "text_folded": "text_pairs_folded",
    "records": "records_pairs", "records_folded": "records_pairs_folded",
}  # fmt: skip


def _phrase(field: str, parts: list[str], exact: bool = True) -> wq.Query:
    """Adjacent syllables: each pair is one term lookup. Beyond two syllables, positions are
    checked only when `exact` (a quoted phrase); names and ranking bonuses make do with pairs."""
    if not parts:
        return wq.NullQuery
    if len(parts) == 1:
        return wq.Term(field, parts[0])
    pairs = [
        wq.Term(PAIR_FIELDS[field], pair(a, b)) for a, b in zip(parts, parts[1:], strict=False)
    ]
    if len(parts) == 2 or not exact:
        return wq.And(pairs)
    return wq.And([*pairs, wq.Phrase(field, parts)])


def looks_like_a_vietnamese_name(text: str) -> bool:
    """`Tập Cận Bình`, `Nhan Sáng`: 2–4 capitalised syllables, typed as a name is written."""
    names = text.split()
    return 2 <= len(names) <= 4 and all(
        w[:1].isupper() and w.isalpha() and len(w) <= 7 for w in names
    )


def query_has_diacritics(node) -> bool:
    texts = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, And | Or):
            stack.extend(current.nodes)
        elif isinstance(current, Not):
            stack.append(current.node)
        elif isinstance(current, Words | Phrase | Prefix):
            texts.append(current.text)
    return any(has_diacritics(t) for t in texts)
