"""The base class of every generated model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define(kw_only=True)
class OktaModel:
    """An Okta object: declared fields as attributes, anything else in `additional_properties`.

    Item access uses Okta's JSON names (`user.profile["costCenter"]`) for declared and undeclared
    keys alike. Models Okta marks extensible (profiles) also read and write undeclared keys as
    attributes (`profile.employeeStartDate`).
    """

    _json_names: ClassVar[dict[str, str]] = {}
    _field_kinds: ClassVar[dict[str, str]] = {}
    _extensible: ClassVar[bool] = False
    _discriminator: ClassVar[str] = ""
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {}
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names that are not attributes: custom attributes of extensible models.
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
