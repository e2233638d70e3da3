"""Natural Earth's 1:110m countries (TopoJSON, data/countries-110m.json) as SVG path strings in
an equirectangular projection, decoded once per process, and (lat, lon) in the same units."""

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "countries-110m.json"
SCALE = 2  # SVG units per degree: the world is 720 wide
NORTH, SOUTH = 84, -58  # the drawn band: Antarctica and the Arctic ice add nothing to a meeting map
WIDTH, HEIGHT = 360 * SCALE, (NORTH - SOUTH) * SCALE
ANTARCTICA = "010"


@dataclass(frozen=True)
class Outline:
    """One country's path and its box in SVG units (left, top, right, bottom)."""

    d: str
    box: tuple[float, float, float, float]


def project(lat: float, lon: float) -> tuple[float, float]:
    """The SVG point of a place: x grows east from 180°W, y grows south from the band's top."""
    return round((lon + 180) * SCALE, 1), round((NORTH - lat) * SCALE, 1)


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Each arc as (lon, lat) points: quantized positions, each a delta from the one before."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """A closed ring from arc indexes; ~i is arc i backwards; arcs share their end points."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def across_antimeridian(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses 180° (Fiji, Chukotka) made continuous past the map's edge, plus a copy
    a world away so that its other side shows too; the viewBox cuts off what lies outside."""
    continuous = [points[0]]
    for lon, lat in points[1:]:
        last = continuous[-1][0]
        lon += 360 if lon - last < -180 else -360 if lon - last > 180 else 0
        continuous.append((lon, lat))
    lons = [lon for lon, _ in continuous]
    shift = -360 if max(lons) > 180 else 360 if min(lons) < -180 else 0
    copy = [[(lon + shift, lat) for lon, lat in continuous]] if shift else []
    return [continuous, *copy]


def ring_path(points: list[tuple[float, float]]) -> str:
    """`Mx,y` then relative steps `l dx dy`, in tenths of a unit (no drift from rounding); a
    step that rounds to nothing is dropped."""
    tenths: list[tuple[int, int]] = []
    for lon, lat in points:
        x, y = project(lat, lon)
        point = (round(x * 10), round(y * 10))
        if not tenths or point != tenths[-1]:
            tenths.append(point)
    (x0, y0), steps = tenths[0], zip(tenths, tenths[1:], strict=False)
    moves = "".join(_pair(x - px, y - py) for (px, py), (x, y) in steps)
    return f"M{_pair(x0, y0).strip()}l{moves.strip()}z"


def _pair(x: int, y: int) -> str:
    """Two numbers given in tenths, as short as SVG reads them: `-1.5 .3`."""
    return _number(x) + _number(y)


def _number(tenths: int) -> str:
    text = f"{tenths / 10:g}".replace("0.", ".", 1) if abs(tenths) < 10 else f"{tenths / 10:g}"
    return text if text.startswith("-") else " " + text


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


@cache
def outlines() -> tuple[Outline, ...]:
    """Every country but Antarctica, decoded and projected once per process."""
    topology = json.loads(DATA.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    result = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("id") == ANTARCTICA:
            continue
        rings = [
            drawn
            for polygon in polygons(geometry)
            for r in polygon
            for drawn in across_antimeridian(ring(arcs, r))
        ]
        if not rings:
            continue
        xs = [project(lat, lon) for r in rings for lon, lat in r]
        box = (
            min(x for x, _ in xs),
            min(y for _, y in xs),
            max(x for x, _ in xs),
            max(y for _, y in xs),
        )
        result.append(Outline("".join(ring_path(r) for r in rings), box))
    return tuple(result)


@cache
def world_path() -> str:
    """All countries as one path: the whole map in one element."""
    return "".join(o.d for o in outlines())


@lru_cache(maxsize=1024)  # a meeting page asks for its city's window again and again
def window(lat: float, lon: float, half_width: float = 40, half_height: float = 28) -> dict:
    """A small map around a place: its viewBox (SVG units), the marker and the outlines in it."""
    x, y = project(lat, lon)
    left, top = x - half_width, y - half_height
    right, bottom = x + half_width, y + half_height
    d = "".join(
        o.d for o in outlines()
        if o.box[0] <= right and o.box[2] >= left and o.box[1] <= bottom and o.box[3] >= top
    )  # fmt: skip
    return {
        "view_box": f"{left:g} {top:g} {2 * half_width:g} {2 * half_height:g}",
        "x": x,
        "y": y,
        "d": d,
    }
