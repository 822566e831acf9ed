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
class UserActivationToken(OktaModel):
    """An Okta `UserActivationToken`.

    Attributes:
        activation_token (`activationToken`, read-only, never sent): Token received as part of an activation user request. If a password was set before the
            user was activated, then user must sign in with their password or the `activationToken`
            and not the activation link. More information about using the `activationToken`
            to login can be found in the [Authentication
            API](https://developer.okta.com/docs/reference/api/authn/#primary-authentication-with-activation-token).
        activation_url (`activationUrl`, read-only, never sent): If `sendEmail` is `false`, returns an activation link for the user to set up their
            account. You can use the activation token to create a custom activation link.

            > **Note:** The `activationUrl` varies depending on if you are on a Classic or Identity
            Engine org.
            > - For Identity Engine orgs, the activation link is in this format:
            `https://{yourOktaDomain}/tokens/{activationToken}/verify`
            > - For Classic orgs, the activation link is in this format:
            `https://{yourOktaDomain}/welcome/{activationToken}`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "activationToken": "activation_token",
        "activationUrl": "activation_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "activation_token": "str",
        "activation_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "activation_token": "activationToken",
        "activation_url": "activationUrl",
        "additional_properties": lambda d: _convert.undeclared(d, UserActivationToken._json_names),
    }

    activation_token: str | None | Unset = UNSET
    activation_url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.activation_token is not UNSET and not omit_read_only:
            d["activationToken"] = self.activation_token
        if self.activation_url is not UNSET and not omit_read_only:
            d["activationUrl"] = self.activation_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.activation_token = d.pop("activationToken", UNSET)
        obj.activation_url = d.pop("activationUrl", UNSET)
        obj.additional_properties = d
        return obj
