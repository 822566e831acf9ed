from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .governance_target_principal_type import GovernanceTargetPrincipalType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class GovernanceTargetPrincipal(OktaModel):
    """The user a request is for.

    Attributes:
        type_ (`type`): Kind of principal a request is for.
        external_id (`externalId`): Okta user id.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "externalId": "external_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "external_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(GovernanceTargetPrincipalType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "external_id": "externalId",
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceTargetPrincipal._json_names),
    }

    type_: GovernanceTargetPrincipalType | None | Unset
    external_id: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.external_id is not UNSET:
            d["externalId"] = self.external_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.type_ = (
            _convert.parse_enum(GovernanceTargetPrincipalType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.external_id = d.pop("externalId", UNSET)
        obj.additional_properties = d
        return obj
