from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import org_creation_admin as _org_creation_admin
from .child_org_edition import ChildOrgEdition
from .child_org_status import ChildOrgStatus
from .child_org_token_type import ChildOrgTokenType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .org_creation_admin import OrgCreationAdmin


@_attrs_define(kw_only=True)
class ChildOrg(OktaModel):
    """An Okta `ChildOrg`.

    Attributes:
        admin: Profile and credential information for the first super admin user of the child org.
            If you plan to configure and manage the org programmatically, create a system user with a
            dedicated email address and a strong password.
            > **Note:** If you don't provide `credentials`, the super admin user is prompted to set up
            their credentials when they sign in to the org for the first time.
        edition: Edition for the org. `SKU` is the only supported value.
        name: Unique name of the org.
            This name appears in the HTML `<title>` tag of the new org sign-in page.
            Only less than 4-width UTF-8 encoded characters are allowed.
        subdomain: Subdomain of the org. Must be unique and include no spaces.
        created (read-only, never sent): Timestamp when the org was created
        id (read-only, never sent): Org ID
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the org was last updated
        settings (read-only, never sent): Settings associated with the created org
        status (read-only, never sent): Status of the org. `ACTIVE` is returned after the org is created.
        token (read-only, never sent): API token associated with the child org super admin account.
            Use this API token to provision resources (such as policies, apps, and groups) on the
            newly created child org.
            This token is revoked if the super admin account is deactivated.
            > **Note:** If this API token expires, sign in to the Admin Console as the super admin
            user and create a new API token. See [Create an API
            token](https://developer.okta.com/docs/guides/create-an-api-token/).
        token_type (`tokenType`, read-only, never sent): Type of returned `token`. See [Okta API
            tokens](https://developer.okta.com/docs/guides/create-an-api-token/main/#okta-api-tokens).
        website: Default website for the org
        field_links (`_links`, read-only, never sent): Specifies available link relations (see [Web
            Linking](https://www.rfc-editor.org/rfc/rfc8288)) using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
    """

    _json_names: ClassVar[dict[str, str]] = {
        "admin": "admin",
        "edition": "edition",
        "name": "name",
        "subdomain": "subdomain",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "settings": "settings",
        "status": "status",
        "token": "token",
        "tokenType": "token_type",
        "website": "website",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "admin": "model",
        "edition": "enum",
        "name": "str",
        "subdomain": "str",
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "settings": "dict",
        "status": "enum",
        "token": "str",
        "token_type": "enum",
        "website": "str",
        "field_links": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "admin": lambda d: (
            _org_creation_admin.OrgCreationAdmin.from_json(v)
            if (v := d.get("admin", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_creation_admin.OrgCreationAdmin, v)
        ),
        "edition": lambda d: (
            _convert.parse_enum(ChildOrgEdition, v) if (v := d.get("edition", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "subdomain": "subdomain",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "settings": "settings",
        "status": lambda d: (
            _convert.parse_enum(ChildOrgStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "token": "token",
        "token_type": lambda d: (
            _convert.parse_enum(ChildOrgTokenType, v) if (v := d.get("tokenType", UNSET)).__class__ is str else v
        ),
        "website": "website",
        "field_links": "_links",
        "additional_properties": lambda d: _convert.undeclared(d, ChildOrg._json_names),
    }

    admin: OrgCreationAdmin | None | Unset
    edition: ChildOrgEdition | None | Unset
    name: str | None | Unset
    subdomain: str | None | Unset
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    settings: dict[str, Any] | None | Unset = UNSET
    status: ChildOrgStatus | None | Unset = UNSET
    token: str | None | Unset = UNSET
    token_type: ChildOrgTokenType | None | Unset = UNSET
    website: str | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.admin is not UNSET:
            d["admin"] = _convert.dump_model(self.admin, omit_read_only)
        if self.edition is not UNSET:
            d["edition"] = self.edition
        if self.name is not UNSET:
            d["name"] = self.name
        if self.subdomain is not UNSET:
            d["subdomain"] = self.subdomain
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.settings is not UNSET and not omit_read_only:
            d["settings"] = self.settings
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.token is not UNSET and not omit_read_only:
            d["token"] = self.token
        if self.token_type is not UNSET and not omit_read_only:
            d["tokenType"] = self.token_type
        if self.website is not UNSET:
            d["website"] = self.website
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.admin = (
            _org_creation_admin.OrgCreationAdmin.from_dict(v)
            if (v := d.pop("admin", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_creation_admin.OrgCreationAdmin, v)
        )
        obj.edition = _convert.parse_enum(ChildOrgEdition, v) if (v := d.pop("edition", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.subdomain = d.pop("subdomain", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.settings = d.pop("settings", UNSET)
        obj.status = _convert.parse_enum(ChildOrgStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.token = d.pop("token", UNSET)
        obj.token_type = (
            _convert.parse_enum(ChildOrgTokenType, v) if (v := d.pop("tokenType", UNSET)).__class__ is str else v
        )
        obj.website = d.pop("website", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.additional_properties = d
        return obj
