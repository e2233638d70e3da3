"""The query language: words (all must match), "phrases", OR, -word / NOT, parentheses, a
trailing * for prefixes, and filters `leader:`, `kind:`, `year:`, `agreement:`, `country:`.

Pure: text in, a tree out. Broken input is repaired where the intent is clear (an unclosed quote
or parenthesis, a stray operator) and each repair is reported as a notice; a query with nothing
left to search is an error. Notices and errors are codes, translated by the view.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from archive.text import nfc

MAX_QUERY_CHARS = 300
MAX_TERMS = 32
FILTER_FIELDS = ("leader", "kind", "year", "agreement", "country")


@dataclass(frozen=True)
class Words:
    text: str  # a run of plain words, segmented together


@dataclass(frozen=True)
class Phrase:
    text: str


@dataclass(frozen=True)
class Prefix:
    text: str


@dataclass(frozen=True)
class Filter:
    name: str
    value: str


@dataclass(frozen=True)
class Not:
    node: object


@dataclass(frozen=True)
class And:
    nodes: tuple


@dataclass(frozen=True)
class Or:
    nodes: tuple


@dataclass(frozen=True)
class Notice:
    code: str  # truncated, control_chars, unclosed_quote, unclosed_paren, stray_paren, stray_operator, too_many_terms
    detail: str = ""


@dataclass(frozen=True)
class ParsedQuery:
    node: object | None
    notices: tuple[Notice, ...] = ()
    error: str | None = None  # empty, nothing_to_search

    def terms(self) -> list[object]:
        return list(_leaves(self.node)) if self.node else []


def _leaves(node):
    if isinstance(node, And | Or):
        for child in node.nodes:
            yield from _leaves(child)
    elif isinstance(node, Not):
        yield from _leaves(node.node)
    else:
        yield node


_TOKEN = re.compile(
    r'\s*(?:(?P<open>\()|(?P<close>\))|(?P<neg>-)(?=[\w"(])|'
    r'(?P<field>[a-z]+):(?=\S)|"(?P<phrase>[^"]*)(?P<closed>"?)|(?P<word>[^\s()"]+))'
)


@dataclass
class _Tokens:
    items: list[tuple[str, str]] = field(default_factory=list)
    position: int = 0

    def peek(self) -> tuple[str, str] | None:
        return self.items[self.position] if self.position < len(self.items) else None

    def take(self) -> tuple[str, str]:
        self.position += 1
        return self.items[self.position - 1]


def _clean(text: str, notices: list[Notice]) -> str:
    without_controls = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text
    )
    if without_controls != text:
        notices.append(Notice("control_chars"))
    text = nfc(without_controls).strip()
    if len(text) > MAX_QUERY_CHARS:
        notices.append(Notice("truncated", str(MAX_QUERY_CHARS)))
        text = (
            text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
            if " " in text[:MAX_QUERY_CHARS]
            else text[:MAX_QUERY_CHARS]
        )
    return text


def _tokenize(text: str, notices: list[Notice]) -> _Tokens:
    tokens = _Tokens()
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup if match.lastgroup != "closed" else "phrase"
        if match.group("phrase") is not None:
            if not match.group("closed"):
                notices.append(Notice("unclosed_quote"))
            tokens.items.append(("phrase", match.group("phrase")))
        elif kind == "word" and match.group("word") in ("AND", "OR", "NOT"):
            tokens.items.append((match.group("word"), match.group("word")))
        elif kind:
            tokens.items.append((kind, match.group(kind)))
    return tokens


def parse(text: str) -> ParsedQuery:
    notices: list[Notice] = []
    cleaned = _clean(text or "", notices)
    if not cleaned:
        return ParsedQuery(None, tuple(notices), "empty")
    tokens = _tokenize(cleaned, notices)
    node = _parse_or(tokens, notices, depth=0)
    while tokens.peek():  # a `)` with no `(`
        tokens.take()
        notices.append(Notice("stray_paren"))
        more = _parse_or(tokens, notices, depth=0)
        node = _join(And, [node, more])
    node = _limit_terms(node, notices)
    if node is None:
        return ParsedQuery(None, tuple(dict.fromkeys(notices)), "nothing_to_search")
    return ParsedQuery(node, tuple(dict.fromkeys(notices)))


def _join(kind, nodes):
    nodes = [n for n in nodes if n is not None]
    if not nodes:
        return None
    if len(nodes) == 1:
        return nodes[0]
    flat = []
    for node in nodes:
        flat.extend(node.nodes if isinstance(node, kind) else [node])
    return kind(tuple(_merge_words(flat) if kind is And else flat))


def _merge_words(nodes):
    """Adjacent plain words are one run, so `hợp tác` is segmented as `hợp_tác`."""
    merged = []
    for node in nodes:
        if isinstance(node, Words) and merged and isinstance(merged[-1], Words):
            merged[-1] = Words(f"{merged[-1].text} {node.text}")
        else:
            merged.append(node)
    return merged


def _parse_or(tokens: _Tokens, notices, depth) -> object | None:
    branches = [_parse_and(tokens, notices, depth)]
    while tokens.peek() and tokens.peek()[0] == "OR":
        tokens.take()
        branch = _parse_and(tokens, notices, depth)
        if branch is None or branches[-1] is None:
            notices.append(Notice("stray_operator", "OR"))
        branches.append(branch)
    return _join(Or, branches)


def _parse_and(tokens: _Tokens, notices, depth) -> object | None:
    nodes = []
    while (token := tokens.peek()) and token[0] not in ("OR", "close"):
        if token[0] == "AND":
            tokens.take()
            if not nodes or not tokens.peek() or tokens.peek()[0] in ("OR", "close", "AND"):
                notices.append(Notice("stray_operator", "AND"))
            continue
        nodes.append(_parse_unary(tokens, notices, depth))
    return _join(And, nodes)


def _parse_unary(tokens: _Tokens, notices, depth) -> object | None:
    kind, value = tokens.take()
    if kind in ("neg", "NOT"):
        if not tokens.peek() or tokens.peek()[0] in ("OR", "AND", "close"):
            notices.append(Notice("stray_operator", "NOT" if kind == "NOT" else "-"))
            return None
        operand = _parse_unary(tokens, notices, depth)
        return Not(operand) if operand is not None else None
    if kind == "open":
        inner = _parse_or(tokens, notices, depth + 1)
        if tokens.peek() and tokens.peek()[0] == "close":
            tokens.take()
        else:
            notices.append(Notice("unclosed_paren"))
        return inner
    if kind == "phrase":
        return Phrase(value.strip()) if _has_letters(value) else None
    if kind == "field":
        return _parse_filter(value, tokens, notices)
    return _word(value)


def _parse_filter(name: str, tokens: _Tokens, notices) -> object | None:
    kind, value = tokens.take() if tokens.peek() else ("word", "")
    if name not in FILTER_FIELDS:
        if not value.startswith("//"):  # `http://…` is text, not a filter attempt
            notices.append(Notice("unknown_field", name))
        return (
            _word(f"{name} {value}")
            if kind == "word"
            else Phrase(value)
            if kind == "phrase"
            else None
        )
    return Filter(name, value.strip()) if value.strip() else None


def _word(value: str) -> object | None:
    if value.endswith("*"):
        stem = value.rstrip("*")
        return Prefix(stem) if _has_letters(stem) else None
    return Words(value) if _has_letters(value) else None


def _has_letters(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _limit_terms(node, notices):
    leaves = list(_leaves(node)) if node is not None else []
    if len(leaves) <= MAX_TERMS:
        return node
    notices.append(Notice("too_many_terms", str(MAX_TERMS)))
    keep = set(map(id, leaves[:MAX_TERMS]))
    return _prune(node, keep)


def _prune(node, keep):
    if isinstance(node, And | Or):
        return _join(type(node), [_prune(child, keep) for child in node.nodes])
    if isinstance(node, Not):
        inner = _prune(node.node, keep)
        return Not(inner) if inner is not None else None
    return node if id(node) in keep else None
