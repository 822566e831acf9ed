from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import org_creation_admin as _org_creation_admin
from .child_org_edition import ChildOrgEdition
from .child_org_status import ChildOrgStatus
from .child_org_token_type import ChildOrgTokenType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .org_creation_admin import OrgCreationAdmin


def _parse_admin(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _org_creation_admin.OrgCreationAdmin.from_json(v)
            if lazy
            else _org_creation_admin.OrgCreationAdmin.from_dict(v)
        )
    return _convert.parse_model(_org_creation_admin.OrgCreationAdmin, v)


_parse_edition = _convert.enum_parser(ChildOrgEdition)

_parse_status = _convert.enum_parser(ChildOrgStatus)

_parse_token_type = _convert.enum_parser(ChildOrgTokenType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "admin": ("admin", _parse_admin),
        "edition": ("edition", _parse_edition),
        "name": ("name", None),
        "subdomain": ("subdomain", None),
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "settings": ("settings", None),
        "status": ("status", _parse_status),
        "token": ("token", None),
        "token_type": ("tokenType", _parse_token_type),
        "website": ("website", None),
        "field_links": ("_links", None),
    }

    admin: OrgCreationAdmin | None = _attrs_field(init=False)
    edition: ChildOrgEdition | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    subdomain: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    settings: dict[str, Any] | None = _attrs_field(init=False)
    status: ChildOrgStatus | None = _attrs_field(init=False)
    token: str | None = _attrs_field(init=False)
    token_type: ChildOrgTokenType | None = _attrs_field(init=False)
    website: str | None = _attrs_field(init=False)
    field_links: dict[str, Any] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        admin: OrgCreationAdmin | None | Unset,
        edition: ChildOrgEdition | None | Unset,
        name: str | None | Unset,
        subdomain: str | None | Unset,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        settings: dict[str, Any] | None | Unset = UNSET,
        status: ChildOrgStatus | None | Unset = UNSET,
        token: str | None | Unset = UNSET,
        token_type: ChildOrgTokenType | None | Unset = UNSET,
        website: str | None | Unset = UNSET,
        field_links: dict[str, Any] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if admin is not UNSET:
            _set_field(self, "admin", admin)
        if edition is not UNSET:
            _set_field(self, "edition", edition)
        if name is not UNSET:
            _set_field(self, "name", name)
        if subdomain is not UNSET:
            _set_field(self, "subdomain", subdomain)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if settings is not UNSET:
            _set_field(self, "settings", settings)
        if status is not UNSET:
            _set_field(self, "status", status)
        if token is not UNSET:
            _set_field(self, "token", token)
        if token_type is not UNSET:
            _set_field(self, "token_type", token_type)
        if website is not UNSET:
            _set_field(self, "website", website)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("admin", UNSET)) is not UNSET:
            d["admin"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("edition", UNSET)) is not UNSET:
            d["edition"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("subdomain", UNSET)) is not UNSET:
            d["subdomain"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("settings", UNSET)) is not UNSET and not omit_read_only:
            d["settings"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("token", UNSET)) is not UNSET and not omit_read_only:
            d["token"] = v
        if (v := values.get("token_type", UNSET)) is not UNSET and not omit_read_only:
            d["tokenType"] = v
        if (v := values.get("website", UNSET)) is not UNSET:
            d["website"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("admin", UNSET)) is not UNSET:
            obj.admin = _parse_admin(v, False)
        if (v := d.pop("edition", UNSET)) is not UNSET:
            obj.edition = _parse_edition(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("subdomain", UNSET)) is not UNSET:
            obj.subdomain = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("settings", UNSET)) is not UNSET:
            obj.settings = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("token", UNSET)) is not UNSET:
            obj.token = v
        if (v := d.pop("tokenType", UNSET)) is not UNSET:
            obj.token_type = _parse_token_type(v, False)
        if (v := d.pop("website", UNSET)) is not UNSET:
            obj.website = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
