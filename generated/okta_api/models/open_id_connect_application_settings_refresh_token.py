from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .open_id_connect_refresh_token_rotation_type import OpenIdConnectRefreshTokenRotationType

if TYPE_CHECKING:
    from typing import Self


_parse_rotation_type = _convert.enum_parser(OpenIdConnectRefreshTokenRotationType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OpenIdConnectApplicationSettingsRefreshToken(OktaModel):
    """Refresh token configuration for an OAuth 2.0 client

    When you create or update an OAuth 2.0 client, you can configure refresh token rotation by setting
    the `rotation_type` and `leeway` properties. If you don't set these properties when you create an
    app integration, the default values are used.
    When you update an app integration, your previously configured values are used.

    Attributes:
        rotation_type: The refresh token rotation mode for the OAuth 2.0 client
        leeway: The leeway, in seconds, allowed for the OAuth 2.0 client.
            After the refresh token is rotated, the previous token remains valid for the specified
            period of time so clients can get the new token.

            > **Note:** A leeway of 0 doesn't necessarily mean that the previous token is immediately
            invalidated. The previous token is invalidated after the new token is generated and
            returned in the response.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "rotation_type": "rotation_type",
        "leeway": "leeway",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "rotation_type": "enum",
        "leeway": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "rotation_type": ("rotation_type", _parse_rotation_type),
        "leeway": ("leeway", None),
    }

    rotation_type: OpenIdConnectRefreshTokenRotationType | None = _attrs_field(init=False)
    leeway: int | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        rotation_type: OpenIdConnectRefreshTokenRotationType | None | Unset,
        leeway: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if rotation_type is not UNSET:
            _set_field(self, "rotation_type", rotation_type)
        if leeway is not UNSET:
            _set_field(self, "leeway", leeway)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("rotation_type", UNSET)) is not UNSET:
            d["rotation_type"] = v
        if (v := values.get("leeway", UNSET)) is not UNSET:
            d["leeway"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("rotation_type", UNSET)) is not UNSET:
            obj.rotation_type = _parse_rotation_type(v, False)
        if (v := d.pop("leeway", UNSET)) is not UNSET:
            obj.leeway = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
