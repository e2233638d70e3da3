"""Where and when the narrative is: after a sentence that tells of people at a date and a place, the
story is there, and a meeting whose sentence says neither takes them.
"""

import re

from .date_estimates import DateEstimate
from .date_resolution import resolve
from .kinds import meeting_verbs
from .participants import in_office_named
from .places import meeting_place
from .reading import Reading

# What may come before a date that opens a sentence: `Sáng hôm qua, `, `Trước đó, ngày `.
_OPENING_TIME = re.compile(
    r"[\W\s]*(?:(?:trước đó|sau đó|tiếp đó|vào|trong|buổi|sáng|trưa|chiều|tối|đêm|ngày|hôm)[\W\s]*)*"
)


# A place named as that of a gathering: `hội nghị của ASEAN ở`, `Diễn đàn ... tại`.
_OF_A_GATHERING = re.compile(
    r"(?<!\w)(?:hội nghị|diễn đàn|thượng đỉnh|hội thảo|kỳ họp|phiên họp)(?!\w)[^,.;]{0,45}"
    r"(?:ở|tại)\s+$"
)


def advance(
    reading: Reading, span, mentions, verbs, places, told, where, directory, settled=True
):  # fmt: skip
    """After a sentence that tells of people at a date, the narrative is at that date (and at
    the place the sentence names, if any). `settled`: a meeting was told at the date the
    narrative is at, so an earlier day told without one is a look back."""
    cal = reading.cal
    own = [d for d in cal.event_dates(*span) if not d.is_range]
    visit = [d for d in cal.dates if span[0] <= d.start < span[1] and d is cal.visit]
    # `Sáng 17/11, lễ đón ...`, `Trong khoảng 18 giờ ở Hà Nội hôm qua, ông ...`: its first clause
    opens = bool(own) and (
        own[0].start - span[0] < 30
        or bool(own[0].relative)
        and "," not in cal.pt.lower[span[0] : own[0].start]
    )
    if (own or visit) and (mentions or verbs or opens):
        own = own or visit
        people = list(
            dict.fromkeys(in_office_named(m, directory) for m in mentions if m.leader_keys)
        )
        estimate = resolve(cal, own[0], people, told)
        # `Ông X tới Hà Nội hôm 15/10`, told after the talks of the 16th: a look back, unless the
        # sentence opens with its day (`Sáng hôm qua, ...`) or tells of a meeting
        lead = cal.pt.lower[span[0] : own[0].start]
        met = _OPENING_TIME.fullmatch(lead) or any(v.kind != "visit" for v in verbs)
        earlier = told and told.start and estimate.start and estimate.start < told.start
        back = earlier and settled and not estimate.end and not met  # a visit's span is none
        # `Trong nhiệm kỳ trước, ngày 19/10/2006, hai Thủ tướng đã hội đàm`: a meeting of another
        # year told in passing; `Chiều cùng ngày` after it is still the day of the story
        years_back = earlier and settled and estimate.start.year < told.start.year
        elsewhen = back or years_back or estimate.precision != "day" and not estimate.unplaced
        if estimate.start and not elsewhen:
            told = estimate
            where = None
    else:
        elsewhen = False
    place = meeting_place(places)
    met = bool(meeting_verbs(verbs))
    if (
        place
        and not met
        and _OF_A_GATHERING.search(cal.pt.lower, max(0, place.start - 60), place.start)
    ):
        place = None  # `các hội nghị của ASEAN ở Cu-a-la Lăm-pơ vừa kết thúc`: not where he is
    # the place of a look back is its own; a venue (`lễ đón tại Phủ Chủ tịch`) moves the story
    if place and (mentions or verbs or place.venue or opens) and not elsewhen:
        where = (told.start if told else None, place)
    return told, where


def day_within(day: DateEstimate | None, span: DateEstimate | None) -> bool:
    return bool(
        day and day.start and not day.end and span and span.start and span.end
        and span.start <= day.start <= span.end
    )  # fmt: skip
