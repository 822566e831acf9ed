from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import catalog_application_links as _catalog_application_links
from .catalog_application_status import CatalogApplicationStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .catalog_application_links import CatalogApplicationLinks


_parse_status = _convert.enum_parser(CatalogApplicationStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _catalog_application_links.CatalogApplicationLinks.from_json(v)
            if lazy
            else _catalog_application_links.CatalogApplicationLinks.from_dict(v)
        )
    return _convert.parse_model(_catalog_application_links.CatalogApplicationLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "category": ("category", None),
        "description": ("description", None),
        "display_name": ("displayName", None),
        "features": ("features", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "sign_on_modes": ("signOnModes", None),
        "status": ("status", _parse_status),
        "verification_status": ("verificationStatus", None),
        "website": ("website", None),
        "field_links": ("_links", _parse_field_links),
    }

    category: str | None = _attrs_field(init=False)
    description: str | None = _attrs_field(init=False)
    display_name: str | None = _attrs_field(init=False)
    features: list[str] | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    sign_on_modes: list[str] | None = _attrs_field(init=False)
    status: CatalogApplicationStatus | None = _attrs_field(init=False)
    verification_status: str | None = _attrs_field(init=False)
    website: str | None = _attrs_field(init=False)
    field_links: CatalogApplicationLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        category: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        features: list[str] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        sign_on_modes: list[str] | None | Unset = UNSET,
        status: CatalogApplicationStatus | None | Unset = UNSET,
        verification_status: str | None | Unset = UNSET,
        website: str | None | Unset = UNSET,
        field_links: CatalogApplicationLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if category is not UNSET:
            _set_field(self, "category", category)
        if description is not UNSET:
            _set_field(self, "description", description)
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if features is not UNSET:
            _set_field(self, "features", features)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if sign_on_modes is not UNSET:
            _set_field(self, "sign_on_modes", sign_on_modes)
        if status is not UNSET:
            _set_field(self, "status", status)
        if verification_status is not UNSET:
            _set_field(self, "verification_status", verification_status)
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
        if (v := values.get("category", UNSET)) is not UNSET and not omit_read_only:
            d["category"] = v
        if (v := values.get("description", UNSET)) is not UNSET and not omit_read_only:
            d["description"] = v
        if (v := values.get("display_name", UNSET)) is not UNSET and not omit_read_only:
            d["displayName"] = v
        if (v := values.get("features", UNSET)) is not UNSET and not omit_read_only:
            d["features"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("sign_on_modes", UNSET)) is not UNSET:
            d["signOnModes"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("verification_status", UNSET)) is not UNSET:
            d["verificationStatus"] = v
        if (v := values.get("website", UNSET)) is not UNSET:
            d["website"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("category", UNSET)) is not UNSET:
            obj.category = v
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("features", UNSET)) is not UNSET:
            obj.features = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("signOnModes", UNSET)) is not UNSET:
            obj.sign_on_modes = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("verificationStatus", UNSET)) is not UNSET:
            obj.verification_status = v
        if (v := d.pop("website", UNSET)) is not UNSET:
            obj.website = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
