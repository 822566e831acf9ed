from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .open_id_connect_application_idp_initiated_login_mode import OpenIdConnectApplicationIdpInitiatedLoginMode

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class OpenIdConnectApplicationIdpInitiatedLogin(OktaModel):
    """The type of IdP-initiated sign-in flow that the client supports

    Attributes:
        mode: The mode to use for the IdP-initiated sign-in flow. For `OKTA` or `SPEC` modes, the client
            must have an `initiate_login_uri` registered.
            > **Note:** For web and SPA apps, if the mode is `SPEC` or `OKTA`, you must set
            `grant_types` to `authorization_code`, `implicit`, or `interaction_code`.
        default_scope: The scopes to use for the request when `mode` is `OKTA`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "mode": "mode",
        "default_scope": "default_scope",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "mode": "enum",
        "default_scope": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "mode": lambda d: (
            _convert.parse_enum(OpenIdConnectApplicationIdpInitiatedLoginMode, v)
            if (v := d.get("mode", UNSET)).__class__ is str
            else v
        ),
        "default_scope": "default_scope",
        "additional_properties": lambda d: _convert.undeclared(
            d, OpenIdConnectApplicationIdpInitiatedLogin._json_names
        ),
    }

    mode: OpenIdConnectApplicationIdpInitiatedLoginMode | None | Unset
    default_scope: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.mode is not UNSET:
            d["mode"] = self.mode
        if self.default_scope is not UNSET:
            d["default_scope"] = self.default_scope
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.mode = (
            _convert.parse_enum(OpenIdConnectApplicationIdpInitiatedLoginMode, v)
            if (v := d.pop("mode", UNSET)).__class__ is str
            else v
        )
        obj.default_scope = d.pop("default_scope", UNSET)
        obj.additional_properties = d
        return obj
