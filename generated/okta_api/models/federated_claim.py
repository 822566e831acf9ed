from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "created": "created",
        "expression": "expression",
        "id": "id",
        "last_updated": "lastUpdated",
        "name": "name",
        "additional_properties": lambda d: _convert.undeclared(d, FederatedClaim._json_names),
    }

    created: str | None | Unset = UNSET
    expression: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = self.created
        if self.expression is not UNSET:
            d["expression"] = self.expression
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = self.last_updated
        if self.name is not UNSET:
            d["name"] = self.name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.created = d.pop("created", UNSET)
        obj.expression = d.pop("expression", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.additional_properties = d
        return obj
