from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import standard_role_embedded_targets as _standard_role_embedded_targets

if TYPE_CHECKING:
    from typing import Self

    from .standard_role_embedded_targets import StandardRoleEmbeddedTargets


@_attrs_define(kw_only=True)
class StandardRoleEmbedded(OktaModel):
    """Optional embedded resources for the role assignment

    Attributes:
        targets: Targets configured for the role assignment
    """

    _json_names: ClassVar[dict[str, str]] = {
        "targets": "targets",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "targets": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "targets": lambda d: (
            _standard_role_embedded_targets.StandardRoleEmbeddedTargets.from_json(v)
            if (v := d.get("targets", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_standard_role_embedded_targets.StandardRoleEmbeddedTargets, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, StandardRoleEmbedded._json_names),
    }

    targets: StandardRoleEmbeddedTargets | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.targets is not UNSET:
            d["targets"] = _convert.dump_model(self.targets, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.targets = (
            _standard_role_embedded_targets.StandardRoleEmbeddedTargets.from_dict(v)
            if (v := d.pop("targets", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_standard_role_embedded_targets.StandardRoleEmbeddedTargets, v)
        )
        obj.additional_properties = d
        return obj
