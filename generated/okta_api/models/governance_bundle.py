from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import governance_bundle_links as _governance_bundle_links

if TYPE_CHECKING:
    from typing import Self

    from .governance_bundle_links import GovernanceBundleLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _governance_bundle_links.GovernanceBundleLinks.from_json(v)
            if lazy
            else _governance_bundle_links.GovernanceBundleLinks.from_dict(v)
        )
    return _convert.parse_model(_governance_bundle_links.GovernanceBundleLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "description": ("description", None),
        "id": ("id", None),
        "name": ("name", None),
        "orn": ("orn", None),
        "status": ("status", None),
        "field_links": ("_links", _parse_field_links),
    }

    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    orn: str | None = _attrs_field(init=False)
    status: str | None = _attrs_field(init=False)
    field_links: GovernanceBundleLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        orn: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        field_links: GovernanceBundleLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if orn is not UNSET:
            _set_field(self, "orn", orn)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("orn", UNSET)) is not UNSET:
            d["orn"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("orn", UNSET)) is not UNSET:
            obj.orn = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
