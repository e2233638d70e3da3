"""When the events of a report happened, read the way a Vietnamese reader reads dates.

A dateline anchors `hôm qua`, `sáng nay`, weekdays and dates written without a year; a date
without a year also takes the year that the text gives it elsewhere (the same day, or a visit
that holds it). What is not read but inferred (a year from the participants' terms of office, a
day borrowed from the visit) carries its reason, which sends the meeting to review.

This module makes a report's calendar and dates each event from its sentence or from the day
the narrative is at; one mention is put on the calendar in `date_resolution`, and a missing year
is inferred in `inferred_years`.
"""

import re
from dataclasses import replace
from datetime import date

from .date_estimates import DateEstimate
from .date_resolution import resolve
from .dates import DateMention, years_of_anniversaries
from .mentions import SECOND_OFFICE
from .report_calendar import VISIT_CONTEXT, Calendar
from .text import PreparedText


def calendar_of(
    pt: PreparedText, dates, years, published: date | None, day_month=None, marked=()
) -> Calendar:
    """`marked`: (year, words) of anniversaries the caller has dated (`relations_anniversaries`)."""
    visits = [
        d
        for d in dates
        if d.is_range
        and not d.is_long
        and VISIT_CONTEXT.search(pt.lower[max(0, d.start - 120) : d.start])
    ]
    visit = max(visits, key=lambda d: d.year is not None, default=None)
    now = tuple(
        (y, words)
        for y, words in (*years_of_anniversaries(pt.lower), *marked)
        if y <= date.today().year
    )
    cal = Calendar(pt, tuple(dates), tuple(years), published, visit, now)
    if day_month:  # `Mát-xcơ-va, 3-11 (TTXVN)`: the year as for any date written without one
        when = resolve(cal, DateMention(0, 0, *day_month), [])
        if when.start and not when.year_inferred:
            cal = replace(cal, published=when.start, published_reasons=when.reasons)
        else:
            cal = replace(cal, day_month=day_month)
    return cal


# ---- the date of an event in the narrative ------------------------------------------------------

# `Chiều cùng ngày`, `Sau đó`, `Sau hội đàm`: the sentence goes on with the day just told.
CONTINUES = re.compile(
    r"^\W*(?:(?:sáng|trưa|chiều|tối|đêm|buổi sáng|buổi chiều|buổi tối|cũng trong|ngay trong|"
    r"cũng|trong|ngay|và|rồi)\s+)*(?:cùng ngày|trong ngày|ngày hôm đó|hôm đó|ngay sau đó|sau đó|tiếp đó|"
    r"tiếp theo|trước đó|sau (?:cuộc\s+|khi\s+)?(?:hội đàm|hội kiến|lễ đón|lễ ký|đón|gặp|buổi)|"
    r"tại đây|cũng tại|nhân dịp này|dịp này|buổi (?:sáng|chiều|tối))"
)
DURING_VISIT = re.compile(
    r"^\W*(?:trong|nhân|trong khuôn khổ)\s+(?:dịp\s+|thời gian\s+)?(?:chuyến|đợt)"
)


# `Như đã đưa tin, trong những ngày ở Mát-xcơ-va, ...`: days before the one the story is at.
_DAYS_BEFORE = re.compile(
    r"\W*(?:như đã (?:đưa tin|thông tin|đưa)|trong (?:những|mấy|các) ngày (?:ở|tại|qua))(?!\w)"
)


# `X, người đến Hà Nội ngày 30/4, ...`: the day of the guest's arrival, not of the meeting.
_ARRIVED = re.compile(r"(?<!\w)người\s+(?:đã\s+)?(?:đến|tới|sang|về)(?!\w)[^,.;]*$")


