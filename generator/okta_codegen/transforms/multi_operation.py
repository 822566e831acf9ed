"""Turn `x-okta-multi-operation` alternatives (Swagger 2 shaped) into OpenAPI 3 operations.

Each alternative keeps its own operationId, parameters, Content-Type and encoding, and inherits
the path, tags, responses and security of the operation it sits on. The converted list replaces the
extension's value; the base operation's `requestBody` becomes the union of the alternatives' bodies
so a mock server accepts every alternative on the one real path.
"""

from __future__ import annotations

import copy
from typing import Any

from ..errors import SpecError
from ..hookspecs import hookimpl
from ..refs import pointer
from . import Document, SpecTransform

EXTENSION = "x-okta-multi-operation"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
INHERITED = ("tags", "responses", "security", "summary")


def convert_multi_operations(document: Document, source: str) -> None:
    for path, path_item in document.get("paths", {}).items():
        for method in METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict) and EXTENSION in operation:
                at = pointer("paths", path, method, EXTENSION)
                alternatives = [
                    convert_alternative(alternative, operation, source, f"{at}/{index}")
                    for index, alternative in enumerate(_as_list(operation[EXTENSION], source, at))
                ]
                operation[EXTENSION] = alternatives
                union = _union_body(alternatives)
                if union is not None:
                    operation["requestBody"] = union


def convert_alternative(alternative: Any, base: dict[str, Any], source: str, at: str) -> dict[str, Any]:
    """One Swagger-2 alternative as a complete OpenAPI 3 operation object."""
    if not isinstance(alternative, dict) or not isinstance(alternative.get("operationId"), str):
        raise SpecError(source, at, "a multi-operation alternative needs a string operationId")
    converted: dict[str, Any] = {key: copy.deepcopy(base[key]) for key in INHERITED if key in base}
    converted["operationId"] = alternative["operationId"]
    if "description" in alternative:
        converted["description"] = alternative["description"]
    parameters = [p for p in base.get("parameters", []) if p.get("in") != "body"]
    content_types = alternative.get("consumes") or ["application/json"]
    for index, parameter in enumerate(alternative.get("parameters", [])):
        where = f"{at}/parameters/{index}"
        if not isinstance(parameter, dict) or "in" not in parameter or "name" not in parameter:
            raise SpecError(source, where, "a parameter needs `in` and `name`")
        if parameter["in"] == "body":
            schema = _body_schema(parameter, alternative.get("encoding"))
            converted["requestBody"] = {
                "required": bool(parameter.get("required", False)),
                "content": {content_type: {"schema": schema} for content_type in content_types},
                "x-codegen-request-body-name": parameter["name"],
            }
        else:
            parameters.append(_parameter(parameter))
    if parameters:
        converted["parameters"] = parameters
    return converted


def _as_list(value: Any, source: str, at: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise SpecError(source, at, "expected a non-empty list of alternatives")
    return value


def _body_schema(parameter: dict[str, Any], encoding: Any) -> dict[str, Any]:
    if "schema" in parameter:
        return copy.deepcopy(parameter["schema"])
    schema: dict[str, Any] = {"type": parameter.get("type", "string")}
    if parameter.get("format") == "binary":
        schema["format"] = "binary"
    elif encoding == "base64":
        schema["format"] = "byte"
    return schema


def _parameter(parameter: dict[str, Any]) -> dict[str, Any]:
    schema = {key: parameter[key] for key in ("type", "format", "default", "enum", "items") if key in parameter}
    converted = {"name": parameter["name"], "in": parameter["in"], "schema": schema}
    if parameter.get("required") or parameter["in"] == "path":
        converted["required"] = True
    if "description" in parameter:
        converted["description"] = parameter["description"]
    return converted


def _union_body(alternatives: list[dict[str, Any]]) -> dict[str, Any] | None:
    content: dict[str, Any] = {}
    required = True
    for alternative in alternatives:
        body = alternative.get("requestBody")
        if body is None:
            required = False
            continue
        required = required and body["required"]
        for content_type, media in body["content"].items():
            if content_type in content and content[content_type] != media:
                content[content_type] = {"schema": {"type": "string"}}
            else:
                content.setdefault(content_type, copy.deepcopy(media))
    if not content:
        return None
    return {"required": required, "content": content}


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("multi_operation", 20, convert_multi_operations)]
