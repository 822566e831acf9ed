from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .digest_algorithm import DigestAlgorithm
from .password_credential_hash_algorithm import PasswordCredentialHashAlgorithm

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PasswordCredentialHash(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaf6d0>

    Attributes:
        algorithm (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eae890>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaf8d0>
        digest_algorithm (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eae9d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6232910>
        iteration_count (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaead0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaec50>
        key_size (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaecd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaee50>
        salt (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaeed0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaf050>
        salt_order (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaf0d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaf250>
        value (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaf2d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaf450>
        work_factor (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaf4d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5eaf650>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "algorithm": "algorithm",
        "digestAlgorithm": "digest_algorithm",
        "iterationCount": "iteration_count",
        "keySize": "key_size",
        "salt": "salt",
        "saltOrder": "salt_order",
        "value": "value",
        "workFactor": "work_factor",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "algorithm": "enum",
        "digest_algorithm": "enum",
        "iteration_count": "int",
        "key_size": "int",
        "salt": "str",
        "salt_order": "str",
        "value": "str",
        "work_factor": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "algorithm": lambda d: (
            _convert.parse_enum(PasswordCredentialHashAlgorithm, v)
            if (v := d.get("algorithm", UNSET)).__class__ is str
            else v
        ),
        "digest_algorithm": lambda d: (
            _convert.parse_enum(DigestAlgorithm, v) if (v := d.get("digestAlgorithm", UNSET)).__class__ is str else v
        ),
        "iteration_count": "iterationCount",
        "key_size": "keySize",
        "salt": "salt",
        "salt_order": "saltOrder",
        "value": "value",
        "work_factor": "workFactor",
        "additional_properties": lambda d: _convert.undeclared(d, PasswordCredentialHash._json_names),
    }

    algorithm: PasswordCredentialHashAlgorithm | None | Unset = UNSET
    digest_algorithm: DigestAlgorithm | None | Unset = UNSET
    iteration_count: int | None | Unset = UNSET
    key_size: int | None | Unset = UNSET
    salt: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    salt_order: str | None | Unset = UNSET
    value: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    work_factor: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.algorithm is not UNSET:
            d["algorithm"] = self.algorithm
        if self.digest_algorithm is not UNSET:
            d["digestAlgorithm"] = self.digest_algorithm
        if self.iteration_count is not UNSET:
            d["iterationCount"] = self.iteration_count
        if self.key_size is not UNSET:
            d["keySize"] = self.key_size
        if self.salt is not UNSET:
            d["salt"] = self.salt
        if self.salt_order is not UNSET:
            d["saltOrder"] = self.salt_order
        if self.value is not UNSET:
            d["value"] = self.value
        if self.work_factor is not UNSET:
            d["workFactor"] = self.work_factor
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.algorithm = (
            _convert.parse_enum(PasswordCredentialHashAlgorithm, v)
            if (v := d.pop("algorithm", UNSET)).__class__ is str
            else v
        )
        obj.digest_algorithm = (
            _convert.parse_enum(DigestAlgorithm, v) if (v := d.pop("digestAlgorithm", UNSET)).__class__ is str else v
        )
        obj.iteration_count = d.pop("iterationCount", UNSET)
        obj.key_size = d.pop("keySize", UNSET)
        obj.salt = d.pop("salt", UNSET)
        obj.salt_order = d.pop("saltOrder", UNSET)
        obj.value = d.pop("value", UNSET)
        obj.work_factor = d.pop("workFactor", UNSET)
        obj.additional_properties = d
        return obj
