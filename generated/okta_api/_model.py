"""The base class of every generated model."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


class _JsonSource:
    # The one slot besides the fields: the decoded JSON a model from `from_json` reads its fields from.
    __slots__ = ("_okta_json",)


# The slot's own getter (AttributeError for models built by __init__ or from_dict) and setter.
_json_of: Callable[[object], dict[str, Any]] = _JsonSource.__dict__["_okta_json"].__get__
_set_json: Callable[[object, dict[str, Any]], None] = _JsonSource.__dict__["_okta_json"].__set__
_set_field = object.__setattr__  # past extensible models' __setattr__, which files unknown names elsewhere


@_attrs_define(kw_only=True)
class OktaModel(_JsonSource):
    """An Okta object: declared fields as attributes, anything else in `additional_properties`.

    Item access uses Okta's JSON names (`user.profile["costCenter"]`) for declared and undeclared
    keys alike. Models Okta marks extensible (profiles) also read and write undeclared keys as
    attributes (`profile.employeeStartDate`).

    Responses are parsed with `from_json`: each field is converted from the JSON when it is first
    read, so a page of users read for their ids does not pay for every profile, datetime and link.
    `from_dict` converts everything at once.
    """

    _json_names: ClassVar[dict[str, str]] = {}
    _field_kinds: ClassVar[dict[str, str]] = {}
    _json_fields: ClassVar[dict[str, Callable[[dict[str, Any]], Any]]] = {}
    """Attribute name -> how `from_json` models convert it from their JSON object."""
    _extensible: ClassVar[bool] = False
    _discriminator: ClassVar[str] = ""
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {}
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes without a value: a field of a `from_json` model not read yet,
        # or an undeclared attribute of an extensible model.
        convert = self._json_fields.get(name)
        if convert is not None:
            try:
                data = _json_of(self)
            except AttributeError:
                pass  # built eagerly, and the field was deleted
            else:
                # Two threads may both convert a field first; each stores an equal value.
                value = convert(data)
                _set_field(self, name, value)
                return value
        if type(self)._extensible and not name.startswith("_"):
            try:
                return self.additional_properties[name]
            except KeyError:
                pass
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __getitem__(self, key: str) -> Any:
        attribute = self._json_names.get(key)
        if attribute is not None:
            return getattr(self, attribute)
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        attribute = self._json_names.get(key)
        if attribute is not None:
            object.__setattr__(self, attribute, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self._json_names or key in self.additional_properties

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        raise NotImplementedError

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON whose fields are converted on first read.

        `data` becomes the model's own: change it afterwards and unread fields change too.
        Anything but a dict goes to `from_dict` (which raises `ResponseShapeError` for non-objects).
        """
        if data.__class__ is not dict:
            return cls.from_dict(data)
        model = cls.__new__(cls)
        _set_json(model, data)
        return model
