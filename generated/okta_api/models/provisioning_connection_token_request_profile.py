from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .provisioning_connection_token_auth_scheme import ProvisioningConnectionTokenAuthScheme

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ProvisioningConnectionTokenRequestProfile(OktaModel):
    """An Okta `ProvisioningConnectionTokenRequestProfile`.

    Attributes:
        auth_scheme (`authScheme`): A token is used to authenticate with the app. This property is only returned for the
            `TOKEN` authentication scheme.
        token: Token used to authenticate with the app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authScheme": "auth_scheme",
        "token": "token",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_scheme": "enum",
        "token": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_scheme": lambda d: (
            _convert.parse_enum(ProvisioningConnectionTokenAuthScheme, v)
            if (v := d.get("authScheme", UNSET)).__class__ is str
            else v
        ),
        "token": "token",
        "additional_properties": lambda d: _convert.undeclared(
            d, ProvisioningConnectionTokenRequestProfile._json_names
        ),
    }

    auth_scheme: ProvisioningConnectionTokenAuthScheme | None | Unset
    token: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_scheme is not UNSET:
            d["authScheme"] = self.auth_scheme
        if self.token is not UNSET:
            d["token"] = self.token
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.auth_scheme = (
            _convert.parse_enum(ProvisioningConnectionTokenAuthScheme, v)
            if (v := d.pop("authScheme", UNSET)).__class__ is str
            else v
        )
        obj.token = d.pop("token", UNSET)
        obj.additional_properties = d
        return obj
