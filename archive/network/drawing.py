"""The network as SVG geometry: node radii and edge widths by weight, a colour class per country
(the labels carry the country code too, so colour is never the only cue)."""

from math import sqrt

from archive.network.graph import SIZE, Edge, Node

SIDE_MARGIN, TOP_MARGIN = 170, 40  # room for the labels (centred under a node) round the square
PALETTE = 8  # colour classes in site.css (.country-0 …); further countries share the last
MIN_RADIUS, MAX_RADIUS = 6, 22
MIN_WIDTH, MAX_WIDTH = 1, 9
LABEL_GAP = 22  # below the circle, the text's baseline


def countries_of(nodes: list[Node]) -> list[str]:
    """The nodes' countries, the most represented first, as the legend lists them."""
    counts = {}
    for node in nodes:
        counts[node.country] = counts.get(node.country, 0) + 1
    return sorted(counts, key=lambda c: (-counts[c], c))


def drawing(nodes: list[Node], edges: list[Edge]) -> dict:
    countries = countries_of(nodes)
    colour = {c: f"country-{min(i, PALETTE - 1)}" for i, c in enumerate(countries)}
    most = max((n.meetings for n in nodes), default=1)
    heaviest = max((e.weight for e in edges), default=1)
    at = {n.id: n for n in nodes}
    return {
        "view_box": f"{-SIDE_MARGIN} {-TOP_MARGIN} {SIZE + 2 * SIDE_MARGIN} {SIZE + 3 * TOP_MARGIN}",
        "nodes": [
            {
                "node": n,
                "r": round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * sqrt(n.meetings / most), 1),
                "colour": colour[n.country],
                "label_y": round(
                    n.y
                    + MIN_RADIUS
                    + (MAX_RADIUS - MIN_RADIUS) * sqrt(n.meetings / most)
                    + LABEL_GAP,
                    1,
                ),
            }
            for n in nodes
        ],
        "edges": [
            {
                "edge": e,
                "a": at[e.source],
                "b": at[e.target],
                "width": round(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * e.weight / heaviest, 1),
            }
            for e in edges
        ],
        "legend": [(c, colour[c]) for c in countries],
    }
