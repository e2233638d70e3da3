"""The operations the contract describes: which named URL, which form reads its query string,
which shape its JSON twin returns and which other answers it can give."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from archive.api import shapes
from archive.forms import (
    FACET_PARAMS,
    MeetingFilterForm,
    NetworkFilterForm,
    SearchForm,
    YearRangeForm,
)

REDIRECT, NOT_FOUND = 301, 404


@dataclass(frozen=True)
class Operation:
    url_name: str
    operation_id: str
    summary: Any  # a lazy translation
    shape: Any  # the 200 JSON body
    form: type[forms.Form] | None = None
    formats: tuple[str, ...] = ("json",)  # the `format` parameter; () when there is none
    paginated: bool = False
    errors: dict[int, Any] = field(default_factory=dict)  # status: JSON body shape, or None
    example: Callable[[], Any] | None = None  # a record whose id and slug the path examples use
    query: tuple[tuple[str, dict], ...] = ()  # parameters read without a form: name, schema


def _first(model_name: str) -> Callable[[], Any]:
    def first():
        from archive import models

        return getattr(models, model_name).objects.order_by("pk").first()

    return first


DETAIL_ERRORS = {REDIRECT: None, NOT_FOUND: None}
# The search page reads its facet filters beside the form, each as often as it is given.
FACETS = tuple((param, {"type": "array", "items": {"type": "string"}}) for param in FACET_PARAMS)
TABLES = ("json", "csv")

OPERATIONS = [
    Operation("archive:home", "home", _("Home: counts, meetings per year, recent and most reported meetings"), shapes.Home),
    Operation("archive:meetings", "meeting_list", _("Meetings, filtered and sorted, 50 a page"), shapes.MeetingPage,
              form=MeetingFilterForm, formats=TABLES, paginated=True, errors={400: shapes.InvalidParameters}),
    Operation("archive:map", "meeting_map", _("Meeting places with their coordinates and number of meetings"), shapes.MeetingMap,
              form=YearRangeForm, errors={400: shapes.InvalidParameters}),
    Operation("archive:meeting", "meeting_detail", _("A meeting: participants, agreements, every report"), shapes.MeetingDetail,
              errors=DETAIL_ERRORS, example=_first("Meeting")),
    Operation("archive:meeting-short", "meeting_short", _("A meeting's short address: redirects to its permalink"), None,
              errors=DETAIL_ERRORS, example=_first("Meeting")),
    Operation("archive:leaders", "leader_list", _("Leaders, with their number of meetings"), list[shapes.LeaderListItem],
              formats=TABLES),
    Operation("archive:leader", "leader_detail", _("A leader: offices, other spellings, newest meetings"), shapes.LeaderDetail,
              errors=DETAIL_ERRORS, example=_first("Leader")),
    Operation("archive:network", "network", _("Who met whom: the most active leaders and their shared meetings"), shapes.Network,
              form=NetworkFilterForm, errors={400: shapes.InvalidParameters}),
    Operation("archive:agreements", "agreement_list", _("Agreements, with their number of meetings"), list[shapes.AgreementListItem],
              formats=TABLES),
    Operation("archive:agreement", "agreement_detail", _("An agreement and the meetings where it was signed or cited"), shapes.AgreementDetail,
              errors=DETAIL_ERRORS, example=_first("Agreement")),
    Operation("archive:article", "article_detail", _("A report: its text in paragraphs, its meetings, its citation"), shapes.ArticleDetail,
              errors=DETAIL_ERRORS, example=_first("Article")),
    Operation("archive:search", "search", _("Full-text search with facets"), shapes.SearchResponse,
              form=SearchForm, formats=TABLES, query=FACETS, errors={400: shapes.SearchResponse | shapes.InvalidParameters, 503: shapes.SearchResponse}),
    Operation("archive:search-suggest", "search_suggest", _("Leader and agreement names for the search box"), shapes.Suggestions,
              formats=(), query=(("q", {"type": "string"}),)),
    Operation("archive:data", "downloads", _("The whole archive as a download: the dumps kept and what their files hold"), shapes.Downloads),
]  # fmt: skip
