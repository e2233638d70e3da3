"""Meetings reported by a text: who met whom (sentence by sentence), when and where.

Every value that is not read directly from the meeting's own sentence carries a reason, and a
meeting with any reason needs review by staff.
"""

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from .agreements import AgreementMention
from .dates import DateMention
from .directory import RANK_OF_ROLE, Directory, LeaderEntry
from .kinds import VerbMention, stronger
from .people import Mention
from .places import CAPITALS, Place, find_places, host_country
from .text import PreparedText


@dataclass(frozen=True)
class DateEstimate:
    start: date | None = None
    precision: str | None = None  # day, month, year; None when unknown
    end: date | None = None
    reasons: tuple[str, ...] = ()

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


@dataclass(frozen=True)
class Participant:
    leader_key: int | str
    name: str
    title: str
    country: str


@dataclass(frozen=True)
class ExtractedMeeting:
    kind: str
    participants: tuple[Participant, ...]
    date: DateEstimate
    venue: str = ""
    city: str = ""
    country: str = ""
    place_reasons: tuple[str, ...] = ()
    participant_reasons: tuple[str, ...] = ()
    agreements: tuple[tuple[AgreementMention, str], ...] = ()  # (mention, "signed" | "cited")

    @property
    def leader_keys(self) -> frozenset:
        return frozenset(p.leader_key for p in self.participants)

    @property
    def review_reasons(self) -> dict[str, tuple[str, ...]]:
        """Why staff should check this meeting, by field; empty when everything was read."""
        reasons = {
            "date": self.date.reasons,
            "place": self.place_reasons,
            "participants": self.participant_reasons,
        }
        return {field: texts for field, texts in reasons.items() if texts}


@dataclass(frozen=True)
class _Candidate:
    kind: str
    mentions: tuple[Mention, ...]
    sentence: tuple[int, int]
    verb_at: int


# ---- who met whom -------------------------------------------------------------------------------


def _verb_groups(verbs: list[VerbMention], mentions: list[Mention]) -> list[tuple[str, int, int]]:
    """Adjacent verbs with no leader between them are one group: `gặp hẹp và hội đàm` is talks."""
    groups: list[tuple[str, int, int]] = []
    for verb in verbs:
        if groups and not any(groups[-1][2] <= m.start < verb.start for m in mentions):
            kind, start, _ = groups[-1]
            groups[-1] = (stronger(kind, verb.kind), start, verb.end)
        else:
            groups.append((verb.kind, verb.start, verb.end))
    return groups


def candidates_in_sentence(span, mentions, verbs) -> list[_Candidate]:
    verbs = [v for v in verbs if v.kind != "visit"]
    if not verbs or len(mentions) < 2:
        return []
    groups = _verb_groups(verbs, mentions)
    subject = tuple(m for m in mentions if m.start < groups[0][1])
    found = []
    for i, (kind, start, end) in enumerate(groups):
        limit = groups[i + 1][1] if i + 1 < len(groups) else span[1]
        objects = tuple(m for m in mentions if end <= m.start < limit)
        if not objects:
            if i == 0 and len(subject) >= 2:
                found.append(_Candidate(kind, subject, span, start))  # `A và B đã hội đàm`
            continue
        if subject and kind == "courtesy_call":
            found += [_Candidate(kind, subject + (obj,), span, start) for obj in objects]
        else:
            found.append(_Candidate(kind, subject + objects, span, start))
    return found


# ---- when ---------------------------------------------------------------------------------------

_SIGNING_CONTEXT = re.compile(
    r"(?:ký|ký kết|có hiệu lực|diễn ra|thành lập|năm)\s+(?:vào\s+)?(?:ngày\s+)?$"
)
_VISIT_CONTEXT = re.compile(r"(?:thăm|chuyến thăm)[^.;]{0,80}$")
_SAME_DAY = re.compile(r"(?<!\w)(?:cùng ngày|cũng trong ngày|trong cùng ngày)(?!\w)")
_EARLIER_OR_LATER = re.compile(r"^\W*(?:trước đó|sau đó|tiếp đó|tiếp theo|trước khi)")


@dataclass(frozen=True)
class _Context:
    pt: PreparedText
    dates: tuple[DateMention, ...]
    years: tuple[tuple[int, int], ...]  # (year, offset) of every year written in the text
    host: str
    visit: DateMention | None
    anchor: DateMention | None
    first_place: Place | None
    named_keys: frozenset  # leaders the text names (not only by title)


def _is_meeting_date(pt: PreparedText, mention: DateMention) -> bool:
    before = pt.lower[max(0, mention.start - 25) : mention.start]
    return mention.anniversary_of is None and not _SIGNING_CONTEXT.search(before)


