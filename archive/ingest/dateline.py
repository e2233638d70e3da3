"""Datelines: the publication date a report carries before its text, in the forms sites print it.

`Thứ Bảy, 14/3/2020 08:30 (GMT+7)`, `14/03/2020 | 10:25`, `Cập nhật: 10:25 ngày 14/03/2020`,
`Hà Nội, ngày 14/3/2020`, `Thứ năm, 12/9/2019 - 21:05`; on a line of its own, before or after the
title, or glued to the title or to the first sentence (`...Hàn QuốcThứ Sáu, 23/11/2018Chiều qua`).
A date that opens a sentence (`Ngày 14/3/2020, Thủ tướng...`) is the text's, not a dateline.
"""

import re
from datetime import date

_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])"
_TIME = (
    r"\d{1,2}\s*(?::|h|g|giờ)\s*\d{2}(?:\s*(?:phút|am|pm|sa|ch)(?!\w))?"
    r"(?:\s*\(?\s*(?:gmt|utc)\s*\+\s*0?7(?::00)?\s*\)?)?"
)
_NUMERIC = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)"
_WORDS = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*(?:,\s*)?năm\s+(?P<y2>(?:19|20)\d\d)"
_LABEL = r"(?:cập nhật|đăng lúc|ngày đăng|đăng ngày|xuất bản|published|updated)\s*:?\s*"
_PLACE_WORD = r"[^\W\d_][^\W\d_.]*(?:-[^\W\d_]+)*"  # `Hà`, `Mát-xcơ-va`
_PLACE = (  # `Hà Nội, `, `Hà Nội (TTXVN), `, `Hà Nội (TTXVN) `
    rf"(?:{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}\s*(?:\((?:[^\W\d_]+/?)+\)\s*,?|,)\s*)"
)
_SEP = r"\s*(?:[,|–—-]\s*)?"
_BODY = (
    rf"(?:(?P<weekday>{_WEEKDAY}){_SEP})?(?:(?P<time1>{_TIME}){_SEP})?(?:ngày\s+)?"
    rf"(?:{_NUMERIC}|{_WORDS})(?:{_SEP}(?P<time2>{_TIME}))?"
)
# At the start of a line a place may come first (`Hà Nội, ngày ...`); inside a line it may not,
# or the words before a glued dateline would be taken for its place.
_DATELINE = re.compile(rf"(?P<label>{_LABEL})?(?P<place>{_PLACE})?{_BODY}", re.IGNORECASE)
_GLUED = re.compile(rf"(?P<label>{_LABEL})?(?P<place>(?!))?{_BODY}", re.IGNORECASE)
# A wire service's: `NEW DELHI (ngày 1/8/2024) -`, `MOSKVA (5/9/2018) –`.
_WIRE = re.compile(
    rf"(?P<label>(?!))?(?P<place>[A-ZĐ][A-ZĐÀ-Ỹ.' -]{{1,40}}?)\s*\(\s*(?P<weekday>(?!))?"
    rf"(?P<time1>(?!))?(?:ngày\s+)?(?:{_NUMERIC}|{_WORDS})(?P<time2>(?!))?\s*\)"
)
# A wire service's with the place in capitals and the agency after the date:
# `HÀ NỘI 10-2-1993 (TTXVN) –`.
_WIRE_CAPS = re.compile(
    rf"(?P<label>(?!))?(?P<place>[^\W\d_][^\W\d_.'-]*(?:[ -][^\W\d_]+){{0,3}}),?\s+"
    rf"(?P<weekday>(?!))?(?P<time1>(?!))?(?:ngày\s+)?(?:{_NUMERIC}|{_WORDS})(?P<time2>(?!))?"
    r"(?=\s*\(\s*[^\W\d_]+(?:/[^\W\d_]+)?\s*\)\s*[-–—])"
)
# A wire service's without the year: `Mát-xcơ-va, 3-11 (TTXVN). -`.
# `VLADIVOSTOK, ngày 7 tháng 9 (Tân Hoa Xã) -`; and a machine translation's `Tân Hoa Xã Bắc Kinh
# ngày 5 tháng 11 điện -` (新华社北京11月5日电).
_WIRE_NO_YEAR = re.compile(
    r"(?:(?P<place>[^\W\d_][^\W\d_]*(?:[ -][^\W\d_]+){0,3}),\s*(?:(?P<d>\d{1,2})\s*[-/.]\s*"
    r"(?P<m>\d{1,2})|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2}))"
    r"\s*\((?:[^\W\d_]+[/ ]?)+\)|"
    r"(?:Tân Hoa Xã|Tân Hoa xã)\s+(?P<place3>[^\W\d_]+(?:\s[^\W\d_]+){0,3}?)\s+(?:ngày\s+)?"
    r"(?P<d3>\d{1,2})\s+tháng\s+(?P<m3>\d{1,2})\s+điện)\s*\.?\s*[-–—]\s*"
)
# What may follow a dateline: the end, a separator, or a capital glued on (the text goes on).
_AFTER = re.compile(r"\s*(?:$|[|–—-]\s*|\(\w+\)\s*[-–—]?\s*|(?=[^\W\d_]))")


