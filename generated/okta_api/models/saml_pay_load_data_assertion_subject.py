from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import saml_pay_load_data_assertion_subject_confirmation as _saml_pay_load_data_assertion_subject_confirmation

if TYPE_CHECKING:
    from typing import Self

    from .saml_pay_load_data_assertion_subject_confirmation import SAMLPayLoadDataAssertionSubjectConfirmation


def _parse_confirmation(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_pay_load_data_assertion_subject_confirmation.SAMLPayLoadDataAssertionSubjectConfirmation.from_json(v)
            if lazy
            else _saml_pay_load_data_assertion_subject_confirmation.SAMLPayLoadDataAssertionSubjectConfirmation.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _saml_pay_load_data_assertion_subject_confirmation.SAMLPayLoadDataAssertionSubjectConfirmation, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "name_id": ("nameId", None),
        "name_format": ("nameFormat", None),
        "confirmation": ("confirmation", _parse_confirmation),
    }

    name_id: str | None = _attrs_field(init=False)
    name_format: str | None = _attrs_field(init=False)
    confirmation: SAMLPayLoadDataAssertionSubjectConfirmation | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name_id: str | None | Unset = UNSET,
        name_format: str | None | Unset = UNSET,
        confirmation: SAMLPayLoadDataAssertionSubjectConfirmation | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name_id is not UNSET:
            _set_field(self, "name_id", name_id)
        if name_format is not UNSET:
            _set_field(self, "name_format", name_format)
        if confirmation is not UNSET:
            _set_field(self, "confirmation", confirmation)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name_id", UNSET)) is not UNSET:
            d["nameId"] = v
        if (v := values.get("name_format", UNSET)) is not UNSET:
            d["nameFormat"] = v
        if (v := values.get("confirmation", UNSET)) is not UNSET:
            d["confirmation"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("nameId", UNSET)) is not UNSET:
            obj.name_id = v
        if (v := d.pop("nameFormat", UNSET)) is not UNSET:
            obj.name_format = v
        if (v := d.pop("confirmation", UNSET)) is not UNSET:
            obj.confirmation = _parse_confirmation(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
