from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .submission_response_app_contact_details_contact_type import SubmissionResponseAppContactDetailsContactType
from .submission_response_app_contact_details_contact_value_type import (
    SubmissionResponseAppContactDetailsContactValueType,
)

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "contact_type": lambda d: (
            _convert.parse_enum(SubmissionResponseAppContactDetailsContactType, v)
            if (v := d.get("contactType", UNSET)).__class__ is str
            else v
        ),
        "contact_value_type": lambda d: (
            _convert.parse_enum(SubmissionResponseAppContactDetailsContactValueType, v)
            if (v := d.get("contactValueType", UNSET)).__class__ is str
            else v
        ),
        "contact": "contact",
        "additional_properties": lambda d: _convert.undeclared(d, SubmissionResponseAppContactDetails._json_names),
    }

    contact_type: SubmissionResponseAppContactDetailsContactType | None | Unset
    contact_value_type: SubmissionResponseAppContactDetailsContactValueType | None | Unset
    contact: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.contact_type is not UNSET:
            d["contactType"] = self.contact_type
        if self.contact_value_type is not UNSET:
            d["contactValueType"] = self.contact_value_type
        if self.contact is not UNSET:
            d["contact"] = self.contact
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.contact_type = (
            _convert.parse_enum(SubmissionResponseAppContactDetailsContactType, v)
            if (v := d.pop("contactType", UNSET)).__class__ is str
            else v
        )
        obj.contact_value_type = (
            _convert.parse_enum(SubmissionResponseAppContactDetailsContactValueType, v)
            if (v := d.pop("contactValueType", UNSET)).__class__ is str
            else v
        )
        obj.contact = d.pop("contact", UNSET)
        obj.additional_properties = d
        return obj
