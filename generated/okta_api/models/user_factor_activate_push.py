from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .user_factor_activate_push_result import UserFactorActivatePushResult

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_factor_result = _convert.enum_parser(UserFactorActivatePushResult)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserFactorActivatePush(OktaModel):
    """Activation requests have a short lifetime and expire if the activation isn't completed before the
    indicated timestamp. If the activation expires, use the returned `activate` link to restart the
    process.

    Attributes:
        expires_at (`expiresAt`, read-only, never sent): Timestamp when the factor verification attempt expires
        factor_result (`factorResult`, read-only, never sent): Result of a factor activation
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expiresAt": "expires_at",
        "factorResult": "factor_result",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expires_at": "datetime",
        "factor_result": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "factor_result": ("factorResult", _parse_factor_result),
    }

    expires_at: datetime.datetime | None = _attrs_field(init=False)
    factor_result: UserFactorActivatePushResult | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        expires_at: datetime.datetime | None | Unset = UNSET,
        factor_result: UserFactorActivatePushResult | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if factor_result is not UNSET:
            _set_field(self, "factor_result", factor_result)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("expires_at", UNSET)) is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("factor_result", UNSET)) is not UNSET and not omit_read_only:
            d["factorResult"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("expiresAt", UNSET)) is not UNSET:
            obj.expires_at = _convert.parse_datetime(v, False)
        if (v := d.pop("factorResult", UNSET)) is not UNSET:
            obj.factor_result = _parse_factor_result(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
