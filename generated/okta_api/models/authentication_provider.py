from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .authentication_provider_type import AuthenticationProviderType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AuthenticationProvider(OktaModel):
    """Specifies the authentication provider that validates the user's password credential. The user's
    current provider is managed by the **Delegated Authentication** settings for your org. The provider
    object is **read-only**.

    Attributes:
        name (read-only, never sent): The name of the authentication provider
        type_ (`type`, read-only, never sent): The type of authentication provider
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "type_": lambda d: (
            _convert.parse_enum(AuthenticationProviderType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticationProvider._json_names),
    }

    name: str | None | Unset = UNSET
    type_: AuthenticationProviderType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
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
        obj.name = d.pop("name", UNSET)
        obj.type_ = (
            _convert.parse_enum(AuthenticationProviderType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
