"""Citations of meeting and article pages: Chicago text, BibTeX, RIS and CSL-JSON.

Pure functions over a :class:`CitationSource`; no Django, no database. Every format states the
event date only as precisely as it is known (a meeting known as "May 2015" never gains a day),
always carries the permalink and the access date, and never raises on empty or missing
optional fields. All text is normalised to Unicode NFC, so Vietnamese diacritics come out as
precomposed letters whatever the input form.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from archive.text import nfc, strip_marks

__all__ = ["CitationSource", "bibtex", "chicago", "csl_json", "ris"]


@dataclass(frozen=True)
class CitationSource:
    kind: str  # "meeting" or "article"
    key: str  # stable citation key, e.g. "vnru-meeting-12"
    title: str
    url: str  # absolute permalink
    accessed: date
    event_date: date | None = None
    event_date_precision: str | None = None  # "day" | "month" | "year" | None (= "day")
    event_end_date: date | None = None
    authors: tuple[str, ...] = ()
    place: str = ""
    description: str = ""
    source_file: str = ""
    language: str = "vi"
    site: str = "Vietnam–Russia Diplomatic Archive"


# Fixed English month names: output never depends on the process locale.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_BIBTEX_MONTHS = tuple(name[:3].lower() for name in _MONTHS)  # BibTeX month macros
_BIBLATEX_LANGIDS = {"vi": "vietnamese", "ru": "russian", "en": "english"}
_PRECISIONS = {"day": 3, "month": 2, "year": 1}


# --- shared helpers ---------------------------------------------------------------------------


def _text(value) -> str:
    """NFC, control characters and line breaks turned into spaces, whitespace collapsed."""
    if value is None:
        return ""
    value = nfc(str(value))
    value = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in value)
    return " ".join(value.split())


def _authors(source: CitationSource) -> list[str]:
    return [name for name in (_text(a) for a in (source.authors or ())) if name]


def _is_meeting(source: CitationSource) -> bool:
    return _text(source.kind).lower() == "meeting"


def _is_article(source: CitationSource) -> bool:
    return _text(source.kind).lower() == "article"


def _date_parts(value, precision: int) -> tuple[int, ...]:
    return (value.year, value.month, value.day)[:precision]


def _event_parts(source: CitationSource) -> tuple[tuple[int, ...], tuple[int, ...] | None] | None:
    """The event date (and end date, when it is a real range) truncated to the known precision.

    No precision means the model's default, "day"; an unrecognised precision is read as "year",
    the least precise reading, so nothing is invented. An end date that is not later than the
    start at that precision is dropped.
    """
    if not isinstance(source.event_date, date):
        return None
    raw = _text(source.event_date_precision).lower()
    precision = _PRECISIONS.get(raw, 3 if not raw else 1)
    start = _date_parts(source.event_date, precision)
    end = None
    if isinstance(source.event_end_date, date):
        end = _date_parts(source.event_end_date, precision)
        if end <= start:
            end = None
    return start, end


def _iso(parts: tuple[int, ...]) -> str:
    head, *rest = parts
    return "-".join([f"{head:04d}", *(f"{p:02d}" for p in rest)])


def _note(source: CitationSource) -> str:
    """The description, then the source file: the note of BibTeX, RIS and CSL-JSON."""
    pieces = []
    description = _text(source.description)
    if description:
        pieces.append(description if description[-1] in ".?!…" else description + ".")
    source_file = _text(source.source_file)
    if source_file:
        pieces.append(f"Source file: {source_file}.")
    return " ".join(pieces)


def _slug_key(source: CitationSource) -> str:
    """The citation key reduced to [A-Za-z0-9_:-] (diacritics dropped, đ → d)."""
    key = _text(source.key).replace("đ", "d").replace("Đ", "D")
    key = strip_marks(key, form="NFKD")
    key = re.sub(r"[^A-Za-z0-9_:-]+", "-", key)
    key = re.sub(r"-{2,}", "-", key).strip("-")
    if key:
        return key
    kind = re.sub(r"[^a-z]+", "", _text(source.kind).lower())
    return f"vnru-{kind}" if kind else "vnru-citation"


# --- Chicago ----------------------------------------------------------------------------------


def _chicago_date(parts: tuple[int, ...]) -> str:
    if len(parts) == 3:
        return f"{parts[2]} {_MONTHS[parts[1] - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[parts[1] - 1]} {parts[0]}"
    return str(parts[0])


def _chicago_range(start: tuple[int, ...], end: tuple[int, ...] | None) -> str:
    if end is None:
        return _chicago_date(start)
    if start[0] != end[0]:
        return f"{_chicago_date(start)}–{_chicago_date(end)}"
    if len(start) == 1:
        return f"{start[0]}–{end[0]}"
    if len(start) == 2:
        return f"{_MONTHS[start[1] - 1]}–{_MONTHS[end[1] - 1]} {start[0]}"
    if start[1] == end[1]:
        return f"{start[2]}–{end[2]} {_MONTHS[start[1] - 1]} {start[0]}"
    return f"{start[2]} {_MONTHS[start[1] - 1]}–{end[2]} {_MONTHS[end[1] - 1]} {start[0]}"


def _sentence(text: str) -> str:
    return text if text[-1] in ".?!…" else text + "."


def _nested_quotes(title: str) -> str:
    """Quotation marks inside a title become single quotes, as Chicago nests them."""
    title = title.replace("“", "‘").replace("”", "’")
    out, opening = [], True
    for ch in title:
        if ch == '"':
            out.append("‘" if opening else "’")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _name_list(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def chicago(source: CitationSource) -> str:
    """One plain-text line in Chicago notes-bibliography style for a web page.

    ``Author. “Title.” Site, date. URL. Accessed D Month YYYY.`` — without authors the line
    starts with the quoted title; without an event date the date is "n.d.".
    """
    parts = []
    authors = _authors(source)
    if authors:
        parts.append(_sentence(_name_list(authors)))
    title = _nested_quotes(_text(source.title))
    if title:
        parts.append(f"“{_sentence(title)}”")
    event = _event_parts(source)
    when = _chicago_range(*event) if event else "n.d."
    site = _text(source.site)
    parts.append(_sentence(f"{site}, {when}" if site else when))
    url = _text(source.url)
    if url:
        parts.append(f"{url}.")
    if isinstance(source.accessed, date):
        parts.append(f"Accessed {_chicago_date(_date_parts(source.accessed, 3))}.")
    return " ".join(parts)


# --- BibTeX / biblatex ------------------------------------------------------------------------

# Braces become \textbraceleft{}/\textbraceright{} rather than \{ and \}: BibTeX and biber count
# every brace, escaped or not, so "\}" would unbalance the field.
_TEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
_TEX_SPECIAL = re.compile(r"[\\{}%&$#_^~]")
# Characters that RFC 3986 does not allow in a URL anyway and that would break BibTeX or TeX.
_URL_UNSAFE = re.compile(r'[\s{}\\^"<>|`]')


def _tex(value) -> str:
    return _TEX_SPECIAL.sub(lambda m: _TEX_ESCAPES[m.group()], _text(value))


def _tex_url(value) -> str:
    """A URL that stays usable: invalid characters percent-encoded, then % and # escaped."""
    url = (value or "").strip() if isinstance(value, str) else _text(value)
    url = nfc(url)
    url = _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), url)
    return url.replace("%", r"\%").replace("#", r"\#")


