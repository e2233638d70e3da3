"""Split a decoded document into title, lead, body, byline and photo captions.

Three layouts occur in the archive:
- `glued`: one line; the title runs straight into the lead (`...tổng thống NgaChủ tịch...`) and
  the byline is glued to the last sentence (`...Liên bang Nga.Trọng Giáp`);
- `separator`: a title line, a line of dashes, then paragraphs;
- `lead-body`: a title line, a lead line, then the body (often one huge line).
"""

import re
from dataclasses import dataclass, replace

from archive.text import glued_word_starts

from .dateline import glued_dateline, leading_dateline, trailing_dateline
from .decode import RejectedFile
from .sentences import sentence_spans

MAX_TITLE_CHARS = 300
_SEPARATOR = re.compile(r"^\s*[-–—_=*~]{5,}\s*$")
_CAPTION_CREDIT = re.compile(
    r"\((?:Ảnh|Nguồn ảnh|Nguồn|Photo|Ảnh minh họa|Ảnh minh hoạ)\s*:[^()\n]{1,120}\)"
)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*$")
_AGENCY_BYLINE = re.compile(
    r"^(?:Theo\s+[^\W\d_][\w .-]{1,40}|\(?(?:TTXVN|VNA|PV|Nhóm PV|VOV|TTXVN/Vietnam\+)\)?)$"
)


@dataclass(frozen=True)
class ArticleParts:
    layout: str
    title: str
    lead: str
    body: str
    byline: str = ""
    photo_captions: tuple[str, ...] = ()
    dateline: str = ""  # the publication date as printed (`Thứ Bảy, 14/3/2020 08:30`)


