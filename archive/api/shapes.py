"""The shapes of the JSON twins, as typed dictionaries.

archive/serializers.py is annotated to return them and the views put them together; the OpenAPI
document's schemas are generated from these classes (archive/api/schema.py), and the tests
validate real responses against them with `extra="forbid"`, so a key added to a twin without
adding it here fails a test instead of drifting away from the contract.
"""

from typing import (
    Literal,
    NotRequired,  # pydantic needs these before Python 3.12
)

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

CLOSED = ConfigDict(extra="forbid")
Day = str  # an ISO date, 2017-06-29


@with_config(CLOSED)
class Participant(TypedDict):
    leader_id: int
    name: str
    url: str
    country: str
    title: str  # the office the leader held on the meeting's date


@with_config(CLOSED)
class Location(TypedDict):
    venue: str
    city: str
    country: str


@with_config(CLOSED)
class MeetingSummary(TypedDict):
    id: int
    url: str
    date: Day | None
    date_precision: Literal["day", "month", "year"] | None
    end_date: Day | None
    kind: str
    location: Location
    needs_review: bool
    participants: list[Participant]


@with_config(CLOSED)
class MeetingReport(TypedDict):
    id: int
    url: str
    title: str
    byline: str
    source_file: str
    machine_translated: bool


@with_config(CLOSED)
class AgreementLink(TypedDict):
    id: int
    url: str
    title: str
    kind: str
    signed_date: Day | None
    relation: str


@with_config(CLOSED)
class MeetingData(MeetingSummary):
    review_reason: str
    articles: list[MeetingReport]
    agreements: list[AgreementLink]


@with_config(CLOSED)
class MeetingDetail(MeetingData):
    previous: MeetingSummary | None
    next: MeetingSummary | None
    citation: str


@with_config(CLOSED)
class MeetingPage(TypedDict):
    count: int
    page: int
    num_pages: int
    meetings: list[MeetingSummary]


@with_config(CLOSED)
class LeaderListItem(TypedDict):
    id: int
    url: str
    name: str
    country: str
    meetings: int


@with_config(CLOSED)
class Office(TypedDict):
    title: str
    role: str
    country: str
    start: Day | None
    end: Day | None


@with_config(CLOSED)
class LeaderData(TypedDict):
    id: int
    url: str
    name: str
    country: str
    aliases: list[str]
    offices: list[Office]


@with_config(CLOSED)
class MetWith(TypedDict):
    id: int
    name: str
    country: str
    url: str
    meetings: int  # meetings both took part in
    first: Day | None
    last: Day | None
    meetings_url: str  # those meetings in the meeting list (?leader=…&with=…)


@with_config(CLOSED)
class LeaderDetail(LeaderData):
    meeting_count: int
    all_meetings: str  # the leader's meetings in the filterable meeting list
    meetings: list[MeetingSummary]  # the newest fifty
    met_with: list[MetWith]  # everyone who shared a meeting, the most often first


@with_config(CLOSED)
class NetworkNode(TypedDict):
    id: int
    name: str
    country: str
    url: str
    meetings: int
    x: float  # the layout's position in [0, 1000]
    y: float


@with_config(CLOSED)
class NetworkEdge(TypedDict):
    source: int
    target: int
    weight: int  # meetings both took part in
    meetings_url: str


@with_config(CLOSED)
class Network(TypedDict):
    leaders_in_all: int
    limit: int  # the most active leaders drawn
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


@with_config(CLOSED)
class AgreementListItem(TypedDict):
    id: int
    url: str
    title: str
    kind: str
    signed_date: Day | None
    meetings: int


@with_config(CLOSED)
class AgreementFields(TypedDict):
    id: int
    url: str
    title: str
    kind: str
    signed_date: Day | None
    signed_place: str
    parties: list[str]  # ISO country codes


@with_config(CLOSED)
class AgreementData(AgreementFields):
    meeting_ids: list[int]


@with_config(CLOSED)
class LinkedMeeting(MeetingSummary):
    relation: str


