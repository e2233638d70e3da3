"""Date mentions in Vietnamese text: `29/6`, `28/6-1/7/2017`, `ngày 12 tháng 11 năm 2013`,
`tháng 5/2015`, `chiều qua`, `thứ Năm tuần trước`; the year an anniversary falls in
(`kỷ niệm 75 năm ... (30/1/1950)`).

Works on the lowercased text; what a mention means on the calendar is decided by `dating`."""

import re
from dataclasses import dataclass, replace

_NUMBER_WORDS = {
    "một": 1,
    "mốt": 1,
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "chạp": 12,
}
_NUMBER_WORD = r"(?:mười|hai mươi|ba mươi)(?: (?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín))?|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|giêng|chạp"
_DAY = rf"(?:\d{{1,2}}|{_NUMBER_WORD})"
_MONTH = rf"(?:\d{{1,2}}|{_NUMBER_WORD})"
_YEAR = r"(?:19|20)\d\d"
# `một nghìn chín trăm bảy mươi tám`, `hai nghìn không trăm mười tám`, `hai ngàn lẻ năm`
_DIGIT_WORD = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín)"
_YEAR_WORDS = (
    r"(?:một\s+(?:nghìn|ngàn)\s+chín\s+trăm|hai\s+(?:nghìn|ngàn)(?:\s+không\s+trăm)?)"
    rf"(?:\s+(?:lẻ|linh)\s+{_DIGIT_WORD}|\s+mười(?:\s+{_DIGIT_WORD})?|"
    rf"\s+{_DIGIT_WORD}\s+mươi(?:\s+{_DIGIT_WORD})?)?"
)
_WEEKDAY_NUMBERS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "bẩy": 5}
_WEEKDAYS = r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật"
_DAY_PREFIX = r"(?:(?:sáng|trưa|chiều|tối|đêm|rạng sáng|hôm)\s+)?(?:ngày\s+(?:mùng\s+|mồng\s+)?)?"


def _number(token: str | None) -> int | None:
    if token is None:
        return None
    if token.isdigit():
        return int(token)
    words = token.split()
    if words[0] in {"hai", "ba"} and len(words) > 1 and words[1] == "mươi":
        return _NUMBER_WORDS[words[0]] * 10 + (_NUMBER_WORDS[words[2]] if len(words) > 2 else 0)
    if words[0] == "mười":
        return 10 + (_NUMBER_WORDS[words[1]] if len(words) > 1 else 0)
    return _NUMBER_WORDS.get(words[0])


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    # `chiều qua`, `thứ Năm`, `tuần trước`: a day counted from the publication date (dateline)
    relative: str | None = None
    offset: int | None = None  # days after the publication date: -1 for `hôm qua`
    weekday: int | None = None  # 0 = Monday, for `thứ Hai`
    week: int = 0  # -1: `tuần trước` (the week before the publication date's)
    months: int | None = None  # months after the report's: 0 for `tháng này`, -1 for `tháng trước`
    year_offset: int | None = None  # years after the report's: -1 for `tháng 9 năm ngoái`
    next_day: bool = False  # `sáng hôm sau`: the day after the one the story is at

    @property
    def is_range(self) -> bool:
        return self.end_day is not None or self.end_month is not None

    @property
    def is_long(self) -> bool:
        """A span of more than two months (`2/12/1975 - 2/12/2025`): an era, not a visit."""
        if not self.is_range:
            return False
        years = (self.end_year or self.year or 0) - (self.year or self.end_year or 0)
        months = years * 12 + (self.end_month or self.month or 0) - (self.month or 0)
        return months > 2


