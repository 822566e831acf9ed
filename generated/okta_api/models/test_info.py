from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "api_service_test_configuration": lambda d: (
            _test_info_api_service_test_configuration.TestInfoApiServiceTestConfiguration.from_json(v)
            if (v := d.get("apiServiceTestConfiguration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_test_info_api_service_test_configuration.TestInfoApiServiceTestConfiguration, v)
        ),
        "escalation_support_contact": "escalationSupportContact",
        "oidc_test_configuration": lambda d: (
            _test_info_oidc_test_configuration.TestInfoOidcTestConfiguration.from_json(v)
            if (v := d.get("oidcTestConfiguration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_test_info_oidc_test_configuration.TestInfoOidcTestConfiguration, v)
        ),
        "saml_test_configuration": lambda d: (
            _test_info_saml_test_configuration.TestInfoSamlTestConfiguration.from_json(v)
            if (v := d.get("samlTestConfiguration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_test_info_saml_test_configuration.TestInfoSamlTestConfiguration, v)
        ),
        "scim_test_configuration": lambda d: (
            _test_info_scim_test_configuration.TestInfoScimTestConfiguration.from_json(v)
            if (v := d.get("scimTestConfiguration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_test_info_scim_test_configuration.TestInfoScimTestConfiguration, v)
        ),
        "test_account": lambda d: (
            _test_info_test_account.TestInfoTestAccount.from_json(v)
            if (v := d.get("testAccount", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_test_info_test_account.TestInfoTestAccount, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TestInfo._json_names),
    }

    api_service_test_configuration: TestInfoApiServiceTestConfiguration | None | Unset = UNSET
    escalation_support_contact: str | None | Unset = UNSET
    oidc_test_configuration: TestInfoOidcTestConfiguration | None | Unset = UNSET
    saml_test_configuration: TestInfoSamlTestConfiguration | None | Unset = UNSET
    scim_test_configuration: TestInfoScimTestConfiguration | None | Unset = UNSET
    test_account: TestInfoTestAccount | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.api_service_test_configuration is not UNSET:
            d["apiServiceTestConfiguration"] = _convert.dump_model(self.api_service_test_configuration, omit_read_only)
        if self.escalation_support_contact is not UNSET:
            d["escalationSupportContact"] = self.escalation_support_contact
        if self.oidc_test_configuration is not UNSET:
            d["oidcTestConfiguration"] = _convert.dump_model(self.oidc_test_configuration, omit_read_only)
        if self.saml_test_configuration is not UNSET:
            d["samlTestConfiguration"] = _convert.dump_model(self.saml_test_configuration, omit_read_only)
        if self.scim_test_configuration is not UNSET:
            d["scimTestConfiguration"] = _convert.dump_model(self.scim_test_configuration, omit_read_only)
        if self.test_account is not UNSET:
            d["testAccount"] = _convert.dump_model(self.test_account, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.api_service_test_configuration = (
            _test_info_api_service_test_configuration.TestInfoApiServiceTestConfiguration.from_dict(v)
            if (v := d.pop("apiServiceTestConfiguration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_test_info_api_service_test_configuration.TestInfoApiServiceTestConfiguration, v)
        )
        obj.escalation_support_contact = d.pop("escalationSupportContact", UNSET)
        obj.oidc_test_configuration = (
            _test_info_oidc_test_configuration.TestInfoOidcTestConfiguration.from_dict(v)
            if (v := d.pop("oidcTestConfiguration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_test_info_oidc_test_configuration.TestInfoOidcTestConfiguration, v)
        )
        obj.saml_test_configuration = (
            _test_info_saml_test_configuration.TestInfoSamlTestConfiguration.from_dict(v)
            if (v := d.pop("samlTestConfiguration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_test_info_saml_test_configuration.TestInfoSamlTestConfiguration, v)
        )
        obj.scim_test_configuration = (
            _test_info_scim_test_configuration.TestInfoScimTestConfiguration.from_dict(v)
            if (v := d.pop("scimTestConfiguration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_test_info_scim_test_configuration.TestInfoScimTestConfiguration, v)
        )
        obj.test_account = (
            _test_info_test_account.TestInfoTestAccount.from_dict(v)
            if (v := d.pop("testAccount", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_test_info_test_account.TestInfoTestAccount, v)
        )
        obj.additional_properties = d
        return obj
