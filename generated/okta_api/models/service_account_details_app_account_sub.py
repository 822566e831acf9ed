from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import app_service_account_credentials as _app_service_account_credentials

if TYPE_CHECKING:
    from typing import Self

    from .app_service_account_credentials import AppServiceAccountCredentials


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _app_service_account_credentials.AppServiceAccountCredentials.from_json(v)
            if lazy
            else _app_service_account_credentials.AppServiceAccountCredentials.from_dict(v)
        )
    return _convert.parse_model(_app_service_account_credentials.AppServiceAccountCredentials, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ServiceAccountDetailsAppAccountSub(OktaModel):
    """Details for a SaaS app account, which will be managed as a service account

    Attributes:
        credentials: Credentials for a SaaS app account
        okta_application_id (`oktaApplicationId`): The Okta app instance ID of the SaaS app
        app_global_name (`appGlobalName`, read-only, never sent): The name of the SaaS app in the Okta Integration Network catalog
        app_instance_name (`appInstanceName`, read-only, never sent): The instance name of the SaaS app
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credentials": "credentials",
        "oktaApplicationId": "okta_application_id",
        "appGlobalName": "app_global_name",
        "appInstanceName": "app_instance_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "credentials": "model",
        "okta_application_id": "str",
        "app_global_name": "str",
        "app_instance_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "credentials": ("credentials", _parse_credentials),
        "okta_application_id": ("oktaApplicationId", None),
        "app_global_name": ("appGlobalName", None),
        "app_instance_name": ("appInstanceName", None),
    }

    credentials: AppServiceAccountCredentials | None = _attrs_field(init=False)
    okta_application_id: str | None = _attrs_field(init=False)
    app_global_name: str | None = _attrs_field(init=False)
    app_instance_name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        credentials: AppServiceAccountCredentials | None | Unset,
        okta_application_id: str | None | Unset,
        app_global_name: str | None | Unset = UNSET,
        app_instance_name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if okta_application_id is not UNSET:
            _set_field(self, "okta_application_id", okta_application_id)
        if app_global_name is not UNSET:
            _set_field(self, "app_global_name", app_global_name)
        if app_instance_name is not UNSET:
            _set_field(self, "app_instance_name", app_instance_name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("okta_application_id", UNSET)) is not UNSET:
            d["oktaApplicationId"] = v
        if (v := values.get("app_global_name", UNSET)) is not UNSET and not omit_read_only:
            d["appGlobalName"] = v
        if (v := values.get("app_instance_name", UNSET)) is not UNSET and not omit_read_only:
            d["appInstanceName"] = v
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
        if (v := d.pop("oktaApplicationId", UNSET)) is not UNSET:
            obj.okta_application_id = v
        if (v := d.pop("appGlobalName", UNSET)) is not UNSET:
            obj.app_global_name = v
        if (v := d.pop("appInstanceName", UNSET)) is not UNSET:
            obj.app_instance_name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
