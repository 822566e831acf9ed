from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import create_user_request_type as _create_user_request_type
from . import user_credentials_writable as _user_credentials_writable
from . import user_profile as _user_profile

if TYPE_CHECKING:
    from typing import Self

    from .create_user_request_type import CreateUserRequestType
    from .user_credentials_writable import UserCredentialsWritable
    from .user_profile import UserProfile


@_attrs_define(kw_only=True)
class CreateUserRequest(OktaModel):
    """An Okta `CreateUserRequest`.

    Attributes:
        profile: Specifies the default and custom profile properties for a user.

            The default user profile is based on the [System for Cross-domain Identity Management:
            Core Schema](https://datatracker.ietf.org/doc/html/rfc7643).

            The only permitted customizations of the default profile are to update permissions, change
            whether the `firstName` and `lastName` properties are nullable, and specify a
            [pattern](https://developer.okta.com/docs/reference/api/schemas/#login-pattern-validation)
            for `login`. You can use the Profile Editor in the Admin Console or the [Schemas
            API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UISchema/#tag/UISchema)
            to make schema modifications.

            You can extend user profiles with custom properties. You must first add the custom
            property to the user profile schema before you reference it.
            You can use the Profile Editor in the Admin Console or the [Schemas
            API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UISchema/#tag/UISchema)
            to manage schema extensions.

            Custom attributes can contain HTML tags. It's the client's responsibility to escape or
            encode this data before displaying it. Use
            [best-practices](https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html)
            to prevent cross-site scripting.
        credentials: Specifies primary authentication and recovery credentials for a user. Credential types and
            requirements vary depending on the provider and security policy of the org.
        group_ids (`groupIds`): The list of group IDs of groups that the user is added to at the time of creation
        realm_id (`realmId`): The ID of the realm in which the user is residing. See
            [Realms](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/realm).
        type_ (`type`): The ID of the user type. Add this value if you want to create a user with a non-default
            [User
            Type](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserType/).
            The user type determines which
            [schema](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Schema/)
            applies to that user. After a user has been created, the user can
            only be assigned a different user type by an administrator through a full replacement
            (`PUT`) operation.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "profile": "profile",
        "credentials": "credentials",
        "groupIds": "group_ids",
        "realmId": "realm_id",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "profile": "model",
        "credentials": "model",
        "group_ids": "list:str",
        "realm_id": "str",
        "type_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "profile": lambda d: (
            _user_profile.UserProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_profile.UserProfile, v)
        ),
        "credentials": lambda d: (
            _user_credentials_writable.UserCredentialsWritable.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_credentials_writable.UserCredentialsWritable, v)
        ),
        "group_ids": "groupIds",
        "realm_id": "realmId",
        "type_": lambda d: (
            _create_user_request_type.CreateUserRequestType.from_json(v)
            if (v := d.get("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_create_user_request_type.CreateUserRequestType, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CreateUserRequest._json_names),
    }

    profile: UserProfile | None | Unset
    credentials: UserCredentialsWritable | None | Unset = UNSET
    group_ids: list[str] | None | Unset = UNSET
    realm_id: str | None | Unset = UNSET
    type_: CreateUserRequestType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.group_ids is not UNSET:
            d["groupIds"] = self.group_ids
        if self.realm_id is not UNSET:
            d["realmId"] = self.realm_id
        if self.type_ is not UNSET:
            d["type"] = _convert.dump_model(self.type_, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.profile = (
            _user_profile.UserProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_profile.UserProfile, v)
        )
        obj.credentials = (
            _user_credentials_writable.UserCredentialsWritable.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_credentials_writable.UserCredentialsWritable, v)
        )
        obj.group_ids = d.pop("groupIds", UNSET)
        obj.realm_id = d.pop("realmId", UNSET)
        obj.type_ = (
            _create_user_request_type.CreateUserRequestType.from_dict(v)
            if (v := d.pop("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_create_user_request_type.CreateUserRequestType, v)
        )
        obj.additional_properties = d
        return obj
