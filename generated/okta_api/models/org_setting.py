from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import org_general_setting_links as _org_general_setting_links
from .org_setting_status import OrgSettingStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .org_general_setting_links import OrgGeneralSettingLinks


_parse_status = _convert.enum_parser(OrgSettingStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _org_general_setting_links.OrgGeneralSettingLinks.from_json(v)
            if lazy
            else _org_general_setting_links.OrgGeneralSettingLinks.from_dict(v)
        )
    return _convert.parse_model(_org_general_setting_links.OrgGeneralSettingLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "address1": ("address1", None),
        "address2": ("address2", None),
        "city": ("city", None),
        "company_name": ("companyName", None),
        "country": ("country", None),
        "created": ("created", _convert.parse_datetime),
        "end_user_support_help_url": ("endUserSupportHelpURL", None),
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "phone_number": ("phoneNumber", None),
        "postal_code": ("postalCode", None),
        "state": ("state", None),
        "status": ("status", _parse_status),
        "subdomain": ("subdomain", None),
        "support_phone_number": ("supportPhoneNumber", None),
        "website": ("website", None),
        "field_links": ("_links", _parse_field_links),
    }

    address1: str | None = _attrs_field(init=False)
    address2: str | None = _attrs_field(init=False)
    city: str | None = _attrs_field(init=False)
    company_name: str | None = _attrs_field(init=False)
    country: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    end_user_support_help_url: str | None = _attrs_field(init=False)
    expires_at: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    phone_number: str | None = _attrs_field(init=False)
    postal_code: str | None = _attrs_field(init=False)
    state: str | None = _attrs_field(init=False)
    status: OrgSettingStatus | None = _attrs_field(init=False)
    subdomain: str | None = _attrs_field(init=False)
    support_phone_number: str | None = _attrs_field(init=False)
    website: str | None = _attrs_field(init=False)
    field_links: OrgGeneralSettingLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        address1: str | None | Unset = UNSET,
        address2: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        company_name: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        end_user_support_help_url: str | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
        postal_code: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        status: OrgSettingStatus | None | Unset = UNSET,
        subdomain: str | None | Unset = UNSET,
        support_phone_number: str | None | Unset = UNSET,
        website: str | None | Unset = UNSET,
        field_links: OrgGeneralSettingLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if address1 is not UNSET:
            _set_field(self, "address1", address1)
        if address2 is not UNSET:
            _set_field(self, "address2", address2)
        if city is not UNSET:
            _set_field(self, "city", city)
        if company_name is not UNSET:
            _set_field(self, "company_name", company_name)
        if country is not UNSET:
            _set_field(self, "country", country)
        if created is not UNSET:
            _set_field(self, "created", created)
        if end_user_support_help_url is not UNSET:
            _set_field(self, "end_user_support_help_url", end_user_support_help_url)
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if phone_number is not UNSET:
            _set_field(self, "phone_number", phone_number)
        if postal_code is not UNSET:
            _set_field(self, "postal_code", postal_code)
        if state is not UNSET:
            _set_field(self, "state", state)
        if status is not UNSET:
            _set_field(self, "status", status)
        if subdomain is not UNSET:
            _set_field(self, "subdomain", subdomain)
        if support_phone_number is not UNSET:
            _set_field(self, "support_phone_number", support_phone_number)
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
        if (v := values.get("address1", UNSET)) is not UNSET:
            d["address1"] = v
        if (v := values.get("address2", UNSET)) is not UNSET:
            d["address2"] = v
        if (v := values.get("city", UNSET)) is not UNSET:
            d["city"] = v
        if (v := values.get("company_name", UNSET)) is not UNSET:
            d["companyName"] = v
        if (v := values.get("country", UNSET)) is not UNSET:
            d["country"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("end_user_support_help_url", UNSET)) is not UNSET:
            d["endUserSupportHelpURL"] = v
        if (v := values.get("expires_at", UNSET)) is not UNSET and not omit_read_only:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("phone_number", UNSET)) is not UNSET:
            d["phoneNumber"] = v
        if (v := values.get("postal_code", UNSET)) is not UNSET:
            d["postalCode"] = v
        if (v := values.get("state", UNSET)) is not UNSET:
            d["state"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("subdomain", UNSET)) is not UNSET and not omit_read_only:
            d["subdomain"] = v
        if (v := values.get("support_phone_number", UNSET)) is not UNSET:
            d["supportPhoneNumber"] = v
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
        if (v := d.pop("address1", UNSET)) is not UNSET:
            obj.address1 = v
        if (v := d.pop("address2", UNSET)) is not UNSET:
            obj.address2 = v
        if (v := d.pop("city", UNSET)) is not UNSET:
            obj.city = v
        if (v := d.pop("companyName", UNSET)) is not UNSET:
            obj.company_name = v
        if (v := d.pop("country", UNSET)) is not UNSET:
            obj.country = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("endUserSupportHelpURL", UNSET)) is not UNSET:
            obj.end_user_support_help_url = v
        if (v := d.pop("expiresAt", UNSET)) is not UNSET:
            obj.expires_at = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("phoneNumber", UNSET)) is not UNSET:
            obj.phone_number = v
        if (v := d.pop("postalCode", UNSET)) is not UNSET:
            obj.postal_code = v
        if (v := d.pop("state", UNSET)) is not UNSET:
            obj.state = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("subdomain", UNSET)) is not UNSET:
            obj.subdomain = v
        if (v := d.pop("supportPhoneNumber", UNSET)) is not UNSET:
            obj.support_phone_number = v
        if (v := d.pop("website", UNSET)) is not UNSET:
            obj.website = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
