from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OAuth2Client(OktaModel):
    """An Okta `OAuth2Client`.

    Attributes:
        field_links (`_links`, read-only, never sent): dict[str, Any]
        client_id (read-only, never sent): str
        client_name (read-only, never sent): str
        client_uri (read-only, never sent): str
        logo_uri (read-only, never sent): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_links": "field_links",
        "client_id": "client_id",
        "client_name": "client_name",
        "client_uri": "client_uri",
        "logo_uri": "logo_uri",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_links": "dict",
        "client_id": "str",
        "client_name": "str",
        "client_uri": "str",
        "logo_uri": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_links": "_links",
        "client_id": "client_id",
        "client_name": "client_name",
        "client_uri": "client_uri",
        "logo_uri": "logo_uri",
        "additional_properties": lambda d: _convert.undeclared(d, OAuth2Client._json_names),
    }

    field_links: dict[str, Any] | None | Unset = UNSET
    client_id: str | None | Unset = UNSET
    client_name: str | None | Unset = UNSET
    client_uri: str | None | Unset = UNSET
    logo_uri: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.client_id is not UNSET and not omit_read_only:
            d["client_id"] = self.client_id
        if self.client_name is not UNSET and not omit_read_only:
            d["client_name"] = self.client_name
        if self.client_uri is not UNSET and not omit_read_only:
            d["client_uri"] = self.client_uri
        if self.logo_uri is not UNSET and not omit_read_only:
            d["logo_uri"] = self.logo_uri
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_links = d.pop("_links", UNSET)
        obj.client_id = d.pop("client_id", UNSET)
        obj.client_name = d.pop("client_name", UNSET)
        obj.client_uri = d.pop("client_uri", UNSET)
        obj.logo_uri = d.pop("logo_uri", UNSET)
        obj.additional_properties = d
        return obj
