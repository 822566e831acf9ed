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
