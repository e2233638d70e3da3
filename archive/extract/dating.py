"""When the events of a report happened, read the way a Vietnamese reader reads dates.

A dateline anchors `hôm qua`, `sáng nay`, weekdays and dates written without a year; a date
without a year also takes the year that the text gives it elsewhere (the same day, or a visit
that holds it). What is not read but inferred (a year from the participants' terms of office, a
day borrowed from the visit) carries its reason, which sends the meeting to review.
"""

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from .dates import DateMention, years_of_anniversaries
from .directory import LeaderEntry
from .text import PreparedText


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


# ---- one mention on the calendar ----------------------------------------------------------------


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


# ---- a year from the participants' terms --------------------------------------------------------


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


def _month_start(day: date, months: int) -> date:
    """The first day of the month `months` after that of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


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
        own = [d for d in own if d.day or d.month not in days]
        return resolve(cal, min(own, key=lambda d: abs(d.start - verb_at)), participants, told)
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


def _shown(estimate: DateEstimate) -> str:
    shown = f"{estimate.start:%d/%m/%Y}"
    return f"{shown}–{estimate.end:%d/%m/%Y}" if estimate.end else shown
