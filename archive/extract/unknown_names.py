"""Names read where a title leads to them: where a name starts after a title, whether the one
found there fits the title, and the name of someone the directory does not have yet.
"""

import re

from .directory import Directory
from .mentions import Mention
from .places import is_place_name
from .text import PreparedText
from .titles import Title

# A word of a name: capitalised, maybe hyphenated or an initial (`V.`, `A.Borodavkin`).
NAME_WORD = re.compile(r"[ \t]?([^\W\d_]+(?:-[^\W\d_]+)*\.?)")
# `Lula da Silva`, `Ursula von der Leyen`, `Mohamed bin Salman`: lowercase inside a name.
NAME_PARTICLES = frozenset(["da", "de", "do", "dos", "das", "van", "von", "der", "den", "di",
                             "du", "bin", "binti", "al", "el", "y"])  # fmt: skip
_NEXT_WORD = re.compile(r"\s+(?:(?:von|der|de|van|la|le)\s+)?(\w)")
# Words that start a clause, not a name, when capitalised after a title; last, the first words
# of titles (`Thủ tướng, Tổng Thư ký Đảng ... Lawrence Wong`).
NOT_NAME_WORDS = frozenset([
    "hai", "ông", "bà", "ngài", "theo", "trong", "sau", "tại", "khi", "các", "những", "nhân", "về",
    "với", "và", "cùng", "đã", "sẽ", "đang", "cho", "việt", "nga", "chính", "phủ", "quốc", "hội",
    "nhà", "đảng", "bộ", "ban", "thường", "vụ", "đoàn",
    "tổng", "phó", "thủ", "chủ", "thứ",
])  # fmt: skip


def fits_title(named: Mention, title: Title, directory: Directory) -> bool:
    """A name read by rule (a transliteration, a pinyin rendering) after `Tổng thống Hoa Kỳ` is
    no leader of another country: `Gioóc-giơ` is not a Korean minister."""
    derived = named.alias_kind in ("transliteration", "machine_translation")
    written = title.country_written and title.country
    return not (
        derived and written and country_of_leaders(named, directory) not in ("", title.country)
    )


def unknown_name(
    pt: PreparedText, at: int, title: Title, names: list[Mention], directory: Directory
) -> str:
    """The name written at `at` after a title (two to five capitalised words; one foreign surname
    after a title with its country), when it is no one the directory knows (a name read by rule
    that is of another country's leader is not: `Tổng thống Singapore Ha-li-ma Da-cốp`)."""
    words, position, particles = [], at, 0
    while len(words) - particles < 5 and (match := NAME_WORD.match(pt.text, position)):
        word = match.group(1)
        after = _NEXT_WORD.match(pt.text, match.end())
        particle = word in NAME_PARTICLES and words and after and after.group(1).isupper()
        if not (word[0].isupper() or particle) or word.rstrip(".").lower() in NOT_NAME_WORDS:
            break
        inside = [m for m in names if position <= m.start < match.end()]
        if any(fits_title(m, title, directory) for m in inside):
            return ""  # a known leader follows: `Thủ tướng Lào Sonexay Siphandone và ...`
        words.append(word)
        particles += word.lower() in NAME_PARTICLES
        position = match.end()
        if word.endswith(".") and len(word) > 2:
            break  # a full stop after a word ends the sentence
    surface = " ".join(words).rstrip(".")
    if is_place_name(directory, surface):
        return ""  # `Chủ tịch Quốc hội Cuba` and then `Hà Nội`, where the next line starts
    if len(words) >= 2:
        return surface
    foreign = title.country not in ("", "VN") and len(surface) >= 4 and surface.isascii()
    return surface if len(words) == 1 and foreign else ""


# `ông`, `bà`; Myanmar's honorifics `U`, `Daw` (`Tổng thống Myanmar U Win Myint`).
# `Thủ tướng khi đó là Prayut`, `Tổng thống nước chủ nhà Lula`, `Tổng thống Các Tiểu vương quốc
# Ả-rập Thống nhất (UAE) Sheikh Mohamed`: words between title and name.
_BEFORE_NAME = re.compile(
    r"[\s,]*(?:\([A-ZĐ]{2,6}\)\s*)?(?:kiêm\s+)?(?:(?:khi đó|lúc đó|khi ấy|lúc ấy|hồi đó|đương nhiệm)(?:\s+là)?\s+|"
    r"(?:của\s+)?nước\s+chủ\s+nhà\s+)?(?:(?:ông|bà|ngài|đồng chí|U|Daw|Sheikh|Thái tử|"
    r"Hoàng tử)\s+(?=\w))?"
)


# `ông Guido Westerwelle, Bộ trưởng Ngoại giao Đức`: a name told first, its title after a comma.
_NAME_THEN_TITLE = re.compile(
    r"(?<!\w)(?:ông|bà|ngài)\s+([^\W\d_][^\s,.;:()]*(?:\s+[^\W\d_][^\s,.;:()]*){1,4})\s*,\s*$",
    re.IGNORECASE,
)


def named_before(pt: PreparedText, title: Title, names: list[Mention]) -> tuple[int, str] | None:
    """(start, name) of someone the directory lacks named just before the title and a comma."""
    match = _NAME_THEN_TITLE.search(pt.text, max(0, title.start - 80), title.start)
    if not match:
        return None
    name = match.group(1)
    capitalised = all(w[0].isupper() or w in NAME_PARTICLES for w in name.split())
    known = any(match.start(1) <= m.start < match.end(1) for m in names)
    return None if known or not capitalised else (match.start(1), name)


def skip_to_name(text: str, position: int) -> int:
    """Where a name (or the next title one person holds) would start after a title: past spaces,
    a comma, `kiêm` and `ông`/`bà`."""
    match = _BEFORE_NAME.match(text, position)
    return match.end()


def country_of_leaders(mention: Mention, directory: Directory) -> str:
    countries = {directory.leader(k).country for k in mention.leader_keys}
    return countries.pop() if len(countries) == 1 else ""
