from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_service_account_credentials as _app_service_account_credentials

if TYPE_CHECKING:
    from typing import Self

    from .app_service_account_credentials import AppServiceAccountCredentials


@_attrs_define(kw_only=True)
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
        "credentials": lambda d: (
            _app_service_account_credentials.AppServiceAccountCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_service_account_credentials.AppServiceAccountCredentials, v)
        ),
        "okta_application_id": "oktaApplicationId",
        "app_global_name": "appGlobalName",
        "app_instance_name": "appInstanceName",
        "additional_properties": lambda d: _convert.undeclared(d, ServiceAccountDetailsAppAccountSub._json_names),
    }

    credentials: AppServiceAccountCredentials | None | Unset
    okta_application_id: str | None | Unset
    app_global_name: str | None | Unset = UNSET
    app_instance_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.okta_application_id is not UNSET:
            d["oktaApplicationId"] = self.okta_application_id
        if self.app_global_name is not UNSET and not omit_read_only:
            d["appGlobalName"] = self.app_global_name
        if self.app_instance_name is not UNSET and not omit_read_only:
            d["appInstanceName"] = self.app_instance_name
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
            _app_service_account_credentials.AppServiceAccountCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_service_account_credentials.AppServiceAccountCredentials, v)
        )
        obj.okta_application_id = d.pop("oktaApplicationId", UNSET)
        obj.app_global_name = d.pop("appGlobalName", UNSET)
        obj.app_instance_name = d.pop("appInstanceName", UNSET)
        obj.additional_properties = d
        return obj
