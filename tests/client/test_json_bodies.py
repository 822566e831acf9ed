"""Every JSON body goes out as its model's dict without read-only fields, whatever the body's type.

A body typed as one model, a list of models or a union of models (`StandardRoleAssignmentSchema |
CustomRoleAssignmentSchema`) is dumped by the generated code itself, so the plain `Client` sends it too
(a union once reached httpx as the model object: `TypeError: Object of type ... is not JSON serializable`).
"""

from __future__ import annotations

import importlib
import inspect
import json
from types import ModuleType
from typing import Any

import httpx
import pytest
from okta_api.api import OPERATIONS
from okta_api.client import Client
from okta_api.errors import InvalidArgument

from ..okta_fakes import Script

ORG = "https://dev-123456.okta.com"
PATH_VALUES = ["0" * 20, "12345678-1234-4234-8234-123456789012"]
"""Path values to try: one of them fits each id pattern of the governance fragment."""
_STAND_INS: dict[str, Any] = {"bytes": b"x", "str": "x", "int": 1, "bool": True}


class _Model:
    """Stands in for any model: records how it was asked for its dict."""

    def __init__(self) -> None:
        self.calls: list[bool] = []

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        self.calls.append(omit_read_only)
        return {"name": "x"}


def _is_json(content_type: str) -> bool:
    return content_type == "application/json" or content_type.endswith("+json")


def _json_body_operations() -> list[ModuleType]:
    modules = (importlib.import_module(f"okta_api.api.{name}") for name in sorted(OPERATIONS.values()))
    return [
        module
        for module in modules
        if "body" in inspect.signature(module._get_kwargs).parameters
        and any(map(_is_json, module.OPERATION.content_types))
    ]


JSON_BODY_OPERATIONS = _json_body_operations()


def test_json_body_operations_are_found_with_all_kinds_of_body() -> None:
    annotations = {str(inspect.signature(m._get_kwargs).parameters["body"].annotation) for m in JSON_BODY_OPERATIONS}
    assert len(JSON_BODY_OPERATIONS) > 150
    assert any(a.startswith("list[") for a in annotations)
    assert any("|" in a.replace("| Unset", "") for a in annotations)


def _arguments(module: ModuleType, model: _Model, path_value: str) -> tuple[list[str], dict[str, Any]]:
    """Path values, and a value for each other required argument (the body: the model, in a list if it takes one)."""
    positional: list[str] = []
    keywords: dict[str, Any] = {}
    for parameter in inspect.signature(module._get_kwargs).parameters.values():
        annotation = str(parameter.annotation)
        if parameter.name == "body":
            keywords["body"] = [model] if annotation.startswith("list[") else model
        elif parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            positional.append(path_value)
        elif parameter.default is inspect.Parameter.empty:
            keywords[parameter.name] = _STAND_INS.get(annotation, _Model())
    return positional, keywords


@pytest.mark.parametrize("module", JSON_BODY_OPERATIONS, ids=lambda m: m.OPERATION.operation_id)
def test_the_plain_client_sends_the_body_as_its_dict_without_read_only_fields(module: ModuleType) -> None:
    recorder = Script()
    recorder.replies = [lambda request: httpx.Response(204)]
    client = Client(base_url=ORG, httpx_args={"transport": httpx.MockTransport(recorder)})
    for path_value in PATH_VALUES:
        model = _Model()
        positional, keywords = _arguments(module, model, path_value)
        try:
            module.sync_detailed(*positional, client=client, **keywords)
        except InvalidArgument:
            continue
        break
    sent = json.loads(recorder.last.content)
    assert sent == ([{"name": "x"}] if isinstance(keywords["body"], list) else {"name": "x"})
    assert model.calls == [True]
