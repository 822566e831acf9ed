from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .org_cross_app_access_connection_patch_request_status import OrgCrossAppAccessConnectionPatchRequestStatus

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OrgCrossAppAccessConnectionPatchRequest(OktaModel):
    """Patch request object for Cross App Access Connections

    Attributes:
        status: Requested value of Cross App Access connection status
    """

    _json_names: ClassVar[dict[str, str]] = {
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "status": lambda d: (
            _convert.parse_enum(OrgCrossAppAccessConnectionPatchRequestStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgCrossAppAccessConnectionPatchRequest._json_names),
    }

    status: OrgCrossAppAccessConnectionPatchRequestStatus | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.status is not UNSET:
            d["status"] = self.status
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.status = (
            _convert.parse_enum(OrgCrossAppAccessConnectionPatchRequestStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
