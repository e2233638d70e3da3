"""Meetings reported by a text: who met whom (sentence by sentence), when and where.

The text is read in order, as a reader does: each sentence that tells of an event at a date and
a place moves the narrative there, and a meeting whose own sentence gives no date or place takes
the narrative's, saying so when it is not sure. Every value that is not read from the meeting's
own sentence or plainly continued from the one before carries a reason, and a meeting with any
reason needs review by staff.
"""

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from .agreements import AgreementMention
from .countries import country_names
from .dating import (
    CONTINUES,
    Calendar,
    DateEstimate,
    date_quality,
    event_date,
    placed_in,
    report_years,
    resolve,
    safe_date,
)
from .directory import RANK_OF_ROLE, Directory, LeaderEntry, OfficeTerm
from .kinds import (
    FUTURE_FROM,
    HYBRID,
    LETTER,
    ONLINE,
    VerbMention,
    find_verbs,
    same_event_kinds,
    stronger,
)
from .people import Mention
from .places import Place, find_places, host_country, meeting_place


@dataclass(frozen=True)
class Participant:
    leader_key: int | str | tuple  # ("new", country, name): a leader the directory lacks
    name: str
    title: str
    country: str

    @property
    def is_new(self) -> bool:
        return isinstance(self.leader_key, tuple)


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
    other_reasons: tuple[str, ...] = ()
    kind_reasons: tuple[str, ...] = ()
    told_at: int = 0  # where the text first tells of it, for the agreements cited after
    told_in: tuple[int, ...] = ()  # where each sentence that tells of it starts

    @property
    def leader_keys(self) -> frozenset:
        return frozenset(p.leader_key for p in self.participants)

    @property
    def review_reasons(self) -> dict[str, tuple[str, ...]]:
        """Why staff should check this meeting, by field; empty when everything was read."""
        reasons = {
            "date": self.date.reasons,
            "kind": self.kind_reasons,
            "place": self.place_reasons,
            "participants": self.participant_reasons,
            "other": self.other_reasons,
        }
        return {field: texts for field, texts in reasons.items() if texts}


@dataclass(frozen=True)
class _Candidate:
    kind: str
    mentions: tuple[Mention, ...]
    sentence: tuple[int, int]
    verb_at: int
    anchored: bool = False  # one of several dated meetings of a sentence: its place is the nearest


# ---- who met whom -------------------------------------------------------------------------------

# A summit, a council, a ceremony: with leaders of three or more countries, one multilateral
# meeting. `bên lề` (on the sidelines) reports the bilateral meetings around one instead.
_GATHERING = re.compile(
    r"(?<!\w)(?:hội nghị|thượng đỉnh|cấp cao|hội đồng|diễn đàn|lễ ký|ký kết|ký|cuộc họp|phiên họp|"
    r"dự|tham dự|chủ trì|đồng chủ trì|họp)(?!\w)"
)
_SIDELINES = re.compile(r"(?<!\w)bên lề(?!\w)")
# `dự Hội nghị Cấp cao ASEAN ... do Tổng thống In-đô-nê-xi-a chủ trì`: a gathering of many
# countries, whatever the number of leaders the sentence happens to name.
_ATTENDS_SUMMIT = re.compile(
    r"(?<!\w)(?:dự|tham dự|chủ trì|đồng chủ trì)\s+(?:[^\s,.;]+\s+){0,3}?"
    r"(?:hội nghị|thượng đỉnh|phiên họp|diễn đàn)(?!\w)"
)
# `Hội nghị do Tổng thống Moon Jae-in và Thủ tướng Prayut đồng chủ trì`: a summit, by its chairs.
_SUMMIT_CHAIRED = re.compile(
    r"\W*(?:hội nghị|thượng đỉnh|phiên họp)(?!\w)[^.;]{0,60}?\sdo\s[^.;]+\sđồng chủ trì(?!\w)"
)
# `mời ... thăm Việt Nam và dự Hội nghị cấp cao APEC`, `sẽ dự`: a summit asked for or ahead.
_NOT_YET = re.compile(
    r"(?<!\w)(?:mời|nhận lời|sẽ|dự kiến|dự định|kế hoạch|chuẩn bị|mong muốn|đề nghị|hy vọng)(?!\w)"
)
_MANY_COUNTRIES = re.compile(
    r"(?<!\w)(?:các nước|các quốc gia|các nhà lãnh đạo|lãnh đạo các|đa phương|asean|apec|g20|g7|"
    r"brics|sco|asem|mê công|mekong|liên hợp quốc|đông á|á\s*-?\s*âu|á\s*-?\s*phi)(?!\w)"
)
# `Tại cuộc gặp Tổng thống Putin, ...`: a meeting already told, now told in detail.
_TOLD_AGAIN = r"(?:gặp|hội đàm|hội kiến|điện đàm|tiếp|làm việc|trao đổi|tiếp xúc)"
# `Trong các cuộc tiếp và hội đàm, ...`: several at once.
_SEVERAL = re.compile(r",|\svà\s")
_RECAP = re.compile(  # also after `Theo thông cáo của Bộ Ngoại giao, `
    rf"\W*(?:theo\s[^,.;]{{0,60}},\s*)?(?P<told>(?:tại|trong)\s+(?:các\s+)?(?:(?:cuộc|buổi)\s+)?"
    rf"{_TOLD_AGAIN}(?:\s*(?:,|và)\s*(?:(?:cuộc|buổi)\s+)?{_TOLD_AGAIN})*)"
)


