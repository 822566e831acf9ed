from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import office_365_provisioning_settings as _office_365_provisioning_settings
from . import org_2_org_provisioning_o_auth_signing_settings as _org_2_org_provisioning_o_auth_signing_settings
from .provisioning_connection_oauth_auth_scheme import ProvisioningConnectionOauthAuthScheme

if TYPE_CHECKING:
    from typing import Self

    from .office_365_provisioning_settings import Office365ProvisioningSettings
    from .org_2_org_provisioning_o_auth_signing_settings import Org2OrgProvisioningOAuthSigningSettings


@_attrs_define(kw_only=True)
class ProvisioningConnectionOauthRequestProfile(OktaModel):
    """An Okta `ProvisioningConnectionOauthRequestProfile`.

    Attributes:
        auth_scheme (`authScheme`): OAuth 2.0 is used to authenticate with the app.
        client_id (`clientId`): Only used for the Okta Org2Org (`okta_org2org`) app. The unique client identifier for the
            OAuth 2.0 service app from the target org.
        settings: Settings required for the Microsoft Office 365 provisioning connection
        signing: Only used for the Okta Org2Org (`okta_org2org`) app.

            The signing key rotation setting.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authScheme": "auth_scheme",
        "clientId": "client_id",
        "settings": "settings",
        "signing": "signing",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_scheme": "enum",
        "client_id": "str",
        "settings": "model",
        "signing": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_scheme": lambda d: (
            _convert.parse_enum(ProvisioningConnectionOauthAuthScheme, v)
            if (v := d.get("authScheme", UNSET)).__class__ is str
            else v
        ),
        "client_id": "clientId",
        "settings": lambda d: (
            _office_365_provisioning_settings.Office365ProvisioningSettings.from_json(v)
            if (v := d.get("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_office_365_provisioning_settings.Office365ProvisioningSettings, v)
        ),
        "signing": lambda d: (
            _org_2_org_provisioning_o_auth_signing_settings.Org2OrgProvisioningOAuthSigningSettings.from_json(v)
            if (v := d.get("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _org_2_org_provisioning_o_auth_signing_settings.Org2OrgProvisioningOAuthSigningSettings, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, ProvisioningConnectionOauthRequestProfile._json_names
        ),
    }

    auth_scheme: ProvisioningConnectionOauthAuthScheme | None | Unset
    client_id: str | None | Unset = UNSET
    settings: Office365ProvisioningSettings | None | Unset = UNSET
    signing: Org2OrgProvisioningOAuthSigningSettings | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_scheme is not UNSET:
            d["authScheme"] = self.auth_scheme
        if self.client_id is not UNSET:
            d["clientId"] = self.client_id
        if self.settings is not UNSET:
            d["settings"] = _convert.dump_model(self.settings, omit_read_only)
        if self.signing is not UNSET:
            d["signing"] = _convert.dump_model(self.signing, omit_read_only)
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
        obj.settings = (
            _office_365_provisioning_settings.Office365ProvisioningSettings.from_dict(v)
            if (v := d.pop("settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_office_365_provisioning_settings.Office365ProvisioningSettings, v)
        )
        obj.signing = (
            _org_2_org_provisioning_o_auth_signing_settings.Org2OrgProvisioningOAuthSigningSettings.from_dict(v)
            if (v := d.pop("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _org_2_org_provisioning_o_auth_signing_settings.Org2OrgProvisioningOAuthSigningSettings, v
            )
        )
        obj.additional_properties = d
        return obj
