"""A date as extraction knows it: a day, a month or a year, maybe a span, with the reasons for
whatever was inferred rather than read. Meetings, merging and the records all compare these.
"""

import calendar
from dataclasses import dataclass, replace
from datetime import date

from .dates import DateMention


@dataclass(frozen=True)
class DateEstimate:
    start: date | None = None
    precision: str | None = None  # day, month, year; None when unknown
    end: date | None = None
    reasons: tuple[str, ...] = ()
    year_inferred: bool = False  # the text gives day and month; the year is the archive's guess
    # With no year found: the day and month the text gives, and the years they could be in.
    unplaced: DateMention | None = None
    possible: tuple[int, ...] = ()

    def first_day(self) -> date:
        if self.precision == "year":
            return self.start.replace(month=1, day=1)
        return self.start.replace(day=1) if self.precision == "month" else self.start

    def last_day(self) -> date:
        end = self.end or self.start
        if self.precision == "year":
            return end.replace(month=12, day=31)
        if self.precision == "month":
            return end.replace(day=calendar.monthrange(end.year, end.month)[1])
        return end

    def compatible(self, other: "DateEstimate") -> bool:
        """Could both describe the same meeting? Unknown dates are compatible with anything."""
        if self.start is None or other.start is None:
            return True
        return self.first_day() <= other.last_day() and other.first_day() <= self.last_day()

    def because(self, reason: str) -> "DateEstimate":
        return replace(self, reasons=(*self.reasons, reason))


def date_quality(estimate: DateEstimate) -> tuple:
    return (
        estimate.start is not None,
        not estimate.reasons,
        {"day": 2, "month": 1}.get(estimate.precision, 0),
        estimate.end is None,
    )


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
