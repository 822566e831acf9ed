from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .salesforce_application_settings_application_instance_type import (
    SalesforceApplicationSettingsApplicationInstanceType,
)
from .salesforce_application_settings_application_integration_type import (
    SalesforceApplicationSettingsApplicationIntegrationType,
)

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SalesforceApplicationSettingsApplication(OktaModel):
    """Salesforce app instance properties

    Attributes:
        instance_type (`instanceType`): Salesforce instance that you want to connect to
        integration_type (`integrationType`): Salesforce integration type
        login_url (`loginUrl`): The Login URL specified in your Salesforce Single Sign-On settings
        logout_url (`logoutUrl`): Salesforce Logout URL
    """

    _json_names: ClassVar[dict[str, str]] = {
        "instanceType": "instance_type",
        "integrationType": "integration_type",
        "loginUrl": "login_url",
        "logoutUrl": "logout_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "instance_type": "enum",
        "integration_type": "enum",
        "login_url": "str",
        "logout_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "instance_type": lambda d: (
            _convert.parse_enum(SalesforceApplicationSettingsApplicationInstanceType, v)
            if (v := d.get("instanceType", UNSET)).__class__ is str
            else v
        ),
        "integration_type": lambda d: (
            _convert.parse_enum(SalesforceApplicationSettingsApplicationIntegrationType, v)
            if (v := d.get("integrationType", UNSET)).__class__ is str
            else v
        ),
        "login_url": "loginUrl",
        "logout_url": "logoutUrl",
        "additional_properties": lambda d: _convert.undeclared(d, SalesforceApplicationSettingsApplication._json_names),
    }

    instance_type: SalesforceApplicationSettingsApplicationInstanceType | None | Unset
    integration_type: SalesforceApplicationSettingsApplicationIntegrationType | None | Unset
    login_url: str | None | Unset = UNSET
    logout_url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.instance_type is not UNSET:
            d["instanceType"] = self.instance_type
        if self.integration_type is not UNSET:
            d["integrationType"] = self.integration_type
        if self.login_url is not UNSET:
            d["loginUrl"] = self.login_url
        if self.logout_url is not UNSET:
            d["logoutUrl"] = self.logout_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.instance_type = (
            _convert.parse_enum(SalesforceApplicationSettingsApplicationInstanceType, v)
            if (v := d.pop("instanceType", UNSET)).__class__ is str
            else v
        )
        obj.integration_type = (
            _convert.parse_enum(SalesforceApplicationSettingsApplicationIntegrationType, v)
            if (v := d.pop("integrationType", UNSET)).__class__ is str
            else v
        )
        obj.login_url = d.pop("loginUrl", UNSET)
        obj.logout_url = d.pop("logoutUrl", UNSET)
        obj.additional_properties = d
        return obj
