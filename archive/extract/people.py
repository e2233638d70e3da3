"""Leaders named in a text: every mention, with the title written before it.

The names themselves are found in `known_names` and `short_names`; here titles join them. A
title with an unknown name after it (`Chủ tịch nước Trương Tấn Thành`, read in `unknown_names`)
or with no name (`Tổng thống Nga`) is kept too: the meeting's date later decides who held that
office. `same_person` then makes every mention of one person carry one name and title.
"""

import re
from bisect import bisect_right
from dataclasses import replace

from archive.text import fold

from .directory import Directory
from .known_names import name_mentions
from .mentions import Mention, longest_first
from .same_person import (
    newcomers_named_again,
    one_name_per_newcomer,
    one_person_in_brackets,
    titled_as_before,
)
from .short_names import short_mentions
from .text import PreparedText
from .titles import Title, find_titles, joined
from .unknown_names import country_of_leaders, fits_title, named_before, skip_to_name, unknown_name


def find_mentions(pt: PreparedText, directory: Directory) -> list[Mention]:
    """Leader mentions in text order, each with the title written before it when there is one.

    A title followed by a known name qualifies that mention; followed by an unknown name, it is
    a mention of that name with the title's role and country (the office holder, or a leader
    the directory does not have yet); with no name at all, a mention of the office alone.
    """
    names = name_mentions(pt, directory)
    names = longest_first(names + short_mentions(pt, directory, names))
    rejected = {fold(n) for n in directory.rejected_names}
    by_start = {m.start: m for m in names}
    result = {m.start: m for m in names if fold(m.surface) not in rejected}
    titles = find_titles(pt, directory)
    name_starts = [m.start for m in names]
    held: list[Title] = []  # titles of one person so far: `Tổng Bí thư, Chủ tịch nước Tô Lâm`
    for i, title in enumerate(titles):
        inside = bisect_right(name_starts, title.start) - 1
        if inside >= 0 and title.start < names[inside].end:
            held = []
            continue
        after = skip_to_name(pt.text, title.end)
        following = titles[i + 1] if i + 1 < len(titles) else None
        if _PLURAL.search(pt.lower, max(0, title.start - 20), title.start):
            held = []  # `hai Thủ tướng`: no one in particular, unless named (`hai Thủ tướng A và B`)
            for at in _both_named(pt, after, by_start, title, names, directory):
                if made := _titled(pt, title, at, by_start, names, directory, rejected):
                    result[made.start] = made
            continue
        if (
            following
            and _held_together(title, following)
            and (following.start <= after or _party_and_state(pt, title, following))
        ):
            held.append(title)
            continue
        title, held = joined([*held, title]), []
        if _PREDICATE.search(pt.lower, max(0, title.start - 20), title.start):
            continue  # `ông X, khi đó là Phó Thủ tướng kiêm Bộ trưởng Ngoại giao`: said of X
        if made := _titled(pt, title, after, by_start, names, directory, rejected):
            result[made.start] = made
    found = [
        result[k]
        for k in sorted(result)
        if not _THE_LATE.search(pt.lower, max(0, k - 60), k)
        and not (result[k].leader_keys and _NAMED_AFTER.search(pt.lower, max(0, k - 30), k))
    ]
    found = longest_first(found)  # a newcomer's name covers a derived one inside it
    found = one_name_per_newcomer(one_person_in_brackets(pt, found))
    found = titled_as_before(newcomers_named_again(pt, found))
    return sorted(found + _predecessors(pt, found), key=lambda m: m.start)


def _titled(pt, title: Title, after: int, by_start, names, directory, rejected) -> Mention | None:
    """The mention a title makes with the name at `after`: a known leader in that office, a
    newcomer, or the office alone."""
    if after in by_start and fits_title(by_start[after], title, directory):
        named = by_start[after]
        country = title.country or country_of_leaders(named, directory)
        return replace(
            named, role=title.role, country=country, title=title.written, roles=title.roles
        )
    surface = unknown_name(pt, after, title, names, directory)
    start = title.start if after == skip_to_name(pt.text, title.end) else after  # `và B`
    if not surface and (before := named_before(pt, title, names)):
        start, surface = before  # `ông Guido Westerwelle, Bộ trưởng Ngoại giao Đức`
        after = start
    if surface and fold(surface) in rejected:
        return None
    end = after + len(surface) if surface else title.end
    return Mention(
        start, end, (), surface, "title", title.role, title.country, title.written, title.roles,
        title.country_written,
    )  # fmt: skip


