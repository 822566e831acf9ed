from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import okta_user_service_account_credentials as _okta_user_service_account_credentials

if TYPE_CHECKING:
    from typing import Self

    from .okta_user_service_account_credentials import OktaUserServiceAccountCredentials


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_user_service_account_credentials.OktaUserServiceAccountCredentials.from_json(v)
            if lazy
            else _okta_user_service_account_credentials.OktaUserServiceAccountCredentials.from_dict(v)
        )
    return _convert.parse_model(_okta_user_service_account_credentials.OktaUserServiceAccountCredentials, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "okta_user_id": ("oktaUserId", None),
        "credentials": ("credentials", _parse_credentials),
        "email": ("email", None),
    }

    okta_user_id: str | None = _attrs_field(init=False)
    credentials: OktaUserServiceAccountCredentials | None = _attrs_field(init=False)
    email: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        okta_user_id: str | None | Unset,
        credentials: OktaUserServiceAccountCredentials | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if okta_user_id is not UNSET:
            _set_field(self, "okta_user_id", okta_user_id)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if email is not UNSET:
            _set_field(self, "email", email)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("okta_user_id", UNSET)) is not UNSET:
            d["oktaUserId"] = v
        if (v := values.get("credentials", UNSET)) is not UNSET and not omit_read_only:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("email", UNSET)) is not UNSET and not omit_read_only:
            d["email"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("oktaUserId", UNSET)) is not UNSET:
            obj.okta_user_id = v
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("email", UNSET)) is not UNSET:
            obj.email = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
