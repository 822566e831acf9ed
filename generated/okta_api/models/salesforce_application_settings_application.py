from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .salesforce_application_settings_application_instance_type import (
    SalesforceApplicationSettingsApplicationInstanceType,
)
from .salesforce_application_settings_application_integration_type import (
    SalesforceApplicationSettingsApplicationIntegrationType,
)

if TYPE_CHECKING:
    from typing import Self


_parse_instance_type = _convert.enum_parser(SalesforceApplicationSettingsApplicationInstanceType)

_parse_integration_type = _convert.enum_parser(SalesforceApplicationSettingsApplicationIntegrationType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "instance_type": ("instanceType", _parse_instance_type),
        "integration_type": ("integrationType", _parse_integration_type),
        "login_url": ("loginUrl", None),
        "logout_url": ("logoutUrl", None),
    }

    instance_type: SalesforceApplicationSettingsApplicationInstanceType | None = _attrs_field(init=False)
    integration_type: SalesforceApplicationSettingsApplicationIntegrationType | None = _attrs_field(init=False)
    login_url: str | None = _attrs_field(init=False)
    logout_url: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        instance_type: SalesforceApplicationSettingsApplicationInstanceType | None | Unset,
        integration_type: SalesforceApplicationSettingsApplicationIntegrationType | None | Unset,
        login_url: str | None | Unset = UNSET,
        logout_url: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if instance_type is not UNSET:
            _set_field(self, "instance_type", instance_type)
        if integration_type is not UNSET:
            _set_field(self, "integration_type", integration_type)
        if login_url is not UNSET:
            _set_field(self, "login_url", login_url)
        if logout_url is not UNSET:
            _set_field(self, "logout_url", logout_url)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("instance_type", UNSET)) is not UNSET:
            d["instanceType"] = v
        if (v := values.get("integration_type", UNSET)) is not UNSET:
            d["integrationType"] = v
        if (v := values.get("login_url", UNSET)) is not UNSET:
            d["loginUrl"] = v
        if (v := values.get("logout_url", UNSET)) is not UNSET:
            d["logoutUrl"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("instanceType", UNSET)) is not UNSET:
            obj.instance_type = _parse_instance_type(v, False)
        if (v := d.pop("integrationType", UNSET)) is not UNSET:
            obj.integration_type = _parse_integration_type(v, False)
        if (v := d.pop("loginUrl", UNSET)) is not UNSET:
            obj.login_url = v
        if (v := d.pop("logoutUrl", UNSET)) is not UNSET:
            obj.logout_url = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
