"""Where meetings happened: meetings counted per place in one grouped query, each place found in
the gazetteer by its name or a spelling; a meeting that names only its country is put at that
country's capital and marked approximate."""

import math
from dataclasses import dataclass

from django.db.models import Count, Max, Min

from archive.models import Country, Place, PlaceName
from archive.querysets import Year

LARGEST_RADIUS, SMALLEST_RADIUS = 9.0, 2.0  # SVG units (a degree is 2)


@dataclass(frozen=True)
class City:
    name: str
    country: str
    lat: float | None
    lon: float | None


@dataclass
class MeetingPlace:
    name: str  # the gazetteer's name, else the meeting's own city, else "" (country only)
    country: str
    lat: float | None
    lon: float | None
    meetings: int
    first: int | None  # years
    last: int | None
    approximate: bool  # only the country is known: drawn at its capital

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


def cities() -> dict[str, City]:
    """Every city of the gazetteer under its name and each of its spellings."""
    rows = Place.objects.filter(kind=Place.Kind.CITY).values_list(
        "pk", "name", "country", "latitude", "longitude"
    )
    by_pk = {pk: City(name, country, lat, lon) for pk, name, country, lat, lon in rows}
    lookup = {city.name: city for city in by_pk.values()}
    spellings = PlaceName.objects.filter(place_id__in=by_pk).values_list("place_id", "name")
    for place_id, spelling in spellings:
        lookup.setdefault(spelling, by_pk[place_id])
    return lookup


def meeting_places(meetings) -> list[MeetingPlace]:
    """The places of these meetings, most meetings first: one grouped query over (city, country)."""
    rows = (
        meetings.order_by().annotate(year=Year("date")).values("city", "country")
        .annotate(n=Count("id"), first=Min("year"), last=Max("year"))
    )  # fmt: skip
    return group(list(rows), cities(), dict(Country.objects.values_list("code", "capital")))


def group(
    rows: list[dict], lookup: dict[str, City], capitals: dict[str, str]
) -> list[MeetingPlace]:
    """Rows of (city, country, n, first, last) merged per place: Moscow of SU and of RU is one
    place. A row without a city is at its country's capital, approximate; without either, left out."""
    places: dict[tuple[str, str, bool], MeetingPlace] = {}
    for row in rows:
        city, country, approximate = row["city"], row["country"], False
        if not city:
            if not country:
                continue
            city, approximate = capitals.get(country, ""), True
        found = lookup.get(city)
        name = found.name if found else city
        where = found.country if found else country
        key = (name, where, approximate)
        if key not in places:
            lat, lon = (found.lat, found.lon) if found else (None, None)
            places[key] = MeetingPlace(name, where, lat, lon, 0, None, None, approximate)
        place = places[key]
        place.meetings += row["n"]
        place.first = min(filter(None, (place.first, row["first"])), default=None)
        place.last = max(filter(None, (place.last, row["last"])), default=None)
    return sorted(places.values(), key=lambda p: (-p.meetings, p.name, p.approximate))


def radius(meetings: int, most: int) -> float:
    """A circle's radius: its area grows with the meetings held there."""
    share = math.sqrt(meetings / most) if most else 0
    return round(SMALLEST_RADIUS + (LARGEST_RADIUS - SMALLEST_RADIUS) * share, 1)


def where(city: str, country: str) -> tuple[City, bool] | None:
    """A meeting's city with coordinates, and whether it is only its country's capital; None when
    the gazetteer does not place it. Two small indexed queries at most."""
    approximate = False
    if not city and country:
        city = Country.objects.filter(code=country).values_list("capital", flat=True).first() or ""
        approximate = True
    if not city:
        return None
    named = Place.objects.filter(
        kind=Place.Kind.CITY, latitude__isnull=False, longitude__isnull=False
    )
    place = named.filter(name=city).first() or named.filter(names__name=city).first()
    if place is None:
        return None
    return City(place.name, place.country, place.latitude, place.longitude), approximate
