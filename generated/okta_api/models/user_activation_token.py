from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "activation_token": ("activationToken", None),
        "activation_url": ("activationUrl", None),
    }

    activation_token: str | None = _attrs_field(init=False)
    activation_url: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        activation_token: str | None | Unset = UNSET,
        activation_url: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if activation_token is not UNSET:
            _set_field(self, "activation_token", activation_token)
        if activation_url is not UNSET:
            _set_field(self, "activation_url", activation_url)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("activation_token", UNSET)) is not UNSET and not omit_read_only:
            d["activationToken"] = v
        if (v := values.get("activation_url", UNSET)) is not UNSET and not omit_read_only:
            d["activationUrl"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("activationToken", UNSET)) is not UNSET:
            obj.activation_token = v
        if (v := d.pop("activationUrl", UNSET)) is not UNSET:
            obj.activation_url = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
