"""openapi-python-client's view of small OpenAPI documents: the properties and endpoints templates are given."""

from __future__ import annotations

from typing import Any

from okta_codegen.names import NAMING
from openapi_python_client.parser import GeneratorData


def parsed(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> GeneratorData:
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }
    data = GeneratorData.from_dict(doc, config=NAMING)
    assert isinstance(data, GeneratorData), data
    return data


def model_properties(schemas: dict[str, Any], model: str) -> dict[str, Any]:
    """The properties of `model` by their JSON name."""
    found = next(m for m in parsed(schemas).models if m.class_info.name == model)
    return {p.name.get_untrusted_value(): p for p in (*found.required_properties, *found.optional_properties)}


def endpoint(schemas: dict[str, Any], operation: dict[str, Any], method: str = "get", path: str = "/x") -> Any:
    """openapi-python-client's Endpoint of one operation (operationId `op`)."""
    data = parsed(schemas, {path: {method: {"operationId": "op", **operation}}})
    return next(e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints)


REF = {"$ref": "#/components/schemas/User"}
ERROR = {"$ref": "#/components/schemas/Error"}

SCHEMAS: dict[str, Any] = {
    "User": {"type": "object", "properties": {"id": {"type": "string"}}},
    "Group": {"type": "object", "properties": {"id": {"type": "string"}}},
    "Error": {"type": "object", "properties": {"errorCode": {"type": "string"}}},
    "Status": {"type": "string", "enum": ["ACTIVE", "SUSPENDED"]},
    "Holder": {
        "type": "object",
        "required": ["user"],
        "properties": {
            "user": REF,
            "status": {"$ref": "#/components/schemas/Status"},
            "users": {"type": "array", "items": REF},
            "statuses": {"type": "array", "items": {"$ref": "#/components/schemas/Status"}},
            "either": {"oneOf": [REF, {"$ref": "#/components/schemas/Group"}]},
            "eithers": {"type": "array", "items": {"oneOf": [REF, {"$ref": "#/components/schemas/Group"}]}},
            "scalar_union": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "created": {"type": "string", "format": "date-time"},
            "day": {"type": "string", "format": "date"},
            "name": {"type": "string"},
            "uuid": {"type": "string", "format": "uuid"},
            "count": {"type": "integer"},
            "ratio": {"type": "number"},
            "flag": {"type": "boolean"},
            "blob": {"type": "string", "format": "binary"},
            "profile": {"type": "object", "properties": {"x": {"type": "string"}}},
            "anything": {},
        },
    },
}
