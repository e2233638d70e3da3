"""A leader mention, the record every reading of names in a text fills in (known names, short
names, titles, newcomers) and the meeting extraction reads.
"""

from dataclasses import dataclass

# The title words that may follow a comma inside one person's offices (`Tổng Bí thư, Chủ tịch nước
# Tô Lâm`): such a comma neither ends the person nor starts another clause.
SECOND_OFFICE = r"(?:chủ tịch|tổng bí thư|thủ tướng|phó|bộ trưởng|ủy viên)\s"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    leader_keys: tuple = ()  # empty: a title whose holder is decided by the date
    surface: str = ""
    alias_kind: str = ""  # name, spelling, short, transliteration, machine_translation, title
    role: str = ""
    country: str = ""
    title: str = ""  # as written before the name, without the country
    roles: tuple = ()  # every role of the title, when it joins several (`Tổng Bí thư, Chủ tịch nước`)
    country_written: bool = False  # the country is named after the title, not implied by it


def longest_first(mentions: list[Mention]) -> list[Mention]:
    """Of mentions that overlap, the one that starts first and, of those, the longest."""
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and mention.start < chosen[-1].end:
            continue
        chosen.append(mention)
    return chosen
