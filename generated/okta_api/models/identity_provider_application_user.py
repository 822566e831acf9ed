from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import identity_provider_application_user_links as _identity_provider_application_user_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .identity_provider_application_user_links import IdentityProviderApplicationUserLinks


@_attrs_define(kw_only=True)
class IdentityProviderApplicationUser(OktaModel):
    """An Okta `IdentityProviderApplicationUser`.

    Attributes:
        created (read-only, never sent): Timestamp when the object was created
        external_id (`externalId`, read-only, never sent): Unique IdP-specific identifier for the user
        id (read-only, never sent): Unique key of the user
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        profile: IdP-specific profile for the user.

            IdP user profiles are IdP-specific but may be customized by the Profile Editor in the
            Admin Console.

            > **Note:** Okta variable names have reserved characters that may conflict with the name
            of an IdP assertion attribute. You can use the **External name** to define the attribute
            name as defined in an IdP assertion such as a SAML attribute name.
        field_embedded (`_embedded`, read-only, never sent): Embedded resources related to the IdP user
        field_links (`_links`, read-only, never sent): IdentityProviderApplicationUserLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "externalId": "external_id",
        "id": "id",
        "lastUpdated": "last_updated",
        "profile": "profile",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "external_id": "str",
        "id": "str",
        "last_updated": "datetime",
        "profile": "dict",
        "field_embedded": "dict",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "external_id": "externalId",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "profile": "profile",
        "field_embedded": "_embedded",
        "field_links": lambda d: (
            _identity_provider_application_user_links.IdentityProviderApplicationUserLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_application_user_links.IdentityProviderApplicationUserLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdentityProviderApplicationUser._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    external_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    profile: dict[str, Any] | None | Unset = UNSET
    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: IdentityProviderApplicationUserLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.external_id is not UNSET and not omit_read_only:
            d["externalId"] = self.external_id
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.profile is not UNSET:
            d["profile"] = self.profile
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.external_id = d.pop("externalId", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.profile = d.pop("profile", UNSET)
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = (
            _identity_provider_application_user_links.IdentityProviderApplicationUserLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_provider_application_user_links.IdentityProviderApplicationUserLinks, v)
        )
        obj.additional_properties = d
        return obj
