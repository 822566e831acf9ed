from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import well_known_org_metadata_links as _well_known_org_metadata_links
from .pipeline_type import PipelineType

if TYPE_CHECKING:
    from typing import Self

    from .well_known_org_metadata_links import WellKnownOrgMetadataLinks


@_attrs_define(kw_only=True)
class WellKnownOrgMetadata(OktaModel):
    """An Okta `WellKnownOrgMetadata`.

    Attributes:
        id: Org unique identifier
        pipeline: The Okta authentication pipeline of the org
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for this object using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "pipeline": "pipeline",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "pipeline": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "pipeline": lambda d: (
            _convert.parse_enum(PipelineType, v) if (v := d.get("pipeline", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _well_known_org_metadata_links.WellKnownOrgMetadataLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_well_known_org_metadata_links.WellKnownOrgMetadataLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, WellKnownOrgMetadata._json_names),
    }

    id: str | None | Unset = UNSET
    pipeline: PipelineType | None | Unset = UNSET
    field_links: WellKnownOrgMetadataLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.pipeline is not UNSET:
            d["pipeline"] = self.pipeline
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
        obj.id = d.pop("id", UNSET)
        obj.pipeline = _convert.parse_enum(PipelineType, v) if (v := d.pop("pipeline", UNSET)).__class__ is str else v
        obj.field_links = (
            _well_known_org_metadata_links.WellKnownOrgMetadataLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_well_known_org_metadata_links.WellKnownOrgMetadataLinks, v)
        )
        obj.additional_properties = d
        return obj
