from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_factor_links as _user_factor_links
from . import user_factor_verify_response_waiting_embedded as _user_factor_verify_response_waiting_embedded
from .user_factor_verify_result_waiting import UserFactorVerifyResultWaiting

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_factor_links import UserFactorLinks
    from .user_factor_verify_response_waiting_embedded import UserFactorVerifyResponseWaitingEmbedded


_parse_factor_result = _convert.enum_parser(UserFactorVerifyResultWaiting)


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_factor_verify_response_waiting_embedded.UserFactorVerifyResponseWaitingEmbedded.from_json(v)
            if lazy
            else _user_factor_verify_response_waiting_embedded.UserFactorVerifyResponseWaitingEmbedded.from_dict(v)
        )
    return _convert.parse_model(
        _user_factor_verify_response_waiting_embedded.UserFactorVerifyResponseWaitingEmbedded, v
    )


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_factor_links.UserFactorLinks.from_json(v) if lazy else _user_factor_links.UserFactorLinks.from_dict(v)
        )
    return _convert.parse_model(_user_factor_links.UserFactorLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "factor_message": ("factorMessage", None),
        "factor_result": ("factorResult", _parse_factor_result),
        "profile": ("profile", None),
        "field_embedded": ("_embedded", _parse_field_embedded),
        "field_links": ("_links", _parse_field_links),
    }

    expires_at: datetime.datetime | None = _attrs_field(init=False)
    factor_message: str | None = _attrs_field(init=False)
    factor_result: UserFactorVerifyResultWaiting | None = _attrs_field(init=False)
    profile: dict[str, Any] | None = _attrs_field(init=False)
    field_embedded: UserFactorVerifyResponseWaitingEmbedded | None = _attrs_field(init=False)
    field_links: UserFactorLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        expires_at: datetime.datetime | None | Unset = UNSET,
        factor_message: str | None | Unset = UNSET,
        factor_result: UserFactorVerifyResultWaiting | None | Unset = UNSET,
        profile: dict[str, Any] | None | Unset = UNSET,
        field_embedded: UserFactorVerifyResponseWaitingEmbedded | None | Unset = UNSET,
        field_links: UserFactorLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if factor_message is not UNSET:
            _set_field(self, "factor_message", factor_message)
        if factor_result is not UNSET:
            _set_field(self, "factor_result", factor_result)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("expires_at", UNSET)) is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("factor_message", UNSET)) is not UNSET and not omit_read_only:
            d["factorMessage"] = v
        if (v := values.get("factor_result", UNSET)) is not UNSET and not omit_read_only:
            d["factorResult"] = v
        if (v := values.get("profile", UNSET)) is not UNSET and not omit_read_only:
            d["profile"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET:
            d["_embedded"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("factorMessage", UNSET)) is not UNSET:
            obj.factor_message = v
        if (v := d.pop("factorResult", UNSET)) is not UNSET:
            obj.factor_result = _parse_factor_result(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = v
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
