"""Reference data (leaders, offices, aliases, agreements, countries, places) from the files in
fixtures/reference/.

Only adds what is missing, keyed by natural keys, so running it again never overwrites what staff
changed in admin (Django's loaddata would reset every row to the file's values). Rows are written
in bulk, each with its first history record: thousands of rows load in well under a second.
"""

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from archive.models import (
    Agreement,
    AgreementAlias,
    Country,
    CountryName,
    Leader,
    LeaderAlias,
    Office,
    Place,
    PlaceName,
    ascii_slug,
)
from archive.records.stamp import records_changed


@dataclass
class ReferenceCounts:
    leaders: int = 0
    aliases: int = 0
    offices: int = 0
    agreements: int = 0
    places: int = 0
    place_names: int = 0

    def __str__(self) -> str:
        return (
            f"added {self.leaders} leaders, {self.aliases} aliases, {self.offices} offices, "
            f"{self.agreements} agreements, {self.places} places, {self.place_names} spellings"
        )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _missing(model, rows: list, key, existing: set) -> list:
    """The rows whose natural key is neither stored nor already among the rows."""
    new = []
    for row in rows:
        if key(row) not in existing:
            existing.add(key(row))
            new.append(row)
    return new


def _create(model, rows: list) -> list:
    if not rows:
        return []
    records_changed()  # bulk_create sends no post_save
    if hasattr(model, "history"):
        return bulk_create_with_history(rows, model)
    return model.objects.bulk_create(rows)


@transaction.atomic
def reference_load(data: dict) -> ReferenceCounts:
    counts = ReferenceCounts()
    _load_leaders(data.get("leaders", []), counts)
    _load_places(data, counts)
    for item in data.get("agreements", []):
        agreement, created = Agreement.objects.get_or_create(
            title=item["title"],
            defaults={
                "kind": item.get("kind", "agreement"),
                "signed_date": _day(item.get("signed_date")),
                "signed_place": item.get("signed_place") or "",
                "parties": item.get("parties", []),
            },
        )
        counts.agreements += created
        for alias in item.get("aliases", []):
            AgreementAlias.objects.get_or_create(agreement=agreement, alias=alias)
    return counts


def _load_leaders(items: list, counts: ReferenceCounts) -> None:
    stored = {(leader.name, leader.country) for leader in Leader.objects.all()}
    new = _missing(
        Leader,
        [
            Leader(name=i["name"], country=i["country"], slug=ascii_slug(i["name"]), version=1)
            for i in items
        ],
        lambda leader: (leader.name, leader.country),
        stored,
    )
    counts.leaders = len(_create(Leader, new))
    ids = {(leader.name, leader.country): leader.pk for leader in Leader.objects.all()}
    aliases, offices = [], []
    for item in items:
        leader_id = ids[(item["name"], item["country"])]
        aliases += [
            LeaderAlias(
                leader_id=leader_id, alias=a["alias"], kind=a.get("kind", "spelling"),
                note=a.get("note", ""),
            )
            for a in item.get("aliases", [])
        ]  # fmt: skip
        offices += [
            Office(
                leader_id=leader_id, role=o["role"], title=o["title"],
                country=o.get("country", item["country"]), start=_day(o.get("start")),
                end=_day(o.get("end")), note=o.get("note", ""),
            )
            for o in item.get("offices", [])
        ]  # fmt: skip
    stored_aliases = set(LeaderAlias.objects.values_list("leader_id", "alias"))
    counts.aliases = len(
        _create(
            LeaderAlias,
            _missing(LeaderAlias, aliases, lambda a: (a.leader_id, a.alias), stored_aliases),
        )
    )
    stored_offices = set(Office.objects.values_list("leader_id", "role", "start"))
    counts.offices = len(
        _create(
            Office,
            _missing(Office, offices, lambda o: (o.leader_id, o.role, o.start), stored_offices),
        )
    )


def _fill_relations_since(countries: list[dict]) -> None:
    """A date the reference files gained after a country was loaded fills it in; a date staff
    wrote stays."""
    missing = set(Country.objects.filter(relations_since=None).values_list("code", flat=True))
    for c in countries:
        if c["code"] in missing and (since := _day(c.get("relations_since"))):
            Country.objects.filter(code=c["code"]).update(relations_since=since)
            records_changed()


def _fill_coordinates(places: list[dict]) -> None:
    """Coordinates the reference files gained after a place was loaded fill it in; a place staff
    placed keeps theirs."""
    missing = set(Place.objects.filter(latitude=None).values_list("name", flat=True))
    for p in places:
        if p["name"] in missing and p.get("lat") is not None and p.get("lon") is not None:
            Place.objects.filter(name=p["name"]).update(latitude=p["lat"], longitude=p["lon"])
            records_changed()


def _load_places(data: dict, counts: ReferenceCounts) -> None:
    countries = data.get("countries", [])
    stored = set(Country.objects.values_list("code", flat=True))
    _create(
        Country,
        _missing(
            Country,
            [
                Country(
                    code=c["code"], capital=c.get("capital") or "",
                    successor=c.get("successor") or "", until=_day(c.get("until")),
                    relations_since=_day(c.get("relations_since")),
                )
                for c in countries
            ],
            lambda c: c.code,
            stored,
        ),
    )  # fmt: skip
    _fill_relations_since(countries)
    country_ids = dict(Country.objects.values_list("code", "pk"))
    names = [
        CountryName(country_id=country_ids[c["code"]], name=n)
        for c in countries
        for n in c.get("names", [])
    ]
    stored_names = set(CountryName.objects.values_list("country_id", "name"))
    _create(
        CountryName, _missing(CountryName, names, lambda n: (n.country_id, n.name), stored_names)
    )

    places = data.get("places", [])
    stored_places = set(Place.objects.values_list("name", flat=True))
    new = _missing(
        Place,
        [
            Place(
                name=p["name"], kind=p.get("kind", "city"), country=p["country"],
                city=p.get("city") or "", country_follows=bool(p.get("country_follows")),
                latitude=p.get("lat"), longitude=p.get("lon"),
            )
            for p in places
        ],
        lambda p: p.name,
        stored_places,
    )  # fmt: skip
    counts.places = len(_create(Place, new))
    _fill_coordinates(places)
    place_ids = dict(Place.objects.values_list("name", "pk"))
    spellings = [
        PlaceName(place_id=place_ids[p["name"]], name=n) for p in places for n in p.get("names", [])
    ]
    stored_spellings = set(PlaceName.objects.values_list("place_id", "name"))
    counts.place_names = len(
        _create(
            PlaceName,
            _missing(PlaceName, spellings, lambda n: (n.place_id, n.name), stored_spellings),
        )
    )
