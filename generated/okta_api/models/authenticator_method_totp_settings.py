from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .otp_totp_algorithm import OtpTotpAlgorithm
from .otp_totp_encoding import OtpTotpEncoding

if TYPE_CHECKING:
    from typing import Self


_parse_encoding = _convert.enum_parser(OtpTotpEncoding)

_parse_algorithm = _convert.enum_parser(OtpTotpAlgorithm)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorMethodTotpSettings(OktaModel):
    """An Okta `AuthenticatorMethodTotpSettings`.

    Attributes:
        time_interval_in_seconds (`timeIntervalInSeconds`): Time interval for TOTP in seconds
        encoding: The shared secret encoding
        algorithm: HMAC algorithm
        pass_code_length (`passCodeLength`): Number of digits in an OTP value
    """

    _json_names: ClassVar[dict[str, str]] = {
        "timeIntervalInSeconds": "time_interval_in_seconds",
        "encoding": "encoding",
        "algorithm": "algorithm",
        "passCodeLength": "pass_code_length",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "time_interval_in_seconds": "int",
        "encoding": "enum",
        "algorithm": "enum",
        "pass_code_length": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "time_interval_in_seconds": ("timeIntervalInSeconds", None),
        "encoding": ("encoding", _parse_encoding),
        "algorithm": ("algorithm", _parse_algorithm),
        "pass_code_length": ("passCodeLength", None),
    }

    time_interval_in_seconds: int | None = _attrs_field(init=False)
    encoding: OtpTotpEncoding | None = _attrs_field(init=False)
    algorithm: OtpTotpAlgorithm | None = _attrs_field(init=False)
    pass_code_length: int | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        time_interval_in_seconds: int | None | Unset = UNSET,
        encoding: OtpTotpEncoding | None | Unset = UNSET,
        algorithm: OtpTotpAlgorithm | None | Unset = UNSET,
        pass_code_length: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if time_interval_in_seconds is not UNSET:
            _set_field(self, "time_interval_in_seconds", time_interval_in_seconds)
        if encoding is not UNSET:
            _set_field(self, "encoding", encoding)
        if algorithm is not UNSET:
            _set_field(self, "algorithm", algorithm)
        if pass_code_length is not UNSET:
            _set_field(self, "pass_code_length", pass_code_length)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("time_interval_in_seconds", UNSET)) is not UNSET:
            d["timeIntervalInSeconds"] = v
        if (v := values.get("encoding", UNSET)) is not UNSET:
            d["encoding"] = v
        if (v := values.get("algorithm", UNSET)) is not UNSET:
            d["algorithm"] = v
        if (v := values.get("pass_code_length", UNSET)) is not UNSET:
            d["passCodeLength"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("timeIntervalInSeconds", UNSET)) is not UNSET:
            obj.time_interval_in_seconds = v
        if (v := d.pop("encoding", UNSET)) is not UNSET:
            obj.encoding = _parse_encoding(v, False)
        if (v := d.pop("algorithm", UNSET)) is not UNSET:
            obj.algorithm = _parse_algorithm(v, False)
        if (v := d.pop("passCodeLength", UNSET)) is not UNSET:
            obj.pass_code_length = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
