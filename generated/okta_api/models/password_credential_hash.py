from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .password_credential_hash_algorithm import PasswordCredentialHashAlgorithm

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PasswordCredentialHash(OktaModel):
    """An Okta `PasswordCredentialHash`.

    Attributes:
        algorithm: PasswordCredentialHashAlgorithm
        salt: str
        salt_order (`saltOrder`): str
        value: str
        work_factor (`workFactor`): int
    """

    _json_names: ClassVar[dict[str, str]] = {
        "algorithm": "algorithm",
        "salt": "salt",
        "saltOrder": "salt_order",
        "value": "value",
        "workFactor": "work_factor",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "algorithm": "enum",
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
        "salt": "salt",
        "salt_order": "saltOrder",
        "value": "value",
        "work_factor": "workFactor",
        "additional_properties": lambda d: _convert.undeclared(d, PasswordCredentialHash._json_names),
    }

    algorithm: PasswordCredentialHashAlgorithm | None | Unset = UNSET
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
        obj.salt = d.pop("salt", UNSET)
        obj.salt_order = d.pop("saltOrder", UNSET)
        obj.value = d.pop("value", UNSET)
        obj.work_factor = d.pop("workFactor", UNSET)
        obj.additional_properties = d
        return obj
