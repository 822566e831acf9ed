from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .custom_app_user_verification_enum import CustomAppUserVerificationEnum

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AuthenticatorKeyCustomAppSettings(OktaModel):
    """An Okta `AuthenticatorKeyCustomAppSettings`.

    Attributes:
        user_verification (`userVerification`): User verification setting
        app_instance_id (`appInstanceId`): The application instance ID. For custom_app, you need to create an OIDC native app using
            the [Apps API](https://developer.okta.com/docs/reference/api/apps/) with `Authorization
            Code` and `Refresh Token` grant types. You can leave both `Sign-in redirect URIs` and
            `Sign-out redirect URIs` as the default values.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "userVerification": "user_verification",
        "appInstanceId": "app_instance_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "user_verification": "enum",
        "app_instance_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "user_verification": lambda d: (
            _convert.parse_enum(CustomAppUserVerificationEnum, v)
            if (v := d.get("userVerification", UNSET)).__class__ is str
            else v
        ),
        "app_instance_id": "appInstanceId",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorKeyCustomAppSettings._json_names),
    }

    user_verification: CustomAppUserVerificationEnum | None | Unset = UNSET
    app_instance_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.user_verification is not UNSET:
            d["userVerification"] = self.user_verification
        if self.app_instance_id is not UNSET:
            d["appInstanceId"] = self.app_instance_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.user_verification = (
            _convert.parse_enum(CustomAppUserVerificationEnum, v)
            if (v := d.pop("userVerification", UNSET)).__class__ is str
            else v
        )
        obj.app_instance_id = d.pop("appInstanceId", UNSET)
        obj.additional_properties = d
        return obj
