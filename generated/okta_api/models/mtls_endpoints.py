from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import mtls_sso_endpoint as _mtls_sso_endpoint

if TYPE_CHECKING:
    from typing import Self

    from .mtls_sso_endpoint import MtlsSsoEndpoint


@_attrs_define(kw_only=True)
class MtlsEndpoints(OktaModel):
    """An Okta `MtlsEndpoints`.

    Attributes:
        sso: The Single Sign-On (SSO) endpoint is the IdP's `SingleSignOnService` endpoint
    """

    _json_names: ClassVar[dict[str, str]] = {
        "sso": "sso",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "sso": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "sso": lambda d: (
            _mtls_sso_endpoint.MtlsSsoEndpoint.from_json(v)
            if (v := d.get("sso", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_mtls_sso_endpoint.MtlsSsoEndpoint, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MtlsEndpoints._json_names),
    }

    sso: MtlsSsoEndpoint | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
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
        obj.sso = (
            _mtls_sso_endpoint.MtlsSsoEndpoint.from_dict(v)
            if (v := d.pop("sso", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_mtls_sso_endpoint.MtlsSsoEndpoint, v)
        )
        obj.additional_properties = d
        return obj
