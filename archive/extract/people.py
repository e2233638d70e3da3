"""Leaders named in a text: canonical names and aliases from the directory, and titles.

Multi-word names also match without diacritics (`Truong Tan Sang`), but only where every word is
capitalised and the text carries no diacritics that contradict the name, so `Tổ làm` is never
`Tô Lâm`. A title with an unknown name after it (`Chủ tịch nước Trương Tấn Thành`) or with no name
(`Tổng thống Nga`) is kept too: the meeting's date later decides who held that office.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.ingest.normalize import fold

from .directory import Directory
from .text import PreparedText, prepare

_QUALIFIER = (
    r"(?:\s+(?:của\s+)?(?:nước\s+)?(?:cộng hòa xã hội chủ nghĩa việt nam|liên bang nga|việt nam|nga|"
    r"quốc hội liên bang nga|quốc hội nga))*"
)
# (pattern, role, country implied by the title itself); longest alternatives first.
_TITLES = (
    (r"chủ tịch hội đồng liên bang(?:\s+quốc hội)?", "upper_house_chair", "RU"),
    (r"chủ tịch duma(?:\s+quốc gia)?(?:\s+quốc hội)?", "lower_house_chair", "RU"),
    (r"chủ tịch quốc hội", "parliament_chair", "VN"),
    (r"chủ tịch nước", "head_of_state", "VN"),
    (
        r"tổng bí thư(?:\s+(?:ban chấp hành trung ương\s+)?đảng cộng sản việt nam)?",
        "party_leader",
        "VN",
    ),
    (r"tổng thống", "head_of_state", "RU"),
    (r"phó thủ tướng", "other", ""),
    (r"thủ tướng(?:\s+chính phủ)?", "head_of_government", ""),
    (
        r"(?:phó bộ trưởng|thứ trưởng)(?:\s+thường trực)?(?:\s+của)?(?:\s+bộ)?\s+ngoại giao",
        "deputy_foreign_minister",
        "",
    ),
    (r"bộ trưởng(?:\s+bộ)?\s+ngoại giao", "foreign_minister", ""),
)
# `dinh tổng thống` is a building (the presidential palace), not a person.
_TITLE = re.compile(
    r"(?<!dinh )(?<!phủ )(?<!văn phòng )(?:"
    + "|".join(
        f"(?P<t{i}>(?<!\\w)(?:{pattern}){_QUALIFIER})(?!\\w)"
        for i, (pattern, _, _) in enumerate(_TITLES)
    )
    + ")"
)
# A title followed by a third country is someone else's leader (`Chủ tịch nước Trung Quốc ...`).
_THIRD_COUNTRY = re.compile(
    r"\s+(?:của\s+)?(?:nước\s+)?(?:trung quốc|mỹ|hoa kỳ|lào|campuchia|thái lan|nhật bản|hàn quốc|"
    r"triều tiên|ấn độ|pháp|đức|anh|ukraine|u-crai-na|belarus|bê-la-rút|kazakhstan|ca-dắc-xtan|"
    r"uzbekistan|kyrgyzstan|armenia|mông cổ|indonesia|malaysia|singapore|philippines|myanmar|cuba|"
    r"venezuela|iran|thổ nhĩ kỳ|israel|ai cập|brazil|australia|úc|canada|italy|italia|tây ban nha|"
    r"ba lan|hungary|séc|serbia|bulgaria|phần lan|thụy điển|na uy|mexico|argentina|chile|nam phi)(?!\w)"
)
_CAPITALISED_NAME = re.compile(r"\s*((?:[A-ZĐ][^\W\d_]*\.?[ \t]?){2,4})")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    leader_keys: tuple = ()  # empty: a title whose holder is decided by the date
    surface: str = ""
    alias_kind: str = ""  # name, spelling, short, transliteration, machine_translation, title
    role: str = ""
    country: str = ""

    @property
    def resolved(self) -> bool:
        return len(self.leader_keys) == 1


@dataclass(frozen=True)
class _Matcher:
    folded: re.Pattern | None
    exact: re.Pattern | None
    keys_by_folded: dict
    keys_by_exact: dict


def _pattern_text(name: str) -> str:
    return " ".join(prepare(name).text.split())


def _regex(variants) -> re.Pattern | None:
    if not variants:
        return None
    parts = [
        re.escape(v).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*")
        for v in sorted(variants, key=len, reverse=True)
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


@lru_cache(maxsize=8)
def _matcher(directory: Directory) -> _Matcher:
    by_folded: dict[str, list] = {}
    by_exact: dict[str, list] = {}
    for leader in directory.leaders:
        names = [(leader.name, "name")] + list(leader.aliases)
        for name, kind in names:
            text = _pattern_text(name)
            if not text:
                continue
            if len(text.split()) > 1:
                by_folded.setdefault(fold(text), []).append((leader.key, kind, text.lower()))
            else:
                by_exact.setdefault(text, []).append((leader.key, kind, text))
    return _Matcher(_regex(by_folded), _regex(by_exact), by_folded, by_exact)


def _normal(surface: str) -> str:
    return " ".join(surface.replace(" -", "-").replace("- ", "-").split())


def _name_mentions(pt: PreparedText, directory: Directory) -> list[Mention]:
    matcher = _matcher(directory)
    found = []
    if matcher.folded:
        for match in matcher.folded.finditer(pt.folded):
            surface = pt.text[match.start() : match.end()]
            candidates = matcher.keys_by_folded.get(_normal(match.group()), [])
            words = surface.split()
            if not all(w[0].isupper() for w in words if w[0].isalpha()):
                continue
            has_marks = fold(surface) != surface.lower()
            fitting = [c for c in candidates if not has_marks or _normal(surface.lower()) == c[2]]
            if fitting:
                found.append(
                    Mention(match.start(), match.end(), _keys(fitting), surface, fitting[0][1])
                )
    if matcher.exact:
        for match in matcher.exact.finditer(pt.text):
            candidates = matcher.keys_by_exact[match.group()]
            found.append(
                Mention(
                    match.start(), match.end(), _keys(candidates), match.group(), candidates[0][1]
                )
            )
    return _longest_first(found)


def _keys(candidates) -> tuple:
    return tuple(dict.fromkeys(c[0] for c in candidates))


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and mention.start < chosen[-1].end:
            continue
        chosen.append(mention)
    return chosen


def _title_country(title_text: str, implied: str) -> str:
    if re.search(r"(?<!\w)(?:liên bang nga|nga)(?!\w)", title_text):
        return "RU"
    if "việt nam" in title_text:
        return "VN"
    return implied


def find_mentions(pt: PreparedText, directory: Directory) -> list[Mention]:
    """Leader mentions in text order, each with the title written before it when there is one."""
    names = _name_mentions(pt, directory)
    by_start = {m.start: m for m in names}
    result = {m.start: m for m in names}
    for match in _TITLE.finditer(pt.lower):
        if _THIRD_COUNTRY.match(pt.lower, match.end()):
            continue
        index = int(match.lastgroup[1:])
        _, role, implied = _TITLES[index]
        country = _title_country(match.group(), implied)
        after = _skip_to_name(pt.text, match.end())
        if after in by_start:
            named = by_start[after]
            result[after] = Mention(
                named.start,
                named.end,
                named.leader_keys,
                named.surface,
                named.alias_kind,
                role,
                country or _country_of(named, directory),
            )
            continue
        if any(m.start <= match.start() < m.end for m in names):
            continue
        unknown = _CAPITALISED_NAME.match(pt.text, match.end())
        if unknown and not any(match.end() <= m.start < unknown.end() for m in names):
            surface = unknown.group(1).strip()
            result[match.start()] = Mention(
                match.start(), unknown.end(), (), surface, "title", role, country
            )
        else:
            result[match.start()] = Mention(
                match.start(), match.end(), (), "", "title", role, country
            )
    return [result[k] for k in sorted(result)]


def _skip_to_name(text: str, position: int) -> int:
    """Where a name would start after a title: past spaces, `ông`/`bà` and a comma."""
    match = re.compile(r"[\s,]*(?:(?:ông|bà|ngài)\s+)?").match(text, position)
    return match.end()


def _country_of(mention: Mention, directory: Directory) -> str:
    countries = {directory.leader(k).country for k in mention.leader_keys}
    return countries.pop() if len(countries) == 1 else ""