_PATTERNS = [
    # `2024 năm 6 tháng 20 ngày`: a machine translation keeps the Chinese order (2024年6月20日)
    (
        "day",
        re.compile(
            rf"(?<![\d/])(?P<y1>{_YEAR})\s*năm\s+(?P<m1>\d{{1,2}})\s*tháng\s+(?P<d1>\d{{1,2}})\s*ngày(?!\w)"
        ),
    ),
    # 28/6-1/7/2017, từ ngày 28/6 đến ngày 1/7/2017
    (
        "range",
        re.compile(
            rf"(?:từ\s+)?{_DAY_PREFIX}(?P<d1>\d{{1,2}})/(?P<m1>\d{{1,2}})(?:/(?P<y1>{_YEAR}))?"
            rf"\s*(?:-|–|đến\s+(?:ngày\s+)?|tới\s+(?:ngày\s+)?)\s*"
            rf"(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y2>{_YEAR}))?(?![\d/])"
        ),
    ),
    # từ ngày 19 đến 20/5/2016, 5-8/9/2018, ngày 6 đến ngày 7 tháng 4 năm 2015
    (
        "range",
        re.compile(
            rf"(?<![\d/])(?:từ\s+)?(?:ngày\s+)?(?P<d1>\d{{1,2}})\s*(?:-|–|và\s+|đến\s+(?:ngày\s+)?|tới\s+(?:ngày\s+)?)\s*"
            rf"(?P<d2>\d{{1,2}})(?:[/-]|\s+tháng\s+)(?P<m2>\d{{1,2}})"
            rf"(?:(?:[/-]|\s+năm\s+|,\s*năm\s+)(?P<y2>{_YEAR}))?(?![\d/])"
        ),
    ),
    # ngày 12 tháng 11 năm 2013, 21 tháng 3 năm 2016, ngày mười hai tháng Mười một
    (
        "day",
        re.compile(
            rf"{_DAY_PREFIX}(?P<d1>{_DAY})\s+tháng\s+(?P<m1>{_MONTH})(?:(?:\s+|,\s*)năm\s+(?:(?P<y1>{_YEAR})|(?P<y1w>{_YEAR_WORDS})(?!\w))|/(?P<y1b>{_YEAR}))?(?!\d)"
        ),
    ),
    # chiều 29/6, ngày 1/7/2017, 29-6-2017
    (
        "day",
        re.compile(
            rf"(?<![\d/.])(?P<prefix>{_DAY_PREFIX})(?P<d1>\d{{1,2}})(?P<sep>[/-])(?P<m1>\d{{1,2}})(?:(?P=sep)(?P<y1>{_YEAR}))?(?![\d/])"
        ),
    ),
    # tháng 5/2015, tháng 5 năm 2015, tháng Năm
    (
        "month",
        re.compile(
            rf"tháng\s+(?P<m1>{_MONTH})(?:(?:/|\s+năm\s+|,\s*năm\s+)(?P<y1>{_YEAR}))?(?![\d/])"
        ),
    ),
    (
        "relative",
        re.compile(
            r"(?<!\w)(?:(?:sáng|trưa|chiều|tối|đêm|hôm|rạng sáng)\s+(?:qua|nay|kia|mai)|"
            r"ngày\s+(?:hôm\s+)?(?:qua|nay|mai|kia)|hôm\s+trước)(?!\w)"
        ),
    ),
    (
        "next",
        re.compile(r"(?<!\w)(?:(?:sáng|trưa|chiều tối|chiều|tối|đêm|ngày)\s+)?hôm\s+sau(?!\w)"),
    ),
    (
        "weekday",
        re.compile(
            rf"(?<!\w)(?:(?P<part>sáng|trưa|chiều|tối|đêm|hôm|ngày|vào)\s+)?(?P<wd>{_WEEKDAYS})"
            r"(?P<when>\s+(?:tuần\s+(?:trước|qua|rồi|này|tới|sau)|vừa\s+qua|tới|này))?(?!\w)"
        ),
    ),
    ("week", re.compile(r"(?<!\w)(?:tuần\s+(?:trước|qua|rồi))(?!\w)")),
    # `hồi đầu tháng này`, `cuối tháng trước`, `tháng trước`: a month counted from the report's
    (
        "months",
        re.compile(r"(?<!\w)(?:(?:đầu|giữa|cuối)\s+tháng\s+(?:này|trước)|tháng\s+trước)(?!\w)"),
    ),
]
_OFFSETS = {"qua": -1, "nay": 0, "kia": -2, "mai": 1, "trước": -1}
_YEAR_MENTION = re.compile(rf"(?<!\d)({_YEAR})(?!\d)")


