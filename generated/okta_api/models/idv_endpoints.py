from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_authorization(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _idv_authorization_endpoint.IDVAuthorizationEndpoint.from_json(v)
            if lazy
            else _idv_authorization_endpoint.IDVAuthorizationEndpoint.from_dict(v)
        )
    return _convert.parse_model(_idv_authorization_endpoint.IDVAuthorizationEndpoint, v)


def _parse_jwks(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _oidc_jwks_endpoint.OidcJwksEndpoint.from_json(v)
            if lazy
            else _oidc_jwks_endpoint.OidcJwksEndpoint.from_dict(v)
        )
    return _convert.parse_model(_oidc_jwks_endpoint.OidcJwksEndpoint, v)


def _parse_par(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _idv_par_endpoint.IDVParEndpoint.from_json(v) if lazy else _idv_par_endpoint.IDVParEndpoint.from_dict(v)
    return _convert.parse_model(_idv_par_endpoint.IDVParEndpoint, v)


def _parse_token(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _idv_token_endpoint.IDVTokenEndpoint.from_json(v)
            if lazy
            else _idv_token_endpoint.IDVTokenEndpoint.from_dict(v)
        )
    return _convert.parse_model(_idv_token_endpoint.IDVTokenEndpoint, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "authorization": ("authorization", _parse_authorization),
        "jwks": ("jwks", _parse_jwks),
        "par": ("par", _parse_par),
        "token": ("token", _parse_token),
    }

    authorization: IDVAuthorizationEndpoint | None = _attrs_field(init=False)
    jwks: OidcJwksEndpoint | None = _attrs_field(init=False)
    par: IDVParEndpoint | None = _attrs_field(init=False)
    token: IDVTokenEndpoint | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authorization: IDVAuthorizationEndpoint | None | Unset,
        jwks: OidcJwksEndpoint | None | Unset,
        par: IDVParEndpoint | None | Unset,
        token: IDVTokenEndpoint | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authorization is not UNSET:
            _set_field(self, "authorization", authorization)
        if jwks is not UNSET:
            _set_field(self, "jwks", jwks)
        if par is not UNSET:
            _set_field(self, "par", par)
        if token is not UNSET:
            _set_field(self, "token", token)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authorization", UNSET)) is not UNSET:
            d["authorization"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("jwks", UNSET)) is not UNSET:
            d["jwks"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("par", UNSET)) is not UNSET:
            d["par"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("token", UNSET)) is not UNSET:
            d["token"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authorization", UNSET)) is not UNSET:
            obj.authorization = _parse_authorization(v, False)
        if (v := d.pop("jwks", UNSET)) is not UNSET:
            obj.jwks = _parse_jwks(v, False)
        if (v := d.pop("par", UNSET)) is not UNSET:
            obj.par = _parse_par(v, False)
        if (v := d.pop("token", UNSET)) is not UNSET:
            obj.token = _parse_token(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