def _date_of(match: re.Match) -> date | None:
    day, month, year = (match.group(g) or match.group(g + "2") for g in ("d", "m", "y"))
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


# `(21/9/1973 - 21/9/2023)`: a span of years the text gives, not when it was published.
_SPAN_AFTER = re.compile(r"\s*[–—-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")


def _is_dateline(match: re.Match, text: str) -> bool:
    """A date alone is a dateline only when something marks it as one: a weekday, a time, a
    label, a place before it, or nothing but a separator or the next text after it; never a
    date in brackets or the first of a span."""
    if text[: match.start()].rstrip().endswith("(") or _SPAN_AFTER.match(text, match.end()):
        return False
    after = text[match.end() :]
    glued = bool(after) and after[0].isupper()
    ends = not after.strip() or bool(re.match(r"\s*[|–—-]", after)) or glued
    marked = any(match.group(g) for g in ("weekday", "time1", "time2", "label", "place"))
    return _date_of(match) is not None and (ends or (marked and not after.startswith(",")))


def leading_dateline(text: str) -> tuple[str, str]:
    """(dateline, the rest) when `text` starts with a dateline, else ("", text)."""
    stripped = text.lstrip()
    if partial := _WIRE_NO_YEAR.match(stripped):
        return stripped[: partial.end()].strip(" -–—"), stripped[partial.end() :]
    capitals = _WIRE_CAPS.match(stripped)
    if capitals and capitals.group("place") != capitals.group("place").upper():
        capitals = None
    match = _WIRE.match(stripped) or capitals or _DATELINE.match(stripped)
    if not match or not _is_dateline(match, stripped):
        return "", text
    rest = _AFTER.match(stripped, match.end())
    return stripped[: match.end()].strip(), stripped[rest.end() if rest else match.end() :]


def trailing_dateline(title: str) -> tuple[str, str]:
    """(title, dateline) when a dateline is glued to the end of a title, else (title, "")."""
    for match in _GLUED.finditer(title):
        if match.start() > 0 and not title[match.end() :].strip() and _date_of(match):
            return title[: match.start()].rstrip(" |–—-"), title[match.start() :].strip()
    return title, ""


def glued_dateline(line: str, limit: int) -> int | None:
    """Where a dateline starts inside a one-line report's first `limit` characters."""
    found = [
        m.start()
        for pattern in (_GLUED, _WIRE)
        for m in pattern.finditer(line, 0, limit)
        if m.start() > 0 and _is_dateline(m, line)
    ]
    return min(found, default=None)


def dateline_date(dateline: str) -> date | None:
    match = _DATELINE.search(dateline)
    return _date_of(match) if match else None


def dateline_day_month(dateline: str) -> tuple[int, int] | None:
    """The day and month of a dateline that gives no year (`Mát-xcơ-va, 3-11 (TTXVN)`)."""
    match = _WIRE_NO_YEAR.match(dateline + " -")
    if not match:
        return None
    day = next(match.group(g) for g in ("d", "d2", "d3") if match.group(g))
    month = next(match.group(g) for g in ("m", "m2", "m3") if match.group(g))
    return int(day), int(month)
