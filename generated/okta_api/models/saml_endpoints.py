from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import saml_acs_endpoint as _saml_acs_endpoint
from . import saml_slo_endpoint as _saml_slo_endpoint
from . import saml_sso_endpoint as _saml_sso_endpoint

if TYPE_CHECKING:
    from typing import Self

    from .saml_acs_endpoint import SamlAcsEndpoint
    from .saml_slo_endpoint import SamlSloEndpoint
    from .saml_sso_endpoint import SamlSsoEndpoint


@_attrs_define(kw_only=True)
class SamlEndpoints(OktaModel):
    """SAML 2.0 HTTP binding settings for IdP and SP (Okta)

    Attributes:
        acs: Okta's `SPSSODescriptor` endpoint where the IdP sends a `<SAMLResponse>` message
        slo: IdP's `SingleLogoutService` endpoint where Okta sends a `<LogoutRequest>` message
        sso: IdP's `SingleSignOnService` endpoint where Okta sends an `<AuthnRequest>` message
    """

    _json_names: ClassVar[dict[str, str]] = {
        "acs": "acs",
        "slo": "slo",
        "sso": "sso",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "acs": "model",
        "slo": "model",
        "sso": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "acs": lambda d: (
            _saml_acs_endpoint.SamlAcsEndpoint.from_json(v)
            if (v := d.get("acs", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_acs_endpoint.SamlAcsEndpoint, v)
        ),
        "slo": lambda d: (
            _saml_slo_endpoint.SamlSloEndpoint.from_json(v)
            if (v := d.get("slo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_slo_endpoint.SamlSloEndpoint, v)
        ),
        "sso": lambda d: (
            _saml_sso_endpoint.SamlSsoEndpoint.from_json(v)
            if (v := d.get("sso", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_sso_endpoint.SamlSsoEndpoint, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SamlEndpoints._json_names),
    }

    acs: SamlAcsEndpoint | None | Unset = UNSET
    slo: SamlSloEndpoint | None | Unset = UNSET
    sso: SamlSsoEndpoint | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.acs is not UNSET:
            d["acs"] = _convert.dump_model(self.acs, omit_read_only)
        if self.slo is not UNSET:
            d["slo"] = _convert.dump_model(self.slo, omit_read_only)
        if self.sso is not UNSET:
            d["sso"] = _convert.dump_model(self.sso, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.acs = (
            _saml_acs_endpoint.SamlAcsEndpoint.from_dict(v)
            if (v := d.pop("acs", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_acs_endpoint.SamlAcsEndpoint, v)
        )
        obj.slo = (
            _saml_slo_endpoint.SamlSloEndpoint.from_dict(v)
            if (v := d.pop("slo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_slo_endpoint.SamlSloEndpoint, v)
        )
        obj.sso = (
            _saml_sso_endpoint.SamlSsoEndpoint.from_dict(v)
            if (v := d.pop("sso", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_sso_endpoint.SamlSsoEndpoint, v)
        )
        obj.additional_properties = d
        return obj
