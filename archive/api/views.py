"""The contract as JSON (`/api/openapi.json`) and as a page to read (`/api/`)."""

from django.shortcuts import render

from archive.api.reading import components, operations
from archive.api.schema import openapi_document
from archive.context_processors import archive_name
from archive.views.responses import json_response


def _document(request) -> dict:
    server = request.build_absolute_uri("/").rstrip("/")
    return openapi_document(server, str(archive_name(request)["archive_name"]))


def openapi_json(request):
    return json_response(_document(request))


def api_page(request):
    document = _document(request)
    return render(request, "archive/api.html", {
        "document": document,
        "operations": operations(document),
        "components": components(document),
    })  # fmt: skip