def event_date(
    cal: Calendar, sentence: tuple[int, int], verb_at: int, participants, told: DateEstimate | None,
    days_told: int, day: DateEstimate | None = None,
) -> DateEstimate:  # fmt: skip
    """The date of an event reported in `sentence`: its own date, else the one that governs it
    (`told`: the day the narrative is at; `day`: when that is a visit's span, the day told just
    before it, which `Cùng ngày` still means)."""
    own = cal.event_dates(*sentence)
    if own:  # a day the sentence gives before the span of the visit it also gives
        own = [d for d in own if not d.is_range] or own
        own = [
            d for d in own if not _ARRIVED.search(cal.pt.lower, max(0, d.start - 60), d.start)
        ] or own
        days = {d.month for d in own if d.day}  # `hồi tháng 6, khi ... hội đàm ... ngày 20/6/2024`
        if days:  # `Hơn một tháng trước, … chiều 20/6`: the day told, not the month counted
            own = [d for d in own if d.day or d.months is None]
        months = {d.month: d for d in own if not d.day and d.month in days}
        own = [_year_of_month(d, months.get(d.month)) for d in own if d.day or d.month not in days]
        return resolve(cal, _nearest(cal.pt.lower, own, verb_at), participants, told)
    opening = cal.pt.lower[sentence[0] : sentence[1]]
    if told and told.start and _DAYS_BEFORE.match(opening):  # `Như đã đưa tin, trong những ngày`
        return DateEstimate(told.start.replace(day=1), "month").because(
            f"the day is not stated; in the days before the account's ({_shown(told)})"
        )
    if told and told.start and not DURING_VISIT.match(opening):
        if told.end and day and CONTINUES.match(opening):
            return day
        if told.end:
            return told.because(
                f"the day is not stated; the visit's dates ({_shown(told)}) are used"
            )
        if CONTINUES.match(opening) or (days_told == 1 and cal.visit is None):
            return told
        return told.because(
            f"the day is not stated; that of the account before it ({_shown(told)})"
        )
    if cal.visit:
        visit = resolve(cal, cal.visit, participants)
        if visit.start:
            return visit.because(
                f"the day is not stated; the visit's dates ({_shown(visit)}) are used"
            )
    if cal.published:
        return DateEstimate(cal.published, "day").because(
            f"the day is not stated; the dateline's ({cal.published:%d/%m/%Y}) is used"
        )
    if cal.day_month:  # `Tân Hoa Xã Hà Nội ngày 13 tháng 10 điện`: that day, in a year that fits
        day, month = cal.day_month
        return resolve(cal, DateMention(sentence[0], sentence[0], day, month), participants)
    fallback = next((d for d in cal.dates if cal.is_event_date(d) and not d.is_range), None)
    if fallback:
        estimate = resolve(cal, fallback, participants)
        if fallback.relative or estimate.reasons:
            return estimate
        return estimate.because("date taken from elsewhere in the text")
    return DateEstimate(reasons=("the text gives no date for this meeting",))


_TIME_OF = re.compile(r"(?<!\w)(?:hồi|vào)\s+(?:\w+\s+)?$")  # `hồi tháng 8`, `vào chiều 20/6`
# `…, trước khi thăm Nga vào tháng 9`, `…, người vừa trở lại … hồi tháng trước`: another clause;
# not the comma between two offices of one person (`Tổng Bí thư, Chủ tịch nước Tô Lâm`).
_ANOTHER_CLAUSE = re.compile(
    rf"[;:]|,(?!\s*{SECOND_OFFICE})|"
    r"(?<!\w)(?:người|khi|sau khi|trước khi|để)(?!\w)"
)


def _nearest(lower: str, own: list[DateMention], verb_at: int) -> DateMention:
    """The date nearest the verb; but `tháng 6 năm ngoái, cuộc điện đàm giữa A và B hồi tháng 8`:
    a date told after the event with `hồi` is its time, and the one before the comma another's."""
    after = any(
        d.start > verb_at
        and _TIME_OF.search(lower, max(0, d.start - 20), d.start)
        and not _ANOTHER_CLAUSE.search(lower, verb_at, d.start)
        for d in own
    )

    def apart(d: DateMention) -> tuple:
        other_clause = after and d.end <= verb_at and "," in lower[d.end : verb_at]
        return other_clause, abs(d.start - verb_at)

    return min(own, key=apart)


def _year_of_month(day: DateMention, month: DateMention | None) -> DateMention:
    """`hồi tháng 7 năm ngoái, khi … chiều 20/7`: the day is in the year its month was told in."""
    if month is None or day.year is not None or day.relative:
        return day
    if month.year is None and month.year_offset is None:
        return day
    return replace(day, year=month.year, year_offset=month.year_offset)


def _shown(estimate: DateEstimate) -> str:
    shown = f"{estimate.start:%d/%m/%Y}"
    return f"{shown}–{estimate.end:%d/%m/%Y}" if estimate.end else shown
