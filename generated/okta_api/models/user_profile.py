from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel, unguarded_instance
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class UserProfile(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1d0d0>

    Attributes:
        city (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d191d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19390>
        cost_center (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19410>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19590>
        country_code (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19610>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19790>
        department (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19810>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19990>
        display_name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19a10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19b90>
        division (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19c10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19d90>
        email (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19e10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d19f90>
        employee_number (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1a050>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1a1d0>
        first_name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1a250>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1a3d0>
        honorific_prefix (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1a450>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1a5d0>
        honorific_suffix (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1a650>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1a7d0>
        last_name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1a850>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1a9d0>
        locale (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1aa50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1abd0>
        login (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1ac50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1add0>
        manager (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1ae50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1afd0>
        manager_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1b050>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1b1d0>
        middle_name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1b250>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1b3d0>
        mobile_phone (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1b450>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1b5d0>
        nick_name (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1b650>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1b7d0>
        organization (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1b850>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1b9d0>
        postal_address (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1ba50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1bbd0>
        preferred_language (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1bc50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1bdd0>
        primary_phone (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1be50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1bfd0>
        profile_url (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1c090>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1c210>
        second_email (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1c290>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1c410>
        state (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1c4d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1c650>
        street_address (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1c6d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1c850>
        timezone (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1c8d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1ca50>
        title (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1cad0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1cc50>
        user_type (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1ccd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1ce50>
        zip_code (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1ced0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1d050>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "city": "city",
        "costCenter": "cost_center",
        "countryCode": "country_code",
        "department": "department",
        "displayName": "display_name",
        "division": "division",
        "email": "email",
        "employeeNumber": "employee_number",
        "firstName": "first_name",
        "honorificPrefix": "honorific_prefix",
        "honorificSuffix": "honorific_suffix",
        "lastName": "last_name",
        "locale": "locale",
        "login": "login",
        "manager": "manager",
        "managerId": "manager_id",
        "middleName": "middle_name",
        "mobilePhone": "mobile_phone",
        "nickName": "nick_name",
        "organization": "organization",
        "postalAddress": "postal_address",
        "preferredLanguage": "preferred_language",
        "primaryPhone": "primary_phone",
        "profileUrl": "profile_url",
        "secondEmail": "second_email",
        "state": "state",
        "streetAddress": "street_address",
        "timezone": "timezone",
        "title": "title",
        "userType": "user_type",
        "zipCode": "zip_code",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "city": "str",
        "cost_center": "str",
        "country_code": "str",
        "department": "str",
        "display_name": "str",
        "division": "str",
        "email": "str",
        "employee_number": "str",
        "first_name": "str",
        "honorific_prefix": "str",
        "honorific_suffix": "str",
        "last_name": "str",
        "locale": "str",
        "login": "str",
        "manager": "str",
        "manager_id": "str",
        "middle_name": "str",
        "mobile_phone": "str",
        "nick_name": "str",
        "organization": "str",
        "postal_address": "str",
        "preferred_language": "str",
        "primary_phone": "str",
        "profile_url": "str",
        "second_email": "str",
        "state": "str",
        "street_address": "str",
        "timezone": "str",
        "title": "str",
        "user_type": "str",
        "zip_code": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "city": "city",
        "cost_center": "costCenter",
        "country_code": "countryCode",
        "department": "department",
        "display_name": "displayName",
        "division": "division",
        "email": "email",
        "employee_number": "employeeNumber",
        "first_name": "firstName",
        "honorific_prefix": "honorificPrefix",
        "honorific_suffix": "honorificSuffix",
        "last_name": "lastName",
        "locale": "locale",
        "login": "login",
        "manager": "manager",
        "manager_id": "managerId",
        "middle_name": "middleName",
        "mobile_phone": "mobilePhone",
        "nick_name": "nickName",
        "organization": "organization",
        "postal_address": "postalAddress",
        "preferred_language": "preferredLanguage",
        "primary_phone": "primaryPhone",
        "profile_url": "profileUrl",
        "second_email": "secondEmail",
        "state": "state",
        "street_address": "streetAddress",
        "timezone": "timezone",
        "title": "title",
        "user_type": "userType",
        "zip_code": "zipCode",
        "additional_properties": lambda d: _convert.undeclared(d, UserProfile._json_names),
    }
    _extensible: ClassVar[bool] = True

    city: str | None | Unset = UNSET
    cost_center: str | None | Unset = UNSET
    country_code: str | None | Unset = UNSET
    department: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    division: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    employee_number: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    honorific_prefix: str | None | Unset = UNSET
    honorific_suffix: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    locale: str | None | Unset = UNSET
    login: str | None | Unset = UNSET
    manager: str | None | Unset = UNSET
    manager_id: str | None | Unset = UNSET
    middle_name: str | None | Unset = UNSET
    mobile_phone: str | None | Unset = UNSET
    nick_name: str | None | Unset = UNSET
    organization: str | None | Unset = UNSET
    postal_address: str | None | Unset = UNSET
    preferred_language: str | None | Unset = UNSET
    primary_phone: str | None | Unset = UNSET
    profile_url: str | None | Unset = UNSET
    second_email: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    street_address: str | None | Unset = UNSET
    timezone: str | None | Unset = UNSET
    title: str | None | Unset = UNSET
    user_type: str | None | Unset = UNSET
    zip_code: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.city is not UNSET:
            d["city"] = self.city
        if self.cost_center is not UNSET:
            d["costCenter"] = self.cost_center
        if self.country_code is not UNSET:
            d["countryCode"] = self.country_code
        if self.department is not UNSET:
            d["department"] = self.department
        if self.display_name is not UNSET:
            d["displayName"] = self.display_name
        if self.division is not UNSET:
            d["division"] = self.division
        if self.email is not UNSET:
            d["email"] = self.email
        if self.employee_number is not UNSET:
            d["employeeNumber"] = self.employee_number
        if self.first_name is not UNSET:
            d["firstName"] = self.first_name
        if self.honorific_prefix is not UNSET:
            d["honorificPrefix"] = self.honorific_prefix
        if self.honorific_suffix is not UNSET:
            d["honorificSuffix"] = self.honorific_suffix
        if self.last_name is not UNSET:
            d["lastName"] = self.last_name
        if self.locale is not UNSET:
            d["locale"] = self.locale
        if self.login is not UNSET:
            d["login"] = self.login
        if self.manager is not UNSET:
            d["manager"] = self.manager
        if self.manager_id is not UNSET:
            d["managerId"] = self.manager_id
        if self.middle_name is not UNSET:
            d["middleName"] = self.middle_name
        if self.mobile_phone is not UNSET:
            d["mobilePhone"] = self.mobile_phone
        if self.nick_name is not UNSET:
            d["nickName"] = self.nick_name
        if self.organization is not UNSET:
            d["organization"] = self.organization
        if self.postal_address is not UNSET:
            d["postalAddress"] = self.postal_address
        if self.preferred_language is not UNSET:
            d["preferredLanguage"] = self.preferred_language
        if self.primary_phone is not UNSET:
            d["primaryPhone"] = self.primary_phone
        if self.profile_url is not UNSET:
            d["profileUrl"] = self.profile_url
        if self.second_email is not UNSET:
            d["secondEmail"] = self.second_email
        if self.state is not UNSET:
            d["state"] = self.state
        if self.street_address is not UNSET:
            d["streetAddress"] = self.street_address
        if self.timezone is not UNSET:
            d["timezone"] = self.timezone
        if self.title is not UNSET:
            d["title"] = self.title
        if self.user_type is not UNSET:
            d["userType"] = self.user_type
        if self.zip_code is not UNSET:
            d["zipCode"] = self.zip_code
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        # Of a subclass without this class's name-checking __setattr__ until every field is in.
        obj = unguarded_instance(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.city = d.pop("city", UNSET)
        obj.cost_center = d.pop("costCenter", UNSET)
        obj.country_code = d.pop("countryCode", UNSET)
        obj.department = d.pop("department", UNSET)
        obj.display_name = d.pop("displayName", UNSET)
        obj.division = d.pop("division", UNSET)
        obj.email = d.pop("email", UNSET)
        obj.employee_number = d.pop("employeeNumber", UNSET)
        obj.first_name = d.pop("firstName", UNSET)
        obj.honorific_prefix = d.pop("honorificPrefix", UNSET)
        obj.honorific_suffix = d.pop("honorificSuffix", UNSET)
        obj.last_name = d.pop("lastName", UNSET)
        obj.locale = d.pop("locale", UNSET)
        obj.login = d.pop("login", UNSET)
        obj.manager = d.pop("manager", UNSET)
        obj.manager_id = d.pop("managerId", UNSET)
        obj.middle_name = d.pop("middleName", UNSET)
        obj.mobile_phone = d.pop("mobilePhone", UNSET)
        obj.nick_name = d.pop("nickName", UNSET)
        obj.organization = d.pop("organization", UNSET)
        obj.postal_address = d.pop("postalAddress", UNSET)
        obj.preferred_language = d.pop("preferredLanguage", UNSET)
        obj.primary_phone = d.pop("primaryPhone", UNSET)
        obj.profile_url = d.pop("profileUrl", UNSET)
        obj.second_email = d.pop("secondEmail", UNSET)
        obj.state = d.pop("state", UNSET)
        obj.street_address = d.pop("streetAddress", UNSET)
        obj.timezone = d.pop("timezone", UNSET)
        obj.title = d.pop("title", UNSET)
        obj.user_type = d.pop("userType", UNSET)
        obj.zip_code = d.pop("zipCode", UNSET)
        obj.additional_properties = d
        obj.__class__ = cls  # same layout; attribute writes from here on go through __setattr__ again
        return obj

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """An undeclared attribute (`profile.employeeStartDate`), from `additional_properties`."""

    def __setattr__(self, name: str, value: Any) -> None:
        # Custom profile attributes set by attribute go where Okta expects them: into the profile.
        if name in _FIELDS or name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self.additional_properties[name] = value


_FIELDS = frozenset(
    {
        "additional_properties",
        "city",
        "cost_center",
        "country_code",
        "department",
        "display_name",
        "division",
        "email",
        "employee_number",
        "first_name",
        "honorific_prefix",
        "honorific_suffix",
        "last_name",
        "locale",
        "login",
        "manager",
        "manager_id",
        "middle_name",
        "mobile_phone",
        "nick_name",
        "organization",
        "postal_address",
        "preferred_language",
        "primary_phone",
        "profile_url",
        "second_email",
        "state",
        "street_address",
        "timezone",
        "title",
        "user_type",
        "zip_code",
    }
)
