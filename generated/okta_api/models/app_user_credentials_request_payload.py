from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_user_credentials as _app_user_credentials

if TYPE_CHECKING:
    from typing import Self

    from .app_user_credentials import AppUserCredentials


@_attrs_define(kw_only=True)
class AppUserCredentialsRequestPayload(OktaModel):
    """Credentials

    Updates the assigned user credentials

    Attributes:
        credentials: Specifies a user's credentials for the app.
            This parameter can be omitted for apps with [sign-on
            mode](https://developer.okta.com/docs/api/openapi/okta-management/management/application/getapplication#application/getapplication/t=response&c=200&path=&d=0/signonmode)
            (`signOnMode`) or [authentication
            schemes](https://developer.okta.com/docs/api/openapi/okta-management/management/application/getapplication#application/getapplication/t=response&c=200&path=&d=0/credentials/scheme)
            (`credentials.scheme`) that don't require credentials.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credentials": "credentials",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "credentials": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "credentials": lambda d: (
            _app_user_credentials.AppUserCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_credentials.AppUserCredentials, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AppUserCredentialsRequestPayload._json_names),
    }

    credentials: AppUserCredentials | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.credentials = (
            _app_user_credentials.AppUserCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_user_credentials.AppUserCredentials, v)
        )
        obj.additional_properties = d
        return obj