@with_config(CLOSED)
class AgreementDetail(AgreementFields):
    meetings: list[LinkedMeeting]


@with_config(CLOSED)
class ArticleFields(TypedDict):
    id: int
    url: str
    title: str
    dateline: str
    byline: str
    source_file: str
    checksum: str
    machine_translated: bool
    meeting_ids: list[int]


@with_config(CLOSED)
class ArticleData(ArticleFields):
    """With `full_text`, the text too (the article page's twin and the export)."""

    lead: NotRequired[str]
    body: NotRequired[str]
    photo_captions: NotRequired[list[str]]
    encoding: NotRequired[str]
    imported_at: NotRequired[str]


@with_config(CLOSED)
class ArticleDetail(ArticleFields):
    lead: str
    body: str
    photo_captions: list[str]
    encoding: str
    imported_at: str  # ISO date and time
    paragraphs: list[str]
    meetings: list[MeetingSummary]
    citation: str


@with_config(CLOSED)
class Counts(TypedDict):
    articles: int
    meetings: int
    leaders: int
    agreements: int


@with_config(CLOSED)
class YearCount(TypedDict):
    year: int
    count: int


@with_config(CLOSED)
class ReportedMeeting(MeetingSummary):
    articles: int


@with_config(CLOSED)
class Home(TypedDict):
    counts: Counts
    first_year: int | None
    last_year: int | None
    meetings_per_year: list[YearCount]
    recent: list[MeetingSummary]
    most_cited: list[ReportedMeeting]


@with_config(CLOSED)
class HitMeeting(TypedDict):
    id: int
    url: str
    date: Day | None
    date_precision: Literal["day", "month", "year"] | None
    kind: str


@with_config(CLOSED)
class SearchHit(TypedDict):
    type: Literal["article"]
    id: int
    url: str
    title: str
    date: Day | None
    source_file: str
    score: float
    meetings: list[HitMeeting]
    highlight: str


@with_config(CLOSED)
class FacetValue(TypedDict):
    value: str
    label: str
    count: int


FormErrors = dict[str, list[str]]  # field name: its messages


@with_config(CLOSED)
class SearchResponse(TypedDict):
    query: str
    count: int
    page: int
    num_pages: int
    suggestion: str | None
    error: str | None
    form_errors: FormErrors
    notices: list[str]
    results: list[SearchHit]
    facets: dict[str, list[tuple[str, int]]]  # label and count; facet_values has the values too
    facet_values: dict[str, list[FacetValue]]


@with_config(CLOSED)
class MapPlace(TypedDict):
    """A meeting place of /map/: lat and lon are null for a place the gazetteer cannot locate;
    `approximate` is a country's capital standing for meetings that name only the country."""

    name: str
    country: str
    lat: float | None
    lon: float | None
    meetings: int
    approximate: bool
    url: str


@with_config(CLOSED)
class MeetingMap(TypedDict):
    places: list[MapPlace]


@with_config(CLOSED)
class InvalidParameters(TypedDict):
    """400: the query parameters did not validate."""

    error: str
    form_errors: FormErrors


@with_config(CLOSED)
class Suggestion(TypedDict):
    label: str
    folded: str
    type: Literal["leader", "agreement"]
    url: str


@with_config(CLOSED)
class Suggestions(TypedDict):
    query: str
    suggestions: list[Suggestion]


@with_config(CLOSED)
class Dump(TypedDict):
    name: str  # archive-YYYY-MM-DD.zip
    date: Day
    bytes: int
    sha256: str
    url: str
    checksum_url: str  # its line for `sha256sum -c`


@with_config(CLOSED)
class DumpColumn(TypedDict):
    name: str
    meaning: str


@with_config(CLOSED)
class DumpFile(TypedDict):
    filename: str
    about: str
    columns: list[DumpColumn]


@with_config(CLOSED)
class Downloads(TypedDict):
    format_version: int
    latest: str | None  # the stable address of the newest dump; None before the first
    dumps: list[Dump]  # newest first
    files: list[DumpFile]  # what each dump holds
