from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import feature_links as _feature_links
from . import feature_stage as _feature_stage
from .enabled_status import EnabledStatus
from .feature_type import FeatureType

if TYPE_CHECKING:
    from typing import Self

    from .feature_links import FeatureLinks
    from .feature_stage import FeatureStage


@_attrs_define(kw_only=True)
class Feature(OktaModel):
    """Specifies feature release cycle information

    Attributes:
        description: Brief description of the feature and what it provides
        id (read-only, never sent): Unique identifier for this feature
        name: Name of the feature
        stage: Current release cycle stage of a feature

            If a feature's stage value is `EA`, the state is `null` and not returned. If the value is
            `BETA`, the state is `OPEN` or `CLOSED` depending on whether the `BETA` feature is
            manageable.

            > **Note:** If a feature's stage is `OPEN BETA`, you can update it only in Preview cells.
            If a feature's stage is `CLOSED BETA`, you can disable it only in Preview cells.
        status: Setting status
        type_ (`type`): Type of feature
        field_links (`_links`, read-only, never sent): FeatureLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "id": "id",
        "name": "name",
        "stage": "stage",
        "status": "status",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "id": "str",
        "name": "str",
        "stage": "model",
        "status": "enum",
        "type_": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "id": "id",
        "name": "name",
        "stage": lambda d: (
            _feature_stage.FeatureStage.from_json(v)
            if (v := d.get("stage", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_feature_stage.FeatureStage, v)
        ),
        "status": lambda d: (
            _convert.parse_enum(EnabledStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "type_": lambda d: _convert.parse_enum(FeatureType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "field_links": lambda d: (
            _feature_links.FeatureLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_feature_links.FeatureLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Feature._json_names),
    }

    description: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    stage: FeatureStage | None | Unset = UNSET
    status: EnabledStatus | None | Unset = UNSET
    type_: FeatureType | None | Unset = UNSET
    field_links: FeatureLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.stage is not UNSET:
            d["stage"] = _convert.dump_model(self.stage, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_links is not UNSET and not omit_read_only:
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
        obj.stage = (
            _feature_stage.FeatureStage.from_dict(v)
            if (v := d.pop("stage", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_feature_stage.FeatureStage, v)
        )
        obj.status = _convert.parse_enum(EnabledStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.type_ = _convert.parse_enum(FeatureType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.field_links = (
            _feature_links.FeatureLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_feature_links.FeatureLinks, v)
        )
        obj.additional_properties = d
        return obj
