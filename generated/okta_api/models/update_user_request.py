from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import update_user_request_type as _update_user_request_type
from . import user_credentials as _user_credentials
from . import user_profile as _user_profile

if TYPE_CHECKING:
    from typing import Self

    from .update_user_request_type import UpdateUserRequestType
    from .user_credentials import UserCredentials
    from .user_profile import UserProfile


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_credentials.UserCredentials.from_json(v) if lazy else _user_credentials.UserCredentials.from_dict(v)
        )
    return _convert.parse_model(_user_credentials.UserCredentials, v)


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _user_profile.UserProfile.from_json(v) if lazy else _user_profile.UserProfile.from_dict(v)
    return _convert.parse_model(_user_profile.UserProfile, v)


def _parse_type_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _update_user_request_type.UpdateUserRequestType.from_json(v)
            if lazy
            else _update_user_request_type.UpdateUserRequestType.from_dict(v)
        )
    return _convert.parse_model(_update_user_request_type.UpdateUserRequestType, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UpdateUserRequest(OktaModel):
    """An Okta `UpdateUserRequest`.

    Attributes:
        credentials: Specifies primary authentication and recovery credentials for a user. Credential types and
            requirements vary depending on the provider and security policy of the org.
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
        realm_id (`realmId`): The ID of the realm in which the user is residing. See
            [Realms](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/realm).
        type_ (`type`): The ID of the user type. Add this value if you want to create a user with a non-default
            [User
            Type](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserType/).
            The user type determines which
            [schema](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Schema/)
            applies to that user. After a user has been created, the user can
            only be assigned a different user type by an admin through a full replacement (`PUT`)
            operation.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credentials": "credentials",
        "profile": "profile",
        "realmId": "realm_id",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "credentials": "model",
        "profile": "model",
        "realm_id": "str",
        "type_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "credentials": ("credentials", _parse_credentials),
        "profile": ("profile", _parse_profile),
        "realm_id": ("realmId", None),
        "type_": ("type", _parse_type_),
    }

    credentials: UserCredentials | None = _attrs_field(init=False)
    profile: UserProfile | None = _attrs_field(init=False)
    realm_id: str | None = _attrs_field(init=False)
    type_: UpdateUserRequestType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        credentials: UserCredentials | None | Unset = UNSET,
        profile: UserProfile | None | Unset = UNSET,
        realm_id: str | None | Unset = UNSET,
        type_: UpdateUserRequestType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if realm_id is not UNSET:
            _set_field(self, "realm_id", realm_id)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("realm_id", UNSET)) is not UNSET:
            d["realmId"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("realmId", UNSET)) is not UNSET:
            obj.realm_id = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
