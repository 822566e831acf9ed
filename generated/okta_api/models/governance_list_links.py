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


def _parse_next_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


def _parse_atspoke(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


def _parse_match(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class GovernanceListLinks(OktaModel):
    """Links of a page of catalog entries. `atspoke` is given for top-level entries when request types are
    supported, `match` when matching is.

    Attributes:
        self_ (`self`): A link to a related resource.
        next_ (`next`): A link to a related resource.
        atspoke: A link to a related resource.
        match: A link to a related resource.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "next": "next_",
        "atspoke": "atspoke",
        "match": "match",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "next_": "model",
        "atspoke": "model",
        "match": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "next_": ("next", _parse_next_),
        "atspoke": ("atspoke", _parse_atspoke),
        "match": ("match", _parse_match),
    }

    self_: GovernanceLink | None = _attrs_field(init=False)
    next_: GovernanceLink | None = _attrs_field(init=False)
    atspoke: GovernanceLink | None = _attrs_field(init=False)
    match: GovernanceLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: GovernanceLink | None | Unset,
        next_: GovernanceLink | None | Unset = UNSET,
        atspoke: GovernanceLink | None | Unset = UNSET,
        match: GovernanceLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if next_ is not UNSET:
            _set_field(self, "next_", next_)
        if atspoke is not UNSET:
            _set_field(self, "atspoke", atspoke)
        if match is not UNSET:
            _set_field(self, "match", match)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("next_", UNSET)) is not UNSET:
            d["next"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("atspoke", UNSET)) is not UNSET:
            d["atspoke"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("match", UNSET)) is not UNSET:
            d["match"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("next", UNSET)) is not UNSET:
            obj.next_ = _parse_next_(v, False)
        if (v := d.pop("atspoke", UNSET)) is not UNSET:
            obj.atspoke = _parse_atspoke(v, False)
        if (v := d.pop("match", UNSET)) is not UNSET:
            obj.match = _parse_match(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
