"""The search page and its JSON and CSV twins, and the typeahead used by the search box."""

import csv

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from archive.forms import FACET_PARAMS, SearchForm
from archive.search.service import CSV_LIMIT, SearchResults, name_suggestions, search

PARAM_OF_FACET = {field: param for param, field in FACET_PARAMS.items()}
JSON_FACET_NAMES = {
    "leaders": "leader", "years": "year", "kinds": "kind", "countries": "country",
    "agreements": "agreement", "machine_translated": "machine_translated",
}  # fmt: skip
STATUS_OF_ERROR = {"nothing_to_search": 400, "page_out_of_range": 400, "index_unavailable": 503}


def _message(code: str, detail: str) -> str:
    messages = {
        "empty": _("Type words to search, or choose a filter."),
        "nothing_to_search": _("Nothing to search for: the query has no words. Try a name, a place or a topic."),
        "page_out_of_range": _("That page does not exist for this search."),
        "index_unavailable": _("Search is unavailable right now: the search index is missing or damaged. Staff can repair it with `manage.py rebuild_index --noinput`."),
        "truncated": _("Your query was shortened to its first %(n)s characters.") % {"n": detail},
        "control_chars": _("Invisible control characters were removed from your query."),
        "unclosed_quote": _("A quotation mark was not closed; the phrase runs to the end of the query."),
        "unclosed_paren": _("A parenthesis was not closed; it was closed at the end of the query."),
        "stray_paren": _("A closing parenthesis without an opening one was ignored."),
        "stray_operator": _("The operator %(op)s had nothing to apply to and was ignored.") % {"op": detail},
        "unknown_field": _("There is no filter called “%(name)s:”; those words were searched as text. Filters: leader:, kind:, year:, agreement:, country:.") % {"name": detail},
        "unknown_filter_value": _("Nothing in the archive matches the filter %(f)s.") % {"f": detail},
        "too_many_terms": _("Only the first %(n)s terms of your query were used.") % {"n": detail},
        "prefix_too_short": _("“%(p)s*” is too short for a prefix search; type at least two letters.") % {"p": detail},
        "prefix_too_broad": _("“%(p)s*” matches too many words; only the first 200 were searched.") % {"p": detail},
        "timeout": _("The search took too long and was stopped; the results may be incomplete."),
    }  # fmt: skip
    return messages.get(code, code)


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


def _json(results: SearchResults, form_errors) -> JsonResponse:
    request = results.request
    return JsonResponse(
        {
            "query": request.q,
            "count": results.count,
            "page": request.page,
            "num_pages": results.num_pages,
            "suggestion": results.suggestion,
            "error": _message(results.error, "") if results.error else None,
            "form_errors": form_errors,
            "notices": [_message(code, detail) for code, detail in results.notices],
            "results": [
                {
                    "type": "article", "id": hit.id, "url": hit.url, "title": hit.title,
                    "date": hit.meetings[0]["date"] if hit.meetings else None,
                    "source_file": hit.source_file, "score": hit.score,
                    "meetings": [
                        {k: m[k] for k in ("id", "url", "date", "date_precision", "kind")} for m in hit.meetings
                    ],
                    "highlight": hit.highlight,
                }
                for hit in results.hits
            ],
            "facets": {
                JSON_FACET_NAMES[name]: [[label, count] for _, label, count in values]
                for name, values in results.facets.items()
            },
            "facet_values": {
                JSON_FACET_NAMES[name]: [{"value": v, "label": label, "count": c} for v, label, c in values]
                for name, values in results.facets.items()
            },
        },
        status=STATUS_OF_ERROR.get(results.error, 400 if form_errors else 200),
        json_dumps_params={"ensure_ascii": False},
    )  # fmt: skip


def _csv(request, results: SearchResults) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="search-results.csv"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(["id", "title", "date", "meetings", "source_file", "score", "url"])
    for hit in results.hits:
        writer.writerow([
            hit.id, hit.title, hit.meetings[0]["date"] if hit.meetings else "",
            " ".join(request.build_absolute_uri(m["url"]) for m in hit.meetings),
            hit.source_file, hit.score, request.build_absolute_uri(hit.url),
        ])  # fmt: skip
    return response


def search_page(request):
    form = SearchForm(request.GET)
    output = request.GET.get("format", "html")
    if not form.is_valid():
        errors = {field: [str(e) for e in errs] for field, errs in form.errors.items()}
        if output == "json":
            return JsonResponse(
                {"error": _("Invalid search parameters."), "form_errors": errors}, status=400
            )
        return render(request, "archive/search.html", {"form": form, "results": None}, status=400)
    overrides = {"page": 1, "page_size": CSV_LIMIT, "snippets": False} if output == "csv" else {}
    results = search(form.search_request(**overrides))
    if output == "json":
        return _json(results, {})
    if output == "csv" and not results.error:
        return _csv(request, results)
    facet_groups, chips = _facet_links(request, results)
    status = STATUS_OF_ERROR.get(results.error, 200)
    return render(
        request,
        "archive/search.html",
        {
            "form": form,
            "results": results,
            "error": _message(results.error, "")
            if results.error and results.error != "empty"
            else None,
            "notices": [_message(code, detail) for code, detail in results.notices],
            "facet_groups": facet_groups,
            "chips": chips,
            "pages": _pages(request, results),
        },
        status=status,
    )


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
    }


def search_suggest(request):
    text = request.GET.get("q", "")[:100]
    return JsonResponse(
        {"query": text, "suggestions": name_suggestions(text)},
        json_dumps_params={"ensure_ascii": False},
    )
