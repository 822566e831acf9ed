from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_connection_user_provision_jwk_list as _app_connection_user_provision_jwk_list

if TYPE_CHECKING:
    from typing import Self

    from .app_connection_user_provision_jwk_list import AppConnectionUserProvisionJWKList


@_attrs_define(kw_only=True)
class AppConnectionUserProvisionJWKResponse(OktaModel):
    """An Okta `AppConnectionUserProvisionJWKResponse`.

    Attributes:
        jwks: AppConnectionUserProvisionJWKList
    """

    _json_names: ClassVar[dict[str, str]] = {
        "jwks": "jwks",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "jwks": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "jwks": lambda d: (
            _app_connection_user_provision_jwk_list.AppConnectionUserProvisionJWKList.from_json(v)
            if (v := d.get("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_connection_user_provision_jwk_list.AppConnectionUserProvisionJWKList, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AppConnectionUserProvisionJWKResponse._json_names),
    }

    jwks: AppConnectionUserProvisionJWKList | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.jwks is not UNSET:
            d["jwks"] = _convert.dump_model(self.jwks, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.jwks = (
            _app_connection_user_provision_jwk_list.AppConnectionUserProvisionJWKList.from_dict(v)
            if (v := d.pop("jwks", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_connection_user_provision_jwk_list.AppConnectionUserProvisionJWKList, v)
        )
        obj.additional_properties = d
        return obj
