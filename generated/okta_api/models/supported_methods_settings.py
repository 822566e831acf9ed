from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .authenticator_method_algorithm import AuthenticatorMethodAlgorithm
from .authenticator_method_transaction_type import AuthenticatorMethodTransactionType
from .push_method_key_protection import PushMethodKeyProtection

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "key_protection": lambda d: (
            _convert.parse_enum(PushMethodKeyProtection, v)
            if (v := d.get("keyProtection", UNSET)).__class__ is str
            else v
        ),
        "algorithms": lambda d: _convert.parse_enum_list(AuthenticatorMethodAlgorithm, d.get("algorithms", UNSET)),
        "transaction_types": lambda d: _convert.parse_enum_list(
            AuthenticatorMethodTransactionType, d.get("transactionTypes", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SupportedMethodsSettings._json_names),
    }

    key_protection: PushMethodKeyProtection | None | Unset = UNSET
    algorithms: list[AuthenticatorMethodAlgorithm] | None | Unset = UNSET
    transaction_types: list[AuthenticatorMethodTransactionType] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.key_protection is not UNSET:
            d["keyProtection"] = self.key_protection
        if self.algorithms is not UNSET:
            d["algorithms"] = self.algorithms
        if self.transaction_types is not UNSET:
            d["transactionTypes"] = self.transaction_types
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.key_protection = (
            _convert.parse_enum(PushMethodKeyProtection, v)
            if (v := d.pop("keyProtection", UNSET)).__class__ is str
            else v
        )
        obj.algorithms = _convert.parse_enum_list(AuthenticatorMethodAlgorithm, d.pop("algorithms", UNSET))
        obj.transaction_types = _convert.parse_enum_list(
            AuthenticatorMethodTransactionType, d.pop("transactionTypes", UNSET)
        )
        obj.additional_properties = d
        return obj
