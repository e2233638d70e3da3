"""Citation formats for meeting and article pages (archive.citations): pure functions, no database."""

import json
import re
import unicodedata
from dataclasses import replace
from datetime import date

import pytest

from archive.citations import CitationSource, bibtex, chicago, csl_json, ris

ACCESSED = date(2026, 11, 23)
MEETING_URL = (
    "https://archive.example.org/meetings/12/2017-06-29-talks-tran-dai-quang-vladimir-putin/"
)
MEETING_TITLE = "Hội đàm Trần Đại Quang – Vladimir Putin"
ARTICLE_TITLE = "Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Nga Vladimir Putin"

MEETING = CitationSource(
    kind="meeting",
    key="vnru-meeting-12",
    title=MEETING_TITLE,
    url=MEETING_URL,
    accessed=ACCESSED,
    event_date=date(2017, 6, 29),
    event_date_precision="day",
    place="Moscow",
    description="Talks between the two presidents at the Kremlin.",
    source_file="001_bb86deea951530b0.txt",
)

ARTICLE = CitationSource(
    kind="article",
    key="vnru-article-3",
    title=ARTICLE_TITLE,
    url="https://archive.example.org/articles/3/",
    accessed=ACCESSED,
    event_date=date(2017, 6, 30),
    event_date_precision="day",
    authors=("Trọng Giáp",),
    source_file="001_bb86deea951530b0.txt",
)

HOSTILE = CitationSource(
    kind="meeting",
    key="vnru meeting/12 {bad}",
    title="Tiêu đề }{%&$#_^~\\ lạ\ndòng hai",
    url="https://archive.example.org/meetings/12/a%20b/#frag",
    accessed=ACCESSED,
    event_date=date(2017, 6, 29),
    event_date_precision="day",
    authors=("Nguyễn {Văn} A\nB", "C & D"),
    place="Mát-xcơ-va\r\n50% #1",
    description="Line one\nline two}{ 100%",
    source_file="001_x_y.txt",
)

FORMATS = {
    "chicago": chicago,
    "bibtex": bibtex,
    "ris": ris,
    "csl_json": lambda s: json.dumps(csl_json(s), ensure_ascii=False),
}


# --- helpers ----------------------------------------------------------------------------------


def parse_bibtex(entry: str) -> tuple[str, str, dict[str, str]]:
    """A small strict BibTeX reader: checks brace balance the way BibTeX counts braces (escaped
    or not) and returns (entry type, key, {field: raw value without outer delimiters})."""
    assert entry.endswith("}\n"), entry
    depth = 0
    for ch in entry:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        assert depth >= 0, f"closing brace without opening one in {entry!r}"
    assert depth == 0, f"unbalanced braces in {entry!r}"

    match = re.match(r"@(\w+)\{([^,\s{}]+),?\n", entry)
    assert match, entry
    kind, key = match.groups()
    pos, end = match.end(), len(entry) - 2  # the entry's closing brace
    fields: dict[str, str] = {}
    while pos < end:
        field = re.compile(r"\s*([a-z]+) = ").match(entry, pos)
        assert field, f"no field at {entry[pos:]!r}"
        name, pos = field.group(1), field.end()
        if entry[pos] == "{":
            depth, start = 0, pos
            while True:
                depth += {"{": 1, "}": -1}.get(entry[pos], 0)
                pos += 1
                if depth == 0:
                    break
            value = entry[start + 1 : pos - 1]
        else:
            bare = re.compile(r"[a-z0-9]+").match(entry, pos)
            assert bare, f"bad value at {entry[pos:]!r}"
            value, pos = bare.group(), bare.end()
        assert name not in fields, f"duplicate field {name}"
        fields[name] = value
        sep = re.compile(r",?\n").match(entry, pos)
        assert sep, f"bad separator at {entry[pos:]!r}"
        pos = sep.end()
    assert pos == end, entry
    return kind, key, fields


def ris_lines(record: str) -> list[tuple[str, str]]:
    assert record.endswith("ER  - \n")
    assert "\r" not in record
    lines = record.split("\n")[:-1]
    for line in lines:
        assert re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line), line
    return [(line[:2], line[6:]) for line in lines]


def ris_tag(record: str, tag: str) -> list[str]:
    return [value for t, value in ris_lines(record) if t == tag]


# --- exact examples: a regression shows up as a diff --------------------------------------------


