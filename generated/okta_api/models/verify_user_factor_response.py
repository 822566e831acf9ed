from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .verify_user_factor_response_factor_result import VerifyUserFactorResponseFactorResult

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class VerifyUserFactorResponse(OktaModel):
    """An Okta `VerifyUserFactorResponse`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        expires_at (`expiresAt`, read-only, never sent): datetime.datetime
        factor_result (`factorResult`): VerifyUserFactorResponseFactorResult
        factor_result_message (`factorResultMessage`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "expiresAt": "expires_at",
        "factorResult": "factor_result",
        "factorResultMessage": "factor_result_message",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "expires_at": "datetime",
        "factor_result": "enum",
        "factor_result_message": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "factor_result": lambda d: (
            _convert.parse_enum(VerifyUserFactorResponseFactorResult, v)
            if (v := d.get("factorResult", UNSET)).__class__ is str
            else v
        ),
        "factor_result_message": "factorResultMessage",
        "additional_properties": lambda d: _convert.undeclared(d, VerifyUserFactorResponse._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    factor_result: VerifyUserFactorResponseFactorResult | None | Unset = UNSET
    factor_result_message: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.expires_at is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.factor_result is not UNSET:
            d["factorResult"] = self.factor_result
        if self.factor_result_message is not UNSET:
            d["factorResultMessage"] = self.factor_result_message
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.factor_result = (
            _convert.parse_enum(VerifyUserFactorResponseFactorResult, v)
            if (v := d.pop("factorResult", UNSET)).__class__ is str
            else v
        )
        obj.factor_result_message = d.pop("factorResultMessage", UNSET)
        obj.additional_properties = d
        return obj
