from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    saml_pay_load_data_assertion_subject_confirmation_data as _saml_pay_load_data_assertion_subject_confirmation_data,
)

if TYPE_CHECKING:
    from typing import Self

    from .saml_pay_load_data_assertion_subject_confirmation_data import SAMLPayLoadDataAssertionSubjectConfirmationData


@_attrs_define(kw_only=True)
class SAMLPayLoadDataAssertionSubjectConfirmation(OktaModel):
    """An Okta `SAMLPayLoadDataAssertionSubjectConfirmation`.

    Attributes:
        method: Used to indicate how the authorization server confirmed the SAML assertion
        data: SAMLPayLoadDataAssertionSubjectConfirmationData
    """

    _json_names: ClassVar[dict[str, str]] = {
        "method": "method",
        "data": "data",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "method": "str",
        "data": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "method": "method",
        "data": lambda d: (
            _saml_pay_load_data_assertion_subject_confirmation_data.SAMLPayLoadDataAssertionSubjectConfirmationData.from_json(
                v
            )
            if (v := d.get("data", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_pay_load_data_assertion_subject_confirmation_data.SAMLPayLoadDataAssertionSubjectConfirmationData,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, SAMLPayLoadDataAssertionSubjectConfirmation._json_names
        ),
    }

    method: str | None | Unset = UNSET
    data: SAMLPayLoadDataAssertionSubjectConfirmationData | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.method is not UNSET:
            d["method"] = self.method
        if self.data is not UNSET:
            d["data"] = _convert.dump_model(self.data, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.method = d.pop("method", UNSET)
        obj.data = (
            _saml_pay_load_data_assertion_subject_confirmation_data.SAMLPayLoadDataAssertionSubjectConfirmationData.from_dict(
                v
            )
            if (v := d.pop("data", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _saml_pay_load_data_assertion_subject_confirmation_data.SAMLPayLoadDataAssertionSubjectConfirmationData,
                v,
            )
        )
        obj.additional_properties = d
        return obj
