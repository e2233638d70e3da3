"""Cities and venues named in the text, read through the gazetteer (every spelling staff keep for
a place), and the country a visit goes to."""

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from archive.text import fold, has_diacritics, names_pattern, spelling_key

from .countries import country_names
from .directory import Directory, PlaceEntry, per_directory
from .text import PreparedText, prepare

# `tại tỉnh Moscow`, `khu công nghiệp ở Moscow`: a province or an aside, not where leaders met.
_NOT_A_MEETING_PLACE = re.compile(
    r"(?:tỉnh|vùng|khu vực|khu công nghiệp[^.,;]*|giờ|đại học|trường|nhà máy)\s+$"
)
# `thành lập Trường Đại học Việt - Anh tại Đà Nẵng`, `nhà máy lắp ráp ô tô ở Kaliningrad`: where an
# institution is, not where the leaders are.
_INSTITUTION_AT = re.compile(
    r"(?<!\w)(?:trường|đại học|nhà máy|bệnh viện|viện nghiên cứu|dự án|văn phòng|chi nhánh|công ty|"
    r"tập đoàn|liên doanh)(?:\s+[^\s.,;:()]+){0,7}?\s+(?:tại|ở)\s+$"
)
_INTRODUCED = re.compile(
    r"(?:tại|ở|thủ đô|thành phố|tp\.?|đến|tới|sang|về|trong)\s+(?:chính\s+)?"
    r"(?:thủ đô\s+|thành phố\s+)?$"
)
# `ở thủ đô Moskva`, `tại Trụ sở Chính phủ Nga ở Mát-xcơ-va`: the city of a venue, written after it,
# `ở trung tâm hành chính Pu-tra-gia-ya`: with a few lowercase words saying what kind of city.
_CITY_AFTER_VENUE = re.compile(
    r"\s*(?:,\s*)?(?:ở|tại)\s+(?:thủ đô\s+|thành phố\s+|(?:(?:trung tâm|thủ phủ|hành chính|"
    r"khu|nghỉ dưỡng|cảng|thành phố)\s+){1,3})?"
)


_AT_WORD = re.compile(r"(?<!\w)(?:tại|ở)\s+")


def _after_a_place_noun(pt: PreparedText, position: int) -> bool:
    """`tại khu nghỉ dưỡng Burabay`, `ở thành phố cảng Vla-đi-vô-xtốc`: a place introduced by
    `tại`/`ở` and a few lowercase words that say what kind of place it is."""
    window = pt.text[max(0, position - 40) : position]
    at = list(_AT_WORD.finditer(window.lower()))
    if not at:
        return False
    words = window[at[-1].end() :].split()
    return 0 < len(words) <= 3 and all(w[0].islower() and w.isalpha() for w in words)


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    venue: str = ""
    city: str = ""
    country: str = ""
    introduced: bool = False  # `tại X`, `ở X`: written as a place where something happens


@dataclass(frozen=True)
class _Gazetteer:
    pattern: re.Pattern | None
    places: dict  # folded spelling -> [(PlaceEntry, canonical spelling)]


@per_directory
def _gazetteer(directory: Directory) -> _Gazetteer:
    places: dict[str, list] = {}
    for entry in directory.places:
        for name in dict.fromkeys((entry.name, *entry.names)):
            spelling = spelling_key(name)
            if spelling:
                places.setdefault(fold(spelling), []).append((entry, spelling))
    return _Gazetteer(names_pattern(places), places)


def is_place_name(directory: Directory, words: str) -> bool:
    """`Hà Nội`, `Mát-xcơ-va`: words that spell a place the gazetteer has, marks and all."""
    written = spelling_key(words)
    candidates = _gazetteer(directory).places.get(fold(written), [])
    return any(written == spelling for _, spelling in candidates)


def _entry_for(
    gazetteer: _Gazetteer, pt: PreparedText, match: re.Match, host: str = ""
) -> PlaceEntry | None:
    """The place spelled here. Folded matching finds `Ha Noi`; a spelling with marks must be
    exactly one of the place's (`Huệ` is not `Huế`), and a name starts with a capital (a venue
    of several words, or a city's spelling after a word of kind, may not). A name several
    places share (`Dinh Tổng thống`, the seat of each head of state) is the host country's."""
    surface = pt.text[match.start() : match.end()]
    candidates = gazetteer.places.get(fold(spelling_key(surface)), [])
    has_marks = has_diacritics(surface)
    written = spelling_key(surface)
    fitting = [
        (written != spelling, e.country != host, e.country != "", e)
        for e, spelling in candidates
        if (not has_marks or written == spelling)
        and (surface[0].isupper() or " " in spelling and (e.kind == "venue" or _named(surface)))
    ]
    # `Nha Trang` is the city, not `Nhà Trắng` without its marks: an exact spelling first.
    return min(fitting, key=lambda f: f[:3])[3] if fitting else None


def _named(surface: str) -> bool:
    """`thủ đô Hà Nội`, `thành phố Hồ Chí Minh`: a lowercase word of kind before a name."""
    words = [w for w in surface.split() if w[0].isalpha()]
    first = next((i for i, w in enumerate(words) if w[0].isupper()), None)
    return first is not None and all(w[0].isupper() for w in words[first:])