def bibtex(source: CitationSource) -> str:
    """One biblatex-friendly ``@misc`` entry, ending with ``}\\n``.

    Field values are brace-delimited with TeX specials escaped; the title sits in double braces
    to keep its capitalisation and each author in braces so Vietnamese names are never split.
    """
    fields: list[tuple[str, str]] = []
    authors = _authors(source)
    if authors:
        fields.append(("author", "{" + " and ".join("{" + _tex(a) + "}" for a in authors) + "}"))
    title = _tex(source.title)
    if title:
        fields.append(("title", "{{" + title + "}}"))
    site = _tex(source.site)
    if site:
        fields.append(("howpublished", "{" + site + "}"))
    event = _event_parts(source)
    if event:
        start, end = event
        fields.append(("date", "{" + _iso(start) + (f"/{_iso(end)}" if end else "") + "}"))
        year = str(start[0]) if not end or end[0] == start[0] else f"{start[0]}--{end[0]}"
        fields.append(("year", "{" + year + "}"))
        if len(start) >= 2 and (not end or end[:2] == start[:2]):
            fields.append(("month", _BIBTEX_MONTHS[start[1] - 1]))
    place = _tex(source.place)
    if place:
        fields.append(("address", "{" + place + "}"))
    url = _tex_url(source.url)
    if url:
        fields.append(("url", "{" + url + "}"))
    if isinstance(source.accessed, date):
        fields.append(("urldate", "{" + source.accessed.isoformat() + "}"))
    language = _text(source.language)
    if language:
        langid = _BIBLATEX_LANGIDS.get(language.lower())
        if langid:
            fields.append(("langid", "{" + langid + "}"))
        else:
            fields.append(("language", "{" + _tex(language) + "}"))
    note = _tex(_note(source))
    if note:
        fields.append(("note", "{" + note + "}"))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return (
        f"@misc{{{_slug_key(source)},\n{body}\n}}\n"
        if body
        else f"@misc{{{_slug_key(source)}\n}}\n"
    )


