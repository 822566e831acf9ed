from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class Idv(OktaModel):
    """Identity Verification (IDV) protocol configuration for identity verification.

    Attributes:
        authorize_url (`authorizeUrl`): URL of the authorization endpoint
        config_url (`configUrl`): URL of the configuration endpoint
        issuer_url (`issuerUrl`): URL of the token issuer
        jwks_url (`jwksUrl`): URL of the JSON Web Key Set (JWKS) endpoint
        par_url (`parUrl`): URL of the Pushed Authorization Request (PAR) endpoint
        privacy_policy_url (`privacyPolicyUrl`): URL of the privacy policy
        terms_of_use_url (`termsOfUseUrl`): URL of the terms of use
        token_url (`tokenUrl`): URL of the token endpoint
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authorizeUrl": "authorize_url",
        "configUrl": "config_url",
        "issuerUrl": "issuer_url",
        "jwksUrl": "jwks_url",
        "parUrl": "par_url",
        "privacyPolicyUrl": "privacy_policy_url",
        "termsOfUseUrl": "terms_of_use_url",
        "tokenUrl": "token_url",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authorize_url": "str",
        "config_url": "str",
        "issuer_url": "str",
        "jwks_url": "str",
        "par_url": "str",
        "privacy_policy_url": "str",
        "terms_of_use_url": "str",
        "token_url": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authorize_url": "authorizeUrl",
        "config_url": "configUrl",
        "issuer_url": "issuerUrl",
        "jwks_url": "jwksUrl",
        "par_url": "parUrl",
        "privacy_policy_url": "privacyPolicyUrl",
        "terms_of_use_url": "termsOfUseUrl",
        "token_url": "tokenUrl",
        "additional_properties": lambda d: _convert.undeclared(d, Idv._json_names),
    }

    authorize_url: str | None | Unset = UNSET
    config_url: str | None | Unset = UNSET
    issuer_url: str | None | Unset = UNSET
    jwks_url: str | None | Unset = UNSET
    par_url: str | None | Unset = UNSET
    privacy_policy_url: str | None | Unset = UNSET
    terms_of_use_url: str | None | Unset = UNSET
    token_url: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authorize_url is not UNSET:
            d["authorizeUrl"] = self.authorize_url
        if self.config_url is not UNSET:
            d["configUrl"] = self.config_url
        if self.issuer_url is not UNSET:
            d["issuerUrl"] = self.issuer_url
        if self.jwks_url is not UNSET:
            d["jwksUrl"] = self.jwks_url
        if self.par_url is not UNSET:
            d["parUrl"] = self.par_url
        if self.privacy_policy_url is not UNSET:
            d["privacyPolicyUrl"] = self.privacy_policy_url
        if self.terms_of_use_url is not UNSET:
            d["termsOfUseUrl"] = self.terms_of_use_url
        if self.token_url is not UNSET:
            d["tokenUrl"] = self.token_url
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authorize_url = d.pop("authorizeUrl", UNSET)
        obj.config_url = d.pop("configUrl", UNSET)
        obj.issuer_url = d.pop("issuerUrl", UNSET)
        obj.jwks_url = d.pop("jwksUrl", UNSET)
        obj.par_url = d.pop("parUrl", UNSET)
        obj.privacy_policy_url = d.pop("privacyPolicyUrl", UNSET)
        obj.terms_of_use_url = d.pop("termsOfUseUrl", UNSET)
        obj.token_url = d.pop("tokenUrl", UNSET)
        obj.additional_properties = d
        return obj
