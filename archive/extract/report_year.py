"""A report that gives days without a year tells of one time: the years guessed for its meetings
are made one, where the participants' terms allow.
"""

from dataclasses import replace

from .date_resolution import placed_in, report_years
from .directory import Directory
from .extracted import ExtractedMeeting


def one_year(meetings: list[ExtractedMeeting], directory: Directory) -> list[ExtractedMeeting]:
    """A report that gives days without a year tells of one time: each guessed year is that of
    the meeting it tells of first, where its participants held office then; meetings the
    participants' terms left several years for are in the one year they all fit, if one."""
    meetings = _common_year(meetings)
    guessed = sorted((m for m in meetings if m.date.year_inferred), key=lambda m: m.told_at)
    if len(guessed) < 2:
        return meetings
    year, first = guessed[0].date.start.year, guessed[0]
    return [
        _in_year(m, year, first, directory) if m.date.year_inferred and m is not first else m
        for m in meetings
    ]


def _common_year(meetings: list[ExtractedMeeting]) -> list[ExtractedMeeting]:
    """`ngày 12 tháng 10` with Tô Lâm as both General Secretary and President, `ngày 13` with
    Li Qiang as premier: 2024 is the only year both fit."""
    open_ = [m for m in meetings if m.date.start is None and m.date.possible]
    if len(open_) < 2:
        return meetings
    common = set.intersection(*(report_years(m.date) for m in open_))
    if len(common) != 1:
        return meetings
    year = common.pop()
    reason = (
        f"year {year} inferred: the only year in which every meeting of the report fits its "
        "participants' terms of office"
    )
    return [replace(m, date=placed_in(m.date, year, reason)) if m in open_ else m for m in meetings]


def _in_year(meeting: ExtractedMeeting, year: int, first, directory) -> ExtractedMeeting:
    estimate = meeting.date
    if estimate.start.year == year:
        return meeting
    try:
        start = estimate.start.replace(year=year)
        end = (
            estimate.end.replace(year=year + estimate.end.year - estimate.start.year)
            if estimate.end
            else None
        )
    except ValueError:  # 29 February
        return meeting
    leaders = [directory.leader(p.leader_key) for p in meeting.participants if not p.is_new]
    if not all(
        any(o.held_on(start) for o in leader.offices) or not leader.offices for leader in leaders
    ):
        return meeting
    reason = f"year {year} inferred as for the report's first meeting ({first.date.start:%d/%m/%Y})"
    return replace(meeting, date=replace(estimate, start=start, end=end, reasons=(reason,)))