def _full_year_for(context: _Context, mention: DateMention) -> int | None:
    """The year stated elsewhere in the text for this day and month (or for a range holding it)."""
    for other in context.dates:
        if other.year is None or other.anniversary_of:
            continue
        if (other.day, other.month) == (mention.day, mention.month):
            return other.year
        if other.is_range and mention.day and mention.month:
            start = (other.month, other.day)
            end = (other.end_month or other.month, other.end_day)
            if start <= (mention.month, mention.day) <= end:
                return other.year
    return None


def _allowed_period(participants: list[LeaderEntry]) -> tuple[date, date]:
    """The days on which every participant held one of their offices."""
    low, high = date(1991, 1, 1), date(2100, 1, 1)
    for leader in participants:
        terms = [(o.start or date(1900, 1, 1), o.end or date(2100, 1, 1)) for o in leader.offices]
        if terms:
            low = max(low, min(t[0] for t in terms))
            high = min(high, max(t[1] for t in terms))
    return low, high


def _in_office(participants: list[LeaderEntry], day: date) -> bool:
    return all(not p.offices or any(o.held_on(day) for o in p.offices) for p in participants)


def _infer_year(
    month: int, day: int | None, participants, context: _Context, near: int
) -> tuple[int | None, str]:
    """A year for a day and month the text gives without one, and the reason it was chosen."""
    low, high = _allowed_period(participants)
    possible = [
        year
        for year in range(low.year, min(high.year, 2100) + 1)
        if _safe_date(year, month, day or 1)
        and _in_office(participants, _safe_date(year, month, day or 1))
    ]
    if not possible:
        return None, "the participants' terms of office leave no possible year"
    fitting = [(y, at) for y, at in context.years if y in possible]
    if fitting:
        year = min(fitting, key=lambda item: abs(item[1] - near))[0]
        others = sorted({y for y, _ in fitting} - {year})
        why = (
            "the year written nearest to it among those that fit the participants' terms of "
            f"office (also possible: {', '.join(map(str, others))})"
            if others
            else "the only year the text mentions that fits the participants' terms of office"
        )
        return year, f"year {year} inferred: {why}"
    if len(possible) == 1:
        return possible[0], f"year {possible[0]} inferred from the participants' terms of office"
    if context.years:
        year = min(possible, key=lambda y: min(abs(y - m) for m, _ in context.years))
        return (
            year,
            f"year {year} inferred: the year closest to those the text mentions within the participants' terms ({possible[0]}–{possible[-1]})",
        )
    return None, f"year not stated (possible: {possible[0]}–{possible[-1]})"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _estimate_from_mention(mention: DateMention, participants, context: _Context) -> DateEstimate:
    if mention.relative:
        return _from_relative(mention, participants, context)
    reasons = []
    year = mention.year or _full_year_for(context, mention)
    if year is None and mention.month:
        year, reason = _infer_year(mention.month, mention.day, participants, context, mention.start)
        reasons.append(reason)
    if year is None or mention.month is None:
        return DateEstimate(reasons=tuple(reasons) or ("date not stated",))
    if mention.is_range:
        start = _safe_date(year, mention.month, mention.day or 1)
        end_month = mention.end_month or mention.month
        end_year = mention.end_year or (year + 1 if end_month < mention.month else year)
        end = _safe_date(end_year, end_month, mention.end_day or 1)
        return DateEstimate(start, "day", end, tuple(reasons))
    if mention.day is None:
        return DateEstimate(_safe_date(year, mention.month, 1), "month", None, tuple(reasons))
    return DateEstimate(_safe_date(year, mention.month, mention.day), "day", None, tuple(reasons))


def _from_relative(mention: DateMention, participants, context: _Context) -> DateEstimate:
    said = f"the day is given only as {mention.relative!r}"
    anchor = context.anchor
    if anchor and _in_office(participants, date(anchor.year, anchor.month, anchor.day)):
        return DateEstimate(
            date(anchor.year, anchor.month, 1),
            "month",
            None,
            (
                f"{said}; month taken from the occasion {anchor.anniversary_of!r} ({anchor.day}/{anchor.month}/{anchor.year})",
            ),
        )
    explicit = next(
        (
            d
            for d in context.dates
            if d.year and d.month and not d.relative and _is_meeting_date(context.pt, d)
        ),
        None,
    )
    if explicit:
        return DateEstimate(
            date(explicit.year, explicit.month, 1),
            "month",
            None,
            (
                f"{said}; month taken from the date {explicit.day or ''}/{explicit.month}/{explicit.year} in the text",
            ),
        )
    year, reason = _infer_year(1, 1, participants, context, mention.start)
    if year is None:
        return DateEstimate(reasons=(said, reason))
    return DateEstimate(date(year, 1, 1), "year", None, (said, reason))


