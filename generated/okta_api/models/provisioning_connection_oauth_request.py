from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import provisioning_connection_oauth_request_profile as _provisioning_connection_oauth_request_profile
from .provisioning_connection_request import ProvisioningConnectionRequest

if TYPE_CHECKING:
    from typing import Self

    from .provisioning_connection_oauth_request_profile import ProvisioningConnectionOauthRequestProfile


@_attrs_define(kw_only=True)
class ProvisioningConnectionOauthRequest(ProvisioningConnectionRequest):
    """OAuth 2.0-based connection

    Attributes:
        profile: ProvisioningConnectionOauthRequestProfile
    """

    _json_names: ClassVar[dict[str, str]] = {
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "profile": lambda d: (
            _provisioning_connection_oauth_request_profile.ProvisioningConnectionOauthRequestProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _provisioning_connection_oauth_request_profile.ProvisioningConnectionOauthRequestProfile, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProvisioningConnectionOauthRequest._json_names),
    }

    profile: ProvisioningConnectionOauthRequestProfile | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
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
            _provisioning_connection_oauth_request_profile.ProvisioningConnectionOauthRequestProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _provisioning_connection_oauth_request_profile.ProvisioningConnectionOauthRequestProfile, v
            )
        )
        obj.additional_properties = d
        return obj
