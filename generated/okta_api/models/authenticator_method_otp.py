from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
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


_parse_status = _convert.enum_parser(LifecycleStatus)

_parse_type_ = _convert.enum_parser(AuthenticatorMethodType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _links_self_and_lifecycle.LinksSelfAndLifecycle.from_json(v)
            if lazy
            else _links_self_and_lifecycle.LinksSelfAndLifecycle.from_dict(v)
        )
    return _convert.parse_model(_links_self_and_lifecycle.LinksSelfAndLifecycle, v)


def _parse_verifiable_properties(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(AuthenticatorMethodProperty, v)


_parse_algorithm = _convert.enum_parser(OtpTotpAlgorithm)

_parse_encoding = _convert.enum_parser(OtpTotpEncoding)

_parse_protocol = _convert.enum_parser(OtpProtocol)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "status": ("status", _parse_status),
        "type_": ("type", _parse_type_),
        "field_links": ("_links", _parse_field_links),
        "verifiable_properties": ("verifiableProperties", _parse_verifiable_properties),
        "acceptable_adjacent_intervals": ("acceptableAdjacentIntervals", None),
        "algorithm": ("algorithm", _parse_algorithm),
        "encoding": ("encoding", _parse_encoding),
        "factor_profile_id": ("factorProfileId", None),
        "pass_code_length": ("passCodeLength", None),
        "protocol": ("protocol", _parse_protocol),
        "time_interval_in_seconds": ("timeIntervalInSeconds", None),
    }

    status: LifecycleStatus | None = _attrs_field(init=False)
    type_: AuthenticatorMethodType | None = _attrs_field(init=False)
    field_links: LinksSelfAndLifecycle | None = _attrs_field(init=False)
    verifiable_properties: list[AuthenticatorMethodProperty] | None = _attrs_field(init=False)
    acceptable_adjacent_intervals: int | None = _attrs_field(init=False)
    algorithm: OtpTotpAlgorithm | None = _attrs_field(init=False)
    encoding: OtpTotpEncoding | None = _attrs_field(init=False)
    factor_profile_id: str | None = _attrs_field(init=False)
    pass_code_length: int | None = _attrs_field(init=False)
    protocol: OtpProtocol | None = _attrs_field(init=False)
    time_interval_in_seconds: int | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        status: LifecycleStatus | None | Unset = UNSET,
        type_: AuthenticatorMethodType | None | Unset = AuthenticatorMethodType("otp"),
        field_links: LinksSelfAndLifecycle | None | Unset = UNSET,
        verifiable_properties: list[AuthenticatorMethodProperty] | None | Unset = UNSET,
        acceptable_adjacent_intervals: int | None | Unset = UNSET,
        algorithm: OtpTotpAlgorithm | None | Unset = UNSET,
        encoding: OtpTotpEncoding | None | Unset = UNSET,
        factor_profile_id: str | None | Unset = UNSET,
        pass_code_length: int | None | Unset = UNSET,
        protocol: OtpProtocol | None | Unset = UNSET,
        time_interval_in_seconds: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if status is not UNSET:
            _set_field(self, "status", status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if verifiable_properties is not UNSET:
            _set_field(self, "verifiable_properties", verifiable_properties)
        if acceptable_adjacent_intervals is not UNSET:
            _set_field(self, "acceptable_adjacent_intervals", acceptable_adjacent_intervals)
        if algorithm is not UNSET:
            _set_field(self, "algorithm", algorithm)
        if encoding is not UNSET:
            _set_field(self, "encoding", encoding)
        if factor_profile_id is not UNSET:
            _set_field(self, "factor_profile_id", factor_profile_id)
        if pass_code_length is not UNSET:
            _set_field(self, "pass_code_length", pass_code_length)
        if protocol is not UNSET:
            _set_field(self, "protocol", protocol)
        if time_interval_in_seconds is not UNSET:
            _set_field(self, "time_interval_in_seconds", time_interval_in_seconds)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("verifiable_properties", UNSET)) is not UNSET:
            d["verifiableProperties"] = v
        if (v := values.get("acceptable_adjacent_intervals", UNSET)) is not UNSET:
            d["acceptableAdjacentIntervals"] = v
        if (v := values.get("algorithm", UNSET)) is not UNSET:
            d["algorithm"] = v
        if (v := values.get("encoding", UNSET)) is not UNSET:
            d["encoding"] = v
        if (v := values.get("factor_profile_id", UNSET)) is not UNSET:
            d["factorProfileId"] = v
        if (v := values.get("pass_code_length", UNSET)) is not UNSET:
            d["passCodeLength"] = v
        if (v := values.get("protocol", UNSET)) is not UNSET:
            d["protocol"] = v
        if (v := values.get("time_interval_in_seconds", UNSET)) is not UNSET:
            d["timeIntervalInSeconds"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("verifiableProperties", UNSET)) is not UNSET:
            obj.verifiable_properties = _parse_verifiable_properties(v, False)
        if (v := d.pop("acceptableAdjacentIntervals", UNSET)) is not UNSET:
            obj.acceptable_adjacent_intervals = v
        if (v := d.pop("algorithm", UNSET)) is not UNSET:
            obj.algorithm = _parse_algorithm(v, False)
        if (v := d.pop("encoding", UNSET)) is not UNSET:
            obj.encoding = _parse_encoding(v, False)
        if (v := d.pop("factorProfileId", UNSET)) is not UNSET:
            obj.factor_profile_id = v
        if (v := d.pop("passCodeLength", UNSET)) is not UNSET:
            obj.pass_code_length = v
        if (v := d.pop("protocol", UNSET)) is not UNSET:
            obj.protocol = _parse_protocol(v, False)
        if (v := d.pop("timeIntervalInSeconds", UNSET)) is not UNSET:
            obj.time_interval_in_seconds = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
