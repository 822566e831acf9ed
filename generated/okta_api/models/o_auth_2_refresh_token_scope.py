from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_2_refresh_token_scope_links as _o_auth_2_refresh_token_scope_links

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_2_refresh_token_scope_links import OAuth2RefreshTokenScopeLinks


@_attrs_define(kw_only=True)
class OAuth2RefreshTokenScope(OktaModel):
    """An Okta `OAuth2RefreshTokenScope`.

    Attributes:
        description: Description of the Scope
        display_name (`displayName`): Name of the end user displayed in a consent dialog
        id (read-only, never sent): Scope object ID
        name: Scope name
        field_links (`_links`): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an application using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "displayName": "display_name",
        "id": "id",
        "name": "name",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "display_name": "str",
        "id": "str",
        "name": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "display_name": "displayName",
        "id": "id",
        "name": "name",
        "field_links": lambda d: (
            _o_auth_2_refresh_token_scope_links.OAuth2RefreshTokenScopeLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_refresh_token_scope_links.OAuth2RefreshTokenScopeLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2RefreshTokenScope._json_names),
    }

    description: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    field_links: OAuth2RefreshTokenScopeLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.display_name is not UNSET:
            d["displayName"] = self.display_name
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.name is not UNSET:
            d["name"] = self.name
        if self.field_links is not UNSET:
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
        obj.display_name = d.pop("displayName", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.field_links = (
            _o_auth_2_refresh_token_scope_links.OAuth2RefreshTokenScopeLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_refresh_token_scope_links.OAuth2RefreshTokenScopeLinks, v)
        )
        obj.additional_properties = d
        return obj
