from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import governance_link as _governance_link

if TYPE_CHECKING:
    from typing import Self

    from .governance_link import GovernanceLink


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


def _parse_catalog_entry(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


def _parse_approval_sequence(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


def _parse_approval_condition(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class MyAccessRequestLinks(OktaModel):
    """Links of a request. `approvalSequence` and `approvalCondition` appear once the request has been
    matched to a request condition.

    Attributes:
        self_ (`self`): A link to a related resource.
        catalog_entry (`catalogEntry`): A link to a related resource.
        approval_sequence (`approvalSequence`): A link to a related resource.
        approval_condition (`approvalCondition`): A link to a related resource.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "catalogEntry": "catalog_entry",
        "approvalSequence": "approval_sequence",
        "approvalCondition": "approval_condition",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "catalog_entry": "model",
        "approval_sequence": "model",
        "approval_condition": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "catalog_entry": ("catalogEntry", _parse_catalog_entry),
        "approval_sequence": ("approvalSequence", _parse_approval_sequence),
        "approval_condition": ("approvalCondition", _parse_approval_condition),
    }

    self_: GovernanceLink | None = _attrs_field(init=False)
    catalog_entry: GovernanceLink | None = _attrs_field(init=False)
    approval_sequence: GovernanceLink | None = _attrs_field(init=False)
    approval_condition: GovernanceLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: GovernanceLink | None | Unset,
        catalog_entry: GovernanceLink | None | Unset = UNSET,
        approval_sequence: GovernanceLink | None | Unset = UNSET,
        approval_condition: GovernanceLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if catalog_entry is not UNSET:
            _set_field(self, "catalog_entry", catalog_entry)
        if approval_sequence is not UNSET:
            _set_field(self, "approval_sequence", approval_sequence)
        if approval_condition is not UNSET:
            _set_field(self, "approval_condition", approval_condition)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("catalog_entry", UNSET)) is not UNSET:
            d["catalogEntry"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("approval_sequence", UNSET)) is not UNSET:
            d["approvalSequence"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("approval_condition", UNSET)) is not UNSET:
            d["approvalCondition"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("catalogEntry", UNSET)) is not UNSET:
            obj.catalog_entry = _parse_catalog_entry(v, False)
        if (v := d.pop("approvalSequence", UNSET)) is not UNSET:
            obj.approval_sequence = _parse_approval_sequence(v, False)
        if (v := d.pop("approvalCondition", UNSET)) is not UNSET:
            obj.approval_condition = _parse_approval_condition(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
