"""Meetings reported by a text: who met whom (sentence by sentence), when and where.

The text is read in order, as a reader does: each sentence that tells of an event at a date and
a place moves the narrative there, and a meeting whose own sentence gives no date or place takes
the narrative's, saying so when it is not sure. Every value that is not read from the meeting's
own sentence or plainly continued from the one before carries a reason, and a meeting with any
reason needs review by staff.
"""

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from .antecedents import mention_country, with_antecedents
from .candidates import candidates_in_sentence, one_per_date
from .counterparts import announcement, as_announced
from .date_estimates import DateEstimate
from .dating import event_date
from .directory import RANK_OF_ROLE, Directory
from .extracted import Candidate, ExtractedMeeting
from .gatherings import (
    ATTENDANCE_LIST,
    ATTENDED,
    ATTENDING,
    ATTENDS,
    attends,
    chairs_of,
    with_attendees,
    with_attending,
)
from .kinds import FUTURE_FROM, HYBRID, ONLINE, meeting_verbs
from .mentions import Mention
from .merging import RECAP, SAID_ABOVE, SEVERAL, merge_into, told_in_detail
from .narrative import advance, day_within
from .participants import country_of_new, identify_participants, in_office_named, rank
from .places import Place
from .placing import place_of, sentence_places
from .reading import Reading, reading_of
from .report_calendar import Calendar
from .report_year import one_year

_DEPUTY_MINISTER = RANK_OF_ROLE["deputy_minister"]


def assemble(
    pt, mentions, cal: Calendar, verbs, directory: Directory, filed_from: str = ""
) -> list[ExtractedMeeting]:
    """`filed_from`: the country of the dateline's place, the host unless a visit says another
    (`làm việc tại Hàn Quốc` in a report from Hà Nội is no visit)."""
    title_end = pt.text.find("\n") if "\n" in pt.text else 0
    mentions = with_antecedents(mentions, directory, title_end)
    reading = reading_of(pt, mentions, cal, directory, filed_from)
    meetings: list[ExtractedMeeting] = []
    told: DateEstimate | None = None  # the day the narrative is at
    announced = None  # (kind, offices) of a meeting told before its people are named
    inside: DateEstimate | None = None  # when `told` is a visit's span: the day told within it
    where: tuple[date | None, Place] | None = None  # the place the narrative is at, and its day
    body = [span for span in pt.sentences if span[0] >= title_end]
    headline = [span for span in pt.sentences if span[0] < title_end]
    # The headline tells of the report's main meeting: read last, it joins the same people's
    # meeting in the text whatever date it would get on its own.
    mention_starts, verb_starts = [m.start for m in mentions], [v.start for v in verbs]
    first_in_body = bisect_left(mention_starts, title_end)
    chairs: tuple = ()  # who chairs the gathering the sentence before tells of

    def country_of(mention: Mention) -> str:  # a newcomer's too: the country visited
        return (
            mention_country(mention, directory)
            or country_of_new(mention, reading.host, reading.partner)[0]
        )

    attendees: list[Mention] = []  # `X dẫn đầu đoàn Việt Nam dự hội nghị`
    for span in body + headline:
        loose = span[0] < title_end
        if loose:
            told, where, inside = None, None, None
        lo, hi = bisect_left(mention_starts, span[0]), bisect_left(mention_starts, span[1])
        sentence_mentions = mentions[lo:hi]
        future = FUTURE_FROM.search(pt.lower, span[0], span[1])
        until = future.start() if future else span[1]
        sentence_verbs = verbs[bisect_left(verb_starts, span[0]) : bisect_left(verb_starts, until)]
        if not (sentence_mentions or sentence_verbs or cal.event_dates(*span)):
            continue
        places = sentence_places(pt, directory, span, sentence_mentions, reading)
        earlier = _reversed_slice(mentions, first_in_body, lo)
        candidates = candidates_in_sentence(
            span, sentence_mentions, sentence_verbs, pt.lower,
            country_of, earlier,
            lambda m, roles: any(
                o.role in roles for k in m.leader_keys for o in directory.leader(k).offices
            ),
        )  # fmt: skip
        if announced and candidates:  # `Hai Bộ trưởng Ngoại giao hội đàm trực tuyến. A và B ...`
            candidates = [as_announced(c, *announced) for c in candidates]
        announced = announcement(pt.lower, span, sentence_verbs) if not candidates else None
        attended = ATTENDED.match(pt.lower, span[0], span[1]) and not sentence_verbs
        if meetings and (ATTENDING.match(pt.lower, span[0]) or attended):  # more people
            meetings[-1] = with_attending(meetings[-1], sentence_mentions, span, directory, reading)
            candidates = []
        if chairs and ATTENDANCE_LIST.match(pt.lower, span[0]):  # `Tham dự có ...`
            candidates = [
                replace(c, mentions=(*chairs, *c.mentions)) if c.kind == "multilateral" else c
                for c in candidates
            ] or [Candidate("multilateral", (*chairs, *sentence_mentions), span, span[0])]
        elif chairs and not candidates and attends(pt.lower, span, sentence_verbs):
            # `Hội nghị ... khai mạc dưới sự chủ trì của X. Phát biểu tại phiên toàn thể, Y ...`
            together = (*chairs, *sentence_mentions)
            if len({country_of(m) for m in together} - {""}) >= 2:
                candidates = [Candidate("multilateral", together, span, span[0])]
        listed = chairs if ATTENDANCE_LIST.match(pt.lower, span[0]) else ()
        chairs = chairs_of(pt.lower, span, sentence_mentions) or listed  # the list goes on
        if not meeting_verbs(sentence_verbs):
            attendees += [m for m in sentence_mentions if ATTENDS.match(pt.lower, m.end)]
        said = SAID_ABOVE.match(pt.lower, span[0], span[1])
        if said and not candidates:  # `Cuộc hội đàm nói trên diễn ra chiều 30/11 tại ...`
            meetings = told_in_detail(meetings, said, span, reading, places)
        opening = RECAP.match(pt.lower, span[0])
        for candidate in candidates if opening else one_per_date(candidates, cal, sentence_verbs):
            # `Tại hội đàm, ...` tells again of the talks; a meeting it recalls later is another
            recap = bool(opening) and candidate.verb_at < opening.end()
            told_again = candidate
            if recap and SEVERAL.search(opening.group("told")):  # `các cuộc tiếp và hội đàm`
                told_again = replace(candidate, kind="meeting")  # keeps the kind it was told as
            meeting = _meeting(told_again, reading, directory, told, where, places, recap, inside)
            if meeting and recap and meeting.leader_keys not in {m.leader_keys for m in meetings}:
                named_here = any(span[0] <= m.start < span[1] for m in candidate.mentions)
                if not named_here and any(m.kind == candidate.kind for m in meetings):
                    continue  # `Tại hội đàm, hai nhà lãnh đạo ...`: the talks told, not others
                recap = False  # none told before with these people: one of its own
                meeting = _meeting(
                    candidate, reading, directory, told, where, places, inside=inside
                )
            if meeting:
                meetings = merge_into(meetings, meeting, loose or recap, told_again=recap)
        before = told
        settled = bool(told) and any(m.date.start == told.start for m in meetings)
        told, where = advance(
            reading, span, sentence_mentions, sentence_verbs, places, told, where, directory,
            settled,
        )  # fmt: skip
        if told is not before:  # `Hôm nay ... hội đàm. Ông X thăm từ 27/2 đến 1/3`: still today
            inside = before if day_within(before, told) else None
    meetings = with_attendees(one_year(meetings, directory), attendees, directory, reading)
    focus = set(directory.focus)
    return [m for m in meetings if {p.country for p in m.participants} & focus]


