from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .open_id_connect_application_idp_initiated_login_mode import OpenIdConnectApplicationIdpInitiatedLoginMode

if TYPE_CHECKING:
    from typing import Self


_parse_mode = _convert.enum_parser(OpenIdConnectApplicationIdpInitiatedLoginMode)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "mode": ("mode", _parse_mode),
        "default_scope": ("default_scope", None),
    }

    mode: OpenIdConnectApplicationIdpInitiatedLoginMode | None = _attrs_field(init=False)
    default_scope: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        mode: OpenIdConnectApplicationIdpInitiatedLoginMode | None | Unset,
        default_scope: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if mode is not UNSET:
            _set_field(self, "mode", mode)
        if default_scope is not UNSET:
            _set_field(self, "default_scope", default_scope)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("mode", UNSET)) is not UNSET:
            d["mode"] = v
        if (v := values.get("default_scope", UNSET)) is not UNSET:
            d["default_scope"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("mode", UNSET)) is not UNSET:
            obj.mode = _parse_mode(v, False)
        if (v := d.pop("default_scope", UNSET)) is not UNSET:
            obj.default_scope = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
