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


def _parse_parent(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


def _parse_logo(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _governance_link.GovernanceLink.from_json if lazy else _governance_link.GovernanceLink.from_dict, v
    )


def _parse_create_request(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


def _parse_submitted_request(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


def _parse_pending_request(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


def _parse_related_entity(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _governance_link.GovernanceLink.from_json(v) if lazy else _governance_link.GovernanceLink.from_dict(v)
    return _convert.parse_model(_governance_link.GovernanceLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "self_": ("self", _parse_self_),
        "parent": ("parent", _parse_parent),
        "logo": ("logo", _parse_logo),
        "create_request": ("createRequest", _parse_create_request),
        "submitted_request": ("submittedRequest", _parse_submitted_request),
        "pending_request": ("pendingRequest", _parse_pending_request),
        "related_entity": ("relatedEntity", _parse_related_entity),
    }

    self_: GovernanceLink | None = _attrs_field(init=False)
    parent: GovernanceLink | None = _attrs_field(init=False)
    logo: list[GovernanceLink] | None = _attrs_field(init=False)
    create_request: GovernanceLink | None = _attrs_field(init=False)
    submitted_request: GovernanceLink | None = _attrs_field(init=False)
    pending_request: GovernanceLink | None = _attrs_field(init=False)
    related_entity: GovernanceLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: GovernanceLink | None | Unset,
        parent: GovernanceLink | None | Unset = UNSET,
        logo: list[GovernanceLink] | None | Unset = UNSET,
        create_request: GovernanceLink | None | Unset = UNSET,
        submitted_request: GovernanceLink | None | Unset = UNSET,
        pending_request: GovernanceLink | None | Unset = UNSET,
        related_entity: GovernanceLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if parent is not UNSET:
            _set_field(self, "parent", parent)
        if logo is not UNSET:
            _set_field(self, "logo", logo)
        if create_request is not UNSET:
            _set_field(self, "create_request", create_request)
        if submitted_request is not UNSET:
            _set_field(self, "submitted_request", submitted_request)
        if pending_request is not UNSET:
            _set_field(self, "pending_request", pending_request)
        if related_entity is not UNSET:
            _set_field(self, "related_entity", related_entity)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("parent", UNSET)) is not UNSET:
            d["parent"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("logo", UNSET)) is not UNSET:
            d["logo"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("create_request", UNSET)) is not UNSET:
            d["createRequest"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("submitted_request", UNSET)) is not UNSET:
            d["submittedRequest"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("pending_request", UNSET)) is not UNSET:
            d["pendingRequest"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("related_entity", UNSET)) is not UNSET:
            d["relatedEntity"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("parent", UNSET)) is not UNSET:
            obj.parent = _parse_parent(v, False)
        if (v := d.pop("logo", UNSET)) is not UNSET:
            obj.logo = _parse_logo(v, False)
        if (v := d.pop("createRequest", UNSET)) is not UNSET:
            obj.create_request = _parse_create_request(v, False)
        if (v := d.pop("submittedRequest", UNSET)) is not UNSET:
            obj.submitted_request = _parse_submitted_request(v, False)
        if (v := d.pop("pendingRequest", UNSET)) is not UNSET:
            obj.pending_request = _parse_pending_request(v, False)
        if (v := d.pop("relatedEntity", UNSET)) is not UNSET:
            obj.related_entity = _parse_related_entity(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