def split_article(text: str) -> ArticleParts:
    """Raises RejectedFile when no title can be recognized."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    dateline = _dateline_line(lines)
    if not lines:
        raise RejectedFile("no recognizable title: the file has no text")
    separator = next((i for i, line in enumerate(lines[:6]) if _SEPARATOR.match(line)), None)
    if separator:
        parts = ArticleParts(
            "separator", " ".join(lines[:separator]), "", "\n".join(lines[separator + 1 :])
        )
    elif len(lines) == 1 or len(lines[0]) > MAX_TITLE_CHARS:
        glued = _split_glued(lines[0])
        parts = ArticleParts(
            glued.layout,
            glued.title,
            glued.lead,
            "\n".join([glued.body, *lines[1:]]),
            dateline=glued.dateline,
        )
    elif len(lines) == 2:
        parts = ArticleParts("title-body", lines[0], "", lines[1])
    else:
        parts = ArticleParts("lead-body", lines[0], lines[1], "\n".join(lines[2:]))
    parts = _with_dateline(parts, dateline or parts.dateline)
    _check_title(parts.title)
    return _with_byline_and_captions(parts)


def _dateline_line(lines: list[str]) -> str:
    """Takes out a line among the first few that is only a dateline, or a dateline the first
    line starts with (`Thứ Bảy, 7/11/2009 15:10 (GMT+7)Mê Công – Nhật Bản...`)."""
    for i, line in enumerate(lines[:4]):
        found, rest = leading_dateline(line)
        if found and not rest.strip():
            del lines[i]
            return found
        if found and i == 0:
            lines[0] = rest.strip()
            return found
    return ""


def _with_dateline(parts: ArticleParts, dateline: str) -> ArticleParts:
    """A dateline glued to the end of the title or to the start of the text: of the lead, or of
    the body after a lead (`Can-bê-ra, 27/5/1993 - Sáng nay, ...` after the summary)."""
    title, lead, body = parts.title, parts.lead, parts.body
    if not dateline:
        title, dateline = trailing_dateline(title)
    if not dateline and lead:
        dateline, lead = leading_dateline(lead)
    if not dateline:
        dateline, body = leading_dateline(body)
    return replace(parts, title=title, lead=lead.strip(), body=body.strip(), dateline=dateline)


def _split_glued(line: str) -> ArticleParts:
    """Title glued to the lead: a dateline glued after it, or the first lowercase->Capital join
    after a few words."""
    dated = glued_dateline(line, MAX_TITLE_CHARS + 1)
    if dated is not None and len(line[:dated].split()) >= 3:
        dateline, rest = leading_dateline(line[dated:])
        return ArticleParts("glued", line[:dated].strip(), *_lead_and_body(rest), dateline=dateline)
    join = next(
        (i for i in glued_word_starts(line[: MAX_TITLE_CHARS + 1]) if len(line[:i].split()) >= 3),
        None,
    )
    if join is None:
        first = sentence_spans(line)[0]
        if first[1] >= len(line) or first[1] > MAX_TITLE_CHARS:
            raise RejectedFile(
                "no recognizable title: one long line with no title line, separator or glued title"
            )
        return ArticleParts("plain", line[: first[1]], "", line[first[1] :].strip())
    return ArticleParts("glued", line[:join].strip(), *_lead_and_body(line[join:]))


def _lead_and_body(rest: str) -> tuple[str, str]:
    spans = sentence_spans(rest)
    lead_end = spans[0][1] if len(spans) > 1 and spans[0][1] <= 600 else 0
    return rest[:lead_end].strip(), rest[lead_end:].strip()


def _check_title(title: str) -> None:
    words = [w for w in title.split() if any(ch.isalpha() for ch in w)]
    if len(words) < 2:
        raise RejectedFile(f"no recognizable title: the first line {title[:60]!r} is not a title")
    if len(title) > MAX_TITLE_CHARS:
        raise RejectedFile(f"no recognizable title: the first line is {len(title)} characters long")


def _with_byline_and_captions(parts: ArticleParts) -> ArticleParts:
    body, byline = split_byline(parts.body)
    body, captions = extract_captions(body)
    return replace(parts, body=body, byline=byline, photo_captions=captions)


def _looks_like_name(candidate: str) -> bool:
    words = candidate.split()
    return (
        0 < len(words) <= 5
        and len(candidate) <= 60
        and all(_NAME_WORD.match(w) and w[0].isupper() for w in words)
    )


def split_byline(body: str) -> tuple[str, str]:
    """A short name at the very end: on its own line, after the last full stop, or glued."""
    if not body:
        return body, ""
    head, _, last_line = body.rpartition("\n")
    candidate = last_line.strip()
    if head and (_looks_like_name(candidate) or _AGENCY_BYLINE.match(candidate)):
        return head.rstrip(), candidate
    spans = sentence_spans(last_line)
    tail_start = spans[-1][0] if spans else 0
    tail = last_line[tail_start:]
    if tail.rstrip()[-1:] in '.!?…"”)':
        return body, ""
    if _looks_like_name(tail.strip()) and tail_start > 0:
        return _join(head, last_line[:tail_start]), tail.strip()
    joins = glued_word_starts(tail)
    if joins and _looks_like_name(tail[joins[-1] :].strip()):
        cut = tail_start + joins[-1]
        return _join(head, last_line[:cut]), last_line[cut:].strip()
    return body, ""


def _join(head: str, last_line: str) -> str:
    return f"{head}\n{last_line.rstrip()}" if head else last_line.rstrip()


def extract_captions(body: str) -> tuple[str, tuple[str, ...]]:
    """Photo captions end with a credit `(Ảnh: Nhan Sáng/TTXVN)`; the caption is its sentence."""
    captions = []
    while match := _CAPTION_CREDIT.search(body):
        line_start = body.rfind("\n", 0, match.start()) + 1
        before = body[line_start : match.start()]
        spans = sentence_spans(before)
        start = line_start + (spans[-1][0] if spans else len(before))
        captions.append(" ".join(body[start : match.end()].split()))
        body = (body[:start].rstrip(" ") + " " + body[match.end() :].lstrip(" ")).strip(" ")
        body = re.sub(r"^ +| +$", "", body, flags=re.MULTILINE)
    return body, tuple(captions)
