from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .authenticator_method_algorithm import AuthenticatorMethodAlgorithm
from .authenticator_method_transaction_type import AuthenticatorMethodTransactionType
from .push_method_key_protection import PushMethodKeyProtection

if TYPE_CHECKING:
    from typing import Self


_parse_key_protection = _convert.enum_parser(PushMethodKeyProtection)


def _parse_algorithms(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(AuthenticatorMethodAlgorithm, v)


def _parse_transaction_types(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(AuthenticatorMethodTransactionType, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SupportedMethodsSettings(OktaModel):
    """An Okta `SupportedMethodsSettings`.

    Attributes:
        key_protection (`keyProtection`): Indicates whether you must use a hardware key store
        algorithms: The encryption algorithm for this authenticator method
        transaction_types (`transactionTypes`): The transaction type for this authenticator method
    """

    _json_names: ClassVar[dict[str, str]] = {
        "keyProtection": "key_protection",
        "algorithms": "algorithms",
        "transactionTypes": "transaction_types",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "key_protection": "enum",
        "algorithms": "list:enum",
        "transaction_types": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "key_protection": ("keyProtection", _parse_key_protection),
        "algorithms": ("algorithms", _parse_algorithms),
        "transaction_types": ("transactionTypes", _parse_transaction_types),
    }

    key_protection: PushMethodKeyProtection | None = _attrs_field(init=False)
    algorithms: list[AuthenticatorMethodAlgorithm] | None = _attrs_field(init=False)
    transaction_types: list[AuthenticatorMethodTransactionType] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        key_protection: PushMethodKeyProtection | None | Unset = UNSET,
        algorithms: list[AuthenticatorMethodAlgorithm] | None | Unset = UNSET,
        transaction_types: list[AuthenticatorMethodTransactionType] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if key_protection is not UNSET:
            _set_field(self, "key_protection", key_protection)
        if algorithms is not UNSET:
            _set_field(self, "algorithms", algorithms)
        if transaction_types is not UNSET:
            _set_field(self, "transaction_types", transaction_types)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("key_protection", UNSET)) is not UNSET:
            d["keyProtection"] = v
        if (v := values.get("algorithms", UNSET)) is not UNSET:
            d["algorithms"] = v
        if (v := values.get("transaction_types", UNSET)) is not UNSET:
            d["transactionTypes"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("keyProtection", UNSET)) is not UNSET:
            obj.key_protection = _parse_key_protection(v, False)
        if (v := d.pop("algorithms", UNSET)) is not UNSET:
            obj.algorithms = _parse_algorithms(v, False)
        if (v := d.pop("transactionTypes", UNSET)) is not UNSET:
            obj.transaction_types = _parse_transaction_types(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