# `hội đàm giữa A và B`: the meeting's people are the two named, up to the next clause.
# `hội đàm diễn ra trước đó cùng ngày giữa A và B`, `hội đàm tại Phủ Chủ tịch giữa A và B`.
_BETWEEN = re.compile(r"\s+(?:[^\s,.;:()]+\s+){0,6}?giữa\s[^,;.:]*")


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


# `hai nhà lãnh đạo`, `hai bên`, `gặp nhau`: the two leaders the text has been telling of;
# `hai Chủ tịch Quốc hội`, `hai Thủ tướng`: the two who hold that office.
_PAIR = re.compile(
    r"(?<!\w)(?:(?:cả\s+)?hai\s+(?P<office>chủ tịch quốc hội|thủ tướng|bộ trưởng ngoại giao|"
    r"ngoại trưởng|tổng thống|tổng bí thư|chủ tịch nước|thứ trưởng|bộ trưởng|chủ tịch|"
    r"nhà lãnh đạo|bên|người|ông|vị|nguyên thủ|lãnh đạo)|lãnh đạo hai nước|nhau|họ)(?!\w)"
)
# `Sau đó, ông đã có cuộc hội kiến với Thủ tướng X`: the guest the text tells of, by a pronoun.
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\bsau đó\s+)(?:ông|bà|vị khách|ngài)\s+(?:(?:đã|cũng|còn|tiếp tục)\s+)*"
    r"(?:có\s+)?(?:(?:các|cuộc|buổi)\s+)?(?:hội kiến|hội đàm|gặp|tiếp|điện đàm|trao đổi|chào)(?!\w)"
)
_OFFICE_OF_PAIR = {
    "chủ tịch quốc hội": ("parliament_chair",),
    "thủ tướng": ("head_of_government",),
    "bộ trưởng ngoại giao": ("foreign_minister",),
    "ngoại trưởng": ("foreign_minister",),
    "tổng thống": ("head_of_state",),
    "chủ tịch nước": ("head_of_state",),
    "tổng bí thư": ("party_leader",),
    "thứ trưởng": ("deputy_foreign_minister", "deputy_minister"),
    "bộ trưởng": ("foreign_minister", "minister"),
}


# `chuyển lời thăm hỏi của Tổng thống Putin tới ...`: someone who sends greetings, not present.
_GREETINGS_OF = re.compile(
    r"(?<!\w)(?:lời|thư|thông điệp)\s+(?:chào|thăm hỏi|chúc mừng|mời|cảm ơn|hỏi thăm)[^.;]{0,120}$"
)
_OF = re.compile(r"(?<!\w)của(?!\w)")
_TO = re.compile(r"(?<!\w)(?:tới|đến|giữa|với)(?!\w)")


# `Đặc phái viên của Tổng Bí thư Tô Lâm`, `thay mặt Thủ tướng`: someone represented, not present.
# `người tiền nhiệm của ông Hipkins`: someone else's predecessor is named, not he.
_REPRESENTED = re.compile(
    r"(?<!\w)(?:đặc phái viên|đặc sứ|phái viên|thay mặt|thừa ủy quyền|theo ủy quyền|đại diện|"
    r"người tiền nhiệm|người kế nhiệm)(?:\s+(?:của|cho))?\s+(?:(?!là\s)[^\s,.;:]+\s+){0,6}$"
)


def _represented(lower: str, mention: Mention) -> bool:
    return bool(_REPRESENTED.search(lower, max(0, mention.start - 80), mention.start))


# `chia buồn về sự ra đi của Tổng Bí thư X`: mourned where the sentence names him, not met there
# (he may still be one of `hai người` who met before, in the next sentence).
_MOURNED = re.compile(
    r"(?<!\w)(?:sự ra đi|lễ tang|tang lễ|lễ quốc tang|lễ viếng|viếng|tưởng niệm|linh cữu|di sản)"
    r"(?:\s+của)?\s+(?:[^\s,.;:]+\s+){0,4}$"
)


def _mourned(lower: str, mention: Mention, verbs) -> bool:
    """Unless the sentence goes on to a meeting (`... và nhắc lại cuộc hội đàm giữa hai người`)."""
    later = any(v.start > mention.end for v in verbs)
    return not later and bool(_MOURNED.search(lower, max(0, mention.start - 60), mention.start))


def _sends_greetings(lower: str, mention: Mention) -> bool:
    """`lời thăm hỏi của X (và của Y) tới ...`: X and Y send greetings."""
    before = _GREETINGS_OF.search(lower, max(0, mention.start - 140), mention.start)
    if not before:
        return False
    between = lower[before.start() : mention.start]
    return bool(_OF.search(between)) and not _TO.search(between)


