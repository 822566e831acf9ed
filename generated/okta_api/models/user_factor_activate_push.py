from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .user_factor_activate_push_result import UserFactorActivatePushResult

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
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
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "factor_result": lambda d: (
            _convert.parse_enum(UserFactorActivatePushResult, v)
            if (v := d.get("factorResult", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorActivatePush._json_names),
    }

    expires_at: datetime.datetime | None | Unset = UNSET
    factor_result: UserFactorActivatePushResult | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.expires_at is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.factor_result is not UNSET and not omit_read_only:
            d["factorResult"] = self.factor_result
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.factor_result = (
            _convert.parse_enum(UserFactorActivatePushResult, v)
            if (v := d.pop("factorResult", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
