from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .express_configure_capability_type import ExpressConfigureCapabilityType

if TYPE_CHECKING:
    from typing import Self


def _parse_capabilities(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(ExpressConfigureCapabilityType, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "application_client_id": ("applicationClientId", None),
        "login_domain": ("loginDomain", None),
        "oin_client_id": ("oinClientId", None),
        "tenant_domain": ("tenantDomain", None),
        "capabilities": ("capabilities", _parse_capabilities),
        "initiate_login_uri_template": ("initiateLoginUriTemplate", None),
    }

    application_client_id: str | None = _attrs_field(init=False)
    login_domain: str | None = _attrs_field(init=False)
    oin_client_id: str | None = _attrs_field(init=False)
    tenant_domain: str | None = _attrs_field(init=False)
    capabilities: list[ExpressConfigureCapabilityType] | None = _attrs_field(init=False)
    initiate_login_uri_template: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        application_client_id: str | None | Unset,
        login_domain: str | None | Unset,
        oin_client_id: str | None | Unset,
        tenant_domain: str | None | Unset,
        capabilities: list[ExpressConfigureCapabilityType] | None | Unset = UNSET,
        initiate_login_uri_template: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if application_client_id is not UNSET:
            _set_field(self, "application_client_id", application_client_id)
        if login_domain is not UNSET:
            _set_field(self, "login_domain", login_domain)
        if oin_client_id is not UNSET:
            _set_field(self, "oin_client_id", oin_client_id)
        if tenant_domain is not UNSET:
            _set_field(self, "tenant_domain", tenant_domain)
        if capabilities is not UNSET:
            _set_field(self, "capabilities", capabilities)
        if initiate_login_uri_template is not UNSET:
            _set_field(self, "initiate_login_uri_template", initiate_login_uri_template)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("application_client_id", UNSET)) is not UNSET:
            d["applicationClientId"] = v
        if (v := values.get("login_domain", UNSET)) is not UNSET:
            d["loginDomain"] = v
        if (v := values.get("oin_client_id", UNSET)) is not UNSET:
            d["oinClientId"] = v
        if (v := values.get("tenant_domain", UNSET)) is not UNSET:
            d["tenantDomain"] = v
        if (v := values.get("capabilities", UNSET)) is not UNSET:
            d["capabilities"] = v
        if (v := values.get("initiate_login_uri_template", UNSET)) is not UNSET:
            d["initiateLoginUriTemplate"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("applicationClientId", UNSET)) is not UNSET:
            obj.application_client_id = v
        if (v := d.pop("loginDomain", UNSET)) is not UNSET:
            obj.login_domain = v
        if (v := d.pop("oinClientId", UNSET)) is not UNSET:
            obj.oin_client_id = v
        if (v := d.pop("tenantDomain", UNSET)) is not UNSET:
            obj.tenant_domain = v
        if (v := d.pop("capabilities", UNSET)) is not UNSET:
            obj.capabilities = _parse_capabilities(v, False)
        if (v := d.pop("initiateLoginUriTemplate", UNSET)) is not UNSET:
            obj.initiate_login_uri_template = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
