from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_client_secret_links as _o_auth_client_secret_links

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_client_secret_links import OAuthClientSecretLinks


@_attrs_define(kw_only=True)
class OAuth2ClientJsonWebKeyResponseBase(OktaModel):
    """An Okta `OAuth2ClientJsonWebKeyResponseBase`.

    Attributes:
        created (read-only, never sent): Timestamp when the OAuth 2.0 client JSON Web Key was created
        id (read-only, never sent): The unique ID of the OAuth client JSON Web Key
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the OAuth 2.0 client JSON Web Key was updated
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an app using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "str",
        "id": "str",
        "last_updated": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": "created",
        "id": "id",
        "last_updated": "lastUpdated",
        "field_links": lambda d: (
            _o_auth_client_secret_links.OAuthClientSecretLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_client_secret_links.OAuthClientSecretLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2ClientJsonWebKeyResponseBase._json_names),
    }

    created: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    field_links: OAuthClientSecretLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = self.created
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = self.last_updated
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
        obj.created = d.pop("created", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.field_links = (
            _o_auth_client_secret_links.OAuthClientSecretLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_client_secret_links.OAuthClientSecretLinks, v)
        )
        obj.additional_properties = d
        return obj
