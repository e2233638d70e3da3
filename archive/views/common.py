"""What every page shares: canonical permalinks and the `?format=` twins."""

import csv

from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render

LIST_PAGE_SIZE = 50


def canonical_redirect(obj, slug):
    """A wrong or old slug answers 301 to the permalink."""
    return redirect(obj.get_absolute_url(), permanent=True) if slug != obj.slug else None


def output_format(request) -> str:
    return request.GET.get("format", "html")


def json_response(data, status: int = 200) -> JsonResponse:
    return JsonResponse(
        data, status=status, safe=False, json_dumps_params={"ensure_ascii": False, "indent": 1}
    )


def csv_response(filename: str, header: list[str], rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows(rows)
    return response


def page_of(request, items, size: int = LIST_PAGE_SIZE):
    return Paginator(items, size).get_page(request.GET.get("page"))


def respond(request, template: str, context: dict, data, csv_table=None):
    """The page, or its JSON twin (`data()`), or for lists its CSV twin (`csv_table()`)."""
    wanted = output_format(request)
    if wanted == "json":
        return json_response(data())
    if wanted == "csv" and csv_table is not None:
        return csv_response(*csv_table())
    return render(request, template, context)
