from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import web_authn_rp_id_domain as _web_authn_rp_id_domain

if TYPE_CHECKING:
    from typing import Self

    from .web_authn_rp_id_domain import WebAuthnRpIdDomain


@_attrs_define(kw_only=True)
class WebAuthnRpId(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5a490>

    Attributes:
        domain (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5a150>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5ad90>
        enabled (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5a290>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5b5a410>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "domain": "domain",
        "enabled": "enabled",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "domain": "model",
        "enabled": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "domain": lambda d: (
            _web_authn_rp_id_domain.WebAuthnRpIdDomain.from_json(v)
            if (v := d.get("domain", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_web_authn_rp_id_domain.WebAuthnRpIdDomain, v)
        ),
        "enabled": "enabled",
        "additional_properties": lambda d: _convert.undeclared(d, WebAuthnRpId._json_names),
    }

    domain: WebAuthnRpIdDomain | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.domain is not UNSET:
            d["domain"] = _convert.dump_model(self.domain, omit_read_only)
        if self.enabled is not UNSET:
            d["enabled"] = self.enabled
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.domain = (
            _web_authn_rp_id_domain.WebAuthnRpIdDomain.from_dict(v)
            if (v := d.pop("domain", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_web_authn_rp_id_domain.WebAuthnRpIdDomain, v)
        )
        obj.enabled = d.pop("enabled", UNSET)
        obj.additional_properties = d
        return obj
