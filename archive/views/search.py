"""The search page and its JSON and CSV twins, and the typeahead used by the search box."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from archive.feeds import search_feed_url
from archive.forms import FACET_PARAMS, SearchForm
from archive.search import CSV_LIMIT, SearchResults, message, name_suggestions, search
from archive.serializers import SEARCH_CSV_HEADER, invalid_parameters, search_data, search_row
from archive.views.responses import csv_response, output_format

PARAM_OF_FACET = {field: param for param, field in FACET_PARAMS.items()}
CSV_REQUEST = {"page": 1, "page_size": CSV_LIMIT, "snippets": False}  # every result, no snippets
STATUS_OF_ERROR = {"nothing_to_search": 400, "page_out_of_range": 400, "index_unavailable": 503}


def _facet_links(request, results: SearchResults):
    """Each facet value with the URL that adds it, and the chips (selected values) that remove it."""
    params = request.GET.copy()
    params.pop("page", None)
    params.pop("format", None)
    selected = set(results.request.selected)
    groups, chips = [], []
    for field, values in results.facets.items():
        entries = []
        for value, label, count in values:
            toggled = params.copy()
            current = toggled.getlist(PARAM_OF_FACET[field])
            is_on = (field, value) in selected
            toggled.setlist(
                PARAM_OF_FACET[field],
                [v for v in current if v != value] if is_on else [*current, value],
            )
            entry = {
                "param": PARAM_OF_FACET[field],
                "value": value,
                "label": label,
                "count": count,
                "selected": is_on,
                "url": "?" + toggled.urlencode(),
            }
            entries.append(entry)
            if is_on:
                chips.append(entry)
        groups.append({"name": field, "param": PARAM_OF_FACET[field], "entries": entries})
    return groups, chips


def search_page(request):
    form = SearchForm(request.GET)
    wanted = output_format(request)
    if not form.is_valid():
        return _invalid(request, form, wanted)
    results = search(form.search_request(**(CSV_REQUEST if wanted == "csv" else {})))
    status = STATUS_OF_ERROR.get(results.error, 200)
    if wanted == "json":
        return JsonResponse(
            search_data(results), status=status, json_dumps_params={"ensure_ascii": False}
        )
    if wanted == "csv" and status != 200:  # the reason, as the JSON twin gives it
        return JsonResponse(
            search_data(results), status=status, json_dumps_params={"ensure_ascii": False}
        )
    if wanted == "csv":
        rows = [search_row(hit, request.build_absolute_uri) for hit in results.hits]
        return csv_response("search-results.csv", SEARCH_CSV_HEADER, rows)
    return render(request, "archive/search.html", _page(request, form, results), status=status)


def _invalid(request, form, wanted: str):
    if wanted in ("json", "csv"):
        body = invalid_parameters(form, _("Invalid search parameters."))
        return JsonResponse(body, status=400, json_dumps_params={"ensure_ascii": False})
    context = {"form": form, "results": None, "active_filters": _active_filters(form)}
    return render(request, "archive/search.html", context, status=400)


def _active_filters(form) -> int:
    """How many filters and options narrow or order the results: the count on the button that
    opens them, so a reader on a phone knows the list is filtered without opening it."""
    data = form.data
    options = [data.get("exact"), data.get("date_from"), data.get("date_to")]
    return (
        len(form.selected)
        + sum(map(bool, options))
        + (data.get("sort") not in ("", None, "relevance"))
    )


def _page(request, form, results: SearchResults) -> dict:
    facet_groups, chips = _facet_links(request, results)
    return {
        "form": form,
        "results": results,
        "error": message(results.error) if results.error and results.error != "empty" else None,
        "notices": [message(code, detail) for code, detail in results.notices],
        "facet_groups": facet_groups,
        "chips": chips,
        "active_filters": _active_filters(form),
        "pages": _pages(request, results),
    }


def _pages(request, results: SearchResults) -> dict:
    params = request.GET.copy()
    params.pop("format", None)

    def url(page):
        params["page"] = page
        return "?" + params.urlencode()

    page = results.request.page
    return {
        "previous": url(page - 1) if page > 1 else None,
        "next": url(page + 1) if page < results.num_pages else None,
        "json": url(page) + "&format=json",
        "csv": url(1) + "&format=csv",
        "feed": None if results.error else search_feed_url(request),
    }


def search_suggest(request):
    text = request.GET.get("q", "")[:100]
    return JsonResponse(
        {"query": text, "suggestions": name_suggestions(text)},
        json_dumps_params={"ensure_ascii": False},
    )
