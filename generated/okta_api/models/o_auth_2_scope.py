from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .o_auth_2_scope_consent import OAuth2ScopeConsent
from .o_auth_2_scope_metadata_publish import OAuth2ScopeMetadataPublish

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OAuth2Scope(OktaModel):
    """An Okta `OAuth2Scope`.

    Attributes:
        consent: OAuth2ScopeConsent
        default: bool
        description: str
        display_name (`displayName`): str
        id (read-only, never sent): str
        metadata_publish (`metadataPublish`): OAuth2ScopeMetadataPublish
        name: str
        system: bool
    """

    _json_names: ClassVar[dict[str, str]] = {
        "consent": "consent",
        "default": "default",
        "description": "description",
        "displayName": "display_name",
        "id": "id",
        "metadataPublish": "metadata_publish",
        "name": "name",
        "system": "system",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "consent": "enum",
        "default": "bool",
        "description": "str",
        "display_name": "str",
        "id": "str",
        "metadata_publish": "enum",
        "name": "str",
        "system": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "consent": lambda d: (
            _convert.parse_enum(OAuth2ScopeConsent, v) if (v := d.get("consent", UNSET)).__class__ is str else v
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
        "name": "name",
        "system": "system",
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2Scope._json_names),
    }

    consent: OAuth2ScopeConsent | None | Unset = UNSET
    default: bool | None | Unset = UNSET
    description: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    metadata_publish: OAuth2ScopeMetadataPublish | None | Unset = UNSET
    name: str | None | Unset = UNSET
    system: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
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
        if self.name is not UNSET:
            d["name"] = self.name
        if self.system is not UNSET:
            d["system"] = self.system
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.consent = (
            _convert.parse_enum(OAuth2ScopeConsent, v) if (v := d.pop("consent", UNSET)).__class__ is str else v
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
        obj.name = d.pop("name", UNSET)
        obj.system = d.pop("system", UNSET)
        obj.additional_properties = d
        return obj
