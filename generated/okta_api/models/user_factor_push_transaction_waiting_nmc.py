from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import number_factor_challenge_embedded_links as _number_factor_challenge_embedded_links
from . import user_factor_push_transaction_waiting_nmc_links as _user_factor_push_transaction_waiting_nmc_links
from . import user_factor_push_transaction_waiting_nmc_profile as _user_factor_push_transaction_waiting_nmc_profile
from .user_factor_push_transaction import UserFactorPushTransaction
from .user_factor_push_transaction_factor_result import UserFactorPushTransactionFactorResult

if TYPE_CHECKING:
    from typing import Self

    from .number_factor_challenge_embedded_links import NumberFactorChallengeEmbeddedLinks
    from .user_factor_push_transaction_waiting_nmc_links import UserFactorPushTransactionWaitingNMCLinks
    from .user_factor_push_transaction_waiting_nmc_profile import UserFactorPushTransactionWaitingNMCProfile


@_attrs_define(kw_only=True)
class UserFactorPushTransactionWaitingNMC(UserFactorPushTransaction):
    """An Okta `UserFactorPushTransactionWaitingNMC`.

    Attributes:
        factor_result (`factorResult`): UserFactorPushTransactionFactorResult
        profile: UserFactorPushTransactionWaitingNMCProfile
        field_embedded (`_embedded`): Contains the `challenge` and `correctAnswer` objects for `push` factors that use a number
            matching challenge
        field_links (`_links`, read-only, never sent): UserFactorPushTransactionWaitingNMCLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "factorResult": "factor_result",
        "profile": "profile",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "factor_result": "enum",
        "profile": "model",
        "field_embedded": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "factor_result": lambda d: (
            _convert.parse_enum(UserFactorPushTransactionFactorResult, v)
            if (v := d.get("factorResult", UNSET)).__class__ is str
            else v
        ),
        "profile": lambda d: (
            _user_factor_push_transaction_waiting_nmc_profile.UserFactorPushTransactionWaitingNMCProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _user_factor_push_transaction_waiting_nmc_profile.UserFactorPushTransactionWaitingNMCProfile, v
            )
        ),
        "field_embedded": lambda d: (
            _number_factor_challenge_embedded_links.NumberFactorChallengeEmbeddedLinks.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_number_factor_challenge_embedded_links.NumberFactorChallengeEmbeddedLinks, v)
        ),
        "field_links": lambda d: (
            _user_factor_push_transaction_waiting_nmc_links.UserFactorPushTransactionWaitingNMCLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _user_factor_push_transaction_waiting_nmc_links.UserFactorPushTransactionWaitingNMCLinks, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorPushTransactionWaitingNMC._json_names),
    }

    factor_result: UserFactorPushTransactionFactorResult | None | Unset = UserFactorPushTransactionFactorResult(
        "WAITING (with number matching challenge)"
    )
    profile: UserFactorPushTransactionWaitingNMCProfile | None | Unset = UNSET
    field_embedded: NumberFactorChallengeEmbeddedLinks | None | Unset = UNSET
    field_links: UserFactorPushTransactionWaitingNMCLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.factor_result is not UNSET:
            d["factorResult"] = self.factor_result
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
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
        obj.factor_result = (
            _convert.parse_enum(UserFactorPushTransactionFactorResult, v)
            if (v := d.pop("factorResult", UNSET)).__class__ is str
            else v
        )
        obj.profile = (
            _user_factor_push_transaction_waiting_nmc_profile.UserFactorPushTransactionWaitingNMCProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _user_factor_push_transaction_waiting_nmc_profile.UserFactorPushTransactionWaitingNMCProfile, v
            )
        )
        obj.field_embedded = (
            _number_factor_challenge_embedded_links.NumberFactorChallengeEmbeddedLinks.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_number_factor_challenge_embedded_links.NumberFactorChallengeEmbeddedLinks, v)
        )
        obj.field_links = (
            _user_factor_push_transaction_waiting_nmc_links.UserFactorPushTransactionWaitingNMCLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _user_factor_push_transaction_waiting_nmc_links.UserFactorPushTransactionWaitingNMCLinks, v
            )
        )
        obj.additional_properties = d
        return obj
