from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import saml_pay_load_data_context_protocol_issuer as _saml_pay_load_data_context_protocol_issuer

if TYPE_CHECKING:
    from typing import Self

    from .saml_pay_load_data_context_protocol_issuer import SAMLPayLoadDataContextProtocolIssuer


def _parse_issuer(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_pay_load_data_context_protocol_issuer.SAMLPayLoadDataContextProtocolIssuer.from_json(v)
            if lazy
            else _saml_pay_load_data_context_protocol_issuer.SAMLPayLoadDataContextProtocolIssuer.from_dict(v)
        )
    return _convert.parse_model(_saml_pay_load_data_context_protocol_issuer.SAMLPayLoadDataContextProtocolIssuer, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SAMLPayLoadDataContextProtocol(OktaModel):
    """Details of the assertion protocol being used

    Attributes:
        type_ (`type`): The type of authentication protocol being used for the assertion
        issuer: SAMLPayLoadDataContextProtocolIssuer
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "issuer": "issuer",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "str",
        "issuer": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": ("type", None),
        "issuer": ("issuer", _parse_issuer),
    }

    type_: str | None = _attrs_field(init=False)
    issuer: SAMLPayLoadDataContextProtocolIssuer | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: str | None | Unset = UNSET,
        issuer: SAMLPayLoadDataContextProtocolIssuer | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if issuer is not UNSET:
            _set_field(self, "issuer", issuer)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("issuer", UNSET)) is not UNSET:
            d["issuer"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("issuer", UNSET)) is not UNSET:
            obj.issuer = _parse_issuer(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
