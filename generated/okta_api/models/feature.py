from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import feature_links as _feature_links
from . import feature_stage as _feature_stage
from .enabled_status import EnabledStatus
from .feature_type import FeatureType

if TYPE_CHECKING:
    from typing import Self

    from .feature_links import FeatureLinks
    from .feature_stage import FeatureStage


def _parse_stage(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _feature_stage.FeatureStage.from_json(v) if lazy else _feature_stage.FeatureStage.from_dict(v)
    return _convert.parse_model(_feature_stage.FeatureStage, v)


_parse_status = _convert.enum_parser(EnabledStatus)

_parse_type_ = _convert.enum_parser(FeatureType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _feature_links.FeatureLinks.from_json(v) if lazy else _feature_links.FeatureLinks.from_dict(v)
    return _convert.parse_model(_feature_links.FeatureLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "description": ("description", None),
        "id": ("id", None),
        "name": ("name", None),
        "stage": ("stage", _parse_stage),
        "status": ("status", _parse_status),
        "type_": ("type", _parse_type_),
        "field_links": ("_links", _parse_field_links),
    }

    description: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    stage: FeatureStage | None = _attrs_field(init=False)
    status: EnabledStatus | None = _attrs_field(init=False)
    type_: FeatureType | None = _attrs_field(init=False)
    field_links: FeatureLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        stage: FeatureStage | None | Unset = UNSET,
        status: EnabledStatus | None | Unset = UNSET,
        type_: FeatureType | None | Unset = UNSET,
        field_links: FeatureLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if description is not UNSET:
            _set_field(self, "description", description)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if stage is not UNSET:
            _set_field(self, "stage", stage)
        if status is not UNSET:
            _set_field(self, "status", status)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
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
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("stage", UNSET)) is not UNSET:
            d["stage"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("stage", UNSET)) is not UNSET:
            obj.stage = _parse_stage(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
