from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import test_info_api_service_test_configuration as _test_info_api_service_test_configuration
from . import test_info_oidc_test_configuration as _test_info_oidc_test_configuration
from . import test_info_saml_test_configuration as _test_info_saml_test_configuration
from . import test_info_scim_test_configuration as _test_info_scim_test_configuration
from . import test_info_test_account as _test_info_test_account

if TYPE_CHECKING:
    from typing import Self

    from .test_info_api_service_test_configuration import TestInfoApiServiceTestConfiguration
    from .test_info_oidc_test_configuration import TestInfoOidcTestConfiguration
    from .test_info_saml_test_configuration import TestInfoSamlTestConfiguration
    from .test_info_scim_test_configuration import TestInfoScimTestConfiguration
    from .test_info_test_account import TestInfoTestAccount


def _parse_api_service_test_configuration(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _test_info_api_service_test_configuration.TestInfoApiServiceTestConfiguration.from_json(v)
            if lazy
            else _test_info_api_service_test_configuration.TestInfoApiServiceTestConfiguration.from_dict(v)
        )
    return _convert.parse_model(_test_info_api_service_test_configuration.TestInfoApiServiceTestConfiguration, v)


def _parse_oidc_test_configuration(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _test_info_oidc_test_configuration.TestInfoOidcTestConfiguration.from_json(v)
            if lazy
            else _test_info_oidc_test_configuration.TestInfoOidcTestConfiguration.from_dict(v)
        )
    return _convert.parse_model(_test_info_oidc_test_configuration.TestInfoOidcTestConfiguration, v)


def _parse_saml_test_configuration(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _test_info_saml_test_configuration.TestInfoSamlTestConfiguration.from_json(v)
            if lazy
            else _test_info_saml_test_configuration.TestInfoSamlTestConfiguration.from_dict(v)
        )
    return _convert.parse_model(_test_info_saml_test_configuration.TestInfoSamlTestConfiguration, v)


def _parse_scim_test_configuration(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _test_info_scim_test_configuration.TestInfoScimTestConfiguration.from_json(v)
            if lazy
            else _test_info_scim_test_configuration.TestInfoScimTestConfiguration.from_dict(v)
        )
    return _convert.parse_model(_test_info_scim_test_configuration.TestInfoScimTestConfiguration, v)


def _parse_test_account(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _test_info_test_account.TestInfoTestAccount.from_json(v)
            if lazy
            else _test_info_test_account.TestInfoTestAccount.from_dict(v)
        )
    return _convert.parse_model(_test_info_test_account.TestInfoTestAccount, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TestInfo(OktaModel):
    """Integration Testing Information

    Attributes:
        api_service_test_configuration (`apiServiceTestConfiguration`): Details required to test the API service integration
        escalation_support_contact (`escalationSupportContact`): An email for Okta to contact your company about your integration. This email isn't shared
            with customers.
        oidc_test_configuration (`oidcTestConfiguration`): OIDC test details
        saml_test_configuration (`samlTestConfiguration`): SAML test details
        scim_test_configuration (`scimTestConfiguration`): SCIM test details
        test_account (`testAccount`): An account on a test instance of your app with admin privileges. A test admin account is
            required by Okta for integration testing. During OIN QA testing, an Okta analyst uses this
            admin account to configure your app for the various test case flows.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "apiServiceTestConfiguration": "api_service_test_configuration",
        "escalationSupportContact": "escalation_support_contact",
        "oidcTestConfiguration": "oidc_test_configuration",
        "samlTestConfiguration": "saml_test_configuration",
        "scimTestConfiguration": "scim_test_configuration",
        "testAccount": "test_account",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "api_service_test_configuration": "model",
        "escalation_support_contact": "str",
        "oidc_test_configuration": "model",
        "saml_test_configuration": "model",
        "scim_test_configuration": "model",
        "test_account": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "api_service_test_configuration": ("apiServiceTestConfiguration", _parse_api_service_test_configuration),
        "escalation_support_contact": ("escalationSupportContact", None),
        "oidc_test_configuration": ("oidcTestConfiguration", _parse_oidc_test_configuration),
        "saml_test_configuration": ("samlTestConfiguration", _parse_saml_test_configuration),
        "scim_test_configuration": ("scimTestConfiguration", _parse_scim_test_configuration),
        "test_account": ("testAccount", _parse_test_account),
    }

    api_service_test_configuration: TestInfoApiServiceTestConfiguration | None = _attrs_field(init=False)
    escalation_support_contact: str | None = _attrs_field(init=False)
    oidc_test_configuration: TestInfoOidcTestConfiguration | None = _attrs_field(init=False)
    saml_test_configuration: TestInfoSamlTestConfiguration | None = _attrs_field(init=False)
    scim_test_configuration: TestInfoScimTestConfiguration | None = _attrs_field(init=False)
    test_account: TestInfoTestAccount | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        api_service_test_configuration: TestInfoApiServiceTestConfiguration | None | Unset = UNSET,
        escalation_support_contact: str | None | Unset = UNSET,
        oidc_test_configuration: TestInfoOidcTestConfiguration | None | Unset = UNSET,
        saml_test_configuration: TestInfoSamlTestConfiguration | None | Unset = UNSET,
        scim_test_configuration: TestInfoScimTestConfiguration | None | Unset = UNSET,
        test_account: TestInfoTestAccount | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if api_service_test_configuration is not UNSET:
            _set_field(self, "api_service_test_configuration", api_service_test_configuration)
        if escalation_support_contact is not UNSET:
            _set_field(self, "escalation_support_contact", escalation_support_contact)
        if oidc_test_configuration is not UNSET:
            _set_field(self, "oidc_test_configuration", oidc_test_configuration)
        if saml_test_configuration is not UNSET:
            _set_field(self, "saml_test_configuration", saml_test_configuration)
        if scim_test_configuration is not UNSET:
            _set_field(self, "scim_test_configuration", scim_test_configuration)
        if test_account is not UNSET:
            _set_field(self, "test_account", test_account)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("api_service_test_configuration", UNSET)) is not UNSET:
            d["apiServiceTestConfiguration"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("escalation_support_contact", UNSET)) is not UNSET:
            d["escalationSupportContact"] = v
        if (v := values.get("oidc_test_configuration", UNSET)) is not UNSET:
            d["oidcTestConfiguration"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("saml_test_configuration", UNSET)) is not UNSET:
            d["samlTestConfiguration"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("scim_test_configuration", UNSET)) is not UNSET:
            d["scimTestConfiguration"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("test_account", UNSET)) is not UNSET:
            d["testAccount"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("apiServiceTestConfiguration", UNSET)) is not UNSET:
            obj.api_service_test_configuration = _parse_api_service_test_configuration(v, False)
        if (v := d.pop("escalationSupportContact", UNSET)) is not UNSET:
            obj.escalation_support_contact = v
        if (v := d.pop("oidcTestConfiguration", UNSET)) is not UNSET:
            obj.oidc_test_configuration = _parse_oidc_test_configuration(v, False)
        if (v := d.pop("samlTestConfiguration", UNSET)) is not UNSET:
            obj.saml_test_configuration = _parse_saml_test_configuration(v, False)
        if (v := d.pop("scimTestConfiguration", UNSET)) is not UNSET:
            obj.scim_test_configuration = _parse_scim_test_configuration(v, False)
        if (v := d.pop("testAccount", UNSET)) is not UNSET:
            obj.test_account = _parse_test_account(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
