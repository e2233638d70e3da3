"""Summits, councils and ceremonies of many countries: telling one from bilateral meetings, who
chairs it, and who the text says attended it or the signing just told.
"""

import re
from dataclasses import replace

from .extracted import Candidate, ExtractedMeeting
from .kinds import meeting_verbs
from .participants import identify_participants
from .reading import Reading

# A summit, a council, a ceremony: with leaders of three or more countries, one multilateral
# meeting. `bên lề` (on the sidelines) reports the bilateral meetings around one instead.
_GATHERING = re.compile(
    r"(?<!\w)(?:hội nghị|thượng đỉnh|cấp cao|hội đồng|diễn đàn|lễ ký|ký kết|ký|cuộc họp|phiên họp|"
    r"dự|tham dự|chủ trì|đồng chủ trì|họp)(?!\w)"
)
SIDELINES = re.compile(r"(?<!\w)bên lề(?!\w)")
# `dự Hội nghị Cấp cao ASEAN ... do Tổng thống In-đô-nê-xi-a chủ trì`: a gathering of many
# countries, whatever the number of leaders the sentence happens to name.
_ATTENDS_SUMMIT = re.compile(
    r"(?<!\w)(?:dự|tham dự|chủ trì|đồng chủ trì)\s+(?:[^\s,.;]+\s+){0,3}?"
    r"(?:hội nghị|thượng đỉnh|phiên họp|diễn đàn)(?!\w)"
)
# `Hội nghị do Tổng thống Moon Jae-in và Thủ tướng Prayut đồng chủ trì`: a summit, by its chairs.
_SUMMIT_CHAIRED = re.compile(
    r"\W*(?:hội nghị|thượng đỉnh|phiên họp)(?!\w)[^.;]{0,60}?(?:\sdo\s[^.;]+\sđồng chủ trì(?!\w)|"
    r"\s(?:dưới\s+)?sự\s+đồng chủ trì của\s)"
)
# `mời ... thăm Việt Nam và dự Hội nghị cấp cao APEC`, `sẽ dự`: a summit asked for or ahead.
_NOT_YET = re.compile(
    r"(?<!\w)(?:mời|nhận lời|sẽ|dự kiến|dự định|kế hoạch|chuẩn bị|mong muốn|đề nghị|hy vọng)(?!\w)"
)
_MANY_COUNTRIES = re.compile(
    r"(?<!\w)(?:các nước|các quốc gia|các nhà lãnh đạo|lãnh đạo các|đa phương|asean|apec|g20|g7|"
    r"brics|sco|asem|mê công|mekong|liên hợp quốc|đông á|á\s*-?\s*âu|á\s*-?\s*phi)(?!\w)"
)


def gathering_of_many(text: str, countries: set[str]) -> bool:
    """Whether a sentence (`text`, lower case) tells of one gathering of the many countries it
    names (`countries`), not of the meetings on its sidelines."""
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
    return bool(many) and not SIDELINES.search(text)


# `X chủ trì phiên họp ... . Tham dự có A, B, C`: the chair is at the gathering the list is of.
ATTENDANCE_LIST = re.compile(
    r"\W*(?:cùng\s+)?(?:tham dự|dự)(?:\s+(?:hội nghị|phiên họp|cuộc họp))?\s+có\s"
)
_CHAIRS = re.compile(r"\s*(?:đã\s+|sẽ\s+)?chủ trì(?!\w)")
_CHAIRED_BY = re.compile(
    r"(?<!\w)(?:(?:dưới\s+)?sự\s+(?:đồng\s+)?chủ trì của|do)\s+(?:[^\s,.;]+\s+){0,4}$"
)
_SESSION = re.compile(r"(?<!\w)(?:hội nghị|phiên họp|phiên toàn thể|cuộc họp|thượng đỉnh)(?!\w)")
# `Phát biểu tại phiên toàn thể, Thủ tướng X ...`, `Thủ tướng X dự phiên khai mạc`: at the session.
_AT_SESSION = re.compile(
    r"(?<!\w)(?:phát biểu|dự|tham dự|có mặt)\s+(?:tại\s+)?(?:phiên|hội nghị|lễ khai mạc|"
    r"lễ bế mạc|cuộc họp|thượng đỉnh)"
)


# `Thủ tướng X dẫn đầu đoàn Việt Nam dự hội nghị`, `Chủ tịch nước Y tham dự Hội nghị Cấp cao`.
ATTENDS = re.compile(
    r"(?:\s*,)?\s+(?:đã\s+|sẽ\s+)?(?:dẫn đầu (?:đoàn|phái đoàn)[^.;]{0,60}?\s)?(?:dự|tham dự)\s+"
    r"(?:(?:các\s+)?(?:hội nghị|thượng đỉnh|phiên)|với tư cách (?:quan sát viên|khách mời))"
)


def with_attendees(meetings, attendees, directory, reading: Reading):
    """The one summit a report tells of, with everyone it says attended it."""
    summits = [i for i, m in enumerate(meetings) if m.kind == "multilateral"]
    if len(summits) != 1 or not attendees:
        return meetings
    summit = meetings[summits[0]]
    candidate = Candidate("multilateral", tuple(attendees), (0, 0), 0)
    people, _, _ = identify_participants(
        candidate, directory, summit.date.start, not summit.date.reasons, reading.named_keys
    )
    have = {p.leader_key for p in summit.participants}
    more = tuple(p for k, p in people.items() if k not in have)
    if not more:
        return meetings
    joined = replace(summit, participants=summit.participants + more)
    return [joined if i == summits[0] else m for i, m in enumerate(meetings)]


def chairs_of(lower: str, span, mentions) -> tuple:
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


def attends(lower: str, span, verbs) -> bool:
    bilateral = meeting_verbs(verbs)
    return not bilateral and bool(_AT_SESSION.search(lower, *span))


# `Có mặt tại lễ ký, về phía ta có đồng chí X; về phía bạn có ...`: more people at the meeting
# just told.
ATTENDING = re.compile(
    r"\W*(?:(?:có mặt|cùng có mặt|cùng dự|tham dự|dự|chứng kiến)\s+(?:tại\s+)?"
    r"(?:lễ|buổi|cuộc|hội đàm|hội kiến|hội nghị)|"
    r"về phía (?:[^\s,;]+\s+){1,3}có\s|"
    r"(?:trước|dưới)\s+sự\s+chứng kiến\s+của\s)"  # `..., A và B đã ký`: the signers too
)

# `Thủ tướng X đã dự lễ ký.`: one more person at the signing just told.
ATTENDED = re.compile(
    r"[^.;:]{0,100}?(?<!\w)(?:đã\s+|cũng\s+|cùng\s+)*(?:dự|tham dự|chứng kiến|có mặt tại)\s+"
    r"(?:buổi\s+)?lễ\s+ký"
)


def with_attending(
    meeting: ExtractedMeeting, mentions, span, directory, reading
) -> ExtractedMeeting:
    """The meeting with the people a sentence says attended it, of the countries it has."""
    day = meeting.date.start
    attending = Candidate(meeting.kind, tuple(mentions), span, span[0])
    people, _, _ = identify_participants(
        attending, directory, day, not meeting.date.reasons, reading.named_keys
    )
    countries = {p.country for p in meeting.participants}
    have = {p.leader_key for p in meeting.participants}
    summit = meeting.kind == "multilateral"  # any country may be at a summit
    more = tuple(
        p for k, p in people.items() if k not in have and (summit or p.country in countries)
    )
    return replace(meeting, participants=meeting.participants + more) if more else meeting
