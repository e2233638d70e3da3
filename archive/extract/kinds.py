"""Words that report a meeting, and the kind of meeting each one reports; words that report a
letter or a message instead, and words that put a meeting in the future."""

import re
from dataclasses import dataclass

# Strongest first: `gặp hẹp và hội đàm` is one meeting, reported as talks.
KIND_STRENGTH = {
    "multilateral": 0,
    "talks": 1,
    "phone_call": 2,
    "courtesy_call": 3,
    "meeting": 4,
    "cochair": 5,  # `đồng chủ trì`: a meeting of two, a multilateral one of more
    "visit": 6,
}

_VERBS = (
    (
        "phone_call",
        r"điện đàm|(?:cuộc\s+)?(?:nói chuyện|trò chuyện|trao đổi|hội đàm|cuộc gọi)\s+(?:qua\s+|bằng\s+)?"
        r"(?:điện thoại|đường dây nóng)|cuộc\s+(?:điện thoại|gọi)|gọi\s+điện(?:\s+thoại)?|"
        r"điện thoại\s+(?:cho|với)",
    ),
    # `tổ chức một cuộc họp thượng đỉnh với`: how a machine translation says talks
    ("talks", r"hội đàm|đàm phán|tham vấn|talks|(?:cuộc\s+)?họp\s+thượng\s+đỉnh(?=\s+với)"),
    (
        "courtesy_call",
        r"hội kiến|tiếp kiến|chào\s+xã\s+giao|tiếp\s+xã\s+giao|đến\s+chào|chào\s+từ\s+biệt|"
        r"(?<!sự )(?<!lễ )đón tiếp(?=\s+(?:tại|ở)\s)|"  # `được Tổng Bí thư đón tiếp tại Trụ sở`
        r"(?<!đón )(?<!nghênh )(?<!đãi )(?<!trực )(?<!gián )(?<!liên )(?<!kế )tiếp(?!\s+(?:tục|xúc|cận|theo|nhận|thu|đó|sau|tế|giáp|sức|"
        r"đón|diễn|nối|quản|viện|liệu|thị|vận|tân|thêm|ứng|đà|nữa|tay|khách|đãi|sẽ|đến|theo))",
    ),
    (
        "meeting",
        r"(?:cuộc\s+)?gặp(?:\s+gỡ|\s+mặt|\s+hẹp|\s+riêng|\s+song phương|\s+không chính thức)?|"
        r"làm việc với|trao đổi với(?!\s+(?:báo|phóng viên))|hội nghị thượng đỉnh song phương",
    ),
    # `đồng chủ trì`; `A và B đã thay mặt hai nước ký Hiệp ước`: leaders of two countries who
    # sign together meet to do it.
    (
        "cochair",
        r"(?:đồng|cùng)\s+chủ\s+trì|thay mặt\s+(?:(?:chính phủ|nhà nước)\s+)?(?:hai|các)\s+"
        r"(?:nước|bên|chính phủ|nhà nước|quốc gia)(?:\s*,)?\s+(?:đã\s+)?ký(?:\s+kết)?|"
        # `A và B đã ký Hiệp ước ...`: leaders of two countries signing together
        r"(?<=đã )ký(?:\s+kết)?(?=\s+(?:hiệp ước|hiệp định|tuyên bố chung|hiến chương|công ước)\s)",
    ),
    (
        "visit",
        r"(?:chuyến\s+)?(?:đến\s+)?thăm(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|làm việc))?",
    ),
)
_VERB = re.compile(
    "|".join(f"(?P<{kind}>(?<!\\w)(?:{pattern})(?!\\w))" for kind, pattern in _VERBS)
)
# A letter, a message, a telegram: leaders in touch without meeting.
LETTER = re.compile(
    r"(?<!\w)(?:điện\s+(?:mừng|chúc mừng|chia buồn|thăm hỏi|cảm ơn|trả lời)|thư\s+(?:chúc mừng|"
    r"chia buồn|cảm ơn|trả lời|thăm hỏi|mời)|(?:gửi|trao đổi|nhận được)\s+(?:bức\s+)?(?:thư|điện|"
    r"thông điệp|lẵng hoa)|thông điệp|công hàm|điện văn|thư tay)(?!\w)"
)
# `sau khi hai Thủ tướng hội đàm`, `Sau hội đàm, ...`: an event told again as the time of
# another; `đã nhiều lần gặp gỡ`, `kết quả các cuộc hội đàm`: meetings no one can date. (`trước khi hai bên hội đàm` is the
# first telling of talks still to come in the story: a meeting.)
_SUBORDINATE = re.compile(
    r"(?<!\w)(?:sau khi(?:\s+[^\s,.;]+){0,4}|(?:sau|trước|kết thúc)(?:\s+(?:cuộc|buổi))?|"
    r"là(?:\s+(?:một|những|các))?(?:\s+(?:cuộc|lần|buổi)(?:\s+[^\s,.;]+){0,2}?)?|"  # `Đây là cuộc điện đàm`
    r"nhiều lần|nhiều cuộc|thường xuyên|từng|kết quả(?:\s+của)?\s+(?:các|những)\s+(?:cuộc|buổi))\s+$"
)
# Once a sentence says `sẽ` or `dự kiến`, what it lists after is still to come.
FUTURE_FROM = re.compile(
    r"(?<!\w)(?:sẽ|dự kiến|dự định|theo chương trình|theo kế hoạch|sắp tới)(?!\w)"
)
# `sẽ hội đàm`, `dự kiến hội kiến`, `mời ... sang thăm`: a meeting to come or wished for.
FUTURE = re.compile(
    r"(?<!\w)(?:sẽ|dự kiến|dự định|sắp|chuẩn bị|mong muốn|mong|hy vọng|hi vọng|đề nghị|mời|lịch|"
    r"nhận lời|lên kế hoạch|tiến tới|nhằm)(?:\s+(?:có|được|sớm|tiến hành|tổ chức|tới|cuộc|các|một|cho|"
    r"sang|đến|tiếp tục))*\s+$"
)
ONLINE = re.compile(r"(?<!\w)(?:trực tuyến|trực\s+tuyến|qua\s+(?:cầu\s+)?truyền hình|online)(?!\w)")
# `kết hợp trực tiếp và trực tuyến`: some sat together, so the meeting has a place.
HYBRID = re.compile(
    r"(?<!\w)(?:kết hợp(?:\s+hình thức)?\s+trực tiếp\s+(?:và|với)\s+trực tuyến|"
    r"trực tiếp\s+kết hợp(?:\s+với)?\s+trực tuyến)(?!\w)"
)


