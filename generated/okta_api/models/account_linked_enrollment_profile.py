from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .account_linked_enrollment_profile_authentication_method import AccountLinkedEnrollmentProfileAuthenticationMethod

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AccountLinkedEnrollmentProfile(OktaModel):
    """Profile details for a linked enrollment

    Attributes:
        authentication_method (`authenticationMethod`): Authentication method used for the enrollment
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticationMethod": "authentication_method",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authentication_method": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authentication_method": lambda d: (
            _convert.parse_enum(AccountLinkedEnrollmentProfileAuthenticationMethod, v)
            if (v := d.get("authenticationMethod", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AccountLinkedEnrollmentProfile._json_names),
    }

    authentication_method: AccountLinkedEnrollmentProfileAuthenticationMethod | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authentication_method is not UNSET:
            d["authenticationMethod"] = self.authentication_method
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authentication_method = (
            _convert.parse_enum(AccountLinkedEnrollmentProfileAuthenticationMethod, v)
            if (v := d.pop("authenticationMethod", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
