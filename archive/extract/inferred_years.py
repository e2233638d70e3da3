"""A year for a day and month the text gives without one, inferred from the participants' terms of
office and the years the text writes; every inference says why, so the meeting goes to review.
"""

import calendar
import re
from datetime import date

from .date_estimates import safe_date
from .directory import LeaderEntry
from .report_calendar import Calendar


def _allowed_period(participants: list[LeaderEntry]) -> tuple[date, date]:
    """The days on which every participant held one of their offices."""
    low, high = date(1945, 1, 1), date(2100, 1, 1)
    for leader in participants:
        terms = [(o.start or date(1900, 1, 1), o.end or date(2100, 1, 1)) for o in leader.offices]
        if terms:
            low = max(low, min(t[0] for t in terms))
            high = min(high, max(t[1] for t in terms))
    return low, high


def in_office(participants: list[LeaderEntry], day: date) -> bool:
    return all(not p.offices or any(o.held_on(day) for o in p.offices) for p in participants)


_AHEAD = re.compile(
    r"(?<!\w)(?:sẽ|dự kiến|tiếp theo|sắp tới|đến năm|tới năm|năm tới|giai đoạn|kế hoạch|mục tiêu)"
    r"(?!\w)[^.;]*$"
)
# `Năm 2018 hai nước sẽ kỷ niệm ...`: the year's own clause puts it ahead.
_AHEAD_AFTER = re.compile(r"[^.;,]{0,40}?(?<!\w)(?:sẽ|dự kiến|sắp)(?!\w)")


def _told_ahead(lower: str, at: int) -> bool:
    return bool(_AHEAD.search(lower, max(0, at - 60), at) or _AHEAD_AFTER.match(lower, at + 4))


def possible_years(month: int, day: int | None, participants, weekday=None) -> list[int]:
    """The years up to the next in which the participants held their offices on that day (and,
    given a weekday, in which the day falls on it)."""
    low, high = _allowed_period(participants)
    if not any(p.offices for p in participants):
        low = max(low, date(1975, 1, 1))
    years, today = [], date.today()
    for year in range(low.year, min(high.year, today.year) + 1):
        if day is None:  # a month: any day of it
            last = calendar.monthrange(year, month)[1]
            days = [date(year, month, d) for d in range(1, last + 1)]
        else:
            days = [d for d in [safe_date(year, month, day)] if d]
        days = [d for d in days if d <= today]  # a meeting told as held is not to come
        if any(in_office(participants, d) for d in days) and (
            weekday is None or day is None or days[0].weekday() == weekday
        ):
            years.append(year)
    return years


def infer_year(
    month: int, day: int | None, participants, cal: Calendar, near: int, weekday=None
):  # fmt: skip
    """A year for a day and month the text gives without one, and the reason it was chosen:
    where the text gives the weekday too (`thứ Ba ngày 20 tháng 11`), a year it falls on."""
    possible = possible_years(month, day, participants)
    if not possible:
        return None, "the participants' terms of office leave no possible year"
    if weekday is not None and day:
        on_weekday = possible_years(month, day, participants, weekday)
        if len(on_weekday) == 1:
            return on_weekday[0], (
                f"year {on_weekday[0]} inferred: the only year in the participants' terms of "
                "office in which that day falls on the weekday the text gives"
            )
        possible = on_weekday or possible
    marked = [(y, words) for y, words in cal.now if y in possible]
    if marked:
        year, words = marked[0]
        return year, f"year {year} inferred from the anniversary the text marks ({words!r})"
    told = [(y, at, _told_ahead(cal.pt.lower, at)) for y, at in cal.years]
    # not a year still to come (`kỳ họp tiếp theo tại Nga vào năm 2024`)
    fitting = [(y, at) for y, at, ahead in told if y in possible and not ahead]
    past = {y for y, _, ahead in told if not ahead}
    ahead = {y for y, _, ahead in told if ahead and y not in past}
    if fitting:
        # A report tells of what happened by the time it was written: its latest year.
        year = max(y for y, _ in fitting)
        recalled = _recalled_after(cal, year, month, day, near)
        if recalled and year + 1 in possible:  # `sáng 28/10 ... Tháng 12/2023, ... đã gặp`
            return year + 1, (
                f"year {year + 1} inferred: the text tells of {recalled} later, as past"
            )
        others = sorted({y for y, _ in fitting} - {year})
        why = (
            "the latest year the text mentions among those that fit the participants' terms of "
            f"office (also possible: {', '.join(map(str, others))})"
            if others
            else "the only year the text mentions that fits the participants' terms of office"
        )
        return year, f"year {year} inferred: {why}"
    if len(possible) == 1:
        return possible[0], f"year {possible[0]} inferred from the participants' terms of office"
    coming = min((y for y in ahead if y > possible[0]), default=None)
    if coming:  # no year the text tells as past fits: the report is before the one to come
        year = max(y for y in possible if y < coming)
        return year, (
            f"year {year} inferred: the latest in the participants' terms before {coming}, "
            "which the text tells as still to come"
        )
    if cal.years:
        year = min(possible, key=lambda y: min(abs(y - m) for m, _ in cal.years))
        return (
            year,
            f"year {year} inferred: the year closest to those the text mentions within the "
            f"participants' terms ({possible[0]}–{possible[-1]})",
        )
    return None, f"year not stated (possible: {possible[0]}–{possible[-1]})"


def _recalled_after(cal: Calendar, year: int, month: int, day: int | None, near: int) -> str:
    """A date of `year` later in the year than this one, told further on in the text and not as
    still to come: the story it opens with comes after it, so not in that year."""
    for other in cal.dates:
        later = (other.month or 0, other.day or 1) > (month, day or 1)
        after = other.year == year and other.start > near and later and not other.is_range
        if after and not _told_ahead(cal.pt.lower, other.start):
            return f"{other.month}/{year}"
    return ""
