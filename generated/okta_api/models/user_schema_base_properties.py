from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_schema_attribute as _user_schema_attribute

if TYPE_CHECKING:
    from typing import Self

    from .user_schema_attribute import UserSchemaAttribute


@_attrs_define(kw_only=True)
class UserSchemaBaseProperties(OktaModel):
    """An Okta `UserSchemaBaseProperties`.

    Attributes:
        city: UserSchemaAttribute
        cost_center (`costCenter`): UserSchemaAttribute
        country_code (`countryCode`): UserSchemaAttribute
        department: UserSchemaAttribute
        display_name (`displayName`): UserSchemaAttribute
        division: UserSchemaAttribute
        email: UserSchemaAttribute
        employee_number (`employeeNumber`): UserSchemaAttribute
        first_name (`firstName`): UserSchemaAttribute
        honorific_prefix (`honorificPrefix`): UserSchemaAttribute
        honorific_suffix (`honorificSuffix`): UserSchemaAttribute
        last_name (`lastName`): UserSchemaAttribute
        locale: UserSchemaAttribute
        login: UserSchemaAttribute
        manager: UserSchemaAttribute
        manager_id (`managerId`): UserSchemaAttribute
        middle_name (`middleName`): UserSchemaAttribute
        mobile_phone (`mobilePhone`): UserSchemaAttribute
        nick_name (`nickName`): UserSchemaAttribute
        organization: UserSchemaAttribute
        postal_address (`postalAddress`): UserSchemaAttribute
        preferred_language (`preferredLanguage`): UserSchemaAttribute
        primary_phone (`primaryPhone`): UserSchemaAttribute
        profile_url (`profileUrl`): UserSchemaAttribute
        second_email (`secondEmail`): UserSchemaAttribute
        state: UserSchemaAttribute
        street_address (`streetAddress`): UserSchemaAttribute
        timezone: UserSchemaAttribute
        title: UserSchemaAttribute
        user_type (`userType`): UserSchemaAttribute
        zip_code (`zipCode`): UserSchemaAttribute
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
        "city": "model",
        "cost_center": "model",
        "country_code": "model",
        "department": "model",
        "display_name": "model",
        "division": "model",
        "email": "model",
        "employee_number": "model",
        "first_name": "model",
        "honorific_prefix": "model",
        "honorific_suffix": "model",
        "last_name": "model",
        "locale": "model",
        "login": "model",
        "manager": "model",
        "manager_id": "model",
        "middle_name": "model",
        "mobile_phone": "model",
        "nick_name": "model",
        "organization": "model",
        "postal_address": "model",
        "preferred_language": "model",
        "primary_phone": "model",
        "profile_url": "model",
        "second_email": "model",
        "state": "model",
        "street_address": "model",
        "timezone": "model",
        "title": "model",
        "user_type": "model",
        "zip_code": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "city": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("city", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "cost_center": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("costCenter", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "country_code": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("countryCode", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "department": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("department", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "display_name": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("displayName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "division": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("division", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "email": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("email", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "employee_number": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("employeeNumber", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "first_name": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("firstName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "honorific_prefix": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("honorificPrefix", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "honorific_suffix": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("honorificSuffix", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "last_name": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("lastName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "locale": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("locale", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "login": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("login", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "manager": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("manager", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "manager_id": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("managerId", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "middle_name": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("middleName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "mobile_phone": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("mobilePhone", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "nick_name": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("nickName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "organization": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("organization", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "postal_address": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("postalAddress", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "preferred_language": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("preferredLanguage", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "primary_phone": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("primaryPhone", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "profile_url": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("profileUrl", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "second_email": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("secondEmail", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "state": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("state", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "street_address": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("streetAddress", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "timezone": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("timezone", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "title": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("title", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "user_type": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("userType", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "zip_code": lambda d: (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if (v := d.get("zipCode", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserSchemaBaseProperties._json_names),
    }

    city: UserSchemaAttribute | None | Unset = UNSET
    cost_center: UserSchemaAttribute | None | Unset = UNSET
    country_code: UserSchemaAttribute | None | Unset = UNSET
    department: UserSchemaAttribute | None | Unset = UNSET
    display_name: UserSchemaAttribute | None | Unset = UNSET
    division: UserSchemaAttribute | None | Unset = UNSET
    email: UserSchemaAttribute | None | Unset = UNSET
    employee_number: UserSchemaAttribute | None | Unset = UNSET
    first_name: UserSchemaAttribute | None | Unset = UNSET
    honorific_prefix: UserSchemaAttribute | None | Unset = UNSET
    honorific_suffix: UserSchemaAttribute | None | Unset = UNSET
    last_name: UserSchemaAttribute | None | Unset = UNSET
    locale: UserSchemaAttribute | None | Unset = UNSET
    login: UserSchemaAttribute | None | Unset = UNSET
    manager: UserSchemaAttribute | None | Unset = UNSET
    manager_id: UserSchemaAttribute | None | Unset = UNSET
    middle_name: UserSchemaAttribute | None | Unset = UNSET
    mobile_phone: UserSchemaAttribute | None | Unset = UNSET
    nick_name: UserSchemaAttribute | None | Unset = UNSET
    organization: UserSchemaAttribute | None | Unset = UNSET
    postal_address: UserSchemaAttribute | None | Unset = UNSET
    preferred_language: UserSchemaAttribute | None | Unset = UNSET
    primary_phone: UserSchemaAttribute | None | Unset = UNSET
    profile_url: UserSchemaAttribute | None | Unset = UNSET
    second_email: UserSchemaAttribute | None | Unset = UNSET
    state: UserSchemaAttribute | None | Unset = UNSET
    street_address: UserSchemaAttribute | None | Unset = UNSET
    timezone: UserSchemaAttribute | None | Unset = UNSET
    title: UserSchemaAttribute | None | Unset = UNSET
    user_type: UserSchemaAttribute | None | Unset = UNSET
    zip_code: UserSchemaAttribute | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.city is not UNSET:
            d["city"] = _convert.dump_model(self.city, omit_read_only)
        if self.cost_center is not UNSET:
            d["costCenter"] = _convert.dump_model(self.cost_center, omit_read_only)
        if self.country_code is not UNSET:
            d["countryCode"] = _convert.dump_model(self.country_code, omit_read_only)
        if self.department is not UNSET:
            d["department"] = _convert.dump_model(self.department, omit_read_only)
        if self.display_name is not UNSET:
            d["displayName"] = _convert.dump_model(self.display_name, omit_read_only)
        if self.division is not UNSET:
            d["division"] = _convert.dump_model(self.division, omit_read_only)
        if self.email is not UNSET:
            d["email"] = _convert.dump_model(self.email, omit_read_only)
        if self.employee_number is not UNSET:
            d["employeeNumber"] = _convert.dump_model(self.employee_number, omit_read_only)
        if self.first_name is not UNSET:
            d["firstName"] = _convert.dump_model(self.first_name, omit_read_only)
        if self.honorific_prefix is not UNSET:
            d["honorificPrefix"] = _convert.dump_model(self.honorific_prefix, omit_read_only)
        if self.honorific_suffix is not UNSET:
            d["honorificSuffix"] = _convert.dump_model(self.honorific_suffix, omit_read_only)
        if self.last_name is not UNSET:
            d["lastName"] = _convert.dump_model(self.last_name, omit_read_only)
        if self.locale is not UNSET:
            d["locale"] = _convert.dump_model(self.locale, omit_read_only)
        if self.login is not UNSET:
            d["login"] = _convert.dump_model(self.login, omit_read_only)
        if self.manager is not UNSET:
            d["manager"] = _convert.dump_model(self.manager, omit_read_only)
        if self.manager_id is not UNSET:
            d["managerId"] = _convert.dump_model(self.manager_id, omit_read_only)
        if self.middle_name is not UNSET:
            d["middleName"] = _convert.dump_model(self.middle_name, omit_read_only)
        if self.mobile_phone is not UNSET:
            d["mobilePhone"] = _convert.dump_model(self.mobile_phone, omit_read_only)
        if self.nick_name is not UNSET:
            d["nickName"] = _convert.dump_model(self.nick_name, omit_read_only)
        if self.organization is not UNSET:
            d["organization"] = _convert.dump_model(self.organization, omit_read_only)
        if self.postal_address is not UNSET:
            d["postalAddress"] = _convert.dump_model(self.postal_address, omit_read_only)
        if self.preferred_language is not UNSET:
            d["preferredLanguage"] = _convert.dump_model(self.preferred_language, omit_read_only)
        if self.primary_phone is not UNSET:
            d["primaryPhone"] = _convert.dump_model(self.primary_phone, omit_read_only)
        if self.profile_url is not UNSET:
            d["profileUrl"] = _convert.dump_model(self.profile_url, omit_read_only)
        if self.second_email is not UNSET:
            d["secondEmail"] = _convert.dump_model(self.second_email, omit_read_only)
        if self.state is not UNSET:
            d["state"] = _convert.dump_model(self.state, omit_read_only)
        if self.street_address is not UNSET:
            d["streetAddress"] = _convert.dump_model(self.street_address, omit_read_only)
        if self.timezone is not UNSET:
            d["timezone"] = _convert.dump_model(self.timezone, omit_read_only)
        if self.title is not UNSET:
            d["title"] = _convert.dump_model(self.title, omit_read_only)
        if self.user_type is not UNSET:
            d["userType"] = _convert.dump_model(self.user_type, omit_read_only)
        if self.zip_code is not UNSET:
            d["zipCode"] = _convert.dump_model(self.zip_code, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.city = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("city", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.cost_center = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("costCenter", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.country_code = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("countryCode", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.department = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("department", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.display_name = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("displayName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.division = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("division", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.email = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("email", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.employee_number = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("employeeNumber", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.first_name = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("firstName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.honorific_prefix = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("honorificPrefix", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.honorific_suffix = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("honorificSuffix", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.last_name = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("lastName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.locale = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("locale", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.login = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("login", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.manager = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("manager", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.manager_id = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("managerId", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.middle_name = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("middleName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.mobile_phone = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("mobilePhone", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.nick_name = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("nickName", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.organization = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("organization", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.postal_address = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("postalAddress", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.preferred_language = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("preferredLanguage", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.primary_phone = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("primaryPhone", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.profile_url = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("profileUrl", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.second_email = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("secondEmail", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.state = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("state", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.street_address = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("streetAddress", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.timezone = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("timezone", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.title = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("title", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.user_type = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("userType", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.zip_code = (
            _user_schema_attribute.UserSchemaAttribute.from_dict(v)
            if (v := d.pop("zipCode", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)
        )
        obj.additional_properties = d
        return obj
