from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import user_factor_push_transaction_timeout_links as _user_factor_push_transaction_timeout_links
from . import user_factor_push_transaction_timeout_profile as _user_factor_push_transaction_timeout_profile
from .user_factor_push_transaction import UserFactorPushTransaction
from .user_factor_push_transaction_factor_result import UserFactorPushTransactionFactorResult

if TYPE_CHECKING:
    from typing import Self

    from .user_factor_push_transaction_timeout_links import UserFactorPushTransactionTimeoutLinks
    from .user_factor_push_transaction_timeout_profile import UserFactorPushTransactionTimeoutProfile


_parse_factor_result = _convert.enum_parser(UserFactorPushTransactionFactorResult)


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_factor_push_transaction_timeout_profile.UserFactorPushTransactionTimeoutProfile.from_json(v)
            if lazy
            else _user_factor_push_transaction_timeout_profile.UserFactorPushTransactionTimeoutProfile.from_dict(v)
        )
    return _convert.parse_model(
        _user_factor_push_transaction_timeout_profile.UserFactorPushTransactionTimeoutProfile, v
    )


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_factor_push_transaction_timeout_links.UserFactorPushTransactionTimeoutLinks.from_json(v)
            if lazy
            else _user_factor_push_transaction_timeout_links.UserFactorPushTransactionTimeoutLinks.from_dict(v)
        )
    return _convert.parse_model(_user_factor_push_transaction_timeout_links.UserFactorPushTransactionTimeoutLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserFactorPushTransactionTimeout(UserFactorPushTransaction):
    """An Okta `UserFactorPushTransactionTimeout`.

    Attributes:
        factor_result (`factorResult`): UserFactorPushTransactionFactorResult
        profile: UserFactorPushTransactionTimeoutProfile
        field_links (`_links`, read-only, never sent): UserFactorPushTransactionTimeoutLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "factorResult": "factor_result",
        "profile": "profile",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "factor_result": "enum",
        "profile": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "factor_result": ("factorResult", _parse_factor_result),
        "profile": ("profile", _parse_profile),
        "field_links": ("_links", _parse_field_links),
    }

    factor_result: UserFactorPushTransactionFactorResult | None = _attrs_field(init=False)
    profile: UserFactorPushTransactionTimeoutProfile | None = _attrs_field(init=False)
    field_links: UserFactorPushTransactionTimeoutLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        factor_result: UserFactorPushTransactionFactorResult | None | Unset = UserFactorPushTransactionFactorResult(
            "TIMEOUT"
        ),
        profile: UserFactorPushTransactionTimeoutProfile | None | Unset = UNSET,
        field_links: UserFactorPushTransactionTimeoutLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if factor_result is not UNSET:
            _set_field(self, "factor_result", factor_result)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("factor_result", UNSET)) is not UNSET:
            d["factorResult"] = v
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("factorResult", UNSET)) is not UNSET:
            obj.factor_result = _parse_factor_result(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