# --- RIS --------------------------------------------------------------------------------------


def _ris_date(parts: tuple[int, ...]) -> str:
    head, *rest = parts
    return "/".join([f"{head:04d}", *(f"{p:02d}" for p in rest)])


def ris(source: CitationSource) -> str:
    """One RIS record, LF line endings, one ``XX  - value`` per line, ending ``ER  - \\n``.

    RIS has no date range: ``DA`` is the start and the range is spelled out in ``N1``.
    """
    lines = [("TY", "NEWS" if _is_article(source) else "ELEC")]
    lines.append(("ID", _slug_key(source)))
    title = _text(source.title)
    if title:
        lines.append(("TI", title))
    lines.extend(("AU", name) for name in _authors(source))
    site = _text(source.site)
    if site:
        lines.append(("T2", site))
    event = _event_parts(source)
    notes = []
    if event:
        start, end = event
        lines.append(("DA", _ris_date(start)))
        lines.append(("PY", f"{start[0]:04d}"))
        if end:
            notes.append(f"Date: {_chicago_range(start, end)}.")
    place = _text(source.place)
    if place:
        lines.append(("CY", place))
    url = _text(source.url)
    if url:
        lines.append(("UR", url))
    if isinstance(source.accessed, date):
        lines.append(("Y2", _ris_date(_date_parts(source.accessed, 3))))
    language = _text(source.language)
    if language:
        lines.append(("LA", language))
    note = _note(source)
    if note:
        notes.append(note)
    if notes:
        lines.append(("N1", " ".join(notes)))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {value}\n" for tag, value in lines)


# --- CSL-JSON ---------------------------------------------------------------------------------


def csl_json(source: CitationSource) -> list[dict]:
    """A CSL-JSON array holding one item, plain data ready for ``json.dumps``.

    Authors are literal names. ``issued`` is the event (meeting) or publication (article) date;
    a meeting also gets ``event-date``. Date parts stop at the known precision.
    """
    meeting = _is_meeting(source)
    item: dict = {
        "id": _slug_key(source),
        "type": "event" if meeting else "article-newspaper" if _is_article(source) else "webpage",
    }
    title = _text(source.title)
    if title:
        item["title"] = title
    authors = _authors(source)
    if authors:
        item["author"] = [{"literal": name} for name in authors]
    site = _text(source.site)
    if site:
        item["container-title"] = site
    event = _event_parts(source)
    if event:
        start, end = event
        parts = [list(start)] + ([list(end)] if end else [])
        item["issued"] = {"date-parts": parts}
        if meeting:
            item["event-date"] = {"date-parts": [list(p) for p in parts]}
    place = _text(source.place)
    if place:
        item["event-place"] = place
    url = _text(source.url)
    if url:
        item["URL"] = url
    if isinstance(source.accessed, date):
        item["accessed"] = {"date-parts": [list(_date_parts(source.accessed, 3))]}
    language = _text(source.language)
    if language:
        item["language"] = language
    note = _note(source)
    if note:
        item["note"] = note
    return [item]
