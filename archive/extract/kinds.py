"""Words that report a meeting, and the kind of meeting each one reports."""

import re
from dataclasses import dataclass

# Strongest first: `gặp hẹp và hội đàm` is one meeting, reported as talks.
KIND_STRENGTH = {"talks": 0, "phone_call": 1, "courtesy_call": 2, "meeting": 3, "visit": 4}

_VERBS = (
    (
        "phone_call",
        r"điện đàm|(?:cuộc\s+)?(?:nói chuyện|trao đổi|hội đàm)\s+(?:qua\s+)?điện thoại|cuộc\s+điện thoại|gọi\s+điện(?:\s+thoại)?",
    ),
    ("talks", r"hội đàm|đàm phán|talks"),
    (
        "courtesy_call",
        r"hội kiến|tiếp kiến|chào\s+xã\s+giao|tiếp\s+xã\s+giao|đến\s+chào|"
        r"tiếp(?!\s+(?:tục|xúc|cận|theo|nhận|thu|đó|sau|tế|giáp|sức|đón|diễn|nối|quản|viện|liệu|thị|vận|tân|thêm|ứng|đà|nữa))",
    ),
    (
        "meeting",
        r"(?:cuộc\s+)?gặp(?:\s+gỡ|\s+mặt|\s+hẹp|\s+riêng|\s+song phương)?|tham vấn|làm việc với|trao đổi với",
    ),
    (
        "visit",
        r"(?:chuyến\s+)?(?:đến\s+)?thăm(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|làm việc))?",
    ),
)
_VERB = re.compile(
    "|".join(f"(?P<{kind}>(?<!\\w)(?:{pattern})(?!\\w))" for kind, pattern in _VERBS)
)


@dataclass(frozen=True)
class VerbMention:
    start: int
    end: int
    kind: str


def find_verbs(lower: str, start: int = 0, end: int | None = None) -> list[VerbMention]:
    found = []
    for match in _VERB.finditer(lower, start, len(lower) if end is None else end):
        found.append(VerbMention(match.start(), match.end(), match.lastgroup))
    return found


def stronger(kind_a: str, kind_b: str) -> str:
    return min(kind_a, kind_b, key=KIND_STRENGTH.__getitem__)
