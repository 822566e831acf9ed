from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import org_2_org_provisioning_o_auth_signing_settings as _org_2_org_provisioning_o_auth_signing_settings
from .provisioning_connection_auth_scheme import ProvisioningConnectionAuthScheme

if TYPE_CHECKING:
    from typing import Self

    from .org_2_org_provisioning_o_auth_signing_settings import Org2OrgProvisioningOAuthSigningSettings


@_attrs_define(kw_only=True)
class ProvisioningConnectionResponseProfile(OktaModel):
    """An Okta `ProvisioningConnectionResponseProfile`.

    Attributes:
        auth_scheme (`authScheme`): Defines the method of authentication
        signing: Only used for the Okta Org2Org (`okta_org2org`) app.

            The signing key rotation setting.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authScheme": "auth_scheme",
        "signing": "signing",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_scheme": "enum",
        "signing": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_scheme": lambda d: (
            _convert.parse_enum(ProvisioningConnectionAuthScheme, v)
            if (v := d.get("authScheme", UNSET)).__class__ is str
            else v
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
        "additional_properties": lambda d: _convert.undeclared(d, ProvisioningConnectionResponseProfile._json_names),
    }

    auth_scheme: ProvisioningConnectionAuthScheme | None | Unset
    signing: Org2OrgProvisioningOAuthSigningSettings | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_scheme is not UNSET:
            d["authScheme"] = self.auth_scheme
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
            _convert.parse_enum(ProvisioningConnectionAuthScheme, v)
            if (v := d.pop("authScheme", UNSET)).__class__ is str
            else v
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