_AND = re.compile(r"\s+và\s+")


def _both_named(pt, after: int, by_start, title: Title, names, directory) -> list[int]:
    """Where the names after `hai Thủ tướng` start: `hai Thủ tướng A và B`; none when no name
    follows."""
    if after in by_start:
        first_end = by_start[after].end
    else:
        surface = unknown_name(pt, after, title, names, directory)
        if not surface:
            return []
        first_end = after + len(surface)
    second = _AND.match(pt.text, first_end)
    return [after, second.end()] if second else [after]


# `người tiền nhiệm của ông Hipkins là bà Jacinda Ardern`: the one named after `là`.
_PREDECESSOR = re.compile(
    r"(?<!\w)người\s+(?:tiền|kế)\s+nhiệm\s+của\s+[^.;:]{0,60}?\slà\s+(?:ông|bà|ngài)\s+"
    r"(?P<name>[^\W\d_][^\s,.;:()]*(?:\s+[^\W\d_][^\s,.;:()]*){1,3})"
)


def _predecessors(pt: PreparedText, mentions: list[Mention]) -> list[Mention]:
    """A predecessor or successor named by name after the one whose they are: the same office
    and country, as the directory lacks them."""
    found = []
    for match in _PREDECESSOR.finditer(pt.text):
        name = " ".join(w for w in match.group("name").split() if w[0].isupper())
        whose = next((m for m in mentions if match.start() < m.start < match.start("name")), None)
        if whose is None or len(name.split()) < 2:
            continue
        found.append(
            Mention(
                match.start("name"), match.start("name") + len(name), (), name, "title",
                whose.role, whose.country, whose.title, whose.roles, False,
            )
        )  # fmt: skip
    return found


def _party_and_state(pt: PreparedText, title: Title, following: Title) -> bool:
    """`Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam và Chủ tịch nước X`: the
    party's leader, its party written out, and the state's are one person; `Tổng Bí thư và Chủ
    tịch nước X` may be two."""
    party_written = title.end - title.start > len(title.written)
    return (
        (title.role, following.role) == ("party_leader", "head_of_state")
        and party_written
        and bool(_PARTY_AND_STATE.fullmatch(pt.lower, title.end, following.start))
    )


def _held_together(title: Title, following: Title) -> bool:
    """`Tổng Bí thư, Chủ tịch nước Tô Lâm` is one person; `Tổng thống Nga, Thủ tướng Đức`,
    `Tổng thống Nga, Tổng thống Hàn Quốc` and `Bộ trưởng Ngoại giao Đức, Thứ trưởng X` are two."""
    if title.role == following.role:
        return False
    deputy = following.role in ("deputy_minister", "deputy_foreign_minister")
    if title.country_written and not following.country_written and deputy:
        return False  # `Bộ trưởng Ngoại giao Đức, Thứ trưởng Phạm Bình Minh`: two people
    written = title.country_written and following.country_written
    return not (written and title.country != following.country)


# `cố Chủ tịch Cay-xỏn Phôm-vi-hản`: the late one, remembered, not met.
# `hội kiến cố Tổng Bí thư X` years ago: X was alive at that meeting, so X is kept.
_THE_LATE = re.compile(
    r"(?<!\w)(?<!củng )(?<!hội kiến )(?<!hội đàm với )(?<!gặp )(?<!tiếp )(?<!điện đàm với )"
    r"cố\s+(?:(?:chủ tịch|tổng bí thư|thủ tướng|tổng thống|lãnh tụ|đồng chí|"
    r"đại tướng|nhà lãnh đạo|nguyên)\s+)*$"
)
# `Đại học Tôn Đức Thắng`, `đường Lê Duẩn`: a place named after a leader, not the leader.
_NAMED_AFTER = re.compile(
    r"(?<!\w)(?:đại học|trường(?:\s+(?:đại học|thpt|thcs|tiểu học))?|học viện|đường|phố|quảng "
    r"trường|lăng|bảo tàng|nhà tưởng niệm|khu di tích|tượng đài|quỹ|giải thưởng|sân bay|"
    r"thành phố|tp\.?|huân chương|công viên|tàu|bệnh viện)\s+$"
)
_PREDICATE = re.compile(r"(?<!\w)(?:là|làm|với tư cách|trên cương vị)\s+$")
_PARTY_AND_STATE = re.compile(r"\s+và\s+")
_PLURAL = re.compile(r"\b(?:hai|ba|các|những)\s+$")
