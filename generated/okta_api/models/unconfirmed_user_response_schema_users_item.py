from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_user_credentials as _app_user_credentials
from . import app_user_profile as _app_user_profile

if TYPE_CHECKING:
    from typing import Self

    from .app_user_credentials import AppUserCredentials
    from .app_user_profile import AppUserProfile


@_attrs_define(kw_only=True)
class UnconfirmedUserResponseSchemaUsersItem(OktaModel):
    """An Okta `UnconfirmedUserResponseSchemaUsersItem`.

    Attributes:
        external_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c954d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c95690>
        credentials (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c95710>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64046d0>
        profile (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5c95810>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6405050>
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
        "external_id": "externalId",
        "credentials": lambda d: (
            _app_user_credentials.AppUserCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_credentials.AppUserCredentials, v)
        ),
        "profile": lambda d: (
            _app_user_profile.AppUserProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_profile.AppUserProfile, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UnconfirmedUserResponseSchemaUsersItem._json_names),
    }

    external_id: str | None | Unset = UNSET
    credentials: AppUserCredentials | None | Unset = UNSET
    profile: AppUserProfile | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.external_id is not UNSET and not omit_read_only:
            d["externalId"] = self.external_id
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.external_id = d.pop("externalId", UNSET)
        obj.credentials = (
            _app_user_credentials.AppUserCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_credentials.AppUserCredentials, v)
        )
        obj.profile = (
            _app_user_profile.AppUserProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_profile.AppUserProfile, v)
        )
        obj.additional_properties = d
        return obj
