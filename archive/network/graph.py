"""Who met whom, as a graph: pure functions from participations to nodes, weighted edges and a
fixed layout. Nothing here touches the database."""

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

LAYOUT_SEED = 17  # the same records always give the same picture
SIZE = 1000  # the layout's square, in SVG units


@dataclass(frozen=True)
class Node:
    id: int
    name: str
    country: str
    slug: str
    meetings: int
    x: float
    y: float


@dataclass(frozen=True)
class Edge:
    source: int
    target: int
    weight: int


def meetings_per_leader(rows: Iterable[tuple[int, int]]) -> Counter:
    """(meeting id, leader id) rows: how many meetings each leader took part in."""
    return Counter(leader for _meeting, leader in rows)


def shared_meetings(rows: Iterable[tuple[int, int]]) -> Counter:
    """(meeting id, leader id) rows: how many meetings each pair (lower id first) shared."""
    people = defaultdict(set)
    for meeting, leader in rows:
        people[meeting].add(leader)
    return Counter(pair for group in people.values() for pair in combinations(sorted(group), 2))


def top_leaders(counts: Counter, limit: int) -> list[int]:
    """The `limit` leaders with most meetings; ties go to the lower id, so the cut is stable."""
    return [leader for leader, _n in sorted(counts.items(), key=lambda c: (-c[1], c[0]))[:limit]]


def layout(leaders: list[int], pairs: dict[tuple[int, int], int]) -> dict[int, tuple[float, float]]:
    """Positions in [0, SIZE]², the same for the same graph: a seeded spring layout, heavier
    edges pulling harder."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(leaders))
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(pairs.items()))
    if len(graph) == 1:
        return {leaders[0]: (SIZE / 2, SIZE / 2)}
    positions = nx.spring_layout(graph, seed=LAYOUT_SEED, weight="weight")
    xs, ys = zip(*positions.values(), strict=True)
    return {leader: (_fit(x, xs), _fit(y, ys)) for leader, (x, y) in positions.items()}


def _fit(value: float, values) -> float:
    """`value` stretched so that `values` span [0, SIZE] (the drawing fills its square)."""
    low, high = min(values), max(values)
    return round((value - low) / (high - low) * SIZE, 1) if high > low else SIZE / 2


def network(rows: list[tuple[int, int]], people, limit: int):
    """The graph of the `limit` most active leaders among (meeting id, leader id) rows;
    `people(ids)` gives those leaders' (name, country, slug) by id. Returns (nodes, edges,
    number of leaders in all)."""
    counts = meetings_per_leader(rows)
    chosen = top_leaders(counts, limit)
    known = people(chosen)
    kept = set(chosen)
    pairs = {
        pair: n for pair, n in shared_meetings(rows).items() if pair[0] in kept and pair[1] in kept
    }
    positions = layout(chosen, pairs) if chosen else {}
    nodes = [Node(i, *known[i], counts[i], *positions[i]) for i in chosen]
    edges = [Edge(a, b, n) for (a, b), n in sorted(pairs.items(), key=lambda p: (-p[1], p[0]))]
    return nodes, edges, len(counts)
