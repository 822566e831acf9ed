from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self
from .o_auth_2_scope_consent_type import OAuth2ScopeConsentType
from .o_auth_2_scope_metadata_publish import OAuth2ScopeMetadataPublish

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


_parse_consent = _convert.enum_parser(OAuth2ScopeConsentType)

_parse_metadata_publish = _convert.enum_parser(OAuth2ScopeMetadataPublish)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuth2Scope(OktaModel):
    """An Okta `OAuth2Scope`.

    Attributes:
        name: Scope name
        consent: Indicates whether a consent dialog is needed for the Scope
        default: Indicates if this Scope is a default scope
        description: Description of the Scope
        display_name (`displayName`): Name of the end user displayed in a consent dialog
        id (read-only, never sent): Scope object ID
        metadata_publish (`metadataPublish`): Indicates whether the Scope is included in the metadata
        optional: Indicates whether the Scope is optional. When set to `true`, the user can skip consent for
            the scope.
        system: Indicates if Okta created the Scope
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "consent": "consent",
        "default": "default",
        "description": "description",
        "displayName": "display_name",
        "id": "id",
        "metadataPublish": "metadata_publish",
        "optional": "optional",
        "system": "system",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "consent": "enum",
        "default": "bool",
        "description": "str",
        "display_name": "str",
        "id": "str",
        "metadata_publish": "enum",
        "optional": "bool",
        "system": "bool",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": ("name", None),
        "consent": ("consent", _parse_consent),
        "default": ("default", None),
        "description": ("description", None),
        "display_name": ("displayName", None),
        "id": ("id", None),
        "metadata_publish": ("metadataPublish", _parse_metadata_publish),
        "optional": ("optional", None),
        "system": ("system", None),
        "field_links": ("_links", _parse_field_links),
    }

    name: str | None = _attrs_field(init=False)
    consent: OAuth2ScopeConsentType | None = _attrs_field(init=False)
    default: bool | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    display_name: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    metadata_publish: OAuth2ScopeMetadataPublish | None = _attrs_field(init=False)
    optional: bool | None = _attrs_field(init=False)
    system: bool | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        consent: OAuth2ScopeConsentType | None | Unset = UNSET,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        metadata_publish: OAuth2ScopeMetadataPublish | None | Unset = UNSET,
        optional: bool | None | Unset = UNSET,
        system: bool | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if consent is not UNSET:
            _set_field(self, "consent", consent)
        if default is not UNSET:
            _set_field(self, "default", default)
        if description is not UNSET:
            _set_field(self, "description", description)
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if id is not UNSET:
            _set_field(self, "id", id)
        if metadata_publish is not UNSET:
            _set_field(self, "metadata_publish", metadata_publish)
        if optional is not UNSET:
            _set_field(self, "optional", optional)
        if system is not UNSET:
            _set_field(self, "system", system)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("consent", UNSET)) is not UNSET:
            d["consent"] = v
        if (v := values.get("default", UNSET)) is not UNSET:
            d["default"] = v
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("display_name", UNSET)) is not UNSET:
            d["displayName"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("metadata_publish", UNSET)) is not UNSET:
            d["metadataPublish"] = v
        if (v := values.get("optional", UNSET)) is not UNSET:
            d["optional"] = v
        if (v := values.get("system", UNSET)) is not UNSET:
            d["system"] = v
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
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("consent", UNSET)) is not UNSET:
            obj.consent = _parse_consent(v, False)
        if (v := d.pop("default", UNSET)) is not UNSET:
            obj.default = v
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("metadataPublish", UNSET)) is not UNSET:
            obj.metadata_publish = _parse_metadata_publish(v, False)
        if (v := d.pop("optional", UNSET)) is not UNSET:
            obj.optional = v
        if (v := d.pop("system", UNSET)) is not UNSET:
            obj.system = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