def _estimate_date(
    candidate: _Candidate, participants, context: _Context, previous: "ExtractedMeeting | None"
) -> DateEstimate:
    pt = context.pt
    own = [
        d
        for d in context.dates
        if candidate.sentence[0] <= d.start < candidate.sentence[1] and _is_meeting_date(pt, d)
    ]
    points = [
        d
        for d in own
        if not (d.is_range and _VISIT_CONTEXT.search(pt.lower[candidate.sentence[0] : d.start]))
    ]
    chosen = min(points, key=lambda d: abs(d.start - candidate.verb_at), default=None)
    if chosen:
        return _estimate_from_mention(chosen, participants, context)
    opening = pt.lower[candidate.sentence[0] : candidate.sentence[1]]
    if previous and previous.date.start and _SAME_DAY.search(opening):
        return replace(previous.date, reasons=previous.date.reasons)
    if previous and previous.date.start and _EARLIER_OR_LATER.search(opening):
        month = previous.date.start.replace(day=1)
        return DateEstimate(
            month,
            "month" if previous.date.precision != "year" else "year",
            None,
            previous.date.reasons
            + (f"the text dates it only relative to another meeting ({opening.split(',')[0]!r})",),
        )
    if context.visit:
        visit = _estimate_from_mention(context.visit, participants, context)
        if visit.start:
            span = (
                f"{visit.start:%d/%m/%Y}–{visit.end:%d/%m/%Y}"
                if visit.end
                else f"{visit.start:%d/%m/%Y}"
            )
            return replace(
                visit,
                reasons=visit.reasons
                + (f"the day is not stated; the visit's dates ({span}) are used",),
            )
    fallback = next((d for d in context.dates if _is_meeting_date(pt, d) and not d.is_range), None)
    if fallback:
        estimate = _estimate_from_mention(fallback, participants, context)
        if fallback.relative or estimate.reasons:
            return estimate
        return replace(estimate, reasons=("date taken from elsewhere in the text",))
    return DateEstimate(reasons=("the text gives no date for this meeting",))


# ---- where --------------------------------------------------------------------------------------


def _place(
    candidate: _Candidate, kind: str, context: _Context
) -> tuple[str, str, str, tuple[str, ...]]:
    if kind == "phone_call":
        return "", "", "", ()
    s, e = candidate.sentence
    own = find_places(context.pt.lower, s, e, context.host)
    if own:
        return own[0].venue, own[0].city, own[0].country, ()
    if context.first_place:
        place = context.first_place
        return (
            "",
            place.city,
            place.country,
            (
                f"place not stated for this meeting; the city of the visit ({place.city}) is assumed",
            ),
        )
    if context.host:
        capital = CAPITALS.get(context.host, "")
        return (
            "",
            capital,
            context.host,
            (f"city not stated; the capital of the host country ({capital}) is assumed",),
        )
    return "", "", "", ("place not stated",)


# ---- participants -------------------------------------------------------------------------------


def _named(mention: Mention, directory: Directory, day: date | None) -> LeaderEntry | None:
    leaders = [directory.leader(k) for k in mention.leader_keys]
    if len(leaders) > 1 and day:
        holding = [leader for leader in leaders if leader.office_on(day)]
        leaders = holding or leaders
    return leaders[0] if leaders else None


def _by_office(mention: Mention, directory: Directory, day: date | None) -> LeaderEntry | None:
    if not (day and mention.role and mention.country and mention.role != "other"):
        return None
    holders = directory.holders(mention.role, mention.country, day)
    return holders[0] if len(holders) == 1 else None


def _title(leader: LeaderEntry, mention: Mention, day: date | None) -> str:
    office = leader.office_on(day, mention.role or None) if day else None
    office = office or (leader.office_on(day) if day else None)
    if office is None and mention.role:
        office = next((o for o in leader.offices if o.role == mention.role), None)
    return office.title if office else ""


def _rank(leader: LeaderEntry, day: date | None) -> int:
    office = leader.office_on(day) if day else None
    return RANK_OF_ROLE.get(office.role, 5) if office else 5


# ---- assembly -----------------------------------------------------------------------------------


def _context(pt: PreparedText, dates, years, mentions, verbs) -> _Context:
    visits = [
        d
        for d in dates
        if d.is_range and _VISIT_CONTEXT.search(pt.lower[max(0, d.start - 120) : d.start])
    ]
    visit = max(visits, key=lambda d: d.year is not None, default=None)
    anchor = next((d for d in dates if d.anniversary_of), None)
    host = host_country(pt.lower)
    first_place = None
    for s, e in pt.sentences:
        if any(s <= v.start < e for v in verbs):
            places = [p for p in find_places(pt.lower, s, e, host) if p.city]
            if places:
                first_place = places[0]
                break
    named = frozenset(k for m in mentions for k in m.leader_keys)
    return _Context(pt, tuple(dates), tuple(years), host, visit, anchor, first_place, named)