def find_dates(lower: str, text: str | None = None) -> list[DateMention]:
    """Date mentions, earliest first, none overlapping (the first pattern to claim a span wins).

    `text` (the original, same length) tells a weekday (`thứ Năm`) from an ordinal (`lần thứ
    năm`): the press capitalises weekdays or writes them after `hôm`, `ngày`, `vào`..."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(lower):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            mention = _mention(kind, match, text)
            if mention:
                taken.append((match.start(), match.end()))
                found.append(mention)
    found = [_with_year_word(_with_weekday(m, lower), lower) for m in found]
    dated = [m.start for m in found if m.day and m.weekday is not None]
    found = [  # the weekday is now that date's, not a day of its own
        m for m in found if not (m.relative and any(m.end <= d <= m.end + 16 for d in dated))
    ]
    return sorted(found, key=lambda m: m.start)


# `tháng 9 năm ngoái`, `ngày 17/11 năm nay`: a year counted from the report's.
_YEAR_WORD = re.compile(r"\s+năm\s+(ngoái|trước|kia|nay)(?!\w)")
_YEARS_BACK = {"ngoái": -1, "trước": -1, "kia": -2, "nay": 0}


def _with_year_word(mention: DateMention, lower: str) -> DateMention:
    if mention.year or not mention.month or mention.relative or mention.is_range:
        return mention
    word = _YEAR_WORD.match(lower, mention.end)
    if not word:
        return mention
    return replace(mention, end=word.end(), year_offset=_YEARS_BACK[word.group(1)])


# `thứ Ba ngày 20 tháng 11`, `Chủ nhật, 18/11`: the weekday of a date, which tells its year.
_WEEKDAY_BEFORE = re.compile(rf"(?<!\w)({_WEEKDAYS})[\s,]*(?:ngày\s+)?$")


def _with_weekday(mention: DateMention, lower: str) -> DateMention:
    if not (mention.day and mention.month) or mention.year or mention.weekday is not None:
        return mention
    before = _WEEKDAY_BEFORE.search(lower, max(0, mention.start - 16), mention.start)
    if not before:
        return mention
    return replace(mention, weekday=_weekday_number(before.group(1).split()))


def _weekday_number(words: list[str]) -> int:
    """0 for Monday (`thứ Hai`, `thứ 2`) to 6 for Sunday (`Chủ nhật`)."""
    if words[0] == "chủ":
        return 6
    return int(words[-1]) - 2 if words[-1].isdigit() else _WEEKDAY_NUMBERS[words[-1]]


def _mention(kind: str, match: re.Match, text: str | None = None) -> DateMention | None:
    groups = match.groupdict()
    if kind == "relative":
        word = match.group().split()[-1]
        return DateMention(
            match.start(), match.end(), relative=match.group(), offset=_OFFSETS[word]
        )
    if kind == "weekday":
        return _weekday(match, text)
    if kind == "week":
        return DateMention(match.start(), match.end(), relative=match.group(), week=-1)
    if kind == "next":
        return DateMention(match.start(), match.end(), relative=match.group(), next_day=True)
    if kind == "months":
        months = -1 if match.group().endswith("trước") else 0
        return DateMention(match.start(), match.end(), relative=match.group(), months=months)
    if kind == "day" and "sep" in groups and not groups["y1"] and not groups["prefix"].strip():
        # A bare `3/5` may be a score or a ratio; a date comes with ngày/chiều/... or a year, or
        # set off by commas or brackets (`Sang ngày thứ hai, 6/9, ...`).
        source = match.string
        before = source[: match.start()].rstrip()[-1:]
        after = source[match.end() :].lstrip()[:1]
        if not (before in ",(" and after in ",)"):
            return None
    day, month = _number(groups.get("d1")), _number(groups.get("m1"))
    year = _int(groups.get("y1") or groups.get("y1b")) or _year_in_words(groups.get("y1w"))
    end_day, end_month, end_year = (
        _number(groups.get("d2")),
        _number(groups.get("m2")),
        _int(groups.get("y2")),
    )
    if kind == "range":
        month = month or end_month
        year = year or end_year
        if year and end_year and month and end_month and month > end_month:
            year = end_year - 1
    if not _valid(day, month) or not _valid(end_day, end_month or month):
        return None
    return DateMention(match.start(), match.end(), day, month, year, end_day, end_month, end_year)


def _weekday(match: re.Match, text: str | None) -> DateMention | None:
    words = match.group("wd").split()
    written = text[match.start("wd") : match.end("wd")] if text else match.group("wd")
    capitalised = written.split()[-1][:1].isupper() or words[0] == "chủ"
    part = match.group("part")
    if not capitalised and part in (None, "ngày"):
        return None  # `lần thứ năm`, `ngày thứ hai của chuyến thăm`: an ordinal, not a day
    if words[-1].isdigit() and not part:
        return None
    weekday = _weekday_number(words)
    when = " ".join((match.group("when") or "").split())
    week = -1 if when.startswith("tuần") and when.split()[-1] in ("trước", "qua", "rồi") else 0
    if when in ("tới", "tuần tới", "tuần sau"):
        return None  # a day to come is no meeting's date
    return DateMention(
        match.start(), match.end(), relative=match.group(), weekday=weekday, week=week
    )


def _year_in_words(words: str | None) -> int | None:
    """`hai nghìn không trăm mười tám` -> 2018, `một nghìn chín trăm bảy mươi tám` -> 1978."""
    if not words:
        return None
    words = words.split()
    century = 1900 if words[0] == "một" else 2000
    rest = words[words.index("trăm") + 1 :] if "trăm" in words else words[2:]
    rest = [w for w in rest if w not in ("lẻ", "linh")]
    if not rest:
        return century
    units = _NUMBER_WORDS.get(rest[-1], 0) if len(rest) > 1 or rest[0] != "mười" else 0
    if rest[0] == "mười":
        return century + 10 + (units if len(rest) > 1 else 0)
    if len(rest) > 1 and rest[1] == "mươi":
        return century + _NUMBER_WORDS[rest[0]] * 10 + (units if len(rest) > 2 else 0)
    return century + _NUMBER_WORDS.get(rest[0], 0)


def _int(token: str | None) -> int | None:
    return int(token) if token else None


def _valid(day: int | None, month: int | None) -> bool:
    return (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


# A count of years: `75`, `mười`, `hai mươi lăm`.
_COUNT = (
    r"\d{1,3}|(?:mười|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi)"
    r"(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín))?"
)
_N_YEARS_SINCE = re.compile(
    rf"(?<!\w)(?:(?:kỷ niệm|tròn|mốc|đánh dấu)\s+(?P<n>{_COUNT})\s+năm|"
    rf"(?<!hơn )(?<!gần )(?<!khoảng )(?<!trên )(?P<n2>{_COUNT})\s+năm\s+kể\s+từ)"
    r"(?P<between>[^.;]{0,110}?)(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)"
)


# `kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Ấn Độ`: years of relations with a country
_YEARS_OF_RELATIONS = re.compile(
    rf"(?<!\w)(?:kỷ niệm|tròn|mốc|dịp)\s+(?P<n>{_COUNT})\s+năm\s+(?:ngày\s+)?(?:hai nước\s+)?"
    r"(?:thiết lập|lập)\s+quan hệ ngoại giao"
)


def years_of_relations(lower: str) -> list[tuple[int, int, str]]:
    """(count, end, words) of each `N năm thiết lập quan hệ ngoại giao` the text marks; which
    country's relations, and so the year, is for the caller to say."""
    found = []
    for match in _YEARS_OF_RELATIONS.finditer(lower):
        count = _number(" ".join(match.group("n").split()))
        if _still_to_come(lower, match.start()):
            continue
        if count:
            found.append((count, match.end(), match.group()))
    return found