def test_chicago_meeting_exact():
    assert chicago(MEETING) == (
        "“Hội đàm Trần Đại Quang – Vladimir Putin.” Vietnam–Russia Diplomatic Archive, "
        "29 June 2017. "
        "https://archive.example.org/meetings/12/2017-06-29-talks-tran-dai-quang-vladimir-putin/. "
        "Accessed 23 November 2026."
    )


def test_chicago_article_with_byline_exact():
    assert chicago(ARTICLE) == (
        "Trọng Giáp. “Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Nga Vladimir Putin.” "
        "Vietnam–Russia Diplomatic Archive, 30 June 2017. https://archive.example.org/articles/3/. "
        "Accessed 23 November 2026."
    )


def test_bibtex_meeting_exact():
    assert bibtex(MEETING) == (
        "@misc{vnru-meeting-12,\n"
        "  title = {{Hội đàm Trần Đại Quang – Vladimir Putin}},\n"
        "  howpublished = {Vietnam–Russia Diplomatic Archive},\n"
        "  date = {2017-06-29},\n"
        "  year = {2017},\n"
        "  month = jun,\n"
        "  address = {Moscow},\n"
        f"  url = {{{MEETING_URL}}},\n"
        "  urldate = {2026-11-23},\n"
        "  langid = {vietnamese},\n"
        "  note = {Talks between the two presidents at the Kremlin. "
        "Source file: 001\\_bb86deea951530b0.txt.}\n"
        "}\n"
    )


def test_bibtex_article_exact():
    assert bibtex(ARTICLE) == (
        "@misc{vnru-article-3,\n"
        "  author = {{Trọng Giáp}},\n"
        f"  title = {{{{{ARTICLE_TITLE}}}}},\n"
        "  howpublished = {Vietnam–Russia Diplomatic Archive},\n"
        "  date = {2017-06-30},\n"
        "  year = {2017},\n"
        "  month = jun,\n"
        "  url = {https://archive.example.org/articles/3/},\n"
        "  urldate = {2026-11-23},\n"
        "  langid = {vietnamese},\n"
        "  note = {Source file: 001\\_bb86deea951530b0.txt.}\n"
        "}\n"
    )


def test_ris_meeting_exact():
    assert ris(MEETING) == (
        "TY  - ELEC\n"
        "ID  - vnru-meeting-12\n"
        "TI  - Hội đàm Trần Đại Quang – Vladimir Putin\n"
        "T2  - Vietnam–Russia Diplomatic Archive\n"
        "DA  - 2017/06/29\n"
        "PY  - 2017\n"
        "CY  - Moscow\n"
        f"UR  - {MEETING_URL}\n"
        "Y2  - 2026/11/23\n"
        "LA  - vi\n"
        "N1  - Talks between the two presidents at the Kremlin. "
        "Source file: 001_bb86deea951530b0.txt.\n"
        "ER  - \n"
    )


def test_ris_article_exact():
    assert ris(ARTICLE) == (
        "TY  - NEWS\n"
        "ID  - vnru-article-3\n"
        f"TI  - {ARTICLE_TITLE}\n"
        "AU  - Trọng Giáp\n"
        "T2  - Vietnam–Russia Diplomatic Archive\n"
        "DA  - 2017/06/30\n"
        "PY  - 2017\n"
        "UR  - https://archive.example.org/articles/3/\n"
        "Y2  - 2026/11/23\n"
        "LA  - vi\n"
        "N1  - Source file: 001_bb86deea951530b0.txt.\n"
        "ER  - \n"
    )


def test_csl_json_meeting_exact():
    assert csl_json(MEETING) == [
        {
            "id": "vnru-meeting-12",
            "type": "event",
            "title": MEETING_TITLE,
            "container-title": "Vietnam–Russia Diplomatic Archive",
            "issued": {"date-parts": [[2017, 6, 29]]},
            "event-date": {"date-parts": [[2017, 6, 29]]},
            "event-place": "Moscow",
            "URL": MEETING_URL,
            "accessed": {"date-parts": [[2026, 11, 23]]},
            "language": "vi",
            "note": "Talks between the two presidents at the Kremlin. "
            "Source file: 001_bb86deea951530b0.txt.",
        }
    ]


def test_csl_json_article_exact():
    assert csl_json(ARTICLE) == [
        {
            "id": "vnru-article-3",
            "type": "article-newspaper",
            "title": ARTICLE_TITLE,
            "author": [{"literal": "Trọng Giáp"}],
            "container-title": "Vietnam–Russia Diplomatic Archive",
            "issued": {"date-parts": [[2017, 6, 30]]},
            "URL": "https://archive.example.org/articles/3/",
            "accessed": {"date-parts": [[2026, 11, 23]]},
            "language": "vi",
            "note": "Source file: 001_bb86deea951530b0.txt.",
        }
    ]


