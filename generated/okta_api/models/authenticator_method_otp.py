from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import links_self_and_lifecycle as _links_self_and_lifecycle
from .authenticator_method_property import AuthenticatorMethodProperty
from .authenticator_method_type import AuthenticatorMethodType
from .authenticator_method_with_verifiable_properties import AuthenticatorMethodWithVerifiableProperties
from .lifecycle_status import LifecycleStatus
from .otp_protocol import OtpProtocol
from .otp_totp_algorithm import OtpTotpAlgorithm
from .otp_totp_encoding import OtpTotpEncoding

if TYPE_CHECKING:
    from typing import Self

    from .links_self_and_lifecycle import LinksSelfAndLifecycle


@_attrs_define(kw_only=True)
class AuthenticatorMethodOtp(AuthenticatorMethodWithVerifiableProperties):
    """An Okta `AuthenticatorMethodOtp`.

    Attributes:
        status: LifecycleStatus
        type_ (`type`): The type of authenticator method
        field_links (`_links`): LinksSelfAndLifecycle
        verifiable_properties (`verifiableProperties`): list[AuthenticatorMethodProperty]
        acceptable_adjacent_intervals (`acceptableAdjacentIntervals`): The number of acceptable adjacent intervals, also known as the clock drift interval. This
            setting allows you to build in tolerance for any time difference between the token and the
            server. For example, with a `timeIntervalInSeconds` of 60 seconds and an
            `acceptableAdjacentIntervals` value of 5, Okta accepts passcodes within 300 seconds (60 *
            5) before or after the end user enters their code.
        algorithm: HMAC algorithm
        encoding: The shared secret encoding
        factor_profile_id (`factorProfileId`): The `id` value of the factor profile
        pass_code_length (`passCodeLength`): Number of digits in an OTP value
        protocol: The protocol used
        time_interval_in_seconds (`timeIntervalInSeconds`): Time interval for TOTP in seconds
    """

    _json_names: ClassVar[dict[str, str]] = {
        "status": "status",
        "type": "type_",
        "_links": "field_links",
        "verifiableProperties": "verifiable_properties",
        "acceptableAdjacentIntervals": "acceptable_adjacent_intervals",
        "algorithm": "algorithm",
        "encoding": "encoding",
        "factorProfileId": "factor_profile_id",
        "passCodeLength": "pass_code_length",
        "protocol": "protocol",
        "timeIntervalInSeconds": "time_interval_in_seconds",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "status": "enum",
        "type_": "enum",
        "field_links": "model",
        "verifiable_properties": "list:enum",
        "acceptable_adjacent_intervals": "int",
        "algorithm": "enum",
        "encoding": "enum",
        "factor_profile_id": "str",
        "pass_code_length": "int",
        "protocol": "enum",
        "time_interval_in_seconds": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "status": lambda d: (
            _convert.parse_enum(LifecycleStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: (
            _convert.parse_enum(AuthenticatorMethodType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        ),
        "verifiable_properties": lambda d: _convert.parse_enum_list(
            AuthenticatorMethodProperty, d.get("verifiableProperties", UNSET)
        ),
        "acceptable_adjacent_intervals": "acceptableAdjacentIntervals",
        "algorithm": lambda d: (
            _convert.parse_enum(OtpTotpAlgorithm, v) if (v := d.get("algorithm", UNSET)).__class__ is str else v
        ),
        "encoding": lambda d: (
            _convert.parse_enum(OtpTotpEncoding, v) if (v := d.get("encoding", UNSET)).__class__ is str else v
        ),
        "factor_profile_id": "factorProfileId",
        "pass_code_length": "passCodeLength",
        "protocol": lambda d: (
            _convert.parse_enum(OtpProtocol, v) if (v := d.get("protocol", UNSET)).__class__ is str else v
        ),
        "time_interval_in_seconds": "timeIntervalInSeconds",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorMethodOtp._json_names),
    }

    status: LifecycleStatus | None | Unset = UNSET
    type_: AuthenticatorMethodType | None | Unset = AuthenticatorMethodType("otp")
    field_links: LinksSelfAndLifecycle | None | Unset = UNSET
    verifiable_properties: list[AuthenticatorMethodProperty] | None | Unset = UNSET
    acceptable_adjacent_intervals: int | None | Unset = UNSET
    algorithm: OtpTotpAlgorithm | None | Unset = UNSET
    encoding: OtpTotpEncoding | None | Unset = UNSET
    factor_profile_id: str | None | Unset = UNSET
    pass_code_length: int | None | Unset = UNSET
    protocol: OtpProtocol | None | Unset = UNSET
    time_interval_in_seconds: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.verifiable_properties is not UNSET:
            d["verifiableProperties"] = self.verifiable_properties
        if self.acceptable_adjacent_intervals is not UNSET:
            d["acceptableAdjacentIntervals"] = self.acceptable_adjacent_intervals
        if self.algorithm is not UNSET:
            d["algorithm"] = self.algorithm
        if self.encoding is not UNSET:
            d["encoding"] = self.encoding
        if self.factor_profile_id is not UNSET:
            d["factorProfileId"] = self.factor_profile_id
        if self.pass_code_length is not UNSET:
            d["passCodeLength"] = self.pass_code_length
        if self.protocol is not UNSET:
            d["protocol"] = self.protocol
        if self.time_interval_in_seconds is not UNSET:
            d["timeIntervalInSeconds"] = self.time_interval_in_seconds
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.status = _convert.parse_enum(LifecycleStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.type_ = (
            _convert.parse_enum(AuthenticatorMethodType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.field_links = (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)
        )
        obj.verifiable_properties = _convert.parse_enum_list(
            AuthenticatorMethodProperty, d.pop("verifiableProperties", UNSET)
        )
        obj.acceptable_adjacent_intervals = d.pop("acceptableAdjacentIntervals", UNSET)
        obj.algorithm = (
            _convert.parse_enum(OtpTotpAlgorithm, v) if (v := d.pop("algorithm", UNSET)).__class__ is str else v
        )
        obj.encoding = (
            _convert.parse_enum(OtpTotpEncoding, v) if (v := d.pop("encoding", UNSET)).__class__ is str else v
        )
        obj.factor_profile_id = d.pop("factorProfileId", UNSET)
        obj.pass_code_length = d.pop("passCodeLength", UNSET)
        obj.protocol = _convert.parse_enum(OtpProtocol, v) if (v := d.pop("protocol", UNSET)).__class__ is str else v
        obj.time_interval_in_seconds = d.pop("timeIntervalInSeconds", UNSET)
        obj.additional_properties = d
        return obj
