"""Who met whom in one sentence, as told: the verbs of meeting, the people before and after each,
split into one candidate a pair of sides (and one a date, where a sentence tells of several).
"""

import re
from dataclasses import replace

from .absent import absent
from .counterparts import (
    OFFICE_OF_PAIR,
    PAIR,
    PRONOUN_SUBJECT,
    not_sending,
    protagonist,
    with_counterparts,
)
from .extracted import Candidate
from .gatherings import gathering_of_many
from .kinds import LETTER, VerbMention, cochaired, meeting_verbs, stronger
from .mentions import SECOND_OFFICE, Mention
from .report_calendar import Calendar

# `hội đàm giữa A và B`: the meeting's people are the two named, up to the next clause.
# `hội đàm diễn ra trước đó cùng ngày giữa A và B`, `hội đàm tại Phủ Chủ tịch giữa A và B`.
# A comma that joins two offices of one person (`giữa Tổng Bí thư, Chủ tịch nước Tô Lâm và …`)
# does not end it.
_BETWEEN = re.compile(
    r"\s+(?:[^\s,.;:()]+\s+){0,6}?giữa\s[^,;.:]*"
    rf"(?:,\s*{SECOND_OFFICE}[^,;.:]*)*"
)


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


def candidates_in_sentence(
    span, mentions, verbs, lower: str, country_of, earlier, ever_held=None
) -> list[Candidate]:
    """Who met whom in one sentence. `earlier`: the mentions before it, for `hai nhà lãnh đạo`;
    `ever_held(mention, roles)`: whether that leader ever held one of those offices."""
    text = lower[span[0] : span[1]]
    if LETTER.search(text):
        return []
    mentions = [m for m in mentions if not absent(lower, m, verbs)]
    countries = {country_of(m) for m in mentions} - {""}
    bilateral = meeting_verbs(verbs)
    if gathering_of_many(text, countries) and not bilateral:
        return [Candidate("multilateral", tuple(mentions), span, mentions[0].start)]
    verbs = [
        replace(v, kind=cochaired(lower, v)) if v.kind == "cochair" else v
        for v in verbs
        if v.kind != "visit"
    ]
    if not verbs:
        return []
    pair = PAIR.search(text)
    if len(countries) < 2 and pair:
        offices = OFFICE_OF_PAIR.get(pair.group("office") or "", ())
        mentions = with_counterparts(
            mentions, not_sending(earlier, lower), country_of, offices, ever_held
        )
    elif len(countries) < 2 and PRONOUN_SUBJECT.search(text):
        mentions = [*protagonist(mentions, earlier, country_of), *mentions]
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
            found += _pairs(Candidate(kind, both, span, start), country_of)
            continue
        objects = tuple(m for m in mentions if end <= m.start < limit)
        if not objects:
            if (i == 0 or not found) and len(subject) >= 2:  # `A và B đã hội đàm`
                found += _pairs(Candidate(kind, subject, span, start), country_of)
            elif len(subject) >= 2 and pair and not any(c.kind == kind for c in found):
                found += [Candidate(kind, subject, span, start)]  # `điện đàm ... và hội đàm`
            continue
        if subject and (kind == "courtesy_call" or len(objects) > 1 and kind != "talks"):
            for obj in objects:
                found += _pairs(Candidate(kind, subject + (obj,), span, start), country_of)
        else:
            found += _pairs(Candidate(kind, subject + objects, span, start), country_of)
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


def _pairs(candidate: Candidate, country_of) -> list[Candidate]:
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


def one_per_date(candidates: list[Candidate], cal: Calendar, verbs) -> list[Candidate]:
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
        kind = cochaired(cal.pt.lower, said[-1]) if kind == "cochair" else kind
        split.append(replace(candidates[0], kind=kind, verb_at=d.start, anchored=True))
    return split
