from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .application_universal_logout_identity_stack import ApplicationUniversalLogoutIdentityStack
from .application_universal_logout_protocol import ApplicationUniversalLogoutProtocol
from .application_universal_logout_status import ApplicationUniversalLogoutStatus
from .application_universal_logout_support_type import ApplicationUniversalLogoutSupportType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "identity_stack": lambda d: (
            _convert.parse_enum(ApplicationUniversalLogoutIdentityStack, v)
            if (v := d.get("identityStack", UNSET)).__class__ is str
            else v
        ),
        "protocol": lambda d: (
            _convert.parse_enum(ApplicationUniversalLogoutProtocol, v)
            if (v := d.get("protocol", UNSET)).__class__ is str
            else v
        ),
        "status": lambda d: (
            _convert.parse_enum(ApplicationUniversalLogoutStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "support_type": lambda d: (
            _convert.parse_enum(ApplicationUniversalLogoutSupportType, v)
            if (v := d.get("supportType", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationUniversalLogout._json_names),
    }

    identity_stack: ApplicationUniversalLogoutIdentityStack | None | Unset = UNSET
    protocol: ApplicationUniversalLogoutProtocol | None | Unset = UNSET
    status: ApplicationUniversalLogoutStatus | None | Unset = UNSET
    support_type: ApplicationUniversalLogoutSupportType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.identity_stack is not UNSET:
            d["identityStack"] = self.identity_stack
        if self.protocol is not UNSET:
            d["protocol"] = self.protocol
        if self.status is not UNSET:
            d["status"] = self.status
        if self.support_type is not UNSET:
            d["supportType"] = self.support_type
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.identity_stack = (
            _convert.parse_enum(ApplicationUniversalLogoutIdentityStack, v)
            if (v := d.pop("identityStack", UNSET)).__class__ is str
            else v
        )
        obj.protocol = (
            _convert.parse_enum(ApplicationUniversalLogoutProtocol, v)
            if (v := d.pop("protocol", UNSET)).__class__ is str
            else v
        )
        obj.status = (
            _convert.parse_enum(ApplicationUniversalLogoutStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.support_type = (
            _convert.parse_enum(ApplicationUniversalLogoutSupportType, v)
            if (v := d.pop("supportType", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