_AHEAD_IN_SENTENCE = re.compile(r"(?<!\w)(?:sẽ|sắp|tới đây|sắp tới|chuẩn bị)(?!\w)[^.;]*$")


def _still_to_come(lower: str, at: int) -> bool:
    """`Năm 2018 hai nước sẽ kỷ niệm 45 năm ...`: an anniversary still to come."""
    return bool(_AHEAD_IN_SENTENCE.search(lower, max(0, at - 60), at))


def years_of_anniversaries(lower: str) -> list[tuple[int, str]]:
    """`kỷ niệm 75 năm thiết lập quan hệ ngoại giao (30/1/1950)`, `tròn 10 năm kể từ ... năm
    2012`, `mười năm kể từ khi thiết lập quan hệ Đối tác toàn diện (7/2013)`: the year the text
    is written in, and the words that tell it."""
    found = []
    for match in _N_YEARS_SINCE.finditer(lower):
        count = _number(" ".join((match.group("n") or match.group("n2")).split()))
        if _still_to_come(lower, match.start()):
            continue
        if count:
            found.append((int(match.group("y")) + count, match.group()))
    return found


def years_mentioned(lower: str) -> list[tuple[int, int]]:
    """(year, offset) of every four-digit year from 1900 to 2099 in the text."""
    return [(int(m.group(1)), m.start()) for m in _YEAR_MENTION.finditer(lower)]
