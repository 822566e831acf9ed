from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import knowledge_constraint as _knowledge_constraint
from . import possession_constraint as _possession_constraint

if TYPE_CHECKING:
    from typing import Self

    from .knowledge_constraint import KnowledgeConstraint
    from .possession_constraint import PossessionConstraint


def _parse_knowledge(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _knowledge_constraint.KnowledgeConstraint.from_json(v)
            if lazy
            else _knowledge_constraint.KnowledgeConstraint.from_dict(v)
        )
    return _convert.parse_model(_knowledge_constraint.KnowledgeConstraint, v)


def _parse_possession(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _possession_constraint.PossessionConstraint.from_json(v)
            if lazy
            else _possession_constraint.PossessionConstraint.from_dict(v)
        )
    return _convert.parse_model(_possession_constraint.PossessionConstraint, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "knowledge": ("knowledge", _parse_knowledge),
        "possession": ("possession", _parse_possession),
    }

    knowledge: KnowledgeConstraint | None = _attrs_field(init=False)
    possession: PossessionConstraint | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        knowledge: KnowledgeConstraint | None | Unset = UNSET,
        possession: PossessionConstraint | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if knowledge is not UNSET:
            _set_field(self, "knowledge", knowledge)
        if possession is not UNSET:
            _set_field(self, "possession", possession)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("knowledge", UNSET)) is not UNSET:
            d["knowledge"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("possession", UNSET)) is not UNSET:
            d["possession"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("knowledge", UNSET)) is not UNSET:
            obj.knowledge = _parse_knowledge(v, False)
        if (v := d.pop("possession", UNSET)) is not UNSET:
            obj.possession = _parse_possession(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
