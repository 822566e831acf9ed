from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .provisioning_connection_oauth_auth_scheme import ProvisioningConnectionOauthAuthScheme

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ProvisioningConnectionProfileOauth(OktaModel):
    """The app provisioning connection profile used to configure the method of authentication and the
    credentials.
    Currently, token-based and OAuth 2.0-based authentication are supported.

    Attributes:
        auth_scheme (`authScheme`): OAuth 2.0 is used to authenticate with the app.
        client_id (`clientId`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authScheme": "auth_scheme",
        "clientId": "client_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_scheme": "enum",
        "client_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_scheme": lambda d: (
            _convert.parse_enum(ProvisioningConnectionOauthAuthScheme, v)
            if (v := d.get("authScheme", UNSET)).__class__ is str
            else v
        ),
        "client_id": "clientId",
        "additional_properties": lambda d: _convert.undeclared(d, ProvisioningConnectionProfileOauth._json_names),
    }

    auth_scheme: ProvisioningConnectionOauthAuthScheme | None | Unset
    client_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_scheme is not UNSET:
            d["authScheme"] = self.auth_scheme
        if self.client_id is not UNSET:
            d["clientId"] = self.client_id
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
            _convert.parse_enum(ProvisioningConnectionOauthAuthScheme, v)
            if (v := d.pop("authScheme", UNSET)).__class__ is str
            else v
        )
        obj.client_id = d.pop("clientId", UNSET)
        obj.additional_properties = d
        return obj