# --- dates honest to their precision: every format × day / month / year / none / range ---------

# id, source overrides, Chicago date, biblatex fields, RIS DA/PY, CSL date-parts
DATE_CASES = [
    pytest.param(
        {"event_date": date(2017, 6, 29), "event_date_precision": "day"},
        "29 June 2017",
        {"date": "2017-06-29", "year": "2017", "month": "jun"},
        (["2017/06/29"], ["2017"]),
        [[2017, 6, 29]],
        id="day",
    ),
    pytest.param(
        {"event_date": date(2015, 5, 1), "event_date_precision": "month"},
        "May 2015",
        {"date": "2015-05", "year": "2015", "month": "may"},
        (["2015/05"], ["2015"]),
        [[2015, 5]],
        id="month",
    ),
    pytest.param(
        {"event_date": date(2015, 1, 1), "event_date_precision": "year"},
        "2015",
        {"date": "2015", "year": "2015"},
        (["2015"], ["2015"]),
        [[2015]],
        id="year",
    ),
    pytest.param(
        {"event_date": None, "event_date_precision": None},
        "n.d.",
        {},
        ([], []),
        None,
        id="no-date",
    ),
    pytest.param(
        {"event_date": None, "event_date_precision": "day", "event_end_date": date(2017, 7, 1)},
        "n.d.",
        {},
        ([], []),
        None,
        id="end-date-without-start",
    ),
    pytest.param(
        {
            "event_date": date(2017, 6, 28),
            "event_date_precision": "day",
            "event_end_date": date(2017, 7, 1),
        },
        "28 June–1 July 2017",
        {"date": "2017-06-28/2017-07-01", "year": "2017"},
        (["2017/06/28"], ["2017"]),
        [[2017, 6, 28], [2017, 7, 1]],
        id="day-range-across-months",
    ),
    pytest.param(
        {
            "event_date": date(2017, 6, 28),
            "event_date_precision": "day",
            "event_end_date": date(2017, 6, 30),
        },
        "28–30 June 2017",
        {"date": "2017-06-28/2017-06-30", "year": "2017", "month": "jun"},
        (["2017/06/28"], ["2017"]),
        [[2017, 6, 28], [2017, 6, 30]],
        id="day-range-within-month",
    ),
    pytest.param(
        {
            "event_date": date(2016, 12, 30),
            "event_date_precision": "day",
            "event_end_date": date(2017, 1, 2),
        },
        "30 December 2016–2 January 2017",
        {"date": "2016-12-30/2017-01-02", "year": "2016--2017"},
        (["2016/12/30"], ["2016"]),
        [[2016, 12, 30], [2017, 1, 2]],
        id="day-range-across-years",
    ),
    pytest.param(
        {
            "event_date": date(2015, 5, 1),
            "event_date_precision": "month",
            "event_end_date": date(2015, 6, 1),
        },
        "May–June 2015",
        {"date": "2015-05/2015-06", "year": "2015"},
        (["2015/05"], ["2015"]),
        [[2015, 5], [2015, 6]],
        id="month-range",
    ),
    pytest.param(
        {
            "event_date": date(2015, 1, 1),
            "event_date_precision": "year",
            "event_end_date": date(2016, 1, 1),
        },
        "2015–2016",
        {"date": "2015/2016", "year": "2015--2016"},
        (["2015"], ["2015"]),
        [[2015], [2016]],
        id="year-range",
    ),
    pytest.param(
        {
            "event_date": date(2015, 5, 3),
            "event_date_precision": "month",
            "event_end_date": date(2015, 5, 20),
        },
        "May 2015",
        {"date": "2015-05", "year": "2015", "month": "may"},
        (["2015/05"], ["2015"]),
        [[2015, 5]],
        id="range-collapses-at-month-precision",
    ),
    pytest.param(
        {
            "event_date": date(2017, 6, 29),
            "event_date_precision": "day",
            "event_end_date": date(2017, 6, 1),
        },
        "29 June 2017",
        {"date": "2017-06-29", "year": "2017", "month": "jun"},
        (["2017/06/29"], ["2017"]),
        [[2017, 6, 29]],
        id="end-before-start-ignored",
    ),
    pytest.param(
        {"event_date": date(2017, 6, 29), "event_date_precision": None},
        "29 June 2017",
        {"date": "2017-06-29", "year": "2017", "month": "jun"},
        (["2017/06/29"], ["2017"]),
        [[2017, 6, 29]],
        id="missing-precision-means-day",
    ),
    pytest.param(
        {"event_date": date(2017, 6, 29), "event_date_precision": "decade"},
        "2017",
        {"date": "2017", "year": "2017"},
        (["2017"], ["2017"]),
        [[2017]],
        id="unknown-precision-read-as-year",
    ),
]
DATE_ARGS = "overrides, chicago_date, bib_fields, ris_dates, csl_parts"


