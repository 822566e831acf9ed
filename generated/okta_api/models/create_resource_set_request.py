from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CreateResourceSetRequest(OktaModel):
    """An Okta `CreateResourceSetRequest`.

    Attributes:
        description: Description of the resource set
        label: Unique name for the resource set
        resources: The endpoint (URL) that references all resource objects included in the resource set.
            Resources are identified by either an Okta Resource Name (ORN) or by a REST URL format.
            See [Okta Resource
            Name](https://developer.okta.com/docs/api/openapi/okta-management/guides/roles/#okta-resource-name-orn).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "label": "label",
        "resources": "resources",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "label": "str",
        "resources": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": ("description", None),
        "label": ("label", None),
        "resources": ("resources", None),
    }

    description: str | None = _attrs_field(init=False)
    label: str | None = _attrs_field(init=False)
    resources: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        description: str | None | Unset,
        label: str | None | Unset,
        resources: list[str] | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if description is not UNSET:
            _set_field(self, "description", description)
        if label is not UNSET:
            _set_field(self, "label", label)
        if resources is not UNSET:
            _set_field(self, "resources", resources)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("label", UNSET)) is not UNSET:
            d["label"] = v
        if (v := values.get("resources", UNSET)) is not UNSET:
            d["resources"] = v
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
        if (v := d.pop("label", UNSET)) is not UNSET:
            obj.label = v
        if (v := d.pop("resources", UNSET)) is not UNSET:
            obj.resources = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