def find_places(
    pt: PreparedText, directory: Directory, start: int = 0, end=None, host: str = "",
    filed_from: str = "",
) -> list[Place]:  # fmt: skip
    """Venues and cities between start and end, in text order. A venue the gazetteer gives no
    country (`Dinh Tổng thống`) is the host country's, in its capital; a generic one
    (`Tòa nhà Quốc hội`) is in the country a visit told so far goes to, else the dateline's
    (`filed_from`: `Ca-nbe-ra, 7/3/2024`)."""
    gazetteer = _gazetteer(directory)
    end = len(pt.text) if end is None else end
    if gazetteer.pattern is None:
        return []
    found: list[Place] = []
    # the country a visit told so far goes to: `Phủ Thủ tướng` on a visit to Singapore
    visited = lru_cache(maxsize=1)(
        lambda: host_country(pt, directory, 0, end, strong=True, latest=True) or filed_from
    )
    for match in gazetteer.pattern.finditer(pt.folded, start, end):
        entry = _entry_for(gazetteer, pt, match, host)
        before = pt.lower[max(0, match.start() - 40) : match.start()]
        if entry is None or _NOT_A_MEETING_PLACE.search(before):
            continue
        if _INSTITUTION_AT.search(pt.lower, max(0, match.start() - 70), match.start()):
            continue
        introduced = bool(_INTRODUCED.search(before[-25:])) or _after_a_place_noun(
            pt, match.start()
        )
        found.append(_place(entry, pt, match, directory, gazetteer, introduced, host, visited))
    return found


def _place(entry, pt, match, directory, gazetteer, introduced: bool, host: str, visited) -> Place:
    """`visited()`: the country a visit told up to this sentence goes to, if any."""
    if entry.kind != "venue":
        return Place(match.start(), match.end(), "", entry.name, entry.country, introduced)
    city, country = entry.city, entry.country
    if not country:
        city, country = directory.capital(host), host
    if entry.country_follows:  # `Trụ sở Chính phủ Nga`; `Phủ Thủ tướng` on a visit to Singapore
        named = country_names(directory).at(pt, match.end())
        elsewhere = named.code if named else visited()
        if elsewhere and elsewhere != entry.country and directory.capital(elsewhere):
            city, country = directory.capital(elsewhere), elsewhere
    after = _CITY_AFTER_VENUE.match(pt.lower, match.end())
    if after and gazetteer.pattern:
        city_match = gazetteer.pattern.match(pt.folded, after.end())
        written = _entry_for(gazetteer, pt, city_match) if city_match else None
        if written and written.kind == "city":
            city, country = written.name, written.country
    return Place(match.start(), match.end(), entry.name, city, country, True)


def meeting_place(places: list[Place]) -> Place | None:
    """The likeliest place of an event among those its sentence names: a venue written as a place
    (`tại Phủ Chủ tịch`), then a city so written (`tại X`), then a venue named otherwise
    (`hoạt động của liên doanh Vietsovpetro` is no place of talks said to be in Hanoi)."""
    ranked = sorted(
        places, key=lambda p: (not (p.venue and p.introduced), not p.introduced, p.start)
    )
    best = next((p for p in ranked if p.venue or p.introduced), None)
    if best and best.venue and not best.city:  # `tại Phủ Tổng thống ... tại New Delhi`
        city = next((p for p in ranked if p.city and p.introduced and not p.venue), None)
        if city and (not best.country or best.country == city.country):
            return replace(best, city=city.city, country=city.country)
    return best


_VISIT = re.compile(
    r"(?:thăm(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|làm việc))?|đến|sang|tới|có mặt tại|"
    r"thăm và làm việc tại)\s+$"
)
_AT = re.compile(r"(?:tại|ở)\s+$")
# `mời ông Morrison sớm thăm Việt Nam`, `sẽ thăm Nga`: a visit invited or planned, not this one.
_NOT_YET = re.compile(r"(?<!\w)(?:mời|sớm|sẽ|dự kiến)(?!\w)[^.;:]{0,40}$")
# `chuyến thăm chính thức Liên bang Nga của Thủ tướng hồi tháng 5 vừa qua`: a visit told as past.
_PAST_VISIT = re.compile(
    r"[^.;:]{0,60}?(?<!\w)(?:hồi|năm ngoái|năm trước|trước đây|lần trước)(?!\w)"
)


def dateline_country(dateline: str, directory: Directory) -> str:
    """`Hà Nội, ngày 23/6/2021`, `HÀ NỘI 10-2-1993`: the country the report is filed from."""
    found = find_places(prepare(dateline), directory) if dateline else []
    return next((p.country for p in found if p.city), "")


def host_country(
    pt: PreparedText, directory: Directory, start: int = 0, end=None, strong: bool = False,
    latest: bool = False,
) -> str:  # fmt: skip
    """The country being visited: `thăm Việt Nam`, `thăm chính thức Liên bang Nga`, or (unless
    `strong`) `tại Nga`. `latest`: the last visit told (`Rời Ba Lan, … thăm chính thức Séc`)."""
    end = len(pt.text) if end is None else end
    weak = past = visit = ""
    for mention in country_names(directory).find(pt, start, end):
        before = pt.lower[max(0, mention.start - 30) : mention.start]
        if _VISIT.search(before):
            if _NOT_YET.search(pt.lower, max(0, mention.start - 60), mention.start):
                continue
            if not _PAST_VISIT.match(pt.lower, mention.end):
                visit = mention.code
                if not latest:
                    return visit
            past = past or mention.code
        if visit:
            continue
        if not weak and not strong and _AT.search(before):
            weak = mention.code
    return visit or ("" if strong else weak or past)