# The telephone named later in the clause: `hội đàm với ... qua điện thoại`.
_BY_PHONE = re.compile(r"[^.;:]{0,120}?(?<!\w)(?:qua|bằng)\s+(?:điện thoại|đường dây nóng)(?!\w)")


# `tiếp tục đàm phán`, `hoàn tất đàm phán`, `hai mươi năm đàm phán`: negotiating as a process.
_NEGOTIATING = re.compile(
    r"(?<!\w)(?:tiếp tục|đang|thúc đẩy|hoàn tất|hoàn thành|kết thúc|khởi động|bắt đầu|năm|tháng|"
    r"quá trình|tiến trình)\s+$"
)


# A date told right after a verb: `từng gặp nhau tại X hồi tháng 10/2017`.
_DATED = re.compile(r"[^.;]{0,120}?(?<!\w)(?:hồi|vào|ngày|tháng|năm)\s+\d")
# `sau cuộc điện đàm giữa A và B tối 29/3`: an earlier meeting, told with its own day.
_AFTER_THE = re.compile(r"(?:sau|trước)\s+(?:cuộc|buổi)\s+")
_DATED_AT = re.compile(
    r"[^.;,]{0,100}?(?<!\w)(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+\d{1,2}\s*/\s*\d{1,2}(?!\d)|"
    r"tháng\s+\d{1,2}\s*/\s*(?:19|20)\d\d)"
)
# `sau cuộc hội đàm tại Phủ Chủ tịch giữa A và B`: both sides named, so a meeting told first.
_BETWEEN_TWO = re.compile(r"\s+(?:[^\s,.;:()]+\s+){0,6}?giữa\s[^,;.:]*?\svà\s")
_RETOLD = re.compile(r"[^.;,]{0,30},\s+khi\s")


# `đồng chủ trì Hội nghị thượng đỉnh (trực tuyến) Việt Nam – Ấn Độ`: two leaders' summit is talks.
_TALKS_CHAIRED = re.compile(
    r"\s+(?:cuộc\s+)?(?:hội nghị thượng đỉnh|họp thượng đỉnh|hội đàm)(?!\w)"
)


def cochaired(lower: str, verb: "VerbMention") -> str:
    """The kind of a meeting two leaders co-chair: talks when it is a summit or talks."""
    return "talks" if _TALKS_CHAIRED.match(lower, verb.end) else "meeting"


@dataclass(frozen=True)
class VerbMention:
    start: int
    end: int
    kind: str


def find_verbs(lower: str, start: int = 0, end: int | None = None) -> list[VerbMention]:
    found = []
    for match in _VERB.finditer(lower, start, len(lower) if end is None else end):
        before = lower[max(0, match.start() - 40) : match.start()]
        subordinate = _SUBORDINATE.search(before)
        if subordinate and subordinate.group().startswith("từng"):  # `từng gặp nhau hồi 10/2017`
            dated = _DATED.match(lower, match.end())  # unless `, khi A hội kiến B` tells it again
            if dated and not _RETOLD.match(lower, dated.end()):
                subordinate = None
        elif (
            subordinate
            and _AFTER_THE.fullmatch(subordinate.group())
            and (_DATED_AT.match(lower, match.end()) or _BETWEEN_TWO.match(lower, match.end()))
        ):  # `sau cuộc điện đàm ... tối 29/3`, `sau cuộc hội đàm giữa A và B`: a meeting told
            subordinate = None
        if FUTURE.search(before) or subordinate:
            continue
        if match.group() == "đàm phán" and _NEGOTIATING.search(before):
            continue  # `hai bên tiếp tục đàm phán về ...`: a negotiation going on, not a meeting
        if match.group() == "tham vấn" and "cơ chế" in before[-30:]:
            continue  # `duy trì các cơ chế đối thoại, tham vấn`: a mechanism, not a meeting
        kind = match.lastgroup
        if kind in ("talks", "meeting") and _BY_PHONE.match(lower, match.end()):
            kind = "phone_call"  # `hội đàm với Tổng thống X qua điện thoại`
        found.append(VerbMention(match.start(), match.end(), kind))
    return found


def meeting_verbs(verbs: list[VerbMention]) -> list[VerbMention]:
    """The verbs that tell of leaders meeting one another: not a visit, not chairing a gathering."""
    return [v for v in verbs if v.kind not in ("visit", "cochair")]


def same_event_kinds(kind_a: str, kind_b: str) -> bool:
    """A telephone call and a meeting face to face are never one event."""
    return (kind_a == "phone_call") == (kind_b == "phone_call")


def stronger(kind_a: str, kind_b: str) -> str:
    return min(kind_a, kind_b, key=KIND_STRENGTH.__getitem__)
