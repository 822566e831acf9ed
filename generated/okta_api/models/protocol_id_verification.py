from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import idv_credentials as _idv_credentials
from . import idv_endpoints as _idv_endpoints
from .protocol_id_verification_type import ProtocolIdVerificationType

if TYPE_CHECKING:
    from typing import Self

    from .idv_credentials import IDVCredentials
    from .idv_endpoints import IDVEndpoints


@_attrs_define(kw_only=True)
class ProtocolIdVerification(OktaModel):
    """ID Verification

    Protocol settings for the IDV vendor

    Attributes:
        credentials: Credentials for verifying requests to the IDV vendor
        endpoints: Contains endpoints for the IDV vendor. When you create an `IDV_STANDARD` IdP, you must
            include the `par`, `authorization`, `token`, and `jwks` endpoints in the request body.
        scopes: IdP-defined permission bundles to request delegated access from the user.
            > **Note:** The [identity provider
            type](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/IdentityProvider/#tag/IdentityProvider/operation/createIdentityProvider!path=type&t=request)
            table lists the scopes that are supported for each IdP.
        type_ (`type`): ID verification protocol
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credentials": "credentials",
        "endpoints": "endpoints",
        "scopes": "scopes",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "credentials": "model",
        "endpoints": "model",
        "scopes": "list:str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "credentials": lambda d: (
            _idv_credentials.IDVCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_credentials.IDVCredentials, v)
        ),
        "endpoints": lambda d: (
            _idv_endpoints.IDVEndpoints.from_json(v)
            if (v := d.get("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_endpoints.IDVEndpoints, v)
        ),
        "scopes": "scopes",
        "type_": lambda d: (
            _convert.parse_enum(ProtocolIdVerificationType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ProtocolIdVerification._json_names),
    }

    credentials: IDVCredentials | None | Unset = UNSET
    endpoints: IDVEndpoints | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    type_: ProtocolIdVerificationType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.endpoints is not UNSET:
            d["endpoints"] = _convert.dump_model(self.endpoints, omit_read_only)
        if self.scopes is not UNSET:
            d["scopes"] = self.scopes
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.credentials = (
            _idv_credentials.IDVCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_credentials.IDVCredentials, v)
        )
        obj.endpoints = (
            _idv_endpoints.IDVEndpoints.from_dict(v)
            if (v := d.pop("endpoints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_endpoints.IDVEndpoints, v)
        )
        obj.scopes = d.pop("scopes", UNSET)
        obj.type_ = (
            _convert.parse_enum(ProtocolIdVerificationType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
