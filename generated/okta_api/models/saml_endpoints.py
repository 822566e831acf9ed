from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import saml_acs_endpoint as _saml_acs_endpoint
from . import saml_slo_endpoint as _saml_slo_endpoint
from . import saml_sso_endpoint as _saml_sso_endpoint

if TYPE_CHECKING:
    from typing import Self

    from .saml_acs_endpoint import SamlAcsEndpoint
    from .saml_slo_endpoint import SamlSloEndpoint
    from .saml_sso_endpoint import SamlSsoEndpoint


def _parse_acs(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_acs_endpoint.SamlAcsEndpoint.from_json(v) if lazy else _saml_acs_endpoint.SamlAcsEndpoint.from_dict(v)
        )
    return _convert.parse_model(_saml_acs_endpoint.SamlAcsEndpoint, v)


def _parse_slo(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_slo_endpoint.SamlSloEndpoint.from_json(v) if lazy else _saml_slo_endpoint.SamlSloEndpoint.from_dict(v)
        )
    return _convert.parse_model(_saml_slo_endpoint.SamlSloEndpoint, v)


def _parse_sso(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_sso_endpoint.SamlSsoEndpoint.from_json(v) if lazy else _saml_sso_endpoint.SamlSsoEndpoint.from_dict(v)
        )
    return _convert.parse_model(_saml_sso_endpoint.SamlSsoEndpoint, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "acs": ("acs", _parse_acs),
        "slo": ("slo", _parse_slo),
        "sso": ("sso", _parse_sso),
    }

    acs: SamlAcsEndpoint | None = _attrs_field(init=False)
    slo: SamlSloEndpoint | None = _attrs_field(init=False)
    sso: SamlSsoEndpoint | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        acs: SamlAcsEndpoint | None | Unset = UNSET,
        slo: SamlSloEndpoint | None | Unset = UNSET,
        sso: SamlSsoEndpoint | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if acs is not UNSET:
            _set_field(self, "acs", acs)
        if slo is not UNSET:
            _set_field(self, "slo", slo)
        if sso is not UNSET:
            _set_field(self, "sso", sso)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("acs", UNSET)) is not UNSET:
            d["acs"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("slo", UNSET)) is not UNSET:
            d["slo"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("sso", UNSET)) is not UNSET:
            d["sso"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("acs", UNSET)) is not UNSET:
            obj.acs = _parse_acs(v, False)
        if (v := d.pop("slo", UNSET)) is not UNSET:
            obj.slo = _parse_slo(v, False)
        if (v := d.pop("sso", UNSET)) is not UNSET:
            obj.sso = _parse_sso(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
