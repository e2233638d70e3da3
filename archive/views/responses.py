"""The responses every page builds from: its `?format=` twins (JSON, CSV) and citation files."""

import csv
import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render

from archive.citations.sources import DOWNLOADS


def output_format(request) -> str:
    return request.GET.get("format", "html")


def json_response(data, status: int = 200) -> JsonResponse:
    return JsonResponse(
        data, status=status, safe=False, json_dumps_params={"ensure_ascii": False, "indent": 1}
    )


def attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(filename: str, header: list[str], rows) -> HttpResponse:
    response = attachment(HttpResponse(content_type="text/csv; charset=utf-8"), filename)
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows(rows)
    return response


def respond(request, template: str, context: dict, twin, table=None, status: int = 200):
    """The page, or its JSON twin (`twin()`), or for lists its CSV twin (`table()`: filename,
    header, rows)."""
    wanted = output_format(request)
    if wanted == "json":
        return json_response(twin(), status)
    if wanted == "csv" and table is not None:
        return csv_response(*table())
    return render(request, template, context, status=status)


def citation_download(request, source, name: str) -> HttpResponse | None:
    """The citation of a page as a file (`?format=bibtex`, `ris` or `csl`), else None."""
    if (wanted := output_format(request)) not in DOWNLOADS:
        return None
    render_as, content_type, extension = DOWNLOADS[wanted]
    body = render_as(source)
    response = HttpResponse(
        body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, indent=1),
        content_type=f"{content_type}; charset=utf-8",
    )
    return attachment(response, f"{name}.{extension}")
