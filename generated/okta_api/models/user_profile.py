from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field, unguarded_instance
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserProfile(OktaModel):
    """Specifies the default and custom profile properties for a user.

    The default user profile is based on the [System for Cross-domain Identity Management: Core
    Schema](https://datatracker.ietf.org/doc/html/rfc7643).

    The only permitted customizations of the default profile are to update permissions, change whether
    the `firstName` and `lastName` properties are nullable, and specify a
    [pattern](https://developer.okta.com/docs/reference/api/schemas/#login-pattern-validation) for
    `login`. You can use the Profile Editor in the Admin Console or the [Schemas
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UISchema/#tag/UISchema)
    to make schema modifications.

    You can extend user profiles with custom properties. You must first add the custom property to the
    user profile schema before you reference it.
    You can use the Profile Editor in the Admin Console or the [Schemas
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UISchema/#tag/UISchema)
    to manage schema extensions.

    Custom attributes can contain HTML tags. It's the client's responsibility to escape or encode this
    data before displaying it. Use
    [best-practices](https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html)
    to prevent cross-site scripting.

    Attributes:
        city: The city or locality of the user's address (`locality`)
        cost_center (`costCenter`): Name of the cost center assigned to a user
        country_code (`countryCode`): The country name component of the user's address (`country`). For validation, see [ISO
            3166-1 alpha 2 "short" code
            format](https://datatracker.ietf.org/doc/html/draft-ietf-scim-core-schema-22#ref-ISO3166).
        department: Name of the user's department
        display_name (`displayName`): Name of the user suitable for display to end users
        division: Name of the user's division
        email: The primary email address of the user. For validation, see [RFC 5322 Section
            3.2.3](https://datatracker.ietf.org/doc/html/rfc5322#section-3.2.3).
        employee_number (`employeeNumber`): The organization or company assigned unique identifier for the user
        first_name (`firstName`): Given name of the user (`givenName`)
        honorific_prefix (`honorificPrefix`): Honorific prefix(es) of the user, or title in most Western languages
        honorific_suffix (`honorificSuffix`): Honorific suffix(es) of the user
        last_name (`lastName`): The family name of the user (`familyName`)
        locale: The user's default location for purposes of localizing items such as currency, date time
            format, numerical representations, and so on.
            A locale value is a concatenation of the ISO 639-1 two-letter language code, an
            underscore, and the ISO 3166-1 two-letter country code. For example, en_US specifies the
            language English and country US. This value is `en_US` by default.
        login: The unique identifier for the user (`username`). For validation, see [Login pattern
            validation](https://developer.okta.com/docs/reference/api/schemas/#login-pattern-validation).

            Every user within your Okta org must have a unique identifier for a login. This constraint
            applies to all users you import from other systems or applications such as Active
            Directory. Your organization is the top-level namespace to mix and match logins from all
            your connected applications or directories. Careful consideration of naming conventions
            for your login identifier will make it easier to onboard new applications in the future.

            Logins are not considered unique if they differ only in case and/or diacritical marks. If
            one of your users has a login of `Isaac.Brock@example.com`, there cannot be another user
            whose login is `isaac.brock@example.com`, nor `isáàc.bröck@example.com`.

            Okta has a default ambiguous name resolution policy for usernames that include @-signs. By
            default, usernames must be formatted as email addresses and thus always include @-signs.
            You can remove that restriction using either the Admin Console or the [Schemas
            API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Schema/).
            Users can sign in with their non-qualified short name (for example: `isaac.brock` with
            username `isaac.brock@example.com`) as long as the short name is still unique within the
            org.
        manager: The `displayName` of the user's manager
        manager_id (`managerId`): The `id` of the user's manager
        middle_name (`middleName`): The middle name of the user
        mobile_phone (`mobilePhone`): The mobile phone number of the user
        nick_name (`nickName`): The casual way to address the user in real life
        organization: Name of the the user's organization
        postal_address (`postalAddress`): Mailing address component of the user's address
        preferred_language (`preferredLanguage`): The user's preferred written or spoken language. For validation, see [RFC 7231 Section
            5.3.5](https://datatracker.ietf.org/doc/html/rfc7231#section-5.3.5).
        primary_phone (`primaryPhone`): The primary phone number of the user such as a home number
        profile_url (`profileUrl`): The URL of the user's online profile. For example, a web page. See
            [URL](https://datatracker.ietf.org/doc/html/rfc1808).
        second_email (`secondEmail`): The secondary email address of the user typically used for account recovery. For
            validation, see [RFC 5322 Section
            3.2.3](https://datatracker.ietf.org/doc/html/rfc5322#section-3.2.3).
        state: The state or region component of the user's address (`region`)
        street_address (`streetAddress`): The full street address component of the user's address
        timezone: The user's time zone
        title: The user's title, such as Vice President
        user_type (`userType`): The property used to describe the organization-to-user relationship, such as employee or
            contractor

            > **Note:** The `userType` property is a standard string attribute and should be treated
            as a descriptive label rather than a functional setting. Unlike a user's assigned user
            [`type`](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=type&t=request),
            this property is purely informational and doesn't influence the behavior of the Okta
            platform.
        zip_code (`zipCode`): The ZIP code or postal code component of the user's address (`postalCode`)
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
        "city": ("city", None),
        "cost_center": ("costCenter", None),
        "country_code": ("countryCode", None),
        "department": ("department", None),
        "display_name": ("displayName", None),
        "division": ("division", None),
        "email": ("email", None),
        "employee_number": ("employeeNumber", None),
        "first_name": ("firstName", None),
        "honorific_prefix": ("honorificPrefix", None),
        "honorific_suffix": ("honorificSuffix", None),
        "last_name": ("lastName", None),
        "locale": ("locale", None),
        "login": ("login", None),
        "manager": ("manager", None),
        "manager_id": ("managerId", None),
        "middle_name": ("middleName", None),
        "mobile_phone": ("mobilePhone", None),
        "nick_name": ("nickName", None),
        "organization": ("organization", None),
        "postal_address": ("postalAddress", None),
        "preferred_language": ("preferredLanguage", None),
        "primary_phone": ("primaryPhone", None),
        "profile_url": ("profileUrl", None),
        "second_email": ("secondEmail", None),
        "state": ("state", None),
        "street_address": ("streetAddress", None),
        "timezone": ("timezone", None),
        "title": ("title", None),
        "user_type": ("userType", None),
        "zip_code": ("zipCode", None),
    }
    _extensible: ClassVar[bool] = True

    city: str | None = _attrs_field(init=False)
    cost_center: str | None = _attrs_field(init=False)
    country_code: str | None = _attrs_field(init=False)
    department: str | None = _attrs_field(init=False)
    display_name: str | None = _attrs_field(init=False)
    division: str | None = _attrs_field(init=False)
    email: str | None = _attrs_field(init=False)
    employee_number: str | None = _attrs_field(init=False)
    first_name: str | None = _attrs_field(init=False)
    honorific_prefix: str | None = _attrs_field(init=False)
    honorific_suffix: str | None = _attrs_field(init=False)
    last_name: str | None = _attrs_field(init=False)
    locale: str | None = _attrs_field(init=False)
    login: str | None = _attrs_field(init=False)
    manager: str | None = _attrs_field(init=False)
    manager_id: str | None = _attrs_field(init=False)
    middle_name: str | None = _attrs_field(init=False)
    mobile_phone: str | None = _attrs_field(init=False)
    nick_name: str | None = _attrs_field(init=False)
    organization: str | None = _attrs_field(init=False)
    postal_address: str | None = _attrs_field(init=False)
    preferred_language: str | None = _attrs_field(init=False)
    primary_phone: str | None = _attrs_field(init=False)
    profile_url: str | None = _attrs_field(init=False)
    second_email: str | None = _attrs_field(init=False)
    state: str | None = _attrs_field(init=False)
    street_address: str | None = _attrs_field(init=False)
    timezone: str | None = _attrs_field(init=False)
    title: str | None = _attrs_field(init=False)
    user_type: str | None = _attrs_field(init=False)
    zip_code: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        city: str | None | Unset = UNSET,
        cost_center: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        department: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        division: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        employee_number: str | None | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        honorific_prefix: str | None | Unset = UNSET,
        honorific_suffix: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        manager_id: str | None | Unset = UNSET,
        middle_name: str | None | Unset = UNSET,
        mobile_phone: str | None | Unset = UNSET,
        nick_name: str | None | Unset = UNSET,
        organization: str | None | Unset = UNSET,
        postal_address: str | None | Unset = UNSET,
        preferred_language: str | None | Unset = UNSET,
        primary_phone: str | None | Unset = UNSET,
        profile_url: str | None | Unset = UNSET,
        second_email: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        street_address: str | None | Unset = UNSET,
        timezone: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        user_type: str | None | Unset = UNSET,
        zip_code: str | None | Unset = UNSET,
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
            d["city"] = v
        if (v := values.get("cost_center", UNSET)) is not UNSET:
            d["costCenter"] = v
        if (v := values.get("country_code", UNSET)) is not UNSET:
            d["countryCode"] = v
        if (v := values.get("department", UNSET)) is not UNSET:
            d["department"] = v
        if (v := values.get("display_name", UNSET)) is not UNSET:
            d["displayName"] = v
        if (v := values.get("division", UNSET)) is not UNSET:
            d["division"] = v
        if (v := values.get("email", UNSET)) is not UNSET:
            d["email"] = v
        if (v := values.get("employee_number", UNSET)) is not UNSET:
            d["employeeNumber"] = v
        if (v := values.get("first_name", UNSET)) is not UNSET:
            d["firstName"] = v
        if (v := values.get("honorific_prefix", UNSET)) is not UNSET:
            d["honorificPrefix"] = v
        if (v := values.get("honorific_suffix", UNSET)) is not UNSET:
            d["honorificSuffix"] = v
        if (v := values.get("last_name", UNSET)) is not UNSET:
            d["lastName"] = v
        if (v := values.get("locale", UNSET)) is not UNSET:
            d["locale"] = v
        if (v := values.get("login", UNSET)) is not UNSET:
            d["login"] = v
        if (v := values.get("manager", UNSET)) is not UNSET:
            d["manager"] = v
        if (v := values.get("manager_id", UNSET)) is not UNSET:
            d["managerId"] = v
        if (v := values.get("middle_name", UNSET)) is not UNSET:
            d["middleName"] = v
        if (v := values.get("mobile_phone", UNSET)) is not UNSET:
            d["mobilePhone"] = v
        if (v := values.get("nick_name", UNSET)) is not UNSET:
            d["nickName"] = v
        if (v := values.get("organization", UNSET)) is not UNSET:
            d["organization"] = v
        if (v := values.get("postal_address", UNSET)) is not UNSET:
            d["postalAddress"] = v
        if (v := values.get("preferred_language", UNSET)) is not UNSET:
            d["preferredLanguage"] = v
        if (v := values.get("primary_phone", UNSET)) is not UNSET:
            d["primaryPhone"] = v
        if (v := values.get("profile_url", UNSET)) is not UNSET:
            d["profileUrl"] = v
        if (v := values.get("second_email", UNSET)) is not UNSET:
            d["secondEmail"] = v
        if (v := values.get("state", UNSET)) is not UNSET:
            d["state"] = v
        if (v := values.get("street_address", UNSET)) is not UNSET:
            d["streetAddress"] = v
        if (v := values.get("timezone", UNSET)) is not UNSET:
            d["timezone"] = v
        if (v := values.get("title", UNSET)) is not UNSET:
            d["title"] = v
        if (v := values.get("user_type", UNSET)) is not UNSET:
            d["userType"] = v
        if (v := values.get("zip_code", UNSET)) is not UNSET:
            d["zipCode"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        # Of a subclass without this class's name-checking __setattr__ until every field is in.
        obj = unguarded_instance(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("city", UNSET)) is not UNSET:
            obj.city = v
        if (v := d.pop("costCenter", UNSET)) is not UNSET:
            obj.cost_center = v
        if (v := d.pop("countryCode", UNSET)) is not UNSET:
            obj.country_code = v
        if (v := d.pop("department", UNSET)) is not UNSET:
            obj.department = v
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("division", UNSET)) is not UNSET:
            obj.division = v
        if (v := d.pop("email", UNSET)) is not UNSET:
            obj.email = v
        if (v := d.pop("employeeNumber", UNSET)) is not UNSET:
            obj.employee_number = v
        if (v := d.pop("firstName", UNSET)) is not UNSET:
            obj.first_name = v
        if (v := d.pop("honorificPrefix", UNSET)) is not UNSET:
            obj.honorific_prefix = v
        if (v := d.pop("honorificSuffix", UNSET)) is not UNSET:
            obj.honorific_suffix = v
        if (v := d.pop("lastName", UNSET)) is not UNSET:
            obj.last_name = v
        if (v := d.pop("locale", UNSET)) is not UNSET:
            obj.locale = v
        if (v := d.pop("login", UNSET)) is not UNSET:
            obj.login = v
        if (v := d.pop("manager", UNSET)) is not UNSET:
            obj.manager = v
        if (v := d.pop("managerId", UNSET)) is not UNSET:
            obj.manager_id = v
        if (v := d.pop("middleName", UNSET)) is not UNSET:
            obj.middle_name = v
        if (v := d.pop("mobilePhone", UNSET)) is not UNSET:
            obj.mobile_phone = v
        if (v := d.pop("nickName", UNSET)) is not UNSET:
            obj.nick_name = v
        if (v := d.pop("organization", UNSET)) is not UNSET:
            obj.organization = v
        if (v := d.pop("postalAddress", UNSET)) is not UNSET:
            obj.postal_address = v
        if (v := d.pop("preferredLanguage", UNSET)) is not UNSET:
            obj.preferred_language = v
        if (v := d.pop("primaryPhone", UNSET)) is not UNSET:
            obj.primary_phone = v
        if (v := d.pop("profileUrl", UNSET)) is not UNSET:
            obj.profile_url = v
        if (v := d.pop("secondEmail", UNSET)) is not UNSET:
            obj.second_email = v
        if (v := d.pop("state", UNSET)) is not UNSET:
            obj.state = v
        if (v := d.pop("streetAddress", UNSET)) is not UNSET:
            obj.street_address = v
        if (v := d.pop("timezone", UNSET)) is not UNSET:
            obj.timezone = v
        if (v := d.pop("title", UNSET)) is not UNSET:
            obj.title = v
        if (v := d.pop("userType", UNSET)) is not UNSET:
            obj.user_type = v
        if (v := d.pop("zipCode", UNSET)) is not UNSET:
            obj.zip_code = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
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
