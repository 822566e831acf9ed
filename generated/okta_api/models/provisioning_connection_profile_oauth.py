from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .provisioning_connection_oauth_auth_scheme import ProvisioningConnectionOauthAuthScheme

if TYPE_CHECKING:
    from typing import Self


_parse_auth_scheme = _convert.enum_parser(ProvisioningConnectionOauthAuthScheme)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "auth_scheme": ("authScheme", _parse_auth_scheme),
        "client_id": ("clientId", None),
    }

    auth_scheme: ProvisioningConnectionOauthAuthScheme | None = _attrs_field(init=False)
    client_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        auth_scheme: ProvisioningConnectionOauthAuthScheme | None | Unset,
        client_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if auth_scheme is not UNSET:
            _set_field(self, "auth_scheme", auth_scheme)
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("auth_scheme", UNSET)) is not UNSET:
            d["authScheme"] = v
        if (v := values.get("client_id", UNSET)) is not UNSET:
            d["clientId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authScheme", UNSET)) is not UNSET:
            obj.auth_scheme = _parse_auth_scheme(v, False)
        if (v := d.pop("clientId", UNSET)) is not UNSET:
            obj.client_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