def candidates_in_sentence(
    span, mentions, verbs, lower: str, country_of, earlier, ever_held=None
) -> list[_Candidate]:
    """Who met whom in one sentence. `earlier`: the mentions before it, for `hai nhà lãnh đạo`;
    `ever_held(mention, roles)`: whether that leader ever held one of those offices."""
    text = lower[span[0] : span[1]]
    if LETTER.search(text):
        return []
    mentions = [
        m
        for m in mentions
        if not (_sends_greetings(lower, m) or _represented(lower, m) or _mourned(lower, m, verbs))
    ]
    countries = {country_of(m) for m in mentions} - {""}
    bilateral = [v for v in verbs if v.kind not in ("visit", "cochair")]
    summit = _ATTENDS_SUMMIT.search(text)
    many = (
        len(countries) >= 3
        and _GATHERING.search(text)
        or len(countries) == 2
        and summit
        and _MANY_COUNTRIES.search(text)
        and not _NOT_YET.search(text, 0, summit.start())
        or len(countries) == 2
        and _SUMMIT_CHAIRED.match(text)  # `Hội nghị do A và B đồng chủ trì`: its chairs
    )
    if many and not bilateral and not _SIDELINES.search(text):
        return [_Candidate("multilateral", tuple(mentions), span, mentions[0].start)]
    verbs = [
        replace(v, kind="meeting") if v.kind == "cochair" else v for v in verbs if v.kind != "visit"
    ]
    if not verbs:
        return []
    pair = _PAIR.search(text)
    if len(countries) < 2 and pair:
        offices = _OFFICE_OF_PAIR.get(pair.group("office") or "", ())
        mentions = _with_counterparts(
            mentions, _not_sending(earlier, lower), country_of, offices, ever_held
        )
    elif len(countries) < 2 and _PRONOUN_SUBJECT.search(text):
        mentions = [*_protagonist(mentions, earlier, country_of), *mentions]
    if len(mentions) < 2:
        return []
    groups = _verb_groups(verbs, mentions)
    subject = _subject_of(
        tuple(m for m in mentions if m.start < groups[0][1]), groups[0][1], lower, country_of
    )
    found = []
    for i, (kind, start, end) in enumerate(groups):
        limit = groups[i + 1][1] if i + 1 < len(groups) else span[1]
        boundary = lower.rfind(":", groups[i - 1][2], start) if i else -1
        if boundary >= 0 and (own := tuple(m for m in mentions if boundary < m.start < start)):
            subject = own  # `...: tháng 5/2021, ông A đã điện đàm với B`: a clause of its own
        between = _BETWEEN.match(lower, end)  # `cuộc điện đàm giữa A và B ngày 8/8, cùng ...`
        both = tuple(m for m in mentions if between and end <= m.start < between.end())
        if len(both) >= 2:  # both sides named: none of the sentence's others
            found += _pairs(_Candidate(kind, both, span, start), country_of)
            continue
        objects = tuple(m for m in mentions if end <= m.start < limit)
        if not objects:
            if (i == 0 or not found) and len(subject) >= 2:  # `A và B đã hội đàm`
                found += _pairs(_Candidate(kind, subject, span, start), country_of)
            elif len(subject) >= 2 and pair and not any(c.kind == kind for c in found):
                found += [_Candidate(kind, subject, span, start)]  # `điện đàm ... và hội đàm`
            continue
        if subject and (kind == "courtesy_call" or len(objects) > 1 and kind != "talks"):
            for obj in objects:
                found += _pairs(_Candidate(kind, subject + (obj,), span, start), country_of)
        else:
            found += _pairs(_Candidate(kind, subject + objects, span, start), country_of)
    return found


# `Chuyến thăm của ông X diễn ra sau khi hồi tháng 2, A đã hội đàm với B`: X is not in that clause.
# (`diễn ra sau khi`: the clause comes after the main one; `Ngày 8/8, ít ngày sau khi ông X được
# bầu, hai nhà lãnh đạo điện đàm`: it comes first, and X is one of the two)
_CLAUSE = re.compile(
    r"(?<!\w)(?:diễn ra|được tổ chức)\s+(?:ngay\s+|chỉ\s+)?(?:sau khi|trước khi)(?!\w)"
)


def _subject_of(subject: tuple, verb_at: int, lower: str, country_of) -> tuple:
    """Those named before the verb in its own clause, when a `sau khi` clause holds it and
    still names people of two countries with its objects; else all named before it."""
    clause = None
    for match in _CLAUSE.finditer(lower, subject[0].start if subject else verb_at, verb_at):
        clause = match
    if clause is None:
        return subject
    inside = tuple(m for m in subject if m.start > clause.end())
    return inside if inside and len({country_of(m) for m in inside} - {""}) >= 1 else subject


def _protagonist(mentions, earlier, country_of) -> list[Mention]:
    """`ông` as the subject: the one of another country the text has named most so far (the
    guest it is about), not merely the last named (`sau Chủ tịch Trung Quốc Tập Cận Bình`)."""
    have = {country_of(m) for m in mentions}
    told: dict = {}
    for mention in earlier():
        if mention.leader_keys and country_of(mention) not in have | {""}:
            told.setdefault(mention.leader_keys, []).append(mention)
    if not told:
        return []
    most = max(told.values(), key=len)  # the latest named first, so ties go to it
    return [most[0]]


# `... Vương Nghị cũng gửi điện mừng`: someone named as sending a message, not as meeting.
_SENDS = re.compile(r"[^.;]{0,200}?(?<!\w)(?:gửi|chuyển)\s+(?:\w+\s+)?(?:điện|thư|lời|thông điệp)")


def _not_sending(earlier, lower: str):
    """The earlier mentions, but those named as sending a message."""
    return lambda: (m for m in earlier() if not _SENDS.match(lower, m.end))


def _announced(lower: str, span, verbs) -> tuple[str, tuple] | None:
    """`Hai Bộ trưởng Ngoại giao ... hôm nay hội đàm trực tuyến`, naming no one: the kind of a
    meeting of two holders of an office, whose names the next sentence gives."""
    pair = _PAIR.search(lower, span[0], span[1])
    offices = _OFFICE_OF_PAIR.get(pair.group("office") or "", ()) if pair else ()
    told = [v.kind for v in verbs if v.kind not in ("visit", "cochair")]
    return (told[0], offices) if offices and told else None


def _as_announced(candidate: _Candidate, kind: str, offices: tuple) -> _Candidate:
    holders = all(set(m.roles) & set(offices) for m in candidate.mentions)
    return replace(candidate, kind=stronger(kind, candidate.kind)) if holders else candidate


