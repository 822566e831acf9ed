from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import saml_signing_credentials as _saml_signing_credentials
from . import saml_trust_credentials as _saml_trust_credentials

if TYPE_CHECKING:
    from typing import Self

    from .saml_signing_credentials import SamlSigningCredentials
    from .saml_trust_credentials import SamlTrustCredentials


@_attrs_define(kw_only=True)
class SamlCredentials(OktaModel):
    """Federation Trust Credentials for verifying assertions from the IdP and signing requests to the IdP

    Attributes:
        signing: Key used for signing requests to the IdP
        trust: Federation Trust Credentials for verifying assertions from the IdP
    """

    _json_names: ClassVar[dict[str, str]] = {
        "signing": "signing",
        "trust": "trust",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "signing": "model",
        "trust": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "signing": lambda d: (
            _saml_signing_credentials.SamlSigningCredentials.from_json(v)
            if (v := d.get("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_signing_credentials.SamlSigningCredentials, v)
        ),
        "trust": lambda d: (
            _saml_trust_credentials.SamlTrustCredentials.from_json(v)
            if (v := d.get("trust", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_trust_credentials.SamlTrustCredentials, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SamlCredentials._json_names),
    }

    signing: SamlSigningCredentials | None | Unset = UNSET
    trust: SamlTrustCredentials | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.signing is not UNSET:
            d["signing"] = _convert.dump_model(self.signing, omit_read_only)
        if self.trust is not UNSET:
            d["trust"] = _convert.dump_model(self.trust, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.signing = (
            _saml_signing_credentials.SamlSigningCredentials.from_dict(v)
            if (v := d.pop("signing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_signing_credentials.SamlSigningCredentials, v)
        )
        obj.trust = (
            _saml_trust_credentials.SamlTrustCredentials.from_dict(v)
            if (v := d.pop("trust", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_saml_trust_credentials.SamlTrustCredentials, v)
        )
        obj.additional_properties = d
        return obj
