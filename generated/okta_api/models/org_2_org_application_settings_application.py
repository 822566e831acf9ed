from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class Org2OrgApplicationSettingsApplication(OktaModel):
    """Org2Org app instance properties

    Attributes:
        base_url (`baseUrl`): The base URL of the target Okta org (for `SAML_2_0` sign-on mode)
        acs_url (`acsUrl`): The Assertion Consumer Service (ACS) URL of the source org (for `SAML_2_0` sign-on mode)
        aud_restriction (`audRestriction`): The entity ID of the SP (for `SAML_2_0` sign-on mode)
        creation_state (`creationState`): Used to track and manage the state of the app's creation or the provisioning process
            between two Okta orgs
        prefer_username_over_email (`preferUsernameOverEmail`): Indicates that you don't want to use an email address as the username
        token: An API token from the target org that's used to secure the connection between the orgs
        token_encrypted (`tokenEncrypted`): Encrypted token to enhance security
    """

    _json_names: ClassVar[dict[str, str]] = {
        "baseUrl": "base_url",
        "acsUrl": "acs_url",
        "audRestriction": "aud_restriction",
        "creationState": "creation_state",
        "preferUsernameOverEmail": "prefer_username_over_email",
        "token": "token",
        "tokenEncrypted": "token_encrypted",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "base_url": "str",
        "acs_url": "str",
        "aud_restriction": "str",
        "creation_state": "str",
        "prefer_username_over_email": "bool",
        "token": "str",
        "token_encrypted": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "base_url": "baseUrl",
        "acs_url": "acsUrl",
        "aud_restriction": "audRestriction",
        "creation_state": "creationState",
        "prefer_username_over_email": "preferUsernameOverEmail",
        "token": "token",
        "token_encrypted": "tokenEncrypted",
        "additional_properties": lambda d: _convert.undeclared(d, Org2OrgApplicationSettingsApplication._json_names),
    }

    base_url: str | None | Unset
    acs_url: str | None | Unset = UNSET
    aud_restriction: str | None | Unset = UNSET
    creation_state: str | None | Unset = UNSET
    prefer_username_over_email: bool | None | Unset = UNSET
    token: str | None | Unset = UNSET
    token_encrypted: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.base_url is not UNSET:
            d["baseUrl"] = self.base_url
        if self.acs_url is not UNSET:
            d["acsUrl"] = self.acs_url
        if self.aud_restriction is not UNSET:
            d["audRestriction"] = self.aud_restriction
        if self.creation_state is not UNSET:
            d["creationState"] = self.creation_state
        if self.prefer_username_over_email is not UNSET:
            d["preferUsernameOverEmail"] = self.prefer_username_over_email
        if self.token is not UNSET:
            d["token"] = self.token
        if self.token_encrypted is not UNSET:
            d["tokenEncrypted"] = self.token_encrypted
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.base_url = d.pop("baseUrl", UNSET)
        obj.acs_url = d.pop("acsUrl", UNSET)
        obj.aud_restriction = d.pop("audRestriction", UNSET)
        obj.creation_state = d.pop("creationState", UNSET)
        obj.prefer_username_over_email = d.pop("preferUsernameOverEmail", UNSET)
        obj.token = d.pop("token", UNSET)
        obj.token_encrypted = d.pop("tokenEncrypted", UNSET)
        obj.additional_properties = d
        return obj
