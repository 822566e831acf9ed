from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .access_policy_constraint import AccessPolicyConstraint

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class KnowledgeConstraint(AccessPolicyConstraint):
    """An Okta `KnowledgeConstraint`.

    Attributes:
        methods: list[str]
        reauthenticate_in (`reauthenticateIn`): str
        types: list[str]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "methods": "methods",
        "reauthenticateIn": "reauthenticate_in",
        "types": "types",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "methods": "list:str",
        "reauthenticate_in": "str",
        "types": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "methods": "methods",
        "reauthenticate_in": "reauthenticateIn",
        "types": "types",
        "additional_properties": lambda d: _convert.undeclared(d, KnowledgeConstraint._json_names),
    }

    methods: list[str] | None | Unset = UNSET
    reauthenticate_in: str | None | Unset = UNSET
    types: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.methods is not UNSET:
            d["methods"] = self.methods
        if self.reauthenticate_in is not UNSET:
            d["reauthenticateIn"] = self.reauthenticate_in
        if self.types is not UNSET:
            d["types"] = self.types
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.methods = d.pop("methods", UNSET)
        obj.reauthenticate_in = d.pop("reauthenticateIn", UNSET)
        obj.types = d.pop("types", UNSET)
        obj.additional_properties = d
        return obj
