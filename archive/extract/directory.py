"""What extraction knows about people, places and agreements: plain data, built from the
database or from the reference files."""

import functools
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class OfficeTerm:
    role: str
    title: str
    country: str
    start: date | None
    end: date | None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class LeaderEntry:
    key: int | str
    name: str
    country: str
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, kind)
    offices: tuple[OfficeTerm, ...] = ()
    provisional: bool = False  # introduced by a report, not yet confirmed by staff

    def office_on(self, day: date | None, role: str | None = None) -> OfficeTerm | None:
        terms = [o for o in self.offices if role is None or o.role == role]
        if day is not None:
            terms = [o for o in terms if o.held_on(day)]
        return min(terms, key=lambda o: RANK_OF_ROLE.get(o.role, 9), default=None)


@dataclass(frozen=True)
class AgreementEntry:
    key: int | str
    title: str
    kind: str
    signed_date: date | None
    aliases: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()  # country codes; empty: not known


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    kind: str  # city, venue
    country: str
    city: str = ""  # a venue's city
    names: tuple[str, ...] = ()
    country_follows: bool = False  # `Trụ sở Chính phủ Nga`: the country named after it wins


@dataclass(frozen=True)
class CountryEntry:
    code: str
    capital: str = ""
    names: tuple[str, ...] = ()  # beyond CLDR's Vietnamese name
    successor: str = ""  # a country that no longer exists: the one its places now belong to
    until: date | None = None  # its last day
    relations_since: date | None = None  # diplomatic relations with the home country since


@dataclass(frozen=True)
class Directory:
    leaders: tuple[LeaderEntry, ...] = ()
    agreements: tuple[AgreementEntry, ...] = ()
    places: tuple[PlaceEntry, ...] = ()
    countries: tuple[CountryEntry, ...] = ()
    # The archive's collection: a meeting is recorded when one of these countries takes part.
    focus: tuple[str, ...] = ("VN", "RU")
    rejected_names: tuple[str, ...] = ()  # names staff said are nobody: never matched again
    _by_key: dict = field(default_factory=dict, compare=False, repr=False)
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def leader(self, key) -> LeaderEntry:
        if not self._by_key:
            self._by_key.update({leader.key: leader for leader in self.leaders})
        return self._by_key[key]

    def capital(self, country: str) -> str:
        return next((c.capital for c in self.countries if c.code == country), "")

    def country_on(self, country: str, day: date | None) -> str:
        """The country a place was in on that day: Moscow in 1987 was in the Soviet Union."""
        for earlier in self.countries:
            if day and earlier.successor == country and earlier.until and day <= earlier.until:
                return earlier.code
        return country

    def holders(self, role: str, country: str, day: date) -> list[LeaderEntry]:
        return [
            leader
            for leader in self.leaders
            if any(
                o.role == role and o.country == country and o.held_on(day) for o in leader.offices
            )
        ]


def per_directory(build):
    """Computes something of a directory once and keeps it on the directory: hashing a
    directory for a cache key costs more than most of the uses."""

    @functools.wraps(build)
    def cached(directory: Directory):
        memo = directory._memo
        if build.__name__ not in memo:
            memo[build.__name__] = build(directory)
        return memo[build.__name__]

    return cached


# Lower is more senior; used to tell a courtesy call (a junior visitor received) from a meeting.
RANK_OF_ROLE = {
    "head_of_state": 1,
    "party_leader": 1,
    "head_of_government": 2,
    "parliament_chair": 2,
    "upper_house_chair": 2,
    "lower_house_chair": 2,
    "vice_head_of_state": 3,
    "deputy_head_of_government": 3,
    "foreign_minister": 3,
    "minister": 3,
    "deputy_foreign_minister": 4,
    "deputy_minister": 4,
    "other": 5,
}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def read_reference(path: Path) -> dict:
    """The reference data in one file, or in every `*.json` file of a folder, merged."""
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    merged: dict[str, list] = {}
    for file in files:
        for key, items in json.loads(file.read_text(encoding="utf-8")).items():
            merged.setdefault(key, []).extend(items)
    return merged


def directory_from_reference(data: dict, focus: tuple[str, ...] = ("VN", "RU")) -> Directory:
    """A directory straight from the reference data, keyed by name (for pure tests)."""
    leaders = tuple(
        LeaderEntry(
            key=item["name"],
            name=item["name"],
            country=item["country"],
            aliases=tuple((a["alias"], a["kind"]) for a in item.get("aliases", [])),
            offices=tuple(
                OfficeTerm(
                    o["role"], o["title"], o["country"], _day(o.get("start")), _day(o.get("end"))
                )
                for o in item.get("offices", [])
            ),
        )
        for item in data.get("leaders", [])
    )
    agreements = tuple(
        AgreementEntry(
            item["title"],
            item["title"],
            item["kind"],
            _day(item.get("signed_date")),
            tuple(item.get("aliases", [])),
            tuple(item.get("parties", [])),
        )
        for item in data.get("agreements", [])
    )
    places = tuple(
        PlaceEntry(
            item["name"],
            item.get("kind", "city"),
            item["country"],
            item.get("city") or "",
            tuple(item.get("names", [])),
            bool(item.get("country_follows")),
        )
        for item in data.get("places", [])
    )
    countries = tuple(
        CountryEntry(
            item["code"],
            item.get("capital") or "",
            tuple(item.get("names", [])),
            item.get("successor") or "",
            _day(item.get("until")),
            _day(item.get("relations_since")),
        )
        for item in data.get("countries", [])
    )
    return Directory(leaders, agreements, places, countries, focus)
