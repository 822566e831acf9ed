"""Arguments for a generated function, built from its operation's schemas."""

from __future__ import annotations

import datetime
import inspect
import typing
from dataclasses import dataclass
from enum import Enum
from types import ModuleType, UnionType
from typing import Any

from okta_api._model import OktaModel

from ._spec import SpecOperation, resolve
from ._values import DER, PEM, PNG, example_value

# The bytes each binary media type carries; Prism and openapi-core only see their media type.
BINARY_BODIES = {
    "application/x-pem-file": PEM,
    "application/x-x509-ca-cert": DER,
    "application/pkix-cert": DER,
    "multipart/form-data": PNG,
}


@dataclass(frozen=True)
class Call:
    """Positional and keyword arguments (without `client`) for `module.sync(...)`."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any]


def _python_name(name: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, "")) if name else name


def _annotation_types(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def _parameter_value(spec: dict[str, Any], parameter: dict[str, Any], annotation: Any) -> Any:
    value = example_value(spec, parameter.get("schema", {"type": "string"}))
    types = _annotation_types(annotation)
    if datetime.datetime in types and isinstance(value, str):
        return datetime.datetime.fromisoformat(value)
    # An enum parameter (or a list of them) takes the generated enum, as the signature says.
    enum = next((t for t in types if isinstance(t, type) and issubclass(t, Enum)), None)
    items = next((typing.get_args(t)[0] for t in types if typing.get_origin(t) is list and typing.get_args(t)), None)
    if enum is not None and isinstance(value, str):
        return enum(value)
    if isinstance(items, type) and issubclass(items, Enum) and isinstance(value, list):
        return [items(item) for item in value]
    return value


def _body_value(spec: dict[str, Any], operation: SpecOperation, annotation: Any) -> Any:
    body = resolve(spec, operation.operation["requestBody"])
    media, content = next(iter(body["content"].items()))
    binary = BINARY_BODIES.get(media)
    model = next((t for t in _annotation_types(annotation) if isinstance(t, type) and issubclass(t, OktaModel)), None)
    if model is not None:
        return model.from_dict(example_value(spec, content["schema"], binary=binary))
    items = next((typing.get_args(t)[0] for t in _annotation_types(annotation) if typing.get_origin(t) is list), None)
    if isinstance(items, type) and issubclass(items, OktaModel):
        return [items.from_dict(item) for item in example_value(spec, content["schema"], binary=binary)]
    if bytes in _annotation_types(annotation):
        if binary is None:
            raise ValueError(f"{operation.operation_id}: no sample bytes for {media}")
        return binary
    if str in _annotation_types(annotation):
        return example_value(spec, content["schema"], binary=binary)
    raise TypeError(f"{operation.operation_id}: body annotation {annotation!r} is not handled")


class _LazyModels(dict[str, Any]):
    """Model names for annotations: endpoint modules import their models only under TYPE_CHECKING."""

    def __missing__(self, name: str) -> Any:
        import okta_api.models

        try:
            return getattr(okta_api.models, name)
        except AttributeError:
            raise KeyError(name) from None


_MODELS = _LazyModels()


def build_call(spec: dict[str, Any], operation: SpecOperation, module: ModuleType) -> Call:
    """Every parameter the function takes, optional ones included, with values valid for the spec."""
    by_name = {_python_name(p["name"]): p for p in operation.parameters}
    hints = typing.get_type_hints(module.sync, localns=_MODELS)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(module.sync).parameters.items():
        if name == "client":
            continue
        if name == "body":
            value = _body_value(spec, operation, hints[name])
        elif name == "content_type" and name not in by_name:
            # A body with several media types takes the one the body value is built for: the first.
            value = next(iter(resolve(spec, operation.operation["requestBody"])["content"]))
        elif name in by_name:
            value = _parameter_value(spec, by_name[name], hints[name])
        else:
            raise KeyError(f"{operation.operation_id}: argument {name!r} matches no spec parameter")
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and param.default is inspect.Parameter.empty:
            args.append(value)
        else:
            kwargs[name] = value
    return Call(tuple(args), kwargs)
