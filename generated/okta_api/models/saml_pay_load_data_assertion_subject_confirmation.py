from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    saml_pay_load_data_assertion_subject_confirmation_data as _saml_pay_load_data_assertion_subject_confirmation_data,
)

if TYPE_CHECKING:
    from typing import Self

    from .saml_pay_load_data_assertion_subject_confirmation_data import SAMLPayLoadDataAssertionSubjectConfirmationData


def _parse_data(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_pay_load_data_assertion_subject_confirmation_data.SAMLPayLoadDataAssertionSubjectConfirmationData.from_json(
                v
            )
            if lazy
            else _saml_pay_load_data_assertion_subject_confirmation_data.SAMLPayLoadDataAssertionSubjectConfirmationData.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _saml_pay_load_data_assertion_subject_confirmation_data.SAMLPayLoadDataAssertionSubjectConfirmationData, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "method": ("method", None),
        "data": ("data", _parse_data),
    }

    method: str | None = _attrs_field(init=False)
    data: SAMLPayLoadDataAssertionSubjectConfirmationData | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        method: str | None | Unset = UNSET,
        data: SAMLPayLoadDataAssertionSubjectConfirmationData | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if method is not UNSET:
            _set_field(self, "method", method)
        if data is not UNSET:
            _set_field(self, "data", data)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("method", UNSET)) is not UNSET:
            d["method"] = v
        if (v := values.get("data", UNSET)) is not UNSET:
            d["data"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("method", UNSET)) is not UNSET:
            obj.method = v
        if (v := d.pop("data", UNSET)) is not UNSET:
            obj.data = _parse_data(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
