"""The OpenAPI document made readable: types in words, operations and shapes in tables."""

REF_PREFIX = "#/components/schemas/"


def type_label(schema: dict) -> str:
    """`integer`, `string | null`, `list of MeetingSummary`, `one of: day, month, year`."""
    if "$ref" in schema:
        return schema["$ref"].removeprefix(REF_PREFIX)
    if "anyOf" in schema:
        return " | ".join(type_label(option) for option in schema["anyOf"])
    if "enum" in schema:
        return "“" + "”, “".join(str(v) for v in schema["enum"]) + "”"
    if "const" in schema:
        return f"“{schema['const']}”"
    kind = schema.get("type", "any")
    if kind == "array" and "prefixItems" in schema:
        return "[" + ", ".join(type_label(item) for item in schema["prefixItems"]) + "]"
    if kind == "array":
        return f"[{type_label(schema.get('items', {}))}, …]"
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return f"{{string: {type_label(schema['additionalProperties'])}}}"
    return kind


def constraints(schema: dict) -> str:
    words = {"minimum": "≥ {}", "maximum": "≤ {}", "maxLength": "≤ {} chars", "pattern": "{}"}
    return ", ".join(words[key].format(schema[key]) for key in words if key in schema)


def operations(document: dict) -> list[dict]:
    return [
        {
            "method": method.upper(),
            "path": path,
            "id": operation["operationId"],
            "summary": operation["summary"],
            "parameters": [
                {**p, "type": type_label(p["schema"]), "constraints": constraints(p["schema"])}
                for p in operation["parameters"]
            ],
            "responses": [
                {
                    "status": status,
                    "description": response["description"],
                    "bodies": [
                        {"media_type": media, "type": type_label(body["schema"])}
                        for media, body in response.get("content", {}).items()
                    ],
                    "headers": list(response.get("headers", {})),
                }
                for status, response in operation["responses"].items()
            ],
        }
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    ]


def components(document: dict) -> list[dict]:
    return [
        {
            "name": name,
            "description": schema.get("description", ""),
            "fields": [
                {
                    "name": field,
                    "type": type_label(value),
                    "required": field in schema.get("required", ()),
                }
                for field, value in schema.get("properties", {}).items()
            ],
        }
        for name, schema in sorted(document["components"]["schemas"].items())
    ]
