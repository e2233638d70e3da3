"""Who a sentence means when it names fewer than two sides: `hai nhà lãnh đạo`, `hai Thủ tướng`,
`ông` as a subject. The people the text has been telling of, found among the mentions before it.
"""

import re
from dataclasses import replace

from .extracted import Candidate
from .kinds import meeting_verbs, stronger
from .mentions import Mention

# `hai nhà lãnh đạo`, `hai bên`, `gặp nhau`: the two leaders the text has been telling of;
# `hai Chủ tịch Quốc hội`, `hai Thủ tướng`: the two who hold that office.
PAIR = re.compile(
    r"(?<!\w)(?:(?:cả\s+)?hai\s+(?P<office>chủ tịch quốc hội|thủ tướng|bộ trưởng ngoại giao|"
    r"ngoại trưởng|tổng thống|tổng bí thư|chủ tịch nước|thứ trưởng|bộ trưởng|chủ tịch|"
    r"nhà lãnh đạo|bên|người|ông|vị|nguyên thủ|lãnh đạo)|lãnh đạo hai nước|nhau|họ)(?!\w)"
)
# `Sau đó, ông đã có cuộc hội kiến với Thủ tướng X`: the guest the text tells of, by a pronoun.
PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\bsau đó\s+)(?:ông|bà|vị khách|ngài)\s+(?:(?:đã|cũng|còn|tiếp tục)\s+)*"
    r"(?:có\s+)?(?:(?:các|cuộc|buổi)\s+)?(?:hội kiến|hội đàm|gặp|tiếp|điện đàm|trao đổi|chào)(?!\w)"
)
OFFICE_OF_PAIR = {
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


def protagonist(mentions, earlier, country_of) -> list[Mention]:
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


def not_sending(earlier, lower: str):
    """The earlier mentions, but those named as sending a message."""
    return lambda: (m for m in earlier() if not _SENDS.match(lower, m.end))


def announcement(lower: str, span, verbs) -> tuple[str, tuple] | None:
    """`Hai Bộ trưởng Ngoại giao ... hôm nay hội đàm trực tuyến`, naming no one: the kind of a
    meeting of two holders of an office, whose names the next sentence gives."""
    pair = PAIR.search(lower, span[0], span[1])
    offices = OFFICE_OF_PAIR.get(pair.group("office") or "", ()) if pair else ()
    told = [v.kind for v in meeting_verbs(verbs)]
    return (told[0], offices) if offices and told else None


def as_announced(candidate: Candidate, kind: str, offices: tuple) -> Candidate:
    holders = all(set(m.roles) & set(offices) for m in candidate.mentions)
    return replace(candidate, kind=stronger(kind, candidate.kind)) if holders else candidate


def with_counterparts(mentions, earlier, country_of, offices=(), ever_held=None) -> list[Mention]:
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
