from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .user_factor_push_transaction_factor_result import UserFactorPushTransactionFactorResult

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class UserFactorPushTransaction(OktaModel):
    """An Okta `UserFactorPushTransaction`.

    Attributes:
        factor_result (`factorResult`): UserFactorPushTransactionFactorResult
    """

    _json_names: ClassVar[dict[str, str]] = {
        "factorResult": "factor_result",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "factor_result": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "factor_result": lambda d: (
            _convert.parse_enum(UserFactorPushTransactionFactorResult, v)
            if (v := d.get("factorResult", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorPushTransaction._json_names),
    }
    _discriminator: ClassVar[str] = "factorResult"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "REJECTED": ("user_factor_push_transaction_rejected", "UserFactorPushTransactionRejected"),
        "SUCCESS": ("user_factor_push_transaction", "UserFactorPushTransaction"),
        "TIMEOUT": ("user_factor_push_transaction_timeout", "UserFactorPushTransactionTimeout"),
        "WAITING": ("user_factor_push_transaction_waiting_no_nmc", "UserFactorPushTransactionWaitingNoNMC"),
        "WAITING (with number matching challenge)": (
            "user_factor_push_transaction_waiting_nmc",
            "UserFactorPushTransactionWaitingNMC",
        ),
    }

    factor_result: UserFactorPushTransactionFactorResult | None | Unset = UserFactorPushTransactionFactorResult(
        "SUCCESS"
    )

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.factor_result is not UNSET:
            d["factorResult"] = self.factor_result
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is UserFactorPushTransaction:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.factor_result = (
            _convert.parse_enum(UserFactorPushTransactionFactorResult, v)
            if (v := d.pop("factorResult", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is UserFactorPushTransaction and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
