"""Conversions between Okta's JSON and model attributes, shared by every generated model.

Parsing is lenient: a value of an unexpected type is kept as it came, so one odd field does not
lose a whole page; `None` is accepted everywhere, since Okta sends null for many fields the spec
does not mark nullable, and a field Okta did not send stays absent (see `_model`). Strict parsing (a
client whose `strict_parsing` is true, see `_endpoint.ClientOptions`) then checks every field's type with
`check_types` and raises `ResponseTypeError`, naming the model, field and JSON pointer.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from ._error_root import OktaError

if TYPE_CHECKING:
    from ._endpoint import ClientOptions
    from ._model import OktaModel

M = TypeVar("M", bound="OktaModel")
E = TypeVar("E", bound=Enum)


class ResponseParseError(OktaError, TypeError):
    """A response body that does not fit the operation's declared model."""


class ResponseShapeError(ResponseParseError):
    """JSON data that cannot be a model at all (a list or string where an object belongs)."""

    def __init__(self, model: str, value: object, expected: str = "a JSON object") -> None:
        self.model = model
        super().__init__(f"{model} expects {expected}, got {type(value).__name__}")


class ResponseTypeError(ResponseParseError):
    """Strict parsing found a value whose type is not the one the spec declares."""

    def __init__(self, model: str, field: str, pointer: str, expected: str, value: object) -> None:
        self.model, self.field, self.pointer, self.expected = model, field, pointer, expected
        super().__init__(f"{model}.{field} at {pointer or '/'}: expected {expected}, got {type(value).__name__}")


def as_mapping(cls: type, data: object) -> dict[str, Any]:
    """A dict copy of the Mapping `data`, to pop fields from. from_dict copies plain dicts itself (a call
    less for the JSON it is almost always given), so this sees other Mappings and wrong shapes."""
    if isinstance(data, Mapping):
        return dict(data)
    raise ResponseShapeError(cls.__name__, data)


def converts_eagerly(client: ClientOptions) -> bool:
    """Whether `client` wants response models converted whole (`from_dict`) rather than field by field on
    first read (`from_json`): when its `lazy_models` is false, or its `strict_parsing` true (every field is
    checked, so every field is converted anyway)."""
    return not client.lazy_models or client.strict_parsing


def parse_body(client: ClientOptions, cls: type[M], data: Any) -> M:
    """A response body that must be a JSON object, as a `cls` model (see `converts_eagerly`)."""
    return cls.from_dict(data) if converts_eagerly(client) else cls.from_json(data)


def parse_response_list(client: ClientOptions, cls: type[M], data: object) -> list[M] | None:
    """A response body that must be a JSON array of `cls` objects (or null), as models (see `converts_eagerly`)."""
    if data is None:
        return None
    if not isinstance(data, list):
        raise ResponseShapeError(f"list[{cls.__name__}]", data, "a JSON array")
    build = cls.from_dict if converts_eagerly(client) else cls.from_json
    return [build(item) for item in data]


def parse_model(cls: type[M], value: Any) -> Any:
    if type(value) is dict:
        return cls.from_dict(value)
    if value is None:
        return value
    if isinstance(value, Mapping):
        return cls.from_dict(value)
    return value


def parse_model_list(build: Callable[[Any], Any], value: Any) -> Any:
    """Each JSON object of the list `value` as `build(item)` (a model's `from_dict` or `from_json`)."""
    if isinstance(value, list):
        return [build(item) if type(item) is dict or isinstance(item, Mapping) else item for item in value]
    return value


def parse_enum(cls: type[E], value: Any) -> Any:
    if type(value) is str:
        member = cls._value2member_map_.get(value)  # the known values, without Enum.__call__
        return member if member is not None else cls(value)
    if isinstance(value, str):
        return cls(value)
    return value


def enum_parser(cls: type[E]) -> Callable[[Any, bool], Any]:
    """The converter of an enum field of `cls` (see `_model.Converter`): a member for a known value, a
    member made for an unknown one (`cls`'s `_missing_`), anything but a string as it came."""
    members = cls._value2member_map_

    def parse(value: Any, lazy: bool) -> Any:
        if value.__class__ is str:
            member = members.get(value)  # the known values, without Enum.__call__
            return member if member is not None else cls(value)
        return parse_enum(cls, value)

    return parse


def parse_enum_list(cls: type[E], value: Any) -> Any:
    if isinstance(value, list):
        return [cls(item) if isinstance(item, str) else item for item in value]
    return value


_fromisoformat = datetime.datetime.fromisoformat


def parse_datetime(value: Any, lazy: bool = False) -> Any:
    """The converter of a date-time field: an ISO 8601 timestamp as a datetime, anything else as it came."""
    if value.__class__ is str:
        try:
            return _fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, str):
        return parse_datetime_text(value)
    return value


