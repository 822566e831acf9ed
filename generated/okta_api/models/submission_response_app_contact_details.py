from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .submission_response_app_contact_details_contact_type import SubmissionResponseAppContactDetailsContactType
from .submission_response_app_contact_details_contact_value_type import (
    SubmissionResponseAppContactDetailsContactValueType,
)

if TYPE_CHECKING:
    from typing import Self


_parse_contact_type = _convert.enum_parser(SubmissionResponseAppContactDetailsContactType)

_parse_contact_value_type = _convert.enum_parser(SubmissionResponseAppContactDetailsContactValueType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SubmissionResponseAppContactDetails(OktaModel):
    """An Okta `SubmissionResponseAppContactDetails`.

    Attributes:
        contact_type (`contactType`): Type of contact
            * `CUSTOMER_SUPPORT` - Public support contact details visible on your OIN catalog page for
            end users needing assistance with your integration.
            * `ESCALATION_SUPPORT` - Private support contact used by Okta to reach your organization
            during emergencies or escalations post-publication of the app (not shared with customers).
        contact_value_type (`contactValueType`): Format of the contact value
        contact: The contact value (email, phone, or URL)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "contactType": "contact_type",
        "contactValueType": "contact_value_type",
        "contact": "contact",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "contact_type": "enum",
        "contact_value_type": "enum",
        "contact": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "contact_type": ("contactType", _parse_contact_type),
        "contact_value_type": ("contactValueType", _parse_contact_value_type),
        "contact": ("contact", None),
    }

    contact_type: SubmissionResponseAppContactDetailsContactType | None = _attrs_field(init=False)
    contact_value_type: SubmissionResponseAppContactDetailsContactValueType | None = _attrs_field(init=False)
    contact: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        contact_type: SubmissionResponseAppContactDetailsContactType | None | Unset,
        contact_value_type: SubmissionResponseAppContactDetailsContactValueType | None | Unset,
        contact: str | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if contact_type is not UNSET:
            _set_field(self, "contact_type", contact_type)
        if contact_value_type is not UNSET:
            _set_field(self, "contact_value_type", contact_value_type)
        if contact is not UNSET:
            _set_field(self, "contact", contact)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("contact_type", UNSET)) is not UNSET:
            d["contactType"] = v
        if (v := values.get("contact_value_type", UNSET)) is not UNSET:
            d["contactValueType"] = v
        if (v := values.get("contact", UNSET)) is not UNSET:
            d["contact"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("contactType", UNSET)) is not UNSET:
            obj.contact_type = _parse_contact_type(v, False)
        if (v := d.pop("contactValueType", UNSET)) is not UNSET:
            obj.contact_value_type = _parse_contact_value_type(v, False)
        if (v := d.pop("contact", UNSET)) is not UNSET:
            obj.contact = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
