from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .application_credentials_signing_use import ApplicationCredentialsSigningUse

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class ApplicationCredentialsSigning(OktaModel):
    """App signing key properties
    > **Note:** Only apps with SAML_2_0, SAML_1_1, WS_FEDERATION, or OPENID_CONNECT `signOnMode` support
    the key rotation feature.

    Attributes:
        kid: Key identifier used for signing assertions
            > **Note:** Currently, only the X.509 JWK format is supported for apps with SAML_2_0
            `signOnMode`.
        last_rotated (`lastRotated`, read-only, never sent): Timestamp when the signing key was last rotated
        next_rotation (`nextRotation`, read-only, never sent): The scheduled time for the next signing key rotation
        rotation_mode (`rotationMode`): The mode of key rotation
        use: Specifies the intended use of the key
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
        "rotation_mode": "str",
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
        "rotation_mode": "rotationMode",
        "use": lambda d: (
            _convert.parse_enum(ApplicationCredentialsSigningUse, v)
            if (v := d.get("use", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationCredentialsSigning._json_names),
    }

    kid: str | None | Unset = UNSET
    last_rotated: datetime.datetime | None | Unset = UNSET
    next_rotation: datetime.datetime | None | Unset = UNSET
    rotation_mode: str | None | Unset = UNSET
    use: ApplicationCredentialsSigningUse | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.kid is not UNSET:
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
        obj.rotation_mode = d.pop("rotationMode", UNSET)
        obj.use = (
            _convert.parse_enum(ApplicationCredentialsSigningUse, v)
            if (v := d.pop("use", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
