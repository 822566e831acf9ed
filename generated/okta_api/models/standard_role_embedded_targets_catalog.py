from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import catalog_application as _catalog_application

if TYPE_CHECKING:
    from typing import Self

    from .catalog_application import CatalogApplication


@_attrs_define(kw_only=True)
class StandardRoleEmbeddedTargetsCatalog(OktaModel):
    """App targets

    Attributes:
        apps: list[CatalogApplication]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "apps": "apps",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "apps": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "apps": lambda d: _convert.parse_model_list(
            _catalog_application.CatalogApplication.from_json, d.get("apps", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, StandardRoleEmbeddedTargetsCatalog._json_names),
    }

    apps: list[CatalogApplication] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.apps is not UNSET:
            d["apps"] = _convert.dump_model_list(self.apps, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.apps = _convert.parse_model_list(_catalog_application.CatalogApplication.from_dict, d.pop("apps", UNSET))
        obj.additional_properties = d
        return obj