def assemble(
    pt: PreparedText, mentions, dates, years, verbs, agreements, directory
) -> list[ExtractedMeeting]:
    context = _context(pt, dates, years, mentions, verbs)
    meetings: list[ExtractedMeeting] = []
    for span in pt.sentences:
        sentence_mentions = [m for m in mentions if span[0] <= m.start < span[1]]
        sentence_verbs = [v for v in verbs if span[0] <= v.start < span[1]]
        for candidate in candidates_in_sentence(span, sentence_mentions, sentence_verbs):
            meeting = _meeting(candidate, context, directory, meetings[-1] if meetings else None)
            if meeting:
                meetings = _merge_into(meetings, meeting)
    return _attach_agreements(meetings, agreements)


def _meeting(
    candidate: _Candidate, context: _Context, directory: Directory, previous
) -> ExtractedMeeting | None:
    reasons: list[str] = []
    named = [(m, _named(m, directory, None)) for m in candidate.mentions if m.leader_keys]
    named_leaders = list(dict.fromkeys(leader for _, leader in named if leader))
    if not named_leaders:
        return None
    estimate = _estimate_date(candidate, named_leaders, context, previous)
    day = estimate.start
    people: dict = {}
    for mention in candidate.mentions:
        leader = (
            _named(mention, directory, day)
            if mention.leader_keys
            else _by_office(mention, directory, day)
        )
        if leader is None:
            if mention.surface:
                reasons.append(f"participant not identified: {mention.surface!r}")
            continue
        if not mention.leader_keys and mention.surface:
            reasons.append(
                f"{mention.surface!r} read as {leader.name}, who held that office on that date"
            )
        elif not mention.leader_keys and leader.key not in context.named_keys:
            reasons.append(f"{leader.name} is named only by title; the office holder on that date")
        people.setdefault(
            leader.key,
            Participant(leader.key, leader.name, _title(leader, mention, day), leader.country),
        )
    if len(people) < 2 or len({p.country for p in people.values()}) < 2:
        return None
    kind = candidate.kind
    if kind == "meeting":
        ranks = sorted(_rank(directory.leader(k), day) for k in people)
        if ranks[-1] - ranks[0] >= 2:
            kind = "courtesy_call"
    venue, city, country, place_reasons = _place(candidate, kind, context)
    return ExtractedMeeting(
        kind,
        tuple(people.values()),
        estimate,
        venue,
        city,
        country,
        place_reasons,
        tuple(dict.fromkeys(reasons)),
    )


def _merge_into(meetings: list[ExtractedMeeting], new: ExtractedMeeting) -> list[ExtractedMeeting]:
    """The same people meeting on a compatible date in one text is one meeting told twice."""
    for i, old in enumerate(meetings):
        if old.leader_keys == new.leader_keys and old.date.compatible(new.date):
            meetings[i] = _better(old, new)
            return meetings
    return meetings + [new]


def date_quality(estimate: DateEstimate) -> tuple:
    return (
        estimate.start is not None,
        not estimate.reasons,
        {"day": 2, "month": 1}.get(estimate.precision, 0),
        estimate.end is None,
    )


def _better(old: ExtractedMeeting, new: ExtractedMeeting) -> ExtractedMeeting:
    dated = max((old, new), key=lambda m: date_quality(m.date))
    placed = max((old, new), key=lambda m: (bool(m.city), bool(m.venue), not m.place_reasons))
    return ExtractedMeeting(
        stronger(old.kind, new.kind),
        old.participants,
        dated.date,
        placed.venue,
        placed.city,
        placed.country,
        placed.place_reasons,
        tuple(dict.fromkeys(old.participant_reasons + new.participant_reasons)),
    )


def _attach_agreements(
    meetings: list[ExtractedMeeting], agreements: list[AgreementMention]
) -> list[ExtractedMeeting]:
    if not meetings or not agreements:
        return meetings
    main = next((i for i, m in enumerate(meetings) if m.kind == "talks"), 0)
    day = meetings[main].date.start if meetings[main].date.precision == "day" else None
    links = []
    for mention in agreements:
        signed = (mention.signed_date is not None and mention.signed_date == day) or (
            mention.signed_here and mention.signed_date is None
        )
        links.append((mention, "signed" if signed else "cited"))
    meetings[main] = replace(meetings[main], agreements=tuple(links))
    return meetings