def parse_datetime_text(value: str) -> Any:
    """`value` as a datetime, or as it came when it is no ISO 8601 timestamp (lenient parsing)."""
    try:
        return _fromisoformat(value)
    except ValueError:
        return value


def parse_date(value: Any, lazy: bool = False) -> Any:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def dump_datetime(value: Any) -> Any:
    """Okta's own form: UTC, milliseconds, `Z` (a naive datetime is taken as UTC)."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.timezone.utc)
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    return value


def dump_date(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def parse_union(choices: tuple[type[M], ...], value: Any) -> Any:
    """A JSON object as the model of `choices` declaring most of its keys (the first on a tie); else `value`.

    For `oneOf`/`anyOf` fields: each alternative's own discriminator then picks its most specific class.
    """
    if not isinstance(value, Mapping):
        return value
    best = max(choices, key=lambda cls: sum(1 for key in value if key in cls._json_names))
    return best.from_dict(value)


def parse_union_list(choices: tuple[type[M], ...], value: Any) -> Any:
    if type(value) is not list:
        return value
    return [parse_union(choices, item) for item in value]


def dump_value(value: Any, omit_read_only: bool) -> Any:
    """A model, a list of them or a plain JSON value, as JSON-ready data."""
    if hasattr(value, "to_dict"):
        return value.to_dict(omit_read_only=omit_read_only)
    if type(value) is list:
        return [dump_value(item, omit_read_only) for item in value]
    return value


def dump_model(value: Any, omit_read_only: bool) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict(omit_read_only=omit_read_only)
    return value


def dump_model_list(value: Any, omit_read_only: bool) -> Any:
    if isinstance(value, list):
        return [dump_model(item, omit_read_only) for item in value]
    return value


def masked(value: object) -> str:
    """The repr of a secret field: whether it is set, never what it is."""
    return repr(value) if value is None else "'***'"


def dump_multipart(body: Any) -> list[tuple[str, Any]]:
    """httpx `files=`: one part per field of a multipart body model."""
    return [(name, (None, value, None)) for name, value in body.to_dict(omit_read_only=True).items()]


_subclass_cache: dict[tuple[type, str], type | None] = {}


def subclass_for(cls: type[M], data: object) -> type[M] | None:
    """The most specific class for `data` by `cls`'s discriminator, imported on first use."""
    if type(data) is not dict and not isinstance(data, Mapping):
        return None
    value = data.get(cls._discriminator)
    if not isinstance(value, str):
        return None
    key = (cls, value)
    if key not in _subclass_cache:
        target = cls._subclasses.get(value)
        found = None
        if target is not None:
            module = importlib.import_module(f"{__package__}.models.{target[0]}")
            found = getattr(module, target[1])
        _subclass_cache[key] = found if found is not cls else None
    return _subclass_cache[key]


_SCALARS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "datetime": (datetime.datetime,),
    "date": (datetime.date,),
    "dict": (dict,),
    "enum": (Enum,),
}


T = TypeVar("T")


def checked(client: ClientOptions, parsed: T) -> T:
    """`parsed`, after a type check of every field when the client asks for strict parsing."""
    if client.strict_parsing:
        check_types(parsed)
    return parsed


def check_types(value: object, pointer: str = "") -> None:
    """Raise ResponseTypeError at the first field (models, lists of models) of a wrong type."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            check_types(item, f"{pointer}/{index}")
        return
    kinds: dict[str, str] | None = getattr(type(value), "_field_kinds", None)
    if kinds is None:
        return
    names = {attribute: json_name for json_name, attribute in type(value)._json_names.items()}  # type: ignore[attr-defined]
    for attribute, kind in kinds.items():
        _check_field(type(value).__name__, attribute, getattr(value, attribute), kind, f"{pointer}/{names[attribute]}")


def _check_field(model: str, field: str, value: object, kind: str, pointer: str) -> None:
    if value is None or kind == "any":
        return
    if kind.startswith("list:"):
        if not isinstance(value, list):
            raise ResponseTypeError(model, field, pointer, "a list", value)
        for index, item in enumerate(value):
            _check_field(model, field, item, kind[5:], f"{pointer}/{index}")
        return
    if kind == "model":
        if not hasattr(value, "_field_kinds"):
            raise ResponseTypeError(model, field, pointer, "an object", value)
        check_types(value, pointer)
        return
    expected = _SCALARS[kind]
    if not isinstance(value, expected) or (kind in ("int", "float") and isinstance(value, bool)):
        raise ResponseTypeError(model, field, pointer, kind, value)