def _reversed_slice(items: list, start: int, end: int):
    """items[start:end] last first, read lazily: most sentences never look back."""
    return lambda: (items[i] for i in range(end - 1, start - 1, -1))


def _meeting(
    candidate: Candidate, reading: Reading, directory, told, where, places, recap=False,
    inside=None,
):  # fmt: skip
    cal = reading.cal
    named = [in_office_named(m, directory) for m in candidate.mentions if m.leader_keys]
    named_leaders = list(dict.fromkeys(leader for leader in named if leader))
    if recap and told and told.start:  # its dates are of other things
        estimate = told
    else:
        estimate = event_date(
            cal, candidate.sentence, candidate.verb_at, named_leaders, told, reading.days_told,
            inside,
        )  # fmt: skip
    day = estimate.start
    people, roles, reasons = identify_participants(
        candidate,
        directory,
        day,
        not estimate.reasons,
        reading.named_keys,
        reading.host,
        reading.partner,
    )
    countries = {p.country for p in people.values()}
    if len(people) < 2 or len(countries) < 2:
        return None
    kind = candidate.kind
    if kind == "meeting":  # a head of state or government who meets a deputy minister receives
        ranks = sorted(rank(p, directory, day, roles) for p in people.values())
        if ranks[0] <= RANK_OF_ROLE["head_of_government"] and ranks[-1] == _DEPUTY_MINISTER:
            kind = "courtesy_call"
    sentence = cal.pt.lower[slice(*candidate.sentence)]
    online = kind == "phone_call" or ONLINE.search(sentence) and not HYBRID.search(sentence)
    venue, city, country, place_reasons = (
        ("", "", "", ())
        if online
        else place_of(candidate, estimate, reading, directory, where, places, people)
    )
    country = directory.country_on(country, estimate.start)
    hosted = kind == "meeting" and country in countries  # not on the sidelines elsewhere
    kind_reasons = (
        (_PROTOCOL_UNSAID,) if hosted and _MET.match(cal.pt.lower, candidate.verb_at) else ()
    )
    return ExtractedMeeting(
        kind, tuple(people.values()), estimate, venue, city, country, place_reasons,
        tuple(dict.fromkeys(reasons)), told_at=candidate.sentence[0],
        told_in=(candidate.sentence[0],), kind_reasons=kind_reasons,
    )  # fmt: skip


# `Tổng thống Kovind đã gặp Chủ tịch Quốc hội`: `gặp` says they met, not whether the host
# received a courtesy call; protocol would say, the text does not.
_MET = re.compile(r"(?:cuộc\s+)?gặp(?!\w)(?!\s+(?:hẹp|riêng|song phương|không chính thức))")
_PROTOCOL_UNSAID = (
    "kind read from 'gặp' during a visit: the text does not say whether it was a courtesy call"
)
