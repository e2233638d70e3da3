"""The search form: the URL's parameters, validated into a search request."""

import calendar
import hashlib
import re
from urllib.parse import urlencode

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from archive.search import MAX_PAGES, SearchRequest

FACET_PARAMS = {
    "leader": "leaders", "year": "years", "kind": "kinds", "country": "countries",
    "agreement": "agreements", "mt": "machine_translated",
}  # fmt: skip
RECORD_ID_MAX = 2**63 - 1  # the largest id (BigAutoField); a larger number overflows the query
_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def _day_number(value: str, last: bool) -> int:
    """`2015`, `2015-05` or `2015-05-29` as YYYYMMDD: the first (or last) day it covers."""
    match = _DAY.match(value.strip())
    if not match:
        raise forms.ValidationError(_("Use a year, year-month or date: 2015, 2015-05, 2015-05-29."))
    year, month, day = int(match[1]), int(match[2] or (12 if last else 1)), match[3]
    if not 1 <= month <= 12:
        raise forms.ValidationError(_("Month must be between 1 and 12."))
    days = calendar.monthrange(year, month)[1]
    day = int(day) if day else (days if last else 1)
    if not 1 <= day <= days:
        raise forms.ValidationError(_("That day does not exist in that month."))
    return year * 10_000 + month * 100 + day


class SearchForm(forms.Form):
    # The parser shortens long queries with a notice; this only stops megabyte-sized ones.
    q = forms.CharField(required=False, label=_("Search"), max_length=20_000)
    exact = forms.BooleanField(required=False, label=_("Exact diacritics only"))
    sort = forms.ChoiceField(
        required=False,
        label=_("Sort by"),
        choices=[
            ("relevance", _("relevance")),
            ("-date", _("newest first")),
            ("date", _("oldest first")),
        ],
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=10**12)
    date_from = forms.CharField(required=False, label=_("From"))
    date_to = forms.CharField(required=False, label=_("To"))

    # `from` and `to` are the public parameter names; they are Python keywords.
    public_names = {"date_from": "from", "date_to": "to"}

    def __init__(self, data, *args, **kwargs):
        data = data.copy()
        for field, public in self.public_names.items():
            data.setdefault(field, data.get(public, ""))
        super().__init__(data, *args, **kwargs)
        self.selected = tuple(
            (field, value)
            for param, field in FACET_PARAMS.items()
            for value in data.getlist(param)
            if value
        )

    def clean_page(self):
        page = self.cleaned_data["page"] or 1
        if page > MAX_PAGES:
            raise forms.ValidationError(
                _(
                    "Page %(page)s is beyond the last page shown (%(max)s). Refine the query instead."
                ),
                params={"page": page, "max": MAX_PAGES},
            )
        return page

    def clean_date_from(self):
        value = self.cleaned_data["date_from"]
        return _day_number(value, last=False) if value else None

    def clean_date_to(self):
        value = self.cleaned_data["date_to"]
        return _day_number(value, last=True) if value else None

    def search_request(self, **overrides) -> SearchRequest:
        data = self.cleaned_data
        values = {
            "q": data["q"], "page": data["page"] or 1, "sort": data["sort"] or "relevance",
            "exact": data["exact"], "selected": self.selected,
            "date_from": data["date_from"], "date_to": data["date_to"],
        }  # fmt: skip
        return SearchRequest(**{**values, **overrides})


class YearRangeForm(forms.Form):
    """Years `from` and `to`, both optional, in the URL: the map's and the network's filter."""

    year_from = forms.IntegerField(
        required=False, min_value=1900, max_value=2100, label=_("From year")
    )
    year_to = forms.IntegerField(required=False, min_value=1900, max_value=2100, label=_("To year"))

    public_names = {"year_from": "from", "year_to": "to"}

    def __init__(self, data, *args, **kwargs):
        data = data.copy()
        for field, public in self.public_names.items():
            data.setdefault(field, data.get(public, ""))
        super().__init__(data, *args, **kwargs)

    def clean(self):
        data = super().clean()
        start, end = data.get("year_from"), data.get("year_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The first year comes after the last."))
        return data

    def apply(self, meetings):
        if year := self.cleaned_data["year_from"]:
            meetings = meetings.filter(date__year__gte=year)
        if year := self.cleaned_data["year_to"]:
            meetings = meetings.filter(date__year__lte=year)
        return meetings


