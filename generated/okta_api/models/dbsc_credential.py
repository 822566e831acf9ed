from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .dbsc_credential_name import DbscCredentialName
from .dbsc_credential_type import DbscCredentialType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "attributes": "attributes",
        "name": lambda d: (
            _convert.parse_enum(DbscCredentialName, v) if (v := d.get("name", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(DbscCredentialType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DbscCredential._json_names),
    }

    attributes: str | None | Unset
    name: DbscCredentialName | None | Unset
    type_: DbscCredentialType | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.attributes is not UNSET and not omit_read_only:
            d["attributes"] = self.attributes
        if self.name is not UNSET and not omit_read_only:
            d["name"] = self.name
        if self.type_ is not UNSET and not omit_read_only:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.attributes = d.pop("attributes", UNSET)
        obj.name = _convert.parse_enum(DbscCredentialName, v) if (v := d.pop("name", UNSET)).__class__ is str else v
        obj.type_ = _convert.parse_enum(DbscCredentialType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
