from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import saml_pay_load_data_assertion_subject_confirmation as _saml_pay_load_data_assertion_subject_confirmation

if TYPE_CHECKING:
    from typing import Self

    from .saml_pay_load_data_assertion_subject_confirmation import SAMLPayLoadDataAssertionSubjectConfirmation


@_attrs_define(kw_only=True)
class SAMLPayLoadDataAssertionSubject(OktaModel):
    """Provides a JSON representation of the `<saml:Subject>` element of the SAML assertion

    Attributes:
        name_id (`nameId`): The unique identifier of the user
        name_format (`nameFormat`): Indicates how to interpret the attribute name
        confirmation: SAMLPayLoadDataAssertionSubjectConfirmation
    """

    _json_names: ClassVar[dict[str, str]] = {
        "nameId": "name_id",
        "nameFormat": "name_format",
        "confirmation": "confirmation",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name_id": "str",
        "name_format": "str",
        "confirmation": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name_id": "nameId",
        "name_format": "nameFormat",
        "confirmation": lambda d: (
            _saml_pay_load_data_assertion_subject_confirmation.SAMLPayLoadDataAssertionSubjectConfirmation.from_json(v)
            if (v := d.get("confirmation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_pay_load_data_assertion_subject_confirmation.SAMLPayLoadDataAssertionSubjectConfirmation, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SAMLPayLoadDataAssertionSubject._json_names),
    }

    name_id: str | None | Unset = UNSET
    name_format: str | None | Unset = UNSET
    confirmation: SAMLPayLoadDataAssertionSubjectConfirmation | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name_id is not UNSET:
            d["nameId"] = self.name_id
        if self.name_format is not UNSET:
            d["nameFormat"] = self.name_format
        if self.confirmation is not UNSET:
            d["confirmation"] = _convert.dump_model(self.confirmation, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.name_id = d.pop("nameId", UNSET)
        obj.name_format = d.pop("nameFormat", UNSET)
        obj.confirmation = (
            _saml_pay_load_data_assertion_subject_confirmation.SAMLPayLoadDataAssertionSubjectConfirmation.from_dict(v)
            if (v := d.pop("confirmation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_pay_load_data_assertion_subject_confirmation.SAMLPayLoadDataAssertionSubjectConfirmation, v
            )
        )
        obj.additional_properties = d
        return obj
