"""Leaders a sentence names who are not at its meeting: those who send greetings, are represented
by someone else, or are mourned.
"""

import re

from .mentions import Mention

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


def absent(lower: str, mention: Mention, verbs) -> bool:
    """Whether the sentence names this leader only as sending greetings, represented or mourned."""
    return (
        _sends_greetings(lower, mention)
        or _represented(lower, mention)
        or _mourned(lower, mention, verbs)
    )
