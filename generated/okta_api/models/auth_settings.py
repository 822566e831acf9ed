from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import custom_auth_settings as _custom_auth_settings
from . import o_auth_2_settings as _o_auth_2_settings
from .auth_type import AuthType

if TYPE_CHECKING:
    from typing import Self

    from .custom_auth_settings import CustomAuthSettings
    from .o_auth_2_settings import OAuth2Settings


@_attrs_define(kw_only=True)
class AuthSettings(OktaModel):
    """An Okta `AuthSettings`.

    Attributes:
        auth_type (`authType`): AuthType
        custom_settings (`customSettings`): Set of AIPs used for authType `CUSTOM`
        o_auth_2_settings (`oAuth2Settings`): OAuth 2.0 configuration used for authType `OAUTH2`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authType": "auth_type",
        "customSettings": "custom_settings",
        "oAuth2Settings": "o_auth_2_settings",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_type": "enum",
        "custom_settings": "model",
        "o_auth_2_settings": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_type": lambda d: (
            _convert.parse_enum(AuthType, v) if (v := d.get("authType", UNSET)).__class__ is str else v
        ),
        "custom_settings": lambda d: (
            _custom_auth_settings.CustomAuthSettings.from_json(v)
            if (v := d.get("customSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_custom_auth_settings.CustomAuthSettings, v)
        ),
        "o_auth_2_settings": lambda d: (
            _o_auth_2_settings.OAuth2Settings.from_json(v)
            if (v := d.get("oAuth2Settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_settings.OAuth2Settings, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthSettings._json_names),
    }

    auth_type: AuthType | None | Unset
    custom_settings: CustomAuthSettings | None | Unset = UNSET
    o_auth_2_settings: OAuth2Settings | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.auth_type is not UNSET:
            d["authType"] = self.auth_type
        if self.custom_settings is not UNSET:
            d["customSettings"] = _convert.dump_model(self.custom_settings, omit_read_only)
        if self.o_auth_2_settings is not UNSET:
            d["oAuth2Settings"] = _convert.dump_model(self.o_auth_2_settings, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.auth_type = _convert.parse_enum(AuthType, v) if (v := d.pop("authType", UNSET)).__class__ is str else v
        obj.custom_settings = (
            _custom_auth_settings.CustomAuthSettings.from_dict(v)
            if (v := d.pop("customSettings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_custom_auth_settings.CustomAuthSettings, v)
        )
        obj.o_auth_2_settings = (
            _o_auth_2_settings.OAuth2Settings.from_dict(v)
            if (v := d.pop("oAuth2Settings", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_settings.OAuth2Settings, v)
        )
        obj.additional_properties = d
        return obj
