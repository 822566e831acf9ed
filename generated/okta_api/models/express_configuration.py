from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .express_configure_capability_type import ExpressConfigureCapabilityType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ExpressConfiguration(OktaModel):
    """Auth0 tenant details used to enable Express Configuration on an OIN Integration submission.
    Populates the submission's sign-on, authentication, and app settings so that admins can configure
    the app through the Express Configuration flow.

    Attributes:
        application_client_id (`applicationClientId`): The client ID of the SaaS application that end users sign in to
        login_domain (`loginDomain`): The Auth0 admin login domain that Okta redirects to as part of the consent flow in a web
            browser. Use the custom domain name if one is configured in Auth0.
        oin_client_id (`oinClientId`): The client ID of the additional client application that Auth0 creates for the OIN
            administrator consent flow between Okta and Auth0
        tenant_domain (`tenantDomain`): The Auth0 tenant domain (for example, `example.auth0.com`)
        capabilities: The Express Configuration capabilities to enable on the submission. If omitted, all
            capabilities are automatically configured based on the OIN integration's supported
            protocols.
        initiate_login_uri_template (`initiateLoginUriTemplate`): The URL template that Okta uses to launch the app from the end-user dashboard. Supports
            template variables `{organization_name}`, `{organization_id}`, and `{connection_name}`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "applicationClientId": "application_client_id",
        "loginDomain": "login_domain",
        "oinClientId": "oin_client_id",
        "tenantDomain": "tenant_domain",
        "capabilities": "capabilities",
        "initiateLoginUriTemplate": "initiate_login_uri_template",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "application_client_id": "str",
        "login_domain": "str",
        "oin_client_id": "str",
        "tenant_domain": "str",
        "capabilities": "list:enum",
        "initiate_login_uri_template": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "application_client_id": "applicationClientId",
        "login_domain": "loginDomain",
        "oin_client_id": "oinClientId",
        "tenant_domain": "tenantDomain",
        "capabilities": lambda d: _convert.parse_enum_list(
            ExpressConfigureCapabilityType, d.get("capabilities", UNSET)
        ),
        "initiate_login_uri_template": "initiateLoginUriTemplate",
        "additional_properties": lambda d: _convert.undeclared(d, ExpressConfiguration._json_names),
    }

    application_client_id: str | None | Unset
    login_domain: str | None | Unset
    oin_client_id: str | None | Unset
    tenant_domain: str | None | Unset
    capabilities: list[ExpressConfigureCapabilityType] | None | Unset = UNSET
    initiate_login_uri_template: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.application_client_id is not UNSET:
            d["applicationClientId"] = self.application_client_id
        if self.login_domain is not UNSET:
            d["loginDomain"] = self.login_domain
        if self.oin_client_id is not UNSET:
            d["oinClientId"] = self.oin_client_id
        if self.tenant_domain is not UNSET:
            d["tenantDomain"] = self.tenant_domain
        if self.capabilities is not UNSET:
            d["capabilities"] = self.capabilities
        if self.initiate_login_uri_template is not UNSET:
            d["initiateLoginUriTemplate"] = self.initiate_login_uri_template
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.application_client_id = d.pop("applicationClientId", UNSET)
        obj.login_domain = d.pop("loginDomain", UNSET)
        obj.oin_client_id = d.pop("oinClientId", UNSET)
        obj.tenant_domain = d.pop("tenantDomain", UNSET)
        obj.capabilities = _convert.parse_enum_list(ExpressConfigureCapabilityType, d.pop("capabilities", UNSET))
        obj.initiate_login_uri_template = d.pop("initiateLoginUriTemplate", UNSET)
        obj.additional_properties = d
        return obj
