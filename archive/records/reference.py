"""Reference data (leaders, offices, aliases, agreements, countries, places) from the files in
fixtures/reference/.

Only adds what is missing, keyed by natural keys, so running it again never overwrites what staff
changed in admin (Django's loaddata would reset every row to the file's values).
"""

from dataclasses import dataclass
from datetime import date

from django.db import transaction

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
)


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


@transaction.atomic
def reference_load(data: dict) -> ReferenceCounts:
    counts = ReferenceCounts()
    for item in data.get("leaders", []):
        leader, created = Leader.objects.get_or_create(name=item["name"], country=item["country"])
        counts.leaders += created
        for alias in item.get("aliases", []):
            _, created = LeaderAlias.objects.get_or_create(
                leader=leader,
                alias=alias["alias"],
                defaults={"kind": alias.get("kind", "spelling"), "note": alias.get("note", "")},
            )
            counts.aliases += created
        for office in item.get("offices", []):
            _, created = Office.objects.get_or_create(
                leader=leader,
                role=office["role"],
                start=_day(office.get("start")),
                defaults={
                    "title": office["title"],
                    "country": office.get("country", item["country"]),
                    "end": _day(office.get("end")),
                    "note": office.get("note", ""),
                },
            )
            counts.offices += created
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


def _load_places(data: dict, counts: ReferenceCounts) -> None:
    for item in data.get("countries", []):
        country, _ = Country.objects.get_or_create(
            code=item["code"],
            defaults={
                "capital": item.get("capital") or "",
                "successor": item.get("successor") or "",
                "until": _day(item.get("until")),
            },
        )
        for name in item.get("names", []):
            CountryName.objects.get_or_create(country=country, name=name)
    for item in data.get("places", []):
        place, created = Place.objects.get_or_create(
            name=item["name"],
            defaults={
                "kind": item.get("kind", "city"),
                "country": item["country"],
                "city": item.get("city") or "",
                "country_follows": bool(item.get("country_follows")),
            },
        )
        counts.places += created
        for name in item.get("names", []):
            counts.place_names += PlaceName.objects.get_or_create(place=place, name=name)[1]
