"""Countries named in Vietnamese text: CLDR's Vietnamese names (through Babel) and the other names
the press uses (`Mỹ`, `Liên Xô`, `Liên bang Nga`), which staff keep in the gazetteer."""

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from archive.ingest.normalize import canonical

from .directory import Directory, per_directory
from .text import PreparedText

# CLDR territories that are not countries a leader can represent.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


@lru_cache(maxsize=1)
def _cldr() -> dict[str, tuple[str, ...]]:
    """code -> CLDR's Vietnamese names: `Myanmar (Miến Điện)` gives both forms."""
    names = {}
    for code, name in Locale("vi").territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
            continue
        inner = re.findall(r"\(([^)]+)\)", name)
        outer = re.sub(r"\s*\([^)]*\)", "", name)
        if "," not in outer:  # `Đặc khu Hành chính Hồng Kông, Trung Quốc` is no one's country
            names[code] = (outer, *inner)
    return names


def country_name(code: str) -> str:
    """The Vietnamese name shown for a country code (`SU` and others CLDR lacks: the code)."""
    return _cldr().get(code, (code,))[0]


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    code: str


@dataclass(frozen=True)
class CountryNames:
    pattern: re.Pattern
    codes: dict  # lowercase name -> code

    def at(self, pt: PreparedText, position: int) -> CountryMention | None:
        """The country named exactly at `position` (after `nước`/`của` if written)."""
        lead = re.compile(r"[ \t]*(?:của\s+)?(?:nước\s+|quốc gia\s+)?").match(pt.lower, position)
        start = lead.end() if lead else position
        match = self.pattern.match(pt.lower, start)
        if match and pt.text[match.start()].isupper():
            return CountryMention(match.start(), match.end(), self.codes[_key(match.group())])
        return None

    def find(self, pt: PreparedText, start: int = 0, end: int | None = None):
        end = len(pt.text) if end is None else end
        for match in self.pattern.finditer(pt.lower, start, end):
            if pt.text[match.start()].isupper():
                yield CountryMention(match.start(), match.end(), self.codes[_key(match.group())])


def _key(name: str) -> str:
    return " ".join(canonical(name).replace(" -", "-").replace("- ", "-").split())


@per_directory
def country_names(directory: Directory) -> CountryNames:
    codes: dict[str, str] = {}
    for code, names in _cldr().items():
        for name in names:
            codes.setdefault(_key(name), code)
    for country in directory.countries:
        for name in country.names:
            codes[_key(name)] = country.code  # staff's names win over CLDR's
    parts = [
        re.escape(name).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*")
        for name in sorted(codes, key=len, reverse=True)
    ]
    return CountryNames(re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"), codes)
