from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import password_policy_recovery_email_properties as _password_policy_recovery_email_properties
from .lifecycle_status import LifecycleStatus

if TYPE_CHECKING:
    from typing import Self

    from .password_policy_recovery_email_properties import PasswordPolicyRecoveryEmailProperties


def _parse_properties(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_policy_recovery_email_properties.PasswordPolicyRecoveryEmailProperties.from_json(v)
            if lazy
            else _password_policy_recovery_email_properties.PasswordPolicyRecoveryEmailProperties.from_dict(v)
        )
    return _convert.parse_model(_password_policy_recovery_email_properties.PasswordPolicyRecoveryEmailProperties, v)


_parse_status = _convert.enum_parser(LifecycleStatus)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class PasswordPolicyRecoveryEmail(OktaModel):
    """An Okta `PasswordPolicyRecoveryEmail`.

    Attributes:
        properties: PasswordPolicyRecoveryEmailProperties
        status: LifecycleStatus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "properties": "properties",
        "status": "status",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "properties": "model",
        "status": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "properties": ("properties", _parse_properties),
        "status": ("status", _parse_status),
    }

    properties: PasswordPolicyRecoveryEmailProperties | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        properties: PasswordPolicyRecoveryEmailProperties | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if properties is not UNSET:
            _set_field(self, "properties", properties)
        if status is not UNSET:
            _set_field(self, "status", status)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("properties", UNSET)) is not UNSET:
            d["properties"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("properties", UNSET)) is not UNSET:
            obj.properties = _parse_properties(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
