"""OpenAPI parameters read from the code the views run: the Django forms that validate the query
string, and the URL patterns that carry the path. A field added to a form is in the contract."""

from django import forms
from django.http import QueryDict
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter, SlugConverter

_CONVERTERS = {
    IntConverter: {"type": "integer", "minimum": 0},
    SlugConverter: {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"},
}


def field_schema(field: forms.Field) -> dict:
    """The JSON Schema of the values a form field accepts (the empty value aside)."""
    if isinstance(field, forms.BooleanField | forms.NullBooleanField):
        return {"type": "boolean"}
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": [str(value) for value, _ in field.choices if value != ""]}
    if isinstance(field, forms.IntegerField):
        bounds = {"minimum": field.min_value, "maximum": field.max_value}
        return {"type": "integer", **{k: v for k, v in bounds.items() if v is not None}}
    if isinstance(field, forms.CharField) and field.max_length:
        return {"type": "string", "maxLength": field.max_length}
    return {"type": "string"}


def query_parameter(name: str, schema: dict, description: str = "", required: bool = False):
    parameter = {"name": name, "in": "query", "required": required, "schema": schema}
    return {**parameter, "description": description} if description else parameter


def form_parameters(form_class: type[forms.Form]) -> list[dict]:
    """One query parameter per field, under its public name (`SearchForm.public_names`)."""
    form = form_class(QueryDict())
    names = getattr(form_class, "public_names", {})
    return [
        query_parameter(
            names.get(name, name),
            field_schema(field),
            " ".join(str(text) for text in (field.label, field.help_text) if text),
            field.required,
        )
        for name, field in form.fields.items()
    ]


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", prefix + str(entry.pattern), entry.pattern.converters


def url_route(url_name: str) -> tuple[str, list[dict]]:
    """The OpenAPI path of a named URL pattern (`/meetings/{pk}/{slug}/`) and its parameters."""
    routes = {
        name: (route, converters) for name, route, converters in _walk(get_resolver().url_patterns)
    }
    route, converters = routes[url_name]
    path = "/" + route
    for key in converters:
        path = path.replace(f"<{_converter_name(route, key)}:{key}>", f"{{{key}}}")
    parameters = [
        {"name": key, "in": "path", "required": True, "schema": dict(_CONVERTERS[type(converter)])}
        for key, converter in converters.items()
    ]
    return path, parameters


def _converter_name(route: str, key: str) -> str:
    start = route.index(f":{key}>")
    return route[route.rindex("<", 0, start) + 1 : start]
