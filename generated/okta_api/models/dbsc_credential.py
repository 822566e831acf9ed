from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .dbsc_credential_name import DbscCredentialName
from .dbsc_credential_type import DbscCredentialType

if TYPE_CHECKING:
    from typing import Self


_parse_name = _convert.enum_parser(DbscCredentialName)

_parse_type_ = _convert.enum_parser(DbscCredentialType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class DbscCredential(OktaModel):
    """An Okta `DbscCredential`.

    Attributes:
        attributes (read-only, never sent): Cookie attributes
        name (read-only, never sent): Cookie name
        type_ (`type`, read-only, never sent): Credential type
    """

    _json_names: ClassVar[dict[str, str]] = {
        "attributes": "attributes",
        "name": "name",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "attributes": "str",
        "name": "enum",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "attributes": ("attributes", None),
        "name": ("name", _parse_name),
        "type_": ("type", _parse_type_),
    }

    attributes: str | None = _attrs_field(init=False)
    name: DbscCredentialName | None = _attrs_field(init=False)
    type_: DbscCredentialType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        attributes: str | None | Unset,
        name: DbscCredentialName | None | Unset,
        type_: DbscCredentialType | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if attributes is not UNSET:
            _set_field(self, "attributes", attributes)
        if name is not UNSET:
            _set_field(self, "name", name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("attributes", UNSET)) is not UNSET and not omit_read_only:
            d["attributes"] = v
        if (v := values.get("name", UNSET)) is not UNSET and not omit_read_only:
            d["name"] = v
        if (v := values.get("type_", UNSET)) is not UNSET and not omit_read_only:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("attributes", UNSET)) is not UNSET:
            obj.attributes = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = _parse_name(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
