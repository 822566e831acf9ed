from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self_lifecycle_and_authorize as _links_self_lifecycle_and_authorize
from . import provisioning_connection_response_profile as _provisioning_connection_response_profile
from .provisioning_connection_status import ProvisioningConnectionStatus
from .provisioning_connection_token_auth_scheme import ProvisioningConnectionTokenAuthScheme

if TYPE_CHECKING:
    from typing import Self

    from .links_self_lifecycle_and_authorize import LinksSelfLifecycleAndAuthorize
    from .provisioning_connection_response_profile import ProvisioningConnectionResponseProfile


@_attrs_define(kw_only=True)
class ProvisioningConnectionResponse(OktaModel):
    """An Okta `ProvisioningConnectionResponse`.

    Attributes:
        profile: ProvisioningConnectionResponseProfile
        status: Provisioning connection status
        auth_scheme (`authScheme`): A token is used to authenticate with the app. This property is only returned for the
            `TOKEN` authentication scheme.
        base_url (`baseUrl`): Base URL
        field_links (`_links`): LinksSelfLifecycleAndAuthorize
    """

    _json_names: ClassVar[dict[str, str]] = {
        "profile": "profile",
        "status": "status",
        "authScheme": "auth_scheme",
        "baseUrl": "base_url",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "profile": "model",
        "status": "enum",
        "auth_scheme": "enum",
        "base_url": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "profile": lambda d: (
            _provisioning_connection_response_profile.ProvisioningConnectionResponseProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _provisioning_connection_response_profile.ProvisioningConnectionResponseProfile, v
            )
        ),
        "status": lambda d: (
            _convert.parse_enum(ProvisioningConnectionStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "auth_scheme": lambda d: (
            _convert.parse_enum(ProvisioningConnectionTokenAuthScheme, v)
            if (v := d.get("authScheme", UNSET)).__class__ is str
            else v
        ),
        "base_url": "baseUrl",
        "field_links": lambda d: (
            _links_self_lifecycle_and_authorize.LinksSelfLifecycleAndAuthorize.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_lifecycle_and_authorize.LinksSelfLifecycleAndAuthorize, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProvisioningConnectionResponse._json_names),
    }

    profile: ProvisioningConnectionResponseProfile | None | Unset
    status: ProvisioningConnectionStatus | None | Unset
    auth_scheme: ProvisioningConnectionTokenAuthScheme | None | Unset = UNSET
    base_url: str | None | Unset = UNSET
    field_links: LinksSelfLifecycleAndAuthorize | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.auth_scheme is not UNSET:
            d["authScheme"] = self.auth_scheme
        if self.base_url is not UNSET:
            d["baseUrl"] = self.base_url
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.profile = (
            _provisioning_connection_response_profile.ProvisioningConnectionResponseProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _provisioning_connection_response_profile.ProvisioningConnectionResponseProfile, v
            )
        )
        obj.status = (
            _convert.parse_enum(ProvisioningConnectionStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.auth_scheme = (
            _convert.parse_enum(ProvisioningConnectionTokenAuthScheme, v)
            if (v := d.pop("authScheme", UNSET)).__class__ is str
            else v
        )
        obj.base_url = d.pop("baseUrl", UNSET)
        obj.field_links = (
            _links_self_lifecycle_and_authorize.LinksSelfLifecycleAndAuthorize.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_lifecycle_and_authorize.LinksSelfLifecycleAndAuthorize, v)
        )
        obj.additional_properties = d
        return obj
