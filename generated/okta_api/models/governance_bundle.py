from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import governance_bundle_links as _governance_bundle_links

if TYPE_CHECKING:
    from typing import Self

    from .governance_bundle_links import GovernanceBundleLinks


@_attrs_define(kw_only=True)
class GovernanceBundle(OktaModel):
    """An Okta `GovernanceBundle`.

    Attributes:
        description: Description of the governance bundle
        id: Governance bundle ID
        name: Name of the governance bundle
        orn: The governance bundle resource, in [ORN
            format](https://developer.okta.com/docs/api/openapi/okta-management/guides/roles/#okta-resource-name-orn)
        status: Status of the governance bundle
        field_links (`_links`): Link relations available
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "id": "id",
        "name": "name",
        "orn": "orn",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "id": "str",
        "name": "str",
        "orn": "str",
        "status": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "id": "id",
        "name": "name",
        "orn": "orn",
        "status": "status",
        "field_links": lambda d: (
            _governance_bundle_links.GovernanceBundleLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_bundle_links.GovernanceBundleLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceBundle._json_names),
    }

    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    orn: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    field_links: GovernanceBundleLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.orn is not UNSET:
            d["orn"] = self.orn
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.description = d.pop("description", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.orn = d.pop("orn", UNSET)
        obj.status = d.pop("status", UNSET)
        obj.field_links = (
            _governance_bundle_links.GovernanceBundleLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_bundle_links.GovernanceBundleLinks, v)
        )
        obj.additional_properties = d
        return obj
