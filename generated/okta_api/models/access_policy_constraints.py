from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import knowledge_constraint as _knowledge_constraint
from . import possession_constraint as _possession_constraint

if TYPE_CHECKING:
    from typing import Self

    from .knowledge_constraint import KnowledgeConstraint
    from .possession_constraint import PossessionConstraint


@_attrs_define(kw_only=True)
class AccessPolicyConstraints(OktaModel):
    """Specifies constraints for the authenticator. Constraints are logically evaluated such that only one
    constraint object needs to be satisfied. But, within a constraint object, each constraint property
    must be satisfied.

    Attributes:
        knowledge: KnowledgeConstraint
        possession: PossessionConstraint
    """

    _json_names: ClassVar[dict[str, str]] = {
        "knowledge": "knowledge",
        "possession": "possession",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "knowledge": "model",
        "possession": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "knowledge": lambda d: (
            _knowledge_constraint.KnowledgeConstraint.from_json(v)
            if (v := d.get("knowledge", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_knowledge_constraint.KnowledgeConstraint, v)
        ),
        "possession": lambda d: (
            _possession_constraint.PossessionConstraint.from_json(v)
            if (v := d.get("possession", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_possession_constraint.PossessionConstraint, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AccessPolicyConstraints._json_names),
    }

    knowledge: KnowledgeConstraint | None | Unset = UNSET
    possession: PossessionConstraint | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.knowledge is not UNSET:
            d["knowledge"] = _convert.dump_model(self.knowledge, omit_read_only)
        if self.possession is not UNSET:
            d["possession"] = _convert.dump_model(self.possession, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.knowledge = (
            _knowledge_constraint.KnowledgeConstraint.from_dict(v)
            if (v := d.pop("knowledge", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_knowledge_constraint.KnowledgeConstraint, v)
        )
        obj.possession = (
            _possession_constraint.PossessionConstraint.from_dict(v)
            if (v := d.pop("possession", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_possession_constraint.PossessionConstraint, v)
        )
        obj.additional_properties = d
        return obj