def _with_counterparts(mentions, earlier, country_of, offices=(), ever_held=None) -> list[Mention]:
    """The sentence's people and, before them, the last ones named of another country (holding
    the office the sentence says, if it says one; else who ever held it: `hai Thủ tướng` of a
    visit years ago, one of them President now)."""
    for strict in (True, False) if offices and ever_held else (True,):
        have = {country_of(m) for m in mentions}
        added = []
        for mention in earlier():
            country = country_of(mention)
            if (
                offices
                and mention.role not in offices
                and (strict or not ever_held(mention, offices))
            ):
                continue
            if country and country not in have:
                added.insert(0, mention)
                have.add(country)
                if len(have - {""}) >= 2:
                    return [*added, *mentions]
    return [*added, *mentions]


def _pairs(candidate: _Candidate, country_of) -> list[_Candidate]:
    """A call on several leaders of one country (`lần lượt hội kiến A, B và C`) is one meeting
    with each; talks stay one meeting with every delegation member named."""
    people = list({(m.leader_keys, m.surface, m.start): m for m in candidate.mentions}.values())
    by_country: dict[str, list] = {}
    for mention in people:
        by_country.setdefault(country_of(mention), []).append(mention)
    if candidate.kind in ("talks", "phone_call") or len(by_country) != 2 or len(people) < 3:
        return [candidate]
    alone, many = sorted(by_country.values(), key=len)
    if len(alone) != 1:
        return [candidate]
    return [replace(candidate, mentions=(alone[0], other)) for other in many]


def _with_antecedents(
    mentions: list[Mention], directory: Directory, title_end: int
) -> list[Mention]:
    """A title alone (`Thủ tướng`, `Chủ tịch nước`) stands for the last one named with that
    title (and that country, when the title says one); in the headline, for the first one the
    text goes on to name."""
    home = directory.focus[0] if directory.focus else ""
    by_role: dict[str, list[int]] = {}  # role -> indexes of the mentions naming someone
    for i, mention in enumerate(mentions):
        if mention.role and (mention.leader_keys or mention.surface):
            by_role.setdefault(mention.role, []).append(i)
    resolved: list[Mention] = []
    for i, mention in enumerate(mentions):
        if not mention.leader_keys and not mention.surface and mention.role:
            named_at = by_role.get(mention.role, [])
            before = [resolved[j] for j in reversed(named_at) if j < i]
            before = [m for m in before if _same_office(m, mention, directory)]
            # the one named with the same title first (`Nhà vua` is the king, not the president
            # named last); a bare `Thủ tướng` in the press is first its own country's
            before.sort(
                key=lambda m: (
                    m.title.lower() != mention.title.lower(),
                    not mention.country and _country(m, directory) != home,
                )
            )
            later = mention.start < title_end or mention.country
            after = [mentions[j] for j in named_at if j > i and later]
            after = [m for m in after if _same_office(m, mention, directory)]
            named = next(iter(before + after), None)
            if named:
                mention = replace(named, start=mention.start, end=mention.end)
        resolved.append(mention)
    return resolved


def _same_office(named: Mention, title: Mention, directory: Directory) -> bool:
    return (
        named.role == title.role
        and bool(named.leader_keys or named.surface)
        and (not title.country or _country(named, directory) == title.country)
    )


def _country(mention: Mention, directory: Directory) -> str:
    if mention.country:
        return mention.country
    return directory.leader(mention.leader_keys[0]).country if mention.leader_keys else ""


# ---- participants -------------------------------------------------------------------------------


def _named(mention: Mention, directory: Directory, day: date | None) -> LeaderEntry | None:
    leaders = [directory.leader(k) for k in mention.leader_keys]
    if len(leaders) > 1 and day:
        holding = [leader for leader in leaders if leader.office_on(day)]
        leaders = holding or leaders
    return leaders[0] if leaders else None


def _in_office_named(mention: Mention, directory: Directory) -> LeaderEntry | None:
    """The leader with only the terms of the office the text names (`Thủ tướng Nguyễn Xuân
    Phúc`: his years as prime minister), for dating; all his terms when it names none he held."""
    leader = _named(mention, directory, None)
    if leader and len(mention.roles) > 1:  # `Tổng Bí thư, Chủ tịch nước X`: both at once
        together = _terms_held_at_once(leader.offices, mention.roles)
        if together:
            return replace(leader, offices=together)
    roles = set(mention.roles) | {mention.role}
    terms = tuple(o for o in leader.offices if o.role in roles) if leader else ()
    return replace(leader, offices=terms) if terms else leader


def _terms_held_at_once(offices, roles) -> tuple[OfficeTerm, ...]:
    """The periods in which one leader held every office of `roles` at once."""
    spans = [OfficeTerm(roles[0], "", "", None, None)]
    for role in dict.fromkeys(roles):
        terms = [o for o in offices if o.role == role]
        spans = [
            replace(span, start=_later(span.start, term.start), end=_earlier(span.end, term.end))
            for span in spans
            for term in terms
        ]
        spans = [s for s in spans if not (s.start and s.end and s.start > s.end)]
    return tuple(spans)


def _later(a: date | None, b: date | None) -> date | None:
    return max(a, b) if a and b else a or b


def _earlier(a: date | None, b: date | None) -> date | None:
    return min(a, b) if a and b else a or b


_UNIQUE_OFFICES = {
    "head_of_state", "head_of_government", "party_leader", "parliament_chair",
    "upper_house_chair", "lower_house_chair", "foreign_minister",
}  # fmt: skip


