"""The facts a report states, where it states them: leaders (by directory key, garbled aliases
included), dates (ISO), places, agreements and figures, read with the extraction machinery.

Leaders are read by their names (full, short, derived forms) only: a title with no known name
after it names an office, which the meeting's date decides, not a fact of the text; reading
titles too would cost more than the rest of the page."""

import re
from dataclasses import dataclass, replace

from archive.extract.agreements import find_agreements
from archive.extract.countries import country_names
from archive.extract.dates import find_dates
from archive.extract.directory import Directory
from archive.extract.known_names import name_mentions
from archive.extract.mentions import longest_first
from archive.extract.places import find_places
from archive.extract.short_names import short_mentions
from archive.extract.text import PreparedText
from archive.text import fold

SEPARATOR = "\n\n"
GARBLED = {"machine_translation", "transliteration"}  # forms a rule derives from the name
_AGREEMENT_END = re.compile(r"[,;.()]|\s(?:giữa|và|được|đã|nhằm|với)\s")
# `10 tỷ USD`, `70 năm`, `1,5%`: a figure and the unit written after it
_FIGURE = re.compile(
    r"(?<![\w/.,-])(\d+(?:[.,]\d+)*)(?:\s*(%|phần trăm|tỷ|triệu|nghìn|ngàn)"
    r"(?:\s+(USD|đô la|rúp|đồng|euro))?|\s+(USD|năm|văn kiện|thỏa thuận|người|dự án))?(?![\w/])"
)
_YEAR_BEFORE = re.compile(r"(?:năm|tháng)\s+$")


@dataclass(frozen=True)
class Fact:
    start: int
    end: int
    kind: str  # leader, date, place, agreement, figure
    value: str  # leader key, ISO date, place name, agreement key or title, figure
    label: str  # how to show the value: the leader's name, `29/6/2017`
    garbled: bool = False  # a leader named in a form a rule derives (`Zhang Jinchu`)
    surface: str = ""  # as written

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.value


def find_facts(text: str, directory: Directory, year: int | None = None) -> list[Fact]:
    """Facts of `text` (already in its search spelling, as `paragraphs` gives it) in text order,
    overlapping ones dropped; `year` dates a `29/6` that names none (the meeting's year)."""
    pt = PreparedText(text)
    found = (
        _leaders(pt, directory)
        + _dates(pt, year)
        + _places(pt, directory)
        + _agreements(pt, directory)
    )
    found += _figures(pt, found)
    chosen: list[Fact] = []
    for fact in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if not chosen or fact.start >= chosen[-1].end:
            chosen.append(replace(fact, surface=text[fact.start : fact.end]))
    return chosen


def _leaders(pt: PreparedText, directory: Directory) -> list[Fact]:
    facts = []
    countries = country_names(directory)
    rejected = {fold(name) for name in directory.rejected_names}
    found = name_mentions(pt, directory)
    for m in longest_first(found + short_mentions(pt, directory, found)):
        if fold(m.surface) in rejected:
            continue
        if m.alias_kind == "transliteration" and countries.find(PreparedText(m.surface)):
            continue  # `Nam-Nga` is two countries, not a transliterated `Namhong`
        if len(m.leader_keys) == 1 and not directory.leader(m.leader_keys[0]).provisional:
            name = directory.leader(m.leader_keys[0]).name
            garbled = m.alias_kind in GARBLED and fold(m.surface) != fold(name)
            facts.append(Fact(m.start, m.end, "leader", str(m.leader_keys[0]), name, garbled))
    return facts


def _dates(pt: PreparedText, year: int | None) -> list[Fact]:
    facts = []
    for d in find_dates(pt.lower, pt.text):
        if d.relative or d.month is None:
            continue
        y = d.year or d.end_year or year
        if d.day is None:
            value, label = (
                (f"{y:04d}-{d.month:02d}" if y else f"--{d.month:02d}"),
                f"{d.month}/{y or '?'}",
            )
        else:
            value = f"{y:04d}-{d.month:02d}-{d.day:02d}" if y else f"--{d.month:02d}-{d.day:02d}"
            label = f"{d.day}/{d.month}" + (f"/{y}" if y else "")
        facts.append(Fact(d.start, d.end, "date", value, label))
    return facts


def _places(pt: PreparedText, directory: Directory) -> list[Fact]:
    return [
        Fact(p.start, p.end, "place", name, name)
        for p in find_places(pt, directory)
        if (name := p.venue or p.city)
    ]


def _agreements(pt: PreparedText, directory: Directory) -> list[Fact]:
    facts = []
    for a in find_agreements(pt, directory):
        stop = _AGREEMENT_END.search(pt.text, a.start, a.start + 160)
        end = stop.start() if stop else min(len(pt.text), a.start + len(a.title))
        value = str(a.known_key) if a.known_key is not None else fold(a.title)
        facts.append(Fact(a.start, end, "agreement", value, a.title))
    return facts


def _figures(pt: PreparedText, taken: list[Fact]) -> list[Fact]:
    facts = []
    for m in _FIGURE.finditer(pt.text):
        if any(f.start <= m.start() < f.end for f in taken):
            continue  # a day, a month or a year of a date
        if _YEAR_BEFORE.search(pt.lower, max(0, m.start() - 6), m.start()):
            continue  # `năm 2020`: a year, not a figure
        unit = " ".join(u for u in m.groups()[1:] if u)
        number = m.group(1).replace(".", "").replace(",", ".")
        if not unit:
            continue  # `10.` numbering a paragraph, `1982`: no figure without its unit
        value = f"{number} {fold(unit)}".strip()
        facts.append(Fact(m.start(), m.end(), "figure", value, f"{m.group(1)} {unit}".strip()))
    return facts


def segments(text: str, facts: list[Fact], start: int = 0) -> list[tuple[str, Fact | None]]:
    """`text` (which begins at `start` of the text the facts were read from) cut into plain runs
    and the facts inside it, for a template to mark."""
    parts, at = [], 0
    for fact in facts:
        s, e = fact.start - start, fact.end - start
        if s < at or e > len(text):
            continue
        if s > at:
            parts.append((text[at:s], None))
        parts.append((text[s:e], fact))
        at = e
    if at < len(text):
        parts.append((text[at:], None))
    return parts
