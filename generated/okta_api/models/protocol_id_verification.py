from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import idv_credentials as _idv_credentials
from . import idv_endpoints as _idv_endpoints
from .protocol_id_verification_type import ProtocolIdVerificationType

if TYPE_CHECKING:
    from typing import Self

    from .idv_credentials import IDVCredentials
    from .idv_endpoints import IDVEndpoints


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _idv_credentials.IDVCredentials.from_json(v) if lazy else _idv_credentials.IDVCredentials.from_dict(v)
    return _convert.parse_model(_idv_credentials.IDVCredentials, v)


def _parse_endpoints(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _idv_endpoints.IDVEndpoints.from_json(v) if lazy else _idv_endpoints.IDVEndpoints.from_dict(v)
    return _convert.parse_model(_idv_endpoints.IDVEndpoints, v)


_parse_type_ = _convert.enum_parser(ProtocolIdVerificationType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "credentials": ("credentials", _parse_credentials),
        "endpoints": ("endpoints", _parse_endpoints),
        "scopes": ("scopes", None),
        "type_": ("type", _parse_type_),
    }

    credentials: IDVCredentials | None = _attrs_field(init=False)
    endpoints: IDVEndpoints | None = _attrs_field(init=False)
    scopes: list[str] | None = _attrs_field(init=False)
    type_: ProtocolIdVerificationType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        credentials: IDVCredentials | None | Unset = UNSET,
        endpoints: IDVEndpoints | None | Unset = UNSET,
        scopes: list[str] | None | Unset = UNSET,
        type_: ProtocolIdVerificationType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        if endpoints is not UNSET:
            _set_field(self, "endpoints", endpoints)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("endpoints", UNSET)) is not UNSET:
            d["endpoints"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        if (v := d.pop("endpoints", UNSET)) is not UNSET:
            obj.endpoints = _parse_endpoints(v, False)
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
