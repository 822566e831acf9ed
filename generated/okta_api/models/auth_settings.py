from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import custom_auth_settings as _custom_auth_settings
from . import o_auth_2_settings as _o_auth_2_settings
from .auth_type import AuthType

if TYPE_CHECKING:
    from typing import Self

    from .custom_auth_settings import CustomAuthSettings
    from .o_auth_2_settings import OAuth2Settings


_parse_auth_type = _convert.enum_parser(AuthType)


def _parse_custom_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _custom_auth_settings.CustomAuthSettings.from_json(v)
            if lazy
            else _custom_auth_settings.CustomAuthSettings.from_dict(v)
        )
    return _convert.parse_model(_custom_auth_settings.CustomAuthSettings, v)


def _parse_o_auth_2_settings(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_settings.OAuth2Settings.from_json(v) if lazy else _o_auth_2_settings.OAuth2Settings.from_dict(v)
        )
    return _convert.parse_model(_o_auth_2_settings.OAuth2Settings, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "auth_type": ("authType", _parse_auth_type),
        "custom_settings": ("customSettings", _parse_custom_settings),
        "o_auth_2_settings": ("oAuth2Settings", _parse_o_auth_2_settings),
    }

    auth_type: AuthType | None = _attrs_field(init=False)
    custom_settings: CustomAuthSettings | None = _attrs_field(init=False)
    o_auth_2_settings: OAuth2Settings | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        auth_type: AuthType | None | Unset,
        custom_settings: CustomAuthSettings | None | Unset = UNSET,
        o_auth_2_settings: OAuth2Settings | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if auth_type is not UNSET:
            _set_field(self, "auth_type", auth_type)
        if custom_settings is not UNSET:
            _set_field(self, "custom_settings", custom_settings)
        if o_auth_2_settings is not UNSET:
            _set_field(self, "o_auth_2_settings", o_auth_2_settings)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("auth_type", UNSET)) is not UNSET:
            d["authType"] = v
        if (v := values.get("custom_settings", UNSET)) is not UNSET:
            d["customSettings"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("o_auth_2_settings", UNSET)) is not UNSET:
            d["oAuth2Settings"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authType", UNSET)) is not UNSET:
            obj.auth_type = _parse_auth_type(v, False)
        if (v := d.pop("customSettings", UNSET)) is not UNSET:
            obj.custom_settings = _parse_custom_settings(v, False)
        if (v := d.pop("oAuth2Settings", UNSET)) is not UNSET:
            obj.o_auth_2_settings = _parse_o_auth_2_settings(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
