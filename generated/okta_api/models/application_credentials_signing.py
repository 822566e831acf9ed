from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .application_credentials_signing_use import ApplicationCredentialsSigningUse

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_use = _convert.enum_parser(ApplicationCredentialsSigningUse)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "kid": ("kid", None),
        "last_rotated": ("lastRotated", _convert.parse_datetime),
        "next_rotation": ("nextRotation", _convert.parse_datetime),
        "rotation_mode": ("rotationMode", None),
        "use": ("use", _parse_use),
    }

    kid: str | None = _attrs_field(init=False)
    last_rotated: datetime.datetime | None = _attrs_field(init=False)
    next_rotation: datetime.datetime | None = _attrs_field(init=False)
    rotation_mode: str | None = _attrs_field(init=False)
    use: ApplicationCredentialsSigningUse | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        kid: str | None | Unset = UNSET,
        last_rotated: datetime.datetime | None | Unset = UNSET,
        next_rotation: datetime.datetime | None | Unset = UNSET,
        rotation_mode: str | None | Unset = UNSET,
        use: ApplicationCredentialsSigningUse | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if last_rotated is not UNSET:
            _set_field(self, "last_rotated", last_rotated)
        if next_rotation is not UNSET:
            _set_field(self, "next_rotation", next_rotation)
        if rotation_mode is not UNSET:
            _set_field(self, "rotation_mode", rotation_mode)
        if use is not UNSET:
            _set_field(self, "use", use)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if (v := values.get("last_rotated", UNSET)) is not UNSET and not omit_read_only:
            d["lastRotated"] = _convert.dump_datetime(v)
        if (v := values.get("next_rotation", UNSET)) is not UNSET and not omit_read_only:
            d["nextRotation"] = _convert.dump_datetime(v)
        if (v := values.get("rotation_mode", UNSET)) is not UNSET:
            d["rotationMode"] = v
        if (v := values.get("use", UNSET)) is not UNSET:
            d["use"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("lastRotated", UNSET)) is not UNSET:
            obj.last_rotated = _convert.parse_datetime(v, False)
        if (v := d.pop("nextRotation", UNSET)) is not UNSET:
            obj.next_rotation = _convert.parse_datetime(v, False)
        if (v := d.pop("rotationMode", UNSET)) is not UNSET:
            obj.rotation_mode = v
        if (v := d.pop("use", UNSET)) is not UNSET:
            obj.use = _parse_use(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
