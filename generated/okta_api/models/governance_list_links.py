from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import governance_link as _governance_link

if TYPE_CHECKING:
    from typing import Self

    from .governance_link import GovernanceLink


@_attrs_define(kw_only=True)
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
        "self_": lambda d: (
            _governance_link.GovernanceLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        ),
        "next_": lambda d: (
            _governance_link.GovernanceLink.from_json(v)
            if (v := d.get("next", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        ),
        "atspoke": lambda d: (
            _governance_link.GovernanceLink.from_json(v)
            if (v := d.get("atspoke", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        ),
        "match": lambda d: (
            _governance_link.GovernanceLink.from_json(v)
            if (v := d.get("match", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceListLinks._json_names),
    }

    self_: GovernanceLink | None | Unset
    next_: GovernanceLink | None | Unset = UNSET
    atspoke: GovernanceLink | None | Unset = UNSET
    match: GovernanceLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.next_ is not UNSET:
            d["next"] = _convert.dump_model(self.next_, omit_read_only)
        if self.atspoke is not UNSET:
            d["atspoke"] = _convert.dump_model(self.atspoke, omit_read_only)
        if self.match is not UNSET:
            d["match"] = _convert.dump_model(self.match, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.self_ = (
            _governance_link.GovernanceLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        )
        obj.next_ = (
            _governance_link.GovernanceLink.from_dict(v)
            if (v := d.pop("next", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        )
        obj.atspoke = (
            _governance_link.GovernanceLink.from_dict(v)
            if (v := d.pop("atspoke", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        )
        obj.match = (
            _governance_link.GovernanceLink.from_dict(v)
            if (v := d.pop("match", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        )
        obj.additional_properties = d
        return obj