def _by_office(mention: Mention, directory: Directory, day: date | None) -> LeaderEntry | None:
    if not (day and mention.role in _UNIQUE_OFFICES and mention.country):
        return None
    holders = directory.holders(mention.role, mention.country, day)
    return holders[0] if len(holders) == 1 else None


def _title(leader: LeaderEntry, mention: Mention, day: date | None) -> str:
    if len(mention.roles) > 1:  # offices held together: the directory's titles, if it has them all
        offices = [leader.office_on(day, role) for role in mention.roles] if day else []
        if offices and all(offices):
            return ", ".join(dict.fromkeys(o.title for o in offices))
        return mention.title
    if not mention.role and day:  # named without a title: every office held that day
        held = sorted(  # the party's office first, as the press writes them
            (o for o in leader.offices if o.held_on(day)),
            key=lambda o: (o.role != "party_leader", RANK_OF_ROLE.get(o.role, 9)),
        )
        if len(held) > 1:
            return ", ".join(dict.fromkeys(o.title for o in held))
    office = leader.office_on(day, mention.role or None) if day else None
    office = office or (leader.office_on(day) if day else None)
    if office is None and mention.title:
        return mention.title
    if office is None and mention.role:
        office = next((o for o in leader.offices if o.role == mention.role), None)
    return office.title if office else ""


_DEPUTY_MINISTER = RANK_OF_ROLE["deputy_minister"]


def _rank(participant: Participant, directory: Directory, day: date | None, roles: dict) -> int:
    if participant.is_new:
        return RANK_OF_ROLE.get(roles.get(participant.leader_key, "other"), 5)
    office = directory.leader(participant.leader_key).office_on(day) if day else None
    return RANK_OF_ROLE.get(office.role, 5) if office else 5


_VIETNAMESE_SURNAMES = frozenset(
    [
        "nguyễn",
        "trần",
        "lê",
        "phạm",
        "hoàng",
        "huỳnh",
        "phan",
        "vũ",
        "võ",
        "đặng",
        "bùi",
        "đỗ",
        "hồ",
        "ngô",
        "dương",
        "lý",
        "tô",
        "vương",
        "trương",
        "đinh",
        "lâm",
        "mai",
        "lương",
        "hà",
        "tạ",
        "thái",
        "chu",
        "cao",
        "đoàn",
        "lưu",
        "trịnh",
        "nông",
        "đào",
        "kiều",
        "quan",
        "tòng",
        "tống",
    ]
)


def _country_of_new(mention: Mention, host: str, partner=lambda: "") -> tuple[str, str]:
    """The country of someone the directory lacks, and the reason when it was not read: the
    country written after the title; the one the title implies, unless the name is plainly not
    of it (`Chủ tịch Quốc hội Woo Won Sik` in Seoul: the country visited); Vietnam for a
    Vietnamese name; else the foreign country the report is about (`Thủ tướng khi đó là
    Prayut` in a report of calls with Thailand)."""
    vietnamese = _vietnamese_name(mention.surface)
    implied_home = mention.country == "VN" and not mention.country_written
    if mention.country and not (implied_home and mention.surface and not vietnamese):
        return mention.country, ""
    if vietnamese:
        return "VN", ""
    if host and host != "VN" and mention.surface:
        return host, f"{mention.surface!r} taken to be of the country visited ({host})"
    if mention.surface and (about := partner()):
        return (
            about,
            f"{mention.surface!r} taken to be of the country the report is about ({about})",
        )
    return "", ""


def _partner_country(pt, directory: Directory) -> str:
    """The foreign country named most often, when one is named more than any other."""
    home = directory.focus[0] if directory.focus else "VN"
    counts = Counter(m.code for m in country_names(directory).find(pt) if m.code != home)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return ranked[0][0]


def _vietnamese_name(name: str) -> bool:
    first = name.split()[0].lower() if name else ""
    return first in _VIETNAMESE_SURNAMES and not name.isascii()


def _participants(
    candidate, directory, day, date_read: bool, named_keys, host: str = "", partner=lambda: ""
):
    people, roles, reasons = {}, {}, []
    for mention in candidate.mentions:
        country, guessed = (
            ("", "") if mention.leader_keys else _country_of_new(mention, host, partner)
        )
        acting = mention.title.startswith("Quyền ") and mention.surface  # not the holder
        leader = (
            _named(mention, directory, day)
            if mention.leader_keys
            else None
            if acting
            else _by_office(replace(mention, country=country), directory, day)
        )
        if leader is not None:
            if not mention.leader_keys and mention.surface:
                reasons.append(
                    f"{mention.surface!r} read as {leader.name}, who held that office on that date"
                )
            elif not mention.leader_keys and not (date_read or leader.key in named_keys):
                reasons.append(
                    f"{leader.name} is named only by title; the office holder on that date"
                )
            title = _title(leader, mention, day)
            people.setdefault(
                leader.key, Participant(leader.key, leader.name, title, leader.country)
            )
            continue
        if guessed:
            reasons.append(guessed)
        if mention.surface and country:
            key = ("new", country, " ".join(mention.surface.split()))
            people.setdefault(key, Participant(key, key[2], mention.title, country))
            roles[key] = mention.role
        elif mention.surface or mention.country:
            shown = mention.surface or f"{mention.title} ({mention.country})"
            reasons.append(f"participant not identified: {shown!r}")
    return people, roles, reasons