class MeetingFilterForm(forms.Form):
    """The filters of /meetings/, all in the URL so a filtered list can be shared."""

    year = forms.IntegerField(required=False, min_value=1900, max_value=2100, label=_("Year"))
    leader = forms.IntegerField(
        required=False, min_value=1, max_value=RECORD_ID_MAX, label=_("Leader")
    )
    with_leader = forms.IntegerField(
        required=False, min_value=1, max_value=RECORD_ID_MAX, label=_("Together with")
    )
    kind = forms.ChoiceField(required=False, label=_("Kind"))
    country = forms.CharField(required=False, max_length=2, label=_("Country"))
    city = forms.CharField(required=False, max_length=100, label=_("City"))
    pair = forms.RegexField(
        required=False, regex=r"^[A-Za-z]{2}-[A-Za-z]{2}$", label=_("Between countries")
    )  # `vn-ru`: meetings with both countries among the participants'
    agreement = forms.IntegerField(
        required=False, min_value=1, max_value=RECORD_ID_MAX, label=_("Agreement")
    )
    needs_review = forms.NullBooleanField(required=False, label=_("Needs review"))
    sort = forms.ChoiceField(
        required=False,
        label=_("Sort by"),
        choices=[("date", _("oldest first")), ("-date", _("newest first"))],
    )
    view = forms.ChoiceField(
        required=False, choices=[("list", _("list")), ("timeline", _("timeline"))]
    )

    public_names = {"with_leader": "with"}  # a Python keyword

    def __init__(self, data=None, *args, **kwargs):
        from archive.models import Meeting

        if data is not None:
            data = data.copy()
            data.setdefault("with_leader", data.get("with", ""))
        super().__init__(data, *args, **kwargs)
        self.fields["kind"].choices = [("", _("any kind")), *Meeting.Kind.choices]

    def choice_digest(self) -> str:
        """The chosen filters in one short string, the same for every URL that chooses the same
        meetings: order, view and page choose none, and countries are compared in capitals."""
        chosen = {
            name: str(value).upper() if name in ("country", "pair") else str(value)
            for name, value in self.cleaned_data.items()
            if name not in ("sort", "view") and value not in (None, "")
        }
        return hashlib.sha256(urlencode(sorted(chosen.items())).encode()).hexdigest()[:32]

    def apply(self, meetings):
        """The chosen meetings. Leader and agreement are subqueries: a join would repeat a
        meeting per match and need DISTINCT over every column (40 ms at 100,000 meetings)."""
        from django.db.models import Exists, OuterRef

        from archive.models import MeetingAgreement, Participation, PlaceName

        data = self.cleaned_data
        if data["year"]:
            meetings = meetings.filter(date__year=data["year"])
        if data["leader"]:
            taking_part = Participation.objects.filter(leader=data["leader"])
            meetings = meetings.filter(pk__in=taking_part.values("meeting_id"))
        if data["with_leader"]:
            also = Participation.objects.filter(leader=data["with_leader"])
            meetings = meetings.filter(pk__in=also.values("meeting_id"))
        if data["kind"]:
            meetings = meetings.filter(kind=data["kind"])
        if data["country"]:
            meetings = meetings.filter(country=data["country"].upper())
        if data["city"]:  # the gazetteer's name or any of its spellings, exactly
            spellings = PlaceName.objects.filter(place__name=data["city"]).values("name")
            meetings = meetings.filter(Q(city=data["city"]) | Q(city__in=spellings))
        if data["pair"]:
            for code in data["pair"].upper().split("-"):
                taking_part = Participation.objects.filter(meeting=OuterRef("pk"), country=code)
                meetings = meetings.filter(Exists(taking_part))
        if data["agreement"]:
            linked = MeetingAgreement.objects.filter(agreement=data["agreement"])
            meetings = meetings.filter(pk__in=linked.values("meeting_id"))
        if data["needs_review"] is not None:
            meetings = meetings.filter(needs_review=data["needs_review"])
        order = ["-date", "-pk"] if data["sort"] == "-date" else ["date", "pk"]
        return meetings.order_by(*order)


_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")


class NetworkFilterForm(YearRangeForm):
    """The filters of /network/: years and the leaders' countries, all in the URL."""

    country = forms.CharField(
        required=False, max_length=200, label=_("Countries (ISO codes, comma-separated)")
    )

    def __init__(self, data, *args, **kwargs):
        data = data.copy()
        data["country"] = ",".join(v for v in data.getlist("country") if v)  # repeated or a list
        super().__init__(data, *args, **kwargs)

    def clean_country(self) -> tuple[str, ...]:
        codes = [c.strip() for c in self.cleaned_data["country"].split(",") if c.strip()]
        if not all(_COUNTRY_CODE.match(c) for c in codes):
            raise forms.ValidationError(_("Use two-letter country codes: VN, RU."))
        return tuple(sorted({c.upper() for c in codes}))
