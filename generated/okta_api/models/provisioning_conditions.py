from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import provisioning_deprovisioned_condition as _provisioning_deprovisioned_condition
from . import provisioning_suspended_condition as _provisioning_suspended_condition

if TYPE_CHECKING:
    from typing import Self

    from .provisioning_deprovisioned_condition import ProvisioningDeprovisionedCondition
    from .provisioning_suspended_condition import ProvisioningSuspendedCondition


@_attrs_define(kw_only=True)
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
        "deprovisioned": lambda d: (
            _provisioning_deprovisioned_condition.ProvisioningDeprovisionedCondition.from_json(v)
            if (v := d.get("deprovisioned", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning_deprovisioned_condition.ProvisioningDeprovisionedCondition, v)
        ),
        "suspended": lambda d: (
            _provisioning_suspended_condition.ProvisioningSuspendedCondition.from_json(v)
            if (v := d.get("suspended", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning_suspended_condition.ProvisioningSuspendedCondition, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProvisioningConditions._json_names),
    }

    deprovisioned: ProvisioningDeprovisionedCondition | None | Unset = UNSET
    suspended: ProvisioningSuspendedCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.deprovisioned is not UNSET:
            d["deprovisioned"] = _convert.dump_model(self.deprovisioned, omit_read_only)
        if self.suspended is not UNSET:
            d["suspended"] = _convert.dump_model(self.suspended, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.deprovisioned = (
            _provisioning_deprovisioned_condition.ProvisioningDeprovisionedCondition.from_dict(v)
            if (v := d.pop("deprovisioned", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning_deprovisioned_condition.ProvisioningDeprovisionedCondition, v)
        )
        obj.suspended = (
            _provisioning_suspended_condition.ProvisioningSuspendedCondition.from_dict(v)
            if (v := d.pop("suspended", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_provisioning_suspended_condition.ProvisioningSuspendedCondition, v)
        )
        obj.additional_properties = d
        return obj
