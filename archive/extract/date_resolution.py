"""One date mention put on the calendar: a dateline anchors `hôm qua`, weekdays and days without a
year; a year missing from the mention comes from elsewhere in the text, the dateline, or the
participants' terms (inferred_years), and what was not read is said in the estimate's reasons.
"""

from dataclasses import replace
from datetime import date, timedelta

from .date_estimates import DateEstimate, safe_date
from .dates import DateMention
from .inferred_years import infer_year, possible_years
from .report_calendar import Calendar


def resolve(
    cal: Calendar, mention: DateMention, participants, told: DateEstimate | None = None
) -> DateEstimate:
    """The calendar date of a mention, with the reasons for whatever was not read; `told`: the
    day the story is at, which `hôm sau` follows."""
    if mention.next_day:
        if told and told.start and told.precision == "day" and not told.end:
            return DateEstimate(told.start + timedelta(days=1), "day", None, told.reasons)
        return DateEstimate(reasons=(f"the day is given only as {mention.relative!r}",))
    if mention.relative:
        return _relative(cal, mention, participants)
    year, reasons = _year(cal, mention, participants)
    if year is None and mention.month is not None:
        possible = possible_years(
            mention.month, mention.day, participants, mention.weekday
        ) or possible_years(mention.month, mention.day, participants)
        return DateEstimate(reasons=tuple(reasons), unplaced=mention, possible=tuple(possible))
    if year is None:
        return DateEstimate(reasons=tuple(reasons) or ("date not stated",))
    return replace(_on(year, mention, reasons), year_inferred=bool(reasons) and not mention.year)


def placed_in(estimate: DateEstimate, year: int, reason: str) -> DateEstimate:
    """An estimate that had no year, in the report's `year` (`năm ngoái`: the one before)."""
    offset = estimate.unplaced.year_offset or 0
    return replace(_on(year + offset, estimate.unplaced, [reason]), year_inferred=True)


def report_years(estimate: DateEstimate) -> set[int]:
    """The years the report may be written in, as far as this undated estimate tells."""
    offset = estimate.unplaced.year_offset or 0 if estimate.unplaced else 0
    return {year - offset for year in estimate.possible}


def _on(year: int, mention: DateMention, reasons: list[str]) -> DateEstimate:
    if mention.is_range:
        start = safe_date(year, mention.month, mention.day or 1)
        end_month = mention.end_month or mention.month
        end_year = mention.end_year or (year + 1 if end_month < mention.month else year)
        end = safe_date(end_year, end_month, mention.end_day or 1)
        return DateEstimate(start, "day", end, tuple(reasons))
    if mention.day is None:
        return DateEstimate(safe_date(year, mention.month, 1), "month", None, tuple(reasons))
    return DateEstimate(safe_date(year, mention.month, mention.day), "day", None, tuple(reasons))


def _year(cal: Calendar, mention: DateMention, participants) -> tuple[int | None, list[str]]:
    if mention.year:
        return mention.year, []
    if mention.year_offset is not None and cal.published:  # `tháng 9 năm ngoái`
        return cal.published.year + mention.year_offset, []
    year = _year_written_elsewhere(cal, mention)
    if year and not (cal.published and not 0 <= cal.published.year - year <= 1):
        return year, []
    if cal.published and mention.month:
        return _year_before(cal.published, mention)
    if year := _year_of_the_account(cal, mention):
        return year, []
    if mention.month:
        year, reason = infer_year(
            mention.month, mention.day, participants, cal, mention.start, mention.weekday
        )
        return year, [reason]
    return None, []


def _year_written_elsewhere(cal: Calendar, mention: DateMention) -> int | None:
    """The year the text gives for this day and month, or for a range that holds it."""
    for other in cal.dates:
        if other.year is None or other.is_long:
            continue
        if (other.day, other.month) == (mention.day, mention.month) and mention.day:
            return other.year
        if other.is_range and mention.day and mention.month:
            start = (other.month, other.day)
            end = (other.end_month or other.month, other.end_day)
            if start <= (mention.month, mention.day) <= end:
                return other.end_year or other.year
    return None


