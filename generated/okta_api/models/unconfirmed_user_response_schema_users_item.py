from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import app_user_credentials as _app_user_credentials
from . import app_user_profile as _app_user_profile

if TYPE_CHECKING:
    from typing import Self

    from .app_user_credentials import AppUserCredentials
    from .app_user_profile import AppUserProfile


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_user_credentials.AppUserCredentials.from_json(v)
            if lazy
            else _app_user_credentials.AppUserCredentials.from_dict(v)
        )
    return _convert.parse_model(_app_user_credentials.AppUserCredentials, v)


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _app_user_profile.AppUserProfile.from_json(v) if lazy else _app_user_profile.AppUserProfile.from_dict(v)
    return _convert.parse_model(_app_user_profile.AppUserProfile, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UnconfirmedUserResponseSchemaUsersItem(OktaModel):
    """An Okta `UnconfirmedUserResponseSchemaUsersItem`.

    Attributes:
        external_id (`externalId`, read-only, never sent): The ID of the user in the target app that's linked to the Okta application user object.
            This value is the native app-specific identifier or primary key for the user in the target
            app.

            The `externalId` is set during import when the user is confirmed (reconciled) or during
            provisioning when the user is created in the target app.
            This value isn't populated for SSO app assignments (for example, SAML or SWA) because it
            isn't synchronized with a target app.
        credentials: Specifies a user's credentials for the app.
            This parameter can be omitted for apps with [sign-on
            mode](https://developer.okta.com/docs/api/openapi/okta-management/management/application/getapplication#application/getapplication/t=response&c=200&path=&d=0/signonmode)
            (`signOnMode`) or [authentication
            schemes](https://developer.okta.com/docs/api/openapi/okta-management/management/application/getapplication#application/getapplication/t=response&c=200&path=&d=0/credentials/scheme)
            (`credentials.scheme`) that don't require credentials.
        profile: Specifies the default and custom profile properties for a user.
            Properties that are visible in the Admin Console for an app assignment can also be
            assigned through the API.
            Some properties are reference properties that are imported from the target app and can't
            be configured.
            See
            [profile](https://developer.okta.com/docs/api/openapi/okta-management/management/user/getuser#user/getuser/t=response&c=200&path=profile).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "externalId": "external_id",
        "credentials": "credentials",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "external_id": "str",
        "credentials": "model",
        "profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "external_id": ("externalId", None),
        "credentials": ("credentials", _parse_credentials),
        "profile": ("profile", _parse_profile),
    }

    external_id: str | None = _attrs_field(init=False)
    credentials: AppUserCredentials | None = _attrs_field(init=False)
    profile: AppUserProfile | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        external_id: str | None | Unset = UNSET,
        credentials: AppUserCredentials | None | Unset = UNSET,
        profile: AppUserProfile | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if external_id is not UNSET:
            _set_field(self, "external_id", external_id)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("external_id", UNSET)) is not UNSET and not omit_read_only:
            d["externalId"] = v
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("externalId", UNSET)) is not UNSET:
            obj.external_id = v
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