@pytest.mark.parametrize(DATE_ARGS, DATE_CASES)
def test_chicago_dates(overrides, chicago_date, bib_fields, ris_dates, csl_parts):
    text = chicago(replace(MEETING, **overrides))
    end = "" if chicago_date.endswith(".") else "."  # "n.d." takes no second period
    assert f"Vietnam–Russia Diplomatic Archive, {chicago_date}{end} https://" in text
    assert ".." not in text
    assert text.endswith("Accessed 23 November 2026.")


@pytest.mark.parametrize(DATE_ARGS, DATE_CASES)
def test_bibtex_dates(overrides, chicago_date, bib_fields, ris_dates, csl_parts):
    _, _, fields = parse_bibtex(bibtex(replace(MEETING, **overrides)))
    assert {k: v for k, v in fields.items() if k in ("date", "year", "month")} == bib_fields
    assert fields["urldate"] == "2026-11-23"


@pytest.mark.parametrize(DATE_ARGS, DATE_CASES)
def test_ris_dates(overrides, chicago_date, bib_fields, ris_dates, csl_parts):
    record = ris(replace(MEETING, **overrides))
    assert (ris_tag(record, "DA"), ris_tag(record, "PY")) == ris_dates
    assert ris_tag(record, "Y2") == ["2026/11/23"]
    if "–" in chicago_date:  # RIS has no range: the start is DA, the range is spelled out in N1
        assert ris_tag(record, "N1")[0].startswith(f"Date: {chicago_date}.")


@pytest.mark.parametrize(DATE_ARGS, DATE_CASES)
def test_csl_json_dates(overrides, chicago_date, bib_fields, ris_dates, csl_parts):
    meeting = replace(MEETING, **overrides)
    article = replace(ARTICLE, **overrides)
    for source in (meeting, article):
        (item,) = csl_json(source)
        assert item["accessed"] == {"date-parts": [[2026, 11, 23]]}
        if csl_parts is None:
            assert "issued" not in item and "event-date" not in item
        else:
            assert item["issued"] == {"date-parts": csl_parts}
    (item,) = csl_json(meeting)
    if csl_parts is not None:
        assert item["event-date"] == {"date-parts": csl_parts}
    (item,) = csl_json(article)
    assert "event-date" not in item


def test_month_precision_never_invents_a_day():
    source = replace(MEETING, event_date=date(2015, 5, 1), event_date_precision="month")
    outputs = [fn(source) for fn in FORMATS.values()]
    for out in outputs:
        assert not re.search(r"\b1 May|2015-05-01|2015/05/01|\[2015, 5, 1\]", out), out


# --- authors ------------------------------------------------------------------------------------

AUTHOR_CASES = [
    pytest.param((), "“Hội", [], None, id="meeting-without-authors"),
    pytest.param(("Trọng Giáp",), "Trọng Giáp. “", ["Trọng Giáp"], "{Trọng Giáp}", id="one"),
    pytest.param(
        ("Trọng Giáp", "Hà Vân"),
        "Trọng Giáp and Hà Vân. “",
        ["Trọng Giáp", "Hà Vân"],
        "{Trọng Giáp} and {Hà Vân}",
        id="two",
    ),
    pytest.param(
        ("Trọng Giáp", "Hà Vân", "Lê Dương"),
        "Trọng Giáp, Hà Vân, and Lê Dương. “",
        ["Trọng Giáp", "Hà Vân", "Lê Dương"],
        "{Trọng Giáp} and {Hà Vân} and {Lê Dương}",
        id="three",
    ),
    pytest.param(
        ("", "  ", "Nguyễn Văn A."),
        "Nguyễn Văn A. “",
        ["Nguyễn Văn A."],
        "{Nguyễn Văn A.}",
        id="blank-names-skipped-no-double-period",
    ),
]