def _year_of_the_account(cal: Calendar, mention: DateMention) -> int | None:
    """`Sáng 11/9/2021, ... Trước đó, ngày 10/9, ...`: the year of the last full date of an
    event before it, when the day falls within a few months of it."""
    earlier = [
        d
        for d in cal.dates
        if d.start < mention.start and d.year and d.month and d.day and not d.is_long
        and cal.is_event_date(d)
    ]  # fmt: skip
    if not earlier or not mention.month:
        return None
    last = earlier[-1]
    gap = abs((last.month - mention.month) * 31 + (last.day - (mention.day or 15)))
    return last.year if gap <= 120 else None


def _year_before(published: date, mention: DateMention) -> tuple[int, list[str]]:
    """A report tells of days up to its publication: `28/12` in a report of 3 January is last
    year's. More than about ten months back, the reading is less sure and says so."""
    year = published.year
    if (mention.month, mention.day or 1) > (published.month, published.day + 7):
        year -= 1
    day = safe_date(year, mention.month, mention.day or 1) or date(year, mention.month, 1)
    if (published - day).days > 300:
        return year, [f"year {year} taken from the dateline ({published:%d/%m/%Y})"]
    return year, []


def _relative(cal: Calendar, mention: DateMention, participants) -> DateEstimate:
    said = f"the day is given only as {mention.relative!r}"
    if cal.published is None and cal.day_month and mention.offset is not None:
        day = date(2000, cal.day_month[1], cal.day_month[0]) + timedelta(days=mention.offset)
        on = DateMention(mention.start, mention.end, day.day, day.month)  # the dateline's day
        return resolve(cal, on, participants)
    if cal.published is None and cal.day_month and mention.weekday is not None:
        # `hôm thứ Sáu` in a report dated 7/9: that day, in a year it was a Friday
        on = DateMention(mention.start, mention.end, *cal.day_month, weekday=mention.weekday)
        estimate = resolve(cal, on, participants)
        if estimate.start and estimate.start.weekday() == mention.weekday:
            return estimate
    if cal.published is None:
        return _relative_without_dateline(cal, mention, participants, said)
    published, why = cal.published, cal.published_reasons
    if mention.months is not None:
        return DateEstimate(_month_start(published, mention.months), "month", None, why)
    if mention.offset is not None:
        return DateEstimate(published + timedelta(days=mention.offset), "day", None, why)
    if mention.weekday is not None:
        monday = published - timedelta(days=published.weekday())
        if mention.week < 0:
            return DateEstimate(monday - timedelta(days=7 - mention.weekday), "day", None, why)
        back = (published.weekday() - mention.weekday) % 7
        return DateEstimate(published - timedelta(days=back), "day", None, why)
    monday = published - timedelta(days=published.weekday() + 7)  # `tuần trước`
    return DateEstimate(monday, "day", monday + timedelta(days=6), (*why, said))


def _relative_without_dateline(cal, mention, participants, said: str) -> DateEstimate:
    """No dateline: `hôm qua` names no day a reader can know; at most a month or a year."""
    explicit = next(
        (d for d in cal.dates if d.year and d.month and not d.relative and cal.is_event_date(d)),
        None,
    )
    if explicit:
        return DateEstimate(
            _month_start(date(explicit.year, explicit.month, 1), mention.months or 0), "month", None,
            (f"{said}; month taken from the date {explicit.day or ''}/{explicit.month}/"
             f"{explicit.year} in the text",),
        )  # fmt: skip
    year, reason = infer_year(1, 1, participants, cal, mention.start)
    if year is None:
        return DateEstimate(reasons=(said, reason))
    return DateEstimate(date(year, 1, 1), "year", None, (said, reason))


def _month_start(day: date, months: int) -> date:
    """The first day of the month `months` after that of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
