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
class AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints(OktaModel):
    """Constraints for the authenticator

    Attributes:
        aaguid_groups (`aaguidGroups`): The list of Passkey (FIDO2 WebAuthn) authenticator groups allowed for enrollment. The
            authenticators in the group are based on FIDO Alliance Metadata Service that's identified
            by name or the Authenticator Attestation Global Unique Identifier
            ([AAGUID](https://support.yubico.com/hc/en-us/articles/360016648959-YubiKey-Hardware-FIDO2-AAGUIDs))
            number.
            These groups are defined in the [Passkey (FIDO2 WebAuthn) authenticator method
            settings](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Authenticator/#tag/Authenticator/operation/listAuthenticatorMethods).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "aaguidGroups": "aaguid_groups",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "aaguid_groups": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "aaguid_groups": ("aaguidGroups", None),
    }

    aaguid_groups: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        aaguid_groups: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if aaguid_groups is not UNSET:
            _set_field(self, "aaguid_groups", aaguid_groups)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("aaguid_groups", UNSET)) is not UNSET:
            d["aaguidGroups"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("aaguidGroups", UNSET)) is not UNSET:
            obj.aaguid_groups = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