@pytest.mark.parametrize("authors, chicago_start, names, bib_author", AUTHOR_CASES)
def test_authors_in_every_format(authors, chicago_start, names, bib_author):
    source = replace(MEETING, authors=authors)
    assert chicago(source).startswith(chicago_start)
    _, _, fields = parse_bibtex(bibtex(source))
    assert fields.get("author") == bib_author  # each name braced: never split
    assert ris_tag(ris(source), "AU") == names
    (item,) = csl_json(source)
    if names:
        # Literal names: Vietnamese names are never split into given/family.
        assert item["author"] == [{"literal": n} for n in names]
    else:
        assert "author" not in item


# --- kinds ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, ris_type, csl_type",
    [
        pytest.param("meeting", "ELEC", "event", id="meeting"),
        pytest.param("article", "NEWS", "article-newspaper", id="article"),
        pytest.param("", "ELEC", "webpage", id="empty-kind"),
        pytest.param("other", "ELEC", "webpage", id="unknown-kind"),
    ],
)
def test_types(kind, ris_type, csl_type):
    source = replace(MEETING, kind=kind)
    assert ris_tag(ris(source), "TY") == [ris_type]
    assert csl_json(source)[0]["type"] == csl_type
    assert bibtex(source).startswith("@misc{")


# --- hostile input --------------------------------------------------------------------------------


def test_bibtex_hostile_input_stays_valid():
    kind, key, fields = parse_bibtex(bibtex(HOSTILE))
    assert kind == "misc"
    assert key == "vnru-meeting-12-bad"
    # No raw TeX special survives outside an escape sequence.
    for name, value in fields.items():
        assert "\n" not in value
        unescaped = re.sub(r"\\(?:[%&$#_]|text[a-z]+\{\})", "", value)
        assert not re.search(r"[\\%&$#_^~]", unescaped), (name, value)
    assert fields["title"] == (
        "{Tiêu đề \\textbraceright{}\\textbraceleft{}\\%\\&\\$\\#\\_\\textasciicircum{}"
        "\\textasciitilde{}\\textbackslash{} lạ dòng hai}"
    )
    assert fields["author"] == "{Nguyễn \\textbraceleft{}Văn\\textbraceright{} A B} and {C \\& D}"
    assert fields["address"] == "Mát-xcơ-va 50\\% \\#1"


@pytest.mark.parametrize(
    "url, field",
    [
        pytest.param(
            "https://archive.example.org/meetings/12/a%20b/#frag",
            "https://archive.example.org/meetings/12/a\\%20b/\\#frag",
            id="percent-and-fragment",
        ),
        pytest.param(
            "https://archive.example.org/search/?q=a_b&x=~y",
            "https://archive.example.org/search/?q=a_b&x=~y",
            id="underscore-ampersand-tilde-untouched",
        ),
        pytest.param(
            "https://archive.example.org/a b/{x}\\",
            "https://archive.example.org/a\\%20b/\\%7Bx\\%7D\\%5C",
            id="invalid-characters-percent-encoded",
        ),
        pytest.param("", None, id="empty"),
    ],
)
def test_bibtex_url_stays_usable(url, field):
    _, _, fields = parse_bibtex(bibtex(replace(MEETING, url=url)))
    assert fields.get("url") == field
    if field:
        unescaped = field.replace("\\%", "%").replace("\\#", "#")
        assert unescaped.startswith("https://archive.example.org/")


def test_ris_hostile_input_one_line_per_tag():
    record = ris(HOSTILE)
    tags = [tag for tag, _ in ris_lines(record)]
    assert " ".join(tags) == "TY ID TI AU AU T2 DA PY CY UR Y2 LA N1 ER"
    assert ris_tag(record, "TI") == ["Tiêu đề }{%&$#_^~\\ lạ dòng hai"]
    assert ris_tag(record, "AU") == ["Nguyễn {Văn} A B", "C & D"]
    assert ris_tag(record, "UR") == ["https://archive.example.org/meetings/12/a%20b/#frag"]
    assert ris_tag(record, "N1") == ["Line one line two}{ 100%. Source file: 001_x_y.txt."]


def test_chicago_and_csl_hostile_input():
    text = chicago(HOSTILE)
    assert "\n" not in text and "\r" not in text
    assert text.startswith("Nguyễn {Văn} A B and C & D. “Tiêu đề }{%&$#_^~\\ lạ dòng hai.” ")
    assert "https://archive.example.org/meetings/12/a%20b/#frag." in text
    (item,) = json.loads(json.dumps(csl_json(HOSTILE), ensure_ascii=False))
    assert item["title"] == "Tiêu đề }{%&$#_^~\\ lạ dòng hai"
    assert item["URL"] == "https://archive.example.org/meetings/12/a%20b/#frag"
    assert item["id"] == "vnru-meeting-12-bad"


