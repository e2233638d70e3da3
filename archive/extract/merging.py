"""One meeting told several times (in the headline, in the body, again in detail: `Tại hội đàm`,
`Cuộc hội đàm nói trên`) is one meeting: the tellings are merged, keeping the best date and
place each gives.
"""

import re
from dataclasses import replace

from .date_estimates import DateEstimate, date_quality, safe_date
from .extracted import ExtractedMeeting
from .kinds import find_verbs, same_event_kinds, stronger
from .places import meeting_place
from .reading import Reading

# `Tại cuộc gặp Tổng thống Putin, ...`: a meeting already told, now told in detail.
TOLD_AGAIN = r"(?:gặp|hội đàm|hội kiến|điện đàm|tiếp|làm việc|trao đổi|tiếp xúc)"
# `Trong các cuộc tiếp và hội đàm, ...`: several at once.
SEVERAL = re.compile(r",|\svà\s")
RECAP = re.compile(  # also after `Theo thông cáo của Bộ Ngoại giao, `
    rf"\W*(?:theo\s[^,.;]{{0,60}},\s*)?(?P<told>(?:tại|trong)\s+(?:các\s+)?(?:(?:cuộc|buổi)\s+)?"
    rf"{TOLD_AGAIN}(?:\s*(?:,|và)\s*(?:(?:cuộc|buổi)\s+)?{TOLD_AGAIN})*)"
)


# `Cuộc hội đàm nói trên diễn ra chiều 30/11 tại Điện Kremlin`: the day and place of one told.
SAID_ABOVE = re.compile(
    rf"\W*(?:cuộc|buổi)\s+(?P<verb>{TOLD_AGAIN})\s+(?:nói trên|trên|này|đó)\s+(?:đã\s+)?"
    r"(?:diễn ra|được tổ chức|kéo dài)"
)


def told_in_detail(meetings, said, span, reading: Reading, places):
    """The last meeting told of that kind, with the day this sentence gives it within the span
    it had (a visit's), and the place it names."""
    kinds = {v.kind for v in find_verbs(said.group("verb"))}
    at = next((i for i in reversed(range(len(meetings))) if meetings[i].kind in kinds), None)
    if at is None:
        return meetings
    meeting = meetings[at]
    first, last = meeting.date.start, meeting.date.last_day() if meeting.date.start else None
    for mention in reading.cal.dates:
        if not (span[0] <= mention.start < span[1] and mention.day and mention.month and first):
            continue
        years = {mention.year} if mention.year else {first.year, last.year}
        days = [d for y in years if (d := safe_date(y, mention.month, mention.day))]
        day = next((d for d in days if first <= d <= last), None)
        if day and (meeting.date.end or meeting.date.reasons):
            meeting = replace(meeting, date=DateEstimate(day, "day"))
            break
    own = meeting_place(places)
    if own and own.city:
        meeting = replace(
            meeting, venue=own.venue, city=own.city, country=own.country, place_reasons=()
        )
    return [*meetings[:at], meeting, *meetings[at + 1 :]]


def merge_into(
    meetings: list[ExtractedMeeting], new: ExtractedMeeting, loose: bool = False,
    told_again: bool = False,
) -> list[ExtractedMeeting]:  # fmt: skip
    """The same people meeting on a compatible date in one text is one meeting told twice; a
    multilateral meeting told again with some of its participants is the same one. `loose`:
    whatever the dates (a headline), and one of the same kind first."""
    order = sorted(range(len(meetings)), key=lambda i: loose and meetings[i].kind != new.kind)
    for i in order:
        old = meetings[i]
        kinds_agree = (
            same_event_kinds(old.kind, new.kind) or loose and _remote(old) and _remote(new)
        )
        if not (loose or old.date.compatible(new.date)) or not kinds_agree:
            continue
        read = not (old.place_reasons or new.place_reasons)
        elsewhere = (
            read and old.country and new.country and old.country != new.country and not loose
        )
        if elsewhere:  # `cuộc gặp đầu tiên ... tại Glasgow hồi đầu tháng này`, before the talks
            continue
        # the same people, or some of them told again (a headline, `Tại hội đàm`) of that meeting
        fewer = new.leader_keys < old.leader_keys and (loose or old.kind == new.kind)
        same = old.leader_keys == new.leader_keys or fewer
        if same or old.kind == new.kind == "multilateral":  # a report tells of one summit a day
            meetings[i] = _better(old, new, told_again)
            return meetings
    return meetings + [new]


def _remote(meeting: ExtractedMeeting) -> bool:
    """A call or online talks: a headline's `điện đàm` may be the body's `hội đàm trực tuyến`."""
    placed = meeting.city or meeting.country or meeting.place_reasons
    return meeting.kind == "phone_call" or not placed


def _better(
    old: ExtractedMeeting, new: ExtractedMeeting, told_again: bool = False
) -> ExtractedMeeting:
    """`told_again`: `Tại cuộc điện đàm, ...` dates and places nothing; the meeting keeps its day
    and the place it was told at."""
    dated = old if told_again else max((old, new), key=lambda m: date_quality(m.date))
    placed = max((old, new), key=lambda m: (bool(m.city), bool(m.venue), not m.place_reasons))
    if told_again and old.city and not old.place_reasons:  # `Tại hội đàm, … Vietsovpetro`: a topic
        placed = old
    people = {p.leader_key: p for p in (*old.participants, *new.participants)}
    return ExtractedMeeting(
        stronger(old.kind, new.kind),
        tuple(people.values()),
        dated.date,
        placed.venue,
        placed.city,
        placed.country,
        placed.place_reasons,
        tuple(dict.fromkeys(old.participant_reasons + new.participant_reasons)),
        told_at=old.told_at,  # the body is read before the headline
        told_in=tuple(sorted(set(old.told_in) | set(new.told_in))),
        kind_reasons=_kind_reasons(old, new),
    )


def _kind_reasons(old: ExtractedMeeting, new: ExtractedMeeting) -> tuple[str, ...]:
    """A kind one telling reads plainly (`hội kiến`) needs no reason another gives."""
    kind = stronger(old.kind, new.kind)
    tellings = [m for m in (old, new) if m.kind == kind]
    return () if any(not m.kind_reasons for m in tellings) else tellings[0].kind_reasons
