from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_factor_links as _user_factor_links
from . import user_factor_verify_response_waiting_embedded as _user_factor_verify_response_waiting_embedded
from .user_factor_verify_result_waiting import UserFactorVerifyResultWaiting

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_factor_links import UserFactorLinks
    from .user_factor_verify_response_waiting_embedded import UserFactorVerifyResponseWaitingEmbedded


@_attrs_define(kw_only=True)
class UserFactorVerifyResponseWaiting(OktaModel):
    """An Okta `UserFactorVerifyResponseWaiting`.

    Attributes:
        expires_at (`expiresAt`, read-only, never sent): Timestamp when the verification expires
        factor_message (`factorMessage`, read-only, never sent): Optional display message for factor verification
        factor_result (`factorResult`, read-only, never sent): Result of a factor verification
        profile (read-only, never sent): dict[str, Any]
        field_embedded (`_embedded`): UserFactorVerifyResponseWaitingEmbedded
        field_links (`_links`, read-only, never sent): UserFactorLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expiresAt": "expires_at",
        "factorMessage": "factor_message",
        "factorResult": "factor_result",
        "profile": "profile",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expires_at": "datetime",
        "factor_message": "str",
        "factor_result": "enum",
        "profile": "dict",
        "field_embedded": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "factor_message": "factorMessage",
        "factor_result": lambda d: (
            _convert.parse_enum(UserFactorVerifyResultWaiting, v)
            if (v := d.get("factorResult", UNSET)).__class__ is str
            else v
        ),
        "profile": "profile",
        "field_embedded": lambda d: (
            _user_factor_verify_response_waiting_embedded.UserFactorVerifyResponseWaitingEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _user_factor_verify_response_waiting_embedded.UserFactorVerifyResponseWaitingEmbedded, v
            )
        ),
        "field_links": lambda d: (
            _user_factor_links.UserFactorLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_factor_links.UserFactorLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorVerifyResponseWaiting._json_names),
    }

    expires_at: datetime.datetime | None | Unset = UNSET
    factor_message: str | None | Unset = UNSET
    factor_result: UserFactorVerifyResultWaiting | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET
    field_embedded: UserFactorVerifyResponseWaitingEmbedded | None | Unset = UNSET
    field_links: UserFactorLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.expires_at is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.factor_message is not UNSET and not omit_read_only:
            d["factorMessage"] = self.factor_message
        if self.factor_result is not UNSET and not omit_read_only:
            d["factorResult"] = self.factor_result
        if self.profile is not UNSET and not omit_read_only:
            d["profile"] = self.profile
        if self.field_embedded is not UNSET:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
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
        obj.factor_message = d.pop("factorMessage", UNSET)
        obj.factor_result = (
            _convert.parse_enum(UserFactorVerifyResultWaiting, v)
            if (v := d.pop("factorResult", UNSET)).__class__ is str
            else v
        )
        obj.profile = d.pop("profile", UNSET)
        obj.field_embedded = (
            _user_factor_verify_response_waiting_embedded.UserFactorVerifyResponseWaitingEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _user_factor_verify_response_waiting_embedded.UserFactorVerifyResponseWaitingEmbedded, v
            )
        )
        obj.field_links = (
            _user_factor_links.UserFactorLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_factor_links.UserFactorLinks, v)
        )
        obj.additional_properties = d
        return obj
