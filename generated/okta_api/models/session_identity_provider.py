from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .session_identity_provider_type import SessionIdentityProviderType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SessionIdentityProvider(OktaModel):
    """An Okta `SessionIdentityProvider`.

    Attributes:
        id (read-only, never sent): Identity Provider ID. If the `type` is `OKTA`, then the `id` is the org ID.
        type_ (`type`): SessionIdentityProviderType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "type_": lambda d: (
            _convert.parse_enum(SessionIdentityProviderType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SessionIdentityProvider._json_names),
    }

    id: str | None | Unset = UNSET
    type_: SessionIdentityProviderType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.type_ is not UNSET:
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
        obj.id = d.pop("id", UNSET)
        obj.type_ = (
            _convert.parse_enum(SessionIdentityProviderType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
