"""What a report says about time, read once per report: its date mentions, the years it writes,
its dateline, and which mentions can date an event (not a signing, not a visit's span).
"""

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from .dates import DateMention
from .text import PreparedText

_SIGNING_CONTEXT = re.compile(
    r"(?:ký|ký kết|có hiệu lực|diễn ra|thành lập|năm|từ|hết hạn|bầu cử|ban hành)\s+(?:vào\s+)?(?:ngày\s+)?$"
)
VISIT_CONTEXT = re.compile(r"(?:thăm|chuyến thăm|chuyến công tác|dự|tham dự)[^.;]{0,80}$")


@dataclass(frozen=True)
class Calendar:
    """What a report says about time: its date mentions, the years it writes, its dateline."""

    pt: PreparedText
    dates: tuple[DateMention, ...]
    years: tuple[tuple[int, int], ...]  # (year, offset) of every year written in the text
    published: date | None
    visit: DateMention | None  # the dates of the visit the report is about
    now: tuple[tuple[int, str], ...] = ()  # the years anniversaries the text marks fall in
    published_reasons: tuple[str, ...] = ()  # a dateline without its year: how the year was had
    # A dateline's day and month when the text does not tell its year: `hôm nay` is that day,
    # its year as for a date written without one, from the participants' terms.
    day_month: tuple[int, int] | None = None

    @cached_property
    def _starts(self) -> list[int]:
        return [d.start for d in self.dates]  # sorted, as the mentions are

    def event_dates(self, start: int, end: int) -> list[DateMention]:
        """Mentions between start and end that can date an event (not a signing, not an
        anniversary, not the span of a visit)."""
        within = self.dates[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
        return [
            d
            for d in within
            if self.is_event_date(d)
            and not d.is_long
            and not (d.is_range and VISIT_CONTEXT.search(self.pt.lower[start : d.start]))
        ]

    def is_event_date(self, mention: DateMention) -> bool:
        before = self.pt.lower[max(0, mention.start - 25) : mention.start]
        return not _SIGNING_CONTEXT.search(before)
