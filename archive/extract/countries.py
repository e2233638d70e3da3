"""Countries named in Vietnamese text: CLDR's Vietnamese names (through Babel) and the other names
the press uses (`Mỹ`, `Liên Xô`, `Liên bang Nga`), which staff keep in the gazetteer."""

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from archive.text import names_pattern, spelling_key

from .dates import years_of_relations
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


# `của nước`, and the words of a state's full name before its short one: `Vương quốc Hà Lan`,
# `Cộng hoà Liên bang Đức`, `Cộng hòa Dân chủ Nhân dân Lào`.
_OF_A_COUNTRY = re.compile(
    r"[ \t]*(?:của\s+)?(?:nước\s+|quốc gia\s+)?(?:(?:vương quốc|cộng hòa|cộng hoà|liên bang|"
    r"hợp chúng quốc|nhà nước|đại công quốc)(?:\s+(?:liên bang|dân chủ|nhân dân|xã hội chủ nghĩa|"
    r"hồi giáo|thống nhất))*\s+)?"
)


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    code: str


def _syllable_of_a_name(text: str, match: re.Match) -> bool:
    """`Séc-nô-mư-rđin`: `Séc` (Czechia) as the first syllable of a transliterated name; not
    `Việt-Nga`, whose next word is capitalised."""
    after = text[match.end() : match.end() + 2]
    return len(after) == 2 and after[0] == "-" and after[1].islower()


@dataclass(frozen=True)
class CountryNames:
    pattern: re.Pattern
    codes: dict  # lowercase name -> code

    def at(self, pt: PreparedText, position: int) -> CountryMention | None:
        """The country named exactly at `position` (after `nước`/`của` if written)."""
        start = _OF_A_COUNTRY.match(pt.lower, position).end()
        match = self.pattern.match(pt.lower, start)
        if match and pt.text[match.start()].isupper() and not _syllable_of_a_name(pt.text, match):
            return CountryMention(
                match.start(), match.end(), self.codes[spelling_key(match.group())]
            )
        return None

    def find(self, pt: PreparedText, start: int = 0, end: int | None = None):
        end = len(pt.text) if end is None else end
        for match in self.pattern.finditer(pt.lower, start, end):
            if pt.text[match.start()].isupper() and not _syllable_of_a_name(pt.text, match):
                yield CountryMention(
                    match.start(), match.end(), self.codes[spelling_key(match.group())]
                )


@per_directory
def country_names(directory: Directory) -> CountryNames:
    codes: dict[str, str] = {}
    for code, names in _cldr().items():
        for name in names:
            codes.setdefault(spelling_key(name), code)
    for country in directory.countries:
        for name in country.names:
            codes[spelling_key(name)] = country.code  # staff's names win over CLDR's
    return CountryNames(names_pattern(codes), codes)


def relations_anniversaries(pt: PreparedText, directory: Directory) -> list[tuple[int, str]]:
    """`kỷ niệm 50 năm thiết lập quan hệ ngoại giao` in a report on India: the year it was written
    in is 50 years after the relations the gazetteer dates (1972), and the words that say so.
    The country is the one named right after the phrase, else the only partner the text names."""
    home = directory.focus[0] if directory.focus else ""
    since = {c.code: c.relations_since for c in directory.countries if c.relations_since}
    names, found, named = country_names(directory), [], None
    for count, end, words in years_of_relations(pt.lower):
        near = [c.code for c in names.find(pt, end, end + 80) if c.code != home]
        if not near and named is None:  # the whole text, read once and only when needed
            named = {c.code for c in names.find(pt)} - {home}
        partner = near[0] if near else (next(iter(named)) if len(named) == 1 else "")
        if partner in since:
            found.append((since[partner].year + count, words))
    return found
