"""The OpenAPI 3.1 document, built from the operations, their forms and URL patterns, and the
shapes (JSON Schemas by pydantic). Nothing in it is written by hand but the prose."""

from importlib.metadata import version

from django.utils.translation import gettext as _
from pydantic import TypeAdapter

from archive.api.operations import OPERATIONS, Operation
from archive.api.parameters import form_parameters, query_parameter, url_route

REF = "#/components/schemas/{model}"
CACHE_HEADERS = {
    "ETag": {"description": "Changes with any record, the search index or the code.", "required": True,
             "schema": {"type": "string"}},
    "Last-Modified": {"description": "Left out for a change less than a second old.",
                      "required": False, "schema": {"type": "string"}},
    "Cache-Control": {"required": True, "schema": {"type": "string"}},
}  # fmt: skip
MEDIA_TYPES = {"json": "application/json", "csv": "text/csv"}


def openapi_document(server_url: str, archive_name: str) -> dict:
    bodies = _json_schemas()
    return {
        "openapi": "3.1.0",
        "info": {
            "title": archive_name,
            "version": version("vn-ru-diplomatic-archive"),
            "description": _(
                "The JSON twins of the archive's pages (the same address with ?format=json) and "
                "its search. Lists and search also answer ?format=csv."
            ),
        },
        "servers": [{"url": server_url}],
        "paths": _paths(bodies[0]),
        "components": {"schemas": bodies[1].get("$defs", {})},
    }


def _shapes(operation: Operation):
    yield "200", operation.shape
    for status, shape in operation.errors.items():
        yield str(status), shape


def _json_schemas() -> tuple[dict, dict]:
    """Every body's schema, keyed (operation id, status); the classes they use as components."""
    inputs = [
        ((operation.operation_id, status), "serialization", TypeAdapter(shape))
        for operation in OPERATIONS
        for status, shape in _shapes(operation)
        if shape is not None
    ]
    schemas, definitions = TypeAdapter.json_schemas(inputs, ref_template=REF)
    return {key: schema for (key, _mode), schema in schemas.items()}, definitions


def _paths(bodies: dict) -> dict:
    paths = {}
    for operation in OPERATIONS:
        path, parameters = url_route(operation.url_name)
        _add_examples(operation, parameters)
        paths[path] = {
            "get": {
                "operationId": operation.operation_id,
                "summary": str(operation.summary),
                "parameters": parameters + _query_parameters(operation),
                "responses": _responses(operation, bodies),
            }
        }
    return paths


def _query_parameters(operation: Operation) -> list[dict]:
    parameters = []
    if operation.formats:
        schema = {"type": "string", "enum": ["html", *operation.formats], "default": "html"}
        description = _("The twin; without it (or with an unknown value), the HTML page")
        parameters.append({**query_parameter("format", schema, description), "example": "json"})
    if operation.form:
        parameters += form_parameters(operation.form)
    if operation.paginated:
        parameters.append(query_parameter("page", {"type": "integer", "minimum": 1}, _("Page")))
    parameters += [query_parameter(name, schema) for name, schema in operation.query]
    return parameters


def _add_examples(operation: Operation, parameters: list[dict]) -> None:
    """A real record's id and slug, so the detail operations are tried on something that exists."""
    record = operation.example() if operation.example else None
    for parameter in parameters if record else ():
        parameter["example"] = {"pk": record.pk, "slug": record.slug}[parameter["name"]]


def _responses(operation: Operation, bodies: dict) -> dict:
    responses = {}
    if operation.shape is not None:
        content = {"application/json": {"schema": bodies[(operation.operation_id, "200")]}}
        if "csv" in operation.formats:
            content["text/csv"] = {"schema": {"type": "string"}}
        responses["200"] = {
            "description": "OK", "headers": CACHE_HEADERS, "content": _with_page(operation, content)
        }  # fmt: skip
        responses["304"] = {
            "description": _("Not modified: the ETag or date sent with the request is current."),
            "headers": {"ETag": CACHE_HEADERS["ETag"]},
        }
    for status, shape in operation.errors.items():
        responses[str(status)] = _error(operation, status, shape, bodies)
    responses["414"] = {"description": _("The address is longer than the server accepts.")}
    return responses


def _with_page(operation: Operation, content: dict) -> dict:
    """The same answer as the HTML page, when the operation is a page's twin."""
    return (
        {**content, "text/html": {"schema": {"type": "string"}}} if operation.formats else content
    )


def _error(operation: Operation, status: int, shape, bodies: dict) -> dict:
    descriptions = {
        301: _("Moved permanently: an old or wrong slug, or the id of a merged record."),
        400: _("The query parameters are not valid."),
        404: _("No such record."),
        503: _("The search index is unavailable."),
    }
    response = {"description": descriptions[status]}
    if status == 301:
        response["headers"] = {"Location": {"required": True, "schema": {"type": "string"}}}
    if shape is not None:
        schema = bodies[(operation.operation_id, str(status))]
        response["content"] = _with_page(operation, {"application/json": {"schema": schema}})
    return response
