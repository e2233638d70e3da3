"""What a search is asked and what it answers: the request, the hits and the results page."""

from dataclasses import dataclass, field

PAGE_SIZE = 20
MAX_PAGES = 50  # deeper than 1,000 results a researcher refines the query instead
CSV_LIMIT = MAX_PAGES * PAGE_SIZE  # the most results any request returns, CSV included


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    page: int = 1
    sort: str = "relevance"  # relevance, date, -date
    exact: bool = False
    selected: tuple[tuple[str, str], ...] = ()  # (facet, value) pairs chosen by the user
    date_from: int | None = None  # YYYYMMDD
    date_to: int | None = None
    page_size: int = PAGE_SIZE
    snippets: bool = True

    @property
    def is_blank(self) -> bool:
        return not self.q.strip() and not self.selected and not self.date_from and not self.date_to


@dataclass
class Hit:
    id: int
    url: str
    title: str
    source_file: str
    score: float
    meetings: list[dict]
    highlight: str = ""


@dataclass
class SearchResults:
    request: SearchRequest
    count: int = 0
    num_pages: int = 0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, str, int]]] = field(
        default_factory=dict
    )  # value, label, count
    suggestion: str | None = None
    notices: list[tuple[str, str]] = field(default_factory=list)
    error: str | None = None  # empty, nothing_to_search, page_out_of_range, index_unavailable
