from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import org_general_setting_links as _org_general_setting_links
from .org_setting_status import OrgSettingStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .org_general_setting_links import OrgGeneralSettingLinks


@_attrs_define(kw_only=True)
class OrgSetting(OktaModel):
    """An Okta `OrgSetting`.

    Attributes:
        address1: Primary address of the organization associated with the org
        address2: Secondary address of the organization associated with the org
        city: City of the organization associated with the org
        company_name (`companyName`): Name of org
        country: County of the organization associated with the org
        created (read-only, never sent): When org was created
        end_user_support_help_url (`endUserSupportHelpURL`): Support link of org
        expires_at (`expiresAt`, read-only, never sent): Expiration of org
        id (read-only, never sent): Org ID
        last_updated (`lastUpdated`, read-only, never sent): When org was last updated
        phone_number (`phoneNumber`): Phone number of the organization associated with the org
        postal_code (`postalCode`): Postal code of the organization associated with the org
        state: State of the organization associated with the org
        status (read-only, never sent): Status of org
        subdomain (read-only, never sent): Subdomain of org
        support_phone_number (`supportPhoneNumber`): Support help phone of the organization associated with the org
        website: Website of the organization associated with the org
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the org using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
    """

    _json_names: ClassVar[dict[str, str]] = {
        "address1": "address1",
        "address2": "address2",
        "city": "city",
        "companyName": "company_name",
        "country": "country",
        "created": "created",
        "endUserSupportHelpURL": "end_user_support_help_url",
        "expiresAt": "expires_at",
        "id": "id",
        "lastUpdated": "last_updated",
        "phoneNumber": "phone_number",
        "postalCode": "postal_code",
        "state": "state",
        "status": "status",
        "subdomain": "subdomain",
        "supportPhoneNumber": "support_phone_number",
        "website": "website",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "address1": "str",
        "address2": "str",
        "city": "str",
        "company_name": "str",
        "country": "str",
        "created": "datetime",
        "end_user_support_help_url": "str",
        "expires_at": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "phone_number": "str",
        "postal_code": "str",
        "state": "str",
        "status": "enum",
        "subdomain": "str",
        "support_phone_number": "str",
        "website": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "address1": "address1",
        "address2": "address2",
        "city": "city",
        "company_name": "companyName",
        "country": "country",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "end_user_support_help_url": "endUserSupportHelpURL",
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "phone_number": "phoneNumber",
        "postal_code": "postalCode",
        "state": "state",
        "status": lambda d: (
            _convert.parse_enum(OrgSettingStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "subdomain": "subdomain",
        "support_phone_number": "supportPhoneNumber",
        "website": "website",
        "field_links": lambda d: (
            _org_general_setting_links.OrgGeneralSettingLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_general_setting_links.OrgGeneralSettingLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgSetting._json_names),
    }

    address1: str | None | Unset = UNSET
    address2: str | None | Unset = UNSET
    city: str | None | Unset = UNSET
    company_name: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    end_user_support_help_url: str | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    phone_number: str | None | Unset = UNSET
    postal_code: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    status: OrgSettingStatus | None | Unset = UNSET
    subdomain: str | None | Unset = UNSET
    support_phone_number: str | None | Unset = UNSET
    website: str | None | Unset = UNSET
    field_links: OrgGeneralSettingLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.address1 is not UNSET:
            d["address1"] = self.address1
        if self.address2 is not UNSET:
            d["address2"] = self.address2
        if self.city is not UNSET:
            d["city"] = self.city
        if self.company_name is not UNSET:
            d["companyName"] = self.company_name
        if self.country is not UNSET:
            d["country"] = self.country
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.end_user_support_help_url is not UNSET:
            d["endUserSupportHelpURL"] = self.end_user_support_help_url
        if self.expires_at is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.phone_number is not UNSET:
            d["phoneNumber"] = self.phone_number
        if self.postal_code is not UNSET:
            d["postalCode"] = self.postal_code
        if self.state is not UNSET:
            d["state"] = self.state
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.subdomain is not UNSET and not omit_read_only:
            d["subdomain"] = self.subdomain
        if self.support_phone_number is not UNSET:
            d["supportPhoneNumber"] = self.support_phone_number
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
        obj.address1 = d.pop("address1", UNSET)
        obj.address2 = d.pop("address2", UNSET)
        obj.city = d.pop("city", UNSET)
        obj.company_name = d.pop("companyName", UNSET)
        obj.country = d.pop("country", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.end_user_support_help_url = d.pop("endUserSupportHelpURL", UNSET)
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.phone_number = d.pop("phoneNumber", UNSET)
        obj.postal_code = d.pop("postalCode", UNSET)
        obj.state = d.pop("state", UNSET)
        obj.status = _convert.parse_enum(OrgSettingStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.subdomain = d.pop("subdomain", UNSET)
        obj.support_phone_number = d.pop("supportPhoneNumber", UNSET)
        obj.website = d.pop("website", UNSET)
        obj.field_links = (
            _org_general_setting_links.OrgGeneralSettingLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_general_setting_links.OrgGeneralSettingLinks, v)
        )
        obj.additional_properties = d
        return obj