# ---- assembly -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """What the whole text says once: its calendar, the country visited, the leaders it names."""

    cal: Calendar
    host: str
    named_keys: frozenset
    days_told: int
    filed_from: str = ""  # the country of the dateline's place
    # the foreign country the text names most, whose a stranger likely is: read when needed
    partner: Callable[[], str] = lambda: ""


def assemble(
    pt, mentions, cal: Calendar, verbs, directory: Directory, filed_from: str = ""
) -> list[ExtractedMeeting]:
    """`filed_from`: the country of the dateline's place, the host unless a visit says another
    (`làm việc tại Hàn Quốc` in a report from Hà Nội is no visit)."""
    title_end = pt.text.find("\n") if "\n" in pt.text else 0
    mentions = _with_antecedents(mentions, directory, title_end)
    reading = _Reading(
        cal,
        host_country(pt, directory, strong=True) or filed_from or host_country(pt, directory),
        frozenset(k for m in mentions for k in m.leader_keys),
        len(
            {
                (d.day, d.month)
                for d in cal.dates
                if d.day and cal.is_event_date(d) and not d.is_range
            }
        ),
        filed_from=filed_from,
        partner=lru_cache(maxsize=1)(lambda: _partner_country(pt, directory)),
    )
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
            _country(mention, directory)
            or _country_of_new(mention, reading.host, reading.partner)[0]
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
        places = _places(pt, directory, span, sentence_mentions, reading)
        earlier = _reversed_slice(mentions, first_in_body, lo)
        candidates = candidates_in_sentence(
            span, sentence_mentions, sentence_verbs, pt.lower,
            country_of, earlier,
            lambda m, roles: any(
                o.role in roles for k in m.leader_keys for o in directory.leader(k).offices
            ),
        )  # fmt: skip
        if announced and candidates:  # `Hai Bộ trưởng Ngoại giao hội đàm trực tuyến. A và B ...`
            candidates = [_as_announced(c, *announced) for c in candidates]
        announced = _announced(pt.lower, span, sentence_verbs) if not candidates else None
        attended = _ATTENDED.match(pt.lower, span[0], span[1]) and not sentence_verbs
        if meetings and (_ATTENDING.match(pt.lower, span[0]) or attended):  # more people
            meetings[-1] = _with_attending(
                meetings[-1], sentence_mentions, span, directory, reading
            )
            candidates = []
        if chairs and _ATTENDANCE_LIST.match(pt.lower, span[0]):  # `Tham dự có ...`
            candidates = [
                replace(c, mentions=(*chairs, *c.mentions)) if c.kind == "multilateral" else c
                for c in candidates
            ] or [_Candidate("multilateral", (*chairs, *sentence_mentions), span, span[0])]
        elif chairs and not candidates and _attends(pt.lower, span, sentence_verbs):
            # `Hội nghị ... khai mạc dưới sự chủ trì của X. Phát biểu tại phiên toàn thể, Y ...`
            together = (*chairs, *sentence_mentions)
            if len({country_of(m) for m in together} - {""}) >= 2:
                candidates = [_Candidate("multilateral", together, span, span[0])]
        listed = chairs if _ATTENDANCE_LIST.match(pt.lower, span[0]) else ()
        chairs = _chairs(pt.lower, span, sentence_mentions) or listed  # the list goes on
        if not any(v.kind not in ("visit", "cochair") for v in sentence_verbs):
            attendees += [m for m in sentence_mentions if _ATTENDS.match(pt.lower, m.end)]
        said = _SAID_ABOVE.match(pt.lower, span[0], span[1])
        if said and not candidates:  # `Cuộc hội đàm nói trên diễn ra chiều 30/11 tại ...`
            meetings = _told_in_detail(meetings, said, span, reading, places)
        opening = _RECAP.match(pt.lower, span[0])
        for candidate in candidates if opening else _one_per_date(candidates, cal, sentence_verbs):
            # `Tại hội đàm, ...` tells again of the talks; a meeting it recalls later is another
            recap = bool(opening) and candidate.verb_at < opening.end()
            told_again = candidate
            if recap and _SEVERAL.search(opening.group("told")):  # `các cuộc tiếp và hội đàm`
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
                meetings = _merge_into(meetings, meeting, loose or recap, told_again=recap)
        before = told
        settled = bool(told) and any(m.date.start == told.start for m in meetings)
        told, where = _advance(
            reading, span, sentence_mentions, sentence_verbs, places, told, where, directory,
            settled,
        )  # fmt: skip
        if told is not before:  # `Hôm nay ... hội đàm. Ông X thăm từ 27/2 đến 1/3`: still today
            inside = before if _within(before, told) else None
    meetings = _with_attendees(_one_year(meetings, directory), attendees, directory, reading)
    focus = set(directory.focus)
    return [m for m in meetings if {p.country for p in m.participants} & focus]


# `X chủ trì phiên họp ... . Tham dự có A, B, C`: the chair is at the gathering the list is of.
_ATTENDANCE_LIST = re.compile(
    r"\W*(?:cùng\s+)?(?:tham dự|dự)(?:\s+(?:hội nghị|phiên họp|cuộc họp))?\s+có\s"
)
_CHAIRS = re.compile(r"\s*(?:đã\s+|sẽ\s+)?chủ trì(?!\w)")
_CHAIRED_BY = re.compile(r"(?<!\w)(?:(?:dưới\s+)?sự\s+chủ trì của|do)\s+(?:[^\s,.;]+\s+){0,4}$")
_SESSION = re.compile(r"(?<!\w)(?:hội nghị|phiên họp|phiên toàn thể|cuộc họp|thượng đỉnh)(?!\w)")
# `Phát biểu tại phiên toàn thể, Thủ tướng X ...`, `Thủ tướng X dự phiên khai mạc`: at the session.
_AT_SESSION = re.compile(
    r"(?<!\w)(?:phát biểu|dự|tham dự|có mặt)\s+(?:tại\s+)?(?:phiên|hội nghị|lễ khai mạc|"
    r"lễ bế mạc|cuộc họp|thượng đỉnh)"
)