@pytest.mark.parametrize(
    "key, expected",
    [
        pytest.param("vnru-meeting-12", "vnru-meeting-12", id="clean"),
        pytest.param("vnru:article_3", "vnru:article_3", id="colon-underscore-kept"),
        pytest.param("Hội đàm Đà Nẵng", "Hoi-dam-Da-Nang", id="vietnamese-folded"),
        pytest.param("{}%#", "vnru-meeting", id="nothing-left-falls-back-to-kind"),
        pytest.param("", "vnru-meeting", id="empty"),
    ],
)
def test_key_sanitised(key, expected):
    source = replace(MEETING, key=key)
    assert parse_bibtex(bibtex(source))[1] == expected
    assert ris_tag(ris(source), "ID") == [expected]
    assert csl_json(source)[0]["id"] == expected


# --- Vietnamese text --------------------------------------------------------------------------------

VIETNAMESE = "Thủ tướng Nguyễn Tấn Dũng hội kiến Tổng thống Nga Đ. A. Medvedev tại Điện Kremlin"


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_vietnamese_preserved_as_nfc(fmt, form):
    source = replace(
        ARTICLE,
        title=unicodedata.normalize(form, VIETNAMESE),
        authors=(unicodedata.normalize(form, "Trọng Giáp"),),
        description=unicodedata.normalize(form, "Bản tin của Thông tấn xã Việt Nam."),
    )
    out = FORMATS[fmt](source)
    assert unicodedata.is_normalized("NFC", out)
    assert VIETNAMESE in out
    assert "Trọng Giáp" in out
    if fmt != "chicago":  # the description is a note; Chicago has no place for it
        assert "Bản tin của Thông tấn xã Việt Nam." in out


# --- never raises -------------------------------------------------------------------------------


MINIMAL = CitationSource(kind="", key="", title="", url="", accessed=ACCESSED)


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(MINIMAL, id="all-empty"),
        pytest.param(replace(MINIMAL, site="", language=""), id="no-site-no-language"),
        pytest.param(replace(MEETING, place="", description="", source_file=""), id="no-extras"),
    ],
)
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_empty_fields_never_raise(source, fmt):
    out = FORMATS[fmt](source)
    assert out
    if fmt == "bibtex":
        parse_bibtex(out)
    if fmt == "ris":
        ris_lines(out)


def test_minimal_outputs():
    assert chicago(MINIMAL) == "Vietnam–Russia Diplomatic Archive, n.d. Accessed 23 November 2026."
    assert chicago(replace(MINIMAL, site="")) == "n.d. Accessed 23 November 2026."
    assert ris(MINIMAL) == (
        "TY  - ELEC\n"
        "ID  - vnru-citation\n"
        "T2  - Vietnam–Russia Diplomatic Archive\n"
        "Y2  - 2026/11/23\n"
        "LA  - vi\n"
        "ER  - \n"
    )
    assert csl_json(MINIMAL) == [
        {
            "id": "vnru-citation",
            "type": "webpage",
            "container-title": "Vietnam–Russia Diplomatic Archive",
            "accessed": {"date-parts": [[2026, 11, 23]]},
            "language": "vi",
        }
    ]


# --- Chicago punctuation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, quoted",
    [
        pytest.param("Hội đàm", "“Hội đàm.”", id="period-added-inside-quotes"),
        pytest.param(
            "Nga – Việt Nam: hướng tới đâu?", "“Nga – Việt Nam: hướng tới đâu?”", id="question"
        ),
        pytest.param("Hội đàm.", "“Hội đàm.”", id="no-double-period"),
        pytest.param(
            'Tuyên bố chung về "đối tác chiến lược toàn diện"',
            "“Tuyên bố chung về ‘đối tác chiến lược toàn diện’.”",
            id="nested-straight-quotes",
        ),
        pytest.param(
            "Tuyên bố “tầm nhìn 2030”",
            "“Tuyên bố ‘tầm nhìn 2030’.”",
            id="nested-curly-quotes",
        ),
    ],
)
def test_chicago_title_punctuation(title, quoted):
    assert chicago(replace(MEETING, title=title)).startswith(quoted + " Vietnam–Russia")


def test_bibtex_language_without_langid():
    _, _, fields = parse_bibtex(bibtex(replace(MEETING, language="fr_CA")))
    assert "langid" not in fields
    assert fields["language"] == "fr\\_CA"
