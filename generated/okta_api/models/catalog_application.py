from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import catalog_application_links as _catalog_application_links
from .catalog_application_status import CatalogApplicationStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .catalog_application_links import CatalogApplicationLinks


@_attrs_define(kw_only=True)
class CatalogApplication(OktaModel):
    """An app in the OIN catalog

    Attributes:
        category (read-only, never sent): Category for the app in the OIN catalog
        description (read-only, never sent): Description of the app in the OIN catalog
        display_name (`displayName`, read-only, never sent): OIN catalog app display name
        features (read-only, never sent): Features supported by the app. See app
            [features](https://developer.okta.com/docs/api/openapi/okta-management/management/application/listapplications#application/listapplications/t=response&c=200&path=&d=0/features).
        id (read-only, never sent): ID of the app instance. Okta returns this property only for apps not in the OIN catalog.
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        name: App key name. For OIN catalog apps, this is a unique key for the app definition.
        sign_on_modes (`signOnModes`): Authentication mode for the app. See app
            [signOnMode](https://developer.okta.com/docs/api/openapi/okta-management/management/application/listapplications#application/listapplications/t=response&c=200&path=&d=0/signonmode).
        status: App status
        verification_status (`verificationStatus`): OIN verification status of the catalog app
        website: Website of the OIN catalog app
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
    """

    _json_names: ClassVar[dict[str, str]] = {
        "category": "category",
        "description": "description",
        "displayName": "display_name",
        "features": "features",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "signOnModes": "sign_on_modes",
        "status": "status",
        "verificationStatus": "verification_status",
        "website": "website",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "category": "str",
        "description": "str",
        "display_name": "str",
        "features": "list:str",
        "id": "str",
        "last_updated": "datetime",
        "name": "str",
        "sign_on_modes": "list:str",
        "status": "enum",
        "verification_status": "str",
        "website": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "category": "category",
        "description": "description",
        "display_name": "displayName",
        "features": "features",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "name": "name",
        "sign_on_modes": "signOnModes",
        "status": lambda d: (
            _convert.parse_enum(CatalogApplicationStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "verification_status": "verificationStatus",
        "website": "website",
        "field_links": lambda d: (
            _catalog_application_links.CatalogApplicationLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_catalog_application_links.CatalogApplicationLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CatalogApplication._json_names),
    }

    category: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    features: list[str] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    name: str | None | Unset = UNSET
    sign_on_modes: list[str] | None | Unset = UNSET
    status: CatalogApplicationStatus | None | Unset = UNSET
    verification_status: str | None | Unset = UNSET
    website: str | None | Unset = UNSET
    field_links: CatalogApplicationLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.category is not UNSET and not omit_read_only:
            d["category"] = self.category
        if self.description is not UNSET and not omit_read_only:
            d["description"] = self.description
        if self.display_name is not UNSET and not omit_read_only:
            d["displayName"] = self.display_name
        if self.features is not UNSET and not omit_read_only:
            d["features"] = self.features
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.name is not UNSET:
            d["name"] = self.name
        if self.sign_on_modes is not UNSET:
            d["signOnModes"] = self.sign_on_modes
        if self.status is not UNSET:
            d["status"] = self.status
        if self.verification_status is not UNSET:
            d["verificationStatus"] = self.verification_status
        if self.website is not UNSET:
            d["website"] = self.website
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
        obj.category = d.pop("category", UNSET)
        obj.description = d.pop("description", UNSET)
        obj.display_name = d.pop("displayName", UNSET)
        obj.features = d.pop("features", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.name = d.pop("name", UNSET)
        obj.sign_on_modes = d.pop("signOnModes", UNSET)
        obj.status = (
            _convert.parse_enum(CatalogApplicationStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.verification_status = d.pop("verificationStatus", UNSET)
        obj.website = d.pop("website", UNSET)
        obj.field_links = (
            _catalog_application_links.CatalogApplicationLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_catalog_application_links.CatalogApplicationLinks, v)
        )
        obj.additional_properties = d
        return obj
