from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self
from .o_auth_2_scope_consent_type import OAuth2ScopeConsentType
from .o_auth_2_scope_metadata_publish import OAuth2ScopeMetadataPublish

if TYPE_CHECKING:
    from typing import Self

    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
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
        "name": "name",
        "consent": lambda d: (
            _convert.parse_enum(OAuth2ScopeConsentType, v) if (v := d.get("consent", UNSET)).__class__ is str else v
        ),
        "default": "default",
        "description": "description",
        "display_name": "displayName",
        "id": "id",
        "metadata_publish": lambda d: (
            _convert.parse_enum(OAuth2ScopeMetadataPublish, v)
            if (v := d.get("metadataPublish", UNSET)).__class__ is str
            else v
        ),
        "optional": "optional",
        "system": "system",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2Scope._json_names),
    }

    name: str | None | Unset
    consent: OAuth2ScopeConsentType | None | Unset = UNSET
    default: bool | None | Unset = UNSET
    description: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    metadata_publish: OAuth2ScopeMetadataPublish | None | Unset = UNSET
    optional: bool | None | Unset = UNSET
    system: bool | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
        if self.consent is not UNSET:
            d["consent"] = self.consent
        if self.default is not UNSET:
            d["default"] = self.default
        if self.description is not UNSET:
            d["description"] = self.description
        if self.display_name is not UNSET:
            d["displayName"] = self.display_name
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.metadata_publish is not UNSET:
            d["metadataPublish"] = self.metadata_publish
        if self.optional is not UNSET:
            d["optional"] = self.optional
        if self.system is not UNSET:
            d["system"] = self.system
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
        obj.name = d.pop("name", UNSET)
        obj.consent = (
            _convert.parse_enum(OAuth2ScopeConsentType, v) if (v := d.pop("consent", UNSET)).__class__ is str else v
        )
        obj.default = d.pop("default", UNSET)
        obj.description = d.pop("description", UNSET)
        obj.display_name = d.pop("displayName", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.metadata_publish = (
            _convert.parse_enum(OAuth2ScopeMetadataPublish, v)
            if (v := d.pop("metadataPublish", UNSET)).__class__ is str
            else v
        )
        obj.optional = d.pop("optional", UNSET)
        obj.system = d.pop("system", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
