from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import saml_pay_load_data_assertion as _saml_pay_load_data_assertion
from . import saml_pay_load_data_context as _saml_pay_load_data_context

if TYPE_CHECKING:
    from typing import Self

    from .saml_pay_load_data_assertion import SAMLPayLoadDataAssertion
    from .saml_pay_load_data_context import SAMLPayLoadDataContext


def _parse_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_pay_load_data_context.SAMLPayLoadDataContext.from_json(v)
            if lazy
            else _saml_pay_load_data_context.SAMLPayLoadDataContext.from_dict(v)
        )
    return _convert.parse_model(_saml_pay_load_data_context.SAMLPayLoadDataContext, v)


def _parse_assertion(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_pay_load_data_assertion.SAMLPayLoadDataAssertion.from_json(v)
            if lazy
            else _saml_pay_load_data_assertion.SAMLPayLoadDataAssertion.from_dict(v)
        )
    return _convert.parse_model(_saml_pay_load_data_assertion.SAMLPayLoadDataAssertion, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SAMLPayLoadData(OktaModel):
    """An Okta `SAMLPayLoadData`.

    Attributes:
        context: SAMLPayLoadDataContext
        assertion: Details of the SAML assertion that was generated
    """

    _json_names: ClassVar[dict[str, str]] = {
        "context": "context",
        "assertion": "assertion",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "context": "model",
        "assertion": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "context": ("context", _parse_context),
        "assertion": ("assertion", _parse_assertion),
    }

    context: SAMLPayLoadDataContext | None = _attrs_field(init=False)
    assertion: SAMLPayLoadDataAssertion | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        context: SAMLPayLoadDataContext | None | Unset = UNSET,
        assertion: SAMLPayLoadDataAssertion | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if context is not UNSET:
            _set_field(self, "context", context)
        if assertion is not UNSET:
            _set_field(self, "assertion", assertion)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("context", UNSET)) is not UNSET:
            d["context"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("assertion", UNSET)) is not UNSET:
            d["assertion"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("context", UNSET)) is not UNSET:
            obj.context = _parse_context(v, False)
        if (v := d.pop("assertion", UNSET)) is not UNSET:
            obj.assertion = _parse_assertion(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
