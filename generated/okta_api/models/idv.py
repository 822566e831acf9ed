from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "authorize_url": ("authorizeUrl", None),
        "config_url": ("configUrl", None),
        "issuer_url": ("issuerUrl", None),
        "jwks_url": ("jwksUrl", None),
        "par_url": ("parUrl", None),
        "privacy_policy_url": ("privacyPolicyUrl", None),
        "terms_of_use_url": ("termsOfUseUrl", None),
        "token_url": ("tokenUrl", None),
    }

    authorize_url: str | None = _attrs_field(init=False)
    config_url: str | None = _attrs_field(init=False)
    issuer_url: str | None = _attrs_field(init=False)
    jwks_url: str | None = _attrs_field(init=False)
    par_url: str | None = _attrs_field(init=False)
    privacy_policy_url: str | None = _attrs_field(init=False)
    terms_of_use_url: str | None = _attrs_field(init=False)
    token_url: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authorize_url: str | None | Unset = UNSET,
        config_url: str | None | Unset = UNSET,
        issuer_url: str | None | Unset = UNSET,
        jwks_url: str | None | Unset = UNSET,
        par_url: str | None | Unset = UNSET,
        privacy_policy_url: str | None | Unset = UNSET,
        terms_of_use_url: str | None | Unset = UNSET,
        token_url: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authorize_url is not UNSET:
            _set_field(self, "authorize_url", authorize_url)
        if config_url is not UNSET:
            _set_field(self, "config_url", config_url)
        if issuer_url is not UNSET:
            _set_field(self, "issuer_url", issuer_url)
        if jwks_url is not UNSET:
            _set_field(self, "jwks_url", jwks_url)
        if par_url is not UNSET:
            _set_field(self, "par_url", par_url)
        if privacy_policy_url is not UNSET:
            _set_field(self, "privacy_policy_url", privacy_policy_url)
        if terms_of_use_url is not UNSET:
            _set_field(self, "terms_of_use_url", terms_of_use_url)
        if token_url is not UNSET:
            _set_field(self, "token_url", token_url)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authorize_url", UNSET)) is not UNSET:
            d["authorizeUrl"] = v
        if (v := values.get("config_url", UNSET)) is not UNSET:
            d["configUrl"] = v
        if (v := values.get("issuer_url", UNSET)) is not UNSET:
            d["issuerUrl"] = v
        if (v := values.get("jwks_url", UNSET)) is not UNSET:
            d["jwksUrl"] = v
        if (v := values.get("par_url", UNSET)) is not UNSET:
            d["parUrl"] = v
        if (v := values.get("privacy_policy_url", UNSET)) is not UNSET:
            d["privacyPolicyUrl"] = v
        if (v := values.get("terms_of_use_url", UNSET)) is not UNSET:
            d["termsOfUseUrl"] = v
        if (v := values.get("token_url", UNSET)) is not UNSET:
            d["tokenUrl"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authorizeUrl", UNSET)) is not UNSET:
            obj.authorize_url = v
        if (v := d.pop("configUrl", UNSET)) is not UNSET:
            obj.config_url = v
        if (v := d.pop("issuerUrl", UNSET)) is not UNSET:
            obj.issuer_url = v
        if (v := d.pop("jwksUrl", UNSET)) is not UNSET:
            obj.jwks_url = v
        if (v := d.pop("parUrl", UNSET)) is not UNSET:
            obj.par_url = v
        if (v := d.pop("privacyPolicyUrl", UNSET)) is not UNSET:
            obj.privacy_policy_url = v
        if (v := d.pop("termsOfUseUrl", UNSET)) is not UNSET:
            obj.terms_of_use_url = v
        if (v := d.pop("tokenUrl", UNSET)) is not UNSET:
            obj.token_url = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
