"""What the whole text says once, read before its sentences: its calendar, the country visited, the
leaders it names, and the foreign country it is most about.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .countries import country_names
from .directory import Directory
from .places import host_country
from .report_calendar import Calendar


@dataclass(frozen=True)
class Reading:
    """What the whole text says once: its calendar, the country visited, the leaders it names."""

    cal: Calendar
    host: str
    named_keys: frozenset
    days_told: int
    filed_from: str = ""  # the country of the dateline's place
    # the foreign country the text names most, whose a stranger likely is: read when needed
    partner: Callable[[], str] = lambda: ""


def reading_of(pt, mentions, cal: Calendar, directory: Directory, filed_from: str) -> Reading:
    """`filed_from`: the country of the dateline's place, the host unless a visit says another."""
    return Reading(
        cal,
        host_country(pt, directory, strong=True) or filed_from or host_country(pt, directory),
        frozenset(k for m in mentions for k in m.leader_keys),
        len(
            {
                (d.day, d.month)
                for d in cal.dates
                if d.day and cal.is_event_date(d) and not d.is_range
            }
        ),
        filed_from=filed_from,
        partner=lru_cache(maxsize=1)(lambda: _partner_country(pt, directory)),
    )


def _partner_country(pt, directory: Directory) -> str:
    """The foreign country named most often, when one is named more than any other."""
    home = directory.focus[0] if directory.focus else "VN"
    counts = Counter(m.code for m in country_names(directory).find(pt) if m.code != home)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return ranked[0][0]
