from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import okta_user_service_account_credentials as _okta_user_service_account_credentials

if TYPE_CHECKING:
    from typing import Self

    from .okta_user_service_account_credentials import OktaUserServiceAccountCredentials


@_attrs_define(kw_only=True)
class ServiceAccountDetailsOktaUserAccountSub(OktaModel):
    """Details for managing an Okta user as a service account

    Attributes:
        okta_user_id (`oktaUserId`): The ID of the Okta user to manage as a service account
        credentials (read-only, never sent): Credentials for an Okta user
        email (read-only, never sent): The email address for the Okta user
    """

    _json_names: ClassVar[dict[str, str]] = {
        "oktaUserId": "okta_user_id",
        "credentials": "credentials",
        "email": "email",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "okta_user_id": "str",
        "credentials": "model",
        "email": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "okta_user_id": "oktaUserId",
        "credentials": lambda d: (
            _okta_user_service_account_credentials.OktaUserServiceAccountCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_user_service_account_credentials.OktaUserServiceAccountCredentials, v)
        ),
        "email": "email",
        "additional_properties": lambda d: _convert.undeclared(d, ServiceAccountDetailsOktaUserAccountSub._json_names),
    }

    okta_user_id: str | None | Unset
    credentials: OktaUserServiceAccountCredentials | None | Unset = UNSET
    email: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.okta_user_id is not UNSET:
            d["oktaUserId"] = self.okta_user_id
        if self.credentials is not UNSET and not omit_read_only:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.email is not UNSET and not omit_read_only:
            d["email"] = self.email
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.okta_user_id = d.pop("oktaUserId", UNSET)
        obj.credentials = (
            _okta_user_service_account_credentials.OktaUserServiceAccountCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_user_service_account_credentials.OktaUserServiceAccountCredentials, v)
        )
        obj.email = d.pop("email", UNSET)
        obj.additional_properties = d
        return obj
