from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .user_factor_push_transaction_factor_result import UserFactorPushTransactionFactorResult

if TYPE_CHECKING:
    from typing import Self


_parse_factor_result = _convert.enum_parser(UserFactorPushTransactionFactorResult)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserFactorPushTransactionSuccess(OktaModel):
    """An Okta `UserFactorPushTransactionSuccess`.

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
        "factor_result": ("factorResult", _parse_factor_result),
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

    factor_result: UserFactorPushTransactionFactorResult | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        factor_result: UserFactorPushTransactionFactorResult | None | Unset = UserFactorPushTransactionFactorResult(
            "SUCCESS"
        ),
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if factor_result is not UNSET:
            _set_field(self, "factor_result", factor_result)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("factor_result", UNSET)) is not UNSET:
            d["factorResult"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is UserFactorPushTransactionSuccess:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("factorResult", UNSET)) is not UNSET:
            obj.factor_result = _parse_factor_result(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is UserFactorPushTransactionSuccess and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
