from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self
from . import profile_mapping_source as _profile_mapping_source
from . import profile_mapping_target as _profile_mapping_target

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf
    from .profile_mapping_source import ProfileMappingSource
    from .profile_mapping_target import ProfileMappingTarget


def _parse_source(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _profile_mapping_source.ProfileMappingSource.from_json(v)
            if lazy
            else _profile_mapping_source.ProfileMappingSource.from_dict(v)
        )
    return _convert.parse_model(_profile_mapping_source.ProfileMappingSource, v)


def _parse_target(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _profile_mapping_target.ProfileMappingTarget.from_json(v)
            if lazy
            else _profile_mapping_target.ProfileMappingTarget.from_dict(v)
        )
    return _convert.parse_model(_profile_mapping_target.ProfileMappingTarget, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ListProfileMappings(OktaModel):
    """A collection of the profile mappings that include a subset of the profile mapping object's
    properties. The profile mapping object describes a mapping between an Okta user's and an app user's
    properties using [JSON Schema Draft
    4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04).

    > **Note:** Same type source/target mappings aren't supported by this API. Profile mappings must
    either be Okta->App or App->Okta.

    Attributes:
        id (read-only, never sent): Unique identifier for profile mapping
        source: The parameter is the source of a profile mapping and is a valid [JSON Schema Draft
            4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04) document with the
            following properties. The data type can be an app instance or an Okta object.

            > **Note:** If the source is Okta and the UserTypes feature isn't enabled, then the source
            `_links` only has a link to the schema.
        target: The parameter is the target of a profile mapping and is a valid [JSON Schema Draft
            4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04) document with the
            following properties. The data type can be an app instance or an Okta object.

             > **Note:** If the target is Okta and the UserTypes feature isn't enabled, then the
            target `_links` only has a link to the schema.
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "source": "source",
        "target": "target",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "source": "model",
        "target": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": ("id", None),
        "source": ("source", _parse_source),
        "target": ("target", _parse_target),
        "field_links": ("_links", _parse_field_links),
    }

    id: str | None = _attrs_field(init=False)
    source: ProfileMappingSource | None = _attrs_field(init=False)
    target: ProfileMappingTarget | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        source: ProfileMappingSource | None | Unset = UNSET,
        target: ProfileMappingTarget | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if source is not UNSET:
            _set_field(self, "source", source)
        if target is not UNSET:
            _set_field(self, "target", target)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("source", UNSET)) is not UNSET:
            d["source"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("target", UNSET)) is not UNSET:
            d["target"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("source", UNSET)) is not UNSET:
            obj.source = _parse_source(v, False)
        if (v := d.pop("target", UNSET)) is not UNSET:
            obj.target = _parse_target(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
