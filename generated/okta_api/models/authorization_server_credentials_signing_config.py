from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .authorization_server_credentials_rotation_mode import AuthorizationServerCredentialsRotationMode
from .authorization_server_credentials_use import AuthorizationServerCredentialsUse

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class AuthorizationServerCredentialsSigningConfig(OktaModel):
    """An Okta `AuthorizationServerCredentialsSigningConfig`.

    Attributes:
        kid (read-only, never sent): The ID of the JSON Web Key used for signing tokens issued by the authorization server
        last_rotated (`lastRotated`, read-only, never sent): The timestamp when the authorization server started using the `kid` for signing tokens
        next_rotation (`nextRotation`, read-only, never sent): The timestamp when the authorization server changes the Key for signing tokens. This is
            only returned when `rotationMode` is set to `AUTO`.
        rotation_mode (`rotationMode`): The Key rotation mode for the authorization server
        use: How the key is used
    """

    _json_names: ClassVar[dict[str, str]] = {
        "kid": "kid",
        "lastRotated": "last_rotated",
        "nextRotation": "next_rotation",
        "rotationMode": "rotation_mode",
        "use": "use",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "kid": "str",
        "last_rotated": "datetime",
        "next_rotation": "datetime",
        "rotation_mode": "enum",
        "use": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "kid": "kid",
        "last_rotated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastRotated", UNSET)).__class__ is str else v
        ),
        "next_rotation": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("nextRotation", UNSET)).__class__ is str else v
        ),
        "rotation_mode": lambda d: (
            _convert.parse_enum(AuthorizationServerCredentialsRotationMode, v)
            if (v := d.get("rotationMode", UNSET)).__class__ is str
            else v
        ),
        "use": lambda d: (
            _convert.parse_enum(AuthorizationServerCredentialsUse, v)
            if (v := d.get("use", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, AuthorizationServerCredentialsSigningConfig._json_names
        ),
    }

    kid: str | None | Unset = UNSET
    last_rotated: datetime.datetime | None | Unset = UNSET
    next_rotation: datetime.datetime | None | Unset = UNSET
    rotation_mode: AuthorizationServerCredentialsRotationMode | None | Unset = UNSET
    use: AuthorizationServerCredentialsUse | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.kid is not UNSET and not omit_read_only:
            d["kid"] = self.kid
        if self.last_rotated is not UNSET and not omit_read_only:
            d["lastRotated"] = _convert.dump_datetime(self.last_rotated)
        if self.next_rotation is not UNSET and not omit_read_only:
            d["nextRotation"] = _convert.dump_datetime(self.next_rotation)
        if self.rotation_mode is not UNSET:
            d["rotationMode"] = self.rotation_mode
        if self.use is not UNSET:
            d["use"] = self.use
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.kid = d.pop("kid", UNSET)
        obj.last_rotated = _convert.parse_datetime_text(v) if (v := d.pop("lastRotated", UNSET)).__class__ is str else v
        obj.next_rotation = (
            _convert.parse_datetime_text(v) if (v := d.pop("nextRotation", UNSET)).__class__ is str else v
        )
        obj.rotation_mode = (
            _convert.parse_enum(AuthorizationServerCredentialsRotationMode, v)
            if (v := d.pop("rotationMode", UNSET)).__class__ is str
            else v
        )
        obj.use = (
            _convert.parse_enum(AuthorizationServerCredentialsUse, v)
            if (v := d.pop("use", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