# `Cuộc hội đàm nói trên diễn ra chiều 30/11 tại Điện Kremlin`: the day and place of one told.
_SAID_ABOVE = re.compile(
    rf"\W*(?:cuộc|buổi)\s+(?P<verb>{_TOLD_AGAIN})\s+(?:nói trên|trên|này|đó)\s+(?:đã\s+)?"
    r"(?:diễn ra|được tổ chức|kéo dài)"
)


# `Thủ tướng X dẫn đầu đoàn Việt Nam dự hội nghị`, `Chủ tịch nước Y tham dự Hội nghị Cấp cao`.
_ATTENDS = re.compile(
    r"(?:\s*,)?\s+(?:đã\s+|sẽ\s+)?(?:dẫn đầu (?:đoàn|phái đoàn)[^.;]{0,60}?\s)?(?:dự|tham dự)\s+"
    r"(?:(?:các\s+)?(?:hội nghị|thượng đỉnh|phiên)|với tư cách (?:quan sát viên|khách mời))"
)


def _with_attendees(meetings, attendees, directory, reading: _Reading):
    """The one summit a report tells of, with everyone it says attended it."""
    summits = [i for i, m in enumerate(meetings) if m.kind == "multilateral"]
    if len(summits) != 1 or not attendees:
        return meetings
    summit = meetings[summits[0]]
    candidate = _Candidate("multilateral", tuple(attendees), (0, 0), 0)
    people, _, _ = _participants(
        candidate, directory, summit.date.start, not summit.date.reasons, reading.named_keys
    )
    have = {p.leader_key for p in summit.participants}
    more = tuple(p for k, p in people.items() if k not in have)
    if not more:
        return meetings
    joined = replace(summit, participants=summit.participants + more)
    return [joined if i == summits[0] else m for i, m in enumerate(meetings)]


def _told_in_detail(meetings, said, span, reading: _Reading, places):
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


def _chairs(lower: str, span, mentions) -> tuple:
    """Who chairs the gathering a sentence tells of: `X chủ trì phiên họp`, `khai mạc dưới sự
    chủ trì của X`, `do X chủ trì`."""
    if not _SESSION.search(lower, *span):
        return ()
    if _SUMMIT_CHAIRED.match(lower, span[0]):  # `Hội nghị do A và B đồng chủ trì`: both
        return tuple(mentions)
    return tuple(
        m
        for m in mentions
        if _CHAIRS.match(lower, m.end)
        or _CHAIRED_BY.search(lower, max(span[0], m.start - 80), m.start)
        and "chủ trì" in lower[max(span[0], m.start - 80) : min(span[1], m.end + 80)]
    )


def _attends(lower: str, span, verbs) -> bool:
    bilateral = [v for v in verbs if v.kind not in ("visit", "cochair")]
    return not bilateral and bool(_AT_SESSION.search(lower, *span))


# `Có mặt tại lễ ký, về phía ta có đồng chí X; về phía bạn có ...`: more people at the meeting
# just told.
_ATTENDING = re.compile(
    r"\W*(?:(?:có mặt|cùng có mặt|cùng dự|tham dự|dự|chứng kiến)\s+(?:tại\s+)?"
    r"(?:lễ|buổi|cuộc|hội đàm|hội kiến|hội nghị)|"
    r"về phía (?:[^\s,;]+\s+){1,3}có\s|"
    r"(?:trước|dưới)\s+sự\s+chứng kiến\s+của\s)"  # `..., A và B đã ký`: the signers too
)

# `Thủ tướng X đã dự lễ ký.`: one more person at the signing just told.
_ATTENDED = re.compile(
    r"[^.;:]{0,100}?(?<!\w)(?:đã\s+|cũng\s+|cùng\s+)*(?:dự|tham dự|chứng kiến|có mặt tại)\s+"
    r"(?:buổi\s+)?lễ\s+ký"
)


def _with_attending(
    meeting: ExtractedMeeting, mentions, span, directory, reading
) -> ExtractedMeeting:
    """The meeting with the people a sentence says attended it, of the countries it has."""
    day = meeting.date.start
    attending = _Candidate(meeting.kind, tuple(mentions), span, span[0])
    people, _, _ = _participants(
        attending, directory, day, not meeting.date.reasons, reading.named_keys
    )
    countries = {p.country for p in meeting.participants}
    have = {p.leader_key for p in meeting.participants}
    summit = meeting.kind == "multilateral"  # any country may be at a summit
    more = tuple(
        p for k, p in people.items() if k not in have and (summit or p.country in countries)
    )
    return replace(meeting, participants=meeting.participants + more) if more else meeting


def _one_year(meetings: list[ExtractedMeeting], directory: Directory) -> list[ExtractedMeeting]:
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


def _reversed_slice(items: list, start: int, end: int):
    """items[start:end] last first, read lazily: most sentences never look back."""
    return lambda: (items[i] for i in range(end - 1, start - 1, -1))


