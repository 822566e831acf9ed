from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .connections_signing_rotation_mode import ConnectionsSigningRotationMode

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class Org2OrgProvisioningOAuthSigningSettings(OktaModel):
    """Org2Org Provisioning OAuth Signing Settings

    Only used for the Okta Org2Org (`okta_org2org`) app.

    The signing key rotation setting.

    Attributes:
        rotation_mode (`rotationMode`): The signing key rotation setting for the provisioning connection
    """

    _json_names: ClassVar[dict[str, str]] = {
        "rotationMode": "rotation_mode",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "rotation_mode": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "rotation_mode": lambda d: (
            _convert.parse_enum(ConnectionsSigningRotationMode, v)
            if (v := d.get("rotationMode", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Org2OrgProvisioningOAuthSigningSettings._json_names),
    }

    rotation_mode: ConnectionsSigningRotationMode | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.rotation_mode is not UNSET:
            d["rotationMode"] = self.rotation_mode
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.rotation_mode = (
            _convert.parse_enum(ConnectionsSigningRotationMode, v)
            if (v := d.pop("rotationMode", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
