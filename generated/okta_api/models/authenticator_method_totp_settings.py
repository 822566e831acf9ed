from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .otp_totp_algorithm import OtpTotpAlgorithm
from .otp_totp_encoding import OtpTotpEncoding

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "time_interval_in_seconds": "timeIntervalInSeconds",
        "encoding": lambda d: (
            _convert.parse_enum(OtpTotpEncoding, v) if (v := d.get("encoding", UNSET)).__class__ is str else v
        ),
        "algorithm": lambda d: (
            _convert.parse_enum(OtpTotpAlgorithm, v) if (v := d.get("algorithm", UNSET)).__class__ is str else v
        ),
        "pass_code_length": "passCodeLength",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorMethodTotpSettings._json_names),
    }

    time_interval_in_seconds: int | None | Unset = UNSET
    encoding: OtpTotpEncoding | None | Unset = UNSET
    algorithm: OtpTotpAlgorithm | None | Unset = UNSET
    pass_code_length: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.time_interval_in_seconds is not UNSET:
            d["timeIntervalInSeconds"] = self.time_interval_in_seconds
        if self.encoding is not UNSET:
            d["encoding"] = self.encoding
        if self.algorithm is not UNSET:
            d["algorithm"] = self.algorithm
        if self.pass_code_length is not UNSET:
            d["passCodeLength"] = self.pass_code_length
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.time_interval_in_seconds = d.pop("timeIntervalInSeconds", UNSET)
        obj.encoding = (
            _convert.parse_enum(OtpTotpEncoding, v) if (v := d.pop("encoding", UNSET)).__class__ is str else v
        )
        obj.algorithm = (
            _convert.parse_enum(OtpTotpAlgorithm, v) if (v := d.pop("algorithm", UNSET)).__class__ is str else v
        )
        obj.pass_code_length = d.pop("passCodeLength", UNSET)
        obj.additional_properties = d
        return obj
