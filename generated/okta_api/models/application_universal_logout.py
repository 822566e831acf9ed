from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .application_universal_logout_identity_stack import ApplicationUniversalLogoutIdentityStack
from .application_universal_logout_protocol import ApplicationUniversalLogoutProtocol
from .application_universal_logout_status import ApplicationUniversalLogoutStatus
from .application_universal_logout_support_type import ApplicationUniversalLogoutSupportType

if TYPE_CHECKING:
    from typing import Self


_parse_identity_stack = _convert.enum_parser(ApplicationUniversalLogoutIdentityStack)

_parse_protocol = _convert.enum_parser(ApplicationUniversalLogoutProtocol)

_parse_status = _convert.enum_parser(ApplicationUniversalLogoutStatus)

_parse_support_type = _convert.enum_parser(ApplicationUniversalLogoutSupportType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ApplicationUniversalLogout(OktaModel):
    """<div class="x-lifecycle-container"><x-lifecycle class="oie"></x-lifecycle></div>
    Universal Logout properties for the app. These properties are only returned and can't be updated.

    Attributes:
        identity_stack (`identityStack`): Indicates whether the app uses a shared identity stack that may cause the user to sign out
            of other apps by the same company
        protocol: The protocol used for Universal Logout
        status: Universal Logout status for the app instance
        support_type (`supportType`): Indicates whether the app supports full or partial Universal Logout (UL).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "identityStack": "identity_stack",
        "protocol": "protocol",
        "status": "status",
        "supportType": "support_type",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "identity_stack": "enum",
        "protocol": "enum",
        "status": "enum",
        "support_type": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "identity_stack": ("identityStack", _parse_identity_stack),
        "protocol": ("protocol", _parse_protocol),
        "status": ("status", _parse_status),
        "support_type": ("supportType", _parse_support_type),
    }

    identity_stack: ApplicationUniversalLogoutIdentityStack | None = _attrs_field(init=False)
    protocol: ApplicationUniversalLogoutProtocol | None = _attrs_field(init=False)
    status: ApplicationUniversalLogoutStatus | None = _attrs_field(init=False)
    support_type: ApplicationUniversalLogoutSupportType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        identity_stack: ApplicationUniversalLogoutIdentityStack | None | Unset = UNSET,
        protocol: ApplicationUniversalLogoutProtocol | None | Unset = UNSET,
        status: ApplicationUniversalLogoutStatus | None | Unset = UNSET,
        support_type: ApplicationUniversalLogoutSupportType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if identity_stack is not UNSET:
            _set_field(self, "identity_stack", identity_stack)
        if protocol is not UNSET:
            _set_field(self, "protocol", protocol)
        if status is not UNSET:
            _set_field(self, "status", status)
        if support_type is not UNSET:
            _set_field(self, "support_type", support_type)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("identity_stack", UNSET)) is not UNSET:
            d["identityStack"] = v
        if (v := values.get("protocol", UNSET)) is not UNSET:
            d["protocol"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("support_type", UNSET)) is not UNSET:
            d["supportType"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("identityStack", UNSET)) is not UNSET:
            obj.identity_stack = _parse_identity_stack(v, False)
        if (v := d.pop("protocol", UNSET)) is not UNSET:
            obj.protocol = _parse_protocol(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("supportType", UNSET)) is not UNSET:
            obj.support_type = _parse_support_type(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
