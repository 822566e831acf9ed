from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_schema_attribute as _user_schema_attribute

if TYPE_CHECKING:
    from typing import Self

    from .user_schema_attribute import UserSchemaAttribute


def _parse_city(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_cost_center(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_country_code(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_department(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_display_name(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_division(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_email(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_employee_number(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_first_name(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_honorific_prefix(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_honorific_suffix(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_last_name(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_locale(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_login(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_manager(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_manager_id(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_middle_name(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_mobile_phone(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_nick_name(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_organization(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_postal_address(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_preferred_language(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_primary_phone(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_profile_url(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_second_email(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_state(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_street_address(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_timezone(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_title(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_user_type(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


def _parse_zip_code(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_attribute.UserSchemaAttribute.from_json(v)
            if lazy
            else _user_schema_attribute.UserSchemaAttribute.from_dict(v)
        )
    return _convert.parse_model(_user_schema_attribute.UserSchemaAttribute, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "city": ("city", _parse_city),
        "cost_center": ("costCenter", _parse_cost_center),
        "country_code": ("countryCode", _parse_country_code),
        "department": ("department", _parse_department),
        "display_name": ("displayName", _parse_display_name),
        "division": ("division", _parse_division),
        "email": ("email", _parse_email),
        "employee_number": ("employeeNumber", _parse_employee_number),
        "first_name": ("firstName", _parse_first_name),
        "honorific_prefix": ("honorificPrefix", _parse_honorific_prefix),
        "honorific_suffix": ("honorificSuffix", _parse_honorific_suffix),
        "last_name": ("lastName", _parse_last_name),
        "locale": ("locale", _parse_locale),
        "login": ("login", _parse_login),
        "manager": ("manager", _parse_manager),
        "manager_id": ("managerId", _parse_manager_id),
        "middle_name": ("middleName", _parse_middle_name),
        "mobile_phone": ("mobilePhone", _parse_mobile_phone),
        "nick_name": ("nickName", _parse_nick_name),
        "organization": ("organization", _parse_organization),
        "postal_address": ("postalAddress", _parse_postal_address),
        "preferred_language": ("preferredLanguage", _parse_preferred_language),
        "primary_phone": ("primaryPhone", _parse_primary_phone),
        "profile_url": ("profileUrl", _parse_profile_url),
        "second_email": ("secondEmail", _parse_second_email),
        "state": ("state", _parse_state),
        "street_address": ("streetAddress", _parse_street_address),
        "timezone": ("timezone", _parse_timezone),
        "title": ("title", _parse_title),
        "user_type": ("userType", _parse_user_type),
        "zip_code": ("zipCode", _parse_zip_code),
    }

    city: UserSchemaAttribute | None = _attrs_field(init=False)
    cost_center: UserSchemaAttribute | None = _attrs_field(init=False)
    country_code: UserSchemaAttribute | None = _attrs_field(init=False)
    department: UserSchemaAttribute | None = _attrs_field(init=False)
    display_name: UserSchemaAttribute | None = _attrs_field(init=False)
    division: UserSchemaAttribute | None = _attrs_field(init=False)
    email: UserSchemaAttribute | None = _attrs_field(init=False)
    employee_number: UserSchemaAttribute | None = _attrs_field(init=False)
    first_name: UserSchemaAttribute | None = _attrs_field(init=False)
    honorific_prefix: UserSchemaAttribute | None = _attrs_field(init=False)
    honorific_suffix: UserSchemaAttribute | None = _attrs_field(init=False)
    last_name: UserSchemaAttribute | None = _attrs_field(init=False)
    locale: UserSchemaAttribute | None = _attrs_field(init=False)
    login: UserSchemaAttribute | None = _attrs_field(init=False)
    manager: UserSchemaAttribute | None = _attrs_field(init=False)
    manager_id: UserSchemaAttribute | None = _attrs_field(init=False)
    middle_name: UserSchemaAttribute | None = _attrs_field(init=False)
    mobile_phone: UserSchemaAttribute | None = _attrs_field(init=False)
    nick_name: UserSchemaAttribute | None = _attrs_field(init=False)
    organization: UserSchemaAttribute | None = _attrs_field(init=False)
    postal_address: UserSchemaAttribute | None = _attrs_field(init=False)
    preferred_language: UserSchemaAttribute | None = _attrs_field(init=False)
    primary_phone: UserSchemaAttribute | None = _attrs_field(init=False)
    profile_url: UserSchemaAttribute | None = _attrs_field(init=False)
    second_email: UserSchemaAttribute | None = _attrs_field(init=False)
    state: UserSchemaAttribute | None = _attrs_field(init=False)
    street_address: UserSchemaAttribute | None = _attrs_field(init=False)
    timezone: UserSchemaAttribute | None = _attrs_field(init=False)
    title: UserSchemaAttribute | None = _attrs_field(init=False)
    user_type: UserSchemaAttribute | None = _attrs_field(init=False)
    zip_code: UserSchemaAttribute | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        city: UserSchemaAttribute | None | Unset = UNSET,
        cost_center: UserSchemaAttribute | None | Unset = UNSET,
        country_code: UserSchemaAttribute | None | Unset = UNSET,
        department: UserSchemaAttribute | None | Unset = UNSET,
        display_name: UserSchemaAttribute | None | Unset = UNSET,
        division: UserSchemaAttribute | None | Unset = UNSET,
        email: UserSchemaAttribute | None | Unset = UNSET,
        employee_number: UserSchemaAttribute | None | Unset = UNSET,
        first_name: UserSchemaAttribute | None | Unset = UNSET,
        honorific_prefix: UserSchemaAttribute | None | Unset = UNSET,
        honorific_suffix: UserSchemaAttribute | None | Unset = UNSET,
        last_name: UserSchemaAttribute | None | Unset = UNSET,
        locale: UserSchemaAttribute | None | Unset = UNSET,
        login: UserSchemaAttribute | None | Unset = UNSET,
        manager: UserSchemaAttribute | None | Unset = UNSET,
        manager_id: UserSchemaAttribute | None | Unset = UNSET,
        middle_name: UserSchemaAttribute | None | Unset = UNSET,
        mobile_phone: UserSchemaAttribute | None | Unset = UNSET,
        nick_name: UserSchemaAttribute | None | Unset = UNSET,
        organization: UserSchemaAttribute | None | Unset = UNSET,
        postal_address: UserSchemaAttribute | None | Unset = UNSET,
        preferred_language: UserSchemaAttribute | None | Unset = UNSET,
        primary_phone: UserSchemaAttribute | None | Unset = UNSET,
        profile_url: UserSchemaAttribute | None | Unset = UNSET,
        second_email: UserSchemaAttribute | None | Unset = UNSET,
        state: UserSchemaAttribute | None | Unset = UNSET,
        street_address: UserSchemaAttribute | None | Unset = UNSET,
        timezone: UserSchemaAttribute | None | Unset = UNSET,
        title: UserSchemaAttribute | None | Unset = UNSET,
        user_type: UserSchemaAttribute | None | Unset = UNSET,
        zip_code: UserSchemaAttribute | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if city is not UNSET:
            _set_field(self, "city", city)
        if cost_center is not UNSET:
            _set_field(self, "cost_center", cost_center)
        if country_code is not UNSET:
            _set_field(self, "country_code", country_code)
        if department is not UNSET:
            _set_field(self, "department", department)
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if division is not UNSET:
            _set_field(self, "division", division)
        if email is not UNSET:
            _set_field(self, "email", email)
        if employee_number is not UNSET:
            _set_field(self, "employee_number", employee_number)
        if first_name is not UNSET:
            _set_field(self, "first_name", first_name)
        if honorific_prefix is not UNSET:
            _set_field(self, "honorific_prefix", honorific_prefix)
        if honorific_suffix is not UNSET:
            _set_field(self, "honorific_suffix", honorific_suffix)
        if last_name is not UNSET:
            _set_field(self, "last_name", last_name)
        if locale is not UNSET:
            _set_field(self, "locale", locale)
        if login is not UNSET:
            _set_field(self, "login", login)
        if manager is not UNSET:
            _set_field(self, "manager", manager)
        if manager_id is not UNSET:
            _set_field(self, "manager_id", manager_id)
        if middle_name is not UNSET:
            _set_field(self, "middle_name", middle_name)
        if mobile_phone is not UNSET:
            _set_field(self, "mobile_phone", mobile_phone)
        if nick_name is not UNSET:
            _set_field(self, "nick_name", nick_name)
        if organization is not UNSET:
            _set_field(self, "organization", organization)
        if postal_address is not UNSET:
            _set_field(self, "postal_address", postal_address)
        if preferred_language is not UNSET:
            _set_field(self, "preferred_language", preferred_language)
        if primary_phone is not UNSET:
            _set_field(self, "primary_phone", primary_phone)
        if profile_url is not UNSET:
            _set_field(self, "profile_url", profile_url)
        if second_email is not UNSET:
            _set_field(self, "second_email", second_email)
        if state is not UNSET:
            _set_field(self, "state", state)
        if street_address is not UNSET:
            _set_field(self, "street_address", street_address)
        if timezone is not UNSET:
            _set_field(self, "timezone", timezone)
        if title is not UNSET:
            _set_field(self, "title", title)
        if user_type is not UNSET:
            _set_field(self, "user_type", user_type)
        if zip_code is not UNSET:
            _set_field(self, "zip_code", zip_code)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("city", UNSET)) is not UNSET:
            d["city"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("cost_center", UNSET)) is not UNSET:
            d["costCenter"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("country_code", UNSET)) is not UNSET:
            d["countryCode"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("department", UNSET)) is not UNSET:
            d["department"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("display_name", UNSET)) is not UNSET:
            d["displayName"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("division", UNSET)) is not UNSET:
            d["division"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("email", UNSET)) is not UNSET:
            d["email"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("employee_number", UNSET)) is not UNSET:
            d["employeeNumber"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("first_name", UNSET)) is not UNSET:
            d["firstName"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("honorific_prefix", UNSET)) is not UNSET:
            d["honorificPrefix"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("honorific_suffix", UNSET)) is not UNSET:
            d["honorificSuffix"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("last_name", UNSET)) is not UNSET:
            d["lastName"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("locale", UNSET)) is not UNSET:
            d["locale"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("login", UNSET)) is not UNSET:
            d["login"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("manager", UNSET)) is not UNSET:
            d["manager"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("manager_id", UNSET)) is not UNSET:
            d["managerId"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("middle_name", UNSET)) is not UNSET:
            d["middleName"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("mobile_phone", UNSET)) is not UNSET:
            d["mobilePhone"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("nick_name", UNSET)) is not UNSET:
            d["nickName"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("organization", UNSET)) is not UNSET:
            d["organization"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("postal_address", UNSET)) is not UNSET:
            d["postalAddress"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("preferred_language", UNSET)) is not UNSET:
            d["preferredLanguage"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("primary_phone", UNSET)) is not UNSET:
            d["primaryPhone"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("profile_url", UNSET)) is not UNSET:
            d["profileUrl"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("second_email", UNSET)) is not UNSET:
            d["secondEmail"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("state", UNSET)) is not UNSET:
            d["state"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("street_address", UNSET)) is not UNSET:
            d["streetAddress"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("timezone", UNSET)) is not UNSET:
            d["timezone"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("title", UNSET)) is not UNSET:
            d["title"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_type", UNSET)) is not UNSET:
            d["userType"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("zip_code", UNSET)) is not UNSET:
            d["zipCode"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("city", UNSET)) is not UNSET:
            obj.city = _parse_city(v, False)
        if (v := d.pop("costCenter", UNSET)) is not UNSET:
            obj.cost_center = _parse_cost_center(v, False)
        if (v := d.pop("countryCode", UNSET)) is not UNSET:
            obj.country_code = _parse_country_code(v, False)
        if (v := d.pop("department", UNSET)) is not UNSET:
            obj.department = _parse_department(v, False)
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = _parse_display_name(v, False)
        if (v := d.pop("division", UNSET)) is not UNSET:
            obj.division = _parse_division(v, False)
        if (v := d.pop("email", UNSET)) is not UNSET:
            obj.email = _parse_email(v, False)
        if (v := d.pop("employeeNumber", UNSET)) is not UNSET:
            obj.employee_number = _parse_employee_number(v, False)
        if (v := d.pop("firstName", UNSET)) is not UNSET:
            obj.first_name = _parse_first_name(v, False)
        if (v := d.pop("honorificPrefix", UNSET)) is not UNSET:
            obj.honorific_prefix = _parse_honorific_prefix(v, False)
        if (v := d.pop("honorificSuffix", UNSET)) is not UNSET:
            obj.honorific_suffix = _parse_honorific_suffix(v, False)
        if (v := d.pop("lastName", UNSET)) is not UNSET:
            obj.last_name = _parse_last_name(v, False)
        if (v := d.pop("locale", UNSET)) is not UNSET:
            obj.locale = _parse_locale(v, False)
        if (v := d.pop("login", UNSET)) is not UNSET:
            obj.login = _parse_login(v, False)
        if (v := d.pop("manager", UNSET)) is not UNSET:
            obj.manager = _parse_manager(v, False)
        if (v := d.pop("managerId", UNSET)) is not UNSET:
            obj.manager_id = _parse_manager_id(v, False)
        if (v := d.pop("middleName", UNSET)) is not UNSET:
            obj.middle_name = _parse_middle_name(v, False)
        if (v := d.pop("mobilePhone", UNSET)) is not UNSET:
            obj.mobile_phone = _parse_mobile_phone(v, False)
        if (v := d.pop("nickName", UNSET)) is not UNSET:
            obj.nick_name = _parse_nick_name(v, False)
        if (v := d.pop("organization", UNSET)) is not UNSET:
            obj.organization = _parse_organization(v, False)
        if (v := d.pop("postalAddress", UNSET)) is not UNSET:
            obj.postal_address = _parse_postal_address(v, False)
        if (v := d.pop("preferredLanguage", UNSET)) is not UNSET:
            obj.preferred_language = _parse_preferred_language(v, False)
        if (v := d.pop("primaryPhone", UNSET)) is not UNSET:
            obj.primary_phone = _parse_primary_phone(v, False)
        if (v := d.pop("profileUrl", UNSET)) is not UNSET:
            obj.profile_url = _parse_profile_url(v, False)
        if (v := d.pop("secondEmail", UNSET)) is not UNSET:
            obj.second_email = _parse_second_email(v, False)
        if (v := d.pop("state", UNSET)) is not UNSET:
            obj.state = _parse_state(v, False)
        if (v := d.pop("streetAddress", UNSET)) is not UNSET:
            obj.street_address = _parse_street_address(v, False)
        if (v := d.pop("timezone", UNSET)) is not UNSET:
            obj.timezone = _parse_timezone(v, False)
        if (v := d.pop("title", UNSET)) is not UNSET:
            obj.title = _parse_title(v, False)
        if (v := d.pop("userType", UNSET)) is not UNSET:
            obj.user_type = _parse_user_type(v, False)
        if (v := d.pop("zipCode", UNSET)) is not UNSET:
            obj.zip_code = _parse_zip_code(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
