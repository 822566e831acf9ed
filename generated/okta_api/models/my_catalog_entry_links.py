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
class MyCatalogEntryLinks(OktaModel):
    """Links of a catalog entry. `createRequest` is given only when the entry is requestable, `parent` only
    when it has one, `submittedRequest` or `pendingRequest` when the signed-in user has a request for
    it, and `relatedEntity` for the requested resource.

    Attributes:
        self_ (`self`): A link to a related resource.
        parent: A link to a related resource.
        logo: Logo images of the entry.
        create_request (`createRequest`): A link to a related resource.
        submitted_request (`submittedRequest`): A link to a related resource.
        pending_request (`pendingRequest`): A link to a related resource.
        related_entity (`relatedEntity`): A link to a related resource.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "parent": "parent",
        "logo": "logo",
        "createRequest": "create_request",
        "submittedRequest": "submitted_request",
        "pendingRequest": "pending_request",
        "relatedEntity": "related_entity",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "parent": "model",
        "logo": "list:model",
        "create_request": "model",
        "submitted_request": "model",
        "pending_request": "model",
        "related_entity": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _governance_link.GovernanceLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        ),
        "parent": lambda d: (
            _governance_link.GovernanceLink.from_json(v)
            if (v := d.get("parent", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        ),
        "logo": lambda d: _convert.parse_model_list(_governance_link.GovernanceLink.from_json, d.get("logo", UNSET)),
        "create_request": lambda d: (
            _governance_link.GovernanceLink.from_json(v)
            if (v := d.get("createRequest", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        ),
        "submitted_request": lambda d: (
            _governance_link.GovernanceLink.from_json(v)
            if (v := d.get("submittedRequest", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        ),
        "pending_request": lambda d: (
            _governance_link.GovernanceLink.from_json(v)
            if (v := d.get("pendingRequest", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        ),
        "related_entity": lambda d: (
            _governance_link.GovernanceLink.from_json(v)
            if (v := d.get("relatedEntity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MyCatalogEntryLinks._json_names),
    }

    self_: GovernanceLink | None | Unset
    parent: GovernanceLink | None | Unset = UNSET
    logo: list[GovernanceLink] | None | Unset = UNSET
    create_request: GovernanceLink | None | Unset = UNSET
    submitted_request: GovernanceLink | None | Unset = UNSET
    pending_request: GovernanceLink | None | Unset = UNSET
    related_entity: GovernanceLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.parent is not UNSET:
            d["parent"] = _convert.dump_model(self.parent, omit_read_only)
        if self.logo is not UNSET:
            d["logo"] = _convert.dump_model_list(self.logo, omit_read_only)
        if self.create_request is not UNSET:
            d["createRequest"] = _convert.dump_model(self.create_request, omit_read_only)
        if self.submitted_request is not UNSET:
            d["submittedRequest"] = _convert.dump_model(self.submitted_request, omit_read_only)
        if self.pending_request is not UNSET:
            d["pendingRequest"] = _convert.dump_model(self.pending_request, omit_read_only)
        if self.related_entity is not UNSET:
            d["relatedEntity"] = _convert.dump_model(self.related_entity, omit_read_only)
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
        obj.parent = (
            _governance_link.GovernanceLink.from_dict(v)
            if (v := d.pop("parent", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        )
        obj.logo = _convert.parse_model_list(_governance_link.GovernanceLink.from_dict, d.pop("logo", UNSET))
        obj.create_request = (
            _governance_link.GovernanceLink.from_dict(v)
            if (v := d.pop("createRequest", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        )
        obj.submitted_request = (
            _governance_link.GovernanceLink.from_dict(v)
            if (v := d.pop("submittedRequest", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        )
        obj.pending_request = (
            _governance_link.GovernanceLink.from_dict(v)
            if (v := d.pop("pendingRequest", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        )
        obj.related_entity = (
            _governance_link.GovernanceLink.from_dict(v)
            if (v := d.pop("relatedEntity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_link.GovernanceLink, v)
        )
        obj.additional_properties = d
        return obj
