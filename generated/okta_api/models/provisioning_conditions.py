from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import provisioning_deprovisioned_condition as _provisioning_deprovisioned_condition
from . import provisioning_suspended_condition as _provisioning_suspended_condition

if TYPE_CHECKING:
    from typing import Self

    from .provisioning_deprovisioned_condition import ProvisioningDeprovisionedCondition
    from .provisioning_suspended_condition import ProvisioningSuspendedCondition


def _parse_deprovisioned(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _provisioning_deprovisioned_condition.ProvisioningDeprovisionedCondition.from_json(v)
            if lazy
            else _provisioning_deprovisioned_condition.ProvisioningDeprovisionedCondition.from_dict(v)
        )
    return _convert.parse_model(_provisioning_deprovisioned_condition.ProvisioningDeprovisionedCondition, v)


def _parse_suspended(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _provisioning_suspended_condition.ProvisioningSuspendedCondition.from_json(v)
            if lazy
            else _provisioning_suspended_condition.ProvisioningSuspendedCondition.from_dict(v)
        )
    return _convert.parse_model(_provisioning_suspended_condition.ProvisioningSuspendedCondition, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ProvisioningConditions(OktaModel):
    """Conditional behaviors for an IdP user during authentication

    Attributes:
        deprovisioned: Behavior for a previously deprovisioned IdP user during authentication
        suspended: Behavior for a previously suspended IdP user during authentication
    """

    _json_names: ClassVar[dict[str, str]] = {
        "deprovisioned": "deprovisioned",
        "suspended": "suspended",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "deprovisioned": "model",
        "suspended": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "deprovisioned": ("deprovisioned", _parse_deprovisioned),
        "suspended": ("suspended", _parse_suspended),
    }

    deprovisioned: ProvisioningDeprovisionedCondition | None = _attrs_field(init=False)
    suspended: ProvisioningSuspendedCondition | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        deprovisioned: ProvisioningDeprovisionedCondition | None | Unset = UNSET,
        suspended: ProvisioningSuspendedCondition | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if deprovisioned is not UNSET:
            _set_field(self, "deprovisioned", deprovisioned)
        if suspended is not UNSET:
            _set_field(self, "suspended", suspended)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("deprovisioned", UNSET)) is not UNSET:
            d["deprovisioned"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("suspended", UNSET)) is not UNSET:
            d["suspended"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("deprovisioned", UNSET)) is not UNSET:
            obj.deprovisioned = _parse_deprovisioned(v, False)
        if (v := d.pop("suspended", UNSET)) is not UNSET:
            obj.suspended = _parse_suspended(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
