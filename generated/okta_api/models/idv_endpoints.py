from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import idv_authorization_endpoint as _idv_authorization_endpoint
from . import idv_par_endpoint as _idv_par_endpoint
from . import idv_token_endpoint as _idv_token_endpoint
from . import oidc_jwks_endpoint as _oidc_jwks_endpoint

if TYPE_CHECKING:
    from typing import Self

    from .idv_authorization_endpoint import IDVAuthorizationEndpoint
    from .idv_par_endpoint import IDVParEndpoint
    from .idv_token_endpoint import IDVTokenEndpoint
    from .oidc_jwks_endpoint import OidcJwksEndpoint


@_attrs_define(kw_only=True)
class IDVEndpoints(OktaModel):
    """Contains endpoints for the IDV vendor. When you create an `IDV_STANDARD` IdP, you must include the
    `par`, `authorization`, `token`, and `jwks` endpoints in the request body.

    Attributes:
        authorization: IDV authorization endpoint
        jwks: Endpoint for the JSON Web Key Set (JWKS) document. This document contains signing keys
            that are used to validate the signatures from the provider. For more information on JWKS,
            see [JSON Web Key](https://tools.ietf.org/html/rfc7517).
        par: IDV [PAR](https://datatracker.ietf.org/doc/html/rfc9126) endpoint
        token: Token endpoint of the IDV vendor
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authorization": "authorization",
        "jwks": "jwks",
        "par": "par",
        "token": "token",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authorization": "model",
        "jwks": "model",
        "par": "model",
        "token": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authorization": lambda d: (
            _idv_authorization_endpoint.IDVAuthorizationEndpoint.from_json(v)
            if (v := d.get("authorization", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_authorization_endpoint.IDVAuthorizationEndpoint, v)
        ),
        "jwks": lambda d: (
            _oidc_jwks_endpoint.OidcJwksEndpoint.from_json(v)
            if (v := d.get("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_jwks_endpoint.OidcJwksEndpoint, v)
        ),
        "par": lambda d: (
            _idv_par_endpoint.IDVParEndpoint.from_json(v)
            if (v := d.get("par", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_par_endpoint.IDVParEndpoint, v)
        ),
        "token": lambda d: (
            _idv_token_endpoint.IDVTokenEndpoint.from_json(v)
            if (v := d.get("token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_token_endpoint.IDVTokenEndpoint, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IDVEndpoints._json_names),
    }

    authorization: IDVAuthorizationEndpoint | None | Unset
    jwks: OidcJwksEndpoint | None | Unset
    par: IDVParEndpoint | None | Unset
    token: IDVTokenEndpoint | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authorization is not UNSET:
            d["authorization"] = _convert.dump_model(self.authorization, omit_read_only)
        if self.jwks is not UNSET:
            d["jwks"] = _convert.dump_model(self.jwks, omit_read_only)
        if self.par is not UNSET:
            d["par"] = _convert.dump_model(self.par, omit_read_only)
        if self.token is not UNSET:
            d["token"] = _convert.dump_model(self.token, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.authorization = (
            _idv_authorization_endpoint.IDVAuthorizationEndpoint.from_dict(v)
            if (v := d.pop("authorization", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_authorization_endpoint.IDVAuthorizationEndpoint, v)
        )
        obj.jwks = (
            _oidc_jwks_endpoint.OidcJwksEndpoint.from_dict(v)
            if (v := d.pop("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_oidc_jwks_endpoint.OidcJwksEndpoint, v)
        )
        obj.par = (
            _idv_par_endpoint.IDVParEndpoint.from_dict(v)
            if (v := d.pop("par", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_par_endpoint.IDVParEndpoint, v)
        )
        obj.token = (
            _idv_token_endpoint.IDVTokenEndpoint.from_dict(v)
            if (v := d.pop("token", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_token_endpoint.IDVTokenEndpoint, v)
        )
        obj.additional_properties = d
        return obj
