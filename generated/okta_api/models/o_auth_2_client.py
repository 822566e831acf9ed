from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import o_auth_2_client_links as _o_auth_2_client_links

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_2_client_links import OAuth2ClientLinks


@_attrs_define(kw_only=True)
class OAuth2Client(OktaModel):
    """An Okta `OAuth2Client`.

    Attributes:
        client_id (read-only, never sent): Unique key for the client application. The `client_id` is immutable.
        client_name (read-only, never sent): Human-readable string name of the client application
        client_uri (read-only, never sent): str
        logo_uri (read-only, never sent): URL string that references a logo for the client consent dialog (not the sign-in dialog)
        field_links (`_links`, read-only, never sent): OAuth2ClientLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client_id": "client_id",
        "client_name": "client_name",
        "client_uri": "client_uri",
        "logo_uri": "logo_uri",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_id": "str",
        "client_name": "str",
        "client_uri": "str",
        "logo_uri": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_id": "client_id",
        "client_name": "client_name",
        "client_uri": "client_uri",
        "logo_uri": "logo_uri",
        "field_links": lambda d: (
            _o_auth_2_client_links.OAuth2ClientLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_client_links.OAuth2ClientLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2Client._json_names),
    }

    client_id: str | None | Unset = UNSET
    client_name: str | None | Unset = UNSET
    client_uri: str | None | Unset = UNSET
    logo_uri: str | None | Unset = UNSET
    field_links: OAuth2ClientLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client_id is not UNSET and not omit_read_only:
            d["client_id"] = self.client_id
        if self.client_name is not UNSET and not omit_read_only:
            d["client_name"] = self.client_name
        if self.client_uri is not UNSET and not omit_read_only:
            d["client_uri"] = self.client_uri
        if self.logo_uri is not UNSET and not omit_read_only:
            d["logo_uri"] = self.logo_uri
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
        obj.client_id = d.pop("client_id", UNSET)
        obj.client_name = d.pop("client_name", UNSET)
        obj.client_uri = d.pop("client_uri", UNSET)
        obj.logo_uri = d.pop("logo_uri", UNSET)
        obj.field_links = (
            _o_auth_2_client_links.OAuth2ClientLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_o_auth_2_client_links.OAuth2ClientLinks, v)
        )
        obj.additional_properties = d
        return obj
