from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_credentials as _user_credentials
from . import user_links as _user_links
from . import user_profile as _user_profile
from . import user_user_type_value as _user_user_type_value
from .user_status import UserStatus
from .user_transitioning_to_status import UserTransitioningToStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .user_credentials import UserCredentials
    from .user_links import UserLinks
    from .user_profile import UserProfile
    from .user_user_type_value import UserUserTypeValue


@_attrs_define(kw_only=True)
class User(OktaModel):
    """An Okta `User`.

    Attributes:
        activated (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9e610>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9e7d0>
        created (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9e890>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9ea10>
        credentials (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9ead0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5cad290>
        id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9ebd0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9ed50>
        last_login (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9edd0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9ef50>
        last_updated (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9f010>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9f190>
        password_changed (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9f250>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9f3d0>
        profile (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9f490>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d1d0d0>
        realm_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9f590>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9f710>
        status (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9f790>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5d49a50>
        status_changed (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9f890>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9fa10>
        transitioning_to_status (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9fad0>`, read-only, never sent): UserTransitioningToStatus
        type_ (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c9fd90>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ca4210>
        field_embedded (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ca4250>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ca43d0>
        field_links (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ca4450>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5ca71d0>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "activated": "activated",
        "created": "created",
        "credentials": "credentials",
        "id": "id",
        "lastLogin": "last_login",
        "lastUpdated": "last_updated",
        "passwordChanged": "password_changed",
        "profile": "profile",
        "realmId": "realm_id",
        "status": "status",
        "statusChanged": "status_changed",
        "transitioningToStatus": "transitioning_to_status",
        "type": "type_",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "activated": "datetime",
        "created": "datetime",
        "credentials": "model",
        "id": "str",
        "last_login": "datetime",
        "last_updated": "datetime",
        "password_changed": "datetime",
        "profile": "model",
        "realm_id": "str",
        "status": "enum",
        "status_changed": "datetime",
        "transitioning_to_status": "enum",
        "type_": "model",
        "field_embedded": "dict",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "activated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("activated", UNSET)).__class__ is str else v
        ),
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "credentials": lambda d: (
            _user_credentials.UserCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_credentials.UserCredentials, v)
        ),
        "id": "id",
        "last_login": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastLogin", UNSET)).__class__ is str else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "password_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("passwordChanged", UNSET)).__class__ is str else v
        ),
        "profile": lambda d: (
            _user_profile.UserProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_profile.UserProfile, v)
        ),
        "realm_id": "realmId",
        "status": lambda d: _convert.parse_enum(UserStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v,
        "status_changed": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("statusChanged", UNSET)).__class__ is str else v
        ),
        "transitioning_to_status": lambda d: (
            _convert.parse_enum(UserTransitioningToStatus, v)
            if (v := d.get("transitioningToStatus", UNSET)).__class__ is str
            else v
        ),
        "type_": lambda d: (
            _user_user_type_value.UserUserTypeValue.from_json(v)
            if (v := d.get("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_user_type_value.UserUserTypeValue, v)
        ),
        "field_embedded": "_embedded",
        "field_links": lambda d: (
            _user_links.UserLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_links.UserLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, User._json_names),
    }

    activated: datetime.datetime | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    credentials: UserCredentials | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_login: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    password_changed: datetime.datetime | None | Unset = UNSET
    profile: UserProfile | None | Unset = UNSET
    realm_id: str | None | Unset = UNSET
    status: UserStatus | None | Unset = UNSET
    status_changed: datetime.datetime | None | Unset = UNSET
    transitioning_to_status: UserTransitioningToStatus | None | Unset = UNSET
    type_: UserUserTypeValue | None | Unset = UNSET
    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: UserLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.activated is not UNSET and not omit_read_only:
            d["activated"] = _convert.dump_datetime(self.activated)
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_login is not UNSET and not omit_read_only:
            d["lastLogin"] = _convert.dump_datetime(self.last_login)
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.password_changed is not UNSET and not omit_read_only:
            d["passwordChanged"] = _convert.dump_datetime(self.password_changed)
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.realm_id is not UNSET and not omit_read_only:
            d["realmId"] = self.realm_id
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.status_changed is not UNSET and not omit_read_only:
            d["statusChanged"] = _convert.dump_datetime(self.status_changed)
        if self.transitioning_to_status is not UNSET and not omit_read_only:
            d["transitioningToStatus"] = self.transitioning_to_status
        if self.type_ is not UNSET:
            d["type"] = _convert.dump_model(self.type_, omit_read_only)
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
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
        obj.activated = _convert.parse_datetime_text(v) if (v := d.pop("activated", UNSET)).__class__ is str else v
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.credentials = (
            _user_credentials.UserCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_credentials.UserCredentials, v)
        )
        obj.id = d.pop("id", UNSET)
        obj.last_login = _convert.parse_datetime_text(v) if (v := d.pop("lastLogin", UNSET)).__class__ is str else v
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.password_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("passwordChanged", UNSET)).__class__ is str else v
        )
        obj.profile = (
            _user_profile.UserProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_profile.UserProfile, v)
        )
        obj.realm_id = d.pop("realmId", UNSET)
        obj.status = _convert.parse_enum(UserStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.status_changed = (
            _convert.parse_datetime_text(v) if (v := d.pop("statusChanged", UNSET)).__class__ is str else v
        )
        obj.transitioning_to_status = (
            _convert.parse_enum(UserTransitioningToStatus, v)
            if (v := d.pop("transitioningToStatus", UNSET)).__class__ is str
            else v
        )
        obj.type_ = (
            _user_user_type_value.UserUserTypeValue.from_dict(v)
            if (v := d.pop("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_user_type_value.UserUserTypeValue, v)
        )
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = (
            _user_links.UserLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_links.UserLinks, v)
        )
        obj.additional_properties = d
        return obj
