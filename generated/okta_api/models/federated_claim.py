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
class FederatedClaim(OktaModel):
    """An Okta `FederatedClaim`.

    Attributes:
        created (read-only, never sent): Timestamp when the federated claim was created
        expression: The Okta Expression Language expression to be evaluated at runtime
        id (read-only, never sent): The unique ID of the federated claim
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the federated claim was updated
        name: The name of the claim to be used in the produced token
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "expression": "expression",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "str",
        "expression": "str",
        "id": "str",
        "last_updated": "str",
        "name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", None),
        "expression": ("expression", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", None),
        "name": ("name", None),
    }

    created: str | None = _attrs_field(init=False)
    expression: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: str | None | Unset = UNSET,
        expression: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if expression is not UNSET:
            _set_field(self, "expression", expression)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = v
        if (v := values.get("expression", UNSET)) is not UNSET:
            d["expression"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = v
        if (v := d.pop("expression", UNSET)) is not UNSET:
            obj.expression = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
