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
class IdentityProviderApplicationUser(OktaModel):
    """An Okta `IdentityProviderApplicationUser`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        created: str
        external_id (`externalId`): str
        id (read-only, never sent): str
        last_updated (`lastUpdated`): str
        profile: dict[str, Any]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "created": "created",
        "externalId": "external_id",
        "id": "id",
        "lastUpdated": "last_updated",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "created": "str",
        "external_id": "str",
        "id": "str",
        "last_updated": "str",
        "profile": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "created": "created",
        "external_id": "externalId",
        "id": "id",
        "last_updated": "lastUpdated",
        "profile": "profile",
        "additional_properties": lambda d: _convert.undeclared(d, IdentityProviderApplicationUser._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    created: str | None | Unset = UNSET
    external_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: str | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.created is not UNSET:
            d["created"] = self.created
        if self.external_id is not UNSET:
            d["externalId"] = self.external_id
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET:
            d["lastUpdated"] = self.last_updated
        if self.profile is not UNSET:
            d["profile"] = self.profile
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.created = d.pop("created", UNSET)
        obj.external_id = d.pop("externalId", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = d.pop("lastUpdated", UNSET)
        obj.profile = d.pop("profile", UNSET)
        obj.additional_properties = d
        return obj