def _one_per_date(candidates: list[_Candidate], cal: Calendar, verbs) -> list[_Candidate]:
    """`gặp nhau ở Hà Nội tháng 11/2013 và tại Sochi tháng 11/2014`, `điện đàm vào tháng 4/2021
    và hội đàm tháng 12/2021`: one meeting a date, of the kind said nearest before it, when a
    sentence tells of one set of people on dates of different months."""
    people = {c.mentions for c in candidates}
    if len(people) != 1:
        return candidates
    met = [v for v in verbs if v.kind != "visit"]
    dates = [  # a date before any meeting is told (`người đến Hà Nội ngày 30/4`) is another thing's
        d
        for d in cal.event_dates(*candidates[0].sentence)
        if not d.is_range and d.month and any(v.start < d.start for v in met)
    ]
    if len({(d.year, d.month) for d in dates}) < 2:
        return candidates
    split = []
    for d in dates:
        said = [v for v in met if v.start < d.start]
        kind = said[-1].kind if said else candidates[0].kind
        kind = "meeting" if kind == "cochair" else kind
        split.append(replace(candidates[0], kind=kind, verb_at=d.start, anchored=True))
    return split


def _places(pt, directory, span, mentions, reading: _Reading) -> list[Place]:
    """Places in the sentence, except those inside a person's name or title."""
    return [
        p
        for p in find_places(pt, directory, *span, reading.host, reading.filed_from)
        if not any(m.start <= p.start < m.end for m in mentions)
    ]


# What may come before a date that opens a sentence: `Sáng hôm qua, `, `Trước đó, ngày `.
_OPENING_TIME = re.compile(
    r"[\W\s]*(?:(?:trước đó|sau đó|tiếp đó|vào|trong|buổi|sáng|trưa|chiều|tối|đêm|ngày|hôm)[\W\s]*)*"
)


# A place named as that of a gathering: `hội nghị của ASEAN ở`, `Diễn đàn ... tại`.
_OF_A_GATHERING = re.compile(
    r"(?<!\w)(?:hội nghị|diễn đàn|thượng đỉnh|hội thảo|kỳ họp|phiên họp)(?!\w)[^,.;]{0,45}"
    r"(?:ở|tại)\s+$"
)


def _advance(
    reading: _Reading, span, mentions, verbs, places, told, where, directory, settled=True
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
            dict.fromkeys(_in_office_named(m, directory) for m in mentions if m.leader_keys)
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
    met = any(v.kind not in ("visit", "cochair") for v in verbs)
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


def _within(day: DateEstimate | None, span: DateEstimate | None) -> bool:
    return bool(
        day and day.start and not day.end and span and span.start and span.end
        and span.start <= day.start <= span.end
    )  # fmt: skip


def _meeting(
    candidate: _Candidate, reading: _Reading, directory, told, where, places, recap=False,
    inside=None,
):  # fmt: skip
    cal = reading.cal
    named = [_in_office_named(m, directory) for m in candidate.mentions if m.leader_keys]
    named_leaders = list(dict.fromkeys(leader for leader in named if leader))
    if recap and told and told.start:  # its dates are of other things
        estimate = told
    else:
        estimate = event_date(
            cal, candidate.sentence, candidate.verb_at, named_leaders, told, reading.days_told,
            inside,
        )  # fmt: skip
    day = estimate.start
    people, roles, reasons = _participants(
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
        ranks = sorted(_rank(p, directory, day, roles) for p in people.values())
        if ranks[0] <= RANK_OF_ROLE["head_of_government"] and ranks[-1] == _DEPUTY_MINISTER:
            kind = "courtesy_call"
    sentence = cal.pt.lower[slice(*candidate.sentence)]
    online = kind == "phone_call" or ONLINE.search(sentence) and not HYBRID.search(sentence)
    venue, city, country, place_reasons = (
        ("", "", "", ())
        if online
        else _place(candidate, estimate, reading, directory, where, places, people)
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


def _place(candidate, estimate, reading: _Reading, directory, where, places, people):
    if candidate.anchored:
        places = sorted(places, key=lambda p: abs(p.start - candidate.verb_at))[:1]
    own = meeting_place(places)
    here = where[1] if where and where[1].city and where[0] == estimate.start else None
    if own and own.venue and here and own.country and here.country != own.country:
        # `tại Nhà Quốc hội` on the day the account is in Canberra: that country's, not Hanoi's
        return own.venue, here.city, here.country, ()
    if own:
        return own.venue, own.city, own.country, ()
    opening = reading.cal.pt.lower[slice(*candidate.sentence)]
    if where and where[1].city and (where[0] is None or where[0] == estimate.start):
        place = where[1]
        venue = place.venue if re.match(r"^\W*(?:sau|tại đây|cũng tại)", opening) else ""
        if CONTINUES.match(opening) or where[0] == estimate.start and not estimate.reasons:
            return venue, place.city, place.country, ()
        return (
            venue,
            place.city,
            place.country,
            (f"place not stated for this meeting; that of the account before it ({place.city})",),
        )
    host = reading.host or _receiving_country(candidate, people)
    capital = directory.capital(host) if host else ""
    if capital:
        return (
            "",
            capital,
            host,
            (f"city not stated; the capital of the host country ({capital}) is assumed",),
        )
    return "", "", host, ("place not stated",)


def _receiving_country(candidate: _Candidate, people: dict) -> str:
    """`A tiếp B`: A receives, at home."""
    if candidate.kind != "courtesy_call":
        return ""
    first = next(iter(people.values()), None)
    return first.country if first else ""


def _merge_into(
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
    """`told_again`: `Tại cuộc điện đàm, ...` dates nothing; the meeting keeps its day."""
    dated = old if told_again else max((old, new), key=lambda m: date_quality(m.date))
    placed = max((old, new), key=lambda m: (bool(m.city), bool(m.venue), not m.place_reasons))
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
